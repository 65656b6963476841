"""Round 1102: a year's toll in the lede's sentence ("on the day the United Nations said more than 34,000 civilians
died in Iraq last year") is no part of the event's; "In all, at least 57 people died in the two cities" sums two
attacks, one of them told apart in the lede ("while a fourth woman blew herself up ... in the northern city of
Kirkuk"); "killing the head of the council and at least six other people" is seven."""

from __future__ import annotations

import pytest
from newsfacts.facts import parse_incidents


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A car bomb struck students leaving a university in Baghdad on Tuesday, killing at least 70 people, police "
         "said, on the day the United Nations said more than 34,000 civilians died in Iraq last year.", 70),
        ("Two female suicide bombers struck pilgrims in central Baghdad on Monday, killing 28 people, while a third "
         "woman blew herself up at a rally in the northern city of Kirkuk.\n\nIn Kirkuk, 19 people were killed, police "
         "said.\n\nIn all, at least 47 people died in the two cities.", 28),
        ("A car bomb exploded at a checkpoint on Monday, killing the head of the council and at least six other "
         "people.", 7),
        # counter-cases: a year's toll told alone, and a total of one attack's parts
        ("More than 34,000 civilians died in Iraq last year, the United Nations said on Tuesday.", None),
        ("Gunmen attacked two mosques in the town on Friday. Twelve people were killed at the first and nine at the "
         "second. In all, 21 people died.", 21),
    ],
)
def test_the_events_own_dead(text: str, dead: int | None) -> None:
    incidents = parse_incidents(text, published="2020-05-05")
    assert (incidents[0]["killed"] if incidents else None) == dead
