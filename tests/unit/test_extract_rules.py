"""Each extraction rule on a small page we wrote: titles, dates, encodings, furniture, second opinions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from lxml import etree
from newsfacts import body, extract, metadata
from newsfacts.evaluate_extraction import main as evaluate_main
from newsfacts.evaluate_extraction import token_prf
from newsfacts.extract import decode_html, extract_article, read_body
from newsfacts.metadata import parse_date, strip_title_segments, url_date
from trafilatura.utils import load_html

STORY = [
    "Flood waters rose overnight across the river valley, forcing hundreds of families from their homes.",
    "Rescue teams worked through the night with boats borrowed from a fishing cooperative downstream.",
    "The regional governor said that shelters in three schools had opened and were taking more people.",
    "Officials expect the river to crest on Thursday afternoon before the water slowly begins to recede.",
    "Farmers said the harvest in the lowest fields was lost, and asked for help to replant next season.",
]


def page(head: str = "", before: str = "", after: str = "", paragraphs: list[str] | None = None) -> str:
    """A news page: head tags, then an article with optional lines before and after the story."""
    paras = "".join(f"<p>{p}</p>" for p in (paragraphs or STORY))
    return (f"<html><head>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article>{before}{paras}{after}</article><footer>Contact us</footer></body></html>")


def jsonld(**fields: object) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


# --- titles ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("Floods force hundreds from homes | Valley Post", "Floods force hundreds from homes"),
    ("Valley Post - Floods force hundreds from homes", "Floods force hundreds from homes"),
    ("Floods force hundreds from homes – Valley Post", "Floods force hundreds from homes"),
    ("Flood: what we know", "Flood: what we know"),  # a colon inside a headline is not a site name
])
def test_site_name_segments_are_removed_at_either_end(raw: str, expected: str) -> None:
    assert strip_title_segments(raw, ["Valley Post"]) == expected


def test_site_name_suffix_learned_from_og_site_name_is_removed() -> None:
    head = ('<meta property="og:site_name" content="Valley Post">'
            "<title>Floods force hundreds from homes | Valley Post</title>")
    article = extract_article(page(head), "https://valleypost.example/floods")
    assert article is not None and article.title == "Floods force hundreds from homes"
    assert article.site_name == "Valley Post"


def test_jsonld_headline_is_preferred_to_social_and_heading_titles() -> None:
    head = (jsonld(headline="River floods force hundreds from homes")
            + '<meta property="og:title" content="You will not believe this flood">'
            + "<title>Floods | Valley Post</title>")
    article = extract_article(page(head, before="<h1>Floods hit the valley</h1>"), "https://v.example/a")
    assert article is not None and article.title == "River floods force hundreds from homes"


def test_without_jsonld_the_confirmed_title_wins_over_an_unconfirmed_og_title() -> None:
    head = ('<meta property="og:title" content="You will not believe this flood">'
            "<title>River floods force hundreds from homes | Valley Post</title>"
            '<meta property="og:site_name" content="Valley Post">')
    html = page(head, before="<h1>River floods force hundreds from homes</h1>")
    article = extract_article(html, "https://v.example/a")
    assert article is not None and article.title == "River floods force hundreds from homes"


def test_og_title_is_taken_when_nothing_confirms_any_title() -> None:
    head = '<meta property="og:title" content="River floods force hundreds"><title>Valley news</title>'
    article = extract_article(page(head), "https://v.example/a")
    assert article is not None and article.title == "River floods force hundreds"


# --- dates -----------------------------------------------------------------------------------------


def test_jsonld_date_published_keeps_its_timezone_and_modified_is_recorded() -> None:
    head = jsonld(headline="Floods", datePublished="2026-07-10T00:50:17+02:00",
                  dateModified="2026-07-10T09:00:00+02:00")
    article = extract_article(page(head), "https://v.example/a")
    assert article is not None
    assert article.published_at == datetime(2026, 7, 10, 0, 50, 17, tzinfo=UTC) + timedelta(hours=-2)
    assert article.published_at.utcoffset() == timedelta(hours=2)  # the page's own offset, not UTC
    assert article.published_at.date().isoformat() == "2026-07-10"
    assert article.modified_at is not None and article.modified_at.hour == 9


def test_jsonld_date_wins_over_the_published_time_meta_tag() -> None:
    head = jsonld(datePublished="2026-03-02T08:00:00Z") + \
        '<meta property="article:published_time" content="2026-03-01T08:00:00Z">'
    article = extract_article(page(head), "https://v.example/a")
    assert article is not None and article.published_at == datetime(2026, 3, 2, 8, tzinfo=UTC)


def test_time_element_dates_a_page_without_meta_dates() -> None:
    html = page(before='<p class="meta"><time datetime="2025-11-21T13:34:26+00:00">21 Nov</time></p>')
    article = extract_article(html, "https://v.example/a")
    assert article is not None and article.published_at == datetime(2025, 11, 21, 13, 34, 26, tzinfo=UTC)


@pytest.mark.parametrize("url, day", [
    ("https://v.example/2024/10/16/floods", "2024-10-16"),
    ("https://v.example/articles/20250114/k00/floods", "2025-01-14"),
    ("https://v.example/news/2024-04-30-floods.html", "2024-04-30"),
])
def test_dates_in_the_url_path(url: str, day: str) -> None:
    found = url_date(url)
    assert found is not None and found.date().isoformat() == day


def test_url_date_dates_a_page_that_states_none() -> None:
    article = extract_article(page(), "https://v.example/2024/10/16/floods")
    assert article is not None and article.published_at == datetime(2024, 10, 16, tzinfo=UTC)


def test_future_dates_are_refused_for_the_next_statement() -> None:
    future = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    head = jsonld(datePublished=future) + \
        '<meta property="article:published_time" content="2025-02-11T18:28:25Z">'
    article = extract_article(page(head), "https://v.example/a")
    assert article is not None and article.published_at == datetime(2025, 2, 11, 18, 28, 25, tzinfo=UTC)


def test_only_a_future_date_falls_back_to_the_feed_date() -> None:
    future = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    html = page(jsonld(datePublished=future))
    article = extract_article(html, "https://v.example/a", entry_published=when)
    assert article is not None and article.published_at == when


def test_feed_date_is_used_when_the_page_has_none_and_gives_a_bare_day_its_time() -> None:
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    article = extract_article(page(), "https://v.example/a", entry_published=when)
    assert article is not None and article.published_at == when
    article = extract_article(page(), "https://v.example/2026/11/20/floods", entry_published=when)
    assert article is not None and article.published_at == when  # same day: the feed's time of day


@pytest.mark.parametrize("value, iso", [
    ("2025-05-07T13:42:21+0000", "2025-05-07T13:42:21+00:00"),
    ("2024-04-26T15:24:04.336Z", "2024-04-26T15:24:04.336000+00:00"),
    ("2024-04-30 16:38:37 +02:00", "2024-04-30T16:38:37+02:00"),
    ("Tue, 03 Sep 2024 04:03:19 GMT", "2024-09-03T04:03:19+00:00"),
    ("2023-04-28", "2023-04-28T00:00:00+00:00"),
])
def test_date_formats_pages_use(value: str, iso: str) -> None:
    parsed = parse_date(value)
    assert parsed is not None and parsed.isoformat() == iso


# --- encodings -------------------------------------------------------------------------------------

ARABIC = "قالت السلطات إن الفيضانات أجبرت مئات العائلات على مغادرة منازلها في الوادي."
RUSSIAN = "Власти сообщили, что наводнение вынудило сотни семей покинуть свои дома в долине."
JAPANESE = "当局によると、洪水で谷の数百世帯が自宅から避難を余儀なくされた。救助隊は夜通し活動した。"


@pytest.mark.parametrize("text, charset", [
    (ARABIC, "windows-1256"), (RUSSIAN, "koi8-r"), (JAPANESE, "shift_jis"),
])
def test_header_charset_decodes_the_bytes(text: str, charset: str) -> None:
    raw = f"<html><body><p>{text}</p></body></html>".encode(charset)
    assert text in decode_html(raw, charset)


@pytest.mark.parametrize("text, charset", [
    (ARABIC, "windows-1256"), (RUSSIAN, "windows-1251"), (JAPANESE, "euc-jp"),
])
def test_meta_charset_decodes_when_the_header_says_nothing(text: str, charset: str) -> None:
    raw = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'.encode(charset)
    assert text in decode_html(raw, None)


@pytest.mark.parametrize("text, charset", [(ARABIC * 3, "utf-8"), (RUSSIAN * 3, "windows-1251"),
                                           (JAPANESE * 3, "shift_jis")])
def test_detection_decodes_pages_that_declare_nothing(text: str, charset: str) -> None:
    raw = f"<html><body><p>{text}</p></body></html>".encode(charset)
    assert text in decode_html(raw, None)


def test_wrong_header_charset_falls_back_to_the_meta_tag() -> None:
    html = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'
    raw = html.encode("windows-1251")
    assert RUSSIAN in decode_html(raw, "no-such-charset")


# --- furniture -------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Read more: Storm warnings issued for the coast",
    "READ MORE: Storm warnings issued for the coast",
    "ALSO READ: Storm warnings issued for the coast",
    "MORE: Storm warnings issued for the coast",
    "Czytaj więcej",
    "Lesen Sie auch: Sturmwarnung für die Küste",
    "Follow Valley Post on Instagram and Facebook.",
    "Click here to subscribe to our newsletter",
    "Reporting by Ana Ruiz; Editing by Tom Lee",
    "By Ana Ruiz",
    "Photo: AFP",
    "A boat on the flooded road. REUTERS/Ana Ruiz Purchase Licensing Rights",
    "17:41 JST, October 13, 2024",
    "Posted on April 21, 2015, at 11:29 a.m.",
    "Ana Ruiz | Valley Town | 08/01/2014",
    "Advertisement",
])
def test_furniture_lines_are_stripped(line: str) -> None:
    assert body.strip_furniture(f"{STORY[0]}\n{line}\n{STORY[1]}") == f"{STORY[0]}\n{STORY[1]}"


@pytest.mark.parametrize("line", [
    "More than 100 people were evacuated from the lowest streets before midnight, officials said.",
    "What happens next?",  # a sub-headline stays: short is not a reason
    "By the morning, the water had reached the market square and the church steps.",
])
def test_story_lines_that_look_like_furniture_stay(line: str) -> None:
    assert body.strip_furniture(f"{STORY[0]}\n{line}") == f"{STORY[0]}\n{line}"


def test_headline_repeated_at_the_top_of_the_body_is_dropped() -> None:
    text = "River floods force hundreds from homes\n" + "\n".join(STORY)
    assert body.strip_furniture(text, ["River floods force hundreds from homes"]) == "\n".join(STORY)


def test_read_more_byline_and_caption_do_not_reach_the_article() -> None:
    html = page(
        '<meta property="og:title" content="River floods force hundreds from homes">',
        before="<h1>River floods force hundreds from homes</h1><p>By Ana Ruiz</p>",
        after="<p>Read more: Storm warnings issued for the whole coast this week</p>"
              "<figure><img src='x.jpg'><figcaption>Photo: AFP</figcaption></figure>",
    )
    article = extract_article(html, "https://v.example/a")
    assert article is not None
    assert "Read more" not in article.text and "By Ana Ruiz" not in article.text and "AFP" not in article.text
    assert article.text.split("\n")[0] == STORY[0]
    assert len(article.text.split("\n")) == len(STORY)  # one paragraph per line, none merged


# --- body reconciliation and second opinions -------------------------------------------------------


def test_paragraph_missing_inside_the_precise_reading_is_restored() -> None:
    default = "\n".join(["Teaser for another story entirely.", *STORY])
    precise = "\n".join([STORY[0], STORY[1], STORY[3], STORY[4]])
    assert body.reconcile(default, precise) == "\n".join(STORY)


def test_lines_before_the_precise_reading_are_never_restored() -> None:
    default = "\n".join(["A long teaser for another story that the default reading kept at the top.", *STORY])
    assert body.reconcile(default, "\n".join(STORY)) == "\n".join(STORY)


def test_a_precise_reading_cut_short_gets_the_prose_after_it_back() -> None:
    later = [s.replace("the", "a") + " More came later." for s in STORY]
    default = "\n".join(STORY + later)
    assert body.reconcile(default, "\n".join(STORY[:1])) == default


LONG_STORY = [f"{line[:-1]}, on day {day} of the flood." for day in (1, 2, 3, 4) for line in STORY]


def fake_readings(
    monkeypatch: pytest.MonkeyPatch, readings: dict[tuple[bool, bool], list[str]]
) -> list[tuple[bool, bool]]:
    """Replace trafilatura by canned readings keyed (favor_precision, fast); returns the calls made."""
    calls: list[tuple[bool, bool]] = []

    def fake(tree: object, url: str, *, favor_precision: bool, fast: bool = False) -> str:
        calls.append((favor_precision, fast))
        return "\n".join(readings[(favor_precision, fast)])

    monkeypatch.setattr(extract, "_trafilatura_text", fake)
    return calls


def test_a_first_reading_that_holds_the_page_is_the_only_one(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_readings(monkeypatch, {(True, True): LONG_STORY})
    assert read_body(load_html(page(paragraphs=LONG_STORY)), "https://v.example/a") == "\n".join(LONG_STORY)
    assert calls == [(True, True)]


def test_a_first_reading_shorter_than_a_story_is_read_again_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_readings(monkeypatch, {(True, True): STORY[:1], (True, False): LONG_STORY})
    assert read_body(load_html(page(paragraphs=LONG_STORY)), "https://v.example/a") == "\n".join(LONG_STORY)
    assert calls == [(True, True), (True, False)]


def test_a_reading_with_less_than_half_the_page_is_reconciled_with_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    precise = LONG_STORY[:3] + LONG_STORY[-3:]  # precision kept both ends and lost the middle
    calls = fake_readings(monkeypatch, {(True, True): precise, (False, False): LONG_STORY})
    assert read_body(load_html(page(paragraphs=LONG_STORY)), "https://v.example/a") == "\n".join(LONG_STORY)
    assert calls == [(True, True), (False, False)]


def test_comments_asides_and_footers_are_not_part_of_what_the_page_has_to_say(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A story under a long comment thread is held whole by its first reading: no second one is needed."""
    comments = "".join(f"<p>Reader {k} wrote that the valley floods every spring and nobody listens.</p>" * 3
                       for k in range(12))
    html = page(paragraphs=LONG_STORY).replace(
        "</article>",
        f"</article><section class='comments'>{comments}</section><aside><p>{comments}</p></aside>"
        f"<footer><p>{comments}</p></footer>",
    )
    calls = fake_readings(monkeypatch, {(True, True): LONG_STORY, (False, False): LONG_STORY})
    assert read_body(load_html(html), "https://v.example/a") == "\n".join(LONG_STORY)
    assert calls == [(True, True)]


def test_reading_body_and_metadata_leaves_the_shared_tree_as_it_was() -> None:
    tree = load_html(page('<meta property="og:title" content="Floods">', before="<p>Posted 12.03.2024</p>"))
    before = etree.tostring(tree)
    read_body(tree, "https://v.example/a")
    facts = metadata.read_facts(tree)
    metadata.reconcile(facts, tree, "https://v.example/a")  # no date statement: htmldate reads the tree
    assert etree.tostring(tree) == before


def test_jsonld_article_body_replaces_a_reading_that_lost_paragraphs() -> None:
    full = STORY + [s.replace("the", "a") for s in STORY]
    head = jsonld(headline="Floods", articleBody="\n".join(full))
    article = extract_article(page(head, paragraphs=STORY[:2]), "https://v.example/a")
    assert article is not None and article.text == "\n".join(full)


def test_jsonld_article_body_about_something_else_is_ignored() -> None:
    other = "Markets rallied on Tuesday as investors bet on lower rates and strong earnings. " * 8
    article = extract_article(page(jsonld(articleBody=other)), "https://v.example/a")
    assert article is not None and article.text == "\n".join(STORY)


def test_author_language_canonical_and_site_name_are_recorded() -> None:
    head = (jsonld(headline="Floods", author=[{"@type": "Person", "name": "Ana Ruiz"}],
                   publisher={"@type": "Organization", "name": "Valley Post"}, inLanguage="es-ES")
            + '<link rel="canonical" href="/news/floods">')
    article = extract_article(page(head), "https://v.example/news/floods?utm=x")
    assert article is not None
    assert (article.author, article.language, article.site_name) == ("Ana Ruiz", "es", "Valley Post")
    assert article.canonical_url == "https://v.example/news/floods"


# --- the evaluation script -------------------------------------------------------------------------


def test_token_f1_counts_words_as_a_bag() -> None:
    assert token_prf("a b c", "a b c") == (1.0, 1.0, 1.0)
    precision, recall, _ = token_prf("a b c d", "a b")
    assert (precision, recall) == (0.5, 1.0)


def test_evaluation_without_the_corpus_says_so_and_succeeds(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert evaluate_main(["--corpus", str(tmp_path / "absent")]) == 0
    assert "not found" in capsys.readouterr().out
