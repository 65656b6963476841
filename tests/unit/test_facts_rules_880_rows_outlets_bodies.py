"""Round 880: a log row's numeric date before a dash or a bar is written as its country writes dates ("10/04/2018 -
Bangui" is 10 April); a news site's address closes a dateline ("Dhaka, Apr 25 (bdnews24.com) -"); Bangladesh's
parties and forces point to Bangladesh; a country that names a state's body ("the US Agency for International
Development") is no scene; a shooting whose means the opening tells is no match report, whatever the football
words around it; the two sides of a fixture ("a France–Germany football match") are no place; a total told with
the attackers in its sentence is still the total; a name that opens its sentence, described between commas, is one
person ("Malalai Maiwand, a presenter ..., was shot dead"); "since the bombing of their barracks in Beirut in 1983,
which killed 58" is an old attack's toll; "fewer than the 54 dead that officials announced" is a count set against
the event's; "killed senior Hezbollah Radwan Force commander Wissam al-Tawil" names one dead man with his rank; "The
death toll from U.S. air strikes ... has climbed to 74" is an update despite the initials' stops; "A second wave the
next day ... killed 25 more" is another event."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("10/04/2018 - Bangui (PK5, 3rd arrondissement): 1 MINUSCA peacekeeper killed and 8 wounded by gunmen "
         "during a joint operation.", "2018-04-10"),
        ("07/06/2024 | Masala, Beni territory, North Kivu | ADF raid on Masala; at least 41 civilians killed.",
         "2024-06-07"),
        # controls: the GTD's own record, month first wherever it happened; a US row
        ("10/04/2018: Gunmen killed a peacekeeper in Bangui, Central African Republic.", "2018-10-04"),
        ("10/04/2018 - Dallas, Texas: A gunman killed two people at a bar.", "2018-10-04"),
    ],
)
def test_a_log_rows_numeric_date(text: str, date: str) -> None:
    assert main(text, published="2024-12-01T10:00:00+00:00")["event_date"] == date


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("Dhaka, Apr 25 (bdnews24.com) - Two men, one of them an employee of the US Agency for International "
         "Development, have been hacked to death by a group of assailants at a flat in the capital's Kalabagan this "
         "evening.", "BD", "Dhaka"),
        ("Four people were killed and dozens injured in Gopalganj on Wednesday as activists of the banned Awami League "
         "clashed with police after attacking a rally.", "BD", "Gopalganj"),
        # control: the namesake in India, told as India's
        ("Four people were killed in Gopalganj in Bihar on Wednesday when police opened fire on a crowd.", "IN",
         "Gopalganj"),
    ],
)
def test_outlets_parties_and_state_bodies(text: str, country: str, location: str) -> None:
    inc = main(text, published="2025-07-16T23:30:00+06:00")
    assert (inc["country"], inc["location"]) == (country, location)


def test_a_shooting_told_beside_a_match_is_no_match_report() -> None:
    text = (
        "BRUSSELS - Belgian police shot a man suspected of killing two Swedish football supporters early on Tuesday, "
        "hours after the attack forced the abandonment of Belgium's European Championship qualifier against Sweden.\n\n"
        "The gunman opened fire with an automatic rifle near the Place Sainctelette on Monday evening. Two Swedish "
        "men were killed. The match at the stadium was halted at half-time with the score 1-1."
    )
    inc = main(text, published="2023-10-17T09:00:00+02:00")
    assert (inc["killed"], inc["country"]) == (2, "BE")


def test_the_sides_of_a_fixture_are_no_place() -> None:
    text = (
        "On the evening of 13 November 2015, gunmen and suicide bombers struck in and around Paris: three bombers "
        "blew themselves up outside the Stade de France in Saint-Denis during a France–Germany football match, and "
        "attackers stormed the Bataclan concert hall, where 90 people were killed."
    )
    assert main(text)["country"] == "FR"


def test_a_total_told_with_the_attackers_in_its_sentence_is_still_the_total() -> None:
    text = (
        "Three attackers stormed the concert hall, where 90 people were killed. In total 130 people were killed and "
        "413 injured; seven of the attackers also died."
    )
    assert main(text)["killed"] == 137


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("JALALABAD — Malalai Maiwand, a presenter with the private Enikass Radio and TV, was shot dead along with her "
         "driver on Thursday morning in Jalalabad, officials said.", 2),
        ("Ten French soldiers were killed and 21 wounded when Taliban fighters ambushed a patrol on Monday, the "
         "heaviest loss for French forces since the bombing of their barracks in Beirut in 1983, which killed 58 "
         "paratroopers.", 10),
        # controls: a place opening the sentence is no one; the comparison's toll told apart is the event's own
        ("Kabul, a city of five million, was shaken on Thursday when a bomb killed two people.", 2),
        ("A bomb killed 58 paratroopers at their barracks in Beirut in 1983, which was the deadliest attack.", 58),
    ],
)
def test_a_name_described_between_commas_and_an_old_attack_by_its_year(text: str, killed: int) -> None:
    assert main(text, published="2020-12-11T08:40:00+04:30")["killed"] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Human Rights Watch said on Wednesday that 28 people were killed when Israeli aircraft bombed a house in the "
         "village of Qana on Sunday, fewer than the 54 dead that Lebanese officials announced on the day.", 28),
        ("An Israeli drone strike on a car in Khirbet Selm on Monday killed senior Hezbollah Radwan Force commander "
         "Wissam al-Tawil and another Hezbollah member.", 2),
        # controls: a named man with no rank before him; a later count told as more
        ("Gunmen killed Ahmed Khan in Karachi on Monday.", 1),
        ("Officials said 28 people were killed when aircraft bombed a house in the village on Sunday. The toll later "
         "rose to 54.", 54),
    ],
)
def test_a_count_set_against_another_and_a_ranked_name(text: str, killed: int) -> None:
    assert main(text, published="2006-08-02T18:00:00+03:00")["killed"] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The death toll from U.S. air strikes on the Ras Isa fuel port on Thursday night has climbed to 74, with 171 "
         "wounded, the ministry said on Saturday. An earlier tally had given 38 dead.", 74),
        ("The blasts on Sept. 17 killed 12 people and wounded about 2,800, according to the health ministry. A second "
         "wave the next day, targeting hand-held radios, killed 25 more and wounded over 600.", 12),
        # control: more dead of the same wave
        ("The blasts on Sept. 17 killed 12 people and wounded about 2,800. Two more people died of their wounds.", 14),
    ],
)
def test_an_initials_stop_in_a_toll_and_a_wave_the_next_day(text: str, killed: int) -> None:
    assert main(text, published="2024-11-11T10:00:00+02:00")["killed"] == killed
