"""Data quality end to end: bad articles are quarantined (and only they), results are kept per expectation,
quarantine can be released or dropped, the report renders, and a critical failure fails the run and alerts.

Our extractor and parser already refuse future dates, negative counts and misplaced coordinates, so the
bad articles here pass through a wrapper that makes them behave like a regressed extractor or parser
would: the suites are the second line of defence and must hold on their own.
"""

from __future__ import annotations

import dataclasses
import http.server
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

pytestmark = pytest.mark.integration

# Today's run is a current one that polls the feeds; a fixed past day would turn into a backfill (sitemaps
# only, see pipeline.run_window) once the calendar moves on.
DAY = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
FUTURE = datetime(2099, 3, 2, 10, 0, tzinfo=UTC)
TEMPLATE = (ROOT / "tests" / "fixtures" / "dq" / "article.html").read_text(encoding="utf-8")
BAD = {
    "/articles/future-date.html": (
        "Gunmen kill seven at Kandahar market",
        "At least seven people were killed when gunmen attacked a market in Kandahar, "
        "Afghanistan on Monday, officials said.",
    ),
    "/articles/negative-count.html": (
        "Toll revised after Kandahar bombing",
        "Officials revised the toll to -3 killed after a bomb exploded in Kandahar, "
        "Afghanistan on Monday, a spokesman said.",
    ),
    "/articles/outside-country.html": (
        "Blast hits bus station in Kandahar",
        "Four people were killed when a bomb exploded at a bus station in Kandahar, "
        "Afghanistan on Monday, police said.",
    ),
}


def _feed(site: Any) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{{{{BASE_URL}}}}{path}</link><guid>{{{{BASE_URL}}}}{path}</guid>"
        f"<pubDate>Thu, 26 Nov 2026 09:00:00 +0000</pubDate></item>"
        for path, (title, _) in BAD.items()
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bad Wire</title>{items}</channel></rss>'


