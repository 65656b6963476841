"""Round 710: the final toll in other words ("officials eventually put the toll at", "the final figure was",
"initially given as 134 and later revised by the United Nations to 157", "a figure that later rose to"), the count a
monitor's update replaced ("raising its toll from 31"), the next night's raid as an event of its own, a "(not counted
here)" note about the last person of a list only, and "None of the five was killed or injured"."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents

PUB = "2024-05-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen and bombers struck across the city on Saturday; two bombers blew themselves up near a stadium, "
         "killing one passer-by. Officials eventually put the toll at 84 dead and 210 injured.", (84, 210)),
        ("A truck bomb exploded outside a mall in Mosul on Saturday. Initial reports put the death toll at 60; the "
         "final figure was at least 141 killed and more than 90 wounded.", (141, 90)),
        ("Gunmen attacked the village of Kerena on Saturday. The death toll was initially given as 70 and later "
         "revised by the United Nations to 96.", (96, None)),
        ("A car bomb struck near the shrine on Saturday. At least 40 people were reported killed, a figure that "
         "later rose to 62, and more than 110 were wounded.", (62, 110)),
        ("Air strikes on a market in the town of Ariha on Saturday killed 27 civilians, the monitor said, raising "
         "its toll from 19 overnight as more bodies were pulled from the rubble.", (27, None)),
        ("Gunmen on a motorbike shot dead three nurses and the guard escorting them (not counted here) in Quetta on "
         "Saturday.", (3, None)),
        ("Two INGO staff and three national colleagues were abducted near Gao on Saturday. None of the five was "
         "killed or injured.", (0, 0)),
        # control: a note right after the figure's own words still leaves it out
        ("A strike on a clinic in Saada on Saturday killed a nurse. Nine patients were also killed (not counted "
         "here).", (1, None)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_the_next_nights_raid_is_an_event_of_its_own() -> None:
    incidents = parse_incidents(
        "Gunmen attacked a police station and hotels in Mpeketoni on Saturday night. At least 30 people were "
        "killed. The following night a raid on nearby villages killed another 9.",
        published=PUB,
    )
    assert incidents[0]["killed"] == 30
    assert [o["killed"] for o in incidents[1:]] == [9]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province spelt with a hyphen, and a news agency that bears another province's name
        ("A car bomb killed 12 border guards near Zahedan, capital of Sistan-Baluchestan province, on Saturday, the "
         "Fars news agency reported.", ("IR", "Sistan-Baluchestan", "Zahedan")),
        # the shrine town south of Damascus lies in the Damascus countryside governorate
        ("Two car bombs killed 20 people near the shrine in Sayyida Zeinab, south of Damascus, on Saturday.",
         ("SY", "Rif-dimashq", "Sayyida Zeinab")),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    assert where(text) == expected
