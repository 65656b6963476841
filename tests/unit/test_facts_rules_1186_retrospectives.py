"""Round 1186: retrospectives, decades on. An anniversary told by the remembrance's own day ("gathered on Wednesday,
the tenth anniversary of the day", "on Nov. 12, 2011, the 20th anniversary") dates the old attack; a court's story
may date its old act after the opening, in a sentence that opens on the day while the next tells the killing; a
large past count with no war, period or running count about it ("Officially, 2,191 people died.") is the massacre's
own; "the official count is N dead" is a toll; and a day of the month is never "at least" anything."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.numbers import find_quantities


def test_an_anniversary_on_a_weekday() -> None:
    inc = main(
        "Hundreds of people dressed in white gathered in the river town on Wednesday, the tenth anniversary of the "
        "day a mortar fired during fighting struck its church, killing 79 villagers who had sheltered inside.",
        published="2012-05-02T16:30:00-05:00",
    )
    assert (inc["killed"], inc["event_date"]) == (79, "2002-05-02")


def test_an_anniversary_on_a_dated_day() -> None:
    inc = main(
        "Mourners laid flowers at the cemetery on Nov. 12, 2011, the 20th anniversary of the day troops opened "
        "fire on a procession there, killing more than 250 people.",
        published="2011-11-12T15:00:00+09:00",
    )
    assert (inc["killed"], inc["event_date"]) == (250, "1991-11-12")


def test_a_courts_old_act_dated_after_the_opening() -> None:
    inc = main(
        "LIMA — A court on Wednesday sentenced eight former soldiers to prison terms of up to 25 years for the "
        "massacre of 34 villagers in an Andean community 31 years ago.\n\nThe patrol's commander received 23 years. "
        "Senior officers who planned the operation were given 24 and 25 years.\n\nOn Aug. 14, 1985, the patrol "
        "rounded up the villagers and accused them of aiding the rebels. Soldiers locked them into houses, opened "
        "fire and then set the buildings alight.",
        published="2016-09-01T10:20:00-05:00",
    )
    assert (inc["killed"], inc["event_date"]) == (34, "1985-08-14")


def test_a_large_past_count_with_no_war_about_it() -> None:
    inc = main(
        "Thirty years ago, armed crowds fell upon the villages around the town before dawn on February 18, 1983. "
        "Officially, 2,191 people died. Survivors say the true number was several times higher.",
        published="2013-02-17T10:00:00+05:30",
    )
    assert inc["killed"] == 2191


def test_a_wars_large_count_stays_out() -> None:
    inc = main(
        "Gunmen killed four people at a market in the town on Sunday, officials said. The state health ministry "
        "estimated that more than 1,100 people had been killed in the region by mid-June."
    )
    assert inc["killed"] == 4


def test_an_evacuated_crowd_is_not_the_dead() -> None:
    inc = main(
        "A lorry bomb exploded in the city centre on Saturday. A coded warning about 90 minutes earlier allowed "
        "police to evacuate some 75,000 people, and no one was killed, but 212 people were injured."
    )
    assert (inc["killed"], inc["injured"]) == (0, 212)


def test_the_official_count_is_a_toll() -> None:
    inc = main(
        "Forty years ago today, armed crowds surrounded the villages and fell upon the families who lived there. "
        "The official count is 1,819 dead.",
        published="2023-02-18T08:30:00+05:30",
    )
    assert (inc["killed"], inc["event_date"]) == (1819, "1983-02-18")


def test_a_day_of_the_month_is_never_at_least_anything() -> None:
    assert [q.value for q in find_quantities("retaken on 27 May at least 165 civilians were dead")] == [165]
    assert find_quantities("on 27 May a crowd gathered") == []
