"""A city the event happened outside of ("a high school outside Atlanta") gives way to the dateline's town in the
same division: that is where the reporter placed the story. With no such dateline the city stays the nearest
place named. Sentences we wrote."""

from __future__ import annotations

from newsfacts.facts import parse_incidents


def where(text: str) -> tuple[str | None, str | None, str | None]:
    first = parse_incidents(text, published="2024-09-05T12:00:00+00:00")[0]
    return first["country"], first["admin1"], first["location"]


def test_the_datelines_town_beats_the_city_the_event_was_outside_of() -> None:
    text = ("WINDER, Ga. (AP) — A student opened fire at a high school outside Atlanta on Wednesday, killing four "
            "people and wounding nine others, authorities said.")
    assert where(text) == ("US", "Georgia", "Winder")


def test_without_a_dateline_the_city_outside_of_which_it_happened_stays() -> None:
    text = "A student opened fire at a high school outside Atlanta on Wednesday, killing four people."
    assert where(text)[2] == "Atlanta"


def test_a_dateline_in_another_division_does_not_take_over() -> None:
    text = ("WASHINGTON (AP) — Gunmen opened fire at a police post outside Kabul on Wednesday, killing four "
            "officers, officials said.")
    assert where(text)[2] == "Kabul"
