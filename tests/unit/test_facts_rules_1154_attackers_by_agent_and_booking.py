"""Round 1154: an attacker named as the agent of a killing ("shot dead by X"), by the day alone before "as" ("identified
the gunman Thursday as X"), and as the one booked or "the arrested man"."""

from __future__ import annotations

from facts_rules_support import main


def _perps(text: str) -> list[str]:
    return [a["name"] for a in main(text, published="2020-02-27T10:00:00Z")["actors"] if a["role"] == "perpetrator"]


def test_the_day_alone_between_the_role_and_as() -> None:
    text = (
        "A gunman killed four co-workers at a plant in Racine on Wednesday. Police identified the gunman Thursday as "
        "Gary Fenton of Racine."
    )
    assert _perps(text) == ["Gary Fenton"]


def test_the_agent_of_a_killing() -> None:
    text = (
        "The four people shot dead by Liam Crowe in the Hillside area of Exeter in May were unlawfully killed, a jury "
        "found."
    )
    assert _perps(text) == ["Liam Crowe"]


def test_the_agent_of_a_killing_may_be_a_force() -> None:
    text = "Two men were shot dead by police officers in Leeds on Friday."
    assert "Leeds" not in " ".join(_perps(text))


def test_the_one_booked_into_jail() -> None:
    text = (
        "A gunman killed one student at a college in Tacoma on Thursday. Police booked Evan Hart, 26, of Lakewood, "
        "into the county jail."
    )
    assert _perps(text) == ["Evan Hart"]


def test_the_arrested_man_named() -> None:
    text = (
        "A gunman opened fire at a bar in Bergen, killing two people. A police lawyer said the arrested man, Arne "
        "Dahl, a 42-year-old Norwegian, had been known to police."
    )
    assert _perps(text) == ["Arne Dahl"]
