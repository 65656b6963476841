"""Round 1155: a list's row taken out of its table, with no header: its two bare figures side by side are its dead and
its hurt; its labelled fields hold though a cell before them recalls the past; and the row is placed by its opening,
not by a later cell's aftermath."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.tables import bare_row_counts


def test_two_bare_figures_after_the_prose_are_the_dead_and_the_hurt() -> None:
    text = (
        "20 March 2015 | Sanaa, Yemen | Four suicide bombers struck two mosques during Friday prayers. | 142 | 351 "
        "| The Islamic State claimed it."
    )
    out = main(text, published=None)
    assert (out["killed"], out["injured"]) == (142, 351)


def test_a_floor_in_a_bare_cell() -> None:
    text = (
        "27 March | Lahore, Punjab, Pakistan | A suicide bomber struck near the rides in a park. | At least 75 | "
        "More than 340 | Jamaat-ul-Ahrar"
    )
    out = main(text, published="2016-03-28T10:00:00Z")
    assert (out["killed"], out["killed_low"], out["killed_high"], out["injured"]) == (75, 75, None, 340)


def test_a_row_without_its_day_is_not_read_as_one() -> None:
    assert bare_row_counts("Home | World | Africa | 12 | 5 | Contact us") == []


def test_a_labelled_field_holds_after_a_cell_that_recalls_the_past() -> None:
    text = (
        "1974-11-21 | Leeds, England | Two bombs exploded in two crowded pubs. Three men jailed in 1975 had their "
        "convictions quashed in 1991. | Dead: 19 | Injured: 150 | Perpetrator: Provisional IRA"
    )
    out = main(text, published=None)
    assert (out["killed"], out["injured"]) == (19, 150)


def test_the_row_is_placed_by_its_opening_not_a_later_cell() -> None:
    text = (
        "22 March 2024 | Krasnogorsk, Moscow Oblast, Russia | Four gunmen opened fire in a concert hall. The four "
        "suspects were detained in Bryansk Oblast the next morning. | 145 | 551 | Islamic State"
    )
    out = main(text, published=None)
    assert (out["admin1"], out["location"]) == ("Moscow", "Krasnogorsk")
