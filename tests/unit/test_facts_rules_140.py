"""Rules added in parser 1.4.0: charges as counts, wounded perpetrators, businesses and townships as places."""

from __future__ import annotations

import pytest
from newsfacts.facts import parse_incidents
from newsfacts.facts.casualties import extract_casualties
from newsfacts.facts.places import resolve_location
from newsfacts.facts.text import sentence_spans


def counts(text: str) -> tuple[int | None, int | None]:
    c = extract_casualties(text, sentence_spans(text))
    return c.killed, c.injured


def test_counts_of_murder_stand_for_the_dead_and_attempted_murder_for_the_wounded() -> None:
    text = (
        "A man attacked walkers in a park with a knife. He was charged and later pleaded guilty "
        "to four counts of murder and two counts of attempted murder."
    )
    assert counts(text) == (4, 2)


def test_charges_never_override_a_stated_figure() -> None:
    text = "Three people were killed in the stabbing. The suspect faces five counts of first-degree murder."
    assert counts(text) == (3, None)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Jon Tarrow, 41, opened fire in a warehouse, killing three. Tarrow, who was wounded fleeing, was caught.", 1),
        ("The gunman killed two guards before being wounded in a shootout with police.", 1),
        ("Two people were injured. The attacker was also wounded and taken to hospital.", 3),
    ],
)
def test_a_wounded_perpetrator_counts_among_the_injured(text: str, injured: int) -> None:
    assert counts(text)[1] == injured


def test_a_wounded_bystander_named_later_is_not_the_perpetrator() -> None:
    text = "Jon Tarrow, 41, opened fire in a warehouse, killing three. A guard, Ana Reyes, was wounded."
    assert counts(text) == (3, 1)  # Reyes counted once, as "a guard"; not again as a wounded attacker


def test_an_indefinite_possessive_is_a_business_not_a_town() -> None:
    text = "A man drove his car into a Luby's cafeteria and opened fire."
    loc = resolve_location(text)
    assert loc.location is None and loc.country != "CZ"


def test_a_township_is_read_in_the_united_states() -> None:
    loc = resolve_location("A gunman shot ten girls in a schoolhouse in Bart Township.")
    assert loc.country == "US"


def test_a_reference_to_the_attack_reports_an_event() -> None:
    text = (
        "The suspect posted a hate-filled text online shortly before the attack at a store in El Paso, Texas. "
        "Police said he acted alone."
    )
    inc = parse_incidents(text)
    assert inc and inc[0]["country"] == "US" and inc[0]["admin1"] == "Texas"


def test_a_party_state_tag_names_the_state() -> None:
    loc = resolve_location("A man opened fire outside a grocery store during a meeting with Senator Ann Roe (D-Ariz.).")
    assert (loc.country, loc.admin1) == ("US", "Arizona")


def test_a_home_state_is_an_origin_not_the_place_of_the_attack() -> None:
    loc = resolve_location(
        "A man opened fire in a restaurant in Antioch, Tennessee. He had a record in his home state of Illinois."
    )
    assert loc.admin1 == "Tennessee"
    assert resolve_location("He had lived in his home state of Illinois before the attack.").admin1 is None


def test_the_place_is_named_as_the_text_spells_it() -> None:
    loc = resolve_location("Gunmen raided a compound in Ruhengeri, Rwanda, killing three aid workers.")
    assert (loc.country, loc.location) == ("RW", "Ruhengeri")  # GeoNames lists the town as Musanze


def test_a_spelling_that_is_another_places_name_gives_way_to_the_gazetteer_name() -> None:
    loc = resolve_location("Warplanes struck a market in Jericho in Idlib province, killing four.")
    assert (loc.country, loc.location) == ("SY", "Ariha")


def test_places_joined_by_a_hyphen_are_read_together() -> None:
    loc = resolve_location("A gunman went on a rampage across the Odessa-Midland region, shooting drivers.")
    assert (loc.country, loc.admin1, loc.location) == ("US", "Texas", "Odessa")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fritz Weber, a senior physician, was stabbed to death during a lecture at a Berlin clinic.", (1, None)),
        ("The town's mayor was shot dead outside his home on Sunday. His driver was seriously wounded.", (1, 1)),
        ("Gunmen stormed the office. No one was hurt, police said.", (0, 0)),
        ("A bomb exploded near the court. In 2019 his brother was killed in a similar attack.", (None, None)),
    ],
)
def test_a_named_person_killed_or_wounded_counts_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


def test_a_figure_first_stated_deep_in_a_long_text_is_background() -> None:
    opening = " ".join(f"The committee discussed budget item {w} at length on Monday." for w in "ABCDEFG")
    text = opening + " Officials recalled that a bombing in the capital killed 12 people in the past."
    assert parse_incidents(text) == []
    assert parse_incidents("A bombing in the capital killed 12 people on Monday. " + opening)[0]["killed"] == 12


def test_a_schools_name_does_not_place_the_attack_but_a_colleges_city_may() -> None:
    loc = resolve_location("A gunman opened fire on the playground of Cleveland Elementary School, killing five.")
    assert loc.location is None and loc.admin1 is None
    loc = resolve_location("He drove to Santa Monica College, where he was killed by police, the FBI said.")
    assert (loc.admin1, loc.location) == ("California", "Santa Monica")


def test_a_place_the_attacker_planned_to_strike_is_not_where_it_happened() -> None:
    text = "He killed eight people at three spas in Atlanta. He also spoke of intent to attack places in Florida."
    assert resolve_location(text).admin1 == "Georgia"
    assert resolve_location("He killed eight people. He spoke of intent to attack places in Florida.").admin1 is None
