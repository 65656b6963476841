"""Round 300: which numbers count as killed and injured (companions, corrections, rival sources, lists)."""

from __future__ import annotations

from facts_rules_support import killed, main


def test_definite_person_opens_an_along_with_list() -> None:
    inc = main("The police chief of Gardez was shot dead along with two of his guards at a checkpoint in Paktia.")
    assert inc["killed"] == 3


def test_definite_person_and_companions_were_killed() -> None:
    inc = main("The judge and her two sons were killed when a bomb went off under their car in Kirkuk.")
    assert inc["killed"] == 3


def test_comma_before_along_with() -> None:
    inc = main("A customs officer was killed, along with four traders, when rockets hit the border post in Torkham.")
    assert inc["killed"] == 5


def test_hostages_in_a_list_of_dead() -> None:
    inc = main("Three hostages and a police commando died during the assault on the bank in Bamako.")
    assert inc["killed"] == 4


def test_toll_revised_down_after_a_gap() -> None:
    inc = main("The death toll from the bombing of the bus depot in Kano has been revised down to 16, officials said.")
    assert inc["killed"] == 16


def test_though_introduces_a_rival_count() -> None:
    inc = main("Police said 25 people were killed in the raid on Djibo, though villagers said as many as 45 died.")
    assert killed(inc) == (25, 25, 45)


def test_who_were_killed_names_the_dead() -> None:
    inc = main("Crowds gathered to bury 7 fishermen who were killed by pirates off the coast of Lamu.")
    assert inc["killed"] == 7


def test_lost_a_limb_is_injured() -> None:
    inc = main("A mortar round killed two farmers near Tal Afar, and a third lost both legs.")
    assert (inc["killed"], inc["injured"]) == (2, 1)


def test_who_died_names_the_dead() -> None:
    inc = main("Villagers gathered for the burial of six herders who died in Tuesday's raid near Bama.")
    assert inc["killed"] == 6


def test_short_relative_clause_before_the_verb() -> None:
    inc = main("Bandits stopped a truck near Gusau; three traders who refused to pay were shot dead.")
    assert inc["killed"] == 3


def test_claim_told_after_the_figure_loses_to_the_official_count() -> None:
    inc = main("The insurgents killed 40 troops near Palma, a spokesman for the group claimed. The army said 9 died.")
    assert killed(inc) == (9, 9, 40)


def test_ages_aside_does_not_break_the_subject() -> None:
    inc = main("Three boys, aged 8, 10 and 13, were killed when an old shell exploded near Sirte.")
    assert inc["killed"] == 3


def test_age_between_commas_inside_a_list() -> None:
    inc = main("A shopkeeper, 51, and his nephew were stabbed to death in Karachi on Monday.")
    assert inc["killed"] == 2


def test_since_year_when_clause_is_the_earlier_event() -> None:
    inc = main("Gunmen killed 9 miners near Gao, the deadliest attack there since June 2019, when 54 were killed.")
    assert inc["killed"] == 9


def test_more_were_killed_adds_to_the_dead() -> None:
    inc = main("Four people died when the bomb went off in Baga. Three more were crushed to death after it.")
    assert inc["killed"] == 7


def test_hacked_with_a_blade_is_a_hit() -> None:
    inc = main("Three herders were hacked with machetes by raiders near Jos. One of them died in hospital.")
    assert (inc["killed"], inc["injured"]) == (1, 2)


def test_the_dead_were_names_the_dead_when_no_toll_is_given() -> None:
    inc = main("A truck bomb hit a checkpoint outside Kirkuk. The dead were four policemen and a street vendor.")
    assert inc["killed"] == 5
    # after a toll, the dead named are its parts
    inc = main("A truck bomb hit a checkpoint outside Kirkuk, killing 9. Among the dead were four policemen.")
    assert inc["killed"] == 9


def test_were_among_the_dead_without_a_toll() -> None:
    inc = main("Mortars fell on a camp near Goma. Two nurses and a cook were among the dead, the agency said.")
    assert inc["killed"] == 3


def test_needed_hospital_treatment_is_injured() -> None:
    inc = main("A parcel bomb went off at a post office in Arbil, killing two. Nine people needed hospital treatment.")
    assert inc["injured"] == 9


def test_the_wounded_named_after_the_word() -> None:
    inc = main("A grenade was thrown into a tea shop in Srinagar. The wounded were three labourers and a shopkeeper.")
    assert inc["injured"] == 4


def test_bomber_in_the_object_list_is_one_of_the_dead() -> None:
    inc = main("A car bomb went off outside a court in Mardan, killing the bomber and nine others.")
    assert inc["killed"] == 10
    inc = main("A car bomb went off outside a court in Mardan, killing nine people and the bomber.")
    assert inc["killed"] == 10


def test_treated_in_hospital_is_injured() -> None:
    inc = main("A man stabbed commuters at a tram stop in Linz, killing one. Three others were treated in hospital.")
    assert inc["injured"] == 3


def test_usher_is_a_person_in_the_object_list() -> None:
    inc = main("Gunmen raided a chapel in Benue and shot dead the priest and an usher before fleeing.")
    assert inc["killed"] == 2


def test_hurt_and_later_died_is_dead() -> None:
    inc = main("Two guards were killed at the depot in Juba; a third was wounded and later died in hospital.")
    assert (inc["killed"], inc["injured"]) == (3, None)


def test_the_figure_revised_is_a_toll() -> None:
    inc = main("Officials first said four miners died in the raid near Kidal. The figure was later raised to 11.")
    assert inc["killed"] == 11


def test_suicide_bombers_who_blew_themselves_up_are_not_added_to_their_victims() -> None:
    # (1.34.0: "blew themselves up ..., killing 20 people" is the bombing's victims, as the coders read it)
    inc = main("Three suicide bombers blew themselves up at a fish market in Konduga, killing 20 people.")
    assert inc["killed"] == 20


def test_the_attackers_closing_the_list_of_dead() -> None:
    inc = main("A truck bomb went off at a base near Tal Afar, killing three guards and the two attackers.")
    assert inc["killed"] == 5


def test_a_definite_person_closing_the_list_of_dead() -> None:
    inc = main("Bandits killed four traders and the village head in Tsafe.")
    assert inc["killed"] == 5
    inc = main("Bandits killed four traders and the village head called for troops.")
    assert inc["killed"] == 4
