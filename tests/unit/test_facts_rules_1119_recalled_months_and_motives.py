"""Round 1119: a later sentence opening on a month long gone with no comma ("In July a lorry attack in Nice killed
86") tells another event, and its month is not the main event's date; a crowd gathered "to mark the anniversary"
is the one the new act struck; a first count as a bare aside ("The toll, initially 38, rose to 46"); a committee's
"final figure at 587 killed"; a year told of the attacker's fate ("was captured and hanged in 2012") recalls no other
event; a group's home ("a cell based in Adiyaman"), an official's town in his title ("Buluan vice mayor ...") and a
motive told of other events ("avenged police raids on mosques in Mombasa") are not where it happened; a tambon
named before its district is the place."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where


def test_an_old_month_without_a_comma_is_another_event() -> None:
    inc = main(
        "A lorry ploughed into a crowded Christmas market in Berlin on Monday evening. Twelve people were killed and "
        "48 injured when the lorry drove into the stalls. Police are still looking for the driver. In July a lorry "
        "attack in Nice killed 86 people.",
        "2016-12-20",
    )
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (12, 48, "2016-12-19")


def test_a_recent_month_without_a_comma_is_still_read() -> None:
    # the month of the story itself is no older event: its figure stays the incident's
    inc = main("Gunmen attacked a bus station in Kano. In December a bomb at the station killed seven people.",
               "2016-12-20")
    assert inc["killed"] == 7


def test_the_crowd_gathered_for_an_anniversary_was_struck() -> None:
    inc = main(
        "Two bombs exploded on the road to the cemetery in Kerman as crowds gathered on 3 January 2024 to mark the "
        "fourth anniversary of his killing. The health ministry put the toll at 95, with 284 injured.",
        "2024-01-04",
    )
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (95, 284, "2024-01-03")


def test_an_anniversary_story_is_still_no_incident_of_today() -> None:
    text = ("Hundreds gathered in Beslan on Friday to mark the 20th anniversary of the school siege, in which 334 "
            "hostages died.")
    from newsfacts.facts import parse_incidents

    incs = parse_incidents(text, published="2024-09-06")
    assert not incs or incs[0]["event_date"] != "2024-09-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb exploded beside a police bus in Istanbul. The toll, initially 38, rose to 46 in the following "
         "days, with 166 wounded.", 46),
        ("A truck bomb exploded at a busy junction in Mogadishu. Initial reports gave 20 dead, but a government "
         "committee put the final figure at 587 killed.", 587),
        # the first figure that is no aside of a toll stays the one counted
        ("A car bomb exploded beside a police bus in Istanbul, initially wounding 38. Two officers were killed.", 2),
    ],
)
def test_first_and_final_counts(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected


def test_the_attackers_fate_dates_no_other_event() -> None:
    inc = main(
        "Ten gunmen carried out coordinated attacks across Mumbai on 26 November 2008. In all, 166 people were "
        "killed; the only attacker captured alive was hanged in 2012.",
        None,
    )
    assert inc["killed"] == 166


def test_a_year_of_another_attack_is_still_background() -> None:
    inc = main(
        "A bomb exploded at a market in Peshawar on Sunday, killing 12 people. The same market was bombed in 2009, "
        "when 100 people were killed.",
        "2014-05-12",
    )
    assert inc["killed"] == 12


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two suicide bombers blew themselves up outside Ankara's main railway station, killing 107 people. "
         "Prosecutors blamed an Islamic State cell based in Adiyaman.", ("TR", "Ankara", "Ankara")),
        ("A convoy carrying relatives of Buluan vice mayor Esmael Mangudadatu was stopped by armed men near the town "
         "of Ampatuan, Maguindanao. Fifty-eight people were killed.", ("PH", "Maguindanao", "Ampatuan")),
        ("Gunmen hijacked a bus near Mandera, close to the Somali border, and shot 28 passengers dead. The group said "
         "the attack avenged police raids on mosques in Mombasa.", ("KE", "Mandera", "Mandera")),
        ("Insurgents attacked a checkpoint in Lam Phaya subdistrict, Mueang Yala District, killing 15 people.",
         ("TH", "Yala", "Lam Phaya")),
    ],
)
def test_homes_titles_and_motives_are_not_the_scene(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place


def test_the_attack_a_strike_answers_is_still_its_place() -> None:
    # a drone strike elsewhere, in retaliation for the story's own bombing: the bombing's town is the place
    country, _, location = where(
        "KABUL - A drone strike killed two militants on Saturday, in retaliation for Thursday's suicide bombing at "
        "Kabul airport that killed at least 169 people. The bomber struck at the Abbey Gate."
    )
    assert (country, location) == ("AF", "Kabul")


def test_a_mayor_of_the_scene_still_places_it() -> None:
    # with no other place named, the town in the official's title is the best the text gives
    assert where("Gunmen shot dead the Buluan vice mayor Jose Cruz on his way home, killing him and a driver.")[2] == (
        "Buluan"
    )
