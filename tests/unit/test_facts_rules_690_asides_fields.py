"""Round 690: asides inside a list of the dead ("Seven soldiers, including a colonel, and a shepherd"; "Twelve
pilgrims, mostly Nigerians, and a guard"), a record's own field ("Dead: 75 (+4)", "Perpetrators: ..."), tolls revised
in other words ("the initial count of 60 dead rose over the following week to 95", "revised this afternoon to 27",
"Estimates of the dead ranged from 80 to 300"), a dash that opens an aside, attackers killed by the forces they
attacked, zeros told of some people only, a person killed by name, and places and actors told in new shapes."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents
from newsfacts.facts.numbers import find_quantities

PUB = "2024-05-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven soldiers, including a lieutenant colonel, and a shepherd were killed when their convoy hit a mine "
         "near Zhob on Sunday.", (8, None)),
        ("Ten people, including three children and a nurse, and a policeman were wounded when a grenade was thrown "
         "into a market in Imphal on Sunday.", (None, 11)),
        ("Twelve pilgrims, mostly Nigerians, and a guard were killed when gunmen attacked a bus near Gao on Sunday.",
         (13, None)),
        ("Nine commandos of the Anti-Narcotics Force and the driver of their armoured vehicle were killed in an "
         "ambush in Turbat on Sunday.", (10, None)),
        ("Rebels seized a theatre in the capital on Friday. In all 210 hostages and rescuers were killed when it was "
         "stormed on Sunday.", (210, None)),
        ("Gunmen attacked a hotel and a cinema in the capital on Sunday; at the cinema 40 died. Dead: 75 (+4). "
         "Injured: 120.", (75, 120)),
        ("A lorry bomb exploded outside a market in Hilla on Sunday. The initial count of 60 dead rose over the "
         "following week to 95.", (95, None)),
        ("Militants burned the town of Damasak on Sunday. Estimates of the dead ranged from 80 to 300.", (80, None)),
        ("Gunmen attacked the village of Kpata on Sunday. At least 20 people were killed; the provisional toll was "
         "revised this afternoon to 27.", (27, None)),
        ("Gunmen raided the town on Sunday. Officials later put the death toll at 18 – 11 soldiers and seven "
         "civilians – after the raid.", (18, None)),
        ("Hospitals in Marib received the bodies of 40 people and 90 wounded after a missile struck a mosque on "
         "Sunday.", (40, 90)),
        ("Officials said at least 300 villagers, mostly farmers of Fulani origin, were killed in the attack on "
         "Sunday.", (300, None)),
        # the attackers the forces killed are no part of the toll; an attacker's own death still is
        ("Insurgents attacked a border post in Narathiwat on Sunday night, killing three guards. Two of the "
         "attackers were also killed in the exchange of fire.", (3, None)),
        ("A suicide bomber struck a market in Maiduguri on Sunday, killing nine people. The bomber also died.",
         (10, None)),
        ("Gunmen took diners hostage at a restaurant in Dhaka on Sunday. Six diners were killed; the four attackers "
         "were killed when police commandos stormed the building.", (6, None)),
        # an aid worker killed, and the others unharmed: the unharmed say no one else was hurt, not that no one died
        ("An ICRC engineer was taken from his car by armed men and shot dead near Ghazni on Sunday. His two "
         "colleagues were released unharmed.", (1, 0)),
        # one person told again between commas is one
        ("A UN staff member, a logistician, was shot dead at a checkpoint near Bor on Sunday.", (1, None)),
        ("A 7-year-old boy was wounded on Sunday when shots were fired into a flat in Malmo. No one else in the "
         "flat, including his two sisters, was hurt.", (0, 1)),
        ("A man fired several shots into the air outside a mall in Leeds on Sunday, but no one was struck, police "
         "said.", (0, 0)),
        ("A parcel bomb killed Marta Ilyina outside her flat in Tver on Sunday.", (1, None)),
        ("Three people were stabbed at a bus station in Aarhus on Sunday. The suspect, a 31-year-old man who lived "
         "nearby, was shot dead by armed officers.", (0, 3)),
        ("Four people were injured in a stabbing at a fair in Essen on Sunday. The attacker, a man in his 40s, was "
         "also injured and is under guard in hospital.", (None, 4)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_dash_aside_is_no_range() -> None:
    assert [(q.value, q.low, q.high) for q in find_quantities("put the toll at 20 – 15 police officers")] == [
        (20, 20, 20),
        (15, 15, 15),
    ]
    # a range is still a range
    assert [(q.value, q.high) for q in find_quantities("between 20 – 25 people")] == [(20, 25)]


def test_a_group_or_a_people_after_the_verb_is_no_person() -> None:
    assert not parse_incidents("Troops killed Boko Haram fighters near Bama on Sunday.", published=PUB) or main(
        "Troops killed Boko Haram fighters near Bama on Sunday.", published=PUB
    )["killed"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot dead in a car park in Dubai on Sunday.", ("AE", "Dubai", "Dubai")),
        # the attacker's birthplace is no place of the attack
        ("A bomb exploded on the Moscow metro on Monday, killing 10 people. The bomber was born in the southern "
         "city of Osh.", ("RU", "Moscow", "Moscow")),
        # a school named after two people is no pair of towns
        ("A teacher was stabbed to death at the Gambetta-Carnot high school in Arras on Friday.",
         ("FR", "Hauts-de-France", "Arras")),
        # whose people the dead were, not where
        ("At least 50 labourers of Amhara origin were killed in Humera, in western Tigray, on Sunday.",
         ("ET", "Tigray", "Humera")),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Air strikes by the United States on a port in Hodeidah on Sunday killed 12 people.",
         "United States armed forces (US military, U.S.-led coalition)"),
        ("Shelling by Russia killed five people in Kherson on Sunday.", "Russian armed forces"),
        ("14 March 2011 | Bombing | Cork, Ireland | A car bomb exploded outside a courthouse. Dead: 3. Injured: 9. "
         "Perpetrators: Liam Doyle and Sean Byrne.", "Liam Doyle"),
        ("Dara Quinlan, 27, entered a bar in Galway shortly before midnight and opened fire, killing two men.",
         "Dara Quinlan"),
        ("Paul Ferris, 52, stepped out of a van outside a depot in Leeds and began firing, killing three workers.",
         "Paul Ferris"),
        ("Ruth Okafor, 38, armed with two pistols, stormed the St Anne's church in Lagos on Sunday and killed four "
         "worshippers.", "Ruth Okafor"),
    ],
)
def test_attacker_named(text: str, expected: str) -> None:
    assert expected in [a["name"] for a in main(text, published=PUB)["actors"] if a["role"] == "perpetrator"]


def test_a_date_since_a_campaign_resumed_is_not_the_attack() -> None:
    inc = main(
        "Air strikes on a fuel port in Hodeidah on Thursday night killed 40 people, according to the health "
        "ministry, in the deadliest single attack since the campaign against the rebels resumed on 15 March.",
        published="2025-04-19T11:00:00Z",
    )
    assert inc["event_date"] == "2025-04-17"
