"""Round 360: villages the gazetteer lacks named after the verb that struck them, Canadian datelines, and names
that open with a marked capital."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def place(text: str) -> tuple[str | None, str | None, str | None]:
    inc = main(text)
    return inc["country"], inc["admin1"], inc["location"]


# --- a place the gazetteer lacks ---------------------------------------------------------------------------------


def test_a_village_struck_and_placed_in_a_unit_named_by_its_kind() -> None:
    text = (
        "OUAGADOUGOU, Burkina Faso (AP) — Gunmen raided a village in northern Burkina Faso, killing 40 people. "
        "Attackers on motorcycles struck Kadoumbari, in Yagha province in the Sahel region, early on Saturday."
    )
    assert place(text) == ("BF", "Sahel", "Kadoumbari")


def test_a_village_hit_by_a_strike_with_its_kind_after_the_name() -> None:
    text = (
        "An army drone strike killed 30 villagers in northwestern Kaduna state, officials said. The strike hit "
        "Gidan Mallam village in the Igabi local government area late on Sunday."
    )
    assert place(text) == ("NG", "Kaduna", "Gidan Mallam village")  # as written, as with other villages


def test_a_known_town_struck_stays_the_town() -> None:
    text = "A Russian missile struck Kramatorsk, in the Donetsk region, on Tuesday, killing four people."
    assert place(text)[2] == "Kramatorsk"


# --- datelines and spellings --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "admin1", "town"),
    [("LONDON, Ont.", "Ontario", "London"), ("EDMONTON, Alta.", "Alberta", "Edmonton"),
     ("SASKATOON, Sask.", "Saskatchewan", "Saskatoon")],
)
def test_a_canadian_press_dateline_names_the_province(dateline: str, admin1: str, town: str) -> None:
    text = f"{dateline} — Four people were killed when a man drove a pickup truck into them on Sunday evening."
    assert place(text) == ("CA", admin1, town)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ÖREBRO, Sweden — Eleven people were killed when a man opened fire at a school on Tuesday.",
         ("SE", "Örebro", "Örebro")),
        ("Two people were killed in a bombing in İzmir on Friday.", ("TR", "Izmir", "İzmir")),
        ("Three people were killed in a shooting in Évry, south of Paris, on Sunday.",
         ("FR", "Ile-de-France", "Évry")),
    ],
)
def test_a_name_that_opens_with_a_marked_capital_is_found(text: str, expected: tuple[str, str, str]) -> None:
    assert place(text) == expected


def test_a_swedish_county_is_named_as_coders_write_it() -> None:
    text = "A man stabbed two people to death in Linkoping on Friday, police said."
    assert place(text)[1] == "Östergötland"


def test_a_feast_in_the_towns_possessive_is_no_part_of_the_town() -> None:
    text = "A gunman opened fire near Strasbourg's Christmas market on Tuesday evening, killing three people."
    assert place(text)[2] == "Strasbourg"


# --- the village a lede leaves unnamed -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lede", "second", "village"),
    [
        ("At least 70 people were killed when gang members went on a rampage in a town in Haiti's central "
         "Artibonite region, the United Nations said Friday.",
         "Members of the Gran Grif gang attacked Kolobo early Thursday, shooting residents.", "Kolobo"),
        ("An air strike on a busy market in a village in Ethiopia's Tigray region on Tuesday killed at least 64 "
         "people, health workers said.",
         "The strike hit Kolobo, about 25 kilometres west of the regional capital Mekele, at around 1 pm.", "Kolobo"),
    ],
)
def test_a_village_the_lede_left_unnamed_struck_in_the_next_sentence(lede: str, second: str, village: str) -> None:
    assert place(f"{lede}\n\n{second}")[2] == village


def test_a_bare_name_after_the_verb_is_no_village_when_the_lede_names_none() -> None:
    text = (
        "At least 70 people were killed in Haiti's central Artibonite region, the United Nations said Friday.\n\n"
        "Members of the Gran Grif gang attacked Kolobo early Thursday, shooting residents."
    )
    assert place(text)[2] != "Kolobo"


def test_a_lede_ending_its_paragraph_is_no_title_line() -> None:
    """A stop then a paragraph break ends a lede; a title line has no stop. The village in the sentence after the
    lede is then read as the lede's own, before the town that only tells how far it is."""
    text = (
        "At least 110 civilians were killed when jihadists attacked farm workers in northeast Nigeria's Borno "
        "state, the United Nations said on Sunday.\n\nThe attack took place on Saturday in Kadarko, a village near "
        "Zabarmari in the Jere local government area, about 20 kilometres from the state capital Maiduguri."
    )
    assert place(text)[1:] == ("Borno", "Kadarko")


def test_a_part_found_with_its_town_stays_with_it() -> None:
    text = (
        "PESHAWAR, Pakistan (AP) — A suicide bomber killed 100 people at a mosque on Monday, officials said.\n\n"
        "The bomber struck during afternoon prayers at the mosque in the Police Lines area of Peshawar, the capital "
        "of Khyber Pakhtunkhwa province."
    )
    assert place(text)[2] == "Police Lines, Peshawar"


def test_a_division_abroad_in_the_sentence_after_a_lede_that_places_nothing() -> None:
    text = (
        "DUBAI, United Arab Emirates (AP) — U.S. airstrikes on a fuel port held by Yemen's Houthi rebels killed at "
        "least 74 people, the rebels said Friday. The strikes late Thursday hit a port on the Red Sea coast of "
        "Hodeidah province."
    )
    # (reported by GeoNames' name, as the event databases write it: admin1_spellings.yaml)
    assert place(text)[:2] == ("YE", "al Hudaydah")


def test_the_bureaus_city_stays_when_the_next_sentence_places_the_event_at_home() -> None:
    text = (
        "NAIROBI, Kenya (AP) — Gunmen killed 12 people at a market on Friday, police said. The attack happened in "
        "the Eastleigh area of Nairobi."
    )
    assert place(text)[:2] == ("KE", "Nairobi")


def test_a_neighbourhood_named_with_its_town_as_a_modifier() -> None:
    text = (
        "A gunman opened fire at a restaurant in San Ysidro, a San Diego neighborhood near the Mexican border, "
        "killing 21 people."
    )
    assert place(text) == ("US", "California", "San Ysidro, San Diego")


@pytest.mark.parametrize(
    ("second", "village"),
    [
        ("Hundreds of gunmen on motorcycles rode into Dan Kure and surrounding villages in the Bukkuyum local "
         "government area, shooting residents.", "Dan Kure"),
        ("Fighters struck Kadoumbari and the neighbouring villages of Tinsouka and Bindabou late on Saturday.",
         "Kadoumbari"),
        ("The governor said 70 people were killed in Kadoumbari and 30 in the nearby village of Tinsouka.",
         "Kadoumbari"),
    ],
)
def test_the_village_named_first_among_several(second: str, village: str) -> None:
    text = (
        "Gunmen killed 100 people in attacks on villages in northwest Nigeria's Zamfara state on Tuesday, police "
        f"said.\n\n{second}"
    )
    assert place(text)[1:] == ("Zamfara", village)


def test_a_village_placed_by_its_own_words_in_a_division_other_than_the_datelines() -> None:
    text = (
        "Niamey (AFP) - Gunmen killed 44 civilians on Friday at a mosque in western Niger, the government said.\n\n"
        "The attack targeted the village of Kadoumbari, in the rural commune of Tinsouka in the Tillaberi region, "
        "near the borders with Burkina Faso and Mali."
    )
    assert place(text) == ("NE", "Tillaberi", "Kadoumbari")


def test_an_agency_dateline_in_title_case_is_a_dateline() -> None:
    """Not the event's place when the lede puts the event in a region of the country."""
    text = "Niamey (AFP) - Gunmen killed 44 civilians on Friday at a mosque in western Niger, the government said."
    assert place(text) == ("NE", None, None)


def test_a_suburb_that_is_a_town_of_its_own_stays_the_town() -> None:
    """The gazetteer lists Aurora beside Denver: "a Denver suburb" tells where it lies, not that it is a part."""
    text = "A gunman opened fire at a cinema in Aurora, a Denver suburb, killing 12 people and injuring 70."
    assert place(text) == ("US", "Colorado", "Aurora")
