"""Round 480: a feed item's headline line above its summary, an encyclopedic or inquiry write-up under its title,
tolls raised by someone, the rest of a figure told after one of them is named, and more words for no one killed."""

from __future__ import annotations

import pytest
from facts_rules_support import killed, main, where
from newsfacts.facts import parse_incidents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agency's bracket opens the summary's own sentence
        ("Two Iraqi soldiers killed in Islamic State attack in Kirkuk\n(Reuters) - Islamic State militants attacked "
         "an army post near Dibis in Iraq's Kirkuk province on Wednesday, killing two soldiers and wounding one.", 2),
        ("Jaish al-Adl militants kill 5 police in southeast Iran\n(Reuters) - Five Iranian police officers were "
         "killed when gunmen attacked a patrol in Rask on Saturday, state media reported.", 5),
        # a headline line ending in a place's name is no name with the count after it
        ("Soldiers killed in Niger\nTen Nigerien soldiers were killed in an ambush near Tera, in the Tillaberi "
         "region, on Sunday, the defence ministry said.", 10),
    ],
)
def test_a_feed_headline_line_is_its_own_sentence(text: str, expected: int) -> None:
    assert killed(main(text))[0] == expected


def test_a_share_told_by_a_participle_is_no_more_dead() -> None:
    text = (
        "Fighters from the Islamic State's Mozambique branch killed five villagers, beheading three of them, in an "
        "attack on Mucojo in Macomia district, Cabo Delgado province, on Friday."
    )
    assert killed(main(text))[0] == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ayorou market attack (2021)\n\nOn 14 November 2021, gunmen on motorcycles attacked the weekly cattle "
         "market in Ayorou, in the Tillaberi Region of western Niger, killing 58 people and wounding 14.",
         (58, "2021-11-14")),
        # (the background attack "in which 148 people were killed" is not added)
        ("Senate Committee on National Security: summary of report on the Wajir bus station attack\n\nOn 18 "
         "November 2019, gunmen attacked passengers at the main bus station in Wajir town, Wajir County, killing 11 "
         "people and injuring four. The committee also reviewed the recommendations made after the April 2015 "
         "attack on Garissa University College, in which 148 people were killed.", (11, "2019-11-18")),
    ],
)
def test_a_write_up_under_its_title_reports_the_attack(text: str, expected: tuple[int, str]) -> None:
    inc = main(text, published="2022-10-11T12:00:00+01:00")
    assert (inc["killed"], inc["event_date"]) == expected


def test_talks_under_a_title_still_only_recall_a_killing() -> None:
    text = (
        "Talks resume in Doha\n\nPeace talks resumed on Monday in Doha. They had stalled in January after rebels "
        "killed two soldiers in Kunduz."
    )
    assert parse_incidents(text, published="2025-06-11T10:00:00+00:00") == []


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli strike on a building in Brital killed nine people on Tuesday and wounded 16 others, the "
        "ministry said. Later on Tuesday, the ministry raised the toll to 11, saying two more bodies had been "
        "recovered.",
        "An Israeli strike on a building in Brital killed nine people on Tuesday. Two more bodies recovered from "
        "the rubble brought the toll to 11.",
    ],
)
def test_a_toll_someone_raised_replaces_the_first(text: str) -> None:
    assert killed(main(text))[0] == 11


def test_the_others_after_one_named_are_the_rest_of_the_figure() -> None:
    text = (
        "Gunmen have killed five persons, including the village head of Chanchanji, in Takum Local Government "
        "Area of Taraba State. A relative said four other persons, among them two of the village head's sons, "
        "were killed."
    )
    assert killed(main(text))[0] == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three police officers were injured when their vehicle hit an IED near Milimani in Lamu. No officer was "
         "killed in the blast.", (0, 3)),
        ("Gunmen attacked a school in Kaduna on Monday. No students were hurt, police said.", (0, 0)),
    ],
)
def test_no_one_of_a_kind_killed_or_hurt(text: str, expected: tuple[int, int]) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_herders_attack_is_named_both_ways() -> None:
    text = "Five villagers were killed by suspected herdsmen in Riyom LGA of Plateau State on Sunday."
    assert [a["name"] for a in main(text)["actors"]] == ["Armed herders (herdsmen)"]


def test_the_mozambique_branch_is_named_as_the_state_group_claims_it() -> None:
    text = "Insurgents killed five villagers in Mucojo, Cabo Delgado, on Friday; Ansar al-Sunna claimed the attack."
    names = [a["name"] for a in main(text)["actors"]]
    assert names and names[0].startswith("Islamic State Mozambique Province")
    assert where(text)[0] == "MZ"
