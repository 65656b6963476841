"""Round 300: the incident's date from spans of days, dashed numeric dates, days counted back and evening stamps."""

from __future__ import annotations

import pytest
from facts_rules_support import main

# --- 1. A span of days with its year after the last day is read by its first day in that year -------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On the night of August 9 to 10, 2021, raiders burned a village near Dori, killing 14.", "2021-08-09"),
        ("Sept. 3-5, 2019: Fighting between two clans near Galkayo killed 19 people.", "2019-09-03"),
        ("Between April 11 and April 13, 2020, militiamen killed 22 villagers in Djugu territory.", "2020-04-11"),
    ],
)
def test_month_day_span_takes_year_after_it(text: str, day: str) -> None:
    """Without publication, "August 9" alone had no year and the text no date (or the span's last day's)."""
    assert main(text, published="")["event_date"] == day


# --- 2. A dashed day-month-year is read day first ---------------------------------------------------------------


def test_dashed_numeric_date_day_first() -> None:
    """"07-03-2022" was no date at all; dashes are the day-first writers' (the US writes slashes)."""
    inc = main("On 07-03-2022, a roadside bomb killed four soldiers near Kidal.", published="")
    assert (inc["event_date"], inc["date_precision"]) == ("2022-03-07", "day")


# --- 3. "A day earlier", "two days earlier": counted back from the day the sentence is told from -----------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police said on Friday that bandits had killed six traders on the highway a day earlier.", "2023-06-08"),
        ("The ministry said on Saturday that a drone had struck a fuel depot two days earlier, killing three.",
         "2023-06-08"),
    ],
)
def test_days_earlier_counts_back_from_told_day(text: str, day: str) -> None:
    """Published Monday 12 June 2023: the told day (Friday 9th, Saturday 10th) less the days named."""
    assert main(text)["event_date"] == day


# --- 4. "Tonight" in a story stamped in the small hours of UTC is the evening before -----------------------------


def test_tonight_in_small_hours_utc_is_day_before() -> None:
    """A story stamped 03:10 UTC was filed in the Americas' evening, the day before the UTC day."""
    text = "Two teenagers were shot dead tonight outside a recreation centre in Memphis, police said."
    assert main(text, published="2023-06-13T03:10:00+00:00")["event_date"] == "2023-06-12"
    assert main(text, published="2023-06-13T15:10:00+00:00")["event_date"] == "2023-06-13"
    assert main(text, published="2023-06-12T23:10:00-04:00")["event_date"] == "2023-06-12"


# --- 5. A year or month alone dates an abduction as it dates an attack --------------------------------------------


def test_year_alone_dates_abduction() -> None:
    """A year alone must be told with the act; "abducted" was not such an act."""
    inc = main("In 2016, gunmen abducted 30 passengers from a bus near Kaduna, Nigeria.", published="")
    assert (inc["event_date"], inc["date_precision"]) == ("2016-01-01", "year")
