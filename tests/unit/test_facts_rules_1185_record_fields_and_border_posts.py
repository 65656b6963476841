"""Round 1185: a strike record's fields and a border post under a metropolis' dateline. A date written as one token
("13-Jan-2006", "02-09-2012") holds no count, so the "Killed:" field after it is read; fields split by dashes are
fields as those split by bars are. A village "near the border with" a neighbour is named though the gazetteer lacks
it, and a bureau's metropolis (Abidjan, though not the capital) gives it no division. A church's see ("the Diocese of
Buea") is named for a town, not placed there."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.numbers import find_quantities


def test_a_date_in_one_token_holds_no_count() -> None:
    assert [q.value for q in find_quantities("R12 | 13-Jan-2006 | Killed: 18")] == [18]
    assert [q.value for q in find_quantities("on 02-09-2012 two men")] == [2]
    assert [q.value for q in find_quantities("killed 12-15 people")] == [12]  # a range stays a count


def test_the_killed_field_after_a_date_in_one_token() -> None:
    inc = main(
        "R12 | 13-Jan-2006 | Damadola, Bajaur | Killed: 18 (all villagers, officials said) | Injured: n/k | "
        "Missiles fired from drones hit three houses.",
        published=None,
    )
    assert (inc["killed"], inc["event_date"]) == (18, "2006-01-13")


def test_fields_split_by_dashes() -> None:
    inc = main(
        "R44 — 2 January 2013 — near Wana, South Waziristan — Total killed: 6-10 — Injured: 2-3 — Missiles hit a "
        "vehicle carrying a militant commander.",
        published=None,
    )
    assert (inc["killed"], inc["injured"]) == (6, 2)


def test_a_border_village_under_a_metropolis_dateline() -> None:
    inc = main(
        "ABIDJAN, June 11 (wire) – At least 10 soldiers were killed when gunmen attacked an army post at Tiemba, "
        "near the border with Burkina Faso, overnight, security sources said."
    )
    assert (inc["country"], inc["admin1"], inc["location"]) == ("CI", None, "Tiemba")


def test_a_village_on_the_outskirts_keeps_the_citys_division() -> None:
    inc = main(
        "LAGOS, June 11 (wire) – Gunmen killed four people at a bus stop in Ikotun Egbe, on the outskirts of the "
        "city, on Sunday night, police said."
    )
    assert (inc["country"], inc["admin1"]) == ("NG", "Lagos")


def test_a_churchs_see_is_named_for_its_town() -> None:
    inc = main(
        "Gloom has descended on the Catholic Diocese of Buea after one of its priests was shot dead on Friday on the "
        "road near Muyuka in Fako Division, parishioners said. The Bishop of Buea has called for an inquiry.",
        published="2018-07-21T08:00:00+01:00",
    )
    assert inc["location"] == "Muyuka"
