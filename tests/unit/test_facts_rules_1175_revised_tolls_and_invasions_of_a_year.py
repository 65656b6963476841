"""Round 1175: wire updates. The day a toll was revised is the correction's, not the attack's ("Jordan revised down
the death toll from three ... bombings at Amman hotels to 56 on Thursday"); a toll measured against a war by its
year ("the deadliest coordinated bombing since the U.S.-led invasion of 2003") recalls no other event, so "Tuesday's
attack" in that sentence keeps its day."""

from __future__ import annotations

from facts_rules_support import main


def test_the_day_a_toll_was_revised_down() -> None:
    inc = main(
        "UPDATE 2-Jordan lowers Amman hotel bombings toll to 48\n\n(Adds revised toll, minister's comments)\n\n"
        "AMMAN, Nov 10 (Reuters) - Jordan revised down the death toll from three near-simultaneous suicide bombings "
        "at Amman hotels to 48 on Thursday, saying some victims had been counted twice in the chaos of the night.\n\n"
        "Officials had said earlier on Thursday that 57 people were killed when bombers struck the Grand Palace, the "
        "Royal Inn and the Days Inn shortly before 9 p.m. (1900 GMT) on Wednesday. The minister told a news "
        "conference in the afternoon that the corrected figure did not include the bombers, and that about 90 people "
        "had been wounded.",
        published="2005-11-10T18:20:00+02:00",
    )
    assert (inc["killed"], inc["event_date"]) == (48, "2005-11-09")


def test_a_war_by_its_year_is_no_other_event() -> None:
    inc = main(
        "MOSUL, Aug 15 (Reuters) - At least 150 people were killed when suicide bombers drove fuel trucks packed with "
        "explosives into two villages near the Syrian border, a provincial official said on Wednesday.\n\n"
        "That would make Tuesday's attack the deadliest coordinated bombing since the U.S.-led invasion of 2003.",
        published="2007-08-15T12:00:00+03:00",
    )
    assert (inc["killed"], inc["event_date"]) == (150, "2007-08-14")
