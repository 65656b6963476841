"""Round 380: a plan told in the past, a claim's day, and a count's day between the verb and the figure."""

from __future__ import annotations

from facts_rules_support import main

FRIDAY = "2024-07-05T22:00:00+00:00"  # a Friday
MONDAY = "2024-07-01T16:00:00+00:00"  # a Monday
SUNDAY = "2024-06-30T10:00:00+00:00"  # a Sunday


def day(text: str, published: str) -> str | None:
    return main(text, published=published)["event_date"]


def test_a_plan_told_in_the_past_is_no_day_of_the_act() -> None:
    text = (
        "The government on Friday blamed rebels for the car bomb that killed 21 people at the police academy.\n\n"
        "The vehicle burst through a checkpoint on Thursday morning and blew up near a group of cadets.\n\n"
        "Two of the dead were foreign cadets, and their bodies were to be flown home on Saturday."
    )
    assert day(text, FRIDAY) == "2024-07-04"


def test_a_claims_day_gives_way_to_the_act_day_its_sentence_names() -> None:
    text = (
        "The Islamic State group on Monday claimed responsibility for the assault on the coastal town, as the "
        "government said dozens of people had been killed there since insurgents attacked it on Wednesday.\n\n"
        "When a convoy tried to break out on Friday, it was ambushed, and seven people were killed."
    )
    assert day(text, MONDAY) == "2024-06-26"


def test_a_claim_on_the_day_itself_still_dates_the_act() -> None:
    text = "Gunmen killed 12 people at a market on Monday. The Islamic State group on Monday claimed responsibility."
    assert day(text, MONDAY) == "2024-07-01"


def test_a_counts_day_between_the_verb_and_the_figure_is_no_act_day() -> None:
    text = (
        "The number of civilians killed when a bomb struck a church in the village rose on Saturday to 117, "
        "officials said.\n\nAbout 300 residents had taken refuge inside the church on Thursday as rebels and "
        "paramilitaries fought for control of the village."
    )
    assert day(text, SUNDAY) == "2024-06-27"


def test_valentines_day_with_its_year() -> None:
    assert day("On Valentine's Day 2008, a gunman killed five students in a lecture hall.", SUNDAY) == "2008-02-14"


def test_a_halloween_party_is_no_day() -> None:
    assert day("A gunman killed three people at a Halloween party on Sunday.", MONDAY) == "2024-06-30"


def test_the_siege_at_a_place_began_on_the_act_day() -> None:
    text = (
        "GARISSA, Kenya (AP) — Kenyans mourned on Friday after gunmen stormed a university campus in the town of "
        "Garissa, killing 147 people.\n\nThe siege at Garissa University College began before dawn on Thursday and "
        "lasted about 15 hours."
    )
    assert day(text, "2024-07-05T11:30:00+03:00") == "2024-07-04"


def test_an_attack_named_by_its_place_and_date_is_another_event() -> None:
    text = (
        "A van was driven into worshippers near a mosque in north London, killing one man.\n\nThe van struck a group "
        "of people shortly after midnight on Monday.\n\nIt was the fourth attack in three months. Eight people were "
        "killed in the London Bridge attack on 3 June, and 22 died in the Manchester Arena bombing on 22 May."
    )
    assert day(text, "2017-06-19T13:00:00+01:00") == "2017-06-19"


def test_the_day_an_inquiry_sought_a_motive_is_no_act_day() -> None:
    text = (
        "Investigators on Sunday sought to determine what drove a gunman who killed eight people at a mall.\n\n"
        "The shooter began firing at shoppers outside the outlets on Saturday afternoon."
    )
    assert day(text, "2023-05-07T14:00:00-05:00") == "2023-05-06"
