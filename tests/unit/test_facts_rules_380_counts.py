"""Round 380: large counts beside the dead, a figure set apart, and killings told by their manner."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb went off in the market. 120 people were killed and around 2,000 injured.",
        "In the capital 120 people died, most of them passers-by, and some 2,000 were wounded.",
    ],
)
def test_thousands_hurt_beside_the_events_own_dead_are_the_events(text: str) -> None:
    assert counts(text) == (120, 2000)


def test_a_wars_toll_in_thousands_stays_out() -> None:
    text = "The attack killed 12 people. The war has killed 500,000 people and wounded 2 million."
    assert counts(text) == (12, None)


@pytest.mark.parametrize("apart", ["not counting", "excluding", "not including"])
def test_a_figure_set_apart_is_no_part_of_the_next_count(apart: str) -> None:
    text = f"Gunmen stormed the hotel. 120 people were killed, {apart} six attackers, and more than 200 injured."
    assert counts(text)[1] == 200


@pytest.mark.parametrize(
    "manner",
    ["beaten and hacked to death", "stabbed and beaten to death", "found shot execution-style"],
)
def test_a_killing_told_by_its_manner(manner: str) -> None:
    assert counts(f"3 NGO national staff {manner} when a mob overran the office.") == (3, None)


def test_beaten_alone_is_still_hurt() -> None:
    assert counts("3 NGO national staff beaten when a mob overran the office.") == (None, 3)
