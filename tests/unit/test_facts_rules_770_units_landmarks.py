"""Round 770: a unit's letters before its people after "by X,", two words before a person named by a possessive, one
death told by "his wounds", a relative clause between a list and its verb, "no one has died", a count kept "since
the end of" a month or "in the conflict overall", a person's full name on an airport, a village placed by its
distance from the state capital, a place placed by its division and its bearing from a town, where victims came
from, a spot "above" a town, an attack named by its day ("Saturday's gunbattle"), and a neighbour who "was also
killed" is no attacker."""

from __future__ import annotations

import pytest
from facts_rules_support import main

PUB = "2024-07-21T06:00:00+00:00"


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Naxalites, 40" is no name and age: a unit's letters come before the people counted
        ("In an ambush by Naxalites, 40 CRPF personnel were killed on Tuesday.", (40, None)),
        # control: a name and an age stay an age
        ("Police said Raju Kumar, 40, opened fire on the patrol, killing two.", (2, None)),
        # two words before the person named by a possessive
        ("Twelve commandos of the state's special force and their armoured vehicle's driver were killed on Monday.",
         (13, None)),
        # control: "and" between two persons names two of them
        ("A man killed his brother and father at home on Sunday.", (2, None)),
        ("Gunmen fired on the car of a consul in Karachi on Monday. Ahmed died of his wounds in hospital that night.",
         (1, None)),
        # a relative clause on the last part, between the list and its verb
        ("Nine shoppers and the van's driver, who was found stabbed in the cab, were killed.", (10, None)),
        # control: the clause goes on with a verb of its own, so the aside joins no list to it
        ("A petrol bomb was thrown into a house on Friday. A man and his three sons, who were asleep upstairs, "
         "escaped through a window and no one was injured.", (0, 0)),
        ("Five children were wounded in a knife attack on Thursday, but no one has died, police said.", (0, 5)),
        # a count kept since a month's end is the period's
        ("Warplanes killed six civilians in the town yesterday. The number of civilians killed in the province "
         "since the end of March rises to 402.", (6, None)),
        # the war's toll told in the passive, with "overall"
        ("An air strike hit a bus on Thursday, killing 43 people and wounding 61. A UN panel has documented dozens "
         "of such strikes, and the UN estimates that at least 10,000 people have been killed in the conflict "
         "overall.", (43, 61)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a person's full name on an airport is no town and brand (Turkey's Hamid)
        ("KABUL - A suicide bomber killed 12 people at the gates of Hamid Karzai International Airport on "
         "Thursday.", ("AF", "Kabul", "Kabul")),
        # a village of the fields placed by its distance from the state capital
        ("The attackers rounded up farmers in the fields of Dalwa Kura, a village roughly 25 km from the state "
         "capital Maiduguri, killing 43.", ("NG", "Borno", "Dalwa Kura")),
        # a place by its division after "in", and by its bearing from a town that only tells the way
        ("Fighters overran an army base at Ceel Waregow, in Lower Shabelle region about 45 km west of Mogadishu, "
         "killing nine soldiers.", ("SO", "Lower Shabelle", "Ceel Waregow")),
        # where the victims came from yields to the bureau's town
        ("KARACHI: Gunmen stormed a bank on Friday, killing four people, including a father and son from Quetta.",
         ("PK", "Sindh", "Karachi")),
        ("Terrorists opened fire on tourists at a meadow above Pahalgam on Tuesday, killing 26.",
         ("IN", "Kashmir", "Pahalgam")),
    ],
)
def test_places(text: str, where: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["country"], inc["admin1"], inc["location"]) == where


def test_an_attack_named_by_its_day_dates_the_event() -> None:
    inc = main(
        "Search teams on Sunday recovered the bodies of 12 more soldiers from the forest, taking the toll in "
        "Saturday's gunbattle with the rebels to 20, officials said.",
        published="2021-04-05T08:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (20, "2021-04-03")


def test_a_neighbour_who_was_also_killed_is_no_attacker() -> None:
    inc = main(
        "Two police officers were shot dead at a remote farm on Monday. Alan Price, 58, who lived nearby and came "
        "to see what was happening, was also killed.",
        published=PUB,
    )
    assert "Alan Price" not in perpetrators(inc)
