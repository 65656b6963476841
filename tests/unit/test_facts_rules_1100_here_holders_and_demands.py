"""Round 1100: a dateline's lede that calls the scene "here" ("QUETTA: A suicide bomber blew himself up at the main
bus station here on Sunday") is the dateline's town, whatever town a later paragraph names; "the Line of Control" is
no place called Control; "tortured to death a Chinese national" is a killing; and kidnappers who "demanded the
release of jailed militants" frame no trial story."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("QUETTA: A suicide bomber blew himself up at the main bus station here on Sunday, killing 14 people. On "
         "Saturday, a bomb on a train near Sibi in the same province killed six.", ("PK", "Balochistan", "Quetta")),
        ("Three militants stormed an army camp near the Line of Control in Kupwara district, killing four soldiers.",
         ("IN", "Kashmir", "Kupwara")),
        # counter-case: "here" in a survivor's words after the lede moves nothing
        ('KABUL: A bomb killed nine people at a market in Jalalabad on Sunday. "We came here to shop," a survivor '
         "said.", ("AF", "Nangarhar", "Jalalabad")),
    ],
)
def test_here_and_names_of_lines(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place


def test_tortured_to_death_a_foreign_national() -> None:
    inc = main("A mob on Friday tortured to death a Chinese national working at a brick kiln in Gujranwala.")
    assert (inc["killed"], inc["location"]) == (1, "Gujranwala")


def test_kidnappers_demand_for_jailed_militants_is_no_trial() -> None:
    inc = main(
        "Gunmen from a little-known group kidnapped three French tourists hiking near Pahalgam and demanded the "
        "release of jailed militants."
    )
    assert inc["location"] == "Pahalgam"


def test_a_court_that_jailed_bombers_reports_no_incident() -> None:
    assert parse_incidents("A court jailed three men on Tuesday for the 2015 bombing of a market.") == []
