"""Round 1170: an opening about an old attack itself. An encyclopedia's lede names and dates it ("The Tokyo subway
sarin attack was an act of domestic terrorism carried out on the morning of 20 March 1995"); an aftermath story times
itself from it ("Five weeks after a missile brought down an entire section of an apartment block, ..."). The victims
who died in the days after are the attack's dead, not an event of the year the last of them died. A war a toll is
measured against ("since the start of Russia's full-scale invasion") neither recalls another event nor places the
attack. "dropped a heavy bomb on", "two blasts shook the gym" and "the attacks of 11 March 2004" tell acts."""

from __future__ import annotations

from facts_rules_support import main


def test_an_encyclopedia_lede_with_a_later_death() -> None:
    inc = main(
        "The Kestrel Street gas attack was an act of terrorism carried out on the morning of 4 May 1998 by members "
        "of the Blue Dawn sect. During the rush hour, three members of the sect released a nerve agent in the "
        "station. Nine people died in the days after the attack, and a tenth victim, who had been left severely "
        "disabled, died in 2019.",
        published="2021-05-04T02:14:58Z",
    )
    assert (inc["killed"], inc["event_date"]) == (10, "1998-05-04")


def test_an_aftermath_story_timed_from_the_attack() -> None:
    inc = main(
        "Five weeks after a missile brought down an entire section of a nine-storey apartment block in Dnipro, "
        "rescuers and investigators have finished identifying the dead. The strike, on the afternoon of Saturday, "
        "14 January, killed 46 people and injured 80, regional officials said.",
        published="2023-02-20T08:00:00+02:00",
    )
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (46, 80, "2023-01-14")


def test_a_toll_measured_against_a_war_neither_recalls_nor_places() -> None:
    inc = main(
        "The Zelene missile strike was a missile attack on the village of Zelene in Kharkiv Oblast, Ukraine, on 9 "
        "May 2023. Twenty-one people were killed, making it one of the deadliest single attacks on civilians since "
        "the start of Russia's full-scale invasion.",
        published="2023-06-02T16:08:27Z",
    )
    assert (inc["killed"], inc["country"]) == (21, "UA")


def test_a_bomb_dropped_with_no_toll_yet() -> None:
    inc = main(
        "City Council:\nYesterday at around 10:00, enemy aircraft dropped a heavy bomb on the Central Theatre, where "
        "hundreds of civilians were sheltering. The number of victims is still being established.",
        published="2022-03-17T10:00:00+02:00",
    )
    assert inc["event_date"] == "2022-03-16"


def test_a_feature_whose_act_is_told_by_its_blasts() -> None:
    inc = main(
        "ORLOVO — The gymnasium of School No. 4 has had no roof for a decade. Visitors leave flowers on the window "
        "sills. On the morning of 3 September 2009, a group of armed men drove into the schoolyard in a truck. They "
        "herded hundreds of pupils into the gym. For two days negotiations went nowhere. Then, on the third day, two "
        "blasts shook the gym and part of the roof fell in. The fighting lasted into the night. When it was over, "
        "117 hostages were dead.",
        published="2019-09-03T07:00:00+04:00",
    )
    assert (inc["killed"], inc["event_date"]) == (117, "2009-09-03")


def test_an_anniversary_opening_dated_by_its_attacks() -> None:
    inc = main(
        "MADRID — At 8:10 on a Friday morning ten years ago, the first of six bombs went off aboard a commuter train. "
        "Within minutes the others had exploded on two more trains. When the counting was finished, 64 people were "
        "dead in the attacks of 2 June 2006, the worst in the city's history.",
        published="2016-06-02T09:00:00+01:00",
    )
    assert (inc["killed"], inc["event_date"]) == (64, "2006-06-02")
