"""Migrations and the load path against a real PostgreSQL."""

from __future__ import annotations

from typing import Any

from newsfacts import pipeline
from newsfacts import warehouse as wh


def test_migrations_are_recorded_once_and_rerun_as_no_ops(warehouse: str) -> None:
    assert wh.migrate(warehouse) == []  # the fixture already migrated
    with wh.connect(warehouse) as conn:
        versions = [r["version"] for r in wh.fetch_dicts(conn, "SELECT version FROM newsfacts.schema_migrations")]
        tables = {r["table_name"] for r in wh.fetch_dicts(
            conn, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'newsfacts'")}
    assert versions == [v for v, _ in wh.migrations()]
    assert {"feeds", "entries", "pages", "articles", "incidents", "quarantine", "runs"} <= tables


def test_redact_hides_passwords_only() -> None:
    assert wh.redact("postgresql://u:secret@db:5432/w") == "postgresql://u:***@db:5432/w"
    assert wh.redact("postgresql://postgres:@/postgres?host=/x") == "postgresql://postgres:@/postgres?host=/x"


def _article(conn: Any, url: str) -> int:
    with conn.cursor() as cur:
        cur.execute(wh.sql("insert_article"), dict(
            url=url, canonical_url=None, feed_id=None, title="t", author=None, site_name=None,
            published_at="2026-11-20T10:00:00Z", modified_at=None, language="en", text=f"text of {url}",
            text_hash=url,
            page_hash=None, fetched_at="2026-11-20T10:00:00Z", extractor_version="x", run_id="r1"))
        return int(cur.fetchone()[0])


def _stage(conn: Any, run_id: str, article_id: int, seq: int, killed: int, version: str) -> None:
    row = pipeline.incident_row({"killed": killed, "killed_low": killed, "country": "SY"}, None)
    pipeline.stage_rows(conn, [(run_id, article_id, seq, version, wh.json(row))])
    wh.execute_batch_values(conn, wh.sql("mark_staged"), [(run_id, article_id, seq, "valid")])


def test_load_upserts_on_the_natural_key_and_drops_stale_versions(warehouse: str, monkeypatch: Any) -> None:
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/a")
        _stage(conn, "r1", a, 0, 3, pipeline.PARSER_VERSION)
        _stage(conn, "r1", a, 1, 1, pipeline.PARSER_VERSION)
    assert pipeline.load_valid("r1")["incidents"] == 2
    with wh.connect(warehouse) as conn:
        _stage(conn, "r2", a, 0, 5, pipeline.PARSER_VERSION)  # a rerun with a corrected count
    pipeline.load_valid("r2")
    with wh.connect(warehouse) as conn:
        rows = wh.fetch_dicts(conn, "SELECT seq, killed, run_id FROM newsfacts.incidents ORDER BY seq")
        staged = wh.fetch_dicts(conn, "SELECT count(*) AS n FROM newsfacts.staged_incidents")[0]["n"]
    assert [(r["seq"], r["killed"], r["run_id"]) for r in rows] == [(0, 5, "r2"), (1, 1, "r1")]
    assert staged == 0

    # A new parser version finds one incident where the old found two: the old seq 1 must go.
    monkeypatch.setattr(pipeline, "PARSER_VERSION", "next")
    with wh.connect(warehouse) as conn:
        _stage(conn, "r3", a, 0, 4, "next")
        with conn.cursor() as cur:
            cur.execute(wh.sql("mark_parsed"), {"parser_version": "next", "article_ids": [a]})
    pipeline.load_valid("r3")
    with wh.connect(warehouse) as conn:
        rows = wh.fetch_dicts(conn, "SELECT seq, killed, parser_version FROM newsfacts.incidents")
    assert rows == [{"seq": 0, "killed": 4, "parser_version": "next"}]


def test_staging_by_copy_keeps_awkward_text_and_nulls_intact(warehouse: str) -> None:
    awkward = "tab\there, new\nline, back\\slash \\N, quote \" and ünïcode\r"
    row = pipeline.incident_row({"killed": None, "location": awkward, "country": "SY",
                                 "evidence": [{"start": 0, "end": 3, "text": awkward}]}, None)
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/copy")
        pipeline.stage_rows(conn, [("r1", a, 0, "v", wh.json(row)), ("r1", a, 1, "v", wh.json(row))])
        pipeline.stage_rows(conn, [("r1", a, 1, "v2", wh.json(dict(row, killed=2)))])  # a re-parse replaces
    with wh.connect(warehouse) as conn:
        staged = wh.fetch_dicts(conn, "SELECT seq, parser_version, row_data, status FROM newsfacts.staged_incidents "
                                      "ORDER BY seq")
    assert [s["row_data"] for s in staged] == [row, dict(row, killed=2)]
    assert [(s["seq"], s["parser_version"], s["status"]) for s in staged] == [(0, "v", "staged"), (1, "v2", "staged")]


def test_copy_fields_escape_the_text_format() -> None:
    assert wh.copy_field(None) == "\\N"
    assert wh.copy_field("a\tb\nc\\d\re") == "a\\tb\\nc\\\\d\\re"
    assert wh.copy_field(True) == "t" and wh.copy_field(3) == "3"
    assert wh.copy_field(wh.json({"k": "x\ny"})) == '{"k": "x\\\\ny"}'


def test_the_load_vacuums_the_staging_queue(warehouse: str) -> None:
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/v")
        for seq in range(50):
            _stage(conn, "r1", a, seq, 1, pipeline.PARSER_VERSION)
    assert pipeline.load_valid("r1")["incidents"] == 50
    with wh.connect(warehouse) as conn:
        row = wh.fetch_dicts(conn, "SELECT last_vacuum, n_dead_tup FROM pg_stat_user_tables "
                                   "WHERE schemaname = 'newsfacts' AND relname = 'staged_incidents'")[0]
    assert row["last_vacuum"] is not None and row["n_dead_tup"] == 0
