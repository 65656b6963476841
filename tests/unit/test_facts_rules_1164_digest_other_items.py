"""Round 1164: a sitrep's "ALSO" or "ELSEWHERE" line opens its other items, whose places and tolls are events of their
own ("SANAA: 4 suicide bombers hit two mosques ... ALSO - SAADA: 5th bomber blew himself up outside a mosque")."""

from __future__ import annotations

from facts_rules_support import main


def _sitrep(heading: str) -> str:
    return (
        "YEMEN SITREP 21/03/2015\n\n"
        "SANAA: 4 suicide bombers hit two mosques during Friday prayers, 20 Mar. Health ministry: 142 killed, 351 "
        "wounded.\n\n"
        f"{heading}\n"
        "- SAADA: a 5th bomber blew himself up outside a mosque in Saada city the same day; 3 killed.\n"
        "- ADEN: clashes at the airport between rival units; 13 killed; presidential compound hit by airstrike.\n"
    )


def test_the_items_under_also_place_events_of_their_own() -> None:
    inc = main(_sitrep("ALSO"), published="2015-03-21T08:00:00Z")
    assert (inc["location"], inc["killed"]) == ("Sanaa", 142)


def test_the_items_under_elsewhere_place_events_of_their_own() -> None:
    inc = main(_sitrep("Elsewhere:"), published="2015-03-21T08:00:00Z")
    assert (inc["location"], inc["killed"]) == ("Sanaa", 142)
