"""Rules added from probes of place resolution: place words inside a group's name, romanisations of Ukrainian
and Russian town names, and places the gazetteer lacks that the text locates by a town named next to them."""

from __future__ import annotations

import pytest
from facts_rules_support import main

# --- 1. A place word inside an actor's name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("The Arakan Army captured a town in Rakhine State after fighting that killed five soldiers.", "MM", "Rakhine"),
        ("The Arakan Army said its fighters killed 12 junta troops in an ambush on Monday.", "MM", None),
        ("Sinai Province fighters killed three soldiers on Tuesday.", "EG", None),
        # the division named as where it happened still is
        ("Two soldiers were killed in Arakan on Sunday, state media said.", "MM", "Arakan"),
    ],
)
def test_a_place_in_an_actors_name_is_not_where(text: str, country: str, admin1: str | None) -> None:
    """ "Arakan Army", "Sinai Province": who fought, not where; the country still comes through."""
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)


# --- 2. Romanisation variants -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("A Russian missile struck Kupiansk, killing two people.", "Kupiansk", "Kharkiv"),
        ("A missile struck Vilniansk overnight, killing two residents.", "Vilniansk", "Zaporizhia"),
        ("Drones struck Chuhuiv, killing a woman.", "Chuhuiv", "Kharkiv"),
    ],
)
def test_a_romanisation_variant_is_the_town(text: str, location: str, admin1: str) -> None:
    """ "Kupiansk" is GeoNames' "Kupyansk": another spelling of the town's own name, not a weak alternate."""
    inc = main(text)
    assert (inc["country"], inc["location"], inc["admin1"]) == ("UA", location, admin1)


# --- 3. A place the gazetteer lacks, located by a town named after it ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # a part of the town, with the town that places it
        ("Gunmen killed two in Kawo, a district of Kaduna.", "Kawo, Kaduna", "Kaduna"),
        ("Militants killed three villagers in Kargil Nagar, west of Quetta.", "Kargil Nagar", "Balochistan"),
        ("A drone killed three civilians in Novoselivka, east of Kharkiv.", "Novoselivka", "Kharkiv"),
        # a town the gazetteer lists is named by its own name, whatever it is placed by
        ("Shelling killed two in Kherson, south of Kyiv.", "Kherson", "Kherson"),
    ],
)
def test_an_unlisted_place_beside_a_town(text: str, location: str, admin1: str) -> None:
    """ "X, a district of Y", "X, west of Y", "X near Y": X as written, at Y's coordinates and in its division."""
    inc = main(text)
    assert (inc["location"], inc["admin1"]) == (location, admin1)
    assert inc["geo_precision"] == "place"
