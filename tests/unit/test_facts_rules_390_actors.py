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


def test_the_dead_listed_with_their_ages_are_no_attackers() -> None:
    text = (
        "A driver sped into a holiday parade in Brookfield on Sunday, killing five people. The five people killed "
        "were Anna Berg, 79, Lena Moss, 71, and Tamsin Dale, 52, members of a dance troupe."
    )
    assert not any(name in roles(text) for name in ("Anna Berg", "Lena Moss", "Tamsin Dale"))


def test_the_attacker_named_after_the_list_of_the_dead_is_the_attacker() -> None:
    text = (
        "PITTSBURGH -- A gunman killed 11 worshippers at a synagogue on Saturday. The dead are Joan Feld, 75, of "
        "Oakland; Ralph Gott, 65, of Ross; and Irwin Yates, 69.\n\nThe suspect, Roger Bowen, 46, of Baldwin, was "
        "shot several times by SWAT officers and surrendered."
    )
    found = roles(text)
    assert "Joan Feld" not in found and found.get("Roger Bowen") == "perpetrator"
