"""PostgreSQL access: connections, numbered migrations, and the statements kept in include/sql/."""

from __future__ import annotations

import io
import json as jsonlib
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

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


def migrate(url: str | None = None) -> list[str]:
    """Apply the migrations not yet recorded, under an advisory lock so parallel tasks cannot race.

    Every migration is itself idempotent (IF NOT EXISTS), so a half-recorded history is harmless.
    Returns the names applied now.
    """
    applied_now: list[str] = []
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
        cur.execute(sql("migrations_table"))
        cur.execute("SELECT version FROM newsfacts.schema_migrations")
        done = {row[0] for row in cur.fetchall()}
        for version, name in migrations():
            if version in done:
                continue
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
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_field(value: Any) -> str:
    """One value as a field of COPY's text format: NULL as \\N, JSON serialised, the format's specials escaped."""
    if value is None:
        return "\\N"
    if isinstance(value, psycopg2.extras.Json):
        value = value.dumps(value.adapted)
    elif isinstance(value, dict | list):
        value = jsonlib.dumps(value)
    elif isinstance(value, bool):
        value = "t" if value else "f"
    return str(value).translate(_COPY_ESCAPES)


def copy_rows(conn: PgConnection, statement: str, rows: Sequence[Sequence[Any]]) -> int:
    """Stream rows to a `COPY … FROM STDIN` statement (text format); returns the rows sent.

    Far cheaper per row than a multi-row INSERT (no statement to build or parse), but COPY cannot
    upsert: copy into a temporary table and upsert from there in the same transaction.
    """
    if not rows:
        return 0
    buf = io.StringIO()
    for row in rows:
        buf.write("\t".join(map(copy_field, row)))
        buf.write("\n")
    buf.seek(0)
    with conn.cursor() as cur:
        cur.copy_expert(statement, buf)
    return len(rows)


def json(value: Any) -> psycopg2.extras.Json:
    return psycopg2.extras.Json(value)
