"""The articles and run suites, and the incidents suite's newer rules, on frames we build."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from newsfacts import quality
from newsfacts.monitor import incidents_band

FETCHED = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)
INTERVAL_START = datetime(2026, 11, 26, tzinfo=UTC)
TEXT = "At least five people were killed in an air strike in Idlib, Syria on Tuesday. " * 4


def article(article_id: int, **change: Any) -> dict[str, Any]:
    base = dict(
        article_id=article_id,
        text=f"{TEXT} Story {article_id}.",
        language="en",
        canonical_url=f"https://example.org/{article_id}",
        published_at=FETCHED - timedelta(hours=5),
        fetched_at=FETCHED,
    )
    return {**base, **change}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gx")


def _by_key(outcome: Any) -> dict[str, dict[str, Any]]:
    return {e["key"]: e for e in outcome.expectations}


def test_articles_suite_passes_clean_articles(docs: Path) -> None:
    out = quality.validate_articles([article(i) for i in range(1, 5)], INTERVAL_START, "clean", docs)
    assert out.success and not out.quarantined and len(out.good) == 4
    assert all(e["success"] for e in out.expectations), [e for e in out.expectations if not e["success"]]
    assert {e["suite"] for e in out.expectations} == {"articles"}
    assert out.page and Path(out.page).exists()  # the suite's own validation page in Data Docs


def test_articles_suite_quarantines_future_dates_and_warns_on_the_rest(docs: Path) -> None:
    rows = [
        article(1),
        article(2, published_at=FETCHED + timedelta(days=40)),  # in the future: quarantine
        article(3, language=None),  # warn only
        article(4, published_at=INTERVAL_START - timedelta(days=30)),  # stale: warn only
        article(5, canonical_url="https://example.org/1"),  # duplicate canonical: warn
        article(6, text="Too short."),  # warn
    ]
    out = quality.validate_articles(rows, INTERVAL_START, "bad", docs)
    assert [r["article_id"] for r, _ in out.quarantined] == [2]
    assert "hours_ahead_of_fetch" in out.quarantined[0][1][0]
    failed = {k for k, e in _by_key(out).items() if not e["success"]}
    assert failed == {
        "expect_column_values_to_be_between(column=hours_ahead_of_fetch)",
        "expect_column_values_to_not_be_null(column=language)",
        "expect_column_values_to_be_between(column=hours_before_interval)",
        "expect_column_values_to_be_unique(column=canonical_url)",
        "expect_column_value_lengths_to_be_between(column=text)",
    }
    assert out.success  # nothing here is critical


def test_duplicate_text_share_is_a_table_level_warning(docs: Path) -> None:
    rows = [article(i, text=TEXT) for i in range(1, 5)] + [article(9)]
    e = _by_key(quality.validate_articles(rows, INTERVAL_START, "dups", docs))[
        "expect_column_proportion_of_unique_values_to_be_between(column=text_fingerprint)"
    ]
    assert not e["success"] and e["severity"] == "warn"
    assert e["observed_value"] == pytest.approx(2 / 5)


def test_run_suite_fails_critically_on_a_low_incident_yield(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_DQ_MIN_INCIDENT_YIELD", "0.05")
    ok = quality.validate_run(
        {"share_articles_with_incidents": 0.6, "incidents_per_day": 12}, (3, 40), "ok", docs
    )
    assert ok.success and not ok.critical
    low = quality.validate_run(
        {"share_articles_with_incidents": 0.01, "incidents_per_day": 90}, (3, 40), "low", docs
    )
    assert not low.success
    assert [e["key"] for e in low.critical] == [
        "expect_column_values_to_be_between(column=share_articles_with_incidents)"
    ]
    band = _by_key(low)["expect_column_values_to_be_between(column=incidents_per_day)"]
    assert not band["success"] and band["severity"] == "warn"
    small = quality.validate_run(
        {"share_articles_with_incidents": None, "incidents_per_day": 1}, None, "small", docs
    )
    assert small.success  # too few articles to judge, no history yet: nothing fails


def test_incidents_band_needs_a_week_of_history() -> None:
    assert incidents_band([5, 6, 7]) is None
    assert incidents_band([4, 10, 8, 6, 7, 9, 5]) == (2.0, 21.0)


INCIDENT: dict[str, Any] = dict(
    article_id=1,
    seq=0,
    parser_version="t",
    killed=5,
    killed_low=5,
    killed_high=None,
    injured=None,
    injured_low=None,
    injured_high=None,
    event_date="2026-11-24",
    date_precision="day",
    country="SY",
    admin1="Idlib",
    location="Idlib",
    lat=35.93,
    lon=36.63,
    geo_precision="place",
    actors=[],
    attack_type="air/drone strike",
    weapon=None,
    published_date="2026-11-25",
    evidence=[{"field": "killed", "start": 0, "end": 32, "text": TEXT[:32]}],
    article_text=TEXT,
)


def test_place_outside_its_country_and_evidence_outside_the_text_are_quarantined(docs: Path) -> None:
    rows = [dict(INCIDENT, row_key=f"good{i}", seq=i) for i in range(5)]
    rows.append(dict(INCIDENT, row_key="lagos", lat=6.45, lon=3.39))  # Lagos, with country SY
    rows.append(dict(INCIDENT, row_key="offsets", evidence=[{"field": "killed", "start": 900, "end": 950}]))
    rows.append(
        dict(
            INCIDENT,
            row_key="misquote",
            evidence=[{"field": "killed", "start": 0, "end": 5, "text": "Seven"}],
        )
    )
    out = quality.validate_incidents(rows, "geo", docs)
    reasons = {r["row_key"]: why for r, why in out.quarantined}
    assert set(reasons) == {"lagos", "offsets", "misquote"}
    assert any("coords_in_country" in w for w in reasons["lagos"])
    assert any("evidence_in_text" in w for w in reasons["offsets"])
    assert out.success


def test_null_rates_fail_the_run_only_on_enough_rows(docs: Path) -> None:
    vague = [
        dict(INCIDENT, row_key=f"v{i}", seq=i, country=None, lat=None, lon=None, location=None, admin1=None)
        for i in range(6)
    ]
    out = quality.validate_incidents(vague, "vague", docs)
    assert not out.quarantined  # a missing country is no reason to hold back a row ...
    assert {e["key"] for e in out.critical} == {"expect_column_values_to_not_be_null(column=country)"}
    assert not out.success  # ... but a run that geolocates nothing is broken
    few = quality.validate_incidents(vague[:2], "few", docs)
    assert few.success and not few.critical  # two rows are too few to judge a rate


def test_bounding_boxes_and_evidence_helpers() -> None:
    assert quality.coords_in_country("SY", 35.93, 36.63) is True
    assert quality.coords_in_country("AF", 6.45, 3.39) is False
    assert quality.coords_in_country("SY", None, 36.0) is None
    assert quality.coords_in_country(None, 1.0, 1.0) is None
    assert quality.evidence_in_text([{"start": 0, "end": 2, "text": "At"}], TEXT) is True
    assert quality.evidence_in_text([{"start": 5, "end": 2}], TEXT) is False
    assert quality.evidence_in_text([], None) is None
