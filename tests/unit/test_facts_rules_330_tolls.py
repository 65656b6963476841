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


def test_in_all_gives_the_total_of_the_parts_before_it() -> None:
    inc = main("A gunman killed three shoppers and wounded 12 at a mall in Tacoma; in all, five people died.")
    assert inc["killed"] == 5


def test_fired_in_all_directions_is_no_total() -> None:
    inc = main("Gunmen fired in all directions at a market in Gao, killing four traders and two soldiers.")
    assert inc["killed"] == 6


def test_attacker_named_among_the_dead_is_not_added_again() -> None:
    inc = main("Five people died at the depot in Fresno, including Lyle Brand, who turned the gun on himself.")
    assert inc["killed"] == 5


def test_those_in_critical_condition_are_some_of_the_wounded() -> None:
    inc = main(
        "The bomb in Quetta killed 12 people. Officials said 80 were wounded and 14 remained in critical condition."
    )
    assert inc["injured"] == 80


def test_one_of_the_guards_later_died() -> None:
    inc = main(
        "Five NNGO guards were wounded when gunmen attacked the warehouse in Kismayo. One of the guards later "
        "died of his wounds."
    )
    assert (inc["killed"], inc["injured"]) == (1, 4)


def test_one_abducted_whose_body_was_found() -> None:
    inc = main("INGO driver abducted at a checkpoint near Kidal; his body was found three days later.")
    assert inc["killed"] == 1
