"""The `newsfacts` command line: parse texts, run the pipeline locally, inspect the warehouse."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any, TextIO


def facts_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output record per input line, in order; a bad line yields an `error` record, never an exception."""
    from newsfacts.facts import parse_incidents

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"id": None, "error": f"line {n}: invalid JSON ({exc.msg})"}
            continue
        if not isinstance(record, dict):
            yield {"id": None, "error": f"line {n}: expected a JSON object"}
            continue
        rid = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            yield {"id": rid, "error": "text is missing"}
            continue
        try:
            incidents = parse_incidents(
                text, published=record.get("published"), title=record.get("title"), url=record.get("url")
            )
        except Exception as exc:  # a parser bug must not stop the other lines
            yield {"id": rid, "error": f"parser failed: {type(exc).__name__}: {exc}"}
            continue
        yield {"id": rid, "incidents": incidents}


def cmd_facts(args: argparse.Namespace, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    for out in facts_lines(stdin):
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        if args.unbuffered:
            stdout.flush()
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from newsfacts import warehouse

    applied = warehouse.migrate()
    print("applied: " + ", ".join(applied) if applied else "warehouse schema is up to date")
    return 0


def cmd_warehouse(args: argparse.Namespace) -> int:
    from newsfacts.config import warehouse_url
    from newsfacts.embedded import stop_embedded

    if args.action == "url":
        print(warehouse_url())
    elif args.action == "stop":
        print("stopped" if stop_embedded() else "the embedded server was not running")
    return 0


def print_summary(run_id: str | None = None) -> int:
    from newsfacts import summary
    from newsfacts.config import warehouse_url

    run = summary.latest_run(run_id)
    if run is None:
        print("no run recorded in the warehouse yet", file=sys.stderr)
        return 1
    print(summary.format_summary(run, summary.totals(), warehouse_url()))
    return 0 if run["status"] == "success" else 1


def cmd_summary(args: argparse.Namespace) -> int:
    return print_summary(args.run_id)


def _run_daily(day: date, extra_env: dict[str, str], label: str) -> int:
    """Run newsfacts_daily once for `day` with `airflow dags test`, then print the run summary."""
    from newsfacts import localrun, warehouse
    from newsfacts.config import data_dir, warehouse_url

    url = warehouse_url()  # starts the embedded server when no warehouse is configured
    warehouse.migrate(url)
    env = localrun.airflow_env({"WAREHOUSE_URL": url, **extra_env})
    log_path = data_dir() / "logs" / f"{label}-{day.isoformat()}.log"
    started = datetime.now(UTC)
    print(f"running newsfacts_daily for {day} (Airflow log: {log_path}) ...", flush=True)
    # The DAG's timetable has daily data intervals: the run dated D+1 covers the news of day D.
    code = localrun.run_dag_test("newsfacts_daily", day + timedelta(days=1), env, log_path)
    if code != 0:
        print(localrun.log_tail(log_path), file=sys.stderr)
        print(f"airflow dags test failed with exit code {code}; full log: {log_path}", file=sys.stderr)
        return code
    from newsfacts import summary

    run = summary.latest_run()
    if run is None or run["started_at"] < started:
        print(f"the DAG ran but recorded no run row; see {log_path}", file=sys.stderr)
        return 1
    return print_summary(run["run_id"])


def _day(value: str | None) -> date:
    return date.fromisoformat(value) if value else datetime.now(UTC).date()


def cmd_run(args: argparse.Namespace) -> int:
    return _run_daily(_day(args.date), {}, "run")


def cmd_demo(args: argparse.Namespace) -> int:
    """The daily DAG over our sample site served on loopback: rows without internet."""
    from newsfacts.config import INCLUDE_DIR, data_dir
    from newsfacts.sitesrv import SiteServer

    # A fixed port keeps the demo's URLs, and so its rows, the same from one `make demo` to the next.
    port = int(os.environ.get("NEWSFACTS_DEMO_PORT", "8765"))
    try:
        site = SiteServer(INCLUDE_DIR / "demo_site", port=port).start()
    except OSError:
        print(f"port {port} is taken; serving the demo site on a free port (its URLs will differ)", flush=True)
        site = SiteServer(INCLUDE_DIR / "demo_site").start()
    try:
        feeds = data_dir() / "demo" / "feeds.yaml"
        feeds.parent.mkdir(parents=True, exist_ok=True)
        feeds.write_text(
            "".join(f"- name: Demo Wire {name}\n  url: {site.base_url}/feeds/{name}\n"
                    for name in ("world.rss", "conflict.atom", "region.rss"))
            # the site's news sitemap: what a backfill of past days reads (feeds only carry recent items)
            + f"- name: Demo Wire archive\n  sitemap: {site.base_url}/sitemap.xml\n",
            encoding="utf-8",
        )
        print(f"demo site at {site.base_url}", flush=True)
        env = {"NEWSFACTS_FEEDS": str(feeds), "NEWSFACTS_ALLOW_PRIVATE_NETWORKS": "true"}
        if args.date_from or args.date_to:
            if not (args.date_from and args.date_to):
                print("--from and --to go together", file=sys.stderr)
                return 2
            return _backfill(date.fromisoformat(args.date_from), date.fromisoformat(args.date_to), args.force, env)
        code = _run_daily(_day(args.date), env, "demo")
    finally:
        site.stop()
    from newsfacts.report import write_report

    print(f"  DQ report  {write_report(_day(args.date), data_dir() / 'reports')}")
    return code


def cmd_backfill(args: argparse.Namespace) -> int:
    """Run newsfacts_daily for each day of a range; days already complete are skipped unless --force."""
    return _backfill(date.fromisoformat(args.date_from), date.fromisoformat(args.date_to), args.force, {})


def _backfill(start: date, end: date, force: bool, extra_env: dict[str, str]) -> int:
    import subprocess
    import time

    from newsfacts import backfill, localrun, warehouse
    from newsfacts.config import data_dir, warehouse_url

    url = warehouse_url()
    warehouse.migrate(url)
    # Airflow reads its settings when first imported: set them for this process before that happens.
    os.environ.update(localrun.airflow_env({"WAREHOUSE_URL": url, **extra_env}))
    started = time.monotonic()
    log_path = data_dir() / "logs" / f"backfill-{start}-{end}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("a", encoding="utf-8") as out:
        subprocess.run([localrun.airflow_executable(), "db", "migrate"], stdout=out, stderr=subprocess.STDOUT,
                       check=True, env=os.environ.copy())
    print(f"backfilling {start} .. {end} (Airflow log: {log_path})", flush=True)
    results = backfill.run_backfill(start, end, force, log_path, sys.stderr)
    print(backfill.format_table(results, backfill.coverage(start, end)))
    print(f"wall time {time.monotonic() - started:.0f} s")
    failed = [r.day.isoformat() for r in results if r.state == "failed"]
    if failed:
        print(f"day {failed[0]} failed; fix the cause and run the same command again to resume "
              f"(log: {log_path})", file=sys.stderr)
        return 1
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from newsfacts.events import show_event

    try:
        print(show_event(args.event_id))
    except LookupError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


def cmd_airflow(args: argparse.Namespace) -> int:
    """Any airflow command with this project's local settings, e.g. `newsfacts airflow standalone`."""
    import subprocess

    from newsfacts import localrun
    from newsfacts.config import warehouse_url

    env = localrun.airflow_env({"WAREHOUSE_URL": warehouse_url()})
    return subprocess.call([localrun.airflow_executable(), *args.airflow_args], env=env)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsfacts", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("facts", help="JSON Lines of texts on stdin -> JSON Lines of incidents on stdout")
    p.add_argument("--unbuffered", action="store_true", help="flush after every line")
    p.set_defaults(func=cmd_facts)
    p = sub.add_parser("migrate", help="apply the warehouse migrations")
    p.set_defaults(func=cmd_migrate)
    p = sub.add_parser("warehouse", help="the warehouse in use: print its URL, or stop the embedded server")
    p.add_argument("action", choices=["url", "stop"])
    p.set_defaults(func=cmd_warehouse)
    p = sub.add_parser("summary", help="print the summary of the latest run (or of --run-id)")
    p.add_argument("--run-id")
    p.set_defaults(func=cmd_summary)
    from newsfacts import outcomes

    outcomes.add_parser(sub)
    p = sub.add_parser("run", help="run newsfacts_daily once (airflow dags test) and print the summary")
    p.add_argument("--date", help="YYYY-MM-DD (default: today, UTC)")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("demo", help="run newsfacts_daily over the bundled demo site on loopback")
    p.add_argument("--date", help="YYYY-MM-DD (default: today, UTC)")
    p.add_argument("--from", dest="date_from", help="backfill the demo site from this day (with --to)")
    p.add_argument("--to", dest="date_to", help="last day of the demo backfill (inclusive)")
    p.add_argument("--force", action="store_true", help="with --from/--to: rerun days already complete")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("backfill", help="run newsfacts_daily for each day of a range (resumable)")
    p.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD (inclusive)")
    p.add_argument("--force", action="store_true", help="run days that are already complete again")
    p.set_defaults(func=cmd_backfill)
    p = sub.add_parser("events", help="events: `events show EVENT_ID` prints an event and why its reports link")
    events_sub = p.add_subparsers(dest="events_command", required=True)
    show = events_sub.add_parser("show", help="the event, its toll history and the reason for every link")
    show.add_argument("event_id", type=int)
    show.set_defaults(func=cmd_events)
    p = sub.add_parser("airflow", help="run an airflow command with this project's local settings")
    p.add_argument("airflow_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_airflow)
    from newsfacts import quarantine, report

    report.add_parser(sub)
    quarantine.add_parser(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=os.environ.get("NEWSFACTS_LOG_LEVEL", "WARNING"),
                        format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
