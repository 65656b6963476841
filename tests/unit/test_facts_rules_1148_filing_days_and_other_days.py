"""Round 1148: an Indian paper's dateline day ("JAMMU, Jun 9:", "SRINAGAR, June 9 (PTI)") under the next morning's
date anchors "this evening"; the day bodies were recovered after an ambush its possessive dates; another calendar's
New Year's Eve; strikes on a packed funeral hall; and the attack a dead commander planned, named by its day."""

from __future__ import annotations

from facts_rules_support import main


def test_a_dateline_day_with_a_colon_anchors_this_evening() -> None:
    text = (
        "JAMMU, Jun 9: Six persons were killed when militants fired on a bus carrying pilgrims near Kanda village "
        "in Reasi district this evening."
    )
    assert main(text, published="2024-06-10T07:00:00+05:30")["event_date"] == "2024-06-09"


def test_a_dateline_day_with_its_agency_and_no_dash() -> None:
    text = (
        "SRINAGAR, June 9 (PTI) Four soldiers were killed when militants ambushed an army vehicle in Kupwara this "
        "afternoon."
    )
    assert main(text, published="2024-06-10T07:00:00+05:30")["event_date"] == "2024-06-09"


def test_a_dateline_colon_on_the_day_of_publication_changes_nothing() -> None:
    text = "JAMMU, Jun 10: Two persons were killed when militants fired on a police post near Rajouri this morning."
    assert main(text, published="2024-06-10T19:00:00+05:30")["event_date"] == "2024-06-10"


def test_bodies_recovered_a_day_after_the_ambush_its_possessive_dates() -> None:
    text = (
        "RAIPUR: The bodies of 12 security personnel missing since Saturday's Maoist ambush in Bijapur district were "
        "recovered on Sunday afternoon from the forest, officials said."
    )
    assert main(text, published="2020-03-22T23:10:00+05:30")["event_date"] == "2020-03-21"


def test_bodies_found_with_no_act_day_are_dated_by_the_finding() -> None:
    text = (
        "Eight bodies were found on Thursday morning in a truck left outside the town hall in Fresnillo, police "
        "said."
    )
    assert main(text, published="2022-01-06T12:00:00-06:00")["event_date"] == "2022-01-06"


def test_lunar_new_years_eve_is_no_thirty_first_of_december() -> None:
    text = (
        "A gunman opened fire at a karaoke bar in Rosemead, California, late Saturday as the city celebrated Lunar "
        "New Year's Eve, killing four people."
    )
    assert main(text, published="2023-01-23T12:00:00-08:00")["event_date"] == "2023-01-21"


def test_strikes_on_a_packed_funeral_hall_are_dated_by_their_day() -> None:
    text = (
        "SANAA, Yemen (AP) — Airstrikes on a packed funeral hall in the capital on Saturday killed at least 60 "
        "people, a U.N. official said Sunday."
    )
    assert main(text, published="2016-10-09T12:30:00Z")["event_date"] == "2016-10-08"


def test_the_attack_a_dead_commander_planned_is_not_the_days_strike() -> None:
    text = (
        "GAZA (AP) — An airstrike flattened a block in a refugee camp on Tuesday, killing at least 30 people. The "
        "military said the strike killed a commander it called one of the planners of the Oct. 7 attack."
    )
    assert main(text, published="2023-11-01T08:30:00Z")["event_date"] == "2023-10-31"
