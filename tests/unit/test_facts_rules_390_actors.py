"""Round 390: an air force's helicopters, and the force named by what it flies."""

from __future__ import annotations

import pytest
from facts_rules_support import main

_AFGHAN = "Afghan security forces (Afghan National Army, Afghan Air Force)"
_SYRIAN = "Syrian government (Assad regime, Syrian Arab Army, Syrian Arab Air Force)"


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Around midday, Afghan Air Force helicopters fired rockets at a religious school in Kunduz province, "
            "killing 36 people.",
            _AFGHAN,
        ),
        (
            "Syrian Arab Air Force helicopters dropped two barrel bombs on Douma on Saturday, killing 43 people.",
            _SYRIAN,
        ),
        (
            "Russian helicopters fired rockets at a village near Bakhmut on Monday, killing four people.",
            "Russian armed forces",
        ),
    ],
)
def test_a_forces_helicopters_are_the_force_attacking(text: str, force: str) -> None:
    assert roles(text).get(force) == "perpetrator"


def test_the_normalised_name_carries_the_air_force_coders_name() -> None:
    text = "Syrian warplanes bombed a market in Saraqeb on Sunday, killing 12 people."
    assert "Syrian Arab Air Force" in next(name for name in roles(text) if name.startswith("Syrian government"))


def test_the_force_found_to_be_the_perpetrator_of_the_attack() -> None:
    text = (
        "The inquiry concluded that units of the Syrian Arab Air Force were the perpetrators of the chemical attack "
        "on Saraqeb on 4 February 2018, which killed 11 people."
    )
    assert roles(text).get(_SYRIAN) == "perpetrator"
