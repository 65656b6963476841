"""Rules added from probes of place resolution: a department named as a division, a place written as held by its
division ("Kandahar's Maiwand district"), lower-case second-level units, a place the gazetteer lacks placed by the
division, country or town named after it, the seat of a government that speaks, the far side of a border, and
English names of Arabic-transliterated governorates."""

from __future__ import annotations

import pytest
from facts_rules_support import main

# --- 1. "the department of Arauca" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("ELN rebels killed two soldiers in the department of Arauca.", "Arauca"),
        ("Dissidents killed three soldiers in Arauca department on Sunday.", "Arauca"),
    ],
)
def test_a_department_named_as_a_division_is_the_division(text: str, admin1: str) -> None:
    """Where a first-level division bears the name, "department" marks it as that division, not its namesake town."""
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("CO", admin1, None)


# --- 2. A place held by its division --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1", "location"),
    [
        ("A bomb killed three policemen in Pattani's Nong Chik district.", "TH", "Pattani", "Nong Chik"),
        ("Gunmen shot dead a teacher in Narathiwat's Rueso district.", "TH", "Narathiwat", "Rueso"),
        ("A landmine killed three children in Kandahar's Maiwand district.", "AF", "Kandahar", "Maiwand district"),
        ("Insurgents killed two rangers in Yala's Bannang Sata district.", "TH", "Yala", "Bannang Sata district"),
        ("Soldiers killed 11 villagers in Sagaing region's Depayin township.", "MM", "Sagaing", "Depayin township"),
        ("Gunmen killed 10 people in Oromia's West Wollega zone.", "ET", "Oromia", "West Wollega zone"),
    ],
)
def test_a_place_held_by_its_division(text: str, country: str, admin1: str, location: str) -> None:
    """ "in Kandahar's Maiwand district": the possessor is the division, the place is the name after it; the
    preposition before the possessor places both."""
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == (country, admin1, location)


# --- 3. Second-level units written in lower case ------------------------------------------------------------------


def test_a_county_the_gazetteer_lacks_is_the_place() -> None:
    """ "Kajo Keji county": South Sudan's and Kenya's counties, like districts, are named before their kind."""
    inc = main("Gunmen killed two aid workers at a checkpoint in Kajo Keji county, Central Equatoria.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("SS", "Central Equatoria", "Kajo Keji county")


# --- 4. A place the gazetteer lacks, then its division, country or town -----------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1", "location"),
    [
        ("An airstrike hit a market in Togoga, Tigray, killing at least 51 people.", "ET", "Tigray", "Togoga"),
        ("An Army psychiatrist killed 13 people at Fort Hood, Texas.", "US", "Texas", "Fort Hood"),
        ("A suicide bomber killed five engineers in Besham, Khyber Pakhtunkhwa.", "PK", "Khyber Pakhtunkhwa", "Besham"),
        ("Five were killed when gunmen attacked a bus in Shasha, Ogun.", "NG", "Ogun", "Shasha"),
        ("Suspected jihadists killed 20 soldiers near Koutougou in northern Burkina Faso.", "BF", None, "Koutougou"),
        ("A drone strike killed four in Mir Ali, North Waziristan.", "PK", "Khyber Pakhtunkhwa", "Mir Ali"),
    ],
)
def test_an_unlisted_place_before_what_holds_it(text: str, country: str, admin1: str | None, location: str) -> None:
    """AWSD's "in Togoga, Tigray": a place the gazetteer lacks, then the division, country or town it lies in."""
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == (country, admin1, location)


# --- 5. Who speaks, and the far side of a border -------------------------------------------------------------------


def test_the_seat_of_a_government_that_speaks_is_not_the_place() -> None:
    """ "the interior ministry in Bamako said": where the speaker sits, not where it happened."""
    inc = main("Gunmen killed eight people in a village, the interior ministry in Bamako said.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("ML", None, None)


def test_the_country_across_the_border_is_not_the_country() -> None:
    """ "Nigerien soldiers ... near the border with Mali": the event is on this side of the border."""
    inc = main("Nigerien soldiers killed 10 jihadists near the border with Mali.")
    assert inc["country"] == "NE"


# --- 6. Governorates under their common English names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Three tourists were killed in an attack in Sousse, Tunisia.", "TN", "Sousse"),
        ("A car bomb killed nine people in Benghazi.", "LY", "Benghazi"),
        ("A bomb killed two policemen in Giza, police said.", "EG", "Giza"),
        ("Gunmen killed four soldiers in Sharqia province.", "EG", "Sharqia"),
    ],
)
def test_a_governorate_under_its_english_name(text: str, country: str, admin1: str) -> None:
    """GeoNames writes "Susah", "Banghazi", "Al Jizah": the division is reported as the text names it."""
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)


# --- 7. A division whose name is a common word --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Clashes between rival groups killed 12 people in Unity state, officials said.", "SS", "Unity"),
        ("Separatists killed four soldiers in Cameroon's East region.", "CM", "East"),
        ("Gunmen killed three people in Ghana's Northern region.", "GH", "Northern"),
    ],
)
def test_a_common_word_before_a_divisions_kind_is_the_division(text: str, country: str, admin1: str) -> None:
    """ "Unity", "East", "Northern" alone are no places; before "state" or "region" they are divisions."""
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)
