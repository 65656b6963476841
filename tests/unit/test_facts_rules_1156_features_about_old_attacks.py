"""Round 1156: a feature that tells an old attack's scene before its toll is about that attack, dated on its own day;
a talks or policy story whose first killing is a recalled one still gives none."""

from __future__ import annotations

from newsfacts.facts import parse_incidents


def test_a_scene_then_the_old_attacks_toll_is_that_attack() -> None:
    text = (
        "Daniel still keeps the ticket from the club folded in his wallet. He remembers that the match was still "
        "goalless when the first bomb went off near the bar. Then came a second blast, near the screen. When he came "
        "round, the waiter was lying beside him. The twin bombings in Jinja on 11 July 2012 killed 41 people and "
        "injured about 60."
    )
    incidents = parse_incidents(text, published="2020-07-11T08:00:00Z")
    assert incidents and (incidents[0]["killed"], incidents[0]["event_date"]) == (41, "2012-07-11")


def test_talks_whose_first_killing_is_recalled_give_none() -> None:
    text = (
        "The government and the rebels resumed peace talks in Nairobi on Monday. Mediators said both sides had agreed "
        "an agenda. The talks had been suspended in January after the rebels attacked an army base, killing two "
        "soldiers."
    )
    assert parse_incidents(text, published="2020-07-11T08:00:00Z") == []
