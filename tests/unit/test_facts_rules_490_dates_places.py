"""Round 490: a dated record's header, "after midnight Sunday", a police release's "on 3/9", a dateline's dash, a
chain's division under a bureau abroad, a hospital's name of several words, and a tehsil of the district named."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents


def test_a_record_headed_by_its_incident_date_is_no_match_report() -> None:
    text = (
        "Incident date: 2024-08-21. Report date: 2024-08-24. Location: El Fasher town, North Darfur State.\n\n"
        "Artillery shells fired by the Rapid Support Forces (RSF) struck a crowded market in El Fasher in the late "
        "morning, killing 11 civilians and injuring 27 others, according to local health authorities."
    )
    inc = main(text, published="2024-08-25T10:00:00+02:00")
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (11, 27, "2024-08-21")


def test_a_scoreline_still_tells_a_match_report() -> None:
    text = "Argentina crushed Chile 5-0 in Santiago on Tuesday, with Messi scoring twice in the match."
    assert parse_incidents(text) == []


def test_after_midnight_with_its_day_is_that_day() -> None:
    text = (
        "MEMPHIS, Tenn. - One person was killed and six were wounded when gunfire erupted shortly after midnight "
        "Sunday at a block party in South Memphis, police said."
    )
    assert main(text, published="2024-08-26T07:30:00-05:00")["event_date"] == "2024-08-25"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a US release writes the month first, with no year
        ("COLUMBUS, Ohio - A man was killed in a shooting outside a bar, police said. Officers responded to North "
         "High Street on 3/9 at approximately 1:40 a.m. on a report of shots fired.", "2024-03-11T12:00:00-04:00",
         "2024-03-09"),
        # Pakistan writes the day first; a day after publication is last year's
        ("Gunmen killed two people in Lahore on 3/9, police said.", "2024-03-11T12:00:00+05:00", "2023-09-03"),
    ],
)
def test_a_numeric_day_without_its_year(text: str, published: str, expected: str) -> None:
    assert main(text, published=published)["event_date"] == expected


def test_a_dateline_dash_opens_no_aside() -> None:
    text = (
        "TRIPOLI - The toll from Tuesday's clashes between two armed groups in the Souq al-Jumaa district of "
        "Tripoli rose to 27 dead - 19 fighters and eight civilians - and 106 wounded, the Emergency Medicine "
        "Centre said on Thursday."
    )
    inc = main(text, published="2024-02-29T09:00:00+02:00")
    assert (inc["killed"], inc["injured"]) == (27, 106)


def test_a_rubber_tapper_is_a_person() -> None:
    text = (
        "Two rangers and a village headman were killed and a rubber tapper wounded when a bomb exploded beside a "
        "road in Rueso district of Narathiwat province on Tuesday morning, police said."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (3, 1)


def test_a_division_closing_a_chain_moves_the_event_from_a_bureau_abroad() -> None:
    text = (
        "BANGKOK - Myanmar military jets bombed Nyaung Kone village in Kani township, Sagaing region, on Tuesday, "
        "killing at least 17 people, residents said."
    )
    assert where(text)[:2] == ("MM", "Sagaing")


def test_a_tehsil_of_the_district_beats_the_bureau_and_the_hospital_town() -> None:
    text = (
        "PESHAWAR: A suicide bomber rammed an explosives-laden vehicle into a security forces convoy in Mir Ali "
        "tehsil of North Waziristan district on Tuesday, killing five soldiers.\n\nThe injured were airlifted to the "
        "Combined Military Hospital in Peshawar."
    )
    assert where(text)[2] == "Mir Ali"
