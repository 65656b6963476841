"""Round 1127: a country after "citizens of" is where the dead came from; a quarter told as a big town's own
("London's Docklands") keeps that town's country wherever the text names it; "travelled to fight in Syria" is not
where the attack was."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber detonated a car at the gate of a hotel in Kismayo, Lower Juba region, Somalia. At least 26 "
         "people were killed, among them citizens of Kenya, Tanzania, the United Kingdom and the United States.",
         "SO"),
        ("CEASEFIRE ENDS WITH TWO DEAD IN DOCKLANDS\n\nThe bodies of two men were recovered yesterday from the "
         "wreckage of a shop destroyed by the bomb that exploded in London's Docklands on Friday evening. More than "
         "100 people were injured. Police sealed off much of Docklands overnight.", "GB"),
        ("A gunman shot dead two soldiers in a betting shop in the Sarajevo suburb of Rajlovac on Wednesday "
         "evening. More than 200 citizens are believed to have travelled to fight in Syria and Iraq since 2012.",
         "BA"),
        # a small namesake owns nothing: "Congo's Ituri province" is the country's province
        ("Militiamen killed nine peacekeepers in an ambush in Congo's Ituri province on Friday.", "CD"),
    ],
)
def test_country(text: str, expected: str) -> None:
    assert main(text)["country"] == expected
