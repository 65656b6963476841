"""Round 1181: a siege told when it ended. The day commandos stormed a building "ending a 25-hour rampage and
hostage siege", or the day "the operation ... ended", is the end's, not the attack's, when the text names the
attack's own day; a killing that is itself the end ("snipers shot dead three pirates ... on Sunday, ending a
five-day standoff") keeps its day. "The official count of the dead stands at 334 hostages" is a toll."""

from __future__ import annotations

from facts_rules_support import main


def test_the_day_the_operation_ended() -> None:
    inc = main(
        "GURDASPUR: The operation to flush out terrorists from the Dinanagar police station ended on Tuesday, more "
        "than 60 hours after heavily armed militants breached its walls in the early hours of Saturday, the "
        "minister said.\n\nThe attack claimed the lives of five policemen, including a superintendent who died "
        "when a grenade exploded.",
        published="2017-01-11T06:00:00+05:30",
    )
    assert inc["event_date"] == "2017-01-07"


def test_a_killing_that_ends_the_standoff_keeps_its_day() -> None:
    inc = main(
        "Navy snipers shot dead three pirates who were holding a ship's captain in a lifeboat on Sunday, ending a "
        "four-day standoff.\n\nThe freighter was boarded on Wednesday roughly 300 miles off the coast.",
        published="2010-05-10T03:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (3, "2010-05-09")


def test_the_day_commandos_ended_a_rampage() -> None:
    inc = main(
        "AL-MUBARRAZ, Saudi Arabia, June 14 - Special forces stormed a housing compound on Monday morning, ending a "
        "20-hour rampage and hostage siege by militants in which 16 people were killed, most of them foreigners.\n\n"
        "Gunmen opened fire early on Sunday at the offices of a contractor and then entered the compound, where they "
        "went from house to house.",
        published="2004-06-14T18:00:00+03:00",
    )
    assert (inc["killed"], inc["event_date"]) == (16, "2004-06-13")


def test_the_count_of_the_dead_stands_at() -> None:
    inc = main(
        "On the morning of 3 May 2005 a group of armed men seized a school in the town of Dovrino and drove more "
        "than 400 people into its hall.\n\nThe official count of the dead stands at 152 hostages, 90 of them "
        "children. Another 300 people were injured.",
        published="2015-05-03T08:00:00+03:00",
    )
    assert (inc["killed"], inc["injured"]) == (152, 300)
