"""Round 370: a sequel's day with its time or place before "a day after", the attacker's end, a count's deadline."""

from __future__ import annotations

import pytest
from facts_rules_support import main

MONDAY = "2024-07-01T12:00:00+00:00"  # a Monday


def day(text: str, published: str = MONDAY) -> str | None:
    return main(text, published=published)["event_date"]


@pytest.mark.parametrize(
    "sequel",
    [
        "were still scattered across the forecourt of the station on Sunday morning, a day after",
        "piled up on Sunday outside the church in the old town, a day after",
    ],
)
def test_a_sequels_day_counts_back_past_its_time_or_place(sequel: str) -> None:
    text = f"Flowers and candles {sequel} a missile struck as hundreds waited for trains. At least 30 were killed."
    assert day(text) == "2024-06-29"


def test_the_attackers_end_by_police_is_no_day_of_the_attack() -> None:
    text = (
        "The man suspected of shooting dead two football fans in the city centre on Friday evening was killed by "
        "police on Saturday morning in a cafe, officials said."
    )
    assert day(text) == "2024-06-28"


def test_the_day_by_which_a_toll_stood_is_not_the_attacks() -> None:
    text = (
        "The village had gathered on Saturday for a wake in the cafe when a missile hit the building just after "
        "1 p.m. By Sunday the toll had reached 52, officials said."
    )
    assert day(text) == "2024-06-29"


def test_a_strike_named_by_its_day_keeps_that_day() -> None:
    text = (
        "The toll from Saturday's strike on the cafe rose to 52, officials said on Monday. Those killed by "
        "Saturday's strike were buried."
    )
    assert day(text) == "2024-06-29"


# --- the opening's day of telling gives way to the act's own day, told just after it --------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "At least 60 farm workers were killed when gunmen attacked rice fields in the state, the UN said on Monday.",
        "The number of people killed by a truck bomb in the capital rose to 231 on Monday, officials said.",
        "The government on Monday blamed the rebels for a car bomb attack on a police academy that killed 21 people.",
        "Police were hunting two brothers early on Monday for the massacre of 12 people at a newspaper's offices.",
    ],
)
def test_the_acts_day_after_an_opening_that_dates_its_telling(opening: str) -> None:
    text = (
        f"{opening}\n\nResidents said men on motorcycles rounded up labourers in the fields on Sunday, tied them up "
        "and cut their throats."
    )
    assert day(text) == "2024-06-30"


def test_another_events_day_after_a_day_of_telling_stays_out() -> None:
    text = (
        "Gunmen killed 14 villagers in an attack in Zamfara state, police said on Monday. The attackers came on "
        "motorcycles and burned homes, a resident said. Separately, two soldiers were killed in an ambush in Borno "
        "state on Sunday."
    )
    assert day(text) != "2024-06-30"


def test_an_opening_that_dates_the_act_itself_keeps_its_day() -> None:
    text = (
        "Gunmen killed 14 villagers in an attack on a market on Monday, police said.\n\nResidents said the gunmen "
        "had been seen in the forest on Sunday."
    )
    assert day(text) == "2024-07-01"
