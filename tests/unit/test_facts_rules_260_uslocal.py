"""Round 260, US local news and aid-worker notes: each rule with sentences written for it."""

from __future__ import annotations

import pytest

from tests.unit.facts_rules_support import main


@pytest.mark.parametrize(
    "text",
    [
        "A deputy was shot dead during a traffic stop in Gwinnett County, Georgia, on Tuesday night.",
        "Two men were killed in a shooting at a gas station in Clayton County, Georgia, police said.",
    ],
)
def test_a_state_after_a_us_county_is_the_state(text: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == ("US", "Georgia")


def test_the_country_georgia_after_its_own_town_stays() -> None:
    inc = main("A man was shot dead in Kutaisi, Georgia, on Tuesday.")
    assert inc["country"] == "GE"


def test_a_share_joined_by_and_to_those_shot() -> None:
    inc = main("Two officers were shot and one of them died after a traffic stop on Tuesday night, police said.")
    assert (inc["killed"], inc["injured"]) == (1, 1)


def test_the_ledes_fatal_share_stands_beside_a_later_death() -> None:
    text = (
        "Four people were shot, one fatally, at a park on Sunday evening, police said. "
        "A 24-year-old man died at the scene. The others were taken to a hospital."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (1, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Five people were shot outside a store early Saturday. All five were taken to a hospital with injuries "
        "ranging from minor to serious. No deaths were reported.",
        "Five people were shot at a backyard party on Saturday night, police said. No one was killed.",
    ],
)
def test_those_shot_are_wounded_when_no_one_died(text: str) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (0, 5)
