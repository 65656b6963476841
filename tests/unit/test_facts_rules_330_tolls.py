"""Round 330: tolls that rise by a participle or after "by", the attacker's own death among those shot, a zero
that an earlier attack's toll does not undo."""

from __future__ import annotations

from facts_rules_support import main


def test_number_killed_by_the_bomb_rose_to() -> None:
    inc = main(
        "The number of people killed by Friday's truck bomb in Kirkuk rose to 14 on Sunday when a boy hurt in "
        "the blast died in hospital. More than 60 people were injured when the truck exploded."
    )
    assert (inc["killed"], inc["injured"]) == (14, 60)


def test_death_toll_rising_to() -> None:
    inc = main("Troops ended the siege of a hotel in Kismayo on Sunday, with the death toll rising to 17, police said.")
    assert inc["killed"] == 17


def test_a_zero_outlives_a_toll_recalled_from_an_earlier_year() -> None:
    inc = main(
        "A teenager stabbed three pupils at a school in Duluth on Tuesday, police said. No one was killed. It was "
        "the first attack at a city school since a gunman in March 2019 killed a janitor."
    )
    assert (inc["killed"], inc["injured"]) == (0, 3)


def test_shot_several_some_fatally_before_killing_himself() -> None:
    inc = main("A clerk shot five coworkers, three of them fatally, before killing himself in the print shop in Enid.")
    assert (inc["killed"], inc["injured"]) == (4, 2)


def test_the_attacker_killing_himself_is_none_of_those_he_shot() -> None:
    inc = main("A gunman shot seven people, killing four, before killing himself at a rail yard in Joliet.")
    assert (inc["killed"], inc["injured"]) == (5, 3)
