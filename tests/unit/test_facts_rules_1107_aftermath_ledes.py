"""Round 1107: second-day stories. A lede on the mourning is dated by the act ("Small coffins were carried through
the streets of Peshawar on Wednesday ... Gunmen entered the school on Tuesday morning"; "on Monday for the funerals
of", "funeral rites on Saturday for the victims of Thursday's gun and knife rampage"); a day in the possessive is the
act's, not a day of telling ("the ministry said Thursday's strike killed 51"); "A week after a gunman killed 21
people, this town of 16,000 began burying its dead on Tuesday" (the town's people are no toll); a toll told from
afar ("the death toll from the air strike on its hospital in Kunduz on Oct. 3 had risen to 42"); a past attack a
toll is measured against, in a relative clause ("the deadliest since the 1998 bombing of the U.S. embassy in
Nairobi, which killed more than 200"); a day of an address ("In a televised address late on Tuesday, Kenyatta
said 61 civilians ... had died in the attack") is no other event; "a Border Patrol tactical team ... killed him"."""

from __future__ import annotations

import pytest
from facts_rules_support import main

PUB = "2020-05-06"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Small coffins were carried through the streets of Peshawar on Wednesday as families buried the children "
         "killed in the assault on the school. The army said 141 people had been killed. Seven gunmen entered the "
         "school after scaling a wall on Tuesday morning.", "2020-05-05"),
        ("Thousands of mourners filled the streets of the city of Saada on Wednesday for the funerals of children "
         "killed last week. The Health Ministry said Saturday's strike on a market killed 51 people.", "2020-05-02"),
        ("Families began three days of funeral rites on Wednesday for the victims of Monday's gun and knife "
         "rampage at a nursery, in which 36 people were killed.", "2020-05-04"),
        ("A week after a gunman killed 19 children and two teachers at the school, this town of 16,000 began "
         "burying its dead on Tuesday.", "2020-04-28"),
        # counter-cases: an attack on a funeral is dated by that attack; so is an act of its own after "a week after"
        ("A suicide bomber struck a funeral in Nangarhar on Tuesday, killing 15 people. The funeral was for a "
         "commander killed on Sunday.", "2020-05-05"),
        ("Two days after a bombing killed five people, a second blast killed ten on Tuesday.", "2020-05-05"),
    ],
)
def test_the_act_dates_an_aftermath_lede(text: str, day: str) -> None:
    assert main(text, PUB)["event_date"] == day


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A week after a gunman killed 19 children and two teachers at the school, this town of 16,000 began "
         "burying its dead on Tuesday. The gunman was inside the classrooms for an hour before a Border Patrol "
         "tactical team broke in and killed him.", 21),
        ("MSF said on Saturday the death toll from the U.S. air strike on its hospital in the northern Afghan city "
         "of Kunduz on Oct. 3 had risen to 42 from 30.", 42),
        ("In a televised address late on Tuesday, the president said 61 civilians and six members of the security "
         "forces had died in the attack, which began on Saturday. The attack is the deadliest in Kenya since the "
         "1998 bombing of the U.S. embassy in Nairobi, which killed more than 200 people.", 67),
    ],
)
def test_the_toll_of_a_second_day_story(text: str, dead: int) -> None:
    assert main(text, PUB)["killed"] == dead
