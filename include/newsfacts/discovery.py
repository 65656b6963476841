"""Archive discovery: past articles from a source's (news) sitemaps and dated archive pages.

Feeds only carry the last few days. For a past interval we ask the site itself: sitemap entries
dated inside the interval (news:publication_date, else lastmod) and the article links of each day's
archive page. Everything is fetched through `fetch.fetch`, so the address guard and limits apply.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import courlan
from lxml import etree
from trafilatura.sitemaps import is_plausible_sitemap

from newsfacts.fetch import FEED_TYPES, fetch
from newsfacts.models import FeedEntry

log = logging.getLogger(__name__)

MAX_SITEMAPS = 50  # per source and run: an index of thousands of monthly files is not walked whole
MAX_ARCHIVE_DAYS = 62


@dataclass
class Discovery:
    """Entries found for an interval, and what went wrong on the way (recorded, not raised)."""

    entries: list[FeedEntry] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped_outside: int = 0


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse_when(text: str | None) -> datetime | None:
    """W3C datetime of sitemaps: a date, or a date-time with offset; naive values are taken as UTC."""
    if not text:
        return None
    value = text.strip().replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        try:
            when = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def parse_sitemap(body: bytes) -> tuple[list[tuple[str, datetime | None]], list[tuple[str, datetime | None]]]:
    """(pages, child sitemaps) of a sitemap document, each with its date: publication date, else lastmod."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    pages: list[tuple[str, datetime | None]] = []
    children: list[tuple[str, datetime | None]] = []
    for node in root:
        kind = _local(node.tag)
        if kind not in ("url", "sitemap"):
            continue
        loc, lastmod, published = None, None, None
        for el in node.iter():
            name = _local(el.tag)
            if name == "loc" and el.text:
                loc = el.text.strip()
            elif name == "lastmod":
                lastmod = _parse_when(el.text)
            elif name == "publication_date":
                published = _parse_when(el.text)
        if loc:
            (pages if kind == "url" else children).append((loc, published or lastmod))
    return pages, children


def discover_sitemap(url: str, start: datetime, end: datetime, found: Discovery) -> None:
    """Walk a sitemap (or index) and keep the pages dated inside [start, end).

    A child sitemap whose lastmod is before `start` cannot hold newer pages and is skipped; an
    undated page is skipped too, since it cannot be placed in a day.
    """
    queue, seen = [url], set[str]()
    while queue and len(seen) < MAX_SITEMAPS:
        current = queue.pop(0)
        if current in seen:
            continue
        seen.add(current)
        result = fetch(current, accept=FEED_TYPES + ("application/x-gzip", "application/gzip"))
        if not result.ok:
            found.errors.append(f"sitemap {current}: {result.error}")
            continue
        body = result.body
        if body[:2] == b"\x1f\x8b":
            import gzip

            body = gzip.decompress(body)
        if not is_plausible_sitemap(current, body.decode("utf-8", errors="replace")):
            found.errors.append(f"sitemap {current}: not a sitemap")
            continue
        pages, children = parse_sitemap(body)
        queue += [urljoin(current, loc) for loc, when in children if when is None or when >= start]
        for loc, when in pages:
            if when is None or not start <= when < end:
                found.skipped_outside += 1
                continue
            link = urljoin(current, loc)
            found.entries.append(FeedEntry(key=link, url=link, title=None, published_at=when))


def archive_url(template: str, day: date) -> str:
    """`https://example.org/archive/{date:%Y/%m/%d}` → that day's archive page."""
    return template.format(date=day)


def discover_archive(template: str, start: datetime, end: datetime, found: Discovery) -> None:
    """Collect article links from the dated archive page of each day in [start, end)."""
    day = start.date()
    for _ in range(MAX_ARCHIVE_DAYS):
        if datetime.combine(day, datetime.min.time(), tzinfo=UTC) >= end:
            break
        url = archive_url(template, day)
        result = fetch(url)
        if not result.ok:
            found.errors.append(f"archive {url}: {result.error}")
        else:
            html = result.body.decode(result.encoding or "utf-8", errors="replace")
            # no_filter: courlan's own filter drops hosts without a public domain name (IP addresses);
            # the same-host and navigation checks below do what we need from it.
            host = urlsplit(result.final_url).netloc
            archive_prefix = urlsplit(template.split("{", 1)[0]).path
            links = {x for x in courlan.extract_links(html, url=result.final_url, no_filter=True)
                     if urlsplit(x).netloc == host and urlsplit(x).path not in ("", "/")
                     and not urlsplit(x).path.startswith(archive_prefix)}
            stamp = datetime.combine(day, datetime.min.time(), tzinfo=UTC)
            # the archive's own navigation (sections, other days, tags) is not an article
            for link in sorted(x for x in links if not courlan.is_navigation_page(x) and x != url
                               and not courlan.is_not_crawlable(x)):
                found.entries.append(FeedEntry(key=link, url=link, title=None, published_at=stamp))
        day += timedelta(days=1)


def discover(sitemap: str | None, archive: str | None, start: datetime, end: datetime) -> Discovery:
    """Entries of a source for the interval, from its sitemap and/or archive template; duplicates merged."""
    found = Discovery()
    if sitemap:
        discover_sitemap(sitemap, start, end, found)
    if archive:
        discover_archive(archive, start, end, found)
    unique: dict[str, FeedEntry] = {}
    for entry in found.entries:
        kept = unique.get(entry.url)
        # a sitemap's exact time beats the archive page's midnight
        if kept is None or (kept.published_at and kept.published_at.time() == datetime.min.time()):
            unique[entry.url] = entry
    found.entries = list(unique.values())
    return found
