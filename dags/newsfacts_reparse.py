"""
### newsfacts_reparse

Re-runs extraction and fact parsing for the articles **published** in a date range, from the raw page
archive (`newsfacts.pages`) — no page is fetched again. Use it after the parser or the extractor
changes: incidents are upserted on their natural key with the new `parser_version`, and rows an older
version produced that the new one does not are removed.

Trigger it with params `date_from`, `date_to` (inclusive, YYYY-MM-DD) and a `reason` that is kept in
the run's row of `newsfacts.runs`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import Param, dag, get_current_context, task
from newsfacts.dagtasks import default_args, finish, link_events, load_incidents, parse_incidents, validate_incidents


def _range() -> tuple[Any, Any]:
    from datetime import UTC, date, time

    params = get_current_context()["params"]
    start = datetime.combine(date.fromisoformat(params["date_from"]), time(0), tzinfo=UTC)
    end = datetime.combine(date.fromisoformat(params["date_to"]), time(0), tzinfo=UTC) + timedelta(days=1)
    return start, end


@dag(
    dag_id="newsfacts_reparse",
    schedule=None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args(),
    tags=["newsfacts"],
    doc_md=__doc__,
    params={
        "date_from": Param(type="string", format="date", description="first publication day (YYYY-MM-DD)"),
        "date_to": Param(type="string", format="date", description="last publication day, inclusive"),
        "reason": Param("parser or extractor changed", type="string", description="kept in newsfacts.runs"),
    },
)
def newsfacts_reparse() -> None:
    @task
    def reextract_articles() -> dict[str, int]:
        from newsfacts import pipeline

        ctx = get_current_context()
        start, end = _range()
        pipeline.open_run(pipeline.RunInfo(run_id=ctx["run_id"], dag_id=ctx["dag"].dag_id,
                                           logical_date=ctx.get("logical_date"), interval_start=start,
                                           interval_end=end))
        return pipeline.reextract_range(ctx["run_id"], start, end)

    @task(trigger_rule="all_done", retries=0)
    def record_run(reextracted: Any, parsed: Any, validated: Any, loaded: Any, linked: Any) -> dict[str, Any]:
        stages = {"reextracted": reextracted, "parsed": parsed, "validated": validated, "loaded": loaded,
                  "events": linked, "reason": get_current_context()["params"].get("reason")}
        return finish(stages)

    reextracted = reextract_articles()
    parsed = parse_incidents(reextracted)
    validated = validate_incidents(parsed)
    loaded = load_incidents(validated)
    linked = link_events(loaded)
    record_run(reextracted, parsed, validated, loaded, linked)


newsfacts_reparse()
