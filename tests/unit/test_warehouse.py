"""Migrations and the load path against a real PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import psycopg2
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
    pipeline.stage_rows(conn, [(run_id, article_id, seq, version, row)])
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
        pipeline.stage_rows(conn, [("r1", a, 0, "v", row), ("r1", a, 1, "v", row)])
        pipeline.stage_rows(conn, [("r1", a, 1, "v2", dict(row, killed=2))])  # a re-parse replaces
    with wh.connect(warehouse) as conn:  # read back as validation reads staged rows
        with conn.cursor() as cur:
            cur.execute(wh.sql("dq_scratch"))
        staged = wh.fetch_dicts(conn, wh.sql("dq_staged_batch"), {"article_id": 0, "seq": -1, "run_id": "",
                                                                  "limit": 10})
    assert [s["row_data"] for s in staged] == [row, dict(row, killed=2)]
    assert [(s["seq"], s["parser_version"]) for s in staged] == [(0, "v"), (1, "v2")]


def test_staged_fields_come_back_to_validation_as_they_were_parsed(warehouse: str) -> None:
    """Typed staging columns must not change what the suites see: dates as ISO strings, figures as
    numbers, figures too large for the fact table kept (validation quarantines them), lists intact."""
    row = pipeline.incident_row({
        "killed": 3_000_000_000, "killed_low": 2, "injured": 0, "event_date": "2026-11-19",
        "date_precision": "day", "country": "XXX", "admin1": "Kabul", "location": "Kabul", "lat": 34.52813,
        "lon": -69.5, "geo_precision": "place", "actors": [{"name": "M23", "role": "perpetrator"}],
        "attack_type": "bombing", "weapon": None,
        "evidence": [{"field": "killed", "start": 0, "end": 4, "text": "four"}]},
        datetime(2026, 11, 20, 10, tzinfo=UTC))
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/typed")
        pipeline.stage_rows(conn, [("r1", a, 0, "v", row)])
    with wh.connect(warehouse) as conn:
        with conn.cursor() as cur:
            cur.execute(wh.sql("dq_scratch"))
        staged = wh.fetch_dicts(conn, wh.sql("dq_staged_batch"), {"article_id": 0, "seq": -1, "run_id": "",
                                                                  "limit": 10})
    assert staged[0]["row_data"] == row and row["published_date"] == "2026-11-20"


def test_rows_staged_before_typed_staging_keep_their_fields(warehouse: str) -> None:
    """Migration 008 moves staging from one JSONB document to typed columns; a run upgraded half-way
    must find its staged rows intact."""
    row = pipeline.incident_row({"killed": 4, "event_date": "2026-11-19", "country": "SY", "lat": 33.5,
                                 "actors": [{"name": "x", "role": "perpetrator"}]}, None)
    migration = (wh.MIGRATIONS_DIR / "008_typed_staging.sql").read_text(encoding="utf-8")
    with wh.connect(warehouse) as conn, conn.cursor() as cur:
        a = _article(conn, "http://x.example/old")
        cur.execute("ALTER TABLE newsfacts.staged_incidents ADD COLUMN row_data jsonb")  # staging as in 001
        cur.execute("INSERT INTO newsfacts.staged_incidents (run_id, article_id, seq, parser_version, row_data)"
                    " VALUES ('r1', %s, 0, 'v', %s)", (a, wh.json(row)))
        cur.execute(migration)
        cur.execute(wh.sql("dq_scratch"))
        staged = wh.fetch_dicts(conn, wh.sql("dq_staged_batch"), {"article_id": 0, "seq": -1, "run_id": "",
                                                                  "limit": 10})
        cur.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'newsfacts' "
                    "AND table_name = 'staged_incidents' AND column_name = 'row_data'")
        assert cur.fetchone()[0] == 0
    assert [s["row_data"] for s in staged] == [row]


def test_copy_fields_escape_the_text_format() -> None:
    assert wh.copy_field(None) == "\\N"
    assert wh.copy_field("a\tb\nc\\d\re") == "a\\tb\\nc\\\\d\\re"
    assert wh.copy_field(True) == "t" and wh.copy_field(3) == "3"
    assert wh.copy_field(wh.json({"k": "x\ny"})) == '{"k":"x\\\\ny"}'  # JSON's own escape, doubled
    assert wh.copy_field([{"t": "ünï\tcode"}]) == '[{"t":"ünï\\\\tcode"}]'


def _staging_state(conn: Any) -> dict[str, Any]:
    return wh.fetch_dicts(conn, "SELECT (SELECT count(*) FROM newsfacts.staged_incidents) AS rows, "
                                "pg_relation_size('newsfacts.staged_incidents') AS bytes, "
                                "(SELECT last_vacuum FROM pg_stat_user_tables WHERE schemaname = 'newsfacts' "
                                " AND relname = 'staged_incidents') AS last_vacuum")[0]


def test_a_load_that_took_every_staged_row_truncates_staging(warehouse: str) -> None:
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/v")
        for seq in range(50):
            _stage(conn, "r1", a, seq, 1, pipeline.PARSER_VERSION)
    assert pipeline.load_valid("r1")["incidents"] == 50
    with wh.connect(warehouse) as conn:
        state = _staging_state(conn)
        assert wh.fetch_dicts(conn, "SELECT count(*) AS n FROM newsfacts.incidents")[0]["n"] == 50
    assert state["rows"] == 0 and state["bytes"] == 0  # new empty files: no dead rows left to vacuum


def test_rows_still_waiting_for_validation_stay_staged(warehouse: str) -> None:
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/w")
        _stage(conn, "r1", a, 0, 1, pipeline.PARSER_VERSION)
        row = pipeline.incident_row({"killed": 2, "country": "SY"}, None)
        pipeline.stage_rows(conn, [("r2", a, 1, pipeline.PARSER_VERSION, row)])  # not validated yet
    loaded = pipeline.load_valid("r1")
    with wh.connect(warehouse) as conn:
        staged = wh.fetch_dicts(conn, "SELECT run_id, seq, status FROM newsfacts.staged_incidents")
        state = _staging_state(conn)
    assert loaded["incidents"] == 1
    assert staged == [{"run_id": "r2", "seq": 1, "status": "staged"}]
    assert state["last_vacuum"] is not None  # the loaded row was deleted, so staging was vacuumed


def test_a_load_beside_another_transaction_on_staging_takes_rows_one_by_one(warehouse: str) -> None:
    """Another run validating holds staging: the load must neither wait for it nor lose its rows."""
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/x")
        for seq in range(3):
            _stage(conn, "r1", a, seq, seq, pipeline.PARSER_VERSION)
    other = psycopg2.connect(warehouse)
    try:
        with other.cursor() as cur:  # an open transaction that read staging, as a validation does
            cur.execute("SELECT count(*) FROM newsfacts.staged_incidents")
        loaded = pipeline.load_valid("r1")
    finally:
        other.rollback()
        other.close()
    with wh.connect(warehouse) as conn:
        rows = wh.fetch_dicts(conn, "SELECT seq, killed FROM newsfacts.incidents ORDER BY seq")
        state = _staging_state(conn)
    assert loaded["incidents"] == 3 and rows == [{"seq": s, "killed": s} for s in range(3)]
    assert state["rows"] == 0 and state["last_vacuum"] is not None


def test_the_later_run_wins_when_two_runs_staged_the_same_key(warehouse: str) -> None:
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/y")
        _stage(conn, "run-2026-11-20", a, 0, 3, pipeline.PARSER_VERSION)
        _stage(conn, "run-2026-11-21", a, 0, 5, pipeline.PARSER_VERSION)
    assert pipeline.load_valid("run-2026-11-21")["incidents"] == 1
    with wh.connect(warehouse) as conn:
        rows = wh.fetch_dicts(conn, "SELECT seq, killed FROM newsfacts.incidents")
    assert rows == [{"seq": 0, "killed": 5}]


def test_a_rerun_that_finds_the_same_facts_rewrites_nothing(warehouse: str) -> None:
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/z")
        _stage(conn, "r1", a, 0, 3, pipeline.PARSER_VERSION)
        _stage(conn, "r1", a, 1, 1, pipeline.PARSER_VERSION)
    first = pipeline.load_valid("r1")
    query = "SELECT seq, killed, run_id, loaded_at, xmin::text AS version FROM newsfacts.incidents ORDER BY seq"
    with wh.connect(warehouse) as conn:
        before = wh.fetch_dicts(conn, query)
        _stage(conn, "r2", a, 0, 3, pipeline.PARSER_VERSION)  # same facts again
        _stage(conn, "r2", a, 1, 2, pipeline.PARSER_VERSION)  # a corrected count
    second = pipeline.load_valid("r2")
    with wh.connect(warehouse) as conn:
        after = wh.fetch_dicts(conn, query)
    assert (first["incidents"], first["unchanged"]) == (2, 0)
    assert (second["incidents"], second["unchanged"]) == (2, 1)
    assert after[0] == before[0]  # the same row version: not rewritten, run_id and loaded_at kept
    assert (after[1]["killed"], after[1]["run_id"]) == (2, "r2") and after[1]["version"] != before[1]["version"]


def test_one_load_updates_the_keys_it_finds_and_inserts_the_others(warehouse: str) -> None:
    with wh.connect(warehouse) as conn:
        a = _article(conn, "http://x.example/mixed")
        _stage(conn, "r1", a, 0, 3, pipeline.PARSER_VERSION)
    pipeline.load_valid("r1")
    with wh.connect(warehouse) as conn:
        _stage(conn, "r2", a, 0, 4, pipeline.PARSER_VERSION)  # a key the table holds, corrected
        _stage(conn, "r2", a, 1, 1, pipeline.PARSER_VERSION)  # a new key
    counts = pipeline.load_valid("r2")
    with wh.connect(warehouse) as conn:
        rows = wh.fetch_dicts(conn, "SELECT seq, killed, country, run_id FROM newsfacts.incidents ORDER BY seq")
    assert (counts["incidents"], counts["unchanged"]) == (2, 0)
    assert rows == [{"seq": 0, "killed": 4, "country": "SY", "run_id": "r2"},
                    {"seq": 1, "killed": 1, "country": "SY", "run_id": "r2"}]
