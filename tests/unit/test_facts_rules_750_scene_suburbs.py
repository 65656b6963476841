"""Round 750: some of the dead "died at the scene", "no other passengers were hurt", a month's review of its days,
"this Chicago suburb" under the suburb's own dateline, a place around which a raid happened with its county in
capitals while a later sentence names another event's town, two villages side by side, a village after its
township, and attackers named by the fuel they poured or the gun they came out firing."""

from __future__ import annotations

import pytest
from facts_rules_support import main

PUB = "2024-07-21T06:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead told where they died are some of the seven, not wounded who died later
        ("Seven people were killed and at least 30 wounded at a parade on Saturday, officials said. Six of the "
         "victims died at the scene; a seventh died at a hospital.", (7, 30)),
        # control: the wounded who died later move to the dead
        ("Gunmen shot seven people at a picnic on Saturday; two of them later died.", (2, 5)),
        ("A man was stabbed to death aboard a train early Saturday. No other passengers were hurt.", (1, 0)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_month_review_reports_its_days() -> None:
    inc = main(
        "Armed resistance to the Taliban continued at a low level in the north-east in June. On 2 June, the National "
        "Resistance Front claimed an ambush on a Taliban patrol in Andarab district, Baghlan province, killing four "
        "Taliban members.",
        published=PUB,
    )
    assert (inc["killed"], inc["event_date"], inc["admin1"]) == (4, "2024-06-02", "Baghlan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HIGHLAND PARK, Ill. - A gunman fired into the crowd at a parade in this Chicago suburb on Saturday, killing "
         "seven people.", ("US", "Illinois", "Highland Park")),
        ("On Saturday, armed youth attacked cattle camps around Duk Padiet, Duk County, Jonglei State. Thirty-two "
         "people were killed. In what appears to be a retaliatory raid on Sunday near Ayod, four people were killed.",
         ("SS", "Jonglei", "Duk Padiet")),
        # the first of two villages, the other beside it, when the lede told of villages unnamed
        ("BUNIA, Congo (AP) - Rebels killed 22 civilians in attacks on Saturday night on two villages in Mambasa "
         "territory of Ituri province, officials said. Bodies were recovered in Ndimo and neighboring Makumo.",
         ("CD", "Ituri", "Ndimo")),
        # a unit by its name and kind, then a village near which it happened: the village
        ("At least 35 people were killed in Hpruso Township, Kayah State, on Saturday, when troops stopped vehicles "
         "near Mo So village and killed the occupants.", ("MM", "Kayah", "Mo So village")),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["country"], inc["admin1"], inc["location"]) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A man was charged with arson in a house fire on Saturday night that killed two children. Police said Jeremy "
         "Koehn poured gasoline in the basement.", "Jeremy Koehn"),
        ("Two officers were wounded on Saturday night when Marcus Dell, 31, came out of the front door firing a "
         "handgun, police said.", "Marcus Dell"),
    ],
)
def test_attacker_named(text: str, name: str) -> None:
    inc = main(text, published=PUB)
    assert name in [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]
