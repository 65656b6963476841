"""What became of feed entries: every entry has one state; counted per feed, for a run or in all."""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsfacts import warehouse as wh

# States an entry rests in; the others (new, fetched, extracted) mean work is still open.
FINAL_STATES = frozenset({"loaded", "duplicate", "no_incident", "failed", "refused", "skipped_robots",
                          "out_of_interval"})


def entry_outcomes(run_id: str | None = None, feed: str | None = None) -> list[dict[str, Any]]:
    """Rows of (feed, state, entries, reasons); `run_id` None counts every entry in the warehouse."""
    with wh.connect() as conn:
        return wh.fetch_dicts(conn, wh.sql("entry_outcomes"), {"run_id": run_id, "feed": feed})


def format_outcomes(rows: list[dict[str, Any]], title: str) -> str:
    """An aligned table, one line per feed and state, then the totals per state."""
    lines = [title]
    if not rows:
        return title + "\n  (no entries)"
    width = max(len(r["feed"]) for r in rows)
    last_feed = None
    totals: dict[str, int] = {}
    for r in rows:
        name = r["feed"] if r["feed"] != last_feed else ""
        last_feed = r["feed"]
        reasons = "; ".join(r["reasons"] or [])
        lines.append(f"  {name:<{width}}  {r['state']:<15} {r['entries']:>7}  {reasons[:120]}".rstrip())
        totals[r["state"]] = totals.get(r["state"], 0) + int(r["entries"])
    open_ = sum(n for s, n in totals.items() if s not in FINAL_STATES)
    per_state = ", ".join(f"{s} {n}" for s, n in sorted(totals.items()))
    lines.append(f"  total {sum(totals.values())}: {per_state}" + (f" ({open_} still open)" if open_ else ""))
    return "\n".join(lines)


def cmd_entries(args: argparse.Namespace) -> int:
    """`newsfacts entries`: outcomes of the latest run (or --run-id, or --all runs), per feed."""
    from newsfacts import summary

    run_id = None
    if not args.all:
        run = summary.latest_run(args.run_id)
        if run is None:
            print("no run recorded in the warehouse yet")
            return 1
        run_id = run["run_id"]
    rows = entry_outcomes(run_id, args.feed)
    if args.json:
        print(json.dumps(rows, default=str, ensure_ascii=False, indent=1))
    else:
        title = f"entries whose state run {run_id} decided" if run_id else "all entries"
        print(format_outcomes(rows, title + ", per feed and state:"))
    return 0


def add_parser(sub: Any) -> None:
    """Register `entries` on the `newsfacts` command's subparsers."""
    p = sub.add_parser("entries", help="what became of feed entries, per feed and state (latest run)")
    p.add_argument("--run-id", help="this run instead of the latest")
    p.add_argument("--all", action="store_true", help="every entry in the warehouse, whatever the run")
    p.add_argument("--feed", help="only this feed (its name)")
    p.add_argument("--json", action="store_true", help="JSON rows instead of a table")
    p.set_defaults(func=cmd_entries)
