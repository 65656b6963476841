"""Round 630: a toll that "stayed at" its figure, the count of the wounded told as "the number of people wounded
... rose to", "a critical but stable condition", a part of a town named like a great city elsewhere ("Al-Qahira
district of Taiz city"), a town whose unit lies in another country, the enemies a state says it killed, a newer
source's count, and armed groups of the aid-worker records' older wars."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where

PUB = "2024-05-06T08:00:00+00:00"


def test_a_toll_that_stayed_at_its_figure_and_the_wounded_that_rose() -> None:
    text = ("The number of people wounded in the bombing of a church in Jolo rose to 61 from 45, while the death toll "
            "stayed at five, military officials said on Monday. Two of the fatalities were soldiers.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == (5, 61)


def test_a_critical_but_stable_condition_is_a_wound() -> None:
    text = "Three people are in a critical but stable condition after a stabbing at a bar in Omagh on Sunday."
    assert main(text, published=PUB)["injured"] == 3


def test_a_part_named_like_a_great_city_elsewhere_is_in_the_town_after_it() -> None:
    text = "A volunteer was killed by sniper fire in Al-Qahira district of Taiz city on Sunday."
    assert where(text)[0] == "YE"


def test_a_town_whose_unit_lies_in_another_country_is_a_namesake_the_gazetteer_lacks() -> None:
    # Tamil Nadu has a Muttur; Trincomalee district is Sri Lanka's
    text = "Seventeen aid workers were found shot dead in their office in Muttur, Trincomalee district, on Friday."
    assert where(text)[:2] == ("LK", "Eastern")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seventy soldiers were killed and 12 wounded when militants overran an army camp on Tuesday; the defence "
         "ministry said 60 attackers were also killed.", 70),
        ("Insurgents attacked 20 police posts on Friday, killing 11 members of the security forces. The army said 50 "
         "insurgents were also killed.", 11),
        # a newer source's count, told with "later said"
        ("Gunmen killed farm workers in a rice field on Saturday. Forty bodies were buried the next day, but a UN "
         "official later said at least 81 had been killed.", 81),
    ],
)
def test_the_attacks_toll(text: str, expected: int) -> None:
    assert main(text, published=PUB)["killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels of the Revolutionary United Front ambushed an aid convoy near Kailahun, killing a driver.",
         "Revolutionary United Front (RUF)"),
        ("UNITA fighters attacked a WFP truck near Malanje, killing four people.", "UNITA"),
        ("Gunmen of the SLA-Minawi faction shot dead two aid workers near Muhajeria.",
         "Sudan Liberation Army (SLA, SLA-Minawi, SLA-Abdul Wahid)"),
        ("A UNHCR staff member was killed by pro-Jakarta militia in Atambua.",
         "Pro-Jakarta militias (pro-Indonesia, East Timor)"),
        ("LURD rebels killed an aid worker in Voinjama.", "Liberians United for Reconciliation and Democracy (LURD)"),
        ("FNL rebels ambushed a vehicle in Bujumbura Rural, killing a driver.",
         "National Forces of Liberation (FNL, Palipehutu-FNL)"),
    ],
)
def test_armed_groups_of_older_wars(text: str, expected: str) -> None:
    assert expected in [a["name"] for a in main(text, published=PUB)["actors"]]
