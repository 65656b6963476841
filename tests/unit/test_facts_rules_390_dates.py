"""Round 390: a day told without its year in a report published later, a day the act came before, and an aside."""

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
