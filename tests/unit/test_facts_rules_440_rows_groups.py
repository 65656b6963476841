"""Round 440: shooting-tracker rows (a town with its postal code, one person told without "was"), wounds that are
no head count, criminal groups named by their act, and attacks on buildings that hurt no one."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "2022-07-30 | Springfield, IL | 17-year-old girl grazed by gunfire during a dispute at a gas station; "
            "injuries non-life-threatening. Shooter arrested.",
            ("US", "Illinois", "Springfield"),
        ),
        (
            "08/14/2022 — Lebanon, TN (Wilson Co.): Mass shooting at a house party; 1 killed, 6 injured. Two "
            "suspects in custody.",
            ("US", "Tennessee", "Lebanon"),
        ),
        (
            "Murder/suicide: man shot his estranged wife and her mother inside a home in Paris, TX. Both women died.",
            ("US", "Texas", "Paris"),
        ),
    ],
)
def test_a_town_with_its_postal_code_is_in_that_state(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place


def test_a_postal_code_the_town_is_not_in_names_no_state() -> None:
    # no Lagos in Oregon: "OR" stays a word, and the town keeps its own country
    assert where("Gunmen shot dead two traders in Lagos, OR so police said on Monday.")[0] == "NG"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2022-07-30 | Springfield, IL | 17-year-old girl grazed by gunfire during a dispute at a gas station.",
            (None, 1),
        ),
        (
            "Dec 2, 2021 — Milwaukee, WI: Man, 34, shot dead in his car at N 38th St; second victim, a 29-year-old "
            "woman, treated for a graze wound.",
            (1, 1),
        ),
        (
            "A 29-year-old man was shot and killed early Saturday. Officers found him in the street with at least "
            "two gunshot wounds. No one else was injured.",
            (1, 0),
        ),
    ],
)
def test_a_trackers_row_and_wounds_on_one_body(text: str, expected: tuple[int | None, int | None]) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A 15-year-old was wounded in a shooting in Uppsala on Monday. Police believe the shooting was ordered by "
            "the criminal network known as the Vinga network.",
            "Vinga network",
        ),
        (
            "Shots were fired at a refugee shelter in Brandenburg overnight. A claim appeared in the name of a group "
            'calling itself "Division Oderland". No one was hurt.',
            "Division Oderland",
        ),
        (
            "A man was shot dead in Scampia on Wednesday in an ambush that investigators believe was ordered by the "
            "Esposito-Lauro clan.",
            "Esposito-Lauro clan",
        ),
        (
            "A man was shot dead in Surrey on Thursday in a targeted killing carried out by members of the Fraser "
            "Boys gang, police said.",
            "Fraser Boys",
        ),
        (
            "A man was shot in the chest at a house in Perth on Monday night, in what police allege was an attack by "
            "members of the Iron Serpents outlaw motorcycle gang.",
            "Iron Serpents",
        ),
        (
            "A bomb damaged a bakery in Palermo overnight. No one was hurt. Investigators attribute the attack to "
            "Cosa Nostra's extortion racket.",
            "Cosa Nostra",
        ),
    ],
)
def test_a_criminal_group_named_by_its_act(text: str, group: str) -> None:
    names = [a["name"] for a in main(text)["actors"] if a["role"] == "perpetrator"]
    assert group in names


@pytest.mark.parametrize(
    "text",
    [
        "A powerful explosion damaged an apartment building in the Gottsunda area of Uppsala early on Monday. No one "
        "was killed or injured, police said.",
        "A fire which gardai believe was started deliberately has caused extensive damage to a former hotel in "
        "Mountmellick, Co Laois. The building was unoccupied and no one was injured.",
    ],
)
def test_an_attack_on_a_building_that_hurt_no_one_is_reported(text: str) -> None:
    inc = main(text)
    assert inc["injured"] == 0 and inc["country"] in ("SE", "IE")
