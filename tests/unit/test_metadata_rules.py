"""Title and date rules on small pages we wrote: the segments a title carries and the statements that repair it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from newsfacts.extract import extract_article
from newsfacts.metadata import read_facts, strip_title_segments, title_date
from trafilatura.utils import load_html

STORY = "".join(
    f"<p>{s}</p>" for s in (
        "Flood waters rose overnight across the river valley, forcing hundreds of families from their homes.",
        "Rescue teams worked through the night with boats borrowed from a fishing cooperative downstream.",
        "The regional governor said that shelters in three schools had opened and were taking more people.",
    )
)


def page(head: str = "", h1: str = "", after: str = "") -> str:
    """A news page: head tags, an optional <h1>, the story, then optional blocks after it."""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return f"<html><head>{head}</head><body><article>{heading}{STORY}</article>{after}</body></html>"


def jsonld(**fields: object) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


def title_of(html: str, url: str = "https://valley.example/floods") -> str | None:
    article = extract_article(html, url)
    assert article is not None
    return article.title


# --- segments of a title ---------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    "Floods force hundreds from homes | Valley Post | 28.04.2023",
    "Floods force hundreds from homes | Valley Post | 2023-04-28",
    "Floods force hundreds from homes | Valley Post | by Ana Ruiz",
    "28.04.2023 - Floods force hundreds from homes",
])
def test_date_and_byline_segments_are_not_the_headline(raw: str) -> None:
    assert strip_title_segments(raw, ["Valley Post"]) == "Floods force hundreds from homes"


def test_a_headline_that_mentions_a_date_or_starts_with_by_keeps_it() -> None:
    assert strip_title_segments("Floods of 28.04.2023: a year on", []) == "Floods of 28.04.2023: a year on"
    assert strip_title_segments("Floods | By boat to school", []) == "Floods | By boat to school"
    assert strip_title_segments("Economía | Por qué subió el río", []) == "Economía | Por qué subió el río"


def test_og_title_that_is_the_site_name_is_not_the_headline() -> None:
    head = ('<meta name="application-name" content="Valley Post - Latest News">'
            '<meta property="og:title" content="Valley Post - Latest News">'
            '<meta name="twitter:title" content="Valley Post - Latest News">'
            "<title>Floods force hundreds from homes</title>")
    assert title_of(page(head, h1="Floods force hundreds from homes")) == "Floods force hundreds from homes"


# --- repairs from the other statements ---------------------------------------------------------------


def test_a_jsonld_headline_cut_with_an_ellipsis_is_completed_from_the_h1() -> None:
    head = jsonld(headline="Floods force hundreds of families from their homes in the...")
    full = "Floods force hundreds of families from their homes in the valley"
    assert title_of(page(head, h1=full)) == full


def test_a_trailing_section_no_other_statement_has_is_dropped() -> None:
    head = ('<meta property="og:title" content="Floods force hundreds from homes - National">'
            "<title>Floods force hundreds from homes - National</title>")
    assert title_of(page(head, h1="Floods force hundreds from homes")) == "Floods force hundreds from homes"


def test_the_jsonld_headline_keeps_its_own_trailing_segment() -> None:
    head = jsonld(headline="Floods force hundreds from homes - Live updates")
    html = page(head, h1="Floods force hundreds from homes")
    assert title_of(html) == "Floods force hundreds from homes - Live updates"


def test_the_plain_title_spelling_wins_when_only_punctuation_differs() -> None:
    head = (jsonld(headline="“Worst in memory”: valley’s floods force hundreds from homes")
            + '<meta property="og:site_name" content="Valley Post">'
            + "<title>Worst in memory: valley's floods force hundreds from homes | Valley Post</title>")
    assert title_of(page(head)) == "Worst in memory: valley's floods force hundreds from homes"


def test_a_title_in_other_words_or_other_case_does_not_change_the_headline() -> None:
    headline = "Valley’s floods force hundreds from homes"
    for other in ("Valley's Floods Force Hundreds From Homes", "Valley's floods: hundreds leave their homes"):
        assert title_of(page(jsonld(headline=headline) + f"<title>{other}</title>")) == headline


# --- the shown headline against the JSON-LD headline ----------------------------------------------------

SHOWN = "Minister defiant over flood defence spending"
SEO = "Minister suggests he will keep flood defence spending unchanged"


def marked_page(head: str, itemprop: str = "headline", after: str = "") -> str:
    """A page whose <h1> is marked up as the headline in schema.org microdata."""
    heading = f'<h1 itemprop="{itemprop}">{SHOWN}</h1>'
    return f"<html><head>{head}</head><body><article>{heading}{STORY}</article>{after}</body></html>"


@pytest.mark.parametrize("itemprop", ["headline", "headline name"])
def test_a_shown_headline_marked_in_microdata_wins_over_another_jsonld_headline(itemprop: str) -> None:
    head = (jsonld(headline=SEO) + f'<meta property="og:title" content="{SHOWN}">'
            + f"<title>{SEO}</title>")
    assert title_of(marked_page(head, itemprop)) == SHOWN


def test_a_placeholder_jsonld_headline_gives_way_to_the_marked_one() -> None:
    head = jsonld(headline="cms") + f'<meta name="twitter:title" content="{SHOWN}">'
    assert title_of(marked_page(head)) == SHOWN


def test_a_marked_headline_no_other_statement_repeats_does_not_replace_the_jsonld_one() -> None:
    head = jsonld(headline=SEO) + f'<meta property="og:title" content="{SEO}">'
    assert title_of(marked_page(head)) == SEO


TEASER = '<ul><li><h3 itemprop="headline">Dam inspected after heavy rain</h3></li></ul>'


def test_a_marked_teaser_of_another_story_is_not_the_headline() -> None:
    head = jsonld(headline=SEO) + f'<meta property="og:title" content="{SEO}">'
    html = f"<html><head>{head}</head><body><nav>{TEASER}</nav><article><h1>{SEO}</h1>{STORY}</article></body></html>"
    assert title_of(html) == SEO


def test_the_marked_headline_after_a_marked_teaser_still_counts() -> None:
    head = jsonld(headline=SEO) + f'<meta property="og:title" content="{SHOWN}">'
    assert title_of(marked_page(head).replace("<article>", f"<nav>{TEASER}</nav><article>")) == SHOWN


def test_nothing_changes_when_one_marked_headline_is_the_jsonld_one() -> None:
    head = jsonld(headline=SHOWN) + f'<meta property="og:title" content="{SEO}">'
    related = f'<aside><h3 itemprop="headline">{SEO}</h3></aside>'
    assert title_of(marked_page(head, after=related)) == SHOWN


def test_the_shown_headline_without_microdata_does_not_replace_the_jsonld_one() -> None:
    head = (jsonld(headline=SEO) + f'<meta property="og:title" content="{SHOWN}">'
            + f'<meta name="twitter:title" content="{SHOWN}">')
    assert title_of(page(head, h1=SHOWN)) == SEO


def test_a_marked_headline_differing_only_in_punctuation_keeps_the_jsonld_spelling() -> None:
    head = jsonld(headline="Minister’s defence: “spending stays”") + (
        '<meta property="og:title" content="Minister\'s defence: spending stays">')
    html = marked_page(head).replace(SHOWN, "Minister's defence: spending stays")
    assert title_of(html) == "Minister’s defence: “spending stays”"


# --- a date in the title -----------------------------------------------------------------------------


@pytest.mark.parametrize("title, day", [
    ("Floods | Valley Post | 28.04.2023", "2023-04-28"),
    ("Floods | 2023-04-28", "2023-04-28"),
    ("Floods | 28/04/2023", "2023-04-28"),
    ("Floods | 04/28/2023", "2023-04-28"),
    ("Floods | 04/05/2023", None),  # April or May: the page does not say
    ("Floods of 28.04.2023", None),  # a date inside the headline is not a segment of the title
])
def test_title_date_reads_a_date_segment(title: str, day: str | None) -> None:
    tree = load_html(f"<html><head><title>{title}</title></head><body><p>x</p></body></html>")
    found = title_date(read_facts(tree))
    assert (found.date().isoformat() if found else None) == day


def test_the_title_date_wins_over_a_related_story_date_in_the_page() -> None:
    head = ('<meta property="og:title" content="Floods force hundreds from homes | Valley Post | 28.04.2023">'
            '<meta property="og:site_name" content="Valley Post">')
    related = ('<aside><h2>Dam inspected after heavy rain <span class="date">24.04.2023</span></h2>'
               "<p>Engineers checked the dam on Monday and found it sound.</p></aside>")
    article = extract_article(page(head, h1="Floods force hundreds from homes", after=related),
                              "https://valley.example/floods")
    assert article is not None and article.published_at == datetime(2023, 4, 28, tzinfo=UTC)
    assert article.title == "Floods force hundreds from homes"
