"""Round 960: a part of a city the gazetteer lacks, named with the city after a comma ("North Strand, Dublin"), is
no namesake abroad; a cinema chain's brand and screens ("the Century 16 cinema") are no town."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def test_a_part_of_a_city_is_no_namesake_abroad() -> None:
    inc = main("08/02/2016 - North Strand, Dublin: man (58) shot dead at his home by gunmen.")
    assert (inc["country"], inc["location"]) == ("IE", "Dublin")


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        # a division after the comma, which the town lies in, keeps the town
        ("On 16 April 2007, a student shot 32 people at Virginia Tech in Blacksburg, Virginia.", "US", "Blacksburg"),
        ("24 May 2017 - Bosaso, Bari region (Puntland): a suicide bomber blew himself up at a police checkpoint, "
         "killing four others.", "SO", "Bosaso"),
        ("Social leader María del Pilar Hurtado, 34, shot dead outside her home in Tierralta, Córdoba, 21 June 2019.",
         "CO", None),
        ("A bomb killed 5 in Ariha, Idlib on Monday.", "SY", "Ariha"),
    ],
)
def test_a_division_after_the_comma_keeps_the_town(text: str, country: str, location: str | None) -> None:
    inc = main(text, "2016-02-09")
    assert inc["country"] == country
    if location is not None:
        assert inc["location"] == location


def test_a_cinema_chains_brand_is_no_town() -> None:
    text = (
        "On 20 July 2012, James Holmes opened fire during a midnight screening at the Century 16 cinema in Aurora, "
        "Colorado, killing 12 people."
    )
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("US", "Colorado", "Aurora")
