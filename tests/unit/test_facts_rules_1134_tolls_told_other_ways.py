"""Round 1134: tolls told other ways. "put the number of people killed in the June 5 attack ... at 40"; "The number
of people killed since security forces stormed the camp ... has risen to 108"; a headline's round floor above a
dateline's own line and the lede's exact count; "A taxi driver and father of four has died" is one man."""

from __future__ import annotations

from facts_rules_support import main


def test_put_the_number_killed_at() -> None:
    text = (
        "The state government on Thursday put the number of people killed in the June 5 attack on the church in Ikot "
        "at 38, lower than the figure of more than 50 given by hospital workers."
    )
    assert main(text, published="2022-06-10")["killed"] == 38


def test_number_killed_since_forces_stormed() -> None:
    text = (
        "The number of people killed since security forces stormed the protest camp outside the ministry on Monday "
        "has risen to 97, a doctors' committee said on Thursday."
    )
    assert main(text, published="2019-06-06")["killed"] == 97


def test_number_killed_since_the_war_began_is_no_toll_of_this_act() -> None:
    text = (
        "A drone strike killed six people in the market on Monday. The number of people killed since the war began "
        "has risen to 14,000."
    )
    assert main(text, published="2024-06-06")["killed"] == 6


def test_headline_floor_above_a_dateline_line() -> None:
    text = (
        "More than 80 killed in militia attack on village\n\n"
        "WAD MADANI - June 6, 2024\n\n"
        "At least 86 people were killed on Wednesday when militia fighters attacked the village, residents said."
    )
    assert main(text, published="2024-06-06")["killed"] == 86


def test_vague_figure_below_is_no_exact_count() -> None:
    text = (
        "GAZA, Nov 1 - An air strike on the camp on Tuesday killed more than 50 people, the ministry said.\n\n"
        "The director of the nearby hospital said it had received hundreds of dead and wounded."
    )
    assert main(text, published="2023-11-01")["killed"] == 50


def test_one_man_described_twice_by_a_singular_verb() -> None:
    text = "A taxi driver and father of four has died after being shot in an alleyway in north Belfast on Friday."
    assert main(text, published="2016-04-18")["killed"] == 1


def test_two_people_each_with_an_article() -> None:
    text = "A soldier and a policeman were killed when gunmen attacked the checkpoint on Friday."
    assert main(text, published="2016-04-18")["killed"] == 2
