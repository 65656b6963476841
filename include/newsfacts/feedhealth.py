"""Dead feeds rest: after repeated failures a feed is polled less and less often, visibly in `feeds`."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from newsfacts import warehouse as wh
from newsfacts.config import FeedBackoff, feed_backoff

log = logging.getLogger(__name__)


def rest_until(failures: int, failed_at: datetime, backoff: FeedBackoff | None = None) -> datetime | None:
    """When a feed that has just failed `failures` times in a row may be polled again (None: next run).

    From `dead_after` failures on, the rest doubles with each further failure:
    `base_hours * 2**(failures - dead_after)`, capped at `max_hours`. With the defaults (3, 48 h)
    a daily run skips a dead feed once after its third failure, three times after its fourth, and
    so on up to a month; one success resets the count.
    """
    backoff = backoff or feed_backoff()
    if backoff.dead_after <= 0 or failures < backoff.dead_after:
        return None
    hours = min(backoff.base_hours * 2 ** (failures - backoff.dead_after), backoff.max_hours)
    return failed_at + timedelta(hours=hours)


def resting(feed_id: int, run_id: str) -> str | None:
    """Why this run must not poll the feed (it is resting), or None to poll it.

    Time is the run's, not the clock's (the end of its data interval, else its logical date), so
    a rerun of the same day decides the same way. A skip is counted once per run in `skipped_polls`.
    """
    with wh.connect() as conn:
        rows = wh.fetch_dicts(conn, wh.sql("select_feed_rest"), {"feed_id": feed_id, "run_id": run_id})
        if not rows or rows[0]["skip_until"] is None or rows[0]["run_at"] >= rows[0]["skip_until"]:
            return None
        row = rows[0]
        with conn.cursor() as cur:
            cur.execute(wh.sql("record_feed_skip"), {"feed_id": feed_id, "run_id": run_id})
    reason = (f"resting after {row['consecutive_failures']} consecutive failures, until "
              f"{row['skip_until']:%Y-%m-%d %H:%M} UTC (last error: {row['last_error']})")
    log.warning("feed %s not polled: %s", row["name"], reason)
    return reason


def record_rest(feed_id: int, run_id: str) -> datetime | None:
    """After a poll was recorded: set (or clear) the feed's rest from its consecutive failures."""
    with wh.connect() as conn:
        rows = wh.fetch_dicts(conn, wh.sql("select_feed_rest"), {"feed_id": feed_id, "run_id": run_id})
        if not rows:
            return None
        until = rest_until(rows[0]["consecutive_failures"], rows[0]["run_at"])
        with conn.cursor() as cur:
            cur.execute(wh.sql("set_feed_rest"), {"feed_id": feed_id, "skip_until": until})
    return until
