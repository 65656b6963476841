"""Round 540: police and court news (a charge for this week's killing, "the murder of a man", an armed gang's raid, a
car driven at people, a fire set on purpose beside an older attack), a city's own quarter after its name, village
heads, tolls raised "among" a group or "in" an attack, a country's army named "the military", a bureau abroad from
a town the gazetteer lacks, and where an agency moved its teams."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents

PUB = "2024-02-06T18:05:00+00:00"  # a Tuesday


def test_a_charge_for_this_weeks_killing_reports_the_killing() -> None:
    text = ("A 29-year-old man has appeared in court charged with the murder of a father of two in Galway at the "
            "weekend.\n\nThe accused made no reply when charged, the court heard.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["event_date"], inc["location"]) == (1, "2024-02-03", "Galway")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police have opened an investigation into the murder of a man in Bradford on Sunday night.", 1),
        # an attempt kills no one
        ("A man stabbed a guard at a police station in Lyon on Sunday and was charged with the attempted murder of "
         "a person holding public authority. The guard was wounded.", None),
    ],
)
def test_the_murder_of_one_named_by_a(text: str, expected: int | None) -> None:
    assert main(text, published=PUB)["killed"] == expected


def test_an_armed_gangs_raid_with_no_one_hurt() -> None:
    text = ("An armed gang held up a security van outside a bank in Athlone yesterday morning and escaped with a cash "
            "box. Nobody was injured, gardaí said.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (0, 0, "2024-02-05")


def test_a_car_driven_at_people_is_an_attack() -> None:
    text = ("A man drove his car at a group of people outside a nightclub in Geelong early on Sunday, police said. "
            "He was arrested at his home.")
    inc = main(text, published=PUB)
    assert (inc["attack_type"], inc["event_date"], inc["location"]) == ("armed attack", "2024-02-04", "Geelong")


def test_a_fire_set_on_purpose_keeps_its_zero_beside_an_older_attack() -> None:
    text = ("A fire was deliberately started at the front door of a house in Utrecht on Monday. No-one was hurt. It "
            "is the second attack on the street this year. On 12 January, a man was slightly injured when an "
            "explosive device went off at a house nearby.")
    incidents = parse_incidents(text, published=PUB)
    assert [(i["killed"], i["injured"], i["event_date"]) for i in incidents] == [
        (0, 0, "2024-02-05"), (None, 1, "2024-01-12")
    ]


def test_a_citys_quarter_after_its_name_is_the_city() -> None:
    assert where("A man was shot dead on a street in Amsterdam Nieuw-West late on Thursday, police said.") == (
        "NL", "North Holland", "Amsterdam"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village's head and his driver
        ("A village chairman and his driver were killed when gunmen ambushed their car on Sunday.", 2),
        # the toll raised among a group, and in an attack named between the toll and "to"
        ("A soldier wounded in Wednesday's ambush died early Thursday, raising the death toll among government "
         "troops to three, the army said.", 3),
        ("Police have raised the death toll in an attack on a mining camp in the hills to five after another "
         "body was found on Thursday.", 5),
    ],
)
def test_the_dead_counted(text: str, expected: int) -> None:
    assert main(text, published=PUB)["killed"] == expected


def test_the_military_of_the_country_where_it_happened() -> None:
    text = ("Nine people sheltering in a school in Myanmar's Sagaing region were killed in an air strike by the "
            "military on Saturday, a local rescue group said.")
    actors = main(text, published=PUB)["actors"]
    assert {"name": "Myanmar Armed Forces (Tatmadaw, military junta)", "role": "perpetrator"} in actors


def test_a_bureau_abroad_from_a_town_the_gazetteer_lacks() -> None:
    text = ("NAIROBI, Feb 6 (Reuters) - Two herders were killed when an old landmine exploded near the western "
            "Eritrean town of Shambuko-Adi last week, a relative said.")
    assert main(text, published=PUB)["country"] == "ER"


def test_where_an_agency_moved_its_teams_is_not_where_it_happened() -> None:
    text = ("Armed men attacked the town of Mocimboa da Praia, in Cabo Delgado province, on Monday and burned the "
            "health centre. No casualties were reported.\n\nThe charity has relocated its teams to Pemba.")
    assert main(text, published=PUB)["location"] == "Mocimboa da Praia"
