"""The hostile web, simulated on loopback: every fault is recorded where an operator looks, the rest of the
run loads, and a rerun after the fault clears loads what was missing, exactly once.

Each scenario runs the pipeline's stages in process (the same functions the DAG's tasks call) over
one feed listing two good demo articles and one "victim" page that misbehaves. The first run must
complete with the victim's entry in the expected state and reason; then the fault is cleared and a
second run must leave every entry in a final state with each article stored once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from newsfacts import pipeline
from newsfacts import warehouse as wh
from newsfacts.outcomes import FINAL_STATES, entry_outcomes, format_outcomes
from newsfacts.sitesrv import PLACEHOLDER, SiteServer, StalledListener

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "include" / "demo_site"
GOOD = ("/articles/idlib-strike.html", "/articles/kharkiv-shelling.html")
VICTIM = "/fi/victim.html"
VICTIM_SOURCE = DEMO / "articles" / "kandahar-roadside-bomb.html"


def rss(links: list[str], title: str = "Fault wire") -> str:
    """An RSS feed of `links` (site paths or absolute URLs), dated now so every run takes them."""
    now = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    items = "".join(
        f"<item><title>Story {i}</title><link>{link if '://' in link else PLACEHOLDER + link}</link>"
        f"<guid isPermaLink=\"false\">story-{i}-{link}</guid><pubDate>{now}</pubDate></item>\n"
        for i, link in enumerate(links)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f"<link>{PLACEHOLDER}/</link><description>d</description>\n{items}</channel></rss>\n")


def run_pipeline() -> dict[str, Any]:
    """One run of every stage, as the DAG wires them; returns the run summary."""
    run_id = f"fault__{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    info = pipeline.RunInfo(run_id=run_id, logical_date=now - timedelta(days=1),
                            interval_start=now - timedelta(days=1), interval_end=now)
    feeds = pipeline.start_run(info)
    stages: dict[str, Any] = {"polls": [pipeline.poll_one_feed(f, run_id) for f in feeds]}
    stages["fetched"] = pipeline.fetch_pages(run_id)
    stages["extracted"] = pipeline.extract_articles(run_id)
    stages["parsed"] = pipeline.parse_articles(run_id)
    stages["validated"] = pipeline.validate_staged(run_id)
    stages["loaded"] = pipeline.load_valid(run_id)
    summary = pipeline.finish_run(run_id, stages)
    summary["run_id"] = run_id
    return summary


def entries() -> dict[str, dict[str, Any]]:
    """Every entry by URL path (query kept), with its state and reason."""
    from urllib.parse import urlsplit

    with wh.connect() as conn:
        rows = wh.fetch_dicts(conn, "SELECT e.url, e.state, e.state_reason, e.attempts, f.name AS feed "
                                    "FROM newsfacts.entries e JOIN newsfacts.feeds f USING (feed_id)")
    return {urlsplit(r["url"]).path + (f"?{urlsplit(r['url']).query}" if urlsplit(r["url"]).query else ""): r
            for r in rows}


def articles() -> list[dict[str, Any]]:
    with wh.connect() as conn:
        return wh.fetch_dicts(conn, "SELECT article_id, url, text FROM newsfacts.articles "
                                    "ORDER BY article_id")


def feed_row(name: str) -> dict[str, Any]:
    with wh.connect() as conn:
        return wh.fetch_dicts(conn, "SELECT * FROM newsfacts.feeds WHERE name = %s", (name,))[0]


def assert_all_final() -> None:
    """'Nothing lost': no entry is left half-way (new, fetched, extracted) after a completed run."""
    open_ = {p: e["state"] for p, e in entries().items() if e["state"] not in FINAL_STATES}
    assert not open_, open_


def assert_good_loaded() -> None:
    urls = {a["url"].split("//", 1)[1].split("/", 1)[1] for a in articles()}
    for path in GOOD:
        assert path.lstrip("/") in urls, f"{path} not stored"
        assert entries()[path]["state"] in ("loaded", "no_incident")


@pytest.fixture
def site(warehouse: str, feed_list: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[SiteServer]:
    """The demo site with a feed /fi/feed.rss of two good articles and the victim; the guard allows
    this server's own origin only, so redirects to any other private address are refused."""
    with SiteServer(DEMO) as srv:
        monkeypatch.setenv("NEWSFACTS_ALLOW_PRIVATE_NETWORKS", f"127.0.0.1:{srv.port}")
        monkeypatch.setenv("NEWSFACTS_FETCH_READ_TIMEOUT", "1")
        monkeypatch.setenv("NEWSFACTS_FETCH_CONNECT_TIMEOUT", "1")
        monkeypatch.setenv("NEWSFACTS_FETCH_MAX_RETRY_AFTER", "3")
        srv.add_page("/fi/feed.rss", rss([*GOOD, VICTIM]))
        srv.add_page(VICTIM, VICTIM_SOURCE.read_bytes(), "text/html; charset=utf-8")
        feed_list({"fault wire": srv.url("/fi/feed.rss")})
        yield srv


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A safety net under the address guard: no test here may open a connection off loopback."""
    import urllib3.util.connection as u3conn

    real = u3conn.create_connection

    def guarded(address: tuple[str, int], *args: Any, **kwargs: Any) -> Any:
        assert address[0] in ("127.0.0.1", "localhost", "::1"), f"connection to {address} attempted"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(u3conn, "create_connection", guarded)


def _victim_loaded_once() -> None:
    stored = [a for a in articles() if a["url"].endswith(VICTIM)]
    assert len(stored) == 1, stored
    assert entries()[VICTIM]["state"] in ("loaded", "no_incident")
    texts = [a["text"] for a in articles()]
    assert len(texts) == len(set(texts))  # nothing stored twice


@dataclass(frozen=True)
class PageFault:
    """A fault on the victim page: how to cause it, the state and reason it must leave, how to clear it."""

    cause: Callable[[SiteServer], None]
    state: str
    reason: str
    clear: Callable[[SiteServer], None] = lambda srv: srv.clear_faults()
    retried: bool = True  # False: a final verdict (refused, robots); the rerun must not fetch it again


def _serve(content: bytes, ctype: str) -> Callable[[SiteServer], None]:
    return lambda srv: srv.add_page(VICTIM, content, ctype)


def _restore(srv: SiteServer) -> None:
    srv.clear_faults()
    srv.add_page(VICTIM, VICTIM_SOURCE.read_bytes(), "text/html; charset=utf-8")


PAGE_FAULTS: dict[str, PageFault] = {
    "429 for ever": PageFault(lambda s: s.add_fault(VICTIM, "429"), "failed", "HTTP 429"),
    "503 with a long Retry-After": PageFault(
        lambda s: s.add_fault(VICTIM, ("503", 3600)), "failed", "Retry-After 3600"),
    "headers then a stalled body": PageFault(
        lambda s: s.add_fault(VICTIM, ("stall_body", 3)), "failed", "read timeout"),
    "connection reset mid-body": PageFault(
        lambda s: s.add_fault(VICTIM, "reset_body"), "failed", "connection reset"),
    "truncated body": PageFault(lambda s: s.add_fault(VICTIM, "truncate"), "failed", "truncated body"),
    "a PDF where HTML was expected": PageFault(
        _serve(b"%PDF-1.7\n" + b"0" * 2000, "application/pdf"), "failed",
        "unexpected content type application/pdf", clear=_restore),
    "a JPEG where HTML was expected": PageFault(
        _serve(b"\xff\xd8\xff\xe0" + b"0" * 2000, "image/jpeg"), "failed",
        "unexpected content type image/jpeg", clear=_restore),
    "a 50 MB page": PageFault(lambda s: s.add_fault(VICTIM, ("huge", 50)), "failed", "byte cap"),
    "a gzip bomb (1 MB -> 1 GB)": PageFault(
        lambda s: s.add_fault(VICTIM, ("gzip_bomb", 1024)), "failed", "decompressed body exceeds"),
    "a redirect loop": PageFault(lambda s: s.add_fault(VICTIM, "redirect"), "failed", "redirect loop"),
    "an HTML page with no article": PageFault(
        _serve(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html"), "failed",
        "no article text found", clear=_restore),
    "robots.txt disallowing the article path": PageFault(
        lambda s: s.add_page("/robots.txt", "User-agent: *\nDisallow: /fi/victim\n", "text/plain"),
        "skipped_robots", "disallowed by robots.txt", clear=lambda s: s.remove_page("/robots.txt"),
        retried=False),
}


@pytest.mark.parametrize("name", list(PAGE_FAULTS))
def test_page_fault_is_recorded_and_a_rerun_loads_it_once(name: str, site: SiteServer) -> None:
    fault = PAGE_FAULTS[name]
    fault.cause(site)

    first = run_pipeline()
    assert first["status"] == "success"
    victim = entries()[VICTIM]
    assert victim["state"] == fault.state, victim
    assert fault.reason in (victim["state_reason"] or ""), victim["state_reason"]
    assert victim["feed"] == "fault wire"
    assert_good_loaded()
    assert not [a for a in articles() if a["url"].endswith(VICTIM)]
    assert_all_final()
    # what the operator sees: `newsfacts entries` for this run, per feed and state, with the reason
    seen = {(r["feed"], r["state"]): r for r in entry_outcomes(first["run_id"])}
    assert seen[("fault wire", fault.state)]["entries"] == 1
    assert any(fault.reason in reason for reason in seen[("fault wire", fault.state)]["reasons"])
    assert "fault wire" in format_outcomes(entry_outcomes(first["run_id"]), "t")

    fault.clear(site)
    requests_before = site.count(VICTIM)
    second = run_pipeline()
    assert second["status"] == "success"
    if fault.retried:
        _victim_loaded_once()
        assert second["articles_new"] == 1
    else:
        assert site.count(VICTIM) == requests_before  # a final verdict is not asked again
        assert entries()[VICTIM]["state"] == fault.state
    assert_good_loaded()
    assert_all_final()
    assert len(articles()) == len(GOOD) + (1 if fault.retried else 0)


def test_503_with_retry_after_then_200_recovers_within_the_run(site: SiteServer) -> None:
    import time

    site.add_fault(VICTIM, ("503", 1), times=1)
    started = time.monotonic()
    summary = run_pipeline()
    assert summary["status"] == "success"
    assert time.monotonic() - started >= 1.0  # the server's Retry-After was waited for
    _victim_loaded_once()
    assert [s for _, p, s in site.requests if p == VICTIM] == [503, 200]
    assert_good_loaded()
    assert_all_final()


def test_connect_timeout_is_recorded_and_the_page_loads_when_the_host_answers(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    stalled = StalledListener()
    other = stalled.url(VICTIM)
    monkeypatch.setenv("NEWSFACTS_ALLOW_PRIVATE_NETWORKS", f"127.0.0.1:{site.port},127.0.0.1:{stalled.port}")
    monkeypatch.setenv("NEWSFACTS_FETCH_RETRIES", "0")
    site.add_page("/fi/feed.rss", rss([*GOOD, other]))
    try:
        assert run_pipeline()["status"] == "success"
        victim = entries()[VICTIM]
        assert victim["state"] == "failed" and "connect timeout" in victim["state_reason"], victim
        assert_good_loaded()
    finally:
        stalled.close()
    # the host comes back on the same port, serving the article
    with SiteServer(DEMO, port=stalled.port) as back:
        back.add_page(VICTIM, VICTIM_SOURCE.read_bytes(), "text/html; charset=utf-8")
        assert run_pipeline()["status"] == "success"
        _victim_loaded_once()
        assert back.count(VICTIM) == 1
    assert_all_final()


@pytest.mark.parametrize("target", ["loopback", "metadata"])
def test_redirect_to_a_private_address_is_refused_with_the_guard_on(
    target: str, site: SiteServer
) -> None:
    with SiteServer(DEMO) as inside:  # a loopback service the guard must keep us away from
        location = inside.url("/articles/idlib-strike.html") if target == "loopback" else (
            "http://169.254.169.254/latest/meta-data/")
        site.add_fault(VICTIM, ("redirect", location))
        assert run_pipeline()["status"] == "success"
        victim = entries()[VICTIM]
        assert victim["state"] == "refused", victim
        assert "redirect 1 to" in victim["state_reason"] and "non-public address" in victim["state_reason"]
        assert inside.requests == []  # not one byte reached the private service
        assert_good_loaded()
        run_pipeline()  # a refusal is final: the rerun asks nothing of the redirecting page
        assert site.count(VICTIM) == 1
        assert entries()[VICTIM]["state"] == "refused"
        assert_all_final()


def test_robots_txt_unreachable_defers_the_whole_host_to_a_later_run(site: SiteServer) -> None:
    site.add_fault("/robots.txt", "503")  # RFC 9309: the site cannot say, so we fetch nothing from it
    assert run_pipeline()["status"] == "success"
    for path in (*GOOD, VICTIM):
        e = entries()[path]
        assert e["state"] == "failed" and "robots.txt unreachable (HTTP 503)" in e["state_reason"], e
        assert site.count(path) == 0
    assert not articles()
    site.clear_faults()
    assert run_pipeline()["articles_new"] == 3
    assert_good_loaded()
    _victim_loaded_once()
    assert_all_final()


CHARSET_PAGES = {
    "windows-1256": ("\u0627\u0646\u0641\u062c\u0627\u0631",  # "explosion"
                     "قال مسؤولون محليون إن انفجارا وقع في سوق مزدحم في مدينة الموصل صباح اليوم، مما أسفر عن "
                     "مقتل سبعة أشخاص وإصابة عشرين آخرين. وأضافوا أن قوات الأمن طوقت المنطقة وبدأت التحقيق."),
    "cp1251": ("Харькова", "Местные власти сообщили, что в результате обстрела жилого района Харькова "
                           "во вторник погибли три человека и ещё двенадцать получили ранения. "
                           "Спасатели работают."),
    "shift_jis": ("爆発", "地元当局によると、火曜日の朝、市場で爆発が起き、"
                         "少なくとも五人が死亡し、十人以上が負傷した。"
                         "警察は現場を封鎖し、原因を調べている。目撃者によると、爆発音は遠くまで聞こえたという。"
                         "病院の関係者は、負傷者の多くが重傷で、死者の数はさらに増える恐れがあると話した。"
                         "市長は記者会見を開き、犠牲者の家族に哀悼の意を表し、治安対策の強化を約束した。"),
}


def test_pages_without_charset_headers_are_decoded_right(site: SiteServer) -> None:
    paths = []
    for enc, (_, text) in CHARSET_PAGES.items():
        path = f"/fi/{enc}.html"
        lang = {"windows-1256": "ar", "cp1251": "ru", "shift_jis": "ja"}[enc]
        html = (f"<html lang='{lang}'><head><title>{text[:30]}</title></head><body><article>"
                f"<h1>{text[:30]}</h1>"
                f"<p>{text}</p><p>{text[::-1]}</p></article></body></html>")
        site.add_page(path, html.encode(enc), "text/html")  # no charset anywhere: detection decides
        paths.append(path)
    site.add_page("/fi/feed.rss", rss([*GOOD, *paths]))
    assert run_pipeline()["status"] == "success"
    stored = {a["url"].rsplit("/", 1)[1]: a["text"] for a in articles()}
    assert len(stored) == 5, {p: (e["state"], e["state_reason"]) for p, e in entries().items()}
    for enc, (word, _) in CHARSET_PAGES.items():
        assert word in stored[f"{enc}.html"], (enc, stored[f"{enc}.html"][:80])
    assert_all_final()


def test_a_feed_answering_500_is_recorded_and_loads_once_it_recovers(
    site: SiteServer, feed_list: Any
) -> None:
    site.add_page("/fi/other.rss", rss(list(GOOD)))
    feed_list({"fault wire": site.url("/fi/feed.rss"), "good wire": site.url("/fi/other.rss")})
    site.add_fault("/fi/feed.rss", "500")
    summary = run_pipeline()
    assert summary["status"] == "success" and summary["feeds_failed"] == 1
    assert "HTTP 500" in summary["failed_feeds"]["fault wire"]
    bad = feed_row("fault wire")
    assert bad["last_status"] == "failed" and bad["consecutive_failures"] == 1 and "500" in bad["last_error"]
    assert_good_loaded()
    assert VICTIM not in entries()

    site.clear_faults()
    assert run_pipeline()["status"] == "success"
    assert feed_row("fault wire")["consecutive_failures"] == 0
    _victim_loaded_once()
    assert_all_final()


def test_malformed_feed_keeps_usable_entries_and_records_the_problem(site: SiteServer) -> None:
    good = rss([*GOOD, VICTIM]).encode()
    broken = good.replace(b"</channel></rss>", b"<item><title>bad & unescaped</title></item>")
    site.add_page("/fi/feed.rss", broken, "application/rss+xml")
    assert run_pipeline()["status"] == "success"
    feed = feed_row("fault wire")
    assert feed["last_status"] == "ok" and "malformed feed" in feed["last_error"]
    assert_good_loaded()
    _victim_loaded_once()

    site.add_fault("/fi/feed.rss", "invalid_xml")  # now nothing usable at all
    assert run_pipeline()["status"] == "success"
    feed = feed_row("fault wire")
    assert feed["last_status"] == "failed" and "malformed feed" in feed["last_error"]
    assert len(articles()) == 3  # nothing lost, nothing added
    assert_all_final()


def test_a_dead_feed_rests_longer_after_each_failure(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFACTS_FEED_DEAD_AFTER", "2")
    monkeypatch.setenv("NEWSFACTS_FEED_BACKOFF_HOURS", "1")
    site.add_fault("/fi/feed.rss", "500")
    run_pipeline()
    assert feed_row("fault wire")["skip_until"] is None  # one failure: polled again next run
    run_pipeline()
    dead = feed_row("fault wire")
    assert dead["consecutive_failures"] == 2 and dead["skip_until"] is not None
    polls = site.count("/fi/feed.rss")
    summary = run_pipeline()  # within the rest: not polled at all
    assert site.count("/fi/feed.rss") == polls
    assert summary["feeds_resting"] == 1
    assert feed_row("fault wire")["skipped_polls"] == 1


def test_a_feed_of_10000_entries_is_registered_whole_and_fetched_in_bounded_runs(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFACTS_FETCH_MAX_PAGES", "25")
    paths = [f"/bulk/{i}.html" for i in range(10_000)]
    for i, path in enumerate(paths[:60]):
        text = (f"Bulletin {i}: {i % 9 + 2} people were killed in a clash in Kandahar, Afghanistan on "
                f"Monday, officials said; the council of district {i * 7 % 13} met about it "
                f"(minutes {i * 31}).")
        site.add_page(path, f"<html><body><article><h1>Bulletin {i}</h1><p>{text}</p><p>{text}</p>"
                            "</article></body></html>", "text/html; charset=utf-8")
    # tracking parameters on every link: the stored URL drops them
    site.add_page("/fi/feed.rss", rss([f"{p}?utm_source=rss&utm_medium=feed" for p in paths]))
    first = run_pipeline()
    assert first["status"] == "success" and first["entries_seen"] == 10_000
    states = entries()
    assert len(states) == 10_000 and "/bulk/0.html" in states  # tracking parameters gone
    counts: dict[str, int] = {}
    for e in states.values():
        counts[e["state"]] = counts.get(e["state"], 0) + 1
    assert counts["new"] == 10_000 - 25  # the rest wait, nothing is dropped
    assert len(articles()) == 25
    second = run_pipeline()
    assert second["articles_new"] == 25 and len(articles()) == 50
    assert site.count("/bulk/0.html") == 1  # the first run's pages are not fetched again


def test_warehouse_lost_during_the_load_step_then_the_retry_loads_every_row_once(
    site: SiteServer, monkeypatch: pytest.MonkeyPatch, warehouse: str
) -> None:
    import psycopg2

    run_id = "fault__load"
    now = datetime.now(UTC)
    info = pipeline.RunInfo(run_id=run_id, interval_start=now - timedelta(days=1), interval_end=now)
    for feed in pipeline.start_run(info):
        pipeline.poll_one_feed(feed, run_id)
    pipeline.fetch_pages(run_id)
    pipeline.extract_articles(run_id)
    pipeline.parse_articles(run_id)
    validated = pipeline.validate_staged(run_id)
    expected = validated.get("valid", 0)
    assert expected > 0

    # 1. the warehouse is down when the task starts: the task fails, nothing is half-written
    monkeypatch.setenv("WAREHOUSE_URL", "postgresql://postgres@127.0.0.1:9/none?connect_timeout=1")
    with pytest.raises(psycopg2.OperationalError):
        pipeline.load_valid(run_id)
    monkeypatch.setenv("WAREHOUSE_URL", warehouse)

    # 2. the connection dies inside the load transaction, right after the rows were moved
    real = wh.sql
    killed: list[bool] = []

    def dying(name: str) -> str:
        text = real(name)
        if name == "load_staged_incidents" and not killed:
            killed.append(True)
            return text.rstrip().rstrip(";") + ";\nSELECT pg_terminate_backend(pg_backend_pid());"
        return text

    monkeypatch.setattr(wh, "sql", dying)
    with pytest.raises(psycopg2.Error):
        pipeline.load_valid(run_id)
    monkeypatch.setattr(wh, "sql", real)
    assert killed == [True]
    with wh.connect() as conn:
        # the half-done transaction was rolled back
        assert wh.fetch_dicts(conn, "SELECT count(*) AS n FROM newsfacts.incidents")[0]["n"] == 0

    # 3. the retry loads every row exactly once, and another retry changes nothing
    loaded = pipeline.load_valid(run_id)
    assert loaded["incidents"] == expected
    pipeline.load_valid(run_id)
    with wh.connect() as conn:
        n = wh.fetch_dicts(conn, "SELECT count(*) AS n, count(DISTINCT (article_id, seq)) AS keys "
                                 "FROM newsfacts.incidents")[0]
        staged = wh.fetch_dicts(conn, "SELECT count(*) AS n FROM newsfacts.staged_incidents")[0]["n"]
    assert n["n"] == n["keys"] == expected and staged == 0
    assert_all_final()
