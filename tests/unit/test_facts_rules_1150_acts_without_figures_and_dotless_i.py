"""Round 1150: openings that report an attack with no figure ("Explosion hits military vehicles", "launched
simultaneous attacks on army checkpoints", "came under artillery fire ... No one was killed"), and names spelt with
letters no accent makes ("Şanlıurfa")."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.gazetteer import fold


def test_an_explosion_that_hits_vehicles_is_an_incident() -> None:
    text = (
        "A powerful explosion hit a bus carrying police officers in central Izmir on Tuesday evening, officials "
        "said. The number of casualties was not immediately known."
    )
    out = main(text, published="2016-02-17T18:52:00+02:00")
    assert (out["country"], out["killed"]) == ("TR", None)


def test_attacks_launched_on_checkpoints_are_an_incident() -> None:
    text = (
        "Militants launched simultaneous attacks on at least four army checkpoints around Rafah in North Sinai "
        "early on Wednesday, security sources said, giving no casualty figures."
    )
    assert main(text, published="2015-07-01T10:40:00+02:00")["country"] == "EG"


def test_coming_under_artillery_fire_with_no_one_hurt_is_a_zero() -> None:
    text = (
        "Troops near Tal Abyad, Syria, came under artillery fire from positions across the border on Friday "
        "night. No one was killed or wounded."
    )
    out = main(text, published="2019-10-12T01:00:00+00:00")
    assert (out["killed"], out["injured"]) == (0, 0)


def test_a_plan_to_launch_attacks_reports_none() -> None:
    text = "The group has threatened for months that it would launch attacks on army checkpoints in the region."
    from newsfacts.facts import parse_incidents

    assert parse_incidents(text, published="2015-07-01T10:40:00+02:00") == []


def test_the_dotless_i_is_spelt_out() -> None:
    assert fold("Şanlıurfa") == fold("Sanliurfa") == "sanliurfa"
    assert fold("Tromsø") == "tromso"
