"""The data-quality report over a warehouse no run has migrated yet: the Airflow page a user opens before the
first DAG run, and `newsfacts report`, say so instead of failing on a missing table, and read nothing else."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.integration

DAY = date(2026, 11, 30)


def test_report_on_a_database_no_run_has_migrated(empty_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    from newsfacts import report
    from newsfacts import warehouse as wh
    from newsfacts.cli import main

    got = report.build(DAY, DAY, empty_database)
    assert got.runs == [] and got.quarantine == []
    assert got.notice and "no newsfacts tables yet" in got.notice and "newsfacts migrate" in got.notice
    page = report.render_html(got)
    assert '<p id="notice"' in page and "no newsfacts tables yet" in page
    assert "no newsfacts tables yet" in report.render_markdown(got)

    assert main(["report", "--from", "2026-11-30", "--to", "2026-11-30", "--format", "md"]) == 0
    assert "no newsfacts tables yet" in capsys.readouterr().out

    # A reader never creates anything: the database is still bare, and once migrated the notice is gone.
    with wh.connect(empty_database) as conn:
        assert len(wh.pending_migrations(conn)) == len(wh.migrations())
    wh.migrate(empty_database)
    with wh.connect(empty_database) as conn:
        assert wh.pending_migrations(conn) == []
    assert report.build(DAY, DAY, empty_database).notice is None


def test_report_names_the_migrations_a_warehouse_still_lacks(empty_database: str) -> None:
    from newsfacts import report
    from newsfacts import warehouse as wh

    wh.migrate(empty_database)
    last_version, last_name = wh.migrations()[-1]
    with wh.connect(empty_database) as conn, conn.cursor() as cur:
        cur.execute("DELETE FROM newsfacts.schema_migrations WHERE version = %s", (last_version,))
    notice = report.build(DAY, DAY, empty_database).notice
    assert notice and last_name in notice and "next run of newsfacts_daily" in notice