@pytest.fixture
def bad_site(demo_site: Any, feed_list: Any, allow_loopback: None, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The demo site plus a feed of three bad articles, with the regressions that let them through."""
    from newsfacts import pipeline

    for path, (title, lede) in BAD.items():
        page = TEMPLATE.replace("{title}", title).replace("{path}", path).replace("{lede}", lede)
        demo_site.add_page(path, page, "text/html; charset=utf-8")
    demo_site.add_page("/feeds/bad.rss", _feed(demo_site), "application/rss+xml; charset=utf-8")
    feed_list(
        {
            "demo world": demo_site.url("/feeds/world.rss"),
            "demo conflict": demo_site.url("/feeds/conflict.atom"),
            "demo region": demo_site.url("/feeds/region.rss"),
            "bad wire": demo_site.url("/feeds/bad.rss"),
        }
    )

    real_extract, real_parse = pipeline.extract_article, pipeline.parse_incidents

    def extract(html: str, url: str, **kw: Any) -> Any:
        article = real_extract(html, url, **kw)
        if article is not None and url.endswith("/future-date.html"):  # an extractor trusting any date
            article = dataclasses.replace(article, published_at=FUTURE)
        return article

    def parse(text: str, **kw: Any) -> list[dict[str, Any]]:
        incidents = real_parse(text, **kw)
        url = kw.get("url") or ""
        for inc in incidents:
            if url.endswith("/negative-count.html"):  # a parser reading the "-" as a sign
                inc.update(killed=-3, killed_low=-3)
            if url.endswith("/outside-country.html"):  # a geocoder picking Lagos for Kandahar
                inc.update(lat=6.45407, lon=3.39467)
        return incidents

    monkeypatch.setattr(pipeline, "extract_article", extract)
    monkeypatch.setattr(pipeline, "parse_incidents", parse)
    return demo_site


def _run() -> Any:
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(ROOT / "dags" / "newsfacts_daily.py"))
    return bag.dags["newsfacts_daily"].test(logical_date=DAY)


def _query(url: str, sql: str) -> list[dict[str, Any]]:
    from newsfacts import warehouse as wh

    with wh.connect(url) as conn:
        return wh.fetch_dicts(conn, sql)


def test_bad_articles_are_quarantined_and_the_rest_load(
    warehouse: str, airflow_db: None, bad_site: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from newsfacts import quality
    from newsfacts.cli import main

    assert _run().state == "success"
    quarantined = _query(
        warehouse,
        """
        SELECT q.quarantine_id, a.url, q.failed_expectations, q.status, q.actions
        FROM newsfacts.quarantine q JOIN newsfacts.articles a USING (article_id)""",
    )
    by_page = {q["url"].rsplit("/", 1)[1]: q for q in quarantined}
    assert set(by_page) == {"future-date.html", "negative-count.html", "outside-country.html"}
    reasons = {page: " ".join(q["failed_expectations"]) for page, q in by_page.items()}
    assert (
        "articles:" in reasons["future-date.html"] and "hours_ahead_of_fetch" in reasons["future-date.html"]
    )
    assert "column=killed" in reasons["negative-count.html"]
    assert "coords_in_country" in reasons["outside-country.html"]
    assert all(q["status"] == "open" and q["actions"][0]["action"] == "quarantined" for q in quarantined)

    loaded = _query(
        warehouse, """SELECT a.url FROM newsfacts.incidents i JOIN newsfacts.articles a USING (article_id)"""
    )
    assert loaded and not {u["url"].rsplit("/", 1)[1] for u in loaded} & set(by_page)
    run = _query(warehouse, "SELECT run_id, status, counts FROM newsfacts.runs")[0]
    assert run["status"] == "success" and run["counts"]["incidents_quarantined"] == len(quarantined)

    results = _query(warehouse, "SELECT * FROM newsfacts.dq_results")
    assert {r["run_id"] for r in results} == {run["run_id"]}
    per_suite = {s: [r for r in results if r["suite"] == s] for s in ("articles", "incidents", "run")}
    assert len(per_suite["incidents"]) == len(quality.incident_expectations())
    assert len(per_suite["articles"]) == len(quality.article_expectations())
    assert len(per_suite["run"]) == 2
    failed = {(r["suite"], r["expectation"]): r for r in results if not r["success"]}
    future = failed[("articles", "expect_column_values_to_be_between(column=hours_ahead_of_fetch)")]
    assert future["unexpected_count"] == 1 and future["severity"] == "quarantine"
    assert failed[("incidents", "expect_column_values_to_be_between(column=killed)")]["unexpected_count"] == 1
    assert (
        failed[("incidents", "expect_column_values_to_be_in_set(column=coords_in_country)")][
            "unexpected_count"
        ]
        == 1
    )
    assert not any(r["severity"] == "critical" for r in failed.values())
    assert all(r["data_docs"] and Path(r["data_docs"]).exists() for r in results)

    # The report, in both formats, from the same warehouse.
    out = tmp_path / "report.md"
    assert (
        main(["report", "--from", "2026-11-01", "--to", "2026-12-31", "--format", "md", "--output", str(out)])
        == 0
    )
    md = out.read_text(encoding="utf-8")
    assert run["run_id"] in md and "Blast hits bus station in Kandahar" in md and "bad wire" in md
    capsys.readouterr()  # Airflow's own log lines
    assert main(["report", "--from", "2026-11-01", "--to", "2026-12-31"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "coordinates inside the country" in page

    # Quarantine is not a dead end: a row still failing stays open, a forced release loads, a drop is kept.
    outside, negative = (
        by_page["outside-country.html"]["quarantine_id"],
        by_page["negative-count.html"]["quarantine_id"],
    )
    assert main(["quarantine", "release", str(outside)]) == 1
    assert "still failing" in capsys.readouterr().out
    assert main(["quarantine", "release", str(outside), "--force"]) == 2  # forcing needs a reason
    assert (
        main(["quarantine", "release", str(outside), "--force", "--note", "border town, checked by hand"])
        == 0
    )
    assert main(["quarantine", "drop", str(negative), "--note", "sign misread"]) == 0
    assert main(["quarantine", "list", "--status", "all", "--json"]) == 0
    listed = {r["quarantine_id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines()[-3:])}
    assert listed[outside]["status"] == "released" and listed[negative]["status"] == "dropped"
    after = {q["quarantine_id"]: q for q in _query(warehouse, "SELECT * FROM newsfacts.quarantine")}
    assert [a["action"] for a in after[outside]["actions"]] == ["quarantined", "release", "release"]
    assert after[outside]["actions"][-1]["note"] == "border town, checked by hand"
    assert after[negative]["actions"][-1]["action"] == "drop"
    loaded_now = _query(
        warehouse,
        f"SELECT count(*) AS n FROM newsfacts.incidents i JOIN newsfacts.quarantine q "
        f"USING (article_id, seq) WHERE q.quarantine_id = {outside}",
    )
    assert loaded_now[0]["n"] == 1


class _Webhook(http.server.BaseHTTPRequestHandler):
    received: list[dict[str, Any]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Webhook.received.append(json.loads(body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def slack_webhook(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    """A loopback stand-in for a Slack webhook, configured as the alert connection."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Webhook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Webhook.received = []
    monkeypatch.setenv(
        "AIRFLOW_CONN_NEWSFACTS_ALERTS_SLACK",
        json.dumps(
            {"conn_type": "slackwebhook", "password": f"http://127.0.0.1:{server.server_address[1]}/hook"}
        ),
    )
    yield _Webhook.received
    server.shutdown()


def test_a_critical_failure_fails_validation_with_the_rule_and_alerts(
    warehouse: str,
    airflow_db: None,
    demo_site: Any,
    feed_list: Any,
    allow_loopback: None,
    monkeypatch: pytest.MonkeyPatch,
    slack_webhook: list[dict[str, Any]],
) -> None:
    from newsfacts import pipeline

    monkeypatch.setenv("NEWSFACTS_DQ_MIN_INCIDENT_YIELD", "0.05")

    feed_list(
        {f"demo {n}": demo_site.url(f"/feeds/{n}") for n in ("world.rss", "conflict.atom", "region.rss")}
    )
    monkeypatch.setattr(pipeline, "parse_incidents", lambda text, **kw: [])  # a parser that finds nothing

    dagrun = _run()
    assert dagrun.state == "failed"
    states = {ti.task_id: ti.state for ti in dagrun.get_task_instances()}
    assert states["validate_incidents"] == "failed" and states["load_incidents"] == "upstream_failed"
    assert len(slack_webhook) == 1
    text = slack_webhook[0]["text"]
    assert "share_articles_with_incidents" in text and "observed 0.0" in text
    run = _query(warehouse, "SELECT status FROM newsfacts.runs")[0]
    assert run["status"] == "failed"
    crit = _query(warehouse, "SELECT * FROM newsfacts.dq_results WHERE severity = 'critical' AND NOT success")
    assert [r["expectation"] for r in crit] == [
        "expect_column_values_to_be_between(column=share_articles_with_incidents)"
    ]
