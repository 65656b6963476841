"""Round 1160: a continent is no town ("the group's emir in Southeast Asia": Asia is a town in the Philippines); "This
comes days after last Friday's strike" recalls another attack; a zone is a place, not the attacker ("in the
North-Western Zone of Tigray, killed 17 people")."""

from __future__ import annotations

from facts_rules_support import main


def test_a_continent_is_no_town() -> None:
    inc = main(
        "MANILA, Oct 16 - Philippine troops killed two militant leaders, one of them the Islamic State group's "
        "emir in Southeast Asia, in an assault before dawn on Monday in Marawi City, the army said."
    )
    assert inc["location"] != "Asia"
    assert inc["country"] == "PH"


def test_africa_is_no_town_in_tunisia() -> None:
    inc = main("Gunmen killed 12 soldiers on Sunday in one of the deadliest attacks in Africa this year.")
    assert inc["country"] is None
    assert inc["location"] is None


def test_the_attack_days_before_is_not_dated_as_this_one() -> None:
    inc = main(
        "An air strike on Monday in Gode town killed 17 people, mostly women. This comes days after last Friday's "
        "strike on a displacement site in Kebri Dehar, which killed 56 people.",
        published="2022-01-11T13:00:00Z",
    )
    assert inc["event_date"] == "2022-01-10"
    assert inc["killed"] == 17


def test_a_zone_named_before_the_verb_is_no_attacker() -> None:
    inc = main(
        "Aid workers say an air strike on Monday in Mai Tsebri town, in the North-Western Zone of Tigray, killed 17 "
        "people working at a flour mill.",
        published="2022-01-11T13:00:00Z",
    )
    assert "North-Western Zone" not in [a["name"] for a in inc["actors"]]
