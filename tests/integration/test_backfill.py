"""Backfills over a site with a sitemap and dated archive pages: right days, once each, resumable, re-parseable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from archive_site import article_path, write_site
from newsfacts import warehouse as wh
from newsfacts.backfill import completed_days, run_backfill

pytestmark = pytest.mark.integration
NEWSFACTS = str(Path(sys.executable).with_name("newsfacts"))


@pytest.fixture
def archive_site(tmp_path: Path, feed_list: Any, allow_loopback: None) -> Any:
    from newsfacts.sitesrv import SiteServer

    root = write_site(tmp_path / "site")
    with SiteServer(root) as site:
        feed_list({"Archive Post": site.url("/feed.rss")})
        # the feed list item carries the archive sources too
        path = Path(os.environ["NEWSFACTS_FEEDS"])
        path.write_text(f"- name: Archive Post\n  url: {site.url('/feed.rss')}\n"
                        f"  sitemap: {site.url('/sitemap.xml')}\n"
                        f"  archive: '{site.base_url}/archive/{{date:%Y/%m/%d}}/'\n", encoding="utf-8")
        yield site


def _articles(url: str) -> list[dict[str, Any]]:
    with wh.connect(url) as conn:
        return wh.fetch_dicts(conn, "SELECT url, published_at FROM newsfacts.articles ORDER BY url")


def _expected(base: str, first: date, last: date) -> set[tuple[str, date]]:
    out = set()
    day = first
    while day <= last:
        out |= {(base + article_path(day, n), day) for n in (1, 2)}
        day += timedelta(days=1)
    return out


def test_backfill_loads_each_day_once_and_resumes_on_overlap(
    warehouse: str, airflow_db: None, archive_site: Any, tmp_path: Path
) -> None:
    log = tmp_path / "backfill.log"
    results = run_backfill(date(2026, 10, 3), date(2026, 10, 9), False, log, sys.stderr)
    assert [r.state for r in results] == ["success"] * 7
    loaded = {(a["url"], a["published_at"].date()) for a in _articles(warehouse)}
    assert loaded == _expected(archive_site.base_url, date(2026, 10, 3), date(2026, 10, 9))
    # the older story linked from the 6 October archive page was not loaded into that day
    assert archive_site.base_url + article_path(date(2026, 10, 2), 1) not in {u for u, _ in loaded}
    with wh.connect(warehouse) as conn:
        incidents = wh.fetch_dicts(conn, "SELECT count(*) AS n FROM newsfacts.incidents")[0]["n"]
        states = {r["state"] for r in wh.fetch_dicts(conn, "SELECT DISTINCT state FROM newsfacts.entries")}
    assert incidents >= 14
    assert "out_of_interval" in states
    assert not any(p.startswith("/feed.rss") for _, p, _ in archive_site.requests)  # past days: no feed poll

    again = run_backfill(date(2026, 10, 3), date(2026, 10, 9), False, log, sys.stderr)
    assert [r.state for r in again] == ["skipped"] * 7
    assert len(_articles(warehouse)) == 14

    overlap = run_backfill(date(2026, 10, 8), date(2026, 10, 10), False, log, sys.stderr)
    assert [(r.day.day, r.state) for r in overlap] == [(8, "skipped"), (9, "skipped"), (10, "success")]
    loaded = {(a["url"], a["published_at"].date()) for a in _articles(warehouse)}
    assert loaded == _expected(archive_site.base_url, date(2026, 10, 3), date(2026, 10, 10))


def test_interrupted_backfill_resumes_without_loss_or_duplicates(
    warehouse: str, airflow_db: None, archive_site: Any, tmp_path: Path
) -> None:
    cmd = [NEWSFACTS, "backfill", "--from", "2026-10-03", "--to", "2026-10-09"]
    first_log = tmp_path / "first.log"
    proc = subprocess.Popen(cmd, env=os.environ.copy(), stdout=first_log.open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True)
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if len(completed_days(date(2026, 10, 3), date(2026, 10, 9))) >= 3:
                break
            time.sleep(0.2)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    done = completed_days(date(2026, 10, 3), date(2026, 10, 9))
    assert proc.returncode == -signal.SIGKILL, first_log.read_text()[-3000:]
    assert 3 <= len(done) < 7, "the backfill should have been stopped part-way"

    finished = subprocess.run(cmd, env=os.environ.copy(), capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert "2026-10-09" in finished.stdout and "total" in finished.stdout
    assert completed_days(date(2026, 10, 3), date(2026, 10, 9)) == {date(2026, 10, d) for d in range(3, 10)}
    articles = _articles(warehouse)
    assert len(articles) == len({a["url"] for a in articles}) == 14
    assert {(a["url"], a["published_at"].date()) for a in articles} == _expected(
        archive_site.base_url, date(2026, 10, 3), date(2026, 10, 9))


def test_reparse_updates_incidents_from_the_archive_without_fetching(
    warehouse: str, airflow_db: None, archive_site: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_backfill(date(2026, 10, 4), date(2026, 10, 5), False, tmp_path / "log", sys.stderr)
    with wh.connect(warehouse) as conn:
        before = wh.fetch_dicts(conn, "SELECT article_id, seq, parser_version FROM newsfacts.incidents")
    assert before
    requests_before = len(archive_site.requests)

    from airflow.dag_processing.dagbag import DagBag
    from conftest import ROOT
    from newsfacts import pipeline

    monkeypatch.setattr(pipeline, "PARSER_VERSION", "reparse-test")
    dag = DagBag(dag_folder=str(ROOT / "dags" / "newsfacts_reparse.py")).dags["newsfacts_reparse"]
    run = dag.test(run_conf={"date_from": "2026-10-04", "date_to": "2026-10-05", "reason": "test"},
                   logical_date=datetime.now(UTC))
    assert str(run.state).endswith("success")
    assert len(archive_site.requests) == requests_before  # rebuilt from the page archive alone
    with wh.connect(warehouse) as conn:
        after = wh.fetch_dicts(conn, "SELECT article_id, seq, parser_version FROM newsfacts.incidents")
        reason = wh.fetch_dicts(conn, "SELECT counts->>'reason' AS r FROM newsfacts.runs "
                                      "WHERE dag_id = 'newsfacts_reparse'")
    assert {(r["article_id"], r["seq"]) for r in after} == {(r["article_id"], r["seq"]) for r in before}
    assert {r["parser_version"] for r in after} == {"reparse-test"}
    assert reason == [{"r": "test"}]
