"""Round 1144: beside a group the text names as the attacker, a text that only speaks of gunmen is searched for the
man its role names ("identified the attacker as X"), not for every person a police step names: "a patrol briefly
detained Ovidio Guzman" in a story of a cartel's siege is the one the cartel freed, not its gunman."""

from __future__ import annotations

from facts_rules_support import main


def _actors(text: str) -> list[str]:
    return [a["name"] for a in main(text, published="2019-10-18")["actors"]]


def test_the_man_a_patrol_detained_is_not_the_groups_gunman() -> None:
    text = (
        "CULIACAN, Mexico (AFP) - Cartel gunmen laid siege to Culiacan on Thursday in a battle with security forces "
        "that left eight people dead.\n\nSecurity Minister Alfonso Durazo said a patrol of 30 National Guard members "
        "and soldiers briefly detained Ovidio Guzman at a house in Culiacan on Thursday afternoon, but was quickly "
        "surrounded by hundreds of Sinaloa Cartel fighters who blocked roads with burning vehicles."
    )
    names = _actors(text)
    assert "Ovidio Guzman" not in names
    assert "Sinaloa Cartel" in names


def test_the_attacker_the_role_names_beside_the_group() -> None:
    text = (
        "ORLANDO, Fla. (AP) - A gunman who pledged allegiance to the Islamic State group opened fire inside a club in "
        "Orlando early Sunday, killing 49 people, officials said. Police identified the attacker as Karl Brenner, 29."
    )
    assert "Karl Brenner" in _actors(text)
