"""GX objects stored once per Data Docs root: reused while a suite's rules are unchanged, stored again when not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from newsfacts import quality

ROW: dict[str, Any] = dict(
    article_id=1, seq=0, parser_version="t", killed=9, killed_low=9, killed_high=None, injured=None,
    injured_low=None, injured_high=None, event_date="2026-11-19", date_precision="day", country="SY",
    admin1="Idlib", location="Maarrat Misrin", lat=35.96, lon=36.56, geo_precision="place", actors=[],
    attack_type="air/drone strike", weapon=None, evidence=[], published_date="2026-11-20",
)


@pytest.fixture
def stores(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the suites stored (not reused) by each validation, in order."""
    stored: list[str] = []
    real = quality._store_checkpoint

    def counting(context: Any, name: str, expectations: list[Any]) -> Any:
        stored.append(name)
        return real(context, name, expectations)

    monkeypatch.setattr(quality, "_store_checkpoint", counting)
    return stored


def test_unchanged_suites_are_reused_with_the_same_verdicts(tmp_path: Path, stores: list[str]) -> None:
    rows = [dict(ROW, row_key="good"), dict(ROW, row_key="bad", country="Syria")]
    articles = [{"article_id": 1, "text": "x" * 300, "language": "en", "canonical_url": "u",
                 "published_at": None, "fetched_at": None}]
    first, again = [], []
    for out in (first, again):  # the suites interleaved, as a run does them
        out.append(quality.validate_articles(articles, run_name="a", docs_dir=tmp_path))
        out.append(quality.validate_incidents(rows, run_name="i", docs_dir=tmp_path))
    assert stores == ["articles", "incidents"]  # stored by the first pass only
    for before, after in zip(first, again, strict=True):
        assert [r[quality.ROW_KEY] for r, _ in after.quarantined] == [r[quality.ROW_KEY] for r, _ in before.quarantined]
        assert [(e["key"], e["success"]) for e in after.expectations] == [
            (e["key"], e["success"]) for e in before.expectations]
    assert [r["row_key"] for r, _ in again[1].quarantined] == ["bad"]


def test_a_changed_threshold_is_stored_again_and_judged_by(tmp_path: Path, stores: list[str]) -> None:
    metrics = {"share_articles_with_incidents": 0.5, "incidents_per_day": 7.0}
    narrow = quality.validate_run(metrics, (1.0, 5.0), run_name="r1", docs_dir=tmp_path)
    wide = quality.validate_run(metrics, (1.0, 9.0), run_name="r2", docs_dir=tmp_path)
    band = {e["key"]: e["success"] for e in narrow.expectations}, {e["key"]: e["success"] for e in wide.expectations}
    key = next(k for k in band[0] if "incidents_per_day" in k)
    assert band[0][key] is False and band[1][key] is True
    assert stores == ["run", "run"]
