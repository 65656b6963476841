"""Round 290: first-level divisions that changed since GeoNames' tables were made (admin1_current.yaml)."""

from __future__ import annotations

import pytest
from facts_rules_support import main

# --- 1. A town takes its current division's name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("A man stabbed a teacher to death at a school in Arras on Friday, police said.", "FR", "Hauts-de-France"),
        ("A gunman shot dead two people near a market in Strasbourg on Tuesday.", "FR", "Grand Est"),
        ("Two people were killed in a shooting in Toulouse, prosecutors said.", "FR", "Occitanie"),
        ("A man was stabbed to death outside a mosque in Rouen overnight.", "FR", "Normandy"),
        ("Gunmen killed two aid workers near Hawassa, officials said.", "ET", "Sidama"),
        ("An NGO driver was shot dead outside Arba Minch on Monday.", "ET", "South Ethiopia"),
        ("A soldier was killed in a grenade attack in Leh, police said.", "IN", "Ladakh"),
        ("A man shot dead two people in Bergen, Norway, on Saturday.", "NO", "Vestland"),
        ("A Russian drone hit a house in Irpin, killing two civilians.", "UA", "Kyiv"),
        ("A missile struck the centre of Vinnytsia, killing 23 people.", "UA", "Vinnytsia"),
        ("Gunmen killed two aid workers in Zalingei on Sunday, a monitoring group said.", "SD", "Central Darfur"),
    ],
)
def test_town_in_current_division(text: str, country: str, admin1: str) -> None:
    """Arras came out in Nord-Pas-de-Calais, a region merged into Hauts-de-France in 2016."""
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)


def test_town_keeps_its_own_coordinates() -> None:
    """Only the division's name changes: lat/lon are still the town's."""
    inc = main("A man stabbed a teacher to death at a school in Arras on Friday, police said.")
    assert inc["location"] == "Arras"
    assert abs(inc["lat"] - 50.29) < 0.05 and abs(inc["lon"] - 2.78) < 0.05


# --- 2. An old division named in the text is the one it was merged into ----------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Three gendarmes were wounded in a shooting in the Lorraine region, officials said.", "FR", "Grand Est"),
        ("Farmers clashed with police in Picardie, injuring four officers.", "FR", "Hauts-de-France"),
        ("A gunman killed two hunters in Hedmark county, Norwegian police said.", "NO", "Innlandet"),
        ("Russian shelling in the Kiev region killed three people, the governor said.", "UA", "Kyiv"),
        ("Militants attacked a checkpoint in the FATA region, killing four soldiers.", "PK", "Khyber Pakhtunkhwa"),
    ],
)
def test_merged_division_found_by_old_name(text: str, country: str, admin1: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)


def test_split_division_keeps_its_name() -> None:
    """SNNPR was split into four regions: a text naming it alone still finds it."""
    inc = main("Clashes between two communities in the SNNPR region left nine people dead, residents said.")
    assert (inc["country"], inc["admin1"]) == ("ET", "Southern Nations, Nationalities, and People's")


def test_new_region_by_its_official_short_form() -> None:
    """South West Ethiopia Peoples' Region (2021), written by its initials."""
    inc = main("Gunmen killed an aid worker in SWEPR, the regional administration said.")
    assert (inc["country"], inc["admin1"]) == ("ET", "South West Ethiopia Peoples")


# --- 3. A part of a big city placed by a compass word --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("A man was shot dead in Edmonton, north London, on Sunday night.", "GB", "Edmonton"),
        ("A teenager was stabbed to death in Edmonton in north London, police said.", "GB", "Edmonton"),
        # the part with the city after it, as "Gwange, Maiduguri" is written
        ("Police shot dead a man who attacked officers with a knife in Saint-Denis, north Paris.", "FR",
         "Saint-Denis, Paris"),
    ],
)
def test_part_of_city_by_compass_word(text: str, country: str, location: str) -> None:
    """ "Edmonton, north London" is the London district, not the Canadian city of a million."""
    inc = main(text)
    assert (inc["country"], inc["location"]) == (country, location)
