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

USER_AGENT = "newsfacts/0.1 (+https://github.com/newsfacts/newsfacts; news-ingestion research pipeline)"


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


@dataclass(frozen=True)
class FetchSettings:
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 2
    backoff: float = 0.5
    user_agent: str = USER_AGENT
    concurrency: int = 8


def fetch_settings() -> FetchSettings:
    """Fetch limits; each can be tuned with a `NEWSFACTS_FETCH_*` variable (tests shorten the timeouts)."""
    env = os.environ
    return FetchSettings(
        connect_timeout=float(env.get("NEWSFACTS_FETCH_CONNECT_TIMEOUT", 5.0)),
        read_timeout=float(env.get("NEWSFACTS_FETCH_READ_TIMEOUT", 15.0)),
        max_bytes=int(env.get("NEWSFACTS_FETCH_MAX_BYTES", 10 * 1024 * 1024)),
        retries=int(env.get("NEWSFACTS_FETCH_RETRIES", 2)),
        backoff=float(env.get("NEWSFACTS_FETCH_BACKOFF", 0.5)),
        user_agent=env.get("NEWSFACTS_USER_AGENT", USER_AGENT),
        concurrency=int(env.get("NEWSFACTS_FETCH_CONCURRENCY", 8)),
    )


@dataclass(frozen=True)
class FeedSource:
    name: str
    url: str


class FeedListError(ValueError):
    """The feed list file is missing or not a list of {name, url}."""


def feeds_path() -> Path:
    return Path(os.environ.get("NEWSFACTS_FEEDS") or DEFAULT_FEEDS)


def load_feed_list(path: Path | None = None) -> list[FeedSource]:
    """Read the curated feed list: a YAML list of `{name, url}` (extra keys are kept for later stages)."""
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
        if not isinstance(item, dict) or not item.get("url"):
            raise FeedListError(f"feed list {path}: item {i} has no url")
        url = str(item["url"]).strip()
        if url in seen:
            continue
        seen.add(url)
        feeds.append(FeedSource(name=str(item.get("name") or url), url=url))
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
