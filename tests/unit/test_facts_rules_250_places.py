"""Rules added from probes of places (round 250): a facility's name reads as its town only for the kinds of
facility that bear their town's name (arenas, stations, airports of a sizable city), never as a person's
namesake town abroad; a place of someone's past is not the event's; a town in apposition to the city it is part
of takes that city's division; a town the event was only near yields to the town the story names; Lebanon's
districts, Chad's departments, Ukraine's raions and Haiti's communes give their division. Sentences we wrote."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


def where(text: str) -> tuple[str | None, str | None, str | None]:
    inc = main(text)
    return inc["country"], inc["admin1"], inc["location"]


# --- 1. Facilities named after a town or a person -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        (
            "A suicide bomber killed 22 people at Manchester Arena as fans left a pop concert on Monday night.",
            "GB",
            "Manchester",
        ),
        (
            "A gunman killed 12 people at the Washington Navy Yard on Monday before police shot him dead.",
            "US",
            "Washington",
        ),
        ("Two suicide bombers attacked crowds at Kabul Airport on Thursday, killing 170 people.", "AF", "Kabul"),
        ("A suicide bomber blew himself up at Quetta Railway Station on Saturday, killing 26 people.", "PK", "Quetta"),
    ],
)
def test_a_facility_that_bears_its_towns_name_places_the_event_there(text: str, country: str, location: str) -> None:
    got_country, _, got_location = where(text)
    assert (got_country, got_location) == (country, location)


def test_a_person_named_airport_does_not_pick_a_namesake_town_abroad() -> None:
    inc = parse_incidents("A man opened fire at a terminal of Kennedy Airport on Friday, wounding three people.")
    assert not inc or (inc[0]["country"], inc[0]["location"]) != ("CO", "Kennedy")


def test_a_school_named_after_a_person_is_not_a_town_of_that_name() -> None:
    _, admin1, location = where("A gunman opened fire at Lincoln High School on Monday, wounding two students.")
    assert (admin1, location) == (None, None)


def test_a_school_in_a_named_town_still_leaves_the_town() -> None:
    assert where("A student killed 10 people at Santa Fe High School in Santa Fe, Texas, on Friday morning.") == (
        "US",
        "Texas",
        "Santa Fe",
    )


# --- 2. A place of the attacker's past ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        (
            "The gunman, a former resident of Phoenix, Arizona, killed 9 people at a church in Charleston, "
            "South Carolina.",
            "South Carolina",
            "Charleston",
        ),
        (
            "The shooter, who grew up in Dallas, Texas, opened fire at a nightclub in Orlando, Florida, killing 49.",
            "Florida",
            "Orlando",
        ),
        (
            "A man who had served in Fort Worth, Texas, killed five people at a warehouse in Aurora, Illinois.",
            "Illinois",
            "Aurora",
        ),
        (
            "The gunman, born in Kuwait, killed five people at two military sites in Chattanooga, Tennessee.",
            "Tennessee",
            "Chattanooga",
        ),
    ],
)
def test_a_place_of_someones_past_is_not_where_it_happened(text: str, admin1: str, location: str) -> None:
    assert where(text) == ("US", admin1, location)


# --- 3. A part of a town in apposition, a place outside the capital -------------------------------------------------


def test_a_neighbourhood_in_apposition_takes_its_citys_division() -> None:
    _, admin1, _ = where("A gunman killed 21 people at a restaurant in San Ysidro, a neighborhood of San Diego.")
    assert admin1 == "California"


def test_outside_the_capital_yields_to_the_town_named_for_the_same_event() -> None:
    text = (
        "DHAKA (Reuters) - Police fired on protesters at a garment factory outside Bangladesh's capital on Monday, "
        "killing two workers.\n\nThe clashes in Gazipur erupted after workers demanded higher wages."
    )
    assert where(text) == ("BD", "Dhaka", "Gazipur")


def test_the_dateline_city_stays_when_no_other_town_is_named() -> None:
    text = "DHAKA (Reuters) - Police fired on protesters outside Bangladesh's capital on Monday, killing two workers."
    assert where(text)[2] == "Dhaka"


# --- 4. Second-level units and division names the news writes -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        (
            "An Israeli drone strike on a car in Bint Jbeil district killed three Hezbollah fighters.",
            "LB",
            "Nabatieh",
        ),
        ("Clashes between families in Akkar killed two people on Friday, security sources said.", "LB", "Akkar"),
        ("Gunmen killed two humanitarian workers in Dar Tama department, Chad, on Tuesday.", "TD", "Wadi Fira"),
        ("Armed men killed a Chadian aid worker in Assoungha department on Friday.", "TD", "Ouaddai"),
        ("Boko Haram fighters killed 10 soldiers in Kaya department, Lac province, Chad.", "TD", "Lac"),
        (
            "A Russian missile struck Bucha district, killing two, Ukraine's emergency service said.",
            "UA",
            "Kyiv Oblast",
        ),
    ],
)
def test_a_second_level_unit_gives_its_division(text: str, country: str, admin1: str) -> None:
    got_country, got_admin1, _ = where(text)
    assert (got_country, got_admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "country", "admin1", "location"),
    [
        (
            "A gunman opened fire on a festival crowd from the Mandalay Bay hotel in Las Vegas, killing 58.",
            "US",
            "Nevada",
            "Las Vegas",
        ),
        (
            "Three people were killed when a man opened fire at Westfield Mall in Sydney.",
            "AU",
            "New South Wales",
            "Sydney",
        ),
        (
            "A former soldier who had served in Iraq killed five people at Fort Lauderdale-Hollywood International "
            "Airport.",
            "US",
            "Florida",
            "Fort Lauderdale",
        ),
    ],
)
def test_a_facility_named_with_a_lower_case_word_or_placed_after_is_read_as_one(
    text: str, country: str, admin1: str, location: str
) -> None:
    assert where(text) == (country, admin1, location)


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        (
            "KABUL - A bomb killed four people outside Kabul on Monday. The blast in Paghman district hit a minibus.",
            "Kabul",
            "Paghman",
        ),
        (
            "ISLAMABAD (Reuters) - A bomb exploded at a market outside the Pakistani capital on Monday, killing three "
            "people.\n\nThe blast in Rawalpindi damaged several shops.",
            "Punjab",
            "Rawalpindi",
        ),
        (
            "GOMA - A roadside bomb tore through a minibus near Goma on Saturday, killing four people. Footage showed "
            "smoke over Goma. Aid groups in Beni said they had sent teams.",
            "North Kivu",
            "Goma",
        ),
        (
            "A Kenyan aid worker born in Mombasa was killed in an ambush near Mandera on Friday.",
            "Mandera",
            "Mandera",
        ),
    ],
)
def test_a_place_the_event_was_only_near_yields_to_a_town_named_in_it(text: str, admin1: str, location: str) -> None:
    _, got_admin1, got_location = where(text)
    assert (got_admin1, got_location) == (admin1, location)


def test_a_town_before_a_brand_and_a_facility_word_is_the_facilitys_town() -> None:
    text = "Militants attacked the Peshawar Pearl Continental Hotel on Tuesday, killing 17 people."
    assert where(text) == ("PK", "Khyber Pakhtunkhwa", "Peshawar")


def test_a_brand_that_is_a_city_itself_is_no_brand() -> None:
    inc = parse_incidents("A bomb killed 11 people at the Paris Las Vegas Hotel on Sunday.")
    assert not inc or inc[0]["location"] != "Paris"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Gang members killed 12 people in Cité Soleil on Sunday, a rights group said.", "Ouest"),
        ("Armed men killed five people in Pétion-Ville overnight, police said.", "Ouest"),
        ("Gang members killed 20 people in Petite-Rivière-de-l'Artibonite on Thursday.", "Artibonite"),
        ("A Haitian police officer was killed in Ganthier on Saturday.", "Ouest"),
    ],
)
def test_haitis_communes_give_their_department(text: str, admin1: str) -> None:
    assert where(text)[:2] == ("HT", admin1)
