"""Round 350: contested blame, units of a group, and attackers named in more of the ways reports name them."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def roles(inc: dict) -> list[tuple[str, str]]:
    return [(a["name"], a["role"]) for a in inc["actors"]]


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


# --- contested blame -------------------------------------------------------------------------------------------


def test_a_group_blamed_that_denied_stays_in_the_record_as_unknown() -> None:
    inc = main(
        "A motorbike bomb killed seven people at a cattle market in Jarabulus. Turkish officials blamed the YPG, "
        "which denied involvement."
    )
    assert roles(inc) == [("YPG", "unknown")]


def test_rejecting_a_peace_deal_is_no_denial_of_the_attack() -> None:
    inc = main(
        "Gunmen killed three soldiers at a checkpoint in Jamundi. The army blamed the Carlos Patino front, a faction "
        "of FARC dissidents that rejected the 2016 peace deal."
    )
    assert perpetrators(inc)[0] == "Carlos Patino front"


def test_rejecting_the_accusation_is_a_denial() -> None:
    inc = main(
        "A roadside bomb killed two policemen near Bannu. Police blamed the Pakistani Taliban, who rejected the "
        "accusation."
    )
    assert perpetrators(inc) == []


def test_a_group_that_condemned_the_attack_is_left_out() -> None:
    inc = main("A suicide bomber killed nine worshippers at a mosque in Peshawar. Hamas condemned the attack.")
    assert "Hamas" not in [a["name"] for a in inc["actors"]]


# --- a unit of a group, named in lower case -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A car bomb wounded six soldiers in Tumaco. The navy blamed the Oliver Sinisterra front.",
            "Oliver Sinisterra front",
        ),
        (
            "Two police officers were killed in Argelia, Cauca. The governor blamed the Dagoberto Ramos column of the "
            "Central General Staff.",
            "Dagoberto Ramos column",
        ),
    ],
)
def test_a_front_or_column_blamed_by_its_own_name(text: str, name: str) -> None:
    assert perpetrators(main(text))[0] == name


def test_a_blamed_name_without_a_group_word_is_still_no_group() -> None:
    inc = main("A grenade killed a vendor in Cucuta. The mayor blamed Monday's violence on rival gangs.")
    assert "Monday" not in " ".join(a["name"] for a in inc["actors"])


# --- attackers named ---------------------------------------------------------------------------------------------


def test_two_named_with_two_ages() -> None:
    inc = main(
        "Cousins Ray and Donnie Vickers, 41 and 36, fired dozens of rounds into a bowling alley in Odessa, Texas, "
        "killing two bowlers and wounding five."
    )
    assert perpetrators(inc) == ["Ray Vickers", "Donnie Vickers"]


def test_one_age_gives_no_second_attacker() -> None:
    inc = main("Lena Ortiz and Marcus Hale, 29, opened fire in a parking garage in Tulsa, killing two.")
    assert perpetrators(inc) == ["Marcus Hale"]


@pytest.mark.parametrize("age", ["Nineteen", "Twenty-three"])
def test_an_age_in_words_before_the_name(age: str) -> None:
    inc = main(
        f"{age}-year-old Colby Renner barricaded himself inside a church hall in Pueblo, Colorado, where he "
        "fatally shot four people."
    )
    assert perpetrators(inc) == ["Colby Renner"]


def test_one_police_killed_after_his_own_attack_is_the_attacker() -> None:
    inc = main(
        "Deputies shot and killed Travis Lund, 44, moments after he opened fire in a hardware store in Billings, "
        "Montana, killing two customers."
    )
    assert perpetrators(inc) == ["Travis Lund"]


def test_one_gunmen_killed_as_he_walked_is_the_victim() -> None:
    inc = main("Gunmen shot and killed Ibrahim Sule, 52, as he walked home from a mosque in Zaria on Friday.")
    assert "Ibrahim Sule" not in perpetrators(inc)


def test_a_described_suspect_arrested_in_the_opening() -> None:
    inc = main(
        "A man stabbed four people at a tram stop in Graz, killing one. Dragan Petrovic, a Serbian national who had "
        "been banned from the city centre, was arrested an hour later."
    )
    assert perpetrators(inc) == ["Dragan Petrovic"]


def test_named_in_court_on_a_day() -> None:
    inc = main(
        "A man was stabbed to death on a train in Reading. A 31-year-old man was charged with murder. He was named "
        "in court on Friday as Callum Price, of Slough."
    )
    assert perpetrators(inc) == ["Callum Price"]


def test_the_driver_of_a_vehicle_driven_into_a_crowd() -> None:
    inc = main(
        "A van was driven into pedestrians on a shopping street in Graz, killing three people. The driver, Alen "
        "Rizvic, was arrested at the scene."
    )
    assert perpetrators(inc) == ["Alen Rizvic"]


def test_the_driver_of_a_bus_that_crashed_is_no_attacker() -> None:
    inc = main("A bus ran into a market stall in Kano, killing four. The driver, Musa Bello, was injured.")
    assert perpetrators(inc) == []


def test_the_bombers_two_brothers_named_after_the_role() -> None:
    inc = main(
        "Two bombs exploded outside a stadium in Volgograd, killing five. The bombers, brothers Ruslan and Timur "
        "Aliev, were identified a week later."
    )
    assert perpetrators(inc) == ["Ruslan Aliev", "Timur Aliev"]


def test_a_named_arrest_without_a_description_still_names_the_suspect() -> None:
    inc = main(
        "A gunman attacked a synagogue in Halle during Yom Kippur, killing two. German Stephan Kohl was arrested "
        "while driving south."
    )
    assert perpetrators(inc) == ["Stephan Kohl"]
