"""Round 910: where fire came from is not where it fell ("a mortar shell fired from the Gaza Strip exploded outside
his home in Kibbutz Nahal Oz"); a kibbutz named with its kind is a village's name, not a person's; the kibbutzim of
the Gaza border, In Amenas and Iraqi Kurdistan's "Sulaimani" are in the gazetteer; the state a side accuses "of
carrying out the strike" is its author, and no place of the event."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "country", "admin1", "location"),
    [
        ("A five-year-old girl was killed on Friday when a mortar shell fired from the Gaza Strip exploded outside "
         "her family's home in Kibbutz Kfar Aza.", "IL", "Southern", "Kfar Aza"),
        ("Islamist militants seized the gas plant near In Amenas on Wednesday, killing two workers.", "DZ", "Illizi",
         "In Amenas"),
        # a town the fire fell on, by "in"
        ("Rockets fired from Gaza killed two people in Sderot on Monday.", "IL", "Southern", "Sderot"),
    ],
)
def test_where_the_fire_fell(text: str, country: str, admin1: str, location: str | None) -> None:
    inc = main(text, "2024-05-05T10:00:00+03:00")
    assert (inc["country"], inc["admin1"], inc["location"]) == (country, admin1, location)


def test_the_state_accused_of_the_strike_is_its_author_and_not_its_place() -> None:
    text = (
        "SULAIMANI -- A drone strike hit the perimeter of Sulaimani International Airport on Friday evening, "
        "killing two guards, officials said.\n\nThe SDF accused Turkey of carrying out the strike. There was no "
        "comment from Ankara."
    )
    inc = main(text, "2023-04-07T23:10:00+03:00")
    assert (inc["country"], inc["admin1"]) == ("IQ", "As Sulaymaniyah")
    assert "Turkish armed forces" in [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]
