"""Round 1171: the attack's day in a follow-up story. "The New Year's attack on the nightclub" is of New Year's
Day; "was found dead Friday evening of a self-inflicted gunshot wound" is the manhunt's end; "the funeral of three of
the six men killed at a mosque on Sunday evening" dates the killing, not the funeral; "will be held in Quebec City on
Friday" is a plan; "Wednesday's attack in Kerman" keeps its day though the crowds it struck marked "the anniversary of
the death of" a commander killed years before."""

from __future__ import annotations

from facts_rules_support import main


def test_a_new_years_attack() -> None:
    inc = main(
        "ISTANBUL — A militant group claimed responsibility on Monday for the New Year's attack on the Kosova "
        "nightclub. The gunman shot his way into the club, killing 21 people. Police have detained six people.\n\n"
        "A double bombing outside a stadium on December 12 killed 30 people.",
        published="2019-01-03T09:15:00+03:00",
    )
    assert (inc["killed"], inc["event_date"]) == (21, "2019-01-01")


def test_the_attackers_death_ends_the_manhunt() -> None:
    inc = main(
        "The two-day manhunt for Dale Ross is over. State officials say the 38-year-old was found dead Friday evening "
        "of a self-inflicted gunshot wound near a quarry. Police say that on Wednesday night Ross killed nine people "
        "at a bar in Millbrook and wounded 11 more.",
        published="2023-10-28T07:00:00-04:00",
    )
    assert (inc["killed"], inc["event_date"]) == (9, "2023-10-25")


def test_a_funeral_of_men_killed_on_a_day() -> None:
    inc = main(
        "MONTREAL — Thousands of mourners filled an arena in Montreal on Thursday for the funeral of two of the "
        "five men killed at a Laval mosque on Sunday evening.\n\n"
        "A second ceremony will be held in Laval on Friday. Fourteen people were injured.",
        published="2017-02-02T19:00:00-05:00",
    )
    assert (inc["killed"], inc["event_date"]) == (5, "2017-01-29")


def test_an_attacks_own_day_under_an_anniversary_it_struck() -> None:
    inc = main(
        "DUBAI — A militant group claimed responsibility on Thursday for the twin bombings that tore through crowds "
        "marking the anniversary of the death of a general, as officials revised the toll from Wednesday's attack in "
        "Kerman down to 84.\n\nThe blasts struck on the fourth anniversary of his killing in a drone strike in "
        "January 2020.",
        published="2024-01-04T21:30:00+03:30",
    )
    assert (inc["killed"], inc["event_date"]) == (84, "2024-01-03")
