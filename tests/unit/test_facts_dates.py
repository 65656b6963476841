"""Event dates: explicit formats, relative words resolved against publication, never after it."""

from __future__ import annotations

import pytest
from newsfacts.facts.dates import extract_date
from newsfacts.facts.text import sentence_spans


def when(text: str, published: str | None = None) -> tuple[str | None, str | None]:
    d = extract_date(text, sentence_spans(text), published)
    return d.value, d.precision


@pytest.mark.parametrize(
    "text",
    [
        "The attack happened on Oct. 7, 2023, officials said.",
        "The attack happened on 7 October 2023, officials said.",
        "The attack happened on October 7th, 2023, officials said.",
        "The attack happened on 2023-10-07, officials said.",
    ],
)
def test_explicit_formats(text: str) -> None:
    assert when(text) == ("2023-10-07", "day")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Tuesday", "2023-10-10"),
        ("yesterday", "2023-10-11"),
        ("last night", "2023-10-11"),
        ("after midnight", "2023-10-12"),
    ],
)
def test_relative_days(phrase: str, expected: str) -> None:
    # Thursday 12 October 2023.
    assert when(f"A bomb killed three people {phrase}.", "2023-10-12T09:00:00Z") == (expected, "day")


def test_earlier_this_month_is_month_precision() -> None:
    assert when("Gunmen attacked the village earlier this month.", "2023-10-12") == ("2023-10-01", "month")


def test_year_less_date_takes_the_year_before_publication() -> None:
    assert when("Gunmen attacked the convoy on December 30.", "2024-01-03") == ("2023-12-30", "day")


def test_never_after_publication() -> None:
    value, _ = when("The attack on 11 November 2024 killed five.", "2023-10-12")
    assert value is None


def test_relative_words_need_a_publication_date() -> None:
    assert when("A bomb killed three people on Tuesday.") == (None, None)


def test_background_dates_lose_to_the_event() -> None:
    text = (
        "A suicide bomber killed 12 people on March 3, 2024. "
        "The insurgency, which began in 2009, has killed thousands."
    )
    assert when(text, "2024-03-04") == ("2024-03-03", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/05/2015: Assailants attacked a police checkpoint.", "2015-01-05"),  # month first with slashes
        ("On 25/12/2019 a bomb exploded at a church.", "2019-12-25"),  # 25 can only be the day
        ("On 07.10.2023 gunmen attacked the village.", "2023-10-07"),  # day first with dots
    ],
)
def test_numeric_formats(text: str, expected: str) -> None:
    assert when(text) == (expected, "day")


def test_when_it_was_said_is_not_when_it_happened() -> None:
    text = (
        "Jihadists killed 15 soldiers in an ambush, the army said on Wednesday. "
        "The attack took place on Tuesday."
    )
    assert when(text, "2023-03-01T09:00:00Z") == ("2023-02-28", "day")


@pytest.mark.parametrize(
    "published", ["2023-10-12T09:00:00+03:00", "Thu, 12 Oct 2023 09:00:00 GMT", "2023-10-12"]
)
def test_publication_formats(published: str) -> None:
    assert when("A bomb killed three people yesterday.", published) == ("2023-10-11", "day")


def test_unreadable_publication_date_is_ignored() -> None:
    assert when("A bomb killed three people yesterday.", "not a date") == (None, None)


_SPLIT_SCAN_TEXTS = [
    "In March 2021, gunmen killed five people; since March the town has been quiet. On March 3, 2023 a bomb "
    "exploded, and on 2023-10-03T14:00 another; a third on 3/10/2023 and on 14.02.2022.",
    "During the summer of 2022 and at the end of 2021 raids were frequent, by June 2020 in mid-September too.",
    "Over the weekend two days ago, on the 3rd, overnight Saturday, after midnight on Sunday, last Thursday, "
    "on Thursday last week, the previous night, earlier this week and a week ago attacks were reported in 2019.",
]


@pytest.mark.parametrize("text", _SPLIT_SCAN_TEXTS)
def test_split_date_scans_find_what_one_pattern_finds(text: str) -> None:
    """The cheaper scans (periods from their month or year, rare relative forms behind a word they need) must find
    exactly the spans and groups of the one pattern with all the branches."""
    from newsfacts.facts import dates
    from newsfacts.facts.text import ascii_lower

    def as_found(matches: list, names: list[str]) -> list:
        return [((m.start(), m.end()), {k: m.group(k) for k in names}) for m in matches]

    date_names, rel_names = list(dates.DATE_RE.groupindex), list(dates.RELATIVE_RE.groupindex)
    low = ascii_lower(text)
    assert as_found(dates._date_matches(text), date_names) == as_found(list(dates.DATE_RE.finditer(text)), date_names)
    assert as_found(dates._relative_matches(low), rel_names) == as_found(
        list(dates.RELATIVE_RE.finditer(low)), rel_names
    )
    assert len(dates._date_matches(text)) + len(dates._relative_matches(low)) >= 4  # the texts hold several each
