"""Events across outlets and days, through the real DAG: tolls reconciled, ids stable on rerun and re-parse."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from events_site import ARTICLES, FIRST_WAVE, SECOND_WAVE, feed, write_pages
from newsfacts import warehouse as wh

pytestmark = pytest.mark.integration
OUTLETS = ("Wire A", "Paper B", "Radio C", "Wire D")


def _dag(name: str) -> Any:
    from airflow.dag_processing.dagbag import DagBag
    from conftest import ROOT

    return DagBag(dag_folder=str(ROOT / "dags" / f"{name}.py")).dags[name]


def _events(url: str) -> dict[str, dict[str, Any]]:
    """Events keyed by the path of their first report's article (and #seq when one article has several)."""
    with wh.connect(url) as conn:
        rows = wh.fetch_dicts(conn, """
            SELECT e.*, array_agg(a.url ORDER BY r.reported_at, r.incident_id) AS urls
            FROM newsfacts.events e JOIN newsfacts.event_reports r USING (event_id)
            JOIN newsfacts.articles a ON a.article_id = r.article_id
            GROUP BY e.event_id""")
    out: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: r["event_id"]):
        key = "/" + r["urls"][0].split("/", 3)[3]
        out[key if key not in out else f"{key}#{sum(k.startswith(key) for k in out)}"] = r
    return out


def _last_run_counts(url: str) -> dict[str, Any]:
    with wh.connect(url) as conn:
        rows = wh.fetch_dicts(conn, "SELECT counts FROM newsfacts.runs ORDER BY started_at DESC LIMIT 1")
    return dict(rows[0]["counts"])


def test_events_link_across_outlets_days_and_runs(
    warehouse: str, airflow_db: None, tmp_path: Path, feed_list: Any, allow_loopback: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsfacts.sitesrv import SiteServer

    root = write_pages(tmp_path / "site")
    with SiteServer(root) as site:
        def publish(keys: tuple[str, ...]) -> None:
            for outlet in OUTLETS:
                slug = outlet.replace(" ", "-").lower()
                site.add_page(f"/{slug}.rss", feed(outlet, keys, site.base_url), "application/rss+xml")

        feed_list({o: site.url(f"/{o.replace(' ', '-').lower()}.rss") for o in OUTLETS})
        daily = _dag("newsfacts_daily")
        publish(FIRST_WAVE)
        assert str(daily.test(logical_date=datetime.now(UTC)).state).endswith("success")
        first = _events(warehouse)
        assert set(first) >= {"/a/ariha-strike.html", "/d/harem-bakery.html", "/a/kandahar-blast.html"}
        counts = _last_run_counts(warehouse)
        assert (counts["events_new"], counts["events_updated"]) == (len(first), 0)  # all new, none updated

        # Two days later the other outlets report the same strike with higher tolls: it joins the event.
        publish(FIRST_WAVE + SECOND_WAVE)
        assert str(daily.test(logical_date=datetime.now(UTC)).state).endswith("success")
        events = _events(warehouse)
        counts = _last_run_counts(warehouse)
        assert counts["events_new"] == len(events) - len(first)
        assert counts["events_updated"] >= 1  # the Ariha strike's event gained two reports

    ariha = events["/a/ariha-strike.html"]
    assert ariha["event_id"] == first["/a/ariha-strike.html"]["event_id"]
    assert [u.rsplit("/", 1)[1] for u in ariha["urls"]] == ["ariha-strike.html", "ariha-toll-rises.html",
                                                             "ariha-eleven.html"]
    assert (ariha["killed"], ariha["killed_low"], ariha["killed_high"]) == (11, 4, 11)
    assert (ariha["n_reports"], ariha["n_outlets"]) == (3, 3)
    harem = events["/d/harem-bakery.html"]
    assert harem["event_id"] != ariha["event_id"] and harem["n_reports"] == 1  # 40 km away: another event
    wire = events["/a/kandahar-blast.html"]
    assert wire["n_reports"] == 2 and wire["n_outlets"] == 2  # the republished wire story is the same event
    two = [e for e in events.values() if any("ukraine-two-attacks" in u for u in e["urls"])]
    assert len(two) == 2  # one article, two separate events

    ids = {k: e["event_id"] for k, e in events.items()}
    assert str(_dag("newsfacts_daily").test(logical_date=datetime.now(UTC)).state).endswith("success")
    assert {k: e["event_id"] for k, e in _events(warehouse).items()} == ids  # a rerun changes nothing

    from newsfacts import pipeline

    monkeypatch.setattr(pipeline, "PARSER_VERSION", "events-reparse")
    run = _dag("newsfacts_reparse").test(run_conf={"date_from": "2026-11-17", "date_to": "2026-11-19"},
                                         logical_date=datetime.now(UTC))
    assert str(run.state).endswith("success")
    after = _events(warehouse)
    assert {k: e["event_id"] for k, e in after.items()} == ids  # and so does a re-parse
    assert after["/a/ariha-strike.html"]["killed"] == 11

    from newsfacts.events import show_event

    text = show_event(ariha["event_id"])
    assert "killed 11 (low 4, high 11)" in text and "linked to incident" in text and "distance" in text
    assert len(ARTICLES) == 7
