"""Round 1131: "making it the worst single atrocity in 30 years of violence" measures the event against the years
before it and recalls no other event, so the lede keeps its day and its hurt; "years of violence that killed
thousands" is still the past."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.text import ascii_lower, recalls_other_event

OMAGH = (
    "28 DEAD IN OMAGH BOMB, WORST ATROCITY OF THE TROUBLES\n\nA car bomb that exploded in the crowded centre of "
    "Omagh, Co Tyrone, on Saturday afternoon killed 28 people and injured about 220, making it the worst single "
    "atrocity in 30 years of violence in Northern Ireland.\n\nThe same group planted a bomb in Banbridge two weeks "
    "ago, injuring more than 30 people."
)


def test_the_worst_in_thirty_years_is_this_event() -> None:
    inc = main(OMAGH, published="1998-08-17")
    assert (inc["event_date"], inc["injured"]) == ("1998-08-15", 220)


def test_years_of_violence_that_killed_are_the_past() -> None:
    low = ascii_lower("The region has seen years of violence that killed thousands.")
    assert recalls_other_event(low, 0, len(low))
