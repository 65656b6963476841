"""Extraction on pages we wrote: the story's text and metadata, not the site's furniture."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newsfacts.extract import decode_html, extract_article, text_hash

SITE = Path(__file__).resolve().parents[2] / "include" / "demo_site"
EXPECTED = json.loads((SITE / "expected.json").read_text(encoding="utf-8"))["articles"]
BASE = "http://demo.example"


def _page(path: str) -> str:
    return (SITE / path.lstrip("/")).read_text(encoding="utf-8").replace("{{BASE_URL}}", BASE)


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_demo_pages_give_title_date_canonical_and_body(path: str) -> None:
    expected = EXPECTED[path]
    article = extract_article(_page(path), BASE + path)
    assert article is not None
    assert article.title == expected["title"]
    assert article.published_at is not None
    assert article.published_at.date().isoformat() == expected["published"][:10]
    assert article.canonical_url == BASE + path
    assert article.site_name == "Demo Wire"
    assert article.language == "en"
    assert "Read more" not in article.text and "All rights reserved" not in article.text
    assert len(article.text) > 500


def test_feed_values_fill_what_the_page_lacks() -> None:
    html = "<html><body><article>" + "<p>A paragraph of plain report text that goes on.</p>" * 12 + \
        "</article></body></html>"
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    article = extract_article(html, "http://x.example/a", entry_title="From the feed", entry_published=when)
    assert article is not None
    assert article.title == "From the feed"
    assert article.published_at == when


def test_empty_page_gives_no_article() -> None:
    assert extract_article("<html><body><nav>Home</nav></body></html>", "http://x.example/") is None


def test_decoding_prefers_header_then_meta_then_detection() -> None:
    text = "<html><head><meta charset='windows-1251'></head><body>Киев</body></html>"
    body = text.encode("windows-1251")
    assert "Киев" in decode_html(body)  # from the meta tag
    assert "Киев" in decode_html(text.encode("utf-8"), "utf-8")  # the header wins over a wrong meta
    assert "Київ" in decode_html("<p>Київ — столиця України</p>".encode())  # detected


def test_text_hash_ignores_whitespace_only_differences() -> None:
    assert text_hash("Nine killed.\n\nMore  text") == text_hash("Nine killed. More text")
    assert text_hash("Nine killed.") != text_hash("Ten killed.")
