"""Rules added from probes of places (round 240): a place named for another event or for the background lends the
event neither its division nor its town; second-level units of South Sudan, Sudan, Yemen, Syria, Iraq, the Central
African Republic, Ethiopia, Myanmar, Mozambique and Burundi give their division; US towns named with their state,
with a district of theirs or beside a neighbour keep the namesake the text means. Sentences we wrote."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.places import resolve_location


def where(text: str) -> tuple[str | None, str | None, str | None]:
    inc = main(text)
    return inc["country"], inc["admin1"], inc["location"]


# --- 1. Another event's places, the background's places -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        (
            "Gunmen killed five people in an attack on a village in Zamfara state, northwestern Nigeria, on Sunday, "
            "police said.\n\nThe attackers opened fire on residents of Kadisau village, police said.\n\nElsewhere, in "
            "Kaduna state, bandits abducted 12 travellers on the Kaduna-Abuja highway and killed two of them.",
            "Zamfara",
            "Kadisau village",
        ),
        (
            "KABUL (Reuters) - A roadside bomb killed three civilians in Helmand province on Monday, officials said."
            "\n\nLast month, a similar attack in Kandahar's Spin Boldak district killed eight people.",
            "Helmand",
            None,
        ),
        (
            "A Russian missile strike on Kharkiv killed four people and wounded 20 on Thursday, the regional governor "
            "said.\n\nIn a separate incident, two people were killed by shelling in the Kherson region.",
            "Kharkiv",
            "Kharkiv",
        ),
        (
            "Bandits killed 11 villagers in an overnight raid on Kurfi in Katsina State, police said on Monday.\n\n"
            "Last month, gunmen abducted 80 students from a school in Kebbi State.",
            "Katsina",
            "Kurfi",
        ),
    ],
)
def test_a_place_named_for_another_event_or_time_is_not_the_events(text: str, admin1: str, location: str) -> None:
    _, got_admin1, got_location = where(text)
    assert (got_admin1, got_location) == (admin1, location)


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        (
            "BEIRUT (AP) — A strike on a house in the village of Odaisseh killed four members of one family on Sunday, "
            "Lebanon's health ministry said, as Israel's war with Hamas in Gaza raged on.",
            "LB",
            "Odaisseh",
        ),
        (
            "BEIRUT (AP) — An Israeli drone strike on a motorcycle in the village of Kfar Kila killed a Hezbollah "
            "fighter on Monday, the group said, as Israel's war in Gaza entered its ninth month.",
            "LB",
            "Kfar Kila",
        ),
        (
            "BEIRUT (AP) — Israeli strikes on the southern Lebanese village of Hanine killed three people, including "
            "a child, Lebanon's state-run National News Agency said, hours after Hamas fighters fired rockets from "
            "Gaza toward Israel's south.",
            "LB",
            "Hanine",
        ),
        (
            "JERUSALEM (AP) — Israeli troops shot and killed three Palestinians in the West Bank city of Jenin on "
            "Monday, the Palestinian Health Ministry said, a day after a gunman killed two Israelis near Tel Aviv.",
            "PS",
            "Jenin",
        ),
    ],
)
def test_the_background_clause_of_the_lede_does_not_move_the_event(text: str, country: str, location: str) -> None:
    got_country, _, got_location = where(text)
    assert (got_country, got_location) == (country, location)


def test_a_village_the_dateline_does_not_hold_is_given_no_division_of_the_dateline() -> None:
    assert where(
        "BEIRUT (AP) — A strike on a house in the village of Odaisseh killed four members of one family on Sunday, "
        "Lebanon's health ministry said."
    ) == ("LB", None, "Odaisseh")


def test_the_background_is_kept_when_the_text_names_no_other_place() -> None:
    assert where("At least nine people were killed on Sunday, officials said, as fighting raged in the Tigray region.")[
        :2
    ] == ("ET", "Tigray")


def test_a_dateline_outside_the_division_of_the_event_gives_no_division() -> None:
    text = (
        "KANO, Nigeria (Reuters) - Gunmen killed at least 30 people in raids on three villages in Zamfara state, "
        "police said on Saturday.\nKano, the north's biggest city, has been largely spared the violence."
    )
    assert where(text) == ("NG", "Zamfara", None)


# --- 2. Second-level units of ten more countries --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1", "location"),
    [
        ("Gunmen ambushed an NGO vehicle in Pibor county, killing the driver.", "SS", "Jonglei", "Pibor county"),
        (
            "A UN staff member was shot dead in Munuki payam, Juba county.",
            "SS",
            "Central Equatoria",
            "Munuki",
        ),
        (
            "An INGO driver was killed when gunmen attacked a convoy in Kajo Keji county.",
            "SS",
            "Central Equatoria",
            "Kajo Keji county",
        ),
        ("A health worker was shot dead in Tawila locality of North Darfur state.", "SD", "North Darfur", "Tawila"),
        ("Two WFP contractors were shot dead in Kreinik locality, West Darfur.", "SD", "West Darfur", "Kreinik"),
        (
            "A nurse was wounded by shelling in the Al Hawban area of Taiz governorate on Tuesday.",
            "YE",
            "Ta'izz",
            "Al Hawban",
        ),
        ("An NGO guard was shot dead in Al Mansoura district, Aden.", "YE", "Aden", "Al Mansoura district"),
        (
            "A volunteer was killed by a sniper in Al Mudhaffar district of Taiz city.",
            "YE",
            "Taiz",
            "Al Mudhaffar district",
        ),
        (
            "A staff member was shot and wounded in Ras al-Ain, Hasakah governorate.",
            "SY",
            "Hasakah",
            "Ras al-Ain",
        ),
        (
            "A local staff member was killed in a roadside bomb blast in Tuz Khurmatu district.",
            "IQ",
            "Salah al-Din",
            "Tuz Khurmatu",
        ),
        (
            "Two aid workers were killed when gunmen attacked their vehicle in Batangafo sub-prefecture.",
            "CF",
            "Ouham",
            "Batangafo",
        ),
        (
            "A health worker was killed by armed men in Gida Kiremu woreda, East Wollega zone.",
            "ET",
            "Oromia",
            "Gida Kiremu woreda",
        ),
        (
            "Two aid workers were killed by unidentified gunmen in Hpapun township, Kayin state.",
            "MM",
            "Kayin",
            "Hpapun township",
        ),
        ("Insurgents beheaded a teacher in Macomia district, Cabo Delgado.", "MZ", "Cabo Delgado", "Macomia"),
        (
            "Two INGO staff were injured when their convoy was attacked in Gihanga commune, Bubanza province.",
            "BI",
            "Bubanza",
            "Gihanga",
        ),
        (
            "3 NGO national staff killed in ambush on RN 5 in Cibitoke's Rugombo commune June 3.",
            "BI",
            "Cibitoke",
            "Rugombo",
        ),
    ],
)
def test_a_unit_of_ten_more_countries_gives_its_division(text: str, country: str, admin1: str, location: str) -> None:
    assert where(text) == (country, admin1, location)


# --- 3. US towns -----------------------------------------------------------------------------------------------------


def test_a_town_named_with_its_state_keeps_the_spelling_of_the_text() -> None:
    assert where(
        "Travis Reinking, 29, opened fire in the parking lot of a Waffle House in Antioch, Tennessee, killing four "
        "people."
    ) == ("US", "Tennessee", "Antioch")


def test_a_district_of_a_town_is_in_that_town() -> None:
    assert where(
        "Connor Betts, 24, opened fire in the Oregon District of Dayton, Ohio, killing nine people in 32 seconds "
        "before police shot him dead."
    ) == ("US", "Ohio", "Dayton")


def test_two_towns_named_together_are_the_neighbours_the_bigger_one_has() -> None:
    assert where(
        "Seth Aaron Ator, 36, killed seven people and wounded 25 in a shooting spree across Odessa and Midland after "
        "being pulled over by a state trooper."
    ) == ("US", "Texas", "Odessa")
    # Kentucky has a Paris and a London, neither of them the biggest of its name: no pair is read into them.
    assert resolve_location("Attacks in Paris and London killed 10 people.").country != "US"
