"""DAG integrity: every DAG file imports cleanly, touches nothing at parse time, and is wired as intended."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

DAGS = Path(__file__).resolve().parents[2] / "dags"


@pytest.fixture
def dagbag(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Parse the DAG folder with the network and the database made unreachable: parse time must need neither."""
    import psycopg2

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("DAG parsing tried to open a connection")

    monkeypatch.setattr(psycopg2, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.delenv("WAREHOUSE_URL", raising=False)
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


def test_dags_import_without_errors(dagbag: Any) -> None:
    assert dagbag.import_errors == {}
    assert {"newsfacts_daily", "newsfacts_reparse"} <= set(dagbag.dag_ids)


def test_no_variable_or_connection_lookups_at_parse_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from airflow.sdk import BaseHook, Variable

    calls: list[str] = []
    monkeypatch.setattr(Variable, "get", lambda *a, **k: calls.append("Variable.get"))
    monkeypatch.setattr(BaseHook, "get_connection", lambda *a, **k: calls.append("get_connection"))
    from airflow.dag_processing.dagbag import DagBag

    DagBag(dag_folder=str(DAGS))
    assert calls == []


def test_daily_dag_has_the_pipeline_tasks_in_order(dagbag: Any) -> None:
    dag = dagbag.dags["newsfacts_daily"]
    chain = ["read_feed_list", "poll_feeds", "fetch_pages", "extract_articles", "parse_incidents",
             "validate_incidents", "load_incidents", "link_events", "record_run"]
    assert set(dag.task_ids) == set(chain)
    for upstream, downstream in zip(chain, chain[1:], strict=False):
        assert downstream in dag.get_task(upstream).downstream_task_ids, (upstream, downstream)
    assert dag.get_task("record_run").trigger_rule == "all_done"


def test_daily_dag_schedule_retries_and_docs(dagbag: Any) -> None:
    dag = dagbag.dags["newsfacts_daily"]
    assert type(dag.timetable).__name__ == "CronDataIntervalTimetable"
    assert dag.timetable.summary == "0 0 * * *"
    assert dag.max_active_runs == 1 and dag.catchup is False
    assert dag.doc_md and "newsfacts_daily" in dag.doc_md
    assert "newsfacts" in dag.tags
    for task in dag.tasks:
        if task.task_id != "record_run":
            assert task.retries >= 2, task.task_id
            assert task.retry_exponential_backoff, task.task_id


def test_dag_files_stay_thin() -> None:
    """Orchestration only: no SQL and no parsing logic in a DAG file."""
    for path in DAGS.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for marker in ("SELECT ", "INSERT ", "psycopg2", "re.compile", "trafilatura", "feedparser"):
            assert marker not in source, f"{path.name} contains {marker!r}"


def test_reparse_dag_takes_a_range_and_reuses_the_load_path(dagbag: Any) -> None:
    dag = dagbag.dags["newsfacts_reparse"]
    assert type(dag.timetable).__name__ == "NullTimetable"  # triggered by hand, never scheduled
    assert {"date_from", "date_to", "reason"} <= set(dag.params.keys())
    chain = ["reextract_articles", "parse_incidents", "validate_incidents", "load_incidents", "link_events",
             "record_run"]
    assert set(dag.task_ids) == set(chain)
    for upstream, downstream in zip(chain, chain[1:], strict=False):
        assert downstream in dag.get_task(upstream).downstream_task_ids, (upstream, downstream)
    assert "fetch" not in " ".join(dag.task_ids)  # re-parsing never fetches
