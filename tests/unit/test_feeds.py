"""Feed parsing and polling: tolerant of broken feeds, strict about what an entry is."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from newsfacts.config import FeedListError, load_feed_list
from newsfacts.feeds import parse_feed, poll_feed

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title><link>http://example.org/</link>
<item><title>One</title><link>/news/one.html</link><guid isPermaLink="false">g-1</guid>
  <pubDate>Thu, 26 Nov 2026 08:00:00 +0000</pubDate></item>
<item><title>One again</title><link>/news/one-copy.html</link><guid isPermaLink="false">g-1</guid></item>
<item><title>Future</title><link>http://example.org/news/future.html</link>
  <pubDate>Sat, 05 Dec 2026 08:00:00 +0000</pubDate></item>
<item><title>No link</title><guid isPermaLink="false">g-3</guid></item>
<item><title>Undated</title><link>http://example.org/news/undated.html</link></item>
</channel></rss>"""


def test_entries_resolve_links_drop_duplicate_guids_and_distrust_future_dates() -> None:
    entries, warning = parse_feed(RSS, "http://example.org/feeds/world.rss", now=NOW)
    assert warning is None
    assert [e.url for e in entries] == [
        "http://example.org/news/one.html",
        "http://example.org/news/future.html",
        "http://example.org/news/undated.html",
    ]
    assert entries[0].key == "g-1"
    assert entries[0].published_at == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    assert entries[1].published_at is None  # nine days ahead of now: a clock error, not a date
    assert entries[2].published_at is None
    assert entries[2].key == "http://example.org/news/undated.html"  # no guid: the link is the key


def test_malformed_feed_keeps_its_usable_entries_with_a_warning() -> None:
    broken = RSS.replace(b"</channel></rss>", b"<item><title>bad & unescaped</title></item>")
    entries, warning = parse_feed(broken, "http://example.org/feeds/world.rss", now=NOW)
    assert warning and warning.startswith("malformed feed")
    assert len(entries) == 3


def test_poll_reports_failures_as_data(demo_site: Any, allow_loopback: None) -> None:
    demo_site.add_fault("/feeds/down.rss", "500")
    demo_site.add_fault("/feeds/garbage.rss", "invalid_xml")
    down = poll_feed(demo_site.url("/feeds/down.rss"))
    assert down.status == "failed" and down.http_status == 500 and "500" in (down.error or "")
    garbage = poll_feed(demo_site.url("/feeds/garbage.rss"))
    assert garbage.status == "failed" and "malformed feed" in (garbage.error or "")
    missing = poll_feed(demo_site.url("/feeds/nothing-here.rss"))
    assert missing.status == "failed" and missing.error == "HTTP 404"


def test_conditional_get_costs_no_parsing_the_second_time(demo_site: Any, allow_loopback: None) -> None:
    first = poll_feed(demo_site.url("/feeds/world.rss"))
    assert first.status == "ok" and first.entries and first.etag
    second = poll_feed(demo_site.url("/feeds/world.rss"), etag=first.etag, last_modified=first.last_modified)
    assert second.status == "not_modified" and second.entries == []


def test_feed_list_shape_and_errors(tmp_path: Path) -> None:
    good = tmp_path / "feeds.yaml"
    good.write_text("- {name: A, url: 'http://a.example/rss'}\n- {url: 'http://b.example/rss'}\n"
                    "- {name: A again, url: 'http://a.example/rss'}\n")
    feeds = load_feed_list(good)
    assert [(f.name, f.url) for f in feeds] == [("A", "http://a.example/rss"),
                                               ("http://b.example/rss", "http://b.example/rss")]
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {name: no url}\n")
    with pytest.raises(FeedListError, match="item 0 has no url"):
        load_feed_list(bad)
    with pytest.raises(FeedListError, match="cannot read"):
        load_feed_list(tmp_path / "missing.yaml")


def test_bundled_feed_list_has_at_least_eight_public_feeds() -> None:
    feeds = load_feed_list()
    assert len(feeds) >= 8
    assert all(f.url.startswith("https://") for f in feeds)
