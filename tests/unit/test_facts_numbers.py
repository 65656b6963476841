"""Counts in digits and words, their bounds, and the numbers that are not head counts."""

from __future__ import annotations

import pytest
from newsfacts.facts.numbers import NUMBER_RE, _matches, find_quantities, word_value


def values(text: str) -> list[tuple[int, int | None, int | None]]:
    return [(q.value, q.low, q.high) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eleven people", [(11, 11, 11)]),
        ("twenty-two people", [(22, 22, 22)]),
        ("one hundred and five people", [(105, 105, 105)]),
        ("a dozen people", [(12, 12, 12)]),
        ("two dozen soldiers", [(24, 24, 24)]),
        ("1,250 people", [(1250, 1250, 1250)]),
        ("at least 11 people", [(11, 11, None)]),
        ("more than 20 people", [(20, 20, None)]),
        ("up to 40 people", [(40, None, 40)]),
        ("nearly 50 people", [(50, None, 50)]),
        ("between 10 and 15 people", [(10, 10, 15)]),
        ("10 to 15 people", [(10, 10, 15)]),
    ],
)
def test_counts_and_bounds(text: str, expected: list[tuple[int, int | None, int | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("word", "value"), [("tens", 10), ("dozens", 12), ("hundreds", 100), ("thousands", 1000)]
)
def test_vague_magnitudes_are_coded_conservatively(word: str, value: int) -> None:
    (q,) = find_quantities(f"{word} of people were hurt")
    assert (q.value, q.low, q.high, q.vague) == (value, value, None, True)
    assert q.text == word  # the wording stays available for evidence


def test_millions_are_not_read_as_units() -> None:
    # word2number's trap: "at least five million" must not become 5.
    (q,) = find_quantities("at least five million people")
    assert q.value == 5_000_000 and q.low == 5_000_000


@pytest.mark.parametrize(
    "text",
    [
        "a 24-year-old man",
        "Maria Lopez, 34, was arrested",
        "an 18 year old student",
        "in 2017 the city fell",
        "at 10 p.m. the bar closed",
        "it cost $5 million",
        "the 3rd Brigade moved in",
        "on July 13 the convoy left",
        "on 13 July the convoy left",
        "after 12 years of war",
        "200 kilometres west of the city",
        "the blast at 12 Main Street",
        "the 101st Airborne Division",
    ],
)
def test_numbers_that_are_not_head_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_offsets_point_into_the_text() -> None:
    text = "Officials said at least 11 people died."
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == q.text == "at least 11"


def test_unreadable_word_runs_are_no_number() -> None:
    assert word_value("") is None
    assert word_value("zero") == 0


_EVERY_OPENER = (
    "At least 11 people died and at most 40 were hurt; more than 20, no fewer than 5, no less than 6, upwards of "
    "70, in excess of 80, up to 40, as many as 90, fewer than 9 and less than 8 were counted. A total of 12, a "
    "further 3, an estimated 400, an additional 7, a dozen, half a dozen, two dozen, dozens, scores, hundreds of "
    "people, tens of thousands, thousands, between 10 and 15, 5 to 7 men, five or six women, twenty-two, Twenty 2, "
    "over 30, nearly 50, almost 60, under 10, about 100, around 200, approximately 300, roughly 400, some 500, "
    "another 6 and 1,200 others. Traps: a man, at noon, in Kabul, as well, no one, up the road, more people, less "
    "water, an hour, half the town, a hundred yards away, m23 rebels, $5, No. 3, 3.5 km, 2024, one hundred and five."
)


@pytest.mark.parametrize("text", [_EVERY_OPENER, _EVERY_OPENER.upper(), _EVERY_OPENER.lower()])
def test_number_starts_miss_no_number_the_full_pattern_finds_anywhere(text: str) -> None:
    """The cheap scan for where a number can start must find every number that trying the full pattern at every
    position would find: it only skips positions where the full pattern cannot match."""
    found, pos = [], 0
    for p in range(len(text)):
        if p < pos:
            continue
        m = NUMBER_RE.match(text, p)
        if m:
            found.append(m.span())
            pos = m.end()
    assert [m.span() for m in _matches(text)] == found
    assert len(found) >= 40
