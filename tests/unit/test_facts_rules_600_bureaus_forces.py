"""Round 600: a part of the dateline's town named like a town abroad ("the SODO neighborhood"), a hamlet elsewhere
under a local bureau's dateline, a town's force with its qualifier ("Halifax Regional Police"), a firearm
discharged with no one hurt, bombers "as well as themselves", an earlier event's dead told as the time of this one
("hours after 13 police officers died"), and an event dataset's note that codes a second event apart."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents

PUB = "2024-05-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the SODO neighborhood" is a part of the dateline's Seattle, not Ethiopia's city of Sodo
        ("SEATTLE — Five people were shot, one of them fatally, outside a nightclub in the SODO neighborhood early "
         "Sunday, police said.", ("US", "Washington")),
        # a hamlet of that name in another state is not what a local bureau's story names
        ("DALLAS — A man stabbed two people at a Midtown bar early Saturday, killing one of them, police said.",
         ("US", "Texas")),
        # a town's force with its qualifier names the town
        ("Halifax Regional Police are investigating a stabbing on Agricola Street that sent a man to hospital with "
         "serious injuries.", ("CA", "Nova Scotia")),
    ],
)
def test_the_country_and_division_of_local_news(text: str, expected: tuple) -> None:
    assert where(text)[:2] == expected


def test_the_capitals_bureau_still_names_a_small_town_elsewhere() -> None:
    # a capital's dateline reports from afar: "Midtown" is not ruled out by Washington's division
    text = "WASHINGTON (AP) — A gunman killed three people at a church in Midtown, Tennessee, on Sunday."
    assert where(text)[:2] == ("US", "Tennessee")


def test_a_firearm_discharged_with_no_one_hurt_is_an_incident() -> None:
    text = ("Armed police were called to a Whanganui address on Friday night after reports of a firearm being "
            "discharged. No one was injured.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"], inc["location"]) == (0, 0, "Whanganui")


def test_bombers_killed_as_well_as_themselves() -> None:
    text = ("Two suicide bombers blew themselves up outside a stadium on Friday, killing five guards as well as "
            "themselves.")
    assert main(text, published=PUB)["killed"] == 7


def test_an_earlier_events_dead_told_as_the_time_of_this_one() -> None:
    text = ("A car bomb exploded outside a police academy on Thursday, killing four cadets and injuring 20 people, "
            "hours after nine soldiers died when their convoy hit a mine in another province.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == (4, 20)


def test_the_earlier_event_leading_the_sentence_is_still_the_news() -> None:
    # no killing before "hours after": the figure is the sentence's own
    text = "Hours after gunmen killed 14 people in a village, hundreds fled to the district town."
    assert main(text, published=PUB)["killed"] == 14


def test_an_event_datasets_note_codes_a_second_event_apart() -> None:
    text = ("On 3 May 2024, government warplanes struck a market in Ariha (Ariha, Idleb). 11 civilians were killed "
            "and 25 injured. Strikes near Saraqib the same day killed 6 more and are coded as a separate event.")
    incidents = parse_incidents(text, published=PUB)
    assert [(i["killed"], i["location"]) for i in incidents[:2]] == [(11, "Ariha"), (6, "Saraqib")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aid-worker record counts its own staff: AWSD writes national NGOs "NNGO"
        ("Three NNGO national staff were among at least 40 people killed when gunmen attacked a market in Djibo.",
         3),
        # the first figure told again by kind, closed by "were found killed"
        ("Two ICRC staff, one Swiss and one Sudanese national, were found killed near their vehicle in Darfur.", 2),
        # ... and by a figure of people "of" their team
        ("Nine INGO staff of a mobile clinic, seven nationals (four nurses, three drivers) and two internationals, "
         "were shot dead in an ambush.", 9),
        # a firm's head named by "the", first in a list of new people
        ("He opened fire at his former workplace, killing the company's president, three other employees and a "
         "courier, and wounding one more.", 5),
    ],
)
def test_counts_in_aid_worker_and_mass_shooting_records(text: str, expected: int) -> None:
    assert main(text, published=PUB)["killed"] == expected


def test_the_previous_afternoon_is_the_events_own_timeline() -> None:
    text = ("Kyle Moss, 16, opened fire in his school's gym in Dayton. His rampage, which began at home the previous "
            "afternoon when he shot his mother, left three people dead and 11 wounded.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == (3, 11)
