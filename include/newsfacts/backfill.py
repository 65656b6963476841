"""`make backfill`: newsfacts_daily once per day of a range, in order, resumable, without a scheduler.

Each day is a real DAG run (`dag.test()` in this process, so Airflow is imported once), recorded in
`newsfacts.runs`; a day whose run succeeded is skipped when the backfill is started again, so an
interrupted backfill resumes where it stopped. With a scheduler, use Airflow's own
`airflow backfill create` instead: the DAG is the same.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO

from newsfacts import warehouse as wh

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DayResult:
    day: date
    state: str  # success, failed, skipped (already complete)


def days(start: date, end: date) -> list[date]:
    if end < start:
        raise ValueError(f"--to {end} is before --from {start}")
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def completed_days(start: date, end: date) -> set[date]:
    with wh.connect() as conn:
        rows = wh.fetch_dicts(conn, wh.sql("completed_days"),
                              {"start": _midnight(start), "end": _midnight(end) + timedelta(days=1)})
    return {r["day"] for r in rows}


def coverage(start: date, end: date) -> list[dict[str, Any]]:
    with wh.connect() as conn:
        return wh.fetch_dicts(conn, wh.sql("coverage_by_day"),
                              {"start": _midnight(start), "end": _midnight(end) + timedelta(days=1)})


@contextlib.contextmanager
def _output_to(path: Path) -> Iterator[None]:
    """Send everything written to fds 1 and 2 (Airflow's task logs) to a file; the terminal keeps the bar."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with path.open("a", encoding="utf-8") as out:
        os.dup2(out.fileno(), 1)
        os.dup2(out.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def _daily_dag() -> Any:
    from airflow.dag_processing.dagbag import DagBag

    from newsfacts.config import PROJECT_DIR

    bag = DagBag(dag_folder=str(PROJECT_DIR / "dags" / "newsfacts_daily.py"))
    if bag.import_errors:
        raise RuntimeError(f"newsfacts_daily does not import: {bag.import_errors}")
    return bag.dags["newsfacts_daily"]


def run_backfill(start: date, end: date, force: bool, log_path: Path, terminal: TextIO) -> list[DayResult]:
    """Run each day not yet complete (all days with `force`), oldest first; stop at the first failed day.

    Stopping at a failure keeps the "complete days" record contiguous, so rerunning resumes exactly
    at the failed day. The caller has set up Airflow's environment and metadata database.
    """
    from tqdm import tqdm

    wanted = days(start, end)
    done = set() if force else completed_days(start, end)
    results = [DayResult(d, "skipped") for d in wanted if d in done]
    todo = [d for d in wanted if d not in done]
    if not todo:
        return results
    dag = _daily_dag()
    bar = tqdm(todo, desc="backfill", unit="day", file=terminal, dynamic_ncols=True)
    for day in bar:
        bar.set_postfix_str(day.isoformat())
        with _output_to(log_path):
            # Daily data intervals: the run dated D+1 covers the news of day D.
            dag_run = dag.test(logical_date=_midnight(day) + timedelta(days=1))
        state = str(getattr(dag_run, "state", "failed"))
        results.append(DayResult(day, "success" if state.endswith("success") else "failed"))
        if results[-1].state != "success":
            bar.close()
            break
    return sorted(results, key=lambda r: r.day)


def format_table(results: list[DayResult], rows: list[dict[str, Any]]) -> str:
    state = {r.day: r.state for r in results}
    lines = [f"{'day':<10}  {'run':<8}  {'articles':>8}  {'incidents':>9}  {'quarantined':>11}"]
    for r in rows:
        lines.append(f"{r['day'].isoformat():<10}  {state.get(r['day'], 'not run'):<8}  {r['articles']:>8}  "
                     f"{r['incidents']:>9}  {r['quarantined']:>11}")
    total = [sum(r[k] for r in rows) for k in ("articles", "incidents", "quarantined")]
    lines.append(f"{'total':<10}  {'':<8}  {total[0]:>8}  {total[1]:>9}  {total[2]:>11}")
    return "\n".join(lines)
