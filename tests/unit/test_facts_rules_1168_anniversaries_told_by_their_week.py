"""Round 1168: an anniversary piece tells the attack it remembers when its first figure is that attack's. The piece is
published on the attack's day of the year ("On 14 August 1985, a patrol ... killed 69 of them", in a text of 14
August 2025), or tells the anniversary by its week ("Ten years ago this week, marines found the bodies of 72
migrants") or by its ordinal ("gathered today, on the twentieth anniversary of the massacre"). An opening's old act
may be told by its gunfire ("The police fired on the crowd") or its bombs ("Explosive devices set off fires in two
coaches ... on 18 February 2007")."""

from __future__ import annotations

from facts_rules_support import main


def test_a_piece_whose_first_figure_is_dated_to_its_own_day_of_the_year() -> None:
    inc = main(
        "Santa Lucia: 30 years.\n\n"
        "On 9 May 1994, an army patrol entered the hamlet of Santa Lucia, gathered the farmers in the chapel and "
        "killed 41 of them.\n\n"
        "This Monday the families will walk to the memorial.",
        published="2024-05-09T07:00:00-05:00",
    )
    assert (inc["killed"], inc["event_date"]) == (41, "1994-05-09")


def test_an_anniversary_told_by_its_week() -> None:
    inc = main(
        "Families of the missing gathered outside the prosecutor's office on Monday with photographs.\n\n"
        "Ten years ago this week, soldiers found the bodies of 31 farm workers in a ditch outside Santa Rita. "
        "They had been taken from a bus by gunmen.",
        published="2021-06-14T18:00:00Z",
    )
    assert (inc["killed"], inc["event_date"], inc["date_precision"]) == (31, "2011-06-13", "week")


def test_an_anniversary_told_by_its_ordinal_today() -> None:
    inc = main(
        "Villagers laid flowers at the school in Morenga today, on the fifteenth anniversary of the attack. "
        "Twenty-two pupils and two teachers were shot dead when gunmen stormed the building.",
        published="2020-02-11T16:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (24, "2005-02-11")


def test_an_old_act_told_by_its_gunfire() -> None:
    inc = main(
        "RIO CLARO — Members of the rural workers' union held a vigil on Saturday at the bend of the road where, 25 "
        "years ago, police opened fire on their comrades.\n\n"
        "On 3 October 1996, state police were sent to clear some 900 workers who were blocking the road. The "
        "police fired on the crowd. Eleven workers were killed and dozens more were wounded.",
        published="2021-10-09T13:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (11, "1996-10-03")


def test_an_old_act_told_by_its_bombs_under_a_court_story() -> None:
    inc = main(
        "A special court on Wednesday acquitted four men accused of bombing the Northern Express, ruling that the "
        "prosecution had failed to prove its case.\n\n"
        "Explosive devices set off fires in two coaches of the train shortly before midnight on 4 March 2008, as it "
        "passed near Halwan. Thirty-one people were killed.",
        published="2020-03-18T19:40:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (31, "2008-03-04")


def test_a_new_attack_beside_an_anniversary_of_its_week() -> None:
    inc = main(
        "Gunmen killed four people at a bus station in Santa Rita on Monday, police said. Ten years ago this week, "
        "a bomb at the same station killed 30.",
        published="2021-06-15T18:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (4, "2021-06-14")
