"""Round 900: a log row or a headline tells one death without "was" ("Kiryat Gat, 05/05/2019: Israeli man, 58,
killed when a rocket struck his yard", "Opposition MP Karim Haddad shot dead outside his home by two gunmen"), and
the one so described is the victim, not the attacker; a bombing whose only dead is the bomber ("The bomber was
killed in the blast", "The only person killed was the bomber", "A man blew himself up ..., wounding six") has one
dead, as the databases count a suicide attacker."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    "text",
    [
        "Kiryat Gat (Southern District), 05/05/2019: Israeli man, 58, killed when a rocket fired from Gaza struck the "
        "yard of his home.",
        "Holon, 2021: 52-year-old rabbi stabbed to death at a bus stop by an assailant who fled.",
        "12/03/2016 - Beita village: 18-month-old child burned to death and 2 relatives critically injured after "
        "firebombs were thrown into the house.",
        "Opposition MP Karim Haddad shot dead outside his home in Sfax by two gunmen on a motorbike on 6 June 2013.",
    ],
)
def test_one_death_told_without_was(text: str) -> None:
    inc = main(text)
    assert inc["killed"] == 1
    assert "Karim Haddad" not in [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    "text",
    [
        # controls: the count is told; two dead; one person who shot others dead
        "Kiryat Gat, 05/05/2019: two Israeli men, 58 and 31, killed when a rocket struck the yard of their home.",
        "Opposition MP Karim Haddad shot dead two intruders outside his home in Sfax on 6 June 2013.",
    ],
)
def test_rows_that_are_not_one_death(text: str) -> None:
    assert main(text)["killed"] != 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A suicide bomber drove a car into a gendarmerie base in Ouargla on Saturday, wounding 23 people. The bomber "
         "was killed in the blast.", 1),
        ("A woman blew herself up next to a police van in Sousse on Monday, wounding 20 people, 15 of them officers. "
         "The bomber, a 30-year-old graduate, was the only person killed, the ministry said.", 1),
        ("A suicide bomber rammed a minivan through the gate of the embassy in Osh on Tuesday. The only person killed "
         "was the bomber. Three guards were injured.", 1),
        ("A man wearing a delivery rider's jacket blew himself up in the yard of the police headquarters in Pekanbaru "
         "on Wednesday, wounding six officers.", 1),
        # controls: the bomber tried and failed; the victims' figure is told with the blast
        ("A man tried to blow himself up at the police headquarters in Pekanbaru on Wednesday, wounding six "
         "officers.", None),
        ("A suicide bomber blew himself up at a tea shop in Quetta on Monday, killing 11 people.", 11),
    ],
)
def test_a_bomber_who_was_the_only_dead(text: str, killed: int | None) -> None:
    assert main(text, "2019-11-13T14:00:00+07:00")["killed"] == killed


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("11/09/2024 - Khan Younis (al-Mawasi): air strike by Israeli forces on a tent camp at night. Civil defence "
         "reports at least 19 killed.", "PS", "Khan Younis"),
        ("19 Aug 2023 - Huwara (Nablus): two Israeli civilians shot dead at a car wash by a gunman who fled.", "PS",
         "Huwara"),
        ("2025-05-12, Tripoli (Abu Salim): a militia commander shot dead inside a military camp; clashes followed.",
         "LY", "Tripoli"),
        # a quarter in brackets before a dateline's colon
        ("Gaza City (al-Daraj): An air strike by Israeli forces on a school killed 22 people on Saturday.", "PS",
         "Gaza City"),
    ],
)
def test_a_rows_place_after_its_date(text: str, country: str, location: str) -> None:
    inc = main(text, "2025-05-13T10:00:00+02:00")
    assert (inc["country"], inc["location"]) == (country, location)
