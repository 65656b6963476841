"""Round 840: a toll the war keeps ("the death toll in the war", "the overall death toll" in the thousands) told
after a strike's own count is the war's, not the strike's; a capital that speaks for its state ("Tehran denied") is no
scene; "Can" opening a police appeal is no town."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An air strike flattened two houses in the city on Saturday, killing eleven people, relatives said. The "
         "health ministry said the overall death toll had risen to 15,207.", 11),
        ("An air strike flattened two houses in the city on Saturday, killing eleven people. The ministry said the "
         "death toll in the war had risen to 15,207.", 11),
        # controls: the event's own toll, risen, however large
        ("A bomb killed 11 people in a market on Saturday. The death toll has risen to 15, officials said.", 15),
        ("Two truck bombs exploded in the capital on Saturday. The overall death toll from the blasts rose to 1,200 "
         "on Monday.", 1200),
    ],
)
def test_a_war_toll_is_not_the_strikes(text: str, killed: int) -> None:
    assert main(text, published="2023-12-03T10:00:00Z")["killed"] == killed


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the capital as its government's voice is no scene
        ("A car bomb killed nine people at a checkpoint on the road to the border on Monday, Iraqi officials said. "
         "Tehran denied any role in the attack.", "IQ"),
        ("A drone strike killed four fighters near the border on Monday, Syrian state media said. Tehran vowed to "
         "retaliate and Moscow condemned the strike.", "SY"),
        # control: the capital as the scene
        ("A suicide bomber killed 12 people in Tehran on Monday. Tehran said the attack was planned abroad.", "IR"),
    ],
)
def test_a_capital_speaking_for_its_state_is_no_scene(text: str, country: str) -> None:
    assert main(text, published="2024-04-02T10:00:00Z")["country"] == country


def test_a_police_appeals_opening_question_is_no_place() -> None:
    text = (
        "Can you help? We're appealing for witnesses after a 17-year-old boy was shot in the leg at around 8pm last "
        "night. He remains in hospital in a stable condition."
    )
    inc = main(text, published="2023-09-07T08:00:00Z")
    assert (inc["country"], inc["location"]) == (None, None)  # not Çan, Turkey
