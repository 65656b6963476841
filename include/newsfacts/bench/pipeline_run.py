"""One pipeline run in a process of its own: the stage functions called directly, or the DAG via dag.test().

A fresh process per run gives each its own memory high-water mark, so a stage's peak at 1k and at
10k articles compare like with like. Heavy imports (trafilatura, Great Expectations, the DAG itself)
happen before timing in both modes, so the DAG/direct ratio is orchestration, not import time.
The parent passes the warehouse (WAREHOUSE_URL), the feed list and Airflow's home in the environment.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from newsfacts.bench.measure import Sample, measure

STAGES = ("poll feeds", "fetch pages", "extract articles", "parse incidents", "validate (GX, 3 suites)",
          "load incidents")


def current_window() -> tuple[datetime, datetime]:
    """Yesterday as a daily data interval: a current run, so feeds are polled (see pipeline.run_window)."""
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=1), today


def _preload() -> None:
    """Imports and lazily built tables (gazetteer, country boxes) loaded before any timing, in both modes."""
    import great_expectations  # noqa: F401

    from newsfacts import monitor, pipeline, quality  # noqa: F401
    from newsfacts.facts import parse_incidents

    quality.iso2_codes()
    quality.country_bboxes()
    parse_incidents("At least three people were killed in Idlib, Syria, on Tuesday, officials said.")
    # The suites stored in this Data Docs root, as they are after a first day in production (a first
    # run stores them: see quality._stored_checkpoint), whichever run comes first here.
    row = {"row_key": "warm", "article_id": 0, "seq": 0, "parser_version": "warm"}
    quality.validate_incidents([row], run_name="warmup")
    quality.validate_articles([{"article_id": 0, "text": "warm", "published_at": None, "fetched_at": None}],
                              run_name="warmup")
    quality.validate_run({"share_articles_with_incidents": None, "incidents_per_day": 0.0}, None, run_name="warmup")


def run_direct(label: str) -> dict[str, Any]:
    """Every stage function of newsfacts_daily in order, each measured on its own."""
    from newsfacts import pipeline
    from newsfacts.monitor import DataQualityError

    start, end = current_window()
    run = pipeline.RunInfo(run_id=f"bench_direct_{label}_{uuid.uuid4().hex[:6]}", logical_date=start,
                           interval_start=start, interval_end=end)
    rid = run.run_id
    stages: dict[str, tuple[int, Sample]] = {}
    feeds, s_open = measure(lambda: pipeline.start_run(run))
    polls, s = measure(lambda: [pipeline.poll_one_feed(f, rid) for f in feeds])
    stages["poll feeds"] = (sum(p["entries"] for p in polls), s)
    fetched, s = measure(lambda: pipeline.fetch_pages(rid))
    stages["fetch pages"] = (fetched.get("fetched", 0), s)
    extracted, s = measure(lambda: pipeline.extract_articles(rid))
    stages["extract articles"] = (extracted.get("articles", 0), s)
    parsed, s = measure(lambda: pipeline.parse_articles(rid))
    stages["parse incidents"] = (parsed.get("articles", 0), s)
    failure: list[str] = []

    def validate() -> dict[str, Any] | None:
        try:
            return pipeline.validate_staged(rid)
        except DataQualityError as exc:
            failure.append(str(exc)[:300])
            return None

    validated, s = measure(validate)
    stages["validate (GX, 3 suites)"] = (parsed.get("incidents", 0), s)
    loaded, s = measure(lambda: pipeline.load_valid(rid))
    stages["load incidents"] = (loaded.get("incidents", 0), s)
    summary, s_close = measure(lambda: pipeline.finish_run(rid, {
        "polls": polls, "fetched": fetched, "extracted": extracted, "parsed": parsed, "validated": validated,
        "loaded": loaded}))
    stages["open and record run"] = (1, Sample(s_open.wall + s_close.wall, s_open.cpu + s_close.cpu,
                                               max(s_open.peak_mb, s_close.peak_mb), s_open.start_mb))
    return {"stages": {k: {"items": n, **asdict(s)} for k, (n, s) in stages.items()},
            "summary": {k: summary.get(k) for k in (
                "status", "entries_seen", "pages_fetched", "pages_failed", "articles_new", "incidents_loaded",
                "incidents_quarantined")},
            "dq_failures": failure}


def run_dag() -> dict[str, Any]:
    """newsfacts_daily through dag.test() for yesterday; the DAG file is parsed before timing."""
    from airflow.dag_processing.dagbag import DagBag

    from newsfacts import warehouse as wh
    from newsfacts.config import PROJECT_DIR

    bag = DagBag(dag_folder=str(PROJECT_DIR / "dags" / "newsfacts_daily.py"))
    if bag.import_errors:
        raise RuntimeError(f"newsfacts_daily does not import: {bag.import_errors}")
    dag = bag.dags["newsfacts_daily"]
    # A manual run's data interval is the day that ends at its logical date (what `make run` does too).
    _, end = current_window()
    dr, s = measure(lambda: dag.test(logical_date=end))
    with wh.connect() as conn:
        counts = wh.fetch_dicts(conn, wh.sql("bench_counts"))[0]
    if not counts["articles"]:
        raise RuntimeError(f"the DAG run ({dr.state}) stored no article: nothing was measured")
    retried = {f"{ti.task_id}[{ti.map_index}]": ti.try_number for ti in dr.get_task_instances() if ti.try_number > 1}
    return {"state": str(dr.state), "sample": asdict(s), "warehouse": counts, "retried": retried}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsfacts.bench.pipeline_run")
    parser.add_argument("mode", choices=("direct", "dag"))
    parser.add_argument("--label", default="run")
    parser.add_argument("--out", type=Path, required=True, help="where the JSON result is written")
    args = parser.parse_args(argv)
    _preload()
    result = run_direct(args.label) if args.mode == "direct" else run_dag()
    args.out.write_text(json.dumps(result, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
