"""Rules added from probes of English-language regional press (round 260): Indian, Pakistani, Nigerian, East
African and Sahelian, Ukrainian and Russian, Middle Eastern and Latin American outlets. A dateline may follow the
RSS headline line or end with a colon; an official's title after a place keeps the place a place. Sentences we
wrote, invented incidents."""

from __future__ import annotations

from facts_rules_support import main


def where(text: str) -> tuple[str | None, str | None, str | None]:
    inc = main(text)
    return inc["country"], inc["admin1"], inc["location"]


# --- 1. Datelines after a headline line, or ending with a colon -----------------------------------------------------


def test_dateline_after_headline_line_is_where_the_reporter_filed() -> None:
    text = (
        "Gunmen kill 7 in Zamfara community\nGUSAU - Gunmen have killed seven persons in Tsauwa village in Maru "
        "Local Government Area of Zamfara State on Sunday, police said."
    )
    country, admin1, location = where(text)
    assert (country, admin1) == ("NG", "Zamfara")
    assert location is not None and location.startswith("Tsauwa")  # not the bureau's Gusau


def test_niger_state_under_a_dateline_after_the_headline_is_nigeria() -> None:
    text = (
        "Troops kill 8 terrorists in Niger State\nMINNA - Troops have killed eight terrorists in a gunfight at "
        "Kurebe in Shiroro LGA of Niger State, the army said on Monday."
    )
    assert where(text)[:2] == ("NG", "Niger")


# --- 2. An office after a place's name ------------------------------------------------------------------------------


def test_place_before_a_governors_title_is_still_a_place() -> None:
    text = (
        "Missiles hit Mykolaiv, killing 3\nKYIV - Russian missiles struck Mykolaiv on Friday night, killing three "
        "people and wounding 12, Mykolaiv Oblast Governor Petro Kovalenko said."
    )
    assert where(text) == ("UA", "Mykolaiv", "Mykolaiv")
