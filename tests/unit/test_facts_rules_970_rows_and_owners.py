"""Round 970: a country's forces named by their service ("the UAE armed forces") are whose, not where; a list of
countries after "from" is where people came from, not a town and its division; another act told by the hours
between ("Hours before the train blasts, militants hurled grenades in Srinagar") is another event; a row's town
with its canton and its province in brackets ("Mataje, San Lorenzo canton (Esmeraldas)"); "Ninewa" is Nineveh."""

from __future__ import annotations

from facts_rules_support import main


def test_a_countrys_armed_forces_are_whose_not_where() -> None:
    text = (
        "ABU DHABI - Three members of the UAE armed forces and a Bahraini military officer were killed and two other "
        "people wounded in an attack at a military base in Mogadishu on Saturday, the UAE defence ministry said."
    )
    inc = main(text, "2024-02-11T12:00:00+04:00")
    assert (inc["country"], inc["location"]) == ("SO", "Mogadishu")


def test_a_list_of_countries_people_came_from_is_not_the_scene() -> None:
    text = (
        "2016-03-04, Aden (Sheikh Othman district): Gunmen stormed a care home and killed 16 people, among them four "
        "nuns from Rwanda, India and Kenya. No claim."
    )
    inc = main(text)
    assert (inc["country"], inc["location"]) == ("YE", "Aden")


def test_another_act_told_by_the_hours_between_is_another_event() -> None:
    text = (
        "MUMBAI: The number of people killed in Tuesday evening's bomb attacks on the city's suburban trains rose to "
        "183 on Wednesday.\n\nHours before the train blasts on Tuesday, militants hurled grenades at vehicles "
        "carrying tourists in Srinagar, killing several visitors. The police in Jammu and Kashmir said there was no "
        "evidence linking the two."
    )
    inc = main(text, "2006-07-12T22:40:00+05:30")
    assert (inc["admin1"], inc["location"]) == ("Maharashtra", "Mumbai")


def test_a_rows_town_with_its_canton_and_province_in_brackets() -> None:
    text = (
        "20 Mar 2018 — Mataje, San Lorenzo canton (Esmeraldas): explosive device detonated against a navy patrol; "
        "four marines killed."
    )
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == ("EC", "Esmeraldas")


def test_ninewa_is_reported_as_nineveh() -> None:
    text = "3 Aug 2014, Sinjar (Ninewa): ISIL overran the district; at least 500 Yazidi men executed around the town."
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("IQ", "Nineveh", "Sinjar")
