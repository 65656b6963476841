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
