"""Places found while reading the development set again: a town qualified by a US state that is also a country's
name, and US Army posts by the names the news used before their 2023 renaming."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A gunman opened fire in Dahlonega, Georgia, killing two people.", "Dahlonega"),
        ("A soldier shot dead two comrades at Fort Gordon, Georgia, on Monday.", "Fort Gordon"),
    ],
)
def test_a_small_town_qualified_by_georgia_is_in_the_us_state(text: str, town: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("US", "Georgia", town)
    assert inc["geo_precision"] == "place"
    assert 30 < inc["lat"] < 35  # the town's own coordinates, not the Caucasus (41.99 N)


def test_a_town_of_the_country_georgia_keeps_its_country() -> None:
    inc = main("A gunman opened fire in Zugdidi, Georgia, killing two people.")
    assert (inc["country"], inc["location"]) == ("GE", "Zugdidi")


@pytest.mark.parametrize(
    ("text", "post", "state"),
    [
        ("An Army specialist opened fire at the Fort Hood Army Post in Texas, killing three.", "Fort Hood", "Texas"),
        ("A soldier killed two comrades at Fort Moore on Tuesday.", "Fort Moore", "Georgia"),  # as the text spells it
        ("A sergeant shot dead a fellow soldier at Fort Polk on Friday.", "Fort Polk", "Louisiana"),
    ],
)
def test_army_posts_by_their_old_names(text: str, post: str, state: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("US", state, post)
    assert inc["geo_precision"] == "place"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("A grenade thrown at a rally in Qandahar injured 9 people.", "Kandahar"),
        ("Gunmen killed an aid worker near Bentiu, Unity State.", "Unity"),
        ("A car bomb killed two police officers in Bilbao, Euskadi.", "Basque Country"),
    ],
)
def test_a_division_spelled_otherwise_is_reported_by_its_own_name(text: str, admin1: str) -> None:
    assert main(text)["admin1"] == admin1


def test_a_name_the_news_uses_for_a_division_is_reported_as_written() -> None:
    # GeoNames keeps "Vardak"; the news writes "Wardak" (admin1_aliases.yaml), and so does the warehouse.
    assert main("Gunmen killed two deminers in Wardak province on Monday.")["admin1"] == "Wardak"
