"""A bureau's dateline abroad: when the event's own sentence places the event in another country, the dateline
city is only where the report was filed and gives no country, division or town. Sentences we wrote."""

from __future__ import annotations

import pytest
from newsfacts.facts import parse_incidents


def where(text: str) -> tuple[str | None, str | None, str | None]:
    incidents = parse_incidents(text, published="2024-05-14T08:00:00+00:00")
    assert incidents, text
    first = incidents[0]
    return first["country"], first["admin1"], first["location"]


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        (
            "NAIROBI, Kenya (AP) — Gunmen stormed a hotel in Mogadishu, Somalia, on Sunday, killing nine people, "
            "police said.",
            "SO",
            "Mogadishu",
        ),
        (
            "DAKAR, Senegal (AP) — Militants killed 18 soldiers in an ambush near Djibo in northern Burkina Faso, "
            "the army said Tuesday.",
            "BF",
            "Djibo",
        ),
        (
            "ISTANBUL (AP) — A truck bomb exploded in the Syrian city of Azaz on Friday, killing six people, a war "
            "monitor said.",
            "SY",
            "Azaz",
        ),
        (
            "MEXICO CITY (AP) — Gunmen opened fire at a nightclub in Guatemala's capital early Sunday, killing "
            "eight people.",
            "GT",
            "Guatemala City",
        ),
    ],
)
def test_a_lede_placing_the_event_abroad_overrides_the_dateline(text: str, country: str, location: str) -> None:
    got_country, _, got_location = where(text)
    assert (got_country, got_location) == (country, location)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        (
            "AMMAN, Jordan (AP) — Drone strikes killed 13 people in Iraq's Anbar province on Saturday, officials said.",
            "IQ",
            "Anbar",
        ),
        (
            "BANGKOK (AP) — Myanmar's military bombed a school in Sagaing region on Monday, killing at least 11 "
            "people, residents said.",
            "MM",
            "Sagaing",
        ),
        (
            "JOHANNESBURG (Reuters) — Insurgents beheaded 14 villagers in Mozambique's Cabo Delgado province, "
            "officials said on Thursday.",
            "MZ",
            "Cabo Delgado",
        ),
    ],
)
def test_a_division_abroad_is_the_place_not_the_bureau(text: str, country: str, admin1: str) -> None:
    got_country, got_admin1, _ = where(text)
    assert (got_country, got_admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        # No place in the lede: the dateline is where it happened.
        ("KABUL — A suicide bomber killed 9 at a mosque on Friday, officials said.", "AF", "Kabul"),
        (
            "MOGADISHU, Somalia (AP) — A car bomb went off near a busy market, killing at least 8 people, police said.",
            "SO",
            "Mogadishu",
        ),
        # A place in the dateline's own country: that place, in that country.
        ("KARACHI, Pakistan (AP) — A bomb killed four people in Quetta on Thursday, police said.", "PK", "Quetta"),
        (
            "KYIV, Ukraine (AP) — A Russian drone strike killed three people in Kharkiv on Tuesday, the governor said.",
            "UA",
            "Kharkiv",
        ),
        # A part of the dateline city, even one whose name is a town abroad too, keeps the dateline's country.
        (
            "DHAKA, Bangladesh (AP) — Gunmen killed 5 people at a restaurant in Dhaka's Banani area on Friday.",
            "BD",
            "Banani, Dhaka",
        ),
        # A state's forces named by demonym do not move the event out of the dateline's country.
        (
            "BEIRUT (AP) — Israeli warplanes struck a house killing five people on Tuesday, Lebanese state media said.",
            "LB",
            "Beirut",
        ),
    ],
)
def test_a_dateline_at_home_keeps_its_weight(text: str, country: str, location: str) -> None:
    got_country, _, got_location = where(text)
    assert (got_country, got_location) == (country, location)
