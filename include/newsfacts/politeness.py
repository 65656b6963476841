"""Politeness for page downloads: robots.txt per host and a per-host limiter.

robots.txt is parsed with Protego (Scrapy's parser) rather than urllib.robotparser: Protego
follows RFC 9309 (longest match wins, `*` and `$` in paths, Allow beside Disallow), which
urllib.robotparser does not (first match wins, no wildcards), so a site's
`Disallow: /*?print=` or `Allow: /news/` under `Disallow: /` would be misread by it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass

from protego import Protego

from newsfacts.config import FetchSettings, fetch_settings
from newsfacts.fetch import FetchResult, fetch, with_settings
from newsfacts.urls import host_key

log = logging.getLogger(__name__)

ROBOTS_TYPES = ("text/plain", "text/html", "application/octet-stream")
# RFC 9309 asks parsers to read at least 500 KiB; more than that is not a robots.txt.
ROBOTS_MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class RobotsVerdict:
    """What robots.txt says about one URL: allowed, or why not (`unreachable` means: try later)."""

    allowed: bool
    reason: str | None = None
    unreachable: bool = False


class _HostRules:
    """One host's robots.txt, as fetched once: parsed rules, or allow-all, or unreachable."""

    def __init__(self, rules: Protego | None, error: str | None = None) -> None:
        self.rules = rules
        self.error = error

    def verdict(self, url: str, agent: str) -> RobotsVerdict:
        if self.error is not None:
            return RobotsVerdict(False, f"robots.txt unreachable ({self.error}); retried next run", True)
        if self.rules is None or self.rules.can_fetch(url, agent):
            return RobotsVerdict(True)
        return RobotsVerdict(False, "disallowed by robots.txt")

    def crawl_delay(self, agent: str) -> float | None:
        return self.rules.crawl_delay(agent) if self.rules is not None else None


class RobotsCache:
    """robots.txt per host, fetched at most once per process (a task) and shared by its threads.

    RFC 9309 §2.3.1: a 4xx answer means no rules (everything allowed); a 5xx, a timeout or a
    network error means the site cannot say, so nothing is fetched from it now; the entries are
    recorded as failed with that reason, and a later run asks again.
    """

    def __init__(self, settings: FetchSettings | None = None, limiter: HostLimiter | None = None) -> None:
        self.settings = settings or fetch_settings()
        self.agent = self.settings.user_agent
        self.limiter = limiter
        self._hosts: dict[str, _HostRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _rules(self, url: str) -> _HostRules:
        host = host_key(url)
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:  # one fetch per host, however many threads ask at once
            if host not in self._hosts:
                self._hosts[host] = self._load(host)
            return self._hosts[host]

    def _load(self, host: str) -> _HostRules:
        settings = with_settings(self.settings, max_bytes=ROBOTS_MAX_BYTES)
        with self.limiter.slot(host) if self.limiter is not None else nullcontext():
            result = fetch(f"{host}/robots.txt", accept=ROBOTS_TYPES, settings=settings)
        if result.ok:
            text = result.body.decode(result.encoding or "utf-8", errors="replace")
            return _HostRules(Protego.parse(text))
        if result.status is not None and 400 <= result.status < 500:
            return _HostRules(None)
        if result.refused:  # robots.txt redirected somewhere the guard forbids: the host is not trusted
            return _HostRules(None, f"refused: {result.error}")
        return _HostRules(None, result.error or f"HTTP {result.status}")

    def verdict(self, url: str) -> RobotsVerdict:
        """May we fetch `url`? Fetches the host's robots.txt on first use."""
        return self._rules(url).verdict(url, self.agent)

    def crawl_delay(self, url: str) -> float | None:
        """The host's Crawl-delay for our agent, if robots.txt gives one (seconds)."""
        return self._rules(url).crawl_delay(self.agent)


class HostLimiter:
    """At most `per_host` downloads in flight per host, and starts spaced by the host's delay.

    Threads wait here, not in the server's queue: a site serving ten of our pages sees them
    arrive one by one, `delay` seconds apart, whatever the size of the thread pool.
    """

    def __init__(self, per_host: int, delay: float) -> None:
        self.per_host = max(1, per_host)
        self.delay = max(0.0, delay)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str, delay: float | None = None) -> Iterator[None]:
        """Hold one of the host's slots for the duration of a download, after the spacing wait."""
        with self._lock:
            sem = self._slots.setdefault(host, threading.Semaphore(self.per_host))
        sem.acquire()
        try:
            gap = self.delay if delay is None else max(self.delay, delay)
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + gap
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            sem.release()


class PoliteFetcher:
    """Page downloads with manners: robots.txt first, then a per-host slot, then `fetch`.

    One per task: the robots cache and the host spacing live as long as it does.
    """

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or fetch_settings()
        self.limiter = HostLimiter(self.settings.host_concurrency, self.settings.host_delay)
        self.robots = RobotsCache(self.settings, self.limiter) if self.settings.obey_robots else None

    def fetch_page(self, url: str) -> FetchResult:
        """A page, or why not: `skipped_robots`, `refused`, or an error. Never raises for the network."""
        host = host_key(url)
        delay: float | None = None
        if self.robots is not None and url.lower().startswith(("http://", "https://")):
            verdict = self.robots.verdict(url)
            if not verdict.allowed:
                return FetchResult(url, url, error=verdict.reason, skipped_robots=not verdict.unreachable)
            crawl_delay = self.robots.crawl_delay(url)
            if crawl_delay:
                delay = min(float(crawl_delay), self.settings.max_crawl_delay)
        with self.limiter.slot(host, delay):
            return fetch(url, settings=self.settings)

