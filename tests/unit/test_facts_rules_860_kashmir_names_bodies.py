"""Round 860: "Jammu and Kashmir's Ganderbal district" is one division and its district, not the town of Jammu; a
division owning a district ("Kashmir's Pulwama district") is no town elsewhere (Cashmere, Washington); a town at one end
of "the Jammu-Srinagar national highway" is a road's end; a toll "first reported by aid agencies as 90" that "later
rose to 112" is 112; "eight of the bodies" are some of the dead; a named man and his description ("Juan de Dios
Úsuga, alias 'Giovanni', a leader of the Urabeños") are one man, and the police raid that killed him has its
perpetrator."""

from __future__ import annotations

import pytest
from facts_rules_support import main

PUB = "2024-10-21T08:15:00+05:30"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("A doctor and six workers were killed when terrorists opened fire at a camp in Jammu and Kashmir's Ganderbal "
         "district on Sunday evening, officials said.", "Ganderbal"),
        ("Four civilians were killed when terrorists opened fire at three houses in Upper Dangri village of Jammu and "
         "Kashmir's Rajouri district on Sunday evening.", "Upper Dangri village"),
        ("Forty personnel were killed on Sunday when a suicide bomber rammed a car into a bus in south Kashmir's "
         "Pulwama district, officials said.", "Pulwama"),
        ("Forty personnel were killed on Sunday when a suicide bomber rammed a car into a bus on the Jammu-Srinagar "
         "national highway in Pulwama district, officials said.", "Pulwama"),
        # control: the town itself
        ("Two people were killed when a grenade exploded at a bus stand in Jammu on Sunday.", "Jammu"),
    ],
)
def test_kashmir_divisions_and_roads(text: str, location: str) -> None:
    assert main(text, published=PUB)["location"] == location


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On 17 January 2017, a Nigerian Air Force jet mistakenly bombed a camp for displaced people in Rann. The "
         "death toll, first reported by aid agencies as 90, later rose to 112; around 100 others were injured.", 112),
        ("Military Police launched an operation in the Complexo do Salgueiro on Sunday. Nine people were killed; "
         "residents recovered eight of the bodies from a mangrove swamp.", 9),
        ("A police raid on a rural farm killed Juan de Dios Úsuga, alias 'Giovanni', a leader of the Urabeños, on "
         "Sunday.", 1),
        # controls: a list of people named and described apart; bodies found with no toll before them
        ("Gunmen killed Juan Pérez, a taxi driver and a shopkeeper in the market on Sunday.", 3),
        ("Residents recovered eight bodies from a mangrove swamp on Sunday after a police raid.", 8),
    ],
)
def test_named_people_tolls_and_bodies(text: str, killed: int) -> None:
    assert main(text, published=PUB)["killed"] == killed


def test_a_police_raid_that_killed_one_man_has_the_police_as_perpetrator() -> None:
    inc = main("A police raid on a rural farm killed Juan Usuga, a leader of the Urabenos, on Monday.", published=PUB)
    assert [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"] == ["Police"]
