"""Round 940: a town a far distance is measured from ("960 kilometers east of Moscow") and the bombers' launch
area ("bombers flying over Russia's Kursk region") are not the scene; earlier shootings the event follows are
background; the toll "raised to" is the new one; ages after a long family name or after people by their doing;
totals that count an attacker the police killed, told apart; those "hit by gunfire, one of them fatally"; a death
told after the wound in a row, or after burns."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def test_a_far_town_only_measures_the_distance() -> None:
    text = (
        "IZHEVSK - The number of people killed in Monday's shooting at a school in the Udmurt capital has risen to "
        "17. Some of the wounded were airlifted to Moscow for surgery.\n\nIzhevsk, a city of 640,000 about 960 "
        "kilometers east of Moscow, is home to an arms factory."
    )
    inc = main(text, "2022-09-27T09:30:00+04:00")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("RU", "Udmurtia", "Izhevsk")


def test_a_far_town_still_says_the_country_when_it_is_the_only_place() -> None:
    text = "1 ICRC staff member killed by a stray bullet on a road 200 kilometres west of Mazar-i-Sharif on Oct 18."
    assert main(text, "2008-10-20")["country"] == "AF"


def test_earlier_shootings_the_event_follows_are_background() -> None:
    text = (
        "IZHEVSK - A gunman killed 17 people at a school in Izhevsk on Monday.\n\nIt was the third deadly school "
        "attack in Russia in 18 months, after shootings in Kazan in May 2021, in which nine people died, and at "
        "Perm State University in September 2021."
    )
    inc = main(text, "2022-09-27T09:30:00+04:00")
    assert (inc["admin1"], inc["location"]) == ("Udmurtia", "Izhevsk")


def test_the_area_the_bombers_flew_over_is_not_the_scene() -> None:
    text = (
        "KREMENCHUK, Ukraine (Update 12:35) — Rescuers have recovered 18 bodies from the ruins of a shopping centre "
        "hit on Monday afternoon. Fifty-nine people were injured.\n\nUkraine's air force said Russian forces fired "
        "Kh-22 missiles from Tu-22M3 bombers flying over Russia's Kursk region."
    )
    inc = main(text, "2022-06-28T12:50:00+03:00")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("UA", "Poltava", "Kremenchuk")


def test_the_toll_raised_to_is_the_new_one() -> None:
    text = (
        "EL PASO, Texas — Two more people wounded in Saturday's attack died on Monday, raising the death toll to 22, "
        "hospital officials said. Doctors said one patient died in the morning and a second later in the day."
    )
    assert main(text, "2019-08-05T20:15:00-06:00")["killed"] == 22


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("KANSAS CITY — Federal agents are investigating a shooting.\n\nSrinivas Kuchibhotla, 32, died and his "
         "co-worker was wounded when a man opened fire at a bar in Olathe, Kansas, police said.", 1),
        ("24 Oct 2018 | Jeffersontown, KY | Two Black shoppers, 69 and 67, shot dead at a Kroger grocery store.", 2),
    ],
)
def test_ages_are_no_counts(text: str, killed: int) -> None:
    assert main(text, "2019-08-05")["killed"] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("ALLEN, Texas — A gunman opened fire outside an outlet mall on Saturday, killing eight people, before a "
         "police officer who happened to be nearby shot him dead. Nine people died in all, counting the shooter, "
         "officials said.", 8),
        ("ODESSA, Texas — A man killed seven people and wounded 25 during a shooting rampage. Eight people died in "
         "all, including the gunman, who was shot by officers outside a movie theater.", 7),
        # the shooter who killed himself is counted when the total says so
        ("IZHEVSK - Seventeen people were killed in Monday's shooting at a school. Counting the gunman, who shot "
         "himself, 18 people died.", 18),
    ],
)
def test_a_total_counting_an_attacker_the_police_killed(text: str, killed: int) -> None:
    assert main(text, "2023-05-07T12:30:00-05:00")["killed"] == killed


def test_those_hit_by_gunfire_one_of_them_fatally() -> None:
    text = (
        "14 Feb 2024 | Kansas City, Missouri | Union Station rally | 22 people hit by gunfire, one of them fatally | "
        "three detained."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (1, 21)


@pytest.mark.parametrize(
    "text",
    [
        "15/10/2021 - Leigh-on-Sea, Essex: MP stabbed repeatedly during his constituency surgery at a Methodist "
        "church; died at the scene.",
        "On 30 June 2007, a jeep loaded with gas canisters was driven into the terminal at Glasgow Airport and set on "
        "fire. The driver, Kafeel Ahmed, suffered severe burns and died in hospital on 2 August.",
    ],
)
def test_a_death_told_after_the_wound(text: str) -> None:
    assert main(text)["killed"] == 1
