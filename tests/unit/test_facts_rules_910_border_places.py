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


@pytest.mark.parametrize(
    ("text", "published", "killed"),
    [
        # a total that counts the attacker the police killed, which the count leaves out
        ("MEMPHIS, Tenn. — Four people were killed on Monday when a former employee opened fire at a warehouse, "
         "police said. Five people were dead in all, counting the gunman, who was shot dead by officers in the "
         "parking lot.", "2021-05-10T20:00:00-05:00", 4),
        # the two of an earlier sentence told again with where they died
        ("TUCSON, Ariz. — Two more people wounded in Saturday's shooting at a shopping center died on Monday, raising "
         "the number of dead to 9, police said.\n\nBoth victims died at Banner University Medical Center, a police "
         "spokesman said.", "2021-05-10T20:00:00-07:00", 9),
        # riots the killing set off are not the killing
        ("KARACHI: A provincial lawmaker and his guard were shot dead in a mosque in Orangi on Monday, police said."
         "\n\nNews of the killing set off a wave of arson across the city. By late evening, at least a dozen people "
         "had been killed in the violence that followed, police said.", "2011-03-07T21:00:00+05:00", 2),
    ],
)
def test_counts_that_hold_someone_else(text: str, published: str, killed: int) -> None:
    assert main(text, published)["killed"] == killed


def test_another_mass_shooting_and_the_recalled_past_go_on_apart() -> None:
    text = (
        "TUCSON, Ariz. — Two more people wounded in Saturday's shooting at a shopping center died on Monday, raising "
        "the number of dead to 14, police said.\n\n"
        "The attack was followed less than 13 hours later by another mass shooting, more than 400 miles away in "
        "Reno, Nevada. There, a gunman killed six people in a casino before police shot him dead.\n\n"
        "Saturday's shooting was the deadliest in Arizona since January 2011, when a gunman killed six people at a "
        "meeting in Tucson. Six months later, 9 people were shot to death at a school near Phoenix."
    )
    assert main(text, "2021-05-10T20:00:00-07:00")["killed"] == 14
