"""Round 1103: a headquarters attacked "with a car bomb" is where the attack was ("attacked the French embassy and,
with a car bomb, the army general staff headquarters in Ouagadougou"), not an organisation's seat; and "surrounded a
primary school ... and took away pupils and staff" reports an abduction."""

from __future__ import annotations

from facts_rules_support import main, where
from newsfacts.facts import parse_incidents


def test_a_headquarters_bombed_is_the_scene() -> None:
    text = (
        "On 2 March 2018, gunmen attacked the French embassy and, with a car bomb, the army general staff headquarters "
        "in Ouagadougou. Eight soldiers were killed."
    )
    assert where(text) == ("BF", "Centre", "Ouagadougou")


def test_an_organisations_seat_is_still_no_scene() -> None:
    text = "Gunmen killed two aid workers in Birao on Monday, said the charity, which is headquartered in Bangui."
    assert where(text)[2] == "Birao"


def test_pupils_taken_away_are_an_abduction() -> None:
    inc = main("Gunmen on motorcycles surrounded a primary school in Kuriga on Thursday and took away pupils and "
               "staff.")
    assert inc["event_date"] is not None


def test_phones_taken_away_are_none() -> None:
    assert parse_incidents("The teacher took away the pupils' phones on Thursday.") == []
