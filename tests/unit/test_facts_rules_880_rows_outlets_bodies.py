"""Round 880: a log row's numeric date before a dash or a bar is written as its country writes dates ("10/04/2018 -
Bangui" is 10 April); a news site's address closes a dateline ("Dhaka, Apr 25 (bdnews24.com) -"); Bangladesh's
parties and forces point to Bangladesh; a country that names a state's body ("the US Agency for International
Development") is no scene; a shooting whose means the opening tells is no match report, whatever the football
words around it; the two sides of a fixture ("a France–Germany football match") are no place; a total told with
the attackers in its sentence is still the total."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("10/04/2018 - Bangui (PK5, 3rd arrondissement): 1 MINUSCA peacekeeper killed and 8 wounded by gunmen "
         "during a joint operation.", "2018-04-10"),
        ("07/06/2024 | Masala, Beni territory, North Kivu | ADF raid on Masala; at least 41 civilians killed.",
         "2024-06-07"),
        # controls: the GTD's own record, month first wherever it happened; a US row
        ("10/04/2018: Gunmen killed a peacekeeper in Bangui, Central African Republic.", "2018-10-04"),
        ("10/04/2018 - Dallas, Texas: A gunman killed two people at a bar.", "2018-10-04"),
    ],
)
def test_a_log_rows_numeric_date(text: str, date: str) -> None:
    assert main(text, published="2024-12-01T10:00:00+00:00")["event_date"] == date


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("Dhaka, Apr 25 (bdnews24.com) - Two men, one of them an employee of the US Agency for International "
         "Development, have been hacked to death by a group of assailants at a flat in the capital's Kalabagan this "
         "evening.", "BD", "Dhaka"),
        ("Four people were killed and dozens injured in Gopalganj on Wednesday as activists of the banned Awami League "
         "clashed with police after attacking a rally.", "BD", "Gopalganj"),
        # control: the namesake in India, told as India's
        ("Four people were killed in Gopalganj in Bihar on Wednesday when police opened fire on a crowd.", "IN",
         "Gopalganj"),
    ],
)
def test_outlets_parties_and_state_bodies(text: str, country: str, location: str) -> None:
    inc = main(text, published="2025-07-16T23:30:00+06:00")
    assert (inc["country"], inc["location"]) == (country, location)


def test_a_shooting_told_beside_a_match_is_no_match_report() -> None:
    text = (
        "BRUSSELS - Belgian police shot a man suspected of killing two Swedish football supporters early on Tuesday, "
        "hours after the attack forced the abandonment of Belgium's European Championship qualifier against Sweden.\n\n"
        "The gunman opened fire with an automatic rifle near the Place Sainctelette on Monday evening. Two Swedish "
        "men were killed. The match at the stadium was halted at half-time with the score 1-1."
    )
    inc = main(text, published="2023-10-17T09:00:00+02:00")
    assert (inc["killed"], inc["country"]) == (2, "BE")


def test_the_sides_of_a_fixture_are_no_place() -> None:
    text = (
        "On the evening of 13 November 2015, gunmen and suicide bombers struck in and around Paris: three bombers "
        "blew themselves up outside the Stade de France in Saint-Denis during a France–Germany football match, and "
        "attackers stormed the Bataclan concert hall, where 90 people were killed."
    )
    assert main(text)["country"] == "FR"


def test_a_total_told_with_the_attackers_in_its_sentence_is_still_the_total() -> None:
    text = (
        "Three attackers stormed the concert hall, where 90 people were killed. In total 130 people were killed and "
        "413 injured; seven of the attackers also died."
    )
    assert main(text)["killed"] == 137
