"""The records that cross stage boundaries: feed entries, polls, articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, reduced to what the pipeline needs to fetch and date it."""

    key: str  # guid, else the link: what makes an entry "seen before" within its feed
    url: str
    title: str | None
    published_at: datetime | None


@dataclass(frozen=True)
class FeedPoll:
    """The outcome of polling one feed: `status` is ok, not_modified or failed (with `error`)."""

    url: str
    status: str
    entries: list[FeedEntry] = field(default_factory=list)
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    warning: str | None = None


@dataclass(frozen=True)
class Article:
    """Main text and metadata of one page, as extracted."""

    url: str
    canonical_url: str | None
    title: str | None
    author: str | None
    site_name: str | None
    published_at: datetime | None
    language: str | None
    text: str
    text_hash: str
    modified_at: datetime | None = None  # the page's own last-modified statement, when it makes one
