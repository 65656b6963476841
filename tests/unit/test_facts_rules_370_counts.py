"""Round 370: counts found missing in the 23rd blind set and the 25th to 27th."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


# --- an aside between dashes that holds a bracket ------------------------------------------------------------------


def test_a_dash_aside_with_a_unit_abbreviation_in_brackets_is_still_an_aside() -> None:
    text = (
        "Eleven people — ten members of the Special Task Force (STF) and the driver of their jeep — were killed "
        "when rebels blew up a bridge under the convoy on Monday, police said."
    )
    assert counts(text)[0] == 11


def test_a_dash_aside_without_brackets_still_reads_as_before() -> None:
    text = (
        "Eleven people — ten members of the task force and the driver of their jeep — were killed when rebels "
        "blew up a bridge under the convoy on Monday, police said."
    )
    assert counts(text)[0] == 11


# --- a count the report names as the one it replaces ----------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "more than doubling an earlier count of 19 dead",
        "up from an initial tally of 19 dead",
        "up from a previous count of 19 killed",
    ],
)
def test_an_earlier_count_is_replaced_not_added(tail: str) -> None:
    text = (
        "At least 43 people were killed and 120 wounded in fighting between rival militias in the capital, the "
        f"emergency service said on Wednesday, {tail}."
    )
    assert counts(text) == (43, 120)


def test_a_count_not_called_earlier_is_still_a_figure() -> None:
    text = "Rescue teams gave a count of 19 dead after the militia attack on the market on Tuesday."
    assert counts(text)[0] == 19
