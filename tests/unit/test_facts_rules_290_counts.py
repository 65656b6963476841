"""Round 290: killed and injured counts when the victims are spread across a sentence or told in pieces."""

from __future__ import annotations

from facts_rules_support import killed, main


def test_in_law_is_one_person_in_a_list() -> None:
    # "his mother-in-law" is one person, not "his mother" cut at the hyphen that ends the list
    inc = main("Paul Grant, 52, fatally shot his wife, his mother-in-law and a neighbor before taking his own life.")
    assert killed(inc)[0] == 3


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


def test_survived_makes_the_hit_injured() -> None:
    inc = main("A guard of an aid agency was stabbed during a burglary at the compound in Malakal. He survived.")
    assert (inc["killed"], inc["injured"]) == (0, 1)  # the one hit lives: no one died (round 400)


def test_both_were_injured_counts_two() -> None:
    inc = main("Bandits robbed and beat two drivers of a relief agency near Kaga Bandoro. Both were injured.")
    assert inc["injured"] == 2


def test_both_who_died_are_not_injured() -> None:
    inc = main("Gunmen attacked two traders near Gao. Both were hospitalised and later died of their wounds.")
    assert inc["injured"] is None


def test_stabbed_beside_injured_are_more_injured() -> None:
    inc = main("Three fans were stabbed and nine police officers injured in clashes after the derby in Lyon.")
    assert inc["injured"] == 12


def test_stabbed_then_how_badly_is_a_share() -> None:
    inc = main("Four people were stabbed and two seriously injured at a bus station in Leeds.")
    assert inc["injured"] != 6


def test_hit_one_of_whom_died() -> None:
    inc = main("Carl Dean, 33, shot six people at a barbecue in Tulsa, one of whom later died.")
    assert (inc["killed"], inc["injured"]) == (1, 5)


def test_possessive_noun_names_a_person() -> None:
    inc = main("Dale Voss, 61, killed his neighbor and the neighbor's daughter, then wounded two deputies.")
    assert (inc["killed"], inc["injured"]) == (2, 2)


def test_companions_along_with_after_the_place() -> None:
    assert main("A tribal elder was shot dead in Paktia on Monday along with his two sons.")["killed"] == 3
    assert main("A district chief was killed in an ambush, along with two of his guards.")["killed"] == 3


def test_along_with_strangers_after_the_place_not_added() -> None:
    # an aid-worker record counts its own staff: others "along with" after the cause are not the victim's party
    assert main("An aid worker was killed in an airstrike along with four civilians.")["killed"] == 1


def test_hit_who_died_beside_the_attackers_own_death() -> None:
    inc = main("Roy Hart, 44, shot five coworkers at a depot, two of whom later died, before killing himself.")
    assert (inc["killed"], inc["injured"]) == (3, 3)
