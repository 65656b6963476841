"""Round 1178: borders, camps and sieges. A town a shot was fired from, and the division that qualifies it, are not
where the victim fell ("fired through the border fence from Nogales, Arizona" under "NOGALES, Sonora"); the far end
of a bridge from "this city" is not here; "the Rio Grande" is a river; "Israel's offensive" is whose campaign, not
where. Hostages "they had held" and were killed are counted, as are those a group "executed" in a list, and a
timeline's "THE TOLL —" section states the event's figure; its headings may write the month in capitals."""

from __future__ import annotations

from facts_rules_support import main


def test_the_town_a_shot_was_fired_from_and_its_state() -> None:
    inc = main(
        "NOGALES, Sonora - A 17-year-old boy was shot dead late on Friday when a border agent fired through the "
        "fence from Nogales, Arizona, Mexican officials said. He died on a street on the Mexican side.",
        published="2013-03-10T09:00:00-07:00",
    )
    assert (inc["country"], inc["admin1"]) == ("MX", "Sonora")


def test_the_far_end_of_a_bridge_from_this_city() -> None:
    inc = main(
        "CIUDAD JUÁREZ, Mexico - A border agent shot dead a 14-year-old boy on Tuesday evening in the dry bed of "
        "the Rio Grande under the Santa Fe bridge, which links this city with El Paso, Texas, officials said.",
        published="2011-05-11T10:00:00-06:00",
    )
    assert (inc["country"], inc["admin1"]) == ("MX", "Chihuahua")


def test_a_countrys_offensive_is_whose_not_where() -> None:
    inc = main(
        "CAIRO/JERUSALEM - An air strike set fire to a camp for displaced families in Rafah on Sunday night, "
        "killing at least 30 people, Gaza's health ministry said on Monday, drawing condemnation of Israel's "
        "offensive in the southern Gaza city.\n\nThe Israeli military said it was reviewing the strike.",
        published="2024-05-27T15:30:00Z",
    )
    assert inc["country"] == "PS"


def test_hostages_they_had_held_were_killed() -> None:
    inc = main(
        "BOGOTA, July 2 - The rebels said on Monday that nine police officers they had held hostage for more "
        "than four years were killed on June 20 when an unidentified armed group attacked their camp.",
        published="2008-07-02T20:00:00-05:00",
    )
    assert (inc["killed"], inc["event_date"]) == (9, "2008-06-20")


def test_those_a_group_executed_in_a_list() -> None:
    inc = main(
        "Rebels executed the mayor of the town, a former senator and six soldiers they were holding on Monday as "
        "army helicopters approached their camp, the president said.",
        published="2003-05-06T01:00:00-05:00",
    )
    assert inc["killed"] == 8


def test_a_timelines_toll_section_and_capital_months() -> None:
    inc = main(
        "Three days in the mall: how the siege unfolded\n\n"
        "SATURDAY, 14 MAY, about 12:40 — Shoppers are queueing at the cinema in the Arcadia centre when armed men "
        "walk in from the car park. Some 300 people are ordered to sit on the floor of the food court.\n\n"
        "SUNDAY, 15 MAY — The gunmen demand the release of prisoners. A few children are let go. Negotiators "
        "talk to them by phone through the night.\n\n"
        "MONDAY, 16 MAY, about 06:00 — Special forces storm the building. By noon officials say the operation is "
        "over.\n\n"
        "THE TOLL — Officials now say 41 hostages died, most of them in the first hour. More than 90 people were "
        "treated in hospital.",
        published="2016-05-20T09:00:00+03:00",
    )
    assert inc["killed"] == 41
