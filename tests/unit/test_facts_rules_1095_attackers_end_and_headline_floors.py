"""Round 1095: an attacker "himself shot and killed by a passer-by" is the attacker's end at another's hand, not one
more dead (the emphatic "was himself" is no suicide); a headline's round floor over the lede's own larger floor
("kills more than 100 soldiers" above "killing at least 140 soldiers") is the lede's."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("CETINJE, Montenegro — A 34-year-old man shot dead 10 people, two of them children, in the old royal capital "
         "on Friday afternoon before he was himself shot and killed by a passer-by.", 10),
        ("A gunman shot dead 10 people in Cetinje on Friday before he was shot dead by a security guard.", 10),
        # his own end is still counted when he took it
        ("A gunman shot dead 10 people in Cetinje on Friday and then killed himself.", 11),
    ],
)
def test_the_attackers_end_at_anothers_hand(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Taliban attack on Afghan army base kills more than 100 soldiers\n\nMazar-i-Sharif (AFP) - Taliban fighters "
         "dressed in army uniforms stormed an army base in northern Afghanistan on Friday, killing at least 140 "
         "soldiers, officials said.", 140),
        # a headline whose figure the lede tells exactly keeps it
        ("Taliban attack on Afghan army base kills more than 100 soldiers\n\nMazar-i-Sharif (AFP) - Taliban fighters "
         "stormed an army base in northern Afghanistan on Friday, killing more than 100 soldiers, officials said.",
         100),
    ],
)
def test_a_headlines_round_floor_and_the_ledes_own(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead
