"""URL hygiene: one spelling per article URL, so the same story reached by two links is fetched once."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan


def normalize_url(url: str, base: str | None = None) -> str:
    """The URL we store for a link: tracking parameters removed, host lower-cased, default port,
    fragment and duplicate slashes dropped, query parameters sorted (courlan, non-strict mode).

    Non-strict on purpose: strict mode drops every query parameter courlan does not know, and
    many news sites identify articles by one (`?id=123`). A URL courlan cannot parse, or one that
    is not http(s), is returned stripped but otherwise unchanged: the address guard refuses it
    later with a reason, which is better than losing the entry silently.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return url
    try:
        cleaned = courlan.normalize_url(url, strict=False)
    except (ValueError, AttributeError):
        return url
    parts = urlsplit(cleaned)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def host_key(url: str) -> str:
    """`scheme://host[:port]`: the unit of politeness (robots.txt, per-host limits)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"
