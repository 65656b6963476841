"""Round 1094: the past attack a toll is measured against, told in a clause of its own ("the worst shooting in
Colorado since two students killed 13 people at Columbine High School in 1999"), is neither a recall of the sentence
nor more dead; a row's field with the coders' note ("Deaths (best estimate): 103"); the rest of a lede's share under a
headline with the same toll; "an overnight raid" dated by the night the next sentence names."""

from __future__ import annotations

from facts_rules_support import main


def test_a_past_attack_in_a_comparison_clause() -> None:
    inc = main(
        "AURORA, Colo. (AP) — A gunman in a gas mask and body armor killed 12 people and wounded 58 at a midnight "
        "screening of the new Batman movie in this Denver suburb early Friday, the worst shooting in Colorado since "
        "two students killed 13 people at Columbine High School in 1999; police arrested James Holmes, 24, beside "
        "his car behind the theater.",
        "2012-07-20",
    )
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (12, 58, "2012-07-20")


def test_a_past_attack_recalled_outside_a_comparison_is_still_background() -> None:
    inc = main(
        "AURORA, Colo. (AP) — A gunman killed 12 people at a midnight screening in this Denver suburb early Friday. "
        "Police said the suspect had studied the 1999 attack, when two students killed 13 people at Columbine High "
        "School in 1999.",
        "2012-07-20",
    )
    assert inc["killed"] == 12


def test_a_rows_field_with_the_coders_note() -> None:
    inc = main(
        "Afghanistan | Taleban - civilians | 2018-01-27 | Kabul city, Kabul province | A Taleban militant drove an "
        "ambulance packed with explosives past a police checkpoint and detonated it. Deaths (best estimate): 103 | "
        "Injured reported: 235"
    )
    assert inc["killed"] == 103


def test_the_rest_of_a_ledes_share_under_a_headline_with_the_same_toll() -> None:
    inc = main(
        "Pakistan Taliban attack on Peshawar school leaves 141 dead\n\nTaliban gunmen have stormed an army-run school "
        "in the Pakistani city of Peshawar, killing 141 people, 132 of them children.\n\nNine members of staff were "
        "also killed, the provincial chief minister said.",
        "2014-12-16",
    )
    assert inc["killed"] == 141


def test_an_overnight_raid_dated_by_the_night_the_next_sentence_names() -> None:
    inc = main(
        "Burkina Faso: At least 132 killed in deadliest attack in years\n\nUnidentified gunmen killed at least 132 "
        "people in an overnight raid on a village in northern Burkina Faso, the government said, in the deadliest "
        "attack in the country since armed groups began operating there in 2015.\n\nThe attackers struck Solhan, in "
        "Yagha province in the Sahel region, in the early hours of Saturday.",
        "2021-06-06",
    )
    assert inc["event_date"] == "2021-06-05"
