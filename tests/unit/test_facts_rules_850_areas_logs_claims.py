"""Round 850: the area of a district is named alone ("the Mali Khel area of Bannu district"), and "the Mir Ali area of
North Waziristan" is Mir Ali; a total's apposed breakdown with a long unit name is the total again; "also among the
dead" is some of the toll; "the number of students killed" is a toll; "the death penalty" and "the Anti-Defamation
League" are no match report; a sentence opening on a month long gone tells an older event; an incident log's row
names its place before its units; "another attack," and "In separate operations" open other events; the day of a
claim gives way to the attack's own day in its possessive; a place the gazetteer lacks is placed by the sentence that
says where it lies."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Twelve soldiers were killed when a suicide bomber rammed a checkpoint in the Mali Khel area of Bannu "
         "district on Tuesday.", "Mali Khel"),
        ("Six policemen were killed on Wednesday when men opened fire on their van in the Shahab Khel area of Lakki "
         "Marwat district.", "Shahab Khel"),
        ("Seven soldiers were killed on Saturday after militants attacked a post in the Mir Ali area of North "
         "Waziristan, the military said.", "Mir Ali"),
        # controls: a part of a town keeps its town; a town's district named after it is the part
        ("Four people were killed in a shooting in the Kensington section of Philadelphia on Sunday.",
         "Kensington, Philadelphia"),
        ("Two Taliban fighters were killed by a roadside bomb in the Spin Boldak district of Kandahar on Saturday.",
         "Spin Boldak"),
    ],
)
def test_an_area_of_a_district_is_named_alone(text: str, location: str) -> None:
    assert main(text, published="2024-11-20T10:00:00+05:00")["location"] == location


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Twelve security personnel, ten soldiers and two men of the Frontier Constabulary, were martyred when a "
         "suicide bomber rammed a checkpoint on Tuesday.", 12),
        ("Thirteen people, including nine Chinese engineers, were killed when a bus was hit by an explosion on "
         "Wednesday. Two Frontier Corps soldiers were also among the dead.", 13),
        ("A boy wounded in Tuesday's shooting at the school died Wednesday, bringing the number of students killed "
         "to four.", 4),
        # controls: a list that does not add up is more people; "also killed" adds
        ("Twelve security personnel, ten soldiers and three men of the Frontier Constabulary, were martyred when a "
         "suicide bomber rammed a checkpoint on Tuesday.", 25),
        ("Thirteen people were killed when a bus was hit by an explosion on Wednesday. Two soldiers were also "
         "killed in a second blast nearby.", 15),
    ],
)
def test_parts_and_tolls_of_the_same_dead(text: str, killed: int) -> None:
    assert main(text, published="2024-11-20T10:00:00+05:00")["killed"] == killed


def test_the_death_penalty_and_a_league_of_people_are_no_match_report() -> None:
    text = (
        "PITTSBURGH — The man accused of killing 11 worshippers at the synagogue on Saturday faces 29 federal "
        "charges, including hate crimes that could carry the death penalty, authorities said.\n\n"
        "The Anti-Defamation League said it believed the attack was the deadliest against Jews in the history of the "
        "United States."
    )
    inc = main(text, published="2018-10-28T12:00:00-04:00")
    assert (inc["killed"], inc["event_date"]) == (11, "2018-10-27")


@pytest.mark.parametrize(
    ("published", "killed"),
    [
        ("2022-04-13T18:30:00-04:00", 0),  # January, three months before: an older death
        # last month may be the event's own, but the opening's "No one was killed" outweighs a death told after it
        # (round 1092)
        ("2022-02-03T18:30:00-05:00", 0),
    ],
)
def test_a_sentence_opening_on_a_month_long_gone_tells_an_older_event(published: str, killed: int) -> None:
    text = (
        "A gunman fired 33 shots inside a subway car in Brooklyn on Tuesday, wounding 10 people. No one was killed, "
        "officials said. In January, a 40-year-old woman was pushed to her death in front of a train at the Times "
        "Square station."
    )
    assert main(text, published=published)["killed"] == killed


@pytest.mark.parametrize(
    ("published", "killed"),
    [
        ("2022-04-13T18:30:00-04:00", None),  # January, three months before: an older death, not this event's
        ("2022-02-03T18:30:00-05:00", 1),  # control: last month may be the event's own
    ],
)
def test_a_month_long_gone_with_no_zero_told(published: str, killed: int | None) -> None:
    text = (
        "A gunman fired 33 shots inside a subway car in Brooklyn on Tuesday, wounding 10 people. In January, a "
        "40-year-old woman was pushed to her death in front of a train at the Times Square station."
    )
    assert main(text, published=published)["killed"] == killed


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("28/04/2019 – Silgadji, Soum province, Sahel region (Burkina Faso). Unidentified gunmen attacked a church "
         "at the end of the Sunday service; six people were killed.", "Silgadji", "Sahel"),
        ("01 Dec 2019 | Hantoukoura, Foutouri dept., Komondjari prov., Est region, Burkina Faso | Armed men opened "
         "fire on a congregation. 14 civilians killed.", "Hantoukoura", "Est"),
        ("On the night of 9 June 2019, gunmen attacked Sobane Da, a Dogon village near Sangha in Mali's Mopti "
         "Region, killing 35 people.", "Sobane Da", "Mopti"),
    ],
)
def test_a_log_row_or_an_apposition_names_the_unlisted_place(text: str, location: str, admin1: str) -> None:
    inc = main(text)
    assert (inc["location"], inc["admin1"]) == (location, admin1)


def test_another_attack_told_with_a_comma_is_an_incident_of_its_own() -> None:
    text = (
        "At least 132 civilians were killed in an attack by armed men on the village of Solhan, in north-eastern "
        "Burkina Faso, on Saturday, the government said. A few hours earlier, on Friday evening, another attack, on "
        "the village of Tadaryat, had killed 14 people, security sources said."
    )
    incs = parse_incidents(text, published="2021-06-06T12:30:00+00:00")
    assert [i["killed"] for i in incs] == [132, 14]


def test_separate_operations_are_not_the_attacks_dead() -> None:
    text = (
        "Twenty-three soldiers were killed on Tuesday when six militants attacked a base in Daraban. In separate "
        "operations in the region on Tuesday, troops killed another 27 militants, the military said."
    )
    assert main(text, published="2023-12-12T11:30:00+00:00")["killed"] == 23


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Islamic State group on Thursday claimed Tuesday's attack on the camp, in which 71 soldiers were "
         "killed.", "2019-12-10"),
        # control: a claim with no other day named dates the act
        ("The Islamic State group on Thursday claimed responsibility for an attack on the camp in which 71 soldiers "
         "were killed.", "2019-12-12"),
    ],
)
def test_a_claims_day_gives_way_to_the_attacks_own(text: str, date: str) -> None:
    assert main(text, published="2019-12-12T19:10:00+01:00")["event_date"] == date


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("NIAMEY, Jan 12 — Eighty-nine soldiers were killed in Thursday's attack on the military post of "
         "Chinagodrar, in western Niger, security sources said.\n\nChinagodrar lies in the Tillabéri region, close "
         "to the border with Mali.", "Chinagodrar", "Tillaberi"),
        ("NIAMEY, Oct 5 — Four American and four Nigerien soldiers were killed on Wednesday in an ambush in "
         "south-western Niger, officials said. Two soldiers were wounded.\n\nThe joint patrol was attacked near the "
         "village of Tongo Tongo, in the Tillabéri region, a security source said.", "Tongo Tongo", "Tillaberi"),
    ],
)
def test_a_later_sentence_places_the_unlisted_place(text: str, location: str, admin1: str) -> None:
    inc = main(text, published="2020-01-12T16:00:00+01:00")
    assert (inc["location"], inc["admin1"]) == (location, admin1)
