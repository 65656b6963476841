"""HTML -> Article: trafilatura's main text, reconciled with a second reading and the page's own metadata."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import datetime

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import decode_file, load_html

from newsfacts import body, metadata
from newsfacts.models import Article

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = f"trafilatura-{trafilatura.__version__}+nf5"
# Shorter than this is a menu, a paywall stub or an error page, not an article.
MIN_TEXT_CHARS = 100
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


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


def extract_article(
    html: str,
    url: str,
    *,
    entry_title: str | None = None,
    entry_published: datetime | None = None,
) -> Article | None:
    """Main text and metadata of a page; None when no article text can be found.

    The page is parsed once and the tree shared with trafilatura (`read_body`); the publisher's
    JSON-LD articleBody replaces a reading that misses much of it. Metadata comes from our own
    reconciliation of the page's statements (`metadata`), with the feed entry's title and date as
    the last resort. Comments are excluded (they are not the article).
    """
    tree = load_html(html)
    if tree is None:
        return None
    facts = metadata.read_facts(tree)
    meta = metadata.reconcile(facts, tree, url, entry_title=entry_title, entry_published=entry_published)
    text = read_body(tree, url)
    if meta.article_body:
        text = body.second_opinion(text, meta.article_body)
    titles = [t for t in (meta.title, facts.meta.get("og:title"), entry_title, *facts.h1[:1]) if t]
    text = body.strip_furniture(text, titles)
    if len(text) < MIN_TEXT_CHARS:
        return None
    return Article(
        url=url,
        canonical_url=meta.canonical_url,
        title=meta.title,
        author=meta.author,
        site_name=meta.site_name,
        published_at=meta.published_at,
        language=meta.language,
        text=text,
        text_hash=text_hash(text),
        modified_at=meta.modified_at,
    )


# Below this, trafilatura's main extractor missed the article (a teaser, a caption, nothing at all) and its
# fallbacks (readability, jusText) are worth their cost. On ../shared/corpus every page they changed had a
# first reading under 340 characters; above 500 they changed none.
FULL_READING_MIN_CHARS = 500
# A precision reading holding less than this share of the page's paragraph text has lost part of the story.
# On ../shared/corpus the default reading changed the text of short pages only below this share.
SECOND_READING_MAX_SHARE = 0.5


def read_body(tree: HtmlElement, url: str) -> str:
    """The article's main text, from as few trafilatura readings as the page needs.

    The first reading is precision mode without trafilatura's fallback extractors ("fast"), half
    the cost of a full reading. It is read again in full when it came out shorter than a short
    story, and again in the default mode (then `body.reconcile` keeps the better of each part) when
    it holds less than half of the text the page has in paragraphs: precision dropped part of the
    story. The tree is not copied here: trafilatura works on its own copy. Measured on
    ../shared/corpus (122 pages, CPU): body F1 0.978 as before, at 1.12x the speed of bare
    trafilatura.extract, where reading every short or fragmented page twice in full ran at 0.70x.
    """
    text = _trafilatura_text(tree, url, favor_precision=True, fast=True)
    if len(text) < FULL_READING_MIN_CHARS:
        text = _trafilatura_text(tree, url, favor_precision=True)
    if len(text) < SECOND_READING_MAX_SHARE * _paragraph_chars(tree):
        text = body.reconcile(_trafilatura_text(tree, url, favor_precision=False), text)
    return text


# Paragraphs that are not the story whatever the page: asides, footers, menus and readers' comments, which
# trafilatura leaves out too (comments are not asked for).
_STORY_PARAGRAPHS = etree.XPath(
    "//p[not(ancestor::aside or ancestor::footer or ancestor::nav or "
    "ancestor::*[contains(@class, 'comment') or contains(@id, 'comment')])]"
)


def _paragraph_chars(tree: HtmlElement) -> int:
    """Characters of text in the page's story paragraphs, white space folded: what the page has to say."""
    return sum(len(" ".join(p.text_content().split())) for p in _STORY_PARAGRAPHS(tree))


def _trafilatura_text(tree: HtmlElement, url: str, *, favor_precision: bool, fast: bool = False) -> str:
    """trafilatura's main text of an already parsed page (it works on its own copy of the tree)."""
    doc = trafilatura.bare_extraction(
        tree, url=url or None, with_metadata=False, include_comments=False, include_tables=True,
        favor_precision=favor_precision, fast=fast, deduplicate=False,
    )
    if doc is None:
        return ""
    text = doc.get("text") if isinstance(doc, dict) else doc.text  # a dict only when asked for one
    return (text or "").strip()
