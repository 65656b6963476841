"""Round 550: suspects named by courts and police, gangs suspected of ordering an attack, the police's ages and long
unit names inside a list of the dead, another act's verb ending that list, village heads and site hands, a village
named by its kind before its district, an area of a district, a US county's only state, and actors by the names
their governments and the press give them."""

from __future__ import annotations

import pytest
from facts_rules_support import killed, main, where

PUB = "2024-04-16T17:30:00+12:00"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were found dead at a house in Napier on Sunday night. Tamati Hohaia Reweti, 41, appeared in the "
         "Napier District Court yesterday charged with two counts of murder.", "Tamati Hohaia Reweti"),
        ("A man has appeared in court charged with attempted murder after a woman was stabbed in Dundee on "
         "Saturday. Craig Munro, 29, of Hilltown Terrace, Dundee, made no plea when he appeared in private.",
         "Craig Munro"),
        ("A man has appeared in court charged with the murder of a pensioner in Kilkenny at the weekend. Dara "
         "Byrne, with an address at John Street, Kilkenny, is accused of murdering the man outside his home.",
         "Dara Byrne"),
        ("A man was charged over a knife attack that left two men injured in Bunbury on Friday night. Police allege "
         "Corey James Pratt approached the men outside a bar and stabbed them.", "Corey James Pratt"),
        # a gang the dictionary does not know, suspected of the attack or acting for it
        ("Two men were shot dead outside a bar in Malmo on Saturday. Prosecutors suspect the boy carried out the "
         "killing on behalf of the Rosengard network, police said.", "Rosengard network"),
    ],
)
def test_the_suspect_the_court_or_the_police_name(text: str, expected: str) -> None:
    assert expected in [a["name"] for a in main(text, published=PUB)["actors"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police's ages between the people of a list
        ("A man in his 20s and a woman were injured in a shooting in Leeds on Friday.", (None, 2)),
        ("A woman in her 70s and her grandson were hurt when a petrol bomb was thrown into their home on Friday.",
         (None, 2)),
        # another act's verb ends the list of the dead
        ("Gunmen attacked a church in Kajuru on Sunday, killing 11 worshippers and abducting the pastor and his "
         "wife.", (11, None)),
        # a unit's long name between the figure and the next part of the list
        ("Six jawans of the Central Reserve Police Force's elite CoBRA unit and their civilian driver were killed "
         "when Maoists blew up their vehicle on Monday.", (7, None)),
        # South Asia's village heads and site hands
        ("Rebels stormed a road construction site on Thursday night and shot dead a munshi and a machine operator.",
         (2, None)),
    ],
)
def test_the_people_counted(text: str, expected: tuple[int | None, int | None]) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_killing_by_hand_with_no_figure_word_is_an_incident() -> None:
    text = ("Maoists hacked to death a former sarpanch in a village of Chhattisgarh's Bijapur district on Saturday "
            "night.")
    inc = main(text, published=PUB)
    assert killed(inc) == (1, 1, 1)
    assert inc["attack_type"] == "armed attack"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village named by its kind before the district that holds it (the gazetteer lacks the village)
        ("Gunmen killed four people near Pirkhel village in Kurram district on Sunday.", "Pirkhel village"),
        # a listed town's area of a district is the town, not the district
        ("Two soldiers were killed when militants ambushed an army vehicle in the Thanamandi area of Rajouri "
         "district on Sunday.", "Thanamandi"),
    ],
)
def test_a_place_inside_a_district(text: str, expected: str) -> None:
    assert main(text, published=PUB)["location"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman killed four people at a farmhouse in Bonner County before killing himself.", "Idaho"),
        # a county name many states share says no state
        ("A gunman killed four people at a farmhouse in Jefferson County before killing himself.", None),
    ],
)
def test_a_us_county_names_its_only_state(text: str, expected: str | None) -> None:
    assert where(text)[1] == expected


def test_a_city_abroad_named_like_a_parish_holds_no_part() -> None:
    # "St James" is a Jamaican parish; GeoNames' Vũng Tàu was once Cap Saint-Jacques
    text = "Five people were killed when gunmen opened fire at a shop in Granville, St James, on Sunday."
    assert where(text)[0] != "VN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces killed three terrorists of Fitna al Khawarij in North Waziristan on Sunday, the military "
         "said.", "Tehrik-i-Taliban Pakistan (TTP, Fitna al-Khawarij)"),
        ("Police said Daesh claimed the bombing that killed two worshippers in Kabul on Friday.",
         "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)"),
        ("Suspected PREPAK militants shot dead two village volunteers near Moirang on Sunday.",
         "People's Revolutionary Party of Kangleipak (PREPAK)"),
        ("Gunmen of the Arellano Felix Cartel killed four people at a bar in Tijuana on Sunday, prosecutors said.",
         "Arellano Félix Organization (Tijuana Cartel)"),
    ],
)
def test_actors_by_their_other_names(text: str, expected: str) -> None:
    assert expected in [a["name"] for a in main(text, published=PUB)["actors"]]
