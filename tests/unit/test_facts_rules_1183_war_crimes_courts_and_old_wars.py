"""Round 1183: the old wars as the courts and the anniversaries tell them. An international court's seat heads the
story of a crime committed elsewhere; the accused's arrest abroad is not where the crime was; a court's "execution of
N men" is a massacre, not a judicial execution; "marked 20 years since the killing of N" is the remembered toll; the
armies of Yugoslavia's break-up are actors of the dictionary, and "the National Liberation Army" is Colombia's or
Macedonia's by the country. A barrage of "Grad rockets" names a weapon, and "since the conflict began in April" bounds
a period rather than dating the event."""

from __future__ import annotations

from facts_rules_support import actor_names, main, perpetrators


def test_a_court_seat_dateline_is_not_where_the_crime_was() -> None:
    inc = main(
        "THE HAGUE (Reuters) - Judges at the war crimes tribunal sentenced a former militia leader to 20 years in "
        "prison on Wednesday for the killing of 37 villagers in Ahmici, central Bosnia, in April 1993."
    )
    assert inc["country"] == "BA"


def test_the_accused_arrested_abroad() -> None:
    inc = main(
        "A former Bosnian Serb police officer, arrested in Argentina in 2006, was found guilty on Monday of shooting "
        "dead 14 prisoners in a village near Prijedor in July 1992.",
        published="2009-07-20T09:00:00+00:00",
    )
    assert (inc["killed"], inc["country"]) == (14, "BA")


def test_a_courts_execution_of_men_is_a_massacre() -> None:
    inc = main(
        "A former Serb paramilitary policeman was found guilty on Tuesday of war crimes over the execution of more "
        "than 150 men and boys near Zvornik in July 1995.",
        published="2011-05-10T09:00:00+00:00",
    )
    assert inc["attack_type"] != "judicial_execution"
    assert inc["killed"] == 150


def test_a_remembrance_marks_the_years_since_the_killing() -> None:
    inc = main(
        "Hundreds of mourners on Sunday marked 25 years since the killing of 41 villagers by paramilitaries in the "
        "hamlet in October 1992, laying flowers at a memorial near the church.",
        published="2017-10-16T09:00:00+00:00",
    )
    assert inc["killed"] == 41


def test_the_dead_as_they_were_found() -> None:
    inc = main(
        "Six farmers who had refused to leave their homes were found shot dead in a barn on Thursday, a local "
        "official said."
    )
    assert inc["killed"] == 6


def test_a_period_that_began_in_a_month_dates_nothing() -> None:
    inc = main(
        "Gunmen killed 14 soldiers at a checkpoint on Monday, one of the deadliest single attacks on the army since "
        "the conflict began in April, officials said.",
        published="2023-11-22T09:00:00+00:00",
    )
    assert (inc["killed"], inc["event_date"]) == (14, "2023-11-20")


def test_a_weapon_system_named_like_a_town() -> None:
    inc = main(
        "A barrage of Grad rockets slammed into a residential district of Donetsk on Friday, killing four people, "
        "the city's mayor said. Residents said the Grad salvos came from the west."
    )
    assert (inc["country"], inc["location"]) == ("UA", "Donetsk")


def test_the_bosnian_serb_army_by_its_aliases() -> None:
    inc = main(
        "Bosnian Serb gunners shelled the marketplace of Tuzla on Thursday evening, killing 11 people and wounding "
        "dozens more, hospital officials said."
    )
    assert perpetrators(inc) == ["Army of Republika Srpska (VRS, Bosnian Serb forces)"]


def test_the_national_liberation_army_of_macedonia() -> None:
    inc = main(
        "Ethnic Albanian rebels of the National Liberation Army (NLA) ambushed a police convoy near Tetovo in "
        "Macedonia on Sunday, killing three officers, the interior ministry said."
    )
    names = actor_names(inc)
    assert "National Liberation Army (NLA, Macedonia)" in names
    assert "National Liberation Army (ELN)" not in names
    assert names.count("National Liberation Army (NLA, Macedonia)") == 1


def test_the_national_liberation_army_of_colombia() -> None:
    inc = main(
        "Fighters of the National Liberation Army bombed a military post in Arauca, Colombia, on Sunday, killing "
        "two soldiers, the army said."
    )
    assert "National Liberation Army (ELN)" in actor_names(inc)
