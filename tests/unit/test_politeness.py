"""Politeness and hygiene: robots.txt, per-host limits, dead-feed rest, URL normalisation, fetch limits."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from newsfacts.config import FeedBackoff, fetch_settings
from newsfacts.feedhealth import rest_until
from newsfacts.fetch import FetchRefused, check_address, fetch
from newsfacts.politeness import HostLimiter, PoliteFetcher
from newsfacts.urls import host_key, normalize_url

PAGE = b"<html><body><p>hello</p></body></html>"


@pytest.mark.parametrize(("raw", "expected"), [
    ("HTTP://News.Example.ORG:80/a//b.html?utm_source=rss&id=3&fbclid=x#top",
     "http://news.example.org/a/b.html?id=3"),
    ("https://example.org/story?b=2&a=1&utm_medium=feed", "https://example.org/story?a=1&b=2"),
    ("https://example.org", "https://example.org/"),
    ("  /news/one.html  ", "http://example.org/news/one.html"),
    ("mailto:desk@example.org", "mailto:desk@example.org"),  # left for the guard to refuse, with a reason
])
def test_urls_are_normalised_and_tracking_parameters_dropped(raw: str, expected: str) -> None:
    assert normalize_url(raw, base="http://example.org/feeds/world.rss") == expected


def test_host_key_is_scheme_and_origin() -> None:
    assert host_key("HTTPS://Example.org:8443/x?y") == "https://example.org:8443"


@pytest.mark.parametrize("url", ["http://[::ffff:127.0.0.1]/", "http://[fe80::1]/", "http://[fc00::1]/",
                                 "http://100.64.0.1/", "http://198.18.0.1/"])
def test_guard_refuses_mapped_link_local_and_reserved_addresses(url: str) -> None:
    with pytest.raises(FetchRefused, match="non-public"):
        check_address(url, allow_private=False)


def test_allowlist_lifts_the_guard_for_one_origin_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_ALLOW_PRIVATE_NETWORKS", "127.0.0.1:8765")
    check_address("http://127.0.0.1:8765/feed.rss")
    with pytest.raises(FetchRefused):
        check_address("http://127.0.0.1:8766/feed.rss")
    with pytest.raises(FetchRefused):
        check_address("http://169.254.169.254/latest/meta-data/")


def test_user_agent_names_the_project_and_the_configured_contact(
    demo_site: Any, allow_loopback: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFACTS_CONTACT_URL", "https://ops.example.org/crawler")
    assert fetch(demo_site.url("/articles/idlib-strike.html")).ok
    agent = demo_site.request_headers("/articles/idlib-strike.html")[-1]["User-Agent"]
    assert agent.startswith("newsfacts/") and "+https://ops.example.org/crawler" in agent


def test_retry_after_is_honoured_and_a_long_one_is_not_waited_for(
    demo_site: Any, allow_loopback: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_site.add_page("/busy.html", PAGE, "text/html")
    demo_site.add_fault("/busy.html", ("503", 1), times=1)
    started = time.monotonic()
    assert fetch(demo_site.url("/busy.html")).ok
    assert time.monotonic() - started >= 1.0
    monkeypatch.setenv("NEWSFACTS_FETCH_MAX_RETRY_AFTER", "5")
    demo_site.add_fault("/busy.html", ("429", 600))
    started = time.monotonic()
    result = fetch(demo_site.url("/busy.html"))
    assert time.monotonic() - started < 3
    assert result.status == 429 and "Retry-After 600" in (result.error or "")
    assert demo_site.count("/busy.html") == 3  # 503, 200, then one 429 and no retry


def test_a_trickling_server_is_cut_off_by_the_total_time_limit(
    demo_site: Any, allow_loopback: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFACTS_FETCH_TOTAL_TIMEOUT", "1")
    monkeypatch.setenv("NEWSFACTS_FETCH_RETRIES", "0")
    demo_site.add_page("/drip.html", PAGE * 20, "text/html")
    demo_site.add_fault("/drip.html", ("trickle", 0.05))  # every byte arrives well within the read timeout
    started = time.monotonic()
    result = fetch(demo_site.url("/drip.html"))
    assert time.monotonic() - started < 3
    assert not result.ok and "total time limit" in (result.error or "")


def test_body_faults_are_retried_and_reported_plainly(
    demo_site: Any, allow_loopback: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_site.add_page("/cut.html", PAGE * 50, "text/html")
    demo_site.add_fault("/cut.html", "truncate", times=1)
    assert fetch(demo_site.url("/cut.html")).ok  # cut once, whole on the retry
    assert demo_site.count("/cut.html") == 2
    monkeypatch.setenv("NEWSFACTS_FETCH_RETRIES", "1")
    demo_site.add_fault("/cut.html", "reset_body")
    reset = fetch(demo_site.url("/cut.html"))
    assert not reset.ok and "reset" in (reset.error or "")
    demo_site.add_fault("/cut.html", ("gzip_bomb", 200))
    monkeypatch.setenv("NEWSFACTS_FETCH_MAX_BYTES", str(5 * 1024 * 1024))
    bomb = fetch(demo_site.url("/cut.html"))
    assert not bomb.ok and "decompressed body exceeds the 5242880-byte cap" in (bomb.error or "")


def test_robots_txt_is_fetched_once_per_host_and_obeyed(demo_site: Any, allow_loopback: None) -> None:
    demo_site.add_page("/robots.txt", "User-agent: *\nDisallow: /articles/k\nAllow: /articles/kharkiv\n",
                       "text/plain")
    fetcher = PoliteFetcher(fetch_settings())
    urls = [demo_site.url(f"/articles/{n}.html") for n in
            ("idlib-strike", "kandahar-roadside-bomb", "kharkiv-shelling", "borno-market-attack")]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(fetcher.fetch_page, urls))
    assert [r.state for r in results] == ["fetched", "skipped_robots", "fetched", "fetched"]
    assert results[1].error == "disallowed by robots.txt"
    assert demo_site.count("/robots.txt") == 1
    assert demo_site.count("/articles/kandahar-roadside-bomb.html") == 0


def test_robots_txt_missing_allows_and_unreachable_defers(demo_site: Any, allow_loopback: None) -> None:
    assert PoliteFetcher().fetch_page(demo_site.url("/articles/idlib-strike.html")).ok  # 404: no rules
    demo_site.add_fault("/robots.txt", "500")
    deferred = PoliteFetcher().fetch_page(demo_site.url("/articles/idlib-strike.html"))
    assert deferred.state == "failed" and "robots.txt unreachable (HTTP 500)" in (deferred.error or "")


def test_host_limiter_spaces_starts_and_caps_concurrency() -> None:
    limiter = HostLimiter(per_host=2, delay=0.1)
    starts: list[float] = []
    active = [0]
    peak = [0]
    lock = threading.Lock()

    def job(_: int) -> None:
        with limiter.slot("http://a.example"):
            with lock:
                starts.append(time.monotonic())
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            time.sleep(0.15)
            with lock:
                active[0] -= 1

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(job, range(6)))
    starts.sort()
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.09 and peak[0] <= 2
    t0 = time.monotonic()
    with limiter.slot("http://b.example"):  # another host does not wait for the first
        assert time.monotonic() - t0 < 0.05


def test_crawl_delay_widens_the_spacing(demo_site: Any, allow_loopback: None) -> None:
    demo_site.add_page("/robots.txt", "User-agent: *\nCrawl-delay: 0.4\n", "text/plain")
    fetcher = PoliteFetcher(fetch_settings())
    started = time.monotonic()
    for name in ("idlib-strike", "kharkiv-shelling", "borno-market-attack"):
        assert fetcher.fetch_page(demo_site.url(f"/articles/{name}.html")).ok
    assert time.monotonic() - started >= 0.8  # three starts, two gaps of 0.4 s


def test_dead_feed_rest_doubles_and_is_capped() -> None:
    at = datetime(2026, 11, 27, tzinfo=UTC)
    backoff = FeedBackoff(dead_after=3, base_hours=48, max_hours=24 * 30)
    assert rest_until(2, at, backoff) is None
    assert rest_until(3, at, backoff) == at + timedelta(hours=48)
    assert rest_until(4, at, backoff) == at + timedelta(hours=96)
    assert rest_until(20, at, backoff) == at + timedelta(days=30)
    assert rest_until(9, at, FeedBackoff(dead_after=0)) is None
