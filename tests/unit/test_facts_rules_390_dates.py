"""Round 390: yearless days, days an act came before, asides, follow-ups dating an old attack, weekdays."""

from __future__ import annotations

from facts_rules_support import main


def test_a_day_without_its_year_takes_the_year_the_text_told_for_its_month() -> None:
    text = (
        "GENEVA - A UN report published today concludes that at least 300 people were killed by soldiers in the "
        "village of Dara, in central Mali, between 12 and 16 April 2022.\n\nThe report describes how a helicopter "
        "opened fire on the village market on the morning of 12 April, the day of the weekly fair."
    )
    assert main(text, published="2023-06-20T10:00:00+00:00")["event_date"] == "2022-04-12"


def test_a_day_without_a_year_told_nowhere_else_is_this_years() -> None:
    text = "A helicopter opened fire on the village market of Dara on the morning of 12 April, killing 30 people."
    assert main(text, published="2023-06-20T10:00:00+00:00")["event_date"] == "2023-04-12"


def test_the_day_an_act_came_ahead_of_is_not_its_day() -> None:
    text = (
        "ISLAMABAD - The UN condemns the attacks on election gatherings in Balochistan ahead of the general "
        "elections of 25 July.\n\nOn Friday 13 July, a suicide bomber detonated his explosives at a rally in "
        "Mastung district, killing 128 people."
    )
    assert main(text, published="2018-07-16T12:00:00+05:00")["event_date"] == "2018-07-13"


def test_a_year_in_an_aside_on_what_was_hit_leaves_the_sentence_the_events() -> None:
    text = (
        "The toll from the airstrikes that destroyed a hospital in eastern Aleppo has risen to at least 50 people, "
        "the charity said today. The hospital, supported by the charity since 2013, was hit late on the night of "
        "Wednesday 27 April."
    )
    assert main(text, published="2016-05-03T10:00:00+02:00")["event_date"] == "2016-04-27"


def test_a_sentencing_report_dates_the_attack_it_says_took_place() -> None:
    text = (
        "The man who murdered 40 people at two mosques will die in prison, the court ruled on Thursday.\n\n"
        "The judge told the gunman, 29, that his crimes were so wicked that no term could answer them.\n\n"
        "The attacks took place during Friday prayers on March 15, 2019. He opened fire at the first mosque before "
        "driving across the city to the second."
    )
    assert main(text, published="2020-08-27T17:45:00+12:00")["event_date"] == "2019-03-15"


def test_a_verdict_report_dates_the_attack_its_paragraph_opens_with() -> None:
    text = (
        "A court today sentenced seven members of a banned militant group to death for their roles in the attack "
        "on a cafe in the capital.\n\nThe judge acquitted one accused.\n\nOn the night of Friday, July 1, 2016, "
        "five young militants stormed the cafe and took diners hostage. In all 22 people were killed."
    )
    assert main(text, published="2019-11-27T16:00:00+06:00")["event_date"] == "2016-07-01"


def test_a_recent_day_opening_a_later_paragraph_tells_another_attack() -> None:
    text = (
        "The mission has documented a drone strike that killed at least 30 farm labourers and injured 40.\n\n"
        "On the night of 18 September, a drone strike hit a group of labourers resting around their fires.\n\n"
        "The strike came at a time of intense violence. On 19 September a truck bomb detonated near a hospital in "
        "Qalat, causing heavy damage."
    )
    assert main(text, published="2019-09-22T16:00:00+04:30")["event_date"] == "2019-09-18"


def test_a_weekday_after_a_dated_day_of_that_weekday_is_that_day() -> None:
    text = (
        "16/02/2017, evening: a suicide bomber detonated explosives among devotees performing the Thursday ritual in "
        "the main hall of the shrine in Sehwan; at least 88 killed."
    )
    assert main(text, published="2017-03-02T00:00:00+00:00")["event_date"] == "2017-02-16"


def test_another_weekday_after_a_dated_day_is_still_read_from_publication() -> None:
    text = (
        "On 3 December 2023, a bomb exploded during Mass at a university gymnasium in Marawi, killing four people. "
        "On Friday, soldiers killed two suspects in a raid on a hideout nearby."
    )
    inc = main(text, published="2023-12-20T00:00:00+00:00")
    assert inc["event_date"] == "2023-12-03"
