"""Round 780: a player as a person, a side's claim outweighed by "none of the guards had been killed", captives
killed as a group by "them", a participle after the list's last person, a name between a title and its verb, an
aside "women among them", a spell of fighting counted as a whole, another attack told by its bomber, an attack on
a funeral dated by its own day, a siege by its start, a toll told "a day after" its bomber struck, a wire's flash
alert, a holiday's year from the sentence, islands and district borders, the capital of a division elsewhere,
"struck" before a town, a flight's route, and the perpetrators named by an admission, a branch's claim, an
adjective and the vehicle they drove."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

PUB = "2024-07-19T06:00:00+00:00"  # a Friday


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sportsman with no article before his name is one person, and his kin after him another
        ("A landmine killed former college basketball player Jomar Reyes and his brother on Sunday.", (2, None)),
        # a side's claim of its feat, denied by a credible "none ... had been killed"
        ("The group said on Monday its fighters had killed five guards at the mine. The mine's owner said none of "
         "the guards had been killed and one was wounded.", (0, 1)),
        # control: a zero of other people ("no civilians") leaves the side's count of militants standing
        ("The command said on Sunday its forces had killed seven militants in an air strike near Jilib. No "
         "civilians were killed or injured, it said.", (7, 0)),
        # control: the claim with no denial stays the figure
        ("The group said on Monday its fighters had killed five guards at the mine.", (5, None)),
        ("Gunmen kidnapped seven farmers near the village on Monday, marched them into the bush and shot them "
         "dead, police said.", (7, None)),
        # the list's last person told by what he was doing
        ("Gunmen killed a health worker and the policeman escorting her in the district on Tuesday.", (2, None)),
        # a rank and a name, then who he was, before the verb; then a title, a name and a second person
        ("General Ahmed Khan, the regional army commander, was killed on Friday when a bomb exploded under his car. "
         "The district governor, Ali Shah, and a local reporter were also killed, and five people were wounded.",
         (3, 5)),
        ("Residents said at least 40 people, women among them, were killed.", (40, None)),
        # the earlier fighting's toll, counted as a whole, is background
        ("Troops killed three soldiers in a border clash on Monday, two months after a truce ended two weeks of "
         "fighting that killed at least 60 people.", (3, None)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_claim_outweighed_keeps_its_figure_as_the_high_bound() -> None:
    inc = main(
        "The group said on Monday its fighters had killed five guards at the mine. The mine's owner said none of "
        "the guards had been killed and one was wounded.",
        published=PUB,
    )
    assert (inc["killed"], inc["killed_low"], inc["killed_high"]) == (0, 0, 5)


def test_the_siege_ended_the_next_morning_is_the_same_attack() -> None:
    incidents = parse_incidents(
        "Five gunmen stormed a cafe in the capital on Friday night and took hostages. Twelve guests and a cook were "
        "killed; police ended the siege the next morning, killing the four attackers.",
        published=PUB,
    )
    assert len(incidents) == 1
    assert incidents[0]["killed"] == 13


def test_another_attack_told_by_its_bomber_is_an_incident_of_its_own() -> None:
    incidents = parse_incidents(
        "At least 30 people were killed when a suicide bomber struck a market in Quetta, Balochistan, on Friday. "
        "Hours later, a second bomber struck a mosque in Hangu district of Khyber Pakhtunkhwa, killing four "
        "worshippers.",
        published=PUB,
    )
    assert incidents[0]["killed"] == 30
    assert [(i["killed"], i["admin1"]) for i in incidents[1:]] == [(4, "Khyber Pakhtunkhwa")]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # an attack on a funeral, not the killing of the man buried
        ("A blast tore through a mosque in Kunduz on Thursday during the funeral of the provincial police chief, "
         "killing nine people. The police chief was killed in a roadside bombing on Monday.", PUB, "2024-07-18"),
        # a siege dated by its start, not its end
        ("Troops on Sunday ended a siege of a hotel in Kabul that began on Saturday night, when gunmen stormed the "
         "building. Officials said 12 people had been killed.", "2024-07-21T09:00:00Z", "2024-07-20"),
        # the day a toll was told, a day after the bomber struck
        ("At least 60 people were killed in the bombing at the market, officials said on Friday, a day after an "
         "Islamic State bomber struck the crowd.", PUB, "2024-07-18"),
        # a flash alert tells what is happening as it is sent
        ("BREAKING - Gunmen open fire at a shopping centre in Nairobi; casualties reported.", PUB, "2024-07-19"),
        # a holiday in the year the sentence gave before it, or after it
        ("On 4 July 2019, a gunman opened fire on a crowd celebrating the Fourth of July in a park in Denver, killing "
         "three people.", PUB, "2019-07-04"),
        ("A gunman fired into the crowd at the Fourth of July parade in Springfield, Illinois, in 2023, killing five "
         "people, police said.", "2024-08-01T09:00:00Z", "2023-07-04"),
    ],
)
def test_dates(text: str, published: str, day: str) -> None:
    assert main(text, published=published)["event_date"] == day


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Gunmen attacked a fishing camp on Kangalam island in Chad's Lac province on Sunday, killing 12 people.",
         ("TD", "Lac", "Kangalam island")),
        # a district border named by its seats is where neither town is; the village near it is the place
        ("Security forces killed 10 rebels in a gunfight near Kodenar village on the Sukma-Bijapur border in "
         "Chhattisgarh on Friday.", ("IN", "Chhattisgarh", "Kodenar village")),
        # the capital of a division lies in the town's country, not in a namesake division's
        ("A bomb killed six people at a market in Baidoa, the administrative capital of South West State, on "
         "Monday.", ("SO", "Bay", "Baidoa")),
        # "struck" names the place the blows fell on, which outweighs the home country of the group blamed
        ("Two bombers struck central Kampala on Tuesday, killing three people. Police blamed the Allied Democratic "
         "Forces.", ("UG", "Central", "Kampala")),
    ],
)
def test_places(text: str, where: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["country"], inc["admin1"], inc["location"]) == where


def test_a_flights_route_is_not_where_it_came_down() -> None:
    inc = main(
        "An airliner flying from Amsterdam to Kuala Lumpur was shot down over the Donetsk region of Ukraine on "
        "Thursday, killing all 298 people on board.",
        published=PUB,
    )
    assert inc["country"] == "UA"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The New People's Army has admitted that its landmine killed two farmers near Legazpi on Sunday.",
         "New People's Army"),
        ("Islamic State's Khorasan branch said on Thursday its fighters had killed three guards at a checkpoint in "
         "Jalalabad.", "Khorasan"),
        ("The death toll in the Maoist attack on a police convoy in Sukma district rose to nine on Monday.",
         "Maoist"),
        ("A van driven by Karl Brenner ploughed into shoppers at a market in Graz on Saturday, killing three "
         "people.", "Karl Brenner"),
        ("At least 60 people were killed in the bombing at the market, officials said on Friday, a day after an "
         "Islamic State bomber struck the crowd.", "Islamic State"),
    ],
)
def test_perpetrators(text: str, actor: str) -> None:
    assert any(actor in name for name in perpetrators(main(text, published=PUB)))
