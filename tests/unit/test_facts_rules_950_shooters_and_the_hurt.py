"""Round 950: a person who shot or killed a number of people is their attacker; a shooting row's "Shooter:" field;
the name after a long description ("a former student of the school named X"); an age in brackets before a
comma; the accused before magistrates; groups of the Sahel, Central Africa, Sulu and Ahvaz, Blackwater and the US
services by name; the count of the hurt raised or told by "fighting for his life"."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def perpetrators(text: str) -> list[str]:
    return [a["name"] for a in main(text, "2024-05-05T10:00:00+00:00")["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 8 January 2011, Jared Lee Loughner shot 19 people outside a supermarket in Casas Adobes, Arizona.",
         "Jared Lee Loughner"),
        ("On 12 October 2011, Scott Dekraai killed eight people, among them his former wife, at a hair salon in Seal "
         "Beach, California.", "Scott Dekraai"),
        ("15 Feb 2008 | Tacoma, WA | Tacoma Mall | 6 wounded. Shooter: Dominick Maldonado, 20.", "Dominick Maldonado"),
        ("KAZAN - 9 people were killed at a school. The gunman, a 19-year-old former student of the school named "
         "Ilnaz Galyaviev, was detained.", "Ilnaz Galyaviev"),
        ("29/11/2019 - London Bridge, City of London: Usman Khan (28), a convicted terrorist released on licence, "
         "stabbed people at a prisoner-education event; 2 killed, 3 wounded.", "Usman Khan"),
        ("NOTTINGHAM - Three people were stabbed to death. Valdo Calocane, of no fixed address, appeared before "
         "magistrates in the city this morning.", "Valdo Calocane"),
    ],
)
def test_the_person_named_by_the_act_or_the_record(text: str, name: str) -> None:
    assert name in perpetrators(text)


@pytest.mark.parametrize(
    "text",
    [
        # those an officer shot or killed are the attackers, not his victims
        "Gunmen stormed a hotel in Kabul. Sergeant John Smith killed two gunmen in the lobby.",
        # a neighbour who spoke to reporters
        "NOTTINGHAM - Three people were stabbed to death. Their neighbour John Smith, of Radford, appeared before "
        "reporters this morning and said he was shocked.",
    ],
)
def test_no_attacker_from_an_officer_or_a_witness(text: str) -> None:
    assert perpetrators(text) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("NIAMEY - Tuareg rebels of the Niger Movement for Justice (MNJ) killed 15 soldiers at an army post.",
         "Niger Movement for Justice (MNJ)"),
        ("On 24 January 2012, rebels of the MNLA overran the army garrison at Aguelhok, killing dozens of soldiers.",
         "National Movement for the Liberation of Azawad (MNLA)"),
        ("30 Oct 2006 – Birao, Vakaga: UFDR rebels seized the town, killing 5 soldiers.",
         "Union of Democratic Forces for Unity (UFDR)"),
        ("On 16 September 2007, guards employed by the private military company Blackwater opened fire in Nisour "
         "Square in Baghdad, killing 17.", "Blackwater"),
        ("On 19 November 2005, members of a United States Marine Corps squad killed 24 Iraqi civilians in Haditha.",
         "United States armed forces (US military, U.S.-led coalition)"),
        ("A group calling itself al-Ahvaziya claimed the attack on a military parade in Ahvaz that killed 25.",
         "Arab Struggle Movement for the Liberation of Ahvaz (ASMLA)"),
    ],
)
def test_groups_and_services_by_name(text: str, group: str) -> None:
    assert group in [a["name"] for a in main(text)["actors"]]


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("DADEVILLE, Ala. — Investigators on Monday raised the number of people hurt in Saturday night's shooting "
         "at a birthday party to 32, up from 28. Four people were killed.", 32),
        ("Investigators on Monday raised the number of people injured in the shooting to 32.", 32),
        ("BELFAST - A senior detective is fighting for his life after being shot several times in front of his son "
         "in Omagh last night.", 1),
    ],
)
def test_the_hurt_raised_or_fighting_for_life(text: str, injured: int) -> None:
    assert main(text, "2023-04-17T18:40:00-05:00")["injured"] == injured
