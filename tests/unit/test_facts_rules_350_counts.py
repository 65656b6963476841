"""Round 350: tolls told by a pronoun or as the killer's own, participles with an adverb, and the hurt told by
what was done for them."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


# --- updated tolls -----------------------------------------------------------------------------------------------


def test_a_toll_that_it_stands_for_later_rose() -> None:
    text = (
        "Gunmen attacked a wedding hall in Herat. First reports put the toll at 12 dead; it later rose to 31, "
        "with 40 people wounded."
    )
    assert counts(text) == (31, 40)


def test_it_rose_without_a_toll_before_it_is_no_toll() -> None:
    text = "A bomb killed nine people at a market in Kirkuk. Prices were 300 dinars; it later rose to 500."
    assert counts(text)[0] == 9


def test_the_number_of_people_he_killed() -> None:
    text = (
        "A lorry was driven into a street market in Lyon, killing eight shoppers. As he fled, the driver shot a "
        "guard dead, bringing the number of people he killed to nine."
    )
    assert counts(text)[0] == 9


def test_a_first_report_gives_way_to_the_later_count() -> None:
    text = (
        "Seven people were shot at a block party in Tulsa. Police initially reported one dead and six wounded. "
        "A 20-year-old man died at the scene and a woman died in hospital. The other five victims were expected "
        "to recover."
    )
    assert counts(text)[1] == 5


# --- participles and lists ----------------------------------------------------------------------------------------


def test_fatally_shooting_reads_forward() -> None:
    text = "A man stormed a bingo hall in Dothan, Alabama, fatally shooting four players."
    assert counts(text)[0] == 4


def test_fatally_shooting_a_named_one_and_more() -> None:
    text = "A gunman burst into a chapel in Selma, Alabama, fatally shooting the deacon and two choir members."
    assert counts(text)[0] == 3


def test_fatally_shooting_himself_is_still_no_victim() -> None:
    text = "A man killed two neighbours in Dothan before fatally shooting himself."
    assert counts(text)[0] == 2


# --- the hurt ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Arsonists set fire to a hostel in Rostock. Nine residents were treated for smoke inhalation.", 9),
        ("A petrol bomb was thrown into a shop in Derry. A shop assistant suffered burns to his arms.", 1),
        ("Petrol bombs hit a mosque in Halle; a worshipper who tried to put out the fire suffered burns.", 1),
        ("A man stabbed a guard to death in Hull. A 58-year-old woman who tried to help was stabbed in the hand.", 1),
        (
            "Gunmen killed three people at a bar in Memphis. A waitress, a woman in her 30s, was taken to a trauma "
            "centre with wounds to her legs.",
            1,
        ),
        ("A man killed three people at a warehouse in Akron. A fourth person, shot in the arm, survived.", 1),
        (
            "Six people were hit when a man fired into a crowd in Dayton. Two died at the scene. The four "
            "remaining victims are recovering.",
            4,
        ),
    ],
)
def test_the_hurt_told_by_their_care_or_their_fate(text: str, injured: int) -> None:
    assert counts(text)[1] == injured


def test_all_of_those_told_surviving_adds_no_one() -> None:
    text = (
        "A man stabbed four people in a pharmacy in Leeds, killing one. A pharmacist and two customers were taken "
        "to hospital; all three were expected to recover."
    )
    assert counts(text) == (1, 3)


def test_an_age_range_is_no_count() -> None:
    text = (
        "Five people were shot at a barbecue in Omaha. A man died at the scene. The other four victims, ranging in "
        "age from 17 to 44, were expected to recover."
    )
    assert counts(text)[1] == 4


def test_a_list_of_people_each_named_with_its_noun() -> None:
    text = "A teacher, a nurse and a driver were killed when gunmen ambushed their car near Kidapawan."
    assert counts(text)[0] == 3


def test_one_person_told_twice_between_commas_is_one() -> None:
    text = (
        "Gunmen killed two people at a diner in Akron. A waiter, a man in his 20s, was taken to hospital with "
        "gunshot wounds."
    )
    assert counts(text) == (2, 1)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            "Bandits killed six farmers in Dogon Daji, Sokoto State. Three other villagers who sustained gunshot "
            "injuries were rushed to the General Hospital in Tambuwal.",
            3,
        ),
        ("A bomb exploded at a bus stand in Quetta. Seven people were shifted to the Civil Hospital, police said.", 7),
        ("Regime shelling caused the death of two civilians and the injury of five others in Ariha.", 5),
        ("A grenade went off outside a bakery in Mosul, injuring the bakery's owner, police said.", 1),
    ],
)
def test_more_ways_the_hurt_are_told(text: str, injured: int) -> None:
    assert counts(text)[1] == injured


def test_taken_to_a_named_hospital_where_he_died_is_no_injury() -> None:
    text = (
        "Two men were shot dead outside a bar in Camden. A third man was taken to Cooper University Hospital, where "
        "he died."
    )
    assert counts(text)[1] is None


def test_both_later_killed_after_two_abducted() -> None:
    text = "Two aid workers were abducted at a fake checkpoint near Damboa. Both were later killed by their captors."
    assert counts(text)[0] == 2


def test_police_killing_the_attacker_adds_no_victim() -> None:
    text = "Lyle Dorn, 35, shot two people dead at a motel in Pueblo before police killed him in a shootout."
    assert counts(text)[0] == 2
