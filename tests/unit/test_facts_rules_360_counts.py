"""Round 360: the attacker's death told twice, and counts found missing in the 20th to 22nd blind sets."""

from __future__ import annotations

from facts_rules_support import main


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


# --- the attacker among the dead ----------------------------------------------------------------------------------


def test_a_bomber_the_toll_includes_is_not_added_again() -> None:
    text = (
        "Thirteen people, including the bomber, were killed when a suicide attacker blew himself up at a market "
        "in Maiduguri on Monday, police said. The bomber also died."
    )
    assert counts(text)[0] == 13


def test_a_bomber_the_toll_leaves_out_is_added() -> None:
    text = (
        "Twelve people were killed when a suicide attacker blew himself up at a market in Maiduguri on Monday, "
        "police said. The bomber also died."
    )
    assert counts(text)[0] == 13


# --- an earlier attack told as the time since it ------------------------------------------------------------------


def test_the_toll_of_an_attack_a_week_before_is_not_added() -> None:
    text = (
        "At least 14 people were killed when gunmen attacked the village of Kukawa in Borno state, a week after "
        "militants from Islamic State West Africa Province killed 20 in nearby Monguno."
    )
    assert counts(text)[0] == 14


def test_a_lede_that_opens_on_the_time_since_its_own_killing_keeps_it() -> None:
    text = (
        "KANO, Nigeria (Reuters) - Three days after gunmen on motorbikes from a rival village killed 14 people "
        "in Kano, residents were still fleeing."
    )
    assert counts(text)[0] == 14
