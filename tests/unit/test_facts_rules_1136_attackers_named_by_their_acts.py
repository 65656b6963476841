"""Round 1136: attackers named by what they did, where earlier rounds missed the act: a calibre's dot on the way in
(".22-caliber pistol"), a weapon pulled from a bag, a slashing, a wait "until closing time", a home town with its
state, the toll after "went home for a gun and returned", a passive opening a sentence ("Carried out by two
extremists, X and Y"), a place's name before the act, and a suspect arrested deep in a wire story."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def _actors(text: str) -> list[str]:
    return [a["name"] for a in main(text)["actors"]]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Lionel Marsh Dunbar, 23, walked into a bowling alley in Riverton, Ohio, with a .38-caliber revolver on "
            "May 2, 2001, and fired at the lanes. Three people were killed.",
            "Lionel Marsh Dunbar",
        ),
        (
            "Gordon Pike, 41, pulled a 9mm handgun from his coat aboard a ferry near Seattle and walked along the "
            "deck. Four passengers were killed.",
            "Gordon Pike",
        ),
        (
            "Kenji Moriyama, 30, slashed commuters on the platform of a station in Osaka on Sunday. Two people died.",
            "Kenji Moriyama",
        ),
        (
            "Darnell Hooks, 20, a former cook, hid in a storeroom at a diner in Mesa, Arizona, until closing time, "
            "then shot four workers, three of whom died.",
            "Darnell Hooks",
        ),
        (
            "On the night of June 3, 2019, a gunman opened fire on a fairground. From a hotel window, 58-year-old Roy "
            "Caldwell of Bristol, Tennessee, fired hundreds of rounds into the crowd. Eleven people were killed.",
            "Roy Caldwell",
        ),
        (
            "After a quarrel at a wedding, a 51-year-old man, Petar Ilic, went home for a rifle and returned, shooting "
            "dead seven people in the village. Two more were wounded.",
            "Petar Ilic",
        ),
        (
            "Pavel Renko, a night guard at a timber yard in Tver, Tver Oblast, drove a lorry into a crowd at a fair on "
            "Sunday, killing five people.",
            "Pavel Renko",
        ),
    ],
)
def test_an_attacker_named_by_his_act(text: str, actor: str) -> None:
    assert _actors(text)[:1] == [actor]


def test_two_attackers_named_by_a_passive_that_opens_the_sentence() -> None:
    text = (
        "The Harbour Street bombing was a truck bombing of a customs house in Port Allen on May 9, 1997. Carried out "
        "by two militia extremists, Wade Kessler and Lyle Brandt, the blast killed 31 people."
    )
    assert _actors(text)[:2] == ["Wade Kessler", "Lyle Brandt"]


def test_a_suspect_arrested_at_the_scene_deep_in_a_story() -> None:
    filler = "Doctors said the governor had suffered two wounds and had no pulse on arrival at the hospital. " * 6
    text = (
        "KOBE, Japan, May 3 - A regional governor died on Tuesday after being shot during a speech in Kobe.\n\n"
        + filler
        + "\n\nPolice arrested Shinji Arakawa, 44, an unemployed resident of Kobe, at the scene on suspicion of "
        "attempted murder."
    )
    assert "Shinji Arakawa" in _actors(text)


def test_a_resident_who_saw_it_is_still_no_attacker() -> None:
    text = (
        "A gunman shot dead two men outside a bar in Leeds on Friday. Tom Birch, 52, a resident of the street, said "
        "he heard six shots."
    )
    assert "Tom Birch" not in _actors(text)


def test_a_wait_until_the_gunmen_came_is_a_victims() -> None:
    text = (
        "Maria Ortiz, 34, waited at the bus stop in Cali until gunmen shot at the crowd on Monday, killing four "
        "people."
    )
    assert "Maria Ortiz" not in _actors(text)
