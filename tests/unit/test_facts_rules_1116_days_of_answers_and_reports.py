"""Round 1116: the day a story's news was answered is not the act's: "on Wednesday began moving inmates ... after
Monday's riot", "on Friday demanded an inquiry", "offered a reward on Sunday for information", a burial's day ("had
helped bury bodies on Sunday"); "The uprising began on Sunday afternoon" is a riot's start; "shortly after midnight"
is the small hours of the day told a paragraph up; an agency report's title and the day it was issued ("Flash Update
- Attack on Masteri (27 July 2020)") is a dateline, and its "HIGHLIGHTS" and "SITUATION OVERVIEW" are sections of one
report; "clashed with" tells an act; "20 years ago today" dates the act in an anniversary story; "the Good Friday
Agreement" is no day; "the deadliest ... in recent years" is a comparison, no other event."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Gunmen opened fire at a party on the outskirts of Celaya early Sunday, killing nine people.\n\nWitnesses "
         "said the attackers arrived shortly after midnight and began shooting.", "2023-12-18", "2023-12-17"),
        ("More than 50 villagers were killed in an attack on villages in Oromia on Saturday, witnesses said, one of "
         "the deadliest attacks in the country in recent years. One man said he had helped bury bodies on Sunday.",
         "2022-06-20", "2022-06-18"),
        ("Authorities on Wednesday began moving inmates out of the state after Monday's riot at a prison in Altamira "
         "left 50 prisoners dead.", "2019-07-31", "2019-07-29"),
        ("A riot at a prison in Manaus left 50 inmates dead, authorities said on Monday. The uprising began on Sunday "
         "afternoon and lasted 17 hours.", "2017-01-02", "2017-01-01"),
        ("Rights groups on Friday demanded an inquiry into a police raid on a favela in Rio de Janeiro that left 20 "
         "people dead. Officers entered the favela at dawn on Thursday.", "2021-05-07", "2021-05-06"),
        ("Authorities offered a reward on Sunday for information on who planted a bomb that killed three women at a "
         "mall in Bogota. The blast ripped through the mall on Saturday afternoon.", "2017-06-18", "2017-06-17"),
        ("SUDAN: Flash Update - Attack on Masteri, West Darfur (27 July 2020)\n\nHIGHLIGHTS\n- Over 60 people killed "
         "in an attack on Masteri\n\nSITUATION OVERVIEW\nOn 25 July, armed men attacked Masteri town, killing over 60 "
         "people.", "2020-07-27", "2020-07-25"),
        ("MOZAMBIQUE: Flash Update No. 1: Attack on Macomia town (13 May 2024)\n\nSITUATION OVERVIEW\nOn 10 May, "
         "fighters entered Macomia town and clashed with the armed forces, killing four soldiers.", "2024-05-13",
         "2024-05-10"),
        ("Families gathered in Omagh to mark 20 years since the bombing.\n\nThe car bomb exploded in the main street "
         "at about 15:10 on a Saturday afternoon 20 years ago today, after misleading warnings.\n\nTwenty-nine people "
         "were killed.\n\nIt came just months after the Good Friday Agreement.", "2018-08-15", "1998-08-15"),
        # counter-case: "a Sunday service" is the act's own Sunday
        ("A bomb exploded during a Sunday service at a church in Kasindi, killing 17 people, the army said.",
         "2023-01-16", "2023-01-15"),
    ],
)
def test_the_acts_day(text: str, published: str, day: str) -> None:
    assert main(text, published)["event_date"] == day
