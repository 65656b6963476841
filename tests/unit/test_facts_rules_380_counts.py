"""Round 380: large counts beside the dead, a figure set apart, and killings told by their manner."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb went off in the market. 120 people were killed and around 2,000 injured.",
        "In the capital 120 people died, most of them passers-by, and some 2,000 were wounded.",
    ],
)
def test_thousands_hurt_beside_the_events_own_dead_are_the_events(text: str) -> None:
    assert counts(text) == (120, 2000)


def test_a_wars_toll_in_thousands_stays_out() -> None:
    text = "The attack killed 12 people. The war has killed 500,000 people and wounded 2 million."
    assert counts(text) == (12, None)


@pytest.mark.parametrize("apart", ["not counting", "excluding", "not including"])
def test_a_figure_set_apart_is_no_part_of_the_next_count(apart: str) -> None:
    text = f"Gunmen stormed the hotel. 120 people were killed, {apart} six attackers, and more than 200 injured."
    assert counts(text)[1] == 200


@pytest.mark.parametrize(
    "manner",
    ["beaten and hacked to death", "stabbed and beaten to death", "found shot execution-style"],
)
def test_a_killing_told_by_its_manner(manner: str) -> None:
    assert counts(f"3 NGO national staff {manner} when a mob overran the office.") == (3, None)


def test_beaten_alone_is_still_hurt() -> None:
    assert counts("3 NGO national staff beaten when a mob overran the office.") == (None, 3)


# --- attackers closing the list of the dead -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A suicide bomber drove a car into the convoy. 30 police officers and the bomber were killed.", 31),
        ("Two gunmen attacked the hotel. Twelve guests and both assailants were killed.", 14),
    ],
)
def test_attackers_closing_the_list_of_the_dead_are_counted(text: str, dead: int) -> None:
    assert counts(text)[0] == dead


def test_attackers_killed_in_a_clause_of_their_own_stay_out() -> None:
    text = (
        "Gunmen attacked the ceremony. At least 30 people were killed, and both attackers were killed after a standoff."
    )
    assert counts(text)[0] == 30


def test_an_aside_on_the_victims_does_not_break_the_list() -> None:
    text = (
        "Six assailants stormed the school. At least 90 victims, most of them children, and all six assailants "
        "were killed, and 100 others were injured."
    )
    assert counts(text) == (96, 100)


def test_a_share_told_after_a_count_is_still_a_share() -> None:
    assert counts("Gunmen attacked the bus. Five were killed, three of them children, and 11 were injured.") == (5, 11)


def test_an_unknown_number_of_attackers_adds_no_one() -> None:
    text = "Fighters overran the camp. Forty soldiers were killed; an unknown number of attackers also died."
    assert counts(text)[0] == 40


def test_attackers_who_also_died_still_count() -> None:
    text = "Fighters overran the camp. Forty soldiers were killed; two attackers also died."
    assert counts(text)[0] == 42


# --- tolls corrected upwards, and the war's toll in a relative clause ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Fatalities were first reported as 30 and later revised upward to 75.",
        "The death toll was later revised upward to 75.",
        "The toll was first put at 30 and later raised to 75.",
    ],
)
def test_a_toll_revised_upwards_replaces_the_first(sentence: str) -> None:
    assert counts(f"Militants attacked farmers in the fields and killed them. {sentence}")[0] == 75


def test_a_toll_revised_without_a_direction_still_replaces_the_first() -> None:
    assert counts("Militants attacked farmers. The death toll was later revised to 11.")[0] == 11


@pytest.mark.parametrize("clause", ["the war, which has killed", "a week of fighting that has killed"])
def test_the_wars_toll_in_a_relative_clause_is_background(clause: str) -> None:
    text = f"Air strikes on the city killed at least 42 people on Sunday, the deadliest attack of {clause} 190 people."
    assert counts(text)[0] == 42


# --- a unit's number, a driver's vehicle, a long toll noun, and a wounded attacker who died --------------------------


def test_a_units_number_is_no_head_count() -> None:
    text = "Eighteen soldiers of the 6 Dogra Regiment were killed and 11 injured when militants ambushed a convoy."
    assert counts(text) == (18, 11)


def test_a_driver_named_by_his_vehicle_closes_the_list() -> None:
    text = "Ten personnel of the District Reserve Guard and the civilian driver of their vehicle were killed by a mine."
    assert counts(text)[0] == 11


def test_a_toll_named_by_a_long_force_name() -> None:
    text = (
        "The number of Central Reserve Police Force personnel killed in Thursday's suicide car bombing in "
        "Pulwama district rose to 40 today, officials said."
    )
    inc = main(text)
    assert (inc["killed"], inc["country"]) == (40, "IN")


def test_a_wounded_attacker_who_then_killed_himself_is_no_one_hurt() -> None:
    text = (
        "A former student shot dead 12 pupils and then killed himself after being wounded by a police officer. "
        "Another 12 pupils were wounded."
    )
    assert counts(text) == (13, 12)


def test_a_wounded_attacker_who_lived_is_still_hurt() -> None:
    text = "A gunman shot dead 12 pupils before being wounded by a police officer. Another 12 pupils were wounded."
    assert counts(text) == (12, 13)


# --- the 33rd set: a total told after its parts, a person before the bomber, the others hit, a range of tolls ------


def test_a_total_told_after_its_parts_is_the_same_dead() -> None:
    text = (
        "Twelve suicide bombers struck five targets in the city. Thirty-three civilians and all twelve attackers "
        "died, 45 dead in all, and more than 100 people were wounded."
    )
    assert counts(text) == (45, 100)


def test_a_person_named_before_the_bomber_closes_the_list_too() -> None:
    text = "A bomb went off on a bus. Five tourists, the driver and the bomber were killed, and 32 people were injured."
    assert counts(text) == (7, 32)


@pytest.mark.parametrize(
    "text",
    [
        "He killed four co-workers and hit four others before shooting himself.",
        "He killed four co-workers and shot four others.",
        "The gunman killed four people at the school. Four more people were struck by bullets.",
    ],
)
def test_the_others_the_shots_hit_after_the_dead_are_hurt(text: str) -> None:
    assert counts(text) == (4, 4)


def test_others_shot_who_then_died_are_not_counted_hurt() -> None:
    assert counts("He killed four people. Nine others were shot, two of whom died later.")[1] is None


def test_death_tolls_that_ranged_are_one_count_with_a_top() -> None:
    inc = main("Bombs exploded in crowded bazaars. Reported death tolls ranged from 63 to 80, and 216 were injured.")
    assert (inc["killed"], inc["killed_low"], inc["killed_high"], inc["injured"]) == (63, 63, 80, 216)


@pytest.mark.parametrize("text", ["were lined up and shot", "were singled out for their ethnicity and killed"])
def test_victims_picked_out_and_killed(text: str) -> None:
    assert counts(f"Five national staff working for aid groups {text} by an armed militia near the town.")[0] == 5


def test_a_dash_aside_written_with_hyphens() -> None:
    text = "Ten members of a medical team - six Americans, a German, a Briton and two Afghans - were lined up and shot."
    assert counts(text)[0] == 10


def test_a_past_siege_named_by_its_year_is_background() -> None:
    text = (
        "GARISSA, Kenya (AP) — Gunmen stormed a university campus in the northeastern town of Garissa, killing 147 "
        "people, officials said on Friday.\n\nSeventy-nine people were wounded, officials said.\n\nThe group also "
        "carried out the 2013 siege at Nairobi's Westgate shopping mall, in which 67 people died."
    )
    assert counts(text) == (147, 79)


def test_a_victim_told_by_a_pronoun_is_one_dead() -> None:
    text = (
        "Gunmen stormed the private residence of the president early Wednesday and shot him dead, the prime minister "
        "said. His wife was wounded and taken to a hospital."
    )
    assert counts(text) == (1, 1)


def test_the_attacker_killed_by_police_told_by_a_pronoun_is_not_added() -> None:
    text = "Noah Harper, 33, shot three people dead in the city before police killed him in a shootout."
    assert counts(text)[0] == 3


def test_a_pronoun_shot_in_the_leg_is_no_death() -> None:
    assert counts("A gunman opened fire on the crowd. An officer shot him in the leg.")[0] is None
