"""HTML -> Article: trafilatura's main text and metadata, with the feed entry's data as fallback."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import UTC, datetime, time

import trafilatura
from trafilatura.utils import decode_file

from newsfacts.models import Article

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = f"trafilatura-{trafilatura.__version__}+nf1"
# Shorter than this is a menu, a paywall stub or an error page, not an article.
MIN_TEXT_CHARS = 100
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*\blang=["']?([A-Za-z]{2,3})""", re.I)


def decode_html(body: bytes, header_charset: str | None = None) -> str:
    """Bytes to text: the HTTP header's charset, then the page's meta tag, then detection."""
    for charset in (header_charset, _meta_charset(body)):
        if charset:
            try:
                return body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return str(decode_file(body))


def _meta_charset(body: bytes) -> str | None:
    m = _META_CHARSET.search(body[:4096])
    return m.group(1).decode("ascii") if m else None


def text_hash(text: str) -> str:
    """Hash of the text with white space folded, so the same story under two URLs is stored once."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _parse_date(value: str | None, fallback: datetime | None) -> datetime | None:
    """trafilatura gives a day; keep the feed's time of day when the feed agrees on the day."""
    if not value:
        return fallback
    try:
        day = datetime.strptime(value[:10], "%Y-%m-%d").date()
    except ValueError:
        return fallback
    if fallback and fallback.date() == day:
        return fallback
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def extract_article(
    html: str,
    url: str,
    *,
    entry_title: str | None = None,
    entry_published: datetime | None = None,
) -> Article | None:
    """Main text and metadata of a page; None when no article text can be found.

    Comments are excluded (they are not the article); the feed entry's title and date fill in
    what the page does not say, and a page date in the future is replaced by the feed's.
    """
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    text = (doc.text or "").strip() if doc is not None else ""
    if doc is None or len(text) < MIN_TEXT_CHARS:
        return None
    published = _parse_date(doc.date, entry_published)
    if published and published > datetime.now(UTC) and entry_published:
        published = entry_published
    lang = doc.language
    if not lang:
        m = _HTML_LANG.search(html[:5000])
        lang = m.group(1).lower() if m else None
    return Article(
        url=url,
        canonical_url=doc.url if doc.url and doc.url.startswith("http") else None,
        title=doc.title or entry_title,
        author=doc.author,
        site_name=doc.sitename,
        published_at=published,
        language=lang,
        text=text,
        text_hash=text_hash(text),
    )
