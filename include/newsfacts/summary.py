"""The run summary people read after `make run` / `make demo`: from the `runs` row, not from logs."""

from __future__ import annotations

from typing import Any

from newsfacts import warehouse as wh


def latest_run(run_id: str | None = None) -> dict[str, Any] | None:
    with wh.connect() as conn:
        rows = wh.fetch_dicts(conn, wh.sql("latest_run"), {"run_id": run_id})
    return rows[0] if rows else None


def totals() -> dict[str, int]:
    with wh.connect() as conn:
        return wh.fetch_dicts(conn, wh.sql("warehouse_totals"))[0]


def format_summary(run: dict[str, Any], totals: dict[str, int], url: str) -> str:
    """A few aligned lines: what happened to feeds, entries, articles and incidents in this run."""
    c = run.get("counts") or {}
    day = run["interval_start"].date().isoformat() if run.get("interval_start") else "?"
    lines = [
        f"{run['dag_id']} {run['run_id']} (news of {day}): {run['status'].upper()}",
        f"  feeds      ok {c.get('feeds_ok', 0)}, failed {c.get('feeds_failed', 0)}"
        + (f", resting {c['feeds_resting']}" if c.get("feeds_resting") else ""),
    ]
    for name, error in sorted((c.get("failed_feeds") or {}).items()):
        lines.append(f"             failed: {name}: {error}")
    if c.get("feeds_failed") and not c.get("feeds_ok"):
        lines.append("             every feed failed (no network?); each failure is recorded in newsfacts.feeds")
    if c.get("feeds_resting"):
        # a rerun soon after failures polls nothing: say why, or "ok 0, failed 0" reads as no feeds at all
        lines.append(
            "             resting: failed in recent runs, polled again when their back-off ends (newsfacts.feeds)"
        )
    lines += [
        f"  entries    seen {c.get('entries_seen', 0)}, new {c.get('entries_new', 0)}",
        f"  articles   new {c.get('articles_new', 0)}, duplicate {c.get('articles_duplicate', 0)}, "
        f"failed {c.get('pages_failed', 0)}, refused {c.get('pages_refused', 0)}",
        f"  incidents  loaded {c.get('incidents_loaded', 0)}, quarantined {c.get('incidents_quarantined', 0)}",
        f"  events     new {c.get('events_new', 0)}, updated {c.get('events_updated', 0)}",
        f"  Data Docs  {run.get('data_docs_path') or '(no rows validated in this run)'}",
        f"  warehouse  {totals['articles']} articles, {totals['incidents']} incidents, {totals['events']} events, "
        f"{totals['quarantined']} quarantined, {totals['runs']} runs in all",
        f"             psql \"{wh.redact(url)}\" -c 'select count(*) from newsfacts.incidents'",
    ]
    return "\n".join(lines)
