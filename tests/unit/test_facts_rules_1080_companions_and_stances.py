"""Round 1080: the companions of a named victim told after who he was ("killed councillor Ahmed Saleh, a critic of
the militias, along with his brother, three guards and two passers-by") or after the name in apposition and the
time ("The governor, Abdul Rahman Wardak, was on Tuesday shot dead together with his driver"); a country a victim
stood for or against ("a critic of Syria") is no place of the event; the attack a victim was blamed for
("whom it held responsible for Saturday's drone attack") does not date the strike that killed him."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A roadside bomb in Mosul killed provincial councillor Ahmed Saleh, a critic of the militias, along with "
         "his brother, three guards and two passers-by.", 7),
        ("Gunmen in Peshawar killed tribal elder Malik Noor Khan, an opponent of the Taliban, along with two of "
         "his sons.", 3),
        # the named man alone, then his companions with no apposition
        ("A car bomb in Mogadishu killed lawmaker Abdullahi Hussein along with his bodyguard and his driver.", 3),
    ],
)
def test_companions_after_who_the_named_man_was(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    "text",
    [
        "The district governor, Abdul Rahman Wardak, was on Tuesday shot dead together with his driver and a guard "
        "near his office in Ghazni.",
        "The provincial police chief, Juma Gul Hemat, was this morning killed together with his driver and a "
        "bodyguard in Kunduz.",
    ],
)
def test_a_name_in_apposition_then_the_time(text: str) -> None:
    assert main(text, "2016-05-10T12:00:00+04:30")["killed"] == 3


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A car bomb in Beirut killed a lawmaker, a critic of Syria, and three of his guards on Wednesday.", "LB"),
        ("Gunmen in Kirkuk shot dead two tribal leaders, both allies of Turkey, on Sunday.", "IQ"),
        # a country named as where it happened stays
        ("A car bomb killed a lawmaker, a critic of the government, in Syria on Wednesday.", "SY"),
    ],
)
def test_a_stance_toward_a_country_is_no_place(text: str, country: str) -> None:
    assert main(text)["country"] == country


def test_the_attack_the_victim_was_blamed_for_is_not_the_strike() -> None:
    text = (
        "BEIRUT - An airstrike on a flat in the city's southern suburbs on Monday night killed three people, the "
        "health ministry said on Tuesday.\n\nThe military said the strike had killed a commander whom it held "
        "responsible for Saturday's drone attack on an army base, which killed four soldiers."
    )
    assert main(text, "2024-03-12T11:00:00+02:00")["event_date"] == "2024-03-11"


def test_a_day_blamed_on_a_group_is_still_the_attack_told() -> None:
    # with no day of its own in the lede, the attack the group is held responsible for is the one reported
    text = (
        "A bomb tore through a crowded market, killing 12 people, police said on Monday.\n\nThe militia held "
        "responsible for Saturday's bombing has denied any part in it."
    )
    assert main(text, "2024-03-11T11:00:00+02:00")["event_date"] == "2024-03-09"
