"""Round 1141: the town of a street address is where it happened ("the hotel complex at 14 Riverside Drive,
Nairobi,"), over the places a claim's reason names further on; and "the Tube" is London's Underground, not the
village in Ogun State."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.places import _strong_context


def test_the_town_after_a_street_address_is_strong() -> None:
    assert _strong_context("complex at 14 riverside drive,".split())
    assert not _strong_context("complex at 14 riverside drive".split())


def test_the_address_town_outweighs_a_claims_reason() -> None:
    text = (
        "Death toll in hotel attack rises to 21\n\nBy Standard Team | Thursday, January 17th 2019\n\n"
        "The number of people killed in Tuesday's attack on the hotel complex at 14 Riverside Drive, Nairobi, has "
        "risen to 21, police said yesterday.\n\nPresident Uhuru Kenyatta had on Wednesday announced that 14 people "
        "had died.\n\nThe militia claimed responsibility, saying the raid was a response to "
        "the US decision to move its embassy in Israel to Jerusalem."
    )
    out = main(text, published="2019-01-17")
    assert (out["country"], out["location"]) == ("KE", "Nairobi")


def test_the_tube_is_no_town() -> None:
    text = (
        "The 52 people murdered in the 7 July 2005 bombings were unlawfully killed, the coroner has concluded, "
        "criticising failures that left paramedics waiting outside the Tube tunnels."
    )
    assert main(text, published="2011-05-06")["country"] != "NG"
