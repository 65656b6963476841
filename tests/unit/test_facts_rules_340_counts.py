"""Round 340: those the shots hit, a toll's own relative clause, a later count, districts named with their kind."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts import parse_incidents


def test_those_hit_split_by_the_share_who_died() -> None:
    inc = main("A man fired into a crowded birthday party in Macon, Georgia, hitting nine people, two of whom died.")
    assert (inc["killed"], inc["injured"]) == (2, 7)
    assert inc["attack_type"] == "armed attack"


def test_hitting_buildings_is_no_casualty() -> None:
    assert parse_incidents("A rocket slammed into the old town of Hebron, hitting two buildings.") == []


def test_toll_that_later_rose_replaces_the_first_figure() -> None:
    inc = main("A van ploughed into shoppers in Graz, killing three people, a toll that later rose to four.")
    assert inc["killed"] == 4


def test_toll_which_has_since_risen() -> None:
    inc = main("The blast at the depot in Tema killed nine workers, a toll which has since risen to 11.")
    assert inc["killed"] == 11


def test_a_later_count_of_the_same_dead() -> None:
    inc = main(
        "Gunmen stormed the village of Kouri overnight, killing at least 40 farmers; community leaders later put "
        "the toll at 55."
    )
    assert inc["killed"] == 55


def test_a_toll_put_without_later_is_no_update() -> None:
    inc = main("Gunmen stormed the village of Kouri, killing 40 farmers. Officials put the toll at 38.")
    assert inc["killed"] == 40


def test_district_named_with_its_kind_before_the_town_that_places_it() -> None:
    inc = main("An IED hit a patrol in Sinjar district, west of Mosul, killing three soldiers.")
    assert (inc["admin1"], inc["location"]) == ("Nineveh", "Sinjar")
