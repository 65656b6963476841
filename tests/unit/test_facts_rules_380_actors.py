"""Round 380: armed groups named by their men, a person who attacked a place, short names coders use."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Gunmen of the Riyad-us Saliheen battalion seized a school in Beslan and held 1,100 people hostage; 334 "
            "hostages died.",
            "Riyad-us Saliheen Brigade of Martyrs",
        ),
        (
            "Nine members of a family were shot dead in an ambush near Bavispe, Sonora, on Monday. Officials suspect "
            "gunmen of the La Linea cartel.",
            "Juarez Cartel (La Linea)",
        ),
    ],
)
def test_a_group_named_by_its_gunmen_is_the_perpetrator(text: str, group: str) -> None:
    assert roles(text).get(group) == "perpetrator"


def test_fighters_a_strike_targeted_are_no_perpetrator() -> None:
    text = (
        "An air strike on a market killed 64 people on Tuesday. A military spokesman said the strike targeted "
        "fighters of the Tigray People's Liberation Front."
    )
    assert roles(text).get("Tigray People's Liberation Front (TPLF)") != "perpetrator"


def test_a_person_who_attacked_a_place_of_worship() -> None:
    text = (
        "On 15 March 2019 Australian white supremacist Brenton Tarrant attacked the Al Noor Mosque in Christchurch "
        "during Friday prayers. Fifty-one people were killed."
    )
    assert roles(text).get("Brenton Tarrant") == "perpetrator"


def test_a_student_wing_is_no_person() -> None:
    text = (
        "Four people were killed as activists of the banned party and its student wing Chhatra League attacked a "
        "rally in Gopalganj town yesterday."
    )
    assert "Chhatra League" not in roles(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UPC fighters attacked a camp for displaced people in Alindao, killing 60 people.", "UPC"),
        ("CJNG gunmen killed 13 police officers in an ambush in Michoacan on Monday.", "CJNG"),
        ("Ahlu Sunna Wa-Jama insurgents attacked Palma on Wednesday, killing dozens.", "Ahlu Sunna Wa-Jama"),
    ],
)
def test_the_short_name_coders_use_stands_in_the_normalised_name(text: str, name: str) -> None:
    assert any(name in n for n, role in roles(text).items() if role == "perpetrator")


def test_the_syrian_government_blamed_is_the_perpetrator() -> None:
    text = (
        "Western governments blamed the Syrian government of President Bashar al-Assad for the chemical attack on "
        "Khan Sheikhoun that killed 86 people."
    )
    assert roles(text).get("Syrian government (Assad regime, Syrian Arab Army, Syrian Arab Air Force)") == "perpetrator"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Two gunmen killed four people at a market on Wednesday. Police named the attackers as cousins Khalid "
            "and Omar Haddad, both in their early twenties.",
            {"Khalid Haddad", "Omar Haddad"},
        ),
        (
            "Police have named the suicide bomber who killed 22 people, a girl among them, as fans left a concert in "
            "the city as Samir Abdi, a 22-year-old who was born there.",
            {"Samir Abdi"},
        ),
    ],
)
def test_the_attackers_named_by_their_role(text: str, names: set[str]) -> None:
    assert names <= {n for n, role in roles(text).items() if role == "perpetrator"}


def test_a_suspect_from_a_place_taken_into_custody() -> None:
    text = (
        "A man suspected of killing nine people at a church was arrested on Thursday. Dylan Stone Rice, from the "
        "Columbia area, was taken into custody without a struggle, police said."
    )
    assert roles(text).get("Dylan Stone Rice") == "perpetrator"


def test_a_hostage_who_was_shot_and_stabbed_is_no_attacker() -> None:
    text = (
        "A police officer who swapped places with a hostage during a supermarket siege died of his wounds. "
        "Lieutenant Colonel Arnaud Bertin, 44, was shot and stabbed after volunteering to take the place of a woman "
        "held by gunman Reda Lakrim inside the store. Islamic State claimed the attack."
    )
    named = roles(text)
    assert named.get("Reda Lakrim") == "perpetrator" and "Arnaud Bertin" not in named


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspect, a 27-year-old man identified in media reports as Stefan Ballmer, tried to shoot his way in.",
        "The 47-year-old driver was held by passers-by. He has since been named in media reports as Derek Osman.",
    ],
)
def test_a_suspect_named_in_media_reports(sentence: str) -> None:
    text = f"A gunman killed two people near a synagogue on Wednesday. {sentence}"
    assert any(role == "perpetrator" and " " in name for name, role in roles(text).items())
