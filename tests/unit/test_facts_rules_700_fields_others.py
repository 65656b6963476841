"""Round 700: a record's fields read whole ("Injured: about 2,050", however large; "Perpetrator: al-Qaeda"), a
share told by a person ("one of them a pregnant woman") closing no list, a name before "and 14 others", "the three
other cyclists" as more people, an age range before a count of its own, another country's simultaneous blast as an
incident of its own, a "since" clause dating an earlier act, and those a mission came to evacuate as no attacker."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents
from newsfacts.facts.numbers import find_quantities

PUB = "2024-05-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 May – Lyon, France – Two bombs exploded on a tram at rush hour. Killed: 41. Injured: about 1,200.",
         (41, 1200)),
        ("A car bomb exploded outside a bank in Derry on Saturday. 17 people were killed, one of them a pregnant "
         "woman, and about 90 were injured.", (17, 90)),
        ("A suicide bomber struck a rally in Kandy on Saturday. Perera and 11 others were killed; 30 were injured.",
         (12, 30)),
        ("Six cyclists died on Saturday when a truck rammed a group of nine riders near Osh. The three other "
         "cyclists were injured.", (6, 3)),
        ("A shell hit a school in Kramatorsk on Saturday. At least 12 people were killed, 9 of them children aged "
         "between 6 and 13, and 21 people were injured.", (12, 21)),
        # control: the ages themselves are no count
        ("Gunmen shot three men, aged 19, 22 and 25, outside a bar in Cali on Saturday; all three died.",
         (3, None)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_ages_before_a_count_of_its_own() -> None:
    values = [q.value for q in find_quantities("9 of them children aged between 6 and 13, and 21 people were hurt")]
    assert values == [9, 21]


def test_a_simultaneous_blast_in_another_country_is_its_own_incident() -> None:
    text = (
        "3 May – Nairobi, Kenya – A truck bomb exploded outside the embassy. 40 killed, about 300 injured. A "
        "near-simultaneous truck bomb at the embassy in Kampala, Uganda, killed 9 more."
    )
    incidents = parse_incidents(text, published=PUB)
    assert (incidents[0]["country"], incidents[0]["killed"]) == ("KE", 40)
    assert [(o["country"], o["killed"], o["event_date"]) for o in incidents[1:]] == [("UG", 9, "2024-05-03")]


def test_a_record_names_its_perpetrator_in_a_field() -> None:
    inc = main(
        "2 May – Mombasa, Kenya – A grenade was thrown into a church. Killed: 3. Injured: 20. Perpetrator: "
        "al-Shabaab.",
        published=PUB,
    )
    assert "Al-Shabaab" in [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


def test_those_a_mission_came_to_evacuate_are_no_attacker() -> None:
    inc = main(
        "Juba, 5 May 2024 - A UN helicopter came under fire in Nasir yesterday while attempting to evacuate members "
        "of the South Sudan People's Defence Forces (SSPDF). One crew member was killed.",
        published=PUB,
    )
    assert not [a for a in inc["actors"] if a["role"] == "perpetrator"]


def test_a_since_clause_dates_an_earlier_act() -> None:
    inc = main(
        "Juba, 5 May 2024 - A UN helicopter came under fire in Nasir yesterday. One crew member was killed. The "
        "attack comes after days of fighting since armed youth overran the army base there on 1 May.",
        published="2024-05-05T12:00:00+00:00",
    )
    assert inc["event_date"] == "2024-05-04"
