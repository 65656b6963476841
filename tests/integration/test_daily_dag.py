"""newsfacts_daily end to end: dag.test() against the demo site on loopback and a real PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

pytestmark = pytest.mark.integration

DEMO_FEEDS = ("world.rss", "conflict.atom", "region.rss")


def _dag() -> Any:
    from airflow.dag_processing.dagbag import DagBag
    from conftest import ROOT

    bag = DagBag(dag_folder=str(ROOT / "dags" / "newsfacts_daily.py"))
    assert not bag.import_errors
    return bag.dags["newsfacts_daily"]


def _run(day: datetime) -> Any:
    return _dag().test(logical_date=day)


def _counts(url: str) -> dict[str, Any]:
    from newsfacts import warehouse as wh

    with wh.connect(url) as conn:
        row = wh.fetch_dicts(conn, """
            SELECT (SELECT count(*) FROM newsfacts.articles) AS articles,
                   (SELECT count(*) FROM newsfacts.incidents) AS incidents,
                   (SELECT count(*) FROM newsfacts.quarantine) AS quarantined,
                   (SELECT count(*) FROM newsfacts.entries) AS entries,
                   (SELECT count(*) FROM newsfacts.pages) AS pages""")[0]
        row["states"] = dict((r["state"], r["n"]) for r in wh.fetch_dicts(
            conn, "SELECT state, count(*) AS n FROM newsfacts.entries GROUP BY state"))
        row["runs"] = wh.fetch_dicts(conn, "SELECT run_id, status, counts FROM newsfacts.runs ORDER BY started_at")
        row["feeds"] = {r["name"]: r for r in wh.fetch_dicts(conn, "SELECT * FROM newsfacts.feeds")}
    return row


# Today's run is a current one that polls the feeds; a fixed past day would turn into a backfill (sitemaps
# only, see pipeline.run_window) once the calendar moves on.
DAY = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def test_daily_run_loads_articles_and_incidents_and_rerun_adds_nothing(
    warehouse: str, airflow_db: None, demo_site: Any, feed_list: Any, allow_loopback: None
) -> None:
    feed_list({f"demo {n}": demo_site.url(f"/feeds/{n}") for n in DEMO_FEEDS})

    first = _run(DAY)
    assert first.state == "success"
    after_first = _counts(warehouse)
    assert after_first["articles"] == 10  # ten distinct pages; three entries repeat a page in another feed
    assert after_first["states"].get("duplicate") == 3
    assert after_first["incidents"] > 0
    assert set(after_first["states"]) <= {"loaded", "no_incident", "duplicate"}
    assert sum(after_first["states"].values()) == after_first["entries"] == 13  # one final state each
    run = after_first["runs"][-1]
    assert run["status"] == "success"
    assert run["counts"]["feeds_ok"] == 3 and run["counts"]["articles_new"] == 10
    assert run["counts"]["incidents_loaded"] + run["counts"]["incidents_quarantined"] == (
        after_first["incidents"] + after_first["quarantined"])
    page_requests = [p for _, p, _ in demo_site.requests if p.startswith("/articles/")]
    assert len(page_requests) == 10  # every page fetched once, however many feeds list it

    second = _run(DAY)
    assert second.state == "success"
    after_second = _counts(warehouse)
    for key in ("articles", "incidents", "quarantined", "entries", "pages"):
        assert after_second[key] == after_first[key], key
    assert after_second["runs"][-1]["counts"]["articles_new"] == 0
    page_requests = [p for _, p, _ in demo_site.requests if p.startswith("/articles/")]
    assert len(page_requests) == 10  # nothing fetched again


def test_broken_feeds_are_recorded_and_the_others_still_load(
    warehouse: str, airflow_db: None, demo_site: Any, feed_list: Any, allow_loopback: None
) -> None:
    demo_site.add_fault("/feeds/broken-500.rss", "500")
    demo_site.add_fault("/feeds/broken-xml.rss", "invalid_xml")
    feed_list({
        "good": demo_site.url("/feeds/world.rss"),
        "server error": demo_site.url("/feeds/broken-500.rss"),
        "not xml": demo_site.url("/feeds/broken-xml.rss"),
    })

    assert _run(DAY).state == "success"
    counts = _counts(warehouse)
    assert counts["articles"] > 0
    feeds = counts["feeds"]
    assert feeds["good"]["last_status"] == "ok" and feeds["good"]["consecutive_failures"] == 0
    assert feeds["server error"]["last_status"] == "failed"
    assert "500" in feeds["server error"]["last_error"]
    assert feeds["not xml"]["last_status"] == "failed"
    assert feeds["not xml"]["consecutive_failures"] == 1
    run = counts["runs"][-1]["counts"]
    assert run["feeds_ok"] == 1 and run["feeds_failed"] == 2
    assert set(run["failed_feeds"]) == {"server error", "not xml"}
