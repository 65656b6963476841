"""Round 300: reading the incident's date (spans, record-typed dates, days counted back, UTC evenings, dates that name
the attack, remembrance openings, periods and their exact days)."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

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
    assert main(text, published="2023-06-13T00:00:00Z")["event_date"] == "2023-06-13"  # a date without its hour
    assert main(text, published="Tue, 13 Jun 2023 03:10:00 GMT")["event_date"] == "2023-06-12"  # RSS's stamp


# --- 5. A year or month alone dates an abduction as it dates an attack --------------------------------------------


def test_year_alone_dates_abduction() -> None:
    """A year alone must be told with the act; "abducted" was not such an act."""
    inc = main("In 2016, gunmen abducted 30 passengers from a bus near Kaduna, Nigeria.", published="")
    assert (inc["event_date"], inc["date_precision"]) == ("2016-01-01", "year")


# --- 6. An abbreviated month with its dot still takes the year after it --------------------------------------------


def test_abbreviated_month_with_dot_before_year() -> None:
    """"9 Nov. 2020" stopped at "Nov" (no word boundary after the dot), leaving a day without a year."""
    inc = main("9 Nov. 2020 - A roadside bomb killed three soldiers near Kidal, Mali.", published="")
    assert inc["event_date"] == "2020-11-09"


# --- 7. A date that names the attack is not the burial's or the sentence's ----------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Families buried on Sunday the victims of Thursday night's raid on the camp, in which nine miners died.",
         "2023-06-08"),
        ("A court on Friday sentenced to life the leader of the June 3, 2021 massacre of 30 villagers near Gao.",
         "2021-06-03"),
        ("Prosecutors on Friday charged two men over the May 3 ambush that killed 30 villagers.", "2023-05-03"),
    ],
)
def test_possessive_date_names_attack_over_burial(text: str, day: str) -> None:
    """Published Monday 12 June 2023: both dates sat after "buried"/"mourned"; "night's" hid the attack's name."""
    assert main(text)["event_date"] == day


# --- 8. Attacks that began on a day: that day is the act's, not a war's start --------------------------------------


def test_attacks_that_began_on_a_day() -> None:
    """"began" read as a war's start, so the later feast day was taken."""
    text = (
        "Residents are still burying the dead from raids that began on the night of May 28 and went on into "
        "Easter Monday, killing at least 40 people in Benue state."
    )
    assert main(text, published="2023-06-12T10:00:00+00:00")["event_date"] == "2023-05-28"
    # "since the raids began in May" bounds a period: the act is Thursday's
    text = "Gunmen killed nine herders near Agatu on Thursday, the worst toll since the raids began on May 28."
    assert main(text)["event_date"] == "2023-06-08"


# --- 9. An attack at a funeral is dated by the attack ------------------------------------------------------------


def test_shooting_at_a_funeral_keeps_its_day() -> None:
    """"at a funeral" is where the act took place, not a burial told after it."""
    text = "Three men were shot dead at a funeral in Durban yesterday evening, and police said on Monday none was held."
    assert main(text)["event_date"] == "2023-06-11"


# --- 10. An attack on an anniversary is reported, and dated by its own day ----------------------------------------


def test_attack_on_an_anniversary_is_reported_with_its_own_day() -> None:
    """"anniversary" framed the whole opening as a remembrance; the remembered attack's date named it too."""
    text = "On the anniversary of the June 1 bombing, a gunman shot dead two commuters in Leeds on Friday."
    inc = main(text)
    assert (inc["killed"], inc["event_date"]) == (2, "2023-06-09")


def test_anniversary_of_attack_that_killed_stays_a_remembrance() -> None:
    """The clause after the remembrance is the old attack's ("..., which killed 22"): still no incident."""
    text = "Crowds gathered on Sunday for the anniversary of the bombing, which killed 22 people at a concert."
    assert parse_incidents(text, "2023-06-12T10:00:00+00:00") == []


# --- 11. "last year" after a month or day without a year; "last May" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Bandits killed 12 miners near Anka on 9 February last year, the report says.", "2022-02-09", "day"),
        ("Bandits killed 12 miners near Anka in April of last year, the report says.", "2022-04-01", "month"),
        ("Bandits killed 12 miners near Anka last June, the report says.", "2022-06-01", "month"),
        ("Bandits killed 12 miners near Anka last March, the report says.", "2023-03-01", "month"),
    ],
)
def test_last_year_and_last_month_name(text: str, value: str, precision: str) -> None:
    """Published 12 June 2023: "9 February" alone was this year's, "last June" no date at all."""
    inc = main(text)
    assert (inc["event_date"], inc["date_precision"]) == (value, precision)


