"""Round 320: divisions in square brackets, Indonesia's new Papuan provinces, hospitals named before their word."""

from __future__ import annotations

from facts_rules_support import main


def test_divisions_in_square_brackets_place_the_town() -> None:
    inc = main("On 4 May 2022, JAS fighters overran a gendarmerie post at Bohoma [Fouli, Lac], killing 14 gendarmes.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("TD", "Lac", "Bohoma")


def test_new_papuan_province_names_the_country() -> None:
    inc = main("Rebels shot dead four road workers near a bridge in Yahukimo, Highland Papua, on Tuesday.")
    assert (inc["country"], inc["admin1"]) == ("ID", "Highland Papua")


def test_hospital_named_before_its_word() -> None:
    inc = main(
        "A rocket hit a market in Goma on Friday, killing nine people. Some 27 people were being treated at the "
        "Kyeshero hospital, a doctor said."
    )
    assert inc["injured"] == 27


def test_bracketed_divisions_with_lower_case_joining_words() -> None:
    inc = main("On 9 May 2023, a police raid in Vila Cruzeiro (Rio de Janeiro, Rio de Janeiro) left 8 people dead.")
    assert (inc["country"], inc["admin1"]) == ("BR", "Rio de Janeiro")


def test_place_missing_from_the_bracketed_division_is_no_namesake_elsewhere() -> None:
    inc = main("On 2 June 2023, gunmen killed four people in Penha (Rio de Janeiro, Rio de Janeiro).")
    assert (inc["admin1"], inc["location"]) == ("Rio de Janeiro", "Penha")
