"""Round 410: one person told by a British police release's or a local report's words; names that hold a number."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


def test_one_who_has_died_after_being_shot_is_one_dead() -> None:
    text = (
        "A man who was carrying a machete has died after being shot by armed officers in the Harehills area of "
        "Leeds, West Yorkshire Police has said."
    )
    assert counts(text) == (1, None)


@pytest.mark.parametrize(
    "condition", ["in a serious but stable condition", "in a critical condition", "in stable condition"]
)
def test_one_in_a_condition_after_being_shot_is_one_hurt(condition: str) -> None:
    text = f"A man is {condition} after being shot by police in Hamilton East on Monday night."
    assert counts(text) == (None, 1)


def test_one_who_survived_with_wounds_is_one_hurt() -> None:
    text = (
        "4 INGO national staff killed when gunmen ambushed their vehicle near Pibor, Jonglei. The driver, also "
        "INGO staff, survived with gunshot wounds."
    )
    assert counts(text) == (4, 1)


def test_everyone_else_who_escaped_with_injuries_is_no_figure() -> None:
    assert counts("Gunmen killed two farmers near Jos. Everyone else escaped with minor injuries.") == (2, None)


def test_a_number_word_inside_a_hospitals_name_is_no_count() -> None:
    text = "A man was stabbed on a bus in Memphis and taken to Regional One Health in critical condition."
    assert counts(text) == (None, 1)


def test_a_number_word_in_a_title_case_headline_still_counts() -> None:
    assert counts("Gunmen in Kano Killed Two Villagers") == (2, None)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two village volunteers were killed in a gunfight at Tronglaobi in Manipur on Saturday.", 2),
        ("Three village defence guards were killed when militants stormed their post in Kunar.", 3),
        ("Bandits attacked two villages in Zamfara, killing five people.", 5),
    ],
)
def test_people_the_village_names_are_counted_but_not_the_villages(text: str, dead: int) -> None:
    assert counts(text)[0] == dead


def test_wilful_fire_raising_is_an_attack() -> None:
    text = (
        "A fire at a flat in the Easterhouse area of Glasgow is being treated as wilful fire-raising after petrol "
        "was poured through the letterbox, Police Scotland has said. Nobody was injured."
    )
    incidents = parse_incidents(text, published="2024-03-08T11:35:00+00:00")
    assert incidents and incidents[0]["injured"] == 0 and incidents[0]["admin1"] == "Scotland"
