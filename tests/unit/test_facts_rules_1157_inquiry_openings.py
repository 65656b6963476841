"""Round 1157: a story that opens on the inquiry into an attack ("took over the investigation into a knife attack")
and tells the attack's toll on its own day further down is one incident, dated by the attack."""

from __future__ import annotations

from facts_rules_support import main

_TEXT = (
    "BERLIN — Federal prosecutors on Sunday took over the investigation into a knife attack at a town festival in "
    "the western city of Siegburg, after a 27-year-old man turned himself in to police.\n\n"
    "The suspect approached a patrol late on Saturday in bloodied clothes, officials said.\n\n"
    "Two people were killed and five others wounded when an attacker stabbed people at random at about 9:30 p.m. "
    "on Friday on the market square, where a band was playing."
)


def test_the_attack_under_an_inquiry_opening_is_one_incident() -> None:
    out = main(_TEXT, published="2024-08-25T09:40:00+02:00")
    assert (out["killed"], out["injured"]) == (2, 5)


def test_the_attack_is_dated_by_its_own_day_not_the_inquirys() -> None:
    assert main(_TEXT, published="2024-08-25T09:40:00+02:00")["event_date"] == "2024-08-23"
