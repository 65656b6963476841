"""Round 420: the police force that shot the one person counted; local gangs named by their act; a town's suburb
named after it; an English county that shares a word with a division elsewhere; an attack with no one hurt."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


def perpetrators(text: str) -> list[str]:
    return [a["name"] for a in main(text)["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "A man has been shot dead by police after he allegedly attacked officers with a hammer at a house in "
            "Kingston, south of Brisbane, on Wednesday evening. Queensland Police Service officers were called "
            "to the home about 6.40pm.",
            "Queensland Police Service",
        ),
        (
            "A man who was carrying a machete has died after being shot by armed officers in the Harehills area "
            "of Leeds, West Yorkshire Police has said.",
            "West Yorkshire Police",
        ),
        (
            "Houston police officers shot and killed a man Tuesday afternoon after he pointed an air pistol at "
            "them outside an apartment complex in southwest Houston.",
            "Houston police",
        ),
    ],
)
def test_the_force_that_shot_the_one_person_counted_is_the_attacker(text: str, force: str) -> None:
    assert perpetrators(text) == [force]


def test_a_sentence_saying_no_police_were_hurt_names_no_force() -> None:
    text = (
        "A man is in a serious but stable condition after being shot by police in Hamilton East on Monday night. "
        "No police officers or members of the public were hurt. New Zealand Police said the incident would be "
        "investigated."
    )
    assert perpetrators(text) == ["New Zealand Police"]


def test_police_who_shot_an_attacker_after_his_killings_are_not_the_attacker() -> None:
    text = (
        "A gunman killed three people at a shopping centre in Ohio before he was shot dead by police, the Dayton "
        "Police Department said."
    )
    assert perpetrators(text) == []


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        (
            "Gardai believe the fatal shooting of a man in Finglas at the weekend was ordered by the Dorgan gang "
            "as part of a feud.",
            "Dorgan gang",
        ),
        (
            "A man was shot and wounded in Moss Side on Friday. Detectives said: \"We believe this shooting was "
            "carried out by members of the Alexandra Park Boys.\"",
            "Alexandra Park Boys",
        ),
        (
            "Two men were charged in a shooting that killed a man in East Oakland; police said both belong to a "
            "street gang known as the Deep East Mob.",
            "Deep East Mob",
        ),
        (
            "Police say members of the Iron Lords outlaw motorcycle club were behind a firebombing that gutted a "
            "tattoo parlour in Perth on Sunday. No one was hurt.",
            "Iron Lords",
        ),
    ],
)
def test_a_gang_named_by_its_act_is_the_attacker(text: str, gang: str) -> None:
    assert gang in perpetrators(text)


def test_an_autopsy_carried_out_by_a_doctor_names_no_attacker() -> None:
    text = "A man was shot dead in Leeds on Friday. A post-mortem examination was carried out by Dr Alan Smith."
    assert perpetrators(text) == []


def test_an_attack_that_hurt_no_one_is_still_reported() -> None:
    text = "Arsonists firebombed a tattoo parlour in Perth on Sunday."
    incidents = parse_incidents(text, "2024-01-15T10:00:00+08:00")
    assert incidents and (incidents[0]["country"], incidents[0]["location"]) == ("AU", "Perth")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "A firebombing gutted a tattoo parlour in the inner-city Perth suburb of Northbridge early on Sunday. "
            "No one was hurt.",
            ("AU", "Western Australia", "Northbridge"),
        ),
        ("A gunman killed two people in the Birmingham suburb of Hoover on Sunday.", ("US", "Alabama", "Hoover")),
        (
            "Four people were injured when a car hit a crowd outside a nightclub in Birmingham city centre, West "
            "Midlands Police said.",
            ("GB", "England", "Birmingham"),
        ),
        (
            "Four people were injured when soldiers fired on a crowd in Gweru in Zimbabwe's Midlands province.",
            ("ZW", "Midlands", "Gweru"),
        ),
    ],
)
def test_a_town_placed_by_the_bigger_town_or_county_named_with_it(text: str, where: tuple[str, str, str]) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == where
