"""Polling feeds: conditional GET, tolerant parsing, entries reduced to FeedEntry."""

from __future__ import annotations

import calendar
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser

from newsfacts.fetch import FEED_TYPES, fetch
from newsfacts.models import FeedEntry, FeedPoll
from newsfacts.urls import normalize_url

log = logging.getLogger(__name__)

# A feed date further ahead than this is a publisher's clock or timezone error, not a real date.
FUTURE_TOLERANCE = timedelta(hours=24)


def _entry_date(entry: Any, now: datetime) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            when = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            return None if when > now + FUTURE_TOLERANCE else when
    return None


def parse_feed(body: bytes, feed_url: str, now: datetime | None = None) -> tuple[list[FeedEntry], str | None]:
    """Entries of a feed document, plus a warning when the feed is malformed but still usable.

    feedparser's "bozo" flag is not fatal: a feed with a bad character late in the file still has
    good entries before it. Relative links are resolved against the feed URL and normalised
    (tracking parameters and fragments dropped, see `urls.normalize_url`); duplicated GUIDs keep
    their first entry.
    """
    now = now or datetime.now(UTC)
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    warning = None
    if parsed.get("bozo"):
        warning = f"malformed feed: {type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')}"
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for item in parsed.entries:
        link = item.get("link") or ""
        if not link:
            continue
        url = normalize_url(link, base=feed_url)
        key = (item.get("id") or item.get("guid") or url).strip()
        if key in seen:
            continue
        seen.add(key)
        entries.append(FeedEntry(key=key, url=url, title=item.get("title"), published_at=_entry_date(item, now)))
    return entries, warning


def poll_feed(url: str, etag: str | None = None, last_modified: str | None = None) -> FeedPoll:
    """Fetch and parse one feed; every failure comes back as a FeedPoll with status 'failed'."""
    result = fetch(url, accept=FEED_TYPES, etag=etag, last_modified=last_modified)
    if result.status == 304:
        return FeedPoll(url, "not_modified", http_status=304, etag=etag, last_modified=last_modified)
    if not result.ok:
        return FeedPoll(url, "failed", http_status=result.status, error=result.error)
    entries, warning = parse_feed(result.body, result.final_url)
    if not entries and warning:
        return FeedPoll(url, "failed", http_status=result.status, error=warning)
    return FeedPoll(
        url,
        "ok",
        entries=entries,
        http_status=result.status,
        etag=result.etag,
        last_modified=result.last_modified,
        warning=warning,
    )
