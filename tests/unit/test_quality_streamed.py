"""A suite fed in batches reports what the same suite over all the rows at once reports, row reasons included."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from newsfacts import quality
from test_dq_suites import FETCHED, INCIDENT, INTERVAL_START, TEXT, article
from test_quality import BROKEN, GOOD

FIELDS = ("key", "expectation", "severity", "success", "observed_value", "unexpected_count", "unexpected_percent",
          "element_count")


def _results(outcome: Any) -> list[tuple[Any, ...]]:
    return [tuple(e[f] for f in FIELDS) for e in outcome.expectations]


def _streamed(suite: quality.StreamedSuite, rows: list[dict[str, Any]], size: int,
              whole_run: dict[str, quality.Tally] | None = None) -> tuple[Any, dict[Any, list[str]]]:
    reasons: dict[Any, list[str]] = {}
    for i in range(0, len(rows), size):
        reasons.update(suite.add(rows[i:i + size]))
    return suite.finish(whole_run), reasons


def _incident_rows() -> list[dict[str, Any]]:
    rows = [dict(GOOD, row_key=f"good{i}", seq=i) for i in range(4)]
    rows += [dict(GOOD, row_key=name, **change) for name, change in BROKEN.items()]
    # enough vague rows to fail the critical null-rate rules, spread over several batches
    rows += [dict(INCIDENT, row_key=f"vague{i}", seq=10 + i, country=None, lat=None, lon=None, location=None,
                  event_date=None) for i in range(20)]
    rows.append(dict(INCIDENT, row_key="misquote", evidence=[{"start": 0, "end": 5, "text": "Seven"}]))
    return rows


@pytest.mark.parametrize("size", [1, 4, 7])
def test_incidents_in_batches_match_one_frame(tmp_path: Path, size: int) -> None:
    rows = _incident_rows()
    whole = quality.validate_incidents(rows, run_name="whole", docs_dir=tmp_path)
    streamed, reasons = _streamed(quality.streamed_incidents("streamed", tmp_path), rows, size)
    assert _results(streamed) == _results(whole)
    assert reasons == {r["row_key"]: why for r, why in whole.quarantined}
    assert [e["key"] for e in streamed.critical] == [e["key"] for e in whole.critical]
    assert streamed.critical and streamed.success is whole.success is False
    assert streamed.page and Path(streamed.page).exists() and streamed.page != whole.page


def _whole_run(rows: list[dict[str, Any]]) -> dict[str, quality.Tally]:
    """The whole-run tallies as monitor counts them in PostgreSQL (dq_whole_run_articles.sql)."""
    urls = Counter(r["canonical_url"] for r in rows if r["canonical_url"] is not None)
    dup = [r["canonical_url"] for r in rows if urls.get(r["canonical_url"], 0) > 1]
    prints = [quality.text_fingerprint(r["text"]) for r in rows]
    return {
        "canonical_url": quality.Tally(success=not dup, element_count=len(rows), unexpected_count=len(dup),
                                       missing_count=sum(r["canonical_url"] is None for r in rows), sample=dup[:20]),
        "text_fingerprint": quality.Tally(observed_value=len(set(prints)) / len(prints), between=True),
    }


def test_articles_in_batches_match_one_frame(tmp_path: Path) -> None:
    from datetime import timedelta

    rows = [article(1), article(2, published_at=FETCHED + timedelta(days=40)), article(3, language=None),
            article(4, canonical_url="https://example.org/1"), article(5, text="Too short."),
            article(6, canonical_url=None)]
    rows += [article(10 + i, text=TEXT) for i in range(4)]  # near-duplicates, one per batch of two
    whole = quality.validate_articles(rows, INTERVAL_START, "whole", tmp_path)
    keyed = [dict(r, row_key=r["article_id"]) for r in rows]
    streamed, reasons = _streamed(quality.streamed_articles(INTERVAL_START, "streamed", tmp_path), keyed, 2,
                                  _whole_run(rows))
    assert _results(streamed) == _results(whole)
    assert not next(e for e in streamed.expectations if "canonical_url" in e["key"])["success"]
    assert reasons == {r["article_id"]: why for r, why in whole.quarantined} == {2: reasons[2]}


def test_nothing_fed_is_no_result_and_no_gx_project(tmp_path: Path) -> None:
    suite = quality.streamed_incidents("empty", tmp_path)
    assert suite.add([]) == {}
    outcome = suite.finish()
    assert outcome.expectations == [] and outcome.success and not any(tmp_path.iterdir())
