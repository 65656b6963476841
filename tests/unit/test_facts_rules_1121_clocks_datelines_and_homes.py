"""Round 1121: a toll whose clause crosses "across the country" before "had risen to 12"; a period the sentence
before opened ("More than 600 people have been killed in Lebanon during that time"); a "figure raised to 34" after a
count of the hurt is more hurt; regions of the world that a small town also bears ("in the Middle East"); a unit
"based at" a fort and the state after a victim's home town ("of Carrollton, Georgia") are not the scene; Interfax's
dateline with a stop after the town ("NALCHIK. Feb 19 (Interfax) -"); a time given again on another clock ("(2350
GMT on Wednesday)"); a sequel told at length before "a day after" the attack; a row's own full date before its bar."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


def test_a_toll_risen_after_across_the_country() -> None:
    inc = main(
        "The health minister said on Wednesday that the number of people killed when thousands of pagers exploded "
        "simultaneously across the country had risen to 12.",
        "2024-09-18",
    )
    assert inc["killed"] == 12


def test_across_the_country_is_still_a_wider_whole() -> None:
    inc = main(
        "A car bomb killed 9 people in the market of Baqubah on Sunday. Across the country, at least 38 people died "
        "on Sunday.",
        "2013-05-20",
    )
    assert inc["killed"] == 9


def test_a_period_the_sentence_before_opened() -> None:
    incs = parse_incidents(
        "Israeli strikes hit villages in south Lebanon on Tuesday. The two sides have fought for almost a year. More "
        "than 600 people have been killed in Lebanon during that time.",
        published="2024-09-18",
    )
    assert all(inc["killed"] != 600 for inc in incs)


def test_a_figure_raised_after_a_count_of_the_hurt() -> None:
    inc = main(
        "Three soldiers were killed on Sunday when a drone slammed into their base. Officials initially said 25 "
        "troops had been hurt, a figure raised to 34 late Sunday.",
        "2024-01-29",
    )
    assert (inc["killed"], inc["injured"]) == (3, 34)


def test_homes_and_regions_are_not_the_scene() -> None:
    inc = main(
        "Three soldiers were killed on Sunday when a drone hit their quarters at a small base in northeastern Jordan, "
        "the first American deaths from hostile fire in the Middle East since the war began. The dead were Sgt. "
        "William Rivers, 46, of Carrollton, Georgia; Spc. Kennedy Sanders, 24, of Waycross, Georgia; and Spc. "
        "Breonna Moffett, 23, of Savannah, Georgia. All three were in an engineer company based at Fort Moore.",
        "2024-01-29",
    )
    assert inc["country"] == "JO"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("NALCHIK. Feb 19 (Interfax) - Three tourists from Moscow were killed and two more people were wounded when "
         "gunmen fired on a minibus near the village of Zayukovo in the republic's Baksan district last night, the "
         "Interior Ministry told Interfax.", "2011-02-19", "2011-02-18"),
        ("BEIJING, May 22 (Reuters) - Attackers ploughed two vehicles into a street market in Urumqi on Thursday, "
         "killing 31 people. The attack happened at about 7:50 a.m. (2350 GMT on Wednesday).", "2014-05-22",
         "2014-05-22"),
        ("NALCHIK, Russia, Oct 14 (Reuters) - Russian forces on Friday flushed out the last rebels holed up in the "
         "southern city of Nalchik, a day after militants attacked police stations in a raid that killed 36 people.",
         "2005-10-14", "2005-10-13"),
        ("1 September 2004 | Beslan, North Ossetia, Russia | Militants seize a school and hold 1,100 people hostage; "
         "the siege ends on 3 September with explosions and a storming. 334 hostages killed.", None, "2004-09-01"),
        # a log's row dated on its day of writing tells an act of an earlier day
        ("17.01.2023 | Dnipro, Dnipropetrovsk oblast | Rescue work has ended at the block that was hit by a missile "
         "on Saturday. Regional officials: 44 killed.", "2023-01-17", "2023-01-14"),
    ],
)
def test_datelines_clocks_sequels_and_rows(text: str, published: str | None, expected: str) -> None:
    assert main(text, published)["event_date"] == expected
