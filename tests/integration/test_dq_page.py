"""The "Data quality" page in a real browser: headless Debian Chromium (Playwright) against the plugin's app
on loopback, over a warehouse holding two runs and an article whose title carries a <script> tag."""

from __future__ import annotations

import importlib.util
import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

pytestmark = pytest.mark.integration

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
EVIL_TITLE = 'Gunmen <script>window.__xss = 1; alert("xss")</script> attack "market" & flee'
SCREENSHOT = ROOT / ".data" / "dq-page.png"


def _plugin() -> Any:
    spec = importlib.util.spec_from_file_location("newsfacts_dq_plugin", ROOT / "plugins" / "newsfacts_dq.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _seed(url: str, docs_page: Path) -> None:
    """Two runs (yesterday passed everything, today quarantined a row), their results, one quarantined row."""
    from newsfacts import warehouse as wh

    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    runs = [
        ("run-a", today - timedelta(days=1), {"articles_new": 9, "incidents_loaded": 8}),
        ("run-b", today, {"articles_new": 4, "incidents_loaded": 3, "incidents_quarantined": 1}),
    ]
    with wh.connect(url) as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO newsfacts.feeds (url, name, last_status, consecutive_failures, last_error) "
            "VALUES ('http://feeds.test/bad.rss', 'Bad <i>Wire</i>', 'failed', 2, 'HTTP 500') RETURNING feed_id"
        )
        feed_id = cur.fetchone()[0]
        cur.execute(
            "INSERT INTO newsfacts.articles (url, feed_id, title, text, text_hash, fetched_at, "
            "extractor_version, run_id) VALUES ('http://feeds.test/a.html', %s, %s, 'text', 'h1', now(), "
            "'t', 'run-b') RETURNING article_id",
            (feed_id, EVIL_TITLE),
        )
        article_id = cur.fetchone()[0]
        for run_id, day, counts in runs:
            cur.execute(
                "INSERT INTO newsfacts.runs (run_id, dag_id, interval_start, interval_end, status, counts) "
                "VALUES (%s, 'newsfacts_daily', %s, %s, 'success', %s)",
                (run_id, day, day + timedelta(days=1), json.dumps(counts)),
            )
        rule = "expect_column_values_to_be_between(column=killed, max_value=1000000, min_value=0)"
        rows = []
        for run_id, failed in (("run-a", 0), ("run-b", 1)):
            rows.append(
                (
                    run_id,
                    "incidents",
                    "expect_column_values_to_be_between(column=killed)",
                    rule,
                    "killed is a count between 0 and 1,000,000",
                    "quarantine",
                    not failed,
                    wh.json(None),
                    failed,
                    25.0 * failed,
                    4,
                    str(docs_page),
                )
            )
            rows.append(
                (
                    run_id,
                    "run",
                    "expect_column_values_to_be_between(column=share_articles_with_incidents)",
                    "r",
                    "at least 5% of parsed articles yield an incident",
                    "critical",
                    True,
                    wh.json(0.8 - 0.2 * failed),
                    None,
                    None,
                    1,
                    str(docs_page),
                )
            )
        wh.execute_batch_values(conn, wh.sql("dq_upsert_results"), rows)
        cur.execute(
            "INSERT INTO newsfacts.quarantine (run_id, article_id, seq, parser_version, failed_expectations, "
            "row_data) VALUES ('run-b', %s, 0, 't', %s, %s)",
            (article_id, json.dumps([rule]), json.dumps({"killed": -3, "country": "AF"})),
        )


@pytest.fixture
def page_url(warehouse: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    import uvicorn
    from fastapi.testclient import TestClient

    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(tmp_path))
    plugin = _plugin()
    docs_page = plugin.docs_root() / "validations" / "incidents" / "run-b.html"
    docs_page.parent.mkdir(parents=True)
    docs_page.write_text("<html><body><h1>GX validation run-b</h1></body></html>", encoding="utf-8")
    _seed(warehouse, docs_page)

    app = plugin.create_app()
    assert TestClient(app).get("/").status_code == 401  # behind Airflow's login: no token, no page
    # Stand in for a logged-in user by overriding the login dependency (the one the api-server checks).
    app.dependency_overrides[app.state.login] = lambda: None

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed (.ci/run installs it)")
def test_data_quality_page_renders_runs_charts_and_escapes_titles(page_url: str) -> None:
    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            response = page.goto(page_url)
            assert response is not None and response.status == 200
            assert page.title() == "Data quality"

            runs = page.locator("#runs-table tbody tr")
            assert runs.count() == 2
            assert "run-b" in runs.nth(0).inner_text() and "run-a" in runs.nth(1).inner_text()
            assert page.locator("svg.chart rect.bar").count() == 2  # pass rate per run
            assert page.locator("svg.trend").count() == 2 and page.locator("svg.trend circle").count() == 4
            box = page.locator("svg.chart").bounding_box()
            assert box and box["width"] > 100 and box["height"] > 50  # drawn, not just present

            title = page.locator("#quarantine-table td.title").first.inner_text()
            assert "<script>window.__xss = 1;" in title and '"market" & flee' in title  # shown as text
            assert page.evaluate("() => window.__xss") is None and dialogs == []  # and never run
            assert page.locator("#quarantine-table script").count() == 0
            assert "Bad <i>Wire</i>" in page.locator("#sources-table").inner_text()
            assert (
                "killed is a count between 0 and 1,000,000" in page.locator("#quarantine-table").inner_text()
            )

            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), full_page=True)

            page.locator("#runs-table a", has_text="incidents").first.click()
            assert page.locator("h1").inner_text() == "GX validation run-b"  # the run's Data Docs page
        finally:
            browser.close()
