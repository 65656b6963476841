"""Round 1089: a second day's lede ("India vowed on Friday to isolate Pakistan after a suicide car bomber killed 40")
dates the act by the day its own sentence gives; a database row's "4/16/07"; the bomber "who was killed in the blast",
"as was the bomber" and "Two of the attackers blew themselves up"; a row's "; fatalities: 27" over the prose before
it; a toll "first put at 44, rose to 54 the next day and later to 63"; "has risen to 169 Afghans and 13 U.S. service
members"; a second blast elsewhere told in the lede's sentence is not more of its dead."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("SRINAGAR, India, Feb 15 (Reuters) - India vowed on Friday to isolate Pakistan diplomatically after a "
         "suicide car bomber killed 40 paramilitary police in Kashmir.\n\nThe bomber rammed a car packed with "
         "explosives into a bus on Thursday afternoon on the Jammu-Srinagar highway at Lethpora.", "2019-02-15",
         "2019-02-14"),
        ("PUNE, India, Feb 14 (Reuters) - Indian police hunted on Sunday for the people behind a bomb attack on a "
         "bakery in the western city of Pune.\n\nThe explosion ripped through the German Bakery on Saturday evening, "
         "killing nine people and wounding 57, officials said.", "2010-02-14", "2010-02-13"),
        ("QUETTA, Pakistan, Jan 11 (Reuters) - Shi'ite Muslims in Quetta refused on Friday to bury the victims of twin "
         "bombings that killed 81 people at a snooker hall.\n\nThe first blast, set off by a suicide bomber inside the "
         "packed hall on Alamdar Road on Thursday evening, was followed by a car bomb.", "2013-01-11", "2013-01-10"),
        # with no other day told, the lede's own stands
        ("KANO, Nigeria (AP) - The governor vowed on Friday to find the gunmen who killed five traders at a market in "
         "Kano.", "2020-05-08", "2020-05-08"),
    ],
)
def test_a_second_days_lede_dates_the_act_by_its_own_sentence(text: str, published: str, day: str) -> None:
    assert main(text, published)["event_date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Virginia Tech massacre. Blacksburg, Virginia. 4/16/07. Seung-Hui Cho, 23, shot two students in a dormitory, "
         "then went from room to room in Norris Hall firing. Thirty-two people were killed.", "2007-04-16"),
        ("Tucson shooting | Tucson, Arizona | 1/8/11 | Jared Lee Loughner opened fire on a meeting outside a grocery "
         "store. Six people were killed.", "2011-01-08"),
        ("A gunman opened fire at a school on 10/1/95 in Blackville, South Carolina, killing two teachers.",
         "1995-10-01"),
    ],
)
def test_a_rows_date_with_its_year_in_two_digits(text: str, day: str) -> None:
    assert main(text, published="")["event_date"] == day


def test_a_two_digit_year_is_read_with_slashes_only() -> None:
    # ("1.8.11" may be a version or a section; only slashes make a date of two-digit years)
    inc = main(
        "A gunman opened fire outside a store in Tucson, killing six people. Section 1.8.11 of the code applies.",
        published="",
    )
    assert inc["event_date"] is None


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A suicide car bomber killed 40 paramilitary police in Kashmir on Thursday. The bomber, who was killed in the "
         "blast, was identified by police as Adil Ahmad Dar.", 41),
        ("A car packed with explosives was rammed into a bus in Pulwama on Thursday. 40 CRPF personnel were killed, as "
         "was the bomber; 35 injured.", 41),
        ("Gunmen and suicide bombers attacked two mosques in Lahore on Friday, killing at least 80 worshippers. Two of "
         "the attackers blew themselves up.", 82),
        # the bomber's clause that tells no death of his, and attackers the police shot, add no one
        ("A suicide car bomber killed 40 paramilitary police in Kashmir on Thursday. The bomber, who was identified by "
         "police as Adil Ahmad Dar, had joined the group last year.", 40),
        ("Gunmen attacked two mosques in Lahore on Friday, killing at least 80 worshippers. Two of the attackers were "
         "shot dead by police.", 80),
    ],
)
def test_the_bombers_own_death(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


def test_a_rows_field_split_by_semicolons_is_its_coders_count() -> None:
    inc = main(
        "case: Sandy Hook Elementary massacre; location: Newtown, Connecticut; summary: Adam Lanza, 20, shot his "
        "mother dead at their home, then killed 20 first-graders and six adult staff members before killing himself; "
        "fatalities: 27; injured: 2"
    )
    assert (inc["killed"], inc["injured"]) == (27, 2)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A suicide bomber blew himself up at a rally in Khar on Sunday. The toll, first put at 44, rose to 54 the "
         "next day and later to 63; about 200 injured.", 63),
        ("A suicide bomber blew himself up at a rally in Khar on Sunday. The toll rose to 54 on Monday and later to "
         "63.", 63),
        ("The number of people killed in Thursday's suicide bombing at Kabul's airport has risen to 169 Afghans and "
         "13 U.S. service members, officials said Saturday.", 182),
        # a second clause with its own verb is no part of the toll
        ("The death toll from the bombing in Kabul rose to 20 civilians and 30 soldiers were wounded.", 20),
    ],
)
def test_a_toll_told_in_steps_or_in_parts(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("KABUL, Dec 6 (AFP) - A suicide bomber struck a crowd of Shiite Muslims at a shrine in central Kabul on "
         "Tuesday, killing at least 55 people, while a second blast in the northern city of Mazar-i-Sharif killed four "
         "more.", 55),
        ("QUETTA, Pakistan, Sept 29 (Reuters) - A suicide bomber killed at least 52 people at a procession in "
         "Mastung on Friday, police said, and a second blast hours later killed five worshippers at a mosque in the "
         "northwest.", 52),
        # a second blast at the same place adds its dead
        ("A car bomb exploded at a market in Baghdad on Monday, killing 12 people, and a second blast at the same "
         "market killed four more.", 16),
    ],
)
def test_a_second_attack_elsewhere_in_the_ledes_sentence(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead
