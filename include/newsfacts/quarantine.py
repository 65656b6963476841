"""Quarantine is not a dead end: list rows, release them (re-validated, then loaded) or drop them, all logged.

Every action is appended to the row's `actions` log (who, when, note, outcome), so the table says
why a row left quarantine or why it is still there.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from typing import Any

from newsfacts import warehouse as wh

RELEASABLE = ("open", "dropped")


def list_rows(
    status: str | None = "open", run_id: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Quarantined rows, oldest first (status None lists every status)."""
    with wh.connect() as conn:
        conn.set_session(readonly=True)
        return wh.fetch_dicts(
            conn, wh.sql("quarantine_list"), {"status": status, "run_id": run_id, "limit": limit}
        )


def _log(
    cur: Any, q: dict[str, Any], status: str, action: dict[str, Any], reasons: list[str] | None = None
) -> None:
    cur.execute(
        wh.sql("quarantine_act"),
        {
            "quarantine_id": q["quarantine_id"],
            "status": status,
            "action": json.dumps(action, default=str),
            "failed_expectations": json.dumps(reasons) if reasons is not None else None,
        },
    )


def release(ids: list[int], note: str | None = None, force: bool = False) -> list[dict[str, Any]]:
    """Re-validate each row with today's suites (after a fix to the parser, the reference data or a rule)
    and load the rows that pass; `force` loads despite failures and needs a note saying why.

    A row that still fails stays open with its new reasons; every attempt is logged on the row.
    """
    from newsfacts.monitor import check_rows
    from newsfacts.pipeline import _incident_values

    if force and not note:
        raise ValueError("--force needs a --note saying why the rule does not apply")
    results: list[dict[str, Any]] = []
    actor = getpass.getuser()
    with wh.connect() as conn, conn.cursor() as cur:
        rows = wh.fetch_dicts(conn, wh.sql("quarantine_get"), {"ids": ids})
        missing = sorted(set(ids) - {q["quarantine_id"] for q in rows})
        results += [{"quarantine_id": i, "result": "not found"} for i in missing]
        todo = [q for q in rows if q["status"] in RELEASABLE]
        results += [
            {"quarantine_id": q["quarantine_id"], "result": f"already {q['status']}"}
            for q in rows
            if q["status"] not in RELEASABLE
        ]
        if not todo:
            return results
        articles = wh.fetch_dicts(
            conn, wh.sql("dq_article_texts"), {"article_ids": sorted({q["article_id"] for q in todo})}
        )
        texts = {a["article_id"]: a["text"] for a in articles}
        candidates = [
            dict(
                q["row_data"],
                article_id=q["article_id"],
                seq=q["seq"],
                parser_version=q["parser_version"],
                row_key=str(q["quarantine_id"]),
                article_text=texts.get(q["article_id"]),
            )
            for q in todo
        ]
        starts = [q["interval_start"] for q in todo if q["interval_start"]]
        run_name = f"release-{datetime.now(UTC):%Y%m%dT%H%M%S}"
        _, _, reasons = check_rows(candidates, articles, min(starts) if starts else None, run_name)
        load = []
        for q in todo:
            why = reasons.get(str(q["quarantine_id"]), [])
            action: dict[str, Any] = {"action": "release", "by": actor, "note": note, "forced": force}
            if why and not force:
                _log(cur, q, "open", {**action, "result": "still failing", "reasons": why}, why)
                results.append(
                    {"quarantine_id": q["quarantine_id"], "result": "still failing", "reasons": why}
                )
                continue
            row = {k: v for k, v in q["row_data"].items() if k not in ("article_text", "row_key")}
            load.append(_incident_values({**q, "row_data": row}, q["run_id"]))
            _log(cur, q, "released", {**action, "result": "released", "reasons": why})
            results.append({"quarantine_id": q["quarantine_id"], "result": "released", "reasons": why})
        if load:
            cur.execute(wh.sql("lock_staging_shared"))  # no fact-table writes beside a locked load
            wh.execute_batch_values(conn, wh.sql("upsert_incidents"), load)
    return results


def drop(ids: list[int], note: str | None = None) -> list[dict[str, Any]]:
    """Mark rows as judged wrong: they stay in the table (and its log), and are never loaded."""
    actor = getpass.getuser()
    results: list[dict[str, Any]] = []
    with wh.connect() as conn, conn.cursor() as cur:
        rows = wh.fetch_dicts(conn, wh.sql("quarantine_get"), {"ids": ids})
        found = {q["quarantine_id"]: q for q in rows}
        for i in ids:
            q = found.get(i)
            if q is None or q["status"] != "open":
                results.append(
                    {"quarantine_id": i, "result": "not found" if q is None else f"already {q['status']}"}
                )
                continue
            _log(cur, q, "dropped", {"action": "drop", "by": actor, "note": note, "result": "dropped"})
            results.append({"quarantine_id": i, "result": "dropped"})
    return results


def cmd_quarantine(args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = list_rows(None if args.status == "all" else args.status, args.run_id, args.limit)
        if args.json:
            for r in rows:
                print(json.dumps(r, default=str, ensure_ascii=False))
            return 0
        if not rows:
            print(f"no {args.status} rows in quarantine")
        for r in rows:
            print(
                f"#{r['quarantine_id']}  {r['status']:<8} run {r['run_id']}  article {r['article_id']}/{r['seq']}  "
                f"{(r['title'] or '')[:70]}"
            )
            for why in r["failed_expectations"]:
                print(f"      - {why}")
        return 0
    if not args.ids:
        print("name the quarantine ids to act on (see `newsfacts quarantine list`)", file=sys.stderr)
        return 2
    try:
        results = (
            release(args.ids, args.note, args.force)
            if args.action == "release"
            else drop(args.ids, args.note)
        )
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for r in results:
        print(f"#{r['quarantine_id']}: {r['result']}")
        for why in r.get("reasons") or []:
            print(f"      - {why}")
    return 0 if all(r["result"] in ("released", "dropped") for r in results) else 1


def add_parser(sub: Any) -> None:
    """Register `newsfacts quarantine list|release|drop`."""
    p = sub.add_parser("quarantine", help="list, release (re-validate and load) or drop quarantined rows")
    p.add_argument("action", choices=["list", "release", "drop"])
    p.add_argument("ids", nargs="*", type=int, help="quarantine ids (release, drop)")
    p.add_argument(
        "--status", default="open", choices=["open", "released", "dropped", "all"], help="list filter"
    )
    p.add_argument("--run-id", help="list only this run's rows")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true", help="list as JSON Lines")
    p.add_argument("--note", help="why (kept in the row's action log)")
    p.add_argument("--force", action="store_true", help="release even if rules still fail (needs --note)")
    p.set_defaults(func=cmd_quarantine)
