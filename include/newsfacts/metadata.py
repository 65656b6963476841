"""Page metadata reconciled from its several statements: JSON-LD, meta tags, headings, <time>, the URL."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import htmldate
from lxml.etree import XPath
from lxml.html import HtmlElement

# Article types whose fields describe the story itself (WebPage and Organization describe the site).
_ARTICLE_TYPES = {"article", "newsarticle", "reportagenews", "analysisnewsarticle", "blogposting",
                  "liveblogposting", "opinionnewsarticle", "backgroundnewsarticle", "report",
                  "socialmediaposting",
                  "scholarlyarticle", "techarticle", "webpage", "videoobject"}
_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/]\s+|\s*[|·•»]\s*")
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[^\d]|$)"
)
_URL_DATE_LOOSE = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
_WORD = re.compile(r"\w+")
# Title segments that are never the headline: a date ("| DW | 28.04.2023") or a byline ("| by Ana Ruiz").
_DATE_SEGMENT = re.compile(r"(\d{4})-(\d\d)-(\d\d)|(\d{1,2})([./])(\d{1,2})\5(\d{4})")
_BYLINE_WORDS = {"by", "von", "par", "por"}
_ELLIPSIS = re.compile(r"\s*(\.{3}|…)$")
# Shown elements with schema.org microdata; one pass serves every property read from them.
_MICRODATA_ELEMENTS = XPath(".//*[@itemprop][not(self::meta)]")
# A place whose time is ahead of UTC can already be on tomorrow's date.
_DAY_AHEAD = timedelta(hours=14)
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
    "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:publishtime",
    "cxenseparse:recs:publishtime",
    "originalpublicationdate", "datecreated", "og:published_time",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                  "last-modified", "lastmod", "dc.date.modified", "article:updated_time")


@dataclass
class PageFacts:
    """Everything a page states about itself, before reconciliation."""

    jsonld: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    h1: list[str] = field(default_factory=list)
    title: str | None = None
    canonical: str | None = None
    lang: str | None = None
    times: list[str] = field(default_factory=list)
    marked_headlines: list[str] = field(default_factory=list)  # shown elements with itemprop="headline"


@dataclass(frozen=True)
class Metadata:
    """The reconciled metadata of one page; None where the page says nothing usable."""

    title: str | None
    author: str | None
    site_name: str | None
    canonical_url: str | None
    language: str | None
    published_at: datetime | None
    modified_at: datetime | None
    article_body: str | None  # the publisher's own JSON-LD articleBody, a second opinion on the text


def read_facts(tree: HtmlElement) -> PageFacts:
    """Collect the page's statements about itself in one pass over head and headings."""
    facts = PageFacts()
    for script in tree.iterfind(".//script"):
        if "ld+json" in (script.get("type") or "").lower() and script.text:
            facts.jsonld.extend(_article_objects(_load_json(script.text)))
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in facts.meta:
            facts.meta[key] = value
        if (meta.get("http-equiv") or "").lower() == "content-language" and value:
            facts.meta.setdefault("content-language", value)
    for link in tree.iterfind(".//link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            facts.canonical = link.get("href", "").strip()
            break
    for h1 in tree.iterfind(".//h1"):
        text = _clean_space(h1.text_content())
        if text:
            facts.h1.append(text)
    title = tree.find(".//title")
    if title is not None:
        facts.title = _clean_space(title.text_content()) or None
    facts.lang = tree.get("lang") or tree.get("xml:lang")
    for el in tree.iterfind(".//time"):
        value = el.get("datetime")
        if value:
            facts.times.append(value.strip())
    _read_microdata(facts, tree)
    # Across blocks too, a page's story comes before the page itself.
    facts.jsonld.sort(key=_is_page_only)
    facts.h1 = facts.h1[:3]
    return facts


def _read_microdata(facts: PageFacts, tree: HtmlElement) -> None:
    """The shown datePublished and headline elements; itemprop is a list ("headline name")."""
    for el in _MICRODATA_ELEMENTS(tree):
        props = (el.get("itemprop") or "").split()
        if "datePublished" in props:
            value = el.get("datetime") or el.get("content")
            if value:
                facts.meta.setdefault("datepublished", value.strip())
        if "headline" in props:
            text = _clean_space(el.text_content())
            if text:
                facts.marked_headlines.append(text)


def _is_page_only(obj: dict[str, Any]) -> bool:
    types = obj.get("@type")
    names = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
    return names <= {"webpage", "videoobject"}


def reconcile(
    facts: PageFacts,
    tree: HtmlElement,
    url: str,
    *,
    entry_title: str | None = None,
    entry_published: datetime | None = None,
    now: datetime | None = None,
) -> Metadata:
    """One value per field from the page's statements, with the feed entry as the last resort."""
    now = now or datetime.now(UTC)
    site = site_name(facts, url)
    article = facts.jsonld[0] if facts.jsonld else {}
    return Metadata(
        title=pick_title(facts, site) or entry_title,
        author=_author(article, facts.meta),
        site_name=site,
        canonical_url=_canonical(facts, url),
        language=_language(facts, article),
        published_at=pick_published(facts, tree, url, entry_published, now),
        modified_at=_first_date([_str(o.get("dateModified")) for o in facts.jsonld]
                                + [facts.meta.get(k) for k in _MODIFIED_META], now),
        article_body=_str(article.get("articleBody")) or None,
    )


# --- title ---------------------------------------------------------------------------------------------


def site_name(facts: PageFacts, url: str) -> str | None:
    """og:site_name, else the JSON-LD publisher, else application-name; the host is not a name."""
    for obj in facts.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and _str(publisher.get("name")):
            candidate = _str(publisher.get("name"))
            return facts.meta.get("og:site_name") or candidate
    return facts.meta.get("og:site_name") or facts.meta.get("application-name") or None


def strip_title_segments(title: str, names: list[str]) -> str:
    """Remove the segments at either end of a title that are not the headline.

    Three kinds go: the site's name ("Story | DW", "DW - Story"), matched against the page's own names
    (og:site_name, the publisher, the host's main label) folded to letters and digits; a date
    ("Story | DW | 28.04.2023"); and a byline ("Story | Site | by Ana Ruiz"). The title itself is never
    emptied.
    """
    folded = {_fold(n) for n in names if n and _fold(n)}
    parts = _split_keep(title)
    changed = True
    while changed and len(parts) > 1:
        changed = False
        for index in (-1, 0):
            if _is_title_furniture(parts[index][0], folded):
                parts.pop(index)
                changed = True
                break
    return "".join(text + sep for text, sep in parts[:-1]) + parts[-1][0] if parts else title


def _is_title_furniture(segment: str, folded_names: set[str]) -> bool:
    if _DATE_SEGMENT.fullmatch(segment) or _is_byline(segment):
        return True
    seg = _fold(segment)
    return bool(seg) and any(seg == n or (len(n) >= 4 and n in seg and len(seg) <= len(n) + 12)
                             or (len(seg) >= 4 and seg in n) for n in folded_names)


def _is_byline(segment: str) -> bool:
    """A segment like "by Ana Ruiz"; names are capitalised, so "By boat to school" is not one."""
    words = segment.split()
    return 2 <= len(words) <= 5 and words[0].lower() in _BYLINE_WORDS and all(w[0].isupper() for w in words[1:])


def _split_keep(title: str) -> list[tuple[str, str]]:
    """Title segments with the separator that follows each (empty after the last)."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _SEPARATORS.finditer(title):
        out.append((title[pos:m.start()], m.group(0)))
        pos = m.end()
    out.append((title[pos:], ""))
    return [(t.strip(), s) for t, s in out if t.strip()] or [(title, "")]


def pick_title(facts: PageFacts, site: str | None) -> str | None:
    """The headline, from the page's statements with site-name, date and byline segments removed.

    The JSON-LD article headline is the publisher's structured statement of the story's headline,
    so it comes first, unless the page's shown headline is marked up in the same vocabulary
    (microdata itemprop="headline") and says otherwise (`_shown_over_jsonld`). Without one, the
    social and on-page headlines (og:title, twitter:title, <h1>, <title>) are often rewritten
    variants of each other: the first that another statement confirms (same words once site names
    are gone) wins, else og:title, else whatever the page has. The pick is then repaired from the
    other statements: a headline cut off with an ellipsis is completed, and the <title> spelling is
    taken when it says the same thing with plainer punctuation. Outside JSON-LD, a trailing segment
    that no other statement has (a section name) is dropped.
    """
    names = _title_names(facts, site)
    folded_names = {_fold(n) for n in names}

    def clean(value: str | None) -> str:
        text = _clean_space(html.unescape(value or ""))
        if not text or _fold(text) in folded_names:  # the site's own name is not a headline
            return ""
        return strip_title_segments(text, names)

    h1s = [h for h in facts.h1 if _fold(h) not in folded_names]
    page_title = clean(facts.title)
    others = [c for c in (clean(facts.meta.get("og:title")), clean(facts.meta.get("twitter:title")),
                          clean(h1s[0] if h1s else None), page_title) if c]
    headline = clean(_str(facts.jsonld[0].get("headline"))) if facts.jsonld else ""
    if headline:
        repeats = [clean(facts.meta.get(k)) for k in ("og:title", "twitter:title")] + [page_title]
        headline = _shown_over_jsonld(headline, [clean(m) for m in facts.marked_headlines], repeats)
    chosen = headline or _drop_unconfirmed_suffix(_confirmed(others), others)
    if not chosen:
        return None
    chosen = _complete_cut(chosen, others)
    return _plain_spelling(chosen, _drop_unconfirmed_suffix(page_title, others))


def _shown_over_jsonld(headline: str, marked: list[str], others: list[str]) -> str:
    """The shown headline marked itemprop="headline" when the JSON-LD headline says something else.

    Both are the publisher's schema.org statement of the headline; when they differ, one of them
    was not updated or is a search-engine variant, and the one on the page is what readers see.
    A marked headline counts only when another statement (og:title, twitter:title or <title>)
    repeats it: teasers of related stories are marked up the same way and are never repeated.
    Nothing changes when any marked headline is the JSON-LD one, or differs from it only in case
    and punctuation.
    """
    keys = [_fold(m) for m in marked]
    if _fold(headline) in keys:
        return headline
    confirmed = {_fold(o) for o in others if o}
    return next((m for m, key in zip(marked, keys, strict=True) if key and key in confirmed), headline)


def _title_names(facts: PageFacts, site: str | None) -> list[str]:
    """Every name the page gives itself, to be recognised as a segment of its titles."""
    names = [n for n in (site, facts.meta.get("og:site_name"), facts.meta.get("application-name")) if n]
    names += [_str(o["publisher"].get("name")) for o in facts.jsonld if isinstance(o.get("publisher"), dict)]
    return [n for n in names if n] + _host_names(facts)


def _confirmed(candidates: list[str]) -> str:
    """The first title another statement repeats (same words), else the first title."""
    folded = [_fold(c) for c in candidates]
    for candidate, key in zip(candidates, folded, strict=True):
        if folded.count(key) >= 2:
            return candidate
    return candidates[0] if candidates else ""


def _complete_cut(title: str, others: list[str]) -> str:
    """A headline shortened to fit a field ("... for Hong Kong leader...") completed from a full one."""
    m = _ELLIPSIS.search(title)
    if not m:
        return title
    stem = _fold(title[:m.start()])
    for other in others:
        if len(_fold(other)) > len(stem) and _fold(other).startswith(stem) and not _ELLIPSIS.search(other):
            return other
    return title


def _drop_unconfirmed_suffix(title: str, others: list[str]) -> str:
    """Drop a trailing segment ("Story - National") when another statement says just "Story".

    Only a trailing segment goes: sections and site labels trail a headline, while a leading one
    is as often the story's kicker. Not used on the JSON-LD headline, whose segments are the
    publisher's own statement.
    """
    parts = _split_keep(title)
    if len(parts) < 2:
        return title
    head = "".join(text + sep for text, sep in parts[:-2]) + parts[-2][0]
    if _fold(head) in {_fold(o) for o in others}:
        return head
    return title


def _plain_spelling(title: str, page_title: str) -> str:
    """The <title> spelling of the chosen headline when the two differ only in punctuation.

    JSON-LD and <h1> often dress a headline typographically (curly apostrophes, quotation marks
    around a quoted phrase); a <title> with the very same letters, case included, is the plain text
    search engines and feeds carry.
    """
    if page_title and page_title != title and _letters(page_title) == _letters(title):
        return page_title
    return title


def _host_names(facts: PageFacts) -> list[str]:
    url = facts.canonical or facts.meta.get("og:url") or ""
    host = urlsplit(url).hostname or ""
    labels = [p for p in host.split(".") if p not in {"www", "com", "co", "org", "net", "news", "uk", "de"}]
    return labels[:1]


def title_date(facts: PageFacts) -> datetime | None:
    """A date written as a segment of og:title or <title> ("Story | DW | 28.04.2023"), as midnight UTC.

    Dotted dates are day first (the European form); a slashed date is read only when its day cannot
    be taken for a month.
    """
    for value in (facts.meta.get("og:title"), facts.title):
        parts = _split_keep(_clean_space(html.unescape(value or "")))
        for segment in (parts[-1][0], parts[0][0]) if len(parts) > 1 else ():
            found = _segment_day(segment)
            if found is not None:
                return datetime.combine(found, time(0, 0), tzinfo=UTC)
    return None


def _segment_day(segment: str) -> date | None:
    m = _DATE_SEGMENT.fullmatch(segment)
    if not m:
        return None
    if m.group(1):
        numbers = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    else:
        first, second, year = int(m.group(4)), int(m.group(6)), int(m.group(7))
        if m.group(5) == "/" and first <= 12 and second <= 12:
            return None  # 04/05/2025: April or May, the page does not say
        day, month = (second, first) if m.group(5) == "/" and second > 12 else (first, second)
        numbers = (year, month, day)
    try:
        return date(*numbers)
    except ValueError:
        return None


# --- dates ---------------------------------------------------------------------------------------------


def pick_published(
    facts: PageFacts, tree: HtmlElement, url: str, entry_published: datetime | None, now: datetime
) -> datetime | None:
    """Publication date, most explicit statement first, never in the future.

    Order: JSON-LD datePublished, the published-time meta tags, <time datetime>, a date in the URL,
    a date segment of the page's title, htmldate's search of the page (original date, not the
    update), then the feed entry's date. The title's date comes before htmldate because a search of
    the page can settle on a related story's date, while the title speaks of this page only.
    A page statement in the future is skipped. A bare day is given the feed's time of day when the
    feed agrees on the day, else midnight UTC.
    """
    candidates: list[str | None] = [_str(o.get("datePublished")) for o in facts.jsonld]
    candidates += [facts.meta.get(k) for k in _PUBLISHED_META]
    candidates += facts.times[:3]
    found = (_first_date(candidates, now) or url_date(url, now) or _not_future(title_date(facts), now)
             or _htmldate(tree, url, now))
    if found is None:
        return entry_published
    if entry_published and _is_bare_day(found) and entry_published.date() == found.date():
        return entry_published
    return found


def _htmldate(tree: HtmlElement, url: str, now: datetime) -> datetime | None:
    """htmldate as the last page-side resort; it cleans a copy of the tree it is given, not the tree."""
    try:
        found = htmldate.find_date(
            tree, url=url or None, original_date=True, extensive_search=False,
            outputformat="%Y-%m-%dT%H:%M:%S%z", max_date=now.strftime("%Y-%m-%d"),
        )
    except (ValueError, TypeError):
        return None
    parsed = parse_date(found)
    if parsed is None or _in_future(parsed, now):
        return None
    if not found or found.endswith("T00:00:00"):  # htmldate found a day, not a time
        return datetime.combine(parsed.date(), time(0, 0), tzinfo=UTC)
    return parsed


def url_date(url: str, now: datetime | None = None) -> datetime | None:
    """A day spelled in the URL path (/2024/10/16/, /20250114/, -2024-04-30-), as midnight UTC."""
    path = urlsplit(url).path
    for pattern in (_URL_DATE, _URL_DATE_LOOSE):
        m = pattern.search(path)
        if m:
            try:
                day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            value = datetime.combine(day, time(0, 0), tzinfo=UTC)
            if not _in_future(value, now or datetime.now(UTC)):
                return value
    return None


def parse_date(value: str | None) -> datetime | None:
    """ISO 8601 (with Z, with or without a colon in the offset) or RFC 822; None when neither."""
    if not value:
        return None
    text = value.strip()
    if re.fullmatch(r"\d{10}(\d{3})?", text):  # epoch seconds or milliseconds
        try:
            return datetime.fromtimestamp(int(text[:10]), UTC)
        except (OverflowError, ValueError):
            return None
    if re.match(r"\d{4}-\d\d-\d\d \d", text):  # "2024-04-30 16:38:37 +02:00"
        text = re.sub(r"\s+(?=[+-]\d\d:?\d\d$)", "", text.replace(" ", "T", 1))
    iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    iso = re.sub(r"(\.\d{6})\d+", r"\1", iso)
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.year < 1990:
        return None
    if parsed.tzinfo is None and len(text) <= 10:
        return datetime.combine(parsed.date(), time(0, 0), tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _first_date(values: Sequence[str | None], now: datetime) -> datetime | None:
    for value in values:
        parsed = parse_date(value)
        if parsed is not None and not _in_future(parsed, now):
            return parsed
    return None


def _not_future(value: datetime | None, now: datetime) -> datetime | None:
    return value if value is not None and not _in_future(value, now) else None


def _in_future(value: datetime, now: datetime) -> bool:
    if _is_bare_day(value):
        return value.date() > (now + _DAY_AHEAD).date()
    return value > now + timedelta(minutes=5)


def _is_bare_day(value: datetime) -> bool:
    return value.time() == time(0, 0) and value.utcoffset() == timedelta(0)


# --- the rest ------------------------------------------------------------------------------------------


def _author(article: dict[str, Any], meta: dict[str, str]) -> str | None:
    names = list(_names(article.get("author")))
    if not names:
        for key in ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"):
            value = meta.get(key)
            if value and not value.startswith("http"):
                names = [re.sub(r"^(by|von|par|por)\s+", "", value, flags=re.I)]
                break
    unique = list(dict.fromkeys(n for n in names if n))
    return ", ".join(unique) or None


def _names(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if not value.startswith("http"):
            yield _clean_space(value)
    elif isinstance(value, dict):
        yield from _names(value.get("name"))
    elif isinstance(value, list):
        for item in value:
            yield from _names(item)


def _canonical(facts: PageFacts, url: str) -> str | None:
    for value in (facts.canonical, facts.meta.get("og:url")):
        if value:
            absolute = urljoin(url, value)
            if absolute.startswith("http"):
                return absolute
    return None


def _language(facts: PageFacts, article: dict[str, Any]) -> str | None:
    for value in (_str(article.get("inLanguage")), facts.lang, facts.meta.get("og:locale"),
                  facts.meta.get("content-language"), facts.meta.get("language")):
        m = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|$)", value or "")
        if m:
            return m.group(1).lower()
    return None


def _load_json(text: str) -> Any:
    cleaned = text.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
    try:
        return json.loads(cleaned)
    except ValueError:
        try:  # raw line breaks inside strings are common in articleBody
            return json.loads(re.sub(r"[\r\n\t]+", " ", cleaned))
        except ValueError:
            return None


def _article_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Article-like objects in a JSON-LD block, through arrays, @graph and mainEntity."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            types = node.get("@type")
            names = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
            if names & _ARTICLE_TYPES or any(n.endswith(("article", "posting")) for n in names):
                found.append(node)
            if "@graph" in node:
                walk(node["@graph"])
            main = node.get("mainEntity")
            if isinstance(main, dict | list):
                walk(main)

    walk(data)
    return iter(found)


def _str(value: Any) -> str:
    if isinstance(value, list) and value:
        value = value[0]
    return value.strip() if isinstance(value, str) else ""


def _clean_space(text: str) -> str:
    return " ".join(text.split())


def _fold(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())
