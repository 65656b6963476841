"""Round 360: actors of another event named inside the opening sentence."""

from __future__ import annotations

from facts_rules_support import main


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


def test_the_attacker_of_an_attack_a_week_before_is_not_this_ones() -> None:
    text = (
        "At least 14 people were killed when gunmen attacked the village of Kukawa in Borno state, a week after "
        "militants from Islamic State West Africa Province killed 20 in nearby Monguno."
    )
    assert "perpetrator" not in roles(text).values()


def test_a_lede_opening_on_the_time_since_the_attack_keeps_its_attacker() -> None:
    text = (
        "KANO, Nigeria (Reuters) - Three days after Boko Haram gunmen on motorbikes killed 14 people in Kano, "
        "residents were still fleeing."
    )
    assert roles(text) == {"Boko Haram": "perpetrator"}
