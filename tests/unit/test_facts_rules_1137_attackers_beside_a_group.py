"""Round 1137: the man named beside a group the text also names ("pledged allegiance to the leader of the Islamic
State", "identified the bomber as X"), two attackers each with an age, the act told in a second sentence that
opens "Instead he", a state's abbreviation before the act ("Littleton, Colo., attacked") and a suspect detained."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def _actors(text: str) -> list[str]:
    return [a["name"] for a in main(text)["actors"]]


def test_a_gunman_who_pledged_allegiance_to_a_group() -> None:
    text = (
        "Gunman kills 14 at Tampa club\nTAMPA, Fla. (AP) - A gunman who pledged allegiance to the Islamic State group "
        "opened fire inside a club in Tampa early Sunday, killing 14 people, officials said. Police identified the "
        "attacker as Karl Brenner, 31, of Lakeland."
    )
    names = _actors(text)
    assert "Karl Brenner" in names
    assert any("Islamic State" in n for n in names)


def test_the_bomber_identified_beside_the_group_the_officials_blamed() -> None:
    text = (
        "4 March - A suicide bomber blew himself up among tourists in a square in Izmir, killing nine of them. "
        "Officials identified the bomber as Halil Demirkan, a member of the Islamic State."
    )
    assert "Halil Demirkan" in _actors(text)


def test_two_attackers_each_with_an_age() -> None:
    text = (
        "Ross Kemble, 18, and Dean Farrow, 17, students at Ridge High School in Boise, Ida., attacked their school "
        "with shotguns. They killed nine students before both killed themselves."
    )
    assert _actors(text)[:2] == ["Ross Kemble", "Dean Farrow"]


def test_two_victims_each_with_an_age_stay_victims() -> None:
    text = (
        "Gunmen shot dead two officers at a checkpoint in Ohio. Constables Mark Ellis, 29, and Ryan Tate, 31, were "
        "killed as they approached the car."
    )
    names = _actors(text)
    assert "Mark Ellis" not in names and "Ryan Tate" not in names


def test_the_act_in_the_second_sentence_after_instead() -> None:
    text = (
        "Paul Dorsey, 44, a clerk at a depot in Ohio, was told he could resign. Instead he pulled a pistol from his "
        "bag and shot seven co-workers."
    )
    assert _actors(text)[:1] == ["Paul Dorsey"]


@pytest.mark.parametrize(("verb", "found"), [("detained", True), ("interviewed", False)])
def test_a_woman_detained_is_the_suspect(verb: str, found: bool) -> None:
    text = (
        "A bomb left beneath a bench exploded on a shopping street in Ankara on Sunday, killing four people. Police "
        f"{verb} a Syrian woman, Leyla Mansour, who had been seen on cameras leaving the bag."
    )
    assert ("Leyla Mansour" in _actors(text)) is found
