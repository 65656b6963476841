"""Attack type from the contract's fixed vocabulary; weapon as the text names it."""

from __future__ import annotations

import pytest
from newsfacts.facts.attack import ATTACK_TYPES, classify_attack, find_weapon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber blew himself up at the gate.", "suicide bomb"),
        ("Warplanes struck the village at dawn.", "air/drone strike"),
        ("Artillery shelling hit the market.", "shelling/artillery/missile attack"),
        ("A roadside bomb hit a police vehicle.", "remote explosive/landmine/IED"),
        ("Someone threw a grenade into the bar.", "grenade"),
        ("Gunmen opened fire on worshippers.", "armed attack"),
        ("Troops and rebels clashed for hours.", "armed clash"),
        ("Attackers set fire to the clinic.", "arson"),
    ],
)
def test_types(text: str, expected: str) -> None:
    assert classify_attack(text, len(text), True)[0] == expected


def test_kidnapping_without_casualties_is_abduction() -> None:
    assert classify_attack("Gunmen kidnapped five workers.", 100, False)[0] == "abduction"


def test_unrecognised_violent_event_is_other_and_nonviolent_is_none() -> None:
    assert classify_attack("Five people died.", 100, True)[0] == "other"
    assert classify_attack("The council met.", 100, False)[0] is None


def test_types_come_from_the_contract() -> None:
    for text in ("Warplanes struck.", "A landmine exploded.", "Rebels clashed with troops."):
        assert classify_attack(text, 100, True)[0] in ATTACK_TYPES


def test_weapon_as_named_with_offsets() -> None:
    text = "The army hit the district with a cluster bomb after midnight."
    weapon, ev = find_weapon(text)
    assert weapon == "cluster bomb"
    assert text[ev[0]["start"] : ev[0]["end"]] == "cluster bomb"
    assert find_weapon("They fired ground-to-ground missiles at the town.")[0] == "ground-to-ground missiles"
