"""Holidays that name one day date an attack like a written date; a holiday season names no day. Sentences we
wrote."""

from __future__ import annotations

import pytest
from newsfacts.facts import parse_incidents


def when(text: str, published: str) -> tuple[str | None, str | None]:
    incidents = parse_incidents(text, published=published)
    assert incidents, text
    return incidents[0]["event_date"], incidents[0]["date_precision"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the last Christmas Day by publication, in the year before when published in January
        ("A bomb exploded at a church in Jos on Christmas Day, killing six.", "2024-01-03", "2023-12-25"),
        ("Gunmen killed four people at a bar in Lagos on New Year's Eve, police said.", "2025-01-02", "2024-12-31"),
        ("Gunmen killed four people at a bar in Lagos on New Years Eve, police said.", "2025-01-02", "2024-12-31"),
        ("Militants shot dead two guards at a hotel in Mombasa on New Year’s Day.", "2023-01-05", "2023-01-01"),
        ("Attackers set fire to homes in Plateau on Christmas Eve, killing 11.", "2023-12-28", "2023-12-24"),
        ("Two people were stabbed to death in a Boxing Day attack in Leeds.", "2022-12-29", "2022-12-26"),
        # a year written after the holiday wins over publication's
        ("A car bomb killed 35 people at a church on Christmas Day 2011 in Niger state.", "2024-06-01", "2011-12-25"),
        # the moveable feasts, from Easter Sunday of that year (31 March 2024, 20 April 2025)
        ("A gunman killed three people on Good Friday in Kaduna.", "2024-04-02", "2024-03-29"),
        ("Suicide bombers killed 40 people at churches in Colombo on Easter Sunday.", "2025-04-25", "2025-04-20"),
        ("Suicide bombers killed 40 people in Colombo on Easter, officials said.", "2025-04-25", "2025-04-20"),
        ("The Easter Monday shooting in Memphis left two dead.", "2025-04-25", "2025-04-21"),
        ("Gunmen killed five people on Palm Sunday in a village in Benue state.", "2024-04-02", "2024-03-24"),
        # the eve of a feast is the day before it, in the year of that day
        ("Gunmen killed seven people in Plateau state on the eve of Easter.", "2024-04-02", "2024-03-30"),
        ("A car bomb killed four people in Kirkuk on the eve of New Year's Day.", "2024-12-31", "2024-12-31"),
    ],
)
def test_a_holiday_names_its_day(text: str, published: str, expected: str) -> None:
    assert when(text, published) == (expected, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four people at a Christmas market in Berlin, police said.",
        "Gunmen killed three people over Christmas in Plateau state, residents said.",
        "Militants killed seven soldiers on Easter week patrols in the north, the army said.",
    ],
)
def test_a_holiday_season_names_no_day(text: str) -> None:
    assert when(text, "2024-12-30")[0] is None


def test_the_weekday_in_a_feasts_name_is_the_feasts() -> None:
    """Months later, "Sunday" alone would be the last Sunday before publication."""
    text = "Suicide bombers killed 40 people in Colombo on Easter Sunday, a report said."
    assert when(text, "2025-06-11") == ("2025-04-20", "day")
    assert when("A gunman killed three people on Good Friday in Kaduna.", "2024-05-15") == ("2024-03-29", "day")


def test_a_holiday_after_publication_is_the_previous_years() -> None:
    """A report of 20 December cannot mean the coming Christmas: the last one before it."""
    assert when("Gunmen attacked a church on Christmas Day, killing nine.", "2024-12-20") == ("2023-12-25", "day")
