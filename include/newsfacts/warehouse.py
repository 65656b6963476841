"""PostgreSQL access: connections, numbered migrations, and the statements kept in include/sql/."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

import msgspec
import psycopg2
import psycopg2.extras
from psycopg2.extensions import connection as PgConnection

from newsfacts.config import SQL_DIR, warehouse_url

log = logging.getLogger(__name__)

MIGRATIONS_DIR = SQL_DIR / "migrations"
# Any constant works: it only has to be the same for every process that migrates this warehouse.
MIGRATION_LOCK_KEY = 4_242_001


@cache
def sql(name: str) -> str:
    """The text of include/sql/NAME.sql (statements live in files, values are always bound)."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def redact(url: str) -> str:
    """A connection URL fit for a log line: the password replaced."""
    return re.sub(r"(://[^:/@]+:)[^@]+@", r"\1***@", url)


@contextmanager
def connect(url: str | None = None) -> Iterator[PgConnection]:
    """A connection that commits on success and rolls back on error; one transaction per `with`."""
    conn = psycopg2.connect(url or warehouse_url())
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def migrations() -> list[tuple[int, str]]:
    """Numbered migration files in order: (version, filename)."""
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        m = re.match(r"(\d+)_", path.name)
        if m:
            found.append((int(m.group(1)), path.name))
    return found


def pending_migrations(conn: PgConnection) -> list[tuple[int, str]]:
    """The migrations this database has not had yet: all of them where newsfacts never ran.

    Readers (the data-quality page, `newsfacts report`) ask before they query, so a warehouse that no run
    has migrated yet reads as empty rather than failing on a missing table; only writers migrate.
    """
    with conn.cursor() as cur:
        cur.execute(sql("schema_migrations_exists"))
        row = cur.fetchone()
        done: set[int] = set()
        if row and row[0]:
            cur.execute(sql("applied_migrations"))
            done = {r[0] for r in cur.fetchall()}
    return [(version, name) for version, name in migrations() if version not in done]


def migrate(url: str | None = None) -> list[str]:
    """Apply the migrations not yet recorded, under an advisory lock so parallel tasks cannot race.

    Every migration is itself idempotent (IF NOT EXISTS), so a half-recorded history is harmless.
    Returns the names applied now.
    """
    applied_now: list[str] = []
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
        cur.execute(sql("migrations_table"))
        for version, name in pending_migrations(conn):
            cur.execute((MIGRATIONS_DIR / name).read_text(encoding="utf-8"))
            cur.execute(sql("record_migration"), {"version": version, "name": name})
            applied_now.append(name)
    if applied_now:
        log.info("warehouse migrated: %s", ", ".join(applied_now))
    return applied_now


def fetch_dicts(conn: PgConnection, statement: str, params: Any = None) -> list[dict[str, Any]]:
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(statement, params)
        return [dict(r) for r in cur.fetchall()]


def execute_batch_values(
    conn: PgConnection, statement: str, rows: Sequence[Sequence[Any]], page_size: int = 1000
) -> list[tuple[Any, ...]]:
    """Many rows in one statement per page (execute_values); returns RETURNING rows, if any."""
    if not rows:
        return []
    with conn.cursor() as cur:
        fetch = "RETURNING" in statement.upper()
        result = psycopg2.extras.execute_values(cur, statement, rows, page_size=page_size, fetch=fetch)
        return list(result or [])


# COPY's text format: a field ends at a tab, a row at a newline, and a backslash starts an escape.
def _escape(text: str) -> str:
    """Text as a COPY field. Four str.replace passes run at C speed and return the same string when
    there is nothing to escape (the usual case); str.translate would look up every character in a dict."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


_JSON = msgspec.json.Encoder()


def _json_text(value: Any) -> str:
    """JSON as a COPY field. msgspec encodes about ten times faster than json.dumps; JSON text never
    holds a raw tab, newline or carriage return (they are written as escapes), so only its
    backslashes need doubling."""
    return _JSON.encode(value).decode().replace("\\", "\\\\")


# How each Python type becomes a COPY field, looked up by exact type (cheaper than isinstance chains
# on the tens of fields every staged row has); anything else is written as its str().
_FORMATS: dict[type, Callable[[Any], str]] = {
    str: _escape,
    int: str,
    float: repr,
    bool: lambda v: "t" if v else "f",
    dict: _json_text,
    list: _json_text,
    psycopg2.extras.Json: lambda v: _json_text(v.adapted),
}


def _other(value: Any) -> str:
    return _escape(str(value))


def copy_field(value: Any) -> str:
    """One value as a field of COPY's text format: NULL as \\N, JSON serialised, the format's specials escaped."""
    return "\\N" if value is None else _FORMATS.get(type(value), _other)(value)


def copy_rows(conn: PgConnection, statement: str, rows: Sequence[Sequence[Any]]) -> int:
    """Stream rows to a `COPY … FROM STDIN` statement (text format); returns the rows sent.

    Far cheaper per row than a multi-row INSERT (no statement to build or parse, rows written in
    batches), but COPY cannot upsert: delete the keys it replaces first, in the same transaction.
    """
    if not rows:
        return 0
    buf = io.StringIO()
    formats = _FORMATS
    for row in rows:  # copy_field inlined: this loop runs once per field of every staged row
        buf.write("\t".join(["\\N" if v is None else formats.get(type(v), _other)(v) for v in row]))
        buf.write("\n")
    buf.seek(0)
    with conn.cursor() as cur:
        cur.copy_expert(statement, buf)
    return len(rows)


def json(value: Any) -> psycopg2.extras.Json:
    return psycopg2.extras.Json(value)