# --- 12. More ways to name a month, a week or a day back ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("A roadside bomb killed four soldiers in Diffa early this month, the army said.", "2023-06-01", "month"),
        ("A roadside bomb killed four soldiers in Diffa at the beginning of this month.", "2023-06-01", "month"),
        ("A roadside bomb killed four soldiers in Diffa in the last week of May.", "2023-05-01", "month"),
        ("A roadside bomb killed four soldiers in Diffa at the end of May, the army said.", "2023-05-01", "month"),
        ("A roadside bomb killed four soldiers in Diffa this week, the army said.", "2023-06-12", "week"),
        ("A roadside bomb killed four soldiers in Diffa the day before yesterday.", "2023-06-10", "day"),
    ],
)
def test_more_relative_periods(text: str, value: str, precision: str) -> None:
    """Published Monday 12 June 2023; each was no date at all, or (the day before yesterday) yesterday."""
    inc = main(text)
    assert (inc["event_date"], inc["date_precision"]) == (value, precision)


# --- 13. "said on Tuesday, a day after the ambush": the told day counts back to the act ---------------------------


def test_told_day_counts_back_to_the_act() -> None:
    """Published Monday 12 June 2023: the told day (Sunday 11th) less a day, since "the raid" is the act; "two days
    after rebels shelled the town" is an act of its own, and the told day stays the best there is."""
    text = "Three guards were shot dead at a prison in Kogi, officials said on Sunday, a day after the raid."
    assert main(text)["event_date"] == "2023-06-10"
    text = "Soldiers killed 12 rebels near Beni, the army said on Sunday, two days after rebels shelled the town."
    assert main(text)["event_date"] == "2023-06-11"


# --- 14. Day-month-year as records type them: "6-Oct-2015", "6 October,2015" -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "21-Mar-2016: An IED struck a patrol near Tessalit, killing two soldiers.",
        "On 21 March,2016 an IED struck a patrol near Tessalit, killing two soldiers.",
        "On March 21,2016 an IED struck a patrol near Tessalit, killing two soldiers.",
    ],
)
def test_record_typed_day_month_year(text: str) -> None:
    """Without publication, each was a day without a year: no date at all."""
    assert main(text, published="")["event_date"] == "2016-03-21"


# --- 15. A date a year or more before publication, past the lede, is the report's background ----------------------


def test_old_month_past_the_lede_is_background() -> None:
    """"in April 2019" outweighed "on Thursday evening" (the attack word in its sentence), and as a date years
    old it then dropped the whole report as a story about an old attack."""
    text = (
        "Gunmen have killed at least 14 herders in northern Burkina Faso, local officials said. The attack hit "
        "the hamlet of Yirgou, which was the scene of a massacre of dozens of people in April 2019. "
        "It happened on Thursday evening, an official said."
    )
    inc = main(text)
    assert (inc["killed"], inc["event_date"]) == (14, "2023-06-08")
    # with no recent date at all, an old date past the lede is the only one there is, and stays
    text = "Gunmen killed 14 herders in northern Burkina Faso. The attack took place on 3 April 2021 near Djibo."
    assert main(text, published="2023-06-12T10:00:00+00:00")["event_date"] == "2021-04-03"


# --- 16. A period followed by the day that tells it exactly ("a week ago, on June 5") -----------------------------


def test_day_in_apposition_to_a_period() -> None:
    """"a week ago" won over the day right after it (the act's clause ends before the comma): week precision."""
    text = "The raid happened a week ago, on June 5, but word reached Gao only on Sunday: gunmen killed nine herders."
    inc = main(text)
    assert (inc["event_date"], inc["date_precision"]) == ("2023-06-05", "day")


# --- 17. "a week ago today" is that very day ------------------------------------------------------------------


def test_weeks_ago_today_is_the_day() -> None:
    """"today" after "a week ago" was read on its own: publication's day."""
    inc = main("A gunman shot dead four worshippers at a mosque in Kano a week ago today, and no one has been held.")
    assert (inc["event_date"], inc["date_precision"]) == ("2023-06-05", "day")


# --- 18. A remembering opening, then a new act dated in the days before publication ------------------------------


def test_new_act_after_a_remembering_opening() -> None:
    """The opening's "a year since" discarded the whole text, though its next sentence reports Sunday's attack; a
    remembered attack told after it without a recent date still reports nothing."""
    text = (
        "Families gathered on Saturday to mark a year since the siege of the mall. "
        "In Mandera, gunmen killed four quarry workers on Sunday, police said."
    )
    assert (main(text)["killed"], main(text)["event_date"]) == (4, "2023-06-11")
    text = (
        "Families gathered on Saturday to mark a year since the siege of the mall. "
        "The gunmen killed 67 shoppers over four days."
    )
    assert parse_incidents(text, "2023-06-12T10:00:00+00:00") == []


# --- 19. A weekday after "after" came before the weekday told ahead of it ---------------------------------------


def test_weekday_after_after_precedes_the_told_day() -> None:
    """Published Monday 12 June 2023: "the Monday night shooting" was read as publication's Monday."""
    text = "Police charged a man on Friday with four murders, days after the Monday night shooting at a bar in Akron."
    assert main(text)["event_date"] == "2023-06-05"
