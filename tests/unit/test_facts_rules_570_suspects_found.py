"""Round 570: the suspect as US and Canadian police and prosecutors name him (arrested with an apposition, the driver
arrested, "identified as her husband", "have each been charged", "is charged", "prosecutors say X ... fired"), and
the one of those found wounded who died."""

from __future__ import annotations

import pytest
from facts_rules_support import main

PUB = "2024-12-04T10:00:00-09:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fire deliberately set at a house killed two people on Friday, police said. Police arrested Dale "
         "Fortier, a former tenant of the home, later on Friday.", ["Dale Fortier"]),
        ("A man was shot during a carjacking at a gas station on Tuesday night. An officer spotted the car on the "
         "freeway and arrested the driver, Ramon Ochoa, 24, after a brief pursuit.", ["Ramon Ochoa"]),
        ("A man shot and killed his wife and their son before killing himself on Sunday, police said. The shooter "
         "was identified as her husband, Curtis Hale, 41.", ["Curtis Hale"]),
        ("Two people were killed and nine wounded in a shooting at a car show on Saturday. Dion Marsh, 20, and Kyle "
         "Benton, 22, have each been charged with two counts of capital murder.", ["Dion Marsh", "Kyle Benton"]),
        ("A man was stabbed to death outside a bar on Saturday. Trent Hollis, 29, of Kenora, is charged with "
         "second-degree murder.", ["Trent Hollis"]),
        ("A driver was shot dead on the highway on Sunday in a road-rage attack. Prosecutors say Gary Lentz followed "
         "the car off the highway, then pulled alongside it at a stoplight and fired five shots.", ["Gary Lentz"]),
    ],
)
def test_the_suspect_named_by_police_and_prosecutors(text: str, expected: list[str]) -> None:
    names = [a["name"] for a in main(text, published=PUB)["actors"] if a["role"] == "perpetrator"]
    assert names == expected


def test_police_saying_who_was_shot_name_no_suspect() -> None:
    text = "A man was killed in a shooting on Sunday night. Police say Jamal Brooks was shot outside his home."
    assert main(text, published=PUB)["actors"] == []


def test_one_of_those_found_wounded_who_died() -> None:
    text = ("Officers were called to a shelter on Tuesday night, where staff had found two men with stab wounds. A "
            "56-year-old man died at the scene.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == (1, 1)


def test_nobody_claiming_the_attack_names_no_claimant() -> None:
    text = "Gunmen shot dead a town councillor in Naranjal on Friday. Nobody has claimed responsibility."
    assert main(text, published=PUB)["actors"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot at people in the streets of Reynosa on Sunday, killing four bystanders. Three other passers-by "
         "were wounded, as was one soldier.", (4, 4)),
        ("Two civilians were killed, as were three soldiers, when a roadside bomb exploded near the market on Sunday.",
         (5, None)),
        # "as was reported" adds no one
        ("Five people were wounded when a grenade exploded at a bus stop on Sunday, as was reported by the police.",
         (None, 5)),
    ],
)
def test_as_was_one_more_of_the_same_harm(text: str, expected: tuple[int | None, int | None]) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected
