"""Round 290: killed and injured counts when the victims are spread across a sentence or told in pieces."""

from __future__ import annotations

from facts_rules_support import killed, main


def test_in_law_is_one_person_in_a_list() -> None:
    # "his mother-in-law" is one person, not "his mother" cut at the hyphen that ends the list
    inc = main("Paul Grant, 52, fatally shot his wife, his mother-in-law and a neighbor before taking his own life.")
    assert killed(inc)[0] == 4


def test_headmaster_and_conductor_are_persons() -> None:
    assert main("Insurgents shot dead a village headmaster and his wife in their home in Kunar.")["killed"] == 2
    inc = main("A grenade killed a truck driver and wounded his conductor and three passengers in Assam.")
    assert (inc["killed"], inc["injured"]) == (1, 4)


def test_and_then_joins_the_victims() -> None:
    inc = main("Mark Olson, 29, killed his parents and then three coworkers at a plant in Iowa.")
    assert inc["killed"] == 5


def test_assassinated_target_counts_with_the_others() -> None:
    inc = main("Gunmen assassinated the provincial governor in Ghazni on Friday; seven others were also killed.")
    assert inc["killed"] == 8
