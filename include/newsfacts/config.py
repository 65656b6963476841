"""Settings from the environment (and Airflow, when running inside it), with defaults; the feed list loader."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
INCLUDE_DIR = PACKAGE_DIR.parent
PROJECT_DIR = INCLUDE_DIR.parent
SQL_DIR = INCLUDE_DIR / "sql"
DEFAULT_FEEDS = INCLUDE_DIR / "feeds.yaml"
WAREHOUSE_CONN_ID = "newsfacts_warehouse"

CONTACT_URL = "https://github.com/newsfacts/newsfacts"


def user_agent(contact_url: str | None = None) -> str:
    """The User-Agent we send: the project, its version and where a site owner can reach us."""
    return f"newsfacts/0.1 (+{contact_url or CONTACT_URL}; news-ingestion research pipeline)"


USER_AGENT = user_agent()


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def data_dir() -> Path:
    """Runtime data (embedded PostgreSQL, GX Data Docs, benchmarks): `NEWSFACTS_DATA_DIR`, else `.data/`."""
    path = Path(os.environ.get("NEWSFACTS_DATA_DIR") or PROJECT_DIR / ".data")
    path.mkdir(parents=True, exist_ok=True)
    return path


def allow_private_networks() -> bool:
    """Only tests and the demo may let the fetcher reach loopback/private addresses."""
    return _truthy(os.environ.get("NEWSFACTS_ALLOW_PRIVATE_NETWORKS"))


def private_allowlist() -> frozenset[str]:
    """`host:port` origins the address guard lets through when the variable lists them instead of `true`.

    Lets a test (or an internal mirror) be reached while every other private address stays refused.
    """
    raw = os.environ.get("NEWSFACTS_ALLOW_PRIVATE_NETWORKS") or ""
    return frozenset(p.strip().lower() for p in raw.split(",") if ":" in p)


@dataclass(frozen=True)
class FetchSettings:
    """Limits and manners of the fetcher; seconds, bytes and counts (see the README's table)."""

    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 60.0  # one response, headers to last byte: a trickling server is cut off
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 2
    backoff: float = 0.5
    max_retry_after: float = 30.0  # a longer Retry-After is not waited for: the page is retried next run
    user_agent: str = USER_AGENT
    concurrency: int = 8
    host_concurrency: int = 2  # page downloads in flight per host
    host_delay: float = 1.0  # seconds between the starts of two page downloads from one host
    max_crawl_delay: float = 10.0  # a robots.txt Crawl-delay is honoured up to this
    max_pages: int = 5000  # page downloads per run; the rest stay `new` for the next run
    obey_robots: bool = True


def fetch_settings() -> FetchSettings:
    """Fetch limits; each can be tuned with a `NEWSFACTS_FETCH_*` variable (tests shorten the timeouts)."""
    env = os.environ
    return FetchSettings(
        connect_timeout=float(env.get("NEWSFACTS_FETCH_CONNECT_TIMEOUT", 5.0)),
        read_timeout=float(env.get("NEWSFACTS_FETCH_READ_TIMEOUT", 15.0)),
        total_timeout=float(env.get("NEWSFACTS_FETCH_TOTAL_TIMEOUT", 60.0)),
        max_bytes=int(env.get("NEWSFACTS_FETCH_MAX_BYTES", 10 * 1024 * 1024)),
        retries=int(env.get("NEWSFACTS_FETCH_RETRIES", 2)),
        backoff=float(env.get("NEWSFACTS_FETCH_BACKOFF", 0.5)),
        max_retry_after=float(env.get("NEWSFACTS_FETCH_MAX_RETRY_AFTER", 30.0)),
        user_agent=env.get("NEWSFACTS_USER_AGENT") or user_agent(env.get("NEWSFACTS_CONTACT_URL")),
        concurrency=int(env.get("NEWSFACTS_FETCH_CONCURRENCY", 8)),
        host_concurrency=max(1, int(env.get("NEWSFACTS_FETCH_HOST_CONCURRENCY", 2))),
        host_delay=float(env.get("NEWSFACTS_FETCH_HOST_DELAY", 1.0)),
        max_crawl_delay=float(env.get("NEWSFACTS_FETCH_MAX_CRAWL_DELAY", 10.0)),
        max_pages=int(env.get("NEWSFACTS_FETCH_MAX_PAGES", 5000)),
        obey_robots=not _truthy(env.get("NEWSFACTS_IGNORE_ROBOTS")),
    )


@dataclass(frozen=True)
class FeedBackoff:
    """Dead feeds rest: after `dead_after` failures in a row, `base_hours * 2**(n - dead_after)`, capped."""

    dead_after: int = 3
    base_hours: float = 48.0
    max_hours: float = 30 * 24.0


def feed_backoff() -> FeedBackoff:
    """`NEWSFACTS_FEED_DEAD_AFTER` and `NEWSFACTS_FEED_BACKOFF_HOURS`; 0 for dead_after turns resting off."""
    env = os.environ
    return FeedBackoff(
        dead_after=int(env.get("NEWSFACTS_FEED_DEAD_AFTER", 3)),
        base_hours=float(env.get("NEWSFACTS_FEED_BACKOFF_HOURS", 48.0)),
        max_hours=float(env.get("NEWSFACTS_FEED_BACKOFF_MAX_HOURS", 30 * 24.0)),
    )


@dataclass(frozen=True)
class FeedSource:
    """A source in the feed list: its feed, and optionally where its past articles can be found."""

    name: str
    url: str  # the feed; for an archive-only source, its sitemap or archive template (the source's key)
    feed: str | None = None
    sitemap: str | None = None
    archive: str | None = None  # URL template with {date:%Y/%m/%d}-style placeholders


class FeedListError(ValueError):
    """The feed list file is missing or not a list of {name, url}."""


def feeds_path() -> Path:
    return Path(os.environ.get("NEWSFACTS_FEEDS") or DEFAULT_FEEDS)


def load_feed_list(path: Path | None = None) -> list[FeedSource]:
    """Read the curated feed list: a YAML list of `{name, url, sitemap?, archive?}`.

    `sitemap` and `archive` drive discovery of past articles for backfills; an item needs at least
    one of url, sitemap, archive.
    """
    path = path or feeds_path()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FeedListError(f"cannot read feed list {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise FeedListError(f"feed list {path} is not valid YAML: {exc}") from exc
    if isinstance(raw, dict) and "feeds" in raw:
        raw = raw["feeds"]
    if not isinstance(raw, list):
        raise FeedListError(f"feed list {path} must be a list of {{name, url}}")
    feeds: list[FeedSource] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not (item.get("url") or item.get("sitemap") or item.get("archive")):
            raise FeedListError(f"feed list {path}: item {i} has no url")
        feed = str(item["url"]).strip() if item.get("url") else None
        sitemap = str(item["sitemap"]).strip() if item.get("sitemap") else None
        archive = str(item["archive"]).strip() if item.get("archive") else None
        url = feed or sitemap or str(archive)
        if url in seen:
            continue
        seen.add(url)
        feeds.append(FeedSource(name=str(item.get("name") or url), url=url, feed=feed, sitemap=sitemap,
                                archive=archive))
    return feeds


def _airflow_connection_uri() -> str | None:
    """The `newsfacts_warehouse` Airflow connection, looked up only inside a running Airflow process."""
    uri = os.environ.get("AIRFLOW_CONN_NEWSFACTS_WAREHOUSE")
    if uri and "://" in uri:
        return uri
    if "airflow.sdk" not in sys.modules and "airflow" not in sys.modules:
        return None
    try:
        from airflow.sdk import BaseHook

        conn = BaseHook.get_connection(WAREHOUSE_CONN_ID)
    except Exception:  # not defined, or no Airflow context: fall through to the embedded default
        return None
    uri = conn.get_uri()
    return uri.split("?__extra__")[0] if uri else None


def warehouse_url() -> str:
    """Which PostgreSQL to use: `WAREHOUSE_URL`, else the Airflow connection, else the embedded server."""
    url = os.environ.get("WAREHOUSE_URL") or _airflow_connection_uri()
    if url:
        return url.replace("postgres://", "postgresql://", 1)
    from newsfacts.embedded import embedded_url

    return embedded_url()
