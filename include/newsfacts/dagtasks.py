"""TaskFlow tasks and settings the DAGs share, so the daily run and the re-parse run the same steps.

A task decorated here becomes a task of whichever DAG calls it. Each task imports the pipeline when
it runs, not when a DAG file is parsed, which keeps parsing cheap and free of connections.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from airflow.sdk import get_current_context, task


def default_args() -> dict[str, Any]:
    """Two retries with exponential backoff. NEWSFACTS_RETRY_DELAY_SECONDS shortens the first wait
    (tests use 1 s); each later wait doubles, up to 30 minutes."""
    return {
        "owner": "newsfacts",
        "retries": 2,
        "retry_delay": timedelta(seconds=float(os.environ.get("NEWSFACTS_RETRY_DELAY_SECONDS", "60"))),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=30),
    }


def _run_id() -> str:
    return str(get_current_context()["run_id"])


@task
def parse_incidents(upstream: Any) -> dict[str, int]:
    from newsfacts import pipeline

    return pipeline.parse_articles(_run_id())


@task
def validate_incidents(parsed: dict[str, int]) -> dict[str, Any]:
    from airflow.sdk.exceptions import AirflowFailException

    from newsfacts import pipeline
    from newsfacts.monitor import DataQualityError

    try:
        return pipeline.validate_staged(_run_id())
    except DataQualityError as exc:  # bad data stays bad: fail now, without retries
        raise AirflowFailException(str(exc)) from exc


@task
def load_incidents(validated: dict[str, Any]) -> dict[str, int]:
    from newsfacts import pipeline

    return pipeline.load_valid(_run_id())


@task
def link_events(loaded: dict[str, int]) -> dict[str, int]:
    from newsfacts import events

    return events.link_events(_run_id())


def finish(stages: dict[str, Any]) -> dict[str, Any]:
    """Write the run's summary row; raise when a stage failed, so that Airflow marks the run failed too
    (record_run runs whatever happened upstream, to record failures as well as successes)."""
    from newsfacts import pipeline

    ctx = get_current_context()
    started = ctx["dag_run"].start_date
    summary = pipeline.finish_run(ctx["run_id"], stages, started.timestamp() if started else None)
    if summary["status"] != "success":
        raise RuntimeError(f"run {ctx['run_id']} failed in stages {summary.get('failed_stages')}")
    return summary
