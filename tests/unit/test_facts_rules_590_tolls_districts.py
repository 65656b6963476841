"""Round 590: whole texts no longer dropped (an execution told after the attack, a league in a shooting's opening,
a device that went off with no one hurt); counts ("besides themselves", "both", "among them", a toll's rank, a
toll revised down or first put at another figure, a place's running toll in a relative clause, a unit's letter
and number in a list); India's districts, sectors and blocks, and the Maoists' namesake towns."""

from __future__ import annotations

import pytest
from facts_rules_support import killed, main, where
from newsfacts.facts import parse_incidents

PUB = "2024-03-20T08:00:00+00:00"


def test_an_attack_told_before_its_bomber_was_executed_is_reported() -> None:
    text = ("A car bomb exploded outside the county courthouse in Tulsa on 2 March 2001, killing 41 people and "
            "injuring more than 200. The bomber was convicted and executed in 2009.")
    inc = main(text, published="2001-03-05T10:00:00+00:00")
    assert (inc["killed"], inc["injured"], inc["location"]) == (41, 200, "Tulsa")


def test_an_execution_is_still_no_incident() -> None:
    text = "Oklahoma executed a man on Thursday who was convicted of killing two clerks during a robbery in 1998."
    assert parse_incidents(text, published=PUB) == []


def test_a_shooting_that_opens_at_a_league_game_is_no_match_report() -> None:
    text = ("A man opened fire on Saturday at a skating rink in Lewiston where a junior hockey league was playing, "
            "then drove to a bar hosting a darts tournament. Nine people were killed and six others were wounded.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == (9, 6)


def test_a_device_that_went_off_with_no_one_hurt_is_an_incident() -> None:
    text = ("No one was killed or injured when an explosive device went off outside a bank in Newry on Friday "
            "night, police said.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"], inc["location"]) == (0, 0, "Newry")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bombers counted with those they killed, as "killing himself and six others" is
        ("Two suicide bombers blew themselves up at a bus station, killing 31 people besides themselves and "
         "wounding 80.", 33),
        ("A suicide bomber detonated his vest at a wedding hall, killing 12 guests in addition to himself.", 13),
        ("He blamed no one besides himself, police said, after he shot dead four people at a farm.", 4),
        # people named by "both"
        ("Both guards and a cook were killed when gunmen stormed the compound on Monday.", 3),
        ("Two police officers were shot at a checkpoint on Monday. Both men died in hospital.", 2),
        # an aside on the dead after the figure is some of them, not more
        ("The gunman killed six people, his own brother among them, and wounded two others.", 6),
        ("The gunman killed six people, three teenagers among them, and wounded two others.", 6),
        # places told beside the dead are no people
        ("Raiders killed 48 villagers in Tiengo and three nearby villages on Sunday.", 48),
        # a unit's letter and number inside a list's part
        ("Eleven jawans of the district police's elite C-60 commando force and their cook were killed in the "
         "ambush.", 12),
    ],
)
def test_counts_of_the_dead(text: str, expected: int) -> None:
    assert main(text, published=PUB)["killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the newest death's rank is the toll
        ("Gunmen killed seven people at a cockfight on Saturday. An 8th victim, a teenager, died in hospital on "
         "Monday.", (8, 8, 8)),
        # "revised down ... to N": the correction replaces the first figure
        ("Officials revised down the death toll from Friday's market bombing to 62, saying some bodies had been "
         "counted twice in the initial figure of 75.", (62, 62, 62)),
        # "first put at N" is an aside inside the toll's clause
        ("The death toll, first put at 30, rose over the following days to 47, and more than 90 others were "
         "injured.", (47, 47, 47)),
    ],
)
def test_tolls_updated(text: str, expected: tuple) -> None:
    assert killed(main(text, published=PUB)) == expected


def test_the_wounded_beside_a_toll_first_put_at_another_figure() -> None:
    text = "The death toll, first put at 30, rose to 47, and more than 90 others were injured."
    assert main(text, published=PUB)["injured"] == 90


def test_a_places_running_toll_in_a_relative_clause_is_background() -> None:
    text = ("Gunmen shot dead two farmers near a village on Tuesday, police said, in fresh violence in a district "
            "where clashes between the two communities have killed more than 90 people since January.")
    assert main(text, published=PUB)["killed"] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Line of Control sector and a development block, named for their main village, in the district
        # named for the town the gazetteer knows
        ("Troops killed two infiltrators in the Keran sector of Kupwara district on Friday, an army spokesman "
         "said.", ("IN", "Kashmir", "Keran")),
        ("A former village head was shot dead by Maoists in Bhairamgarh block of Bijapur district on Sunday.",
         ("IN", "Chhattisgarh", "Bhairamgarh")),
        # a village under a police station's limits
        ("A villager was killed by Maoists at Tumrel village under Basaguda police station limits in Sukma "
         "district on Sunday.", ("IN", "Chhattisgarh", "Tumrel village")),
        # districts the gazetteer lacks, in admin2.yaml
        ("A jawan was killed in an IED blast near Lonjo village in West Singhbhum district on Sunday.",
         ("IN", "Jharkhand", "Lonjo village")),
    ],
)
def test_indian_districts_and_their_parts(text: str, expected: tuple) -> None:
    assert where(text) == expected


def test_the_maoists_bijapur_is_chhattisgarhs() -> None:
    text = "Maoists killed a road contractor in Bijapur on Sunday, police said."
    assert where(text) == ("IN", "Chhattisgarh", "Bijapur")


def test_bijapur_alone_is_still_the_city_of_karnataka() -> None:
    assert where("A man was stabbed to death in Bijapur on Sunday, police said.")[1] == "Karnataka"


def test_several_namesakes_in_the_groups_regions_leave_the_pick_to_population() -> None:
    # both Aurangabads lie in states the Maoists fight in: their regions decide nothing
    text = "Maoists blew up a police vehicle in Aurangabad on Sunday, killing two constables."
    assert where(text)[1] == "Maharashtra"
