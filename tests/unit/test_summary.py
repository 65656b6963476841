"""The run summary's feed line: a rerun whose feeds all rest must not read as a run with no feeds."""

from __future__ import annotations

from datetime import UTC, datetime

from newsfacts.summary import format_summary

TOTALS = {"articles": 0, "incidents": 0, "events": 0, "quarantined": 0, "runs": 5}


def run(counts: dict) -> dict:
    start = datetime(2026, 12, 3, tzinfo=UTC)
    return {"dag_id": "newsfacts_daily", "run_id": "manual__x", "status": "success", "interval_start": start,
            "counts": counts}


def test_resting_feeds_are_counted_and_explained() -> None:
    text = format_summary(run({"feeds_ok": 0, "feeds_failed": 0, "feeds_resting": 11}), TOTALS, "postgresql://x")
    assert "feeds      ok 0, failed 0, resting 11" in text
    assert "back-off" in text


def test_no_resting_feeds_no_resting_words() -> None:
    text = format_summary(run({"feeds_ok": 3, "feeds_failed": 1}), TOTALS, "postgresql://x")
    assert "feeds      ok 3, failed 1\n" in text
    assert "resting" not in text
