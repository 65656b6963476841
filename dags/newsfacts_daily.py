"""
### newsfacts_daily

Polls every feed in the feed list, downloads the new article pages, extracts their text, parses
incident facts (killed/injured, date, place, actors, attack type, with evidence), validates them with
Great Expectations and loads them into the `newsfacts` warehouse schema.

* **Window**: each run covers its data interval (one UTC day; the run starts when the day is over).
* **State** lives in PostgreSQL: entries, pages, articles, staged rows. A retried task or a rerun of
  the same day picks up only what is still open; loads are upserts on natural keys.
* **Failures** of a feed or a page are recorded (`newsfacts.feeds`, `newsfacts.entries`) and the run
  goes on; rows failing validation go to `newsfacts.quarantine`; `record_run` writes `newsfacts.runs`.
* **Warehouse**: connection `newsfacts_warehouse`, else `WAREHOUSE_URL`, else the embedded server.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from airflow.sdk import dag, get_current_context, task
from airflow.timetables.interval import CronDataIntervalTimetable
from newsfacts.dagtasks import default_args, finish, link_events, load_incidents, parse_incidents, validate_incidents


def _run_info() -> Any:
    from newsfacts.pipeline import RunInfo

    ctx = get_current_context()
    return RunInfo(
        run_id=ctx["run_id"],
        dag_id=ctx["dag"].dag_id,
        logical_date=ctx.get("logical_date"),
        interval_start=ctx.get("data_interval_start"),
        interval_end=ctx.get("data_interval_end"),
    )


@dag(
    dag_id="newsfacts_daily",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args(),
    tags=["newsfacts"],
    doc_md=__doc__,
)
def newsfacts_daily() -> None:
    @task
    def read_feed_list() -> list[dict[str, Any]]:
        from newsfacts import pipeline

        return pipeline.start_run(_run_info())

    @task(map_index_template="{{ task.op_kwargs['feed']['name'] }}")
    def poll_feeds(feed: dict[str, Any]) -> dict[str, Any]:
        from newsfacts import pipeline

        return pipeline.poll_one_feed(feed, get_current_context()["run_id"])

    @task
    def fetch_pages(polls: list[dict[str, Any]]) -> dict[str, int]:
        from newsfacts import pipeline

        return pipeline.fetch_pages(get_current_context()["run_id"])

    @task
    def extract_articles(fetched: dict[str, int]) -> dict[str, int]:
        from newsfacts import pipeline

        return pipeline.extract_articles(get_current_context()["run_id"])

    @task(trigger_rule="all_done", retries=0)
    def record_run(
        polls: Any, fetched: Any, extracted: Any, parsed: Any, validated: Any, loaded: Any, linked: Any
    ) -> dict[str, Any]:
        stages = {"polls": list(polls or []), "fetched": fetched, "extracted": extracted, "parsed": parsed,
                  "validated": validated, "loaded": loaded, "events": linked}
        return finish(stages)

    feeds = read_feed_list()
    polls = poll_feeds.expand(feed=feeds)
    fetched = fetch_pages(polls)
    extracted = extract_articles(fetched)
    parsed = parse_incidents(extracted)
    validated = validate_incidents(parsed)
    loaded = load_incidents(validated)
    linked = link_events(loaded)
    record_run(polls, fetched, extracted, parsed, validated, loaded, linked)


newsfacts_daily()
