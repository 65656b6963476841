"""Rules from round 280's probes: aid-worker security incidents (AWSD rows, NGO security logs, OCHA access notes)."""

from __future__ import annotations

from facts_rules_support import main


def test_field_spellings_of_afghan_provinces_are_the_provinces() -> None:
    inc = main("One NNGO staff was killed and another injured by a roadside bomb in Zurmat district, Paktya province.")
    assert (inc["country"], inc["admin1"]) == ("AF", "Paktya")
    inc = main("A vaccinator of an NNGO was shot dead by unknown gunmen in Jalalabad, Nangahar province.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("AF", "Nangahar", "Jalalabad")


def test_variant_spellings_of_african_divisions() -> None:
    inc = main("A national NGO worker was killed by unknown gunmen in the Gambella region of Ethiopia.")
    assert (inc["country"], inc["admin1"]) == ("ET", "Gambella")
    inc = main("Two INGO national staff were killed by armed men near Kaga-Bandoro, Nana-Gribizi.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("CF", "Nana-Gribizi", "Kaga-Bandoro")


def test_a_poc_site_is_its_town() -> None:
    inc = main("A national NGO volunteer was stabbed to death inside the Malakal PoC site overnight.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("SS", "Upper Nile", "Malakal")


def test_displacement_camps_are_places() -> None:
    inc = main("A Rohingya volunteer with an NGO was shot dead by armed men in Kutupalong camp.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("BD", "Chittagong", "Kutupalong")
    inc = main("A guard of an NGO clinic was shot dead inside the Al-Hol camp by suspected ISIS cells.")
    assert (inc["country"], inc["location"]) == ("SY", "Al-Hol")


def test_towns_of_aid_reports_missing_from_geonames() -> None:
    inc = main("Gunmen shot dead an INGO driver in Nasir, Upper Nile, on Tuesday.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("SS", "Upper Nile", "Nasir")
    inc = main("An NNGO staff member was killed when insurgents attacked Palma, Cabo Delgado.")
    assert (inc["country"], inc["location"]) == ("MZ", "Palma")


def test_a_district_named_with_its_province_is_not_a_namesake_village() -> None:
    inc = main("An INGO clinic guard was killed by gunmen in Khogyani district of Nangarhar.")
    assert (inc["admin1"], inc["location"]) == ("Nangarhar", "Khogyani")
