"""Round 1113: a headline of two stories, apart at a semicolon, where the second tells another attack by its own
noun ("Gunmen kill 24 in Kabul maternity ward attack; funeral bombing kills 24 in east"): its toll is no more of
the first's dead. "Bomb kills 12 in Kabul market; 40 wounded" stays one attack."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("Gunmen kill 24 in Kabul maternity ward attack; funeral bombing kills 24 in east\n\nKABUL - Gunmen attacked "
         "the maternity ward of a hospital in Kabul on Tuesday, killing 24 people.", 24, None),
        ("Militants kill 9 at checkpoint in Kandahar; 15 die in separate attack in Ghor\n\nKANDAHAR - Militants "
         "attacked a police checkpoint on Tuesday, killing nine officers.", 9, None),
        # counter-case: after the semicolon, more of the same attack
        ("Bomb kills 12 in Kabul market; 40 wounded\n\nKABUL - A bomb killed 12 people in a market on Tuesday.", 12,
         40),
    ],
)
def test_a_headline_of_two_stories(text: str, dead: int, hurt: int | None) -> None:
    inc = main(text, "2020-05-06")
    assert (inc["killed"], inc["injured"]) == (dead, hurt)
