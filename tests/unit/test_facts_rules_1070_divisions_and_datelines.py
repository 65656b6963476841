"""Round 1070: China's provinces and regions by the names the news gives them ("Xinjiang", "Gansu": GeoNames keeps
the kind in the name) and Kazakhstan's regions by their English spellings ("Aktobe", "Jambyl"); "the KwaZulu-Natal
Midlands" is a part of KwaZulu-Natal, not Zimbabwe's Midlands; a dateline that gives its town's state ("AURORA,
Ill.") keeps the town when only the background names another state; "in Shanghai's Songjiang district" is told
with the city that holds it (China's municipalities are found as their cities, not as divisions)."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Attackers stormed a county party office in Xinjiang on Wednesday, killing two people, state media said.",
         "Xinjiang Uygur"),
        ("A man drove a car into a crowd at a market in Gansu province on Sunday, killing four people.",
         "Gansu Sheng"),
        ("Gunmen killed six police officers in the Jambyl region on Sunday, the interior ministry said.", "Jambyl"),
    ],
)
def test_divisions_by_the_names_the_news_gives(text: str, admin1: str) -> None:
    assert main(text)["admin1"] == admin1


def test_a_part_of_the_division_is_no_namesake_abroad() -> None:
    text = "A municipal manager was shot dead on a main road in a KwaZulu-Natal Midlands town this morning."
    inc = main(text, "2017-03-06T13:30:00+02:00")
    assert (inc["country"], inc["admin1"]) == ("ZA", "KwaZulu-Natal")


def test_a_dateline_that_places_its_own_town() -> None:
    text = (
        "AURORA, Ill. - A man who was being fired from his job at a factory in this Chicago suburb opened fire on "
        "co-workers on Friday afternoon, killing five people, authorities said.\n\nAurora, about 40 miles west of "
        "Chicago, is the state's second-largest city. It shares its name with the Colorado city where a gunman "
        "killed 12 people in a cinema in 2012."
    )
    inc = main(text, "2019-02-16T10:20:00-06:00")
    assert (inc["admin1"], inc["location"]) == ("Illinois", "Aurora")


def test_a_capitals_dateline_gives_way_to_the_division_named() -> None:
    text = (
        "TUNIS, July 17 (AFP) - Fourteen soldiers were killed when militants attacked two army checkpoints, the "
        "defence ministry said on Thursday.\n\nThe assault took place on Wednesday evening in the Kasserine region "
        "of west-central Tunisia."
    )
    assert main(text, "2014-07-17T10:30:00+01:00")["admin1"] == "Kasserine"


def test_a_district_of_a_city_that_is_a_division() -> None:
    text = (
        "SHANGHAI - A man armed with a knife killed two people at a supermarket in Shanghai's Songjiang district on "
        "Monday night, police said."
    )
    assert main(text, "2024-10-01T10:00:00+08:00")["location"] == "Songjiang, Shanghai"


def test_a_listed_suburb_keeps_its_own_division() -> None:
    text = (
        "BEIRUT - An Israeli strike on a building in Haret Hreik, in Beirut's southern suburbs, killed five people "
        "on Tuesday evening, the health ministry said."
    )
    inc = main(text, "2024-07-31T12:00:00+03:00")
    assert (inc["admin1"], inc["location"]) == ("Mount Lebanon", "Haret Hreik")


def test_a_village_in_a_division_named_by_its_kind() -> None:
    text = (
        "BISHKEK - Five border guards were wounded when troops from the two countries exchanged fire near the "
        "village of Ak-Sai in Kyrgyzstan's Batken region on Saturday, officials said."
    )
    inc = main(text, "2014-01-12T10:00:00+06:00")
    assert (inc["admin1"], inc["location"]) == ("Batken", "Ak-Sai")
