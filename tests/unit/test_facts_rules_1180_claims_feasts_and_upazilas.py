"""Round 1180: days and places from festival attacks and Bangladeshi press. A group that "on Monday claimed twin
bomb attacks" tells the claim's day, which gives way to the bombs' own "on Sunday night"; "a New Year's Mass shortly
after midnight" is on New Year's Day; a country "hit by a series of attacks in the past year, including ... in June"
recalls other attacks. "Cox's Bazar's Ukhiya upazila" is Cox's Bazar in the possessive, and a name before "upazila"
is Bangladesh's or no listed place (not Kenya's Ramu)."""

from __future__ import annotations

from facts_rules_support import main


def test_the_day_a_group_claimed_the_attack() -> None:
    inc = main(
        "ISTANBUL - A militant group on Monday claimed twin bomb attacks outside a football stadium in Istanbul "
        "that killed 29 people and wounded 120.\n\nThe group said on its website that the attack targeted the "
        "security forces.\n\nA car bomb exploded near a police bus about an hour after a "
        "match on Sunday night, and a suicide bomber blew himself up moments later in a nearby park.",
        published="2016-12-12T16:00:00+03:00",
    )
    assert inc["event_date"] == "2016-12-11"


def test_a_new_years_mass_after_midnight() -> None:
    inc = main(
        "ALEXANDRIA, Egypt - A bomb exploded outside a church as worshippers left a New Year's Mass shortly after "
        "midnight, killing 17 people and wounding 60, the Interior Ministry said on Sunday.",
        published="2012-01-02T10:00:00+02:00",
    )
    assert inc["event_date"] == "2012-01-01"


def test_a_series_of_attacks_in_the_past_year_is_background() -> None:
    inc = main(
        "ANKARA - A gunman shot dead 12 people at a crowded bar in the capital, officials said on Sunday.\n\n"
        "The gunman fled. No group immediately claimed responsibility. Turkey has been hit by a series of attacks "
        "in the past year, including a bombing at a train station in October that killed 100 people and a suicide "
        "bombing in January that killed 12.",
        published="2016-03-06T11:00:00+03:00",
    )
    assert (inc["killed"], inc["event_date"]) == (12, "2016-03-06")


def test_a_towns_own_possessive_name_in_the_possessive() -> None:
    inc = main(
        "Five people were killed when armed men attacked a market in a refugee camp in Cox's Bazar's Teknaf "
        "upazila early on Friday, police said.",
        published="2022-03-11T17:00:00+06:00",
    )
    assert (inc["country"], inc["admin1"]) == ("BD", "Chittagong")


def test_a_name_before_upazila_is_bangladeshs() -> None:
    inc = main(
        "COX'S BAZAR — Mobs set fire to eight Buddhist temples and about 20 houses in Ramu upazila late on Saturday "
        "night. No one was killed, police said.",
        published="2012-09-30T20:30:00+06:00",
    )
    assert inc["country"] == "BD"
