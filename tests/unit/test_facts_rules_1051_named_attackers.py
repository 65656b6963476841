"""Round 1051: the attacker named far before the court that charged him ("X, a 28-year-old ... who had been living
in Dunedin, appeared in the District Court on Saturday charged with murder") or before his arrest with a home
town and its state ("X, from the Columbia, South Carolina, area, was taken into custody"); the armed groups and
forces of southern Africa, the Great Lakes and the Southern Cone by name."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def _actors(text: str, published: str = "2023-06-12T10:00:00+00:00") -> list[str]:
    return [a["name"] for a in main(text, published)["actors"]]


def test_charged_after_a_long_description() -> None:
    text = (
        "WELLINGTON - The death toll from Friday's shootings at a mosque in Hamilton rose to seven on Sunday, police "
        "said. Eight people remain in hospital.\n\nMark Ellison, a 31-year-old labourer from the Waikato town of "
        "Huntly, a father of two, appeared in the Hamilton District Court on Saturday charged with one count of "
        "murder."
    )
    assert "Mark Ellison" in _actors(text, "2021-05-16T11:00:00+12:00")


def test_taken_into_custody_with_a_home_town_and_state() -> None:
    text = (
        "A man suspected of killing four people at a bar was arrested on Thursday after a highway patrol trooper "
        "spotted his pickup near the state line.\n\nDaniel Pruitt, from the Macon, Georgia, area, was taken into "
        "custody without a struggle, the sheriff said."
    )
    assert "Daniel Pruitt" in _actors(text)


def test_a_description_without_an_act_names_no_one() -> None:
    text = (
        "Four people were shot dead at a bar on Thursday night, police said.\n\nDaniel Pruitt, from the Macon, "
        "Georgia, area, said he heard the shots from his car."
    )
    assert "Daniel Pruitt" not in _actors(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Fighters of the Paraguayan People's Army killed three soldiers in an ambush in Concepción on Saturday.",
         "Paraguayan People's Army (EPP)"),
        ("Carabineros shot dead a Mapuche man during a raid in Ercilla on Wednesday.",
         "Carabineros (Chilean police)"),
        ("Soldiers of the Zimbabwe National Army opened fire on protesters in Harare, killing six.",
         "Zimbabwe National Army"),
        ("RUD-Urunana rebels killed 14 villagers in a night raid near Musanze.", "RUD-Urunana"),
        ("The Sudan Shield Forces attacked a village east of Wad Madani, killing 20 people.", "Sudan Shield Forces"),
    ],
)
def test_groups_and_forces_by_name(text: str, actor: str) -> None:
    assert actor in _actors(text)


def test_began_shooting_is_the_attackers_act() -> None:
    text = (
        "A man who was being fired from his job opened fire on co-workers at a valve factory on Friday, killing five "
        "people, authorities said.\n\nPolice Chief Karen Ross said Dale Harmon, 45, began shooting at the plant "
        "during the meeting at which he was told he was being let go."
    )
    assert "Dale Harmon" in _actors(text, "2019-02-16T10:20:00-06:00")


def test_began_work_is_no_act() -> None:
    text = (
        "A gunman opened fire on co-workers at a valve factory on Friday, killing five people, authorities said.\n\n"
        "The plant manager, Dale Harmon, 45, began work at the factory in 1998."
    )
    assert "Dale Harmon" not in _actors(text, "2019-02-16T10:20:00-06:00")
