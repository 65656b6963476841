"""Rules added in parser 1.6.0 for the structure of long articles: a toll update about another strike, a side's
claim against another source's figure, and a killing cited as the cause of the text's own event."""

from __future__ import annotations

import pytest
from newsfacts.facts import parse_incidents
from newsfacts.facts.casualties import extract_casualties
from newsfacts.facts.text import sentence_spans


def main(text: str, published: str) -> dict:
    incidents = parse_incidents(text, published=published)
    assert incidents, "an incident is reported"
    return incidents[0]


def killed(inc: dict) -> tuple[int | None, int | None, int | None]:
    return inc["killed"], inc["killed_low"], inc["killed_high"]


# --- 1. A toll update supersedes the lede's count only when it is about the main event ---------------------

KHARKIV = (
    "A Russian drone struck an apartment block in Kharkiv on Sunday, killing two people and wounding 14, "
    "regional governor Oleh Syniehubov said. Rescuers searched the rubble through the night. "
    "Firefighters put out a blaze on the upper floors. "
    "On Wednesday, a missile hit a railway depot in the city of Poltava, which Kyiv blamed on Moscow. "
    "The governor said there were no military targets near the depot. "
    "The death toll from that strike had risen to 21, officials said on Saturday. "
    "Ukraine's air force said it shot down 40 of 55 drones overnight."
)


def test_a_toll_from_that_strike_recalled_days_before_leaves_the_lede_count() -> None:
    inc = main(KHARKIV, "2024-05-26T10:00:00+00:00")
    assert (inc["killed"], inc["injured"]) == (2, 14)
    assert not any("21" in e["text"] for e in inc["evidence"] if e["field"] == "killed")


@pytest.mark.parametrize(
    ("update", "published"),
    [
        # dated in another week than today's bombing
        (
            "The death toll from a suicide bombing at a market in the same district last week has risen to 17.",
            "2024-05-21",
        ),
        # dated by its own day, three days before
        ("The death toll from the May 17 bombing of a mosque in the provincial capital has risen to 17.", "2024-05-21"),
        # marked as another event by the words themselves
        ("The death toll from another attack on a police post in the district has risen to 17.", "2024-05-21"),
        ("The toll from an earlier bombing of the same bazaar rose to 17, hospital officials said.", "2024-05-21"),
    ],
)
def test_a_toll_update_naming_another_event_leaves_the_lede_count(update: str, published: str) -> None:
    text = (
        "A car bomb exploded outside a police station in the town of Dera Ismail Khan on Monday, killing three "
        "officers, police said. The blast damaged nearby shops. No group has claimed responsibility. " + update
    )
    assert killed(main(text, published)) == (3, 3, 3)


KABUL = (
    "A suicide bomber blew himself up at a wedding hall in Kabul on Tuesday, killing at least eight people, "
    "officials said. Dozens were wounded. Ambulances rushed to the scene. "
)


@pytest.mark.parametrize(
    "update",
    [
        "The death toll later rose to 15, the interior ministry said.",
        "On Thursday the death toll from Tuesday's attack rose to 15, the interior ministry said.",
        "The death toll from the attack on the wedding hall, the deadliest since 2021, rose to 15.",
    ],
)
def test_a_toll_update_about_the_main_event_still_supersedes(update: str) -> None:
    assert killed(main(KABUL + update, "2024-05-23"))[0] == 15


def test_that_strike_pointing_back_at_the_main_event_still_supersedes() -> None:
    text = (
        "A missile struck a crowded market in Kostiantynivka on Wednesday, killing 16 people, officials said. "
        "Prime Minister Denys Shmyhal said the strike hit shops and a pharmacy. Rescuers worked through the "
        "night. By Thursday the death toll from that strike had risen to 17, the regional governor said."
    )
    assert killed(main(text, "2024-05-23")) == (17, 17, 17)


def test_a_toll_that_rises_to_fewer_than_the_lede_figure_is_a_part_of_it() -> None:
    text = (
        "Missiles hit several towns in the border region early Wednesday, as the overall death toll increased "
        "to 31 people, the army said. Schools and markets were closed. "
        "The death toll from the missile strike on a mosque in the town of Karimabad has risen to 13, a "
        "hospital official said."
    )
    c = extract_casualties(text, sentence_spans(text))
    assert (c.killed, c.killed_low, c.killed_high) == (31, 31, 31)


def test_a_rise_above_the_lede_figure_is_still_an_update() -> None:
    text = "Gunmen killed four villagers in Plateau state on Sunday. By Monday the death toll had risen to seven."
    c = extract_casualties(text, sentence_spans(text))
    assert c.killed == 7


# --- The lede's total and its parts are untouched -----------------------------------------------------------


def test_the_lede_total_is_not_summed_with_its_parts() -> None:
    text = (
        "At least 11 people were killed and 78 wounded when a car bomb exploded in a busy market in the "
        "northern Syrian city of Azaz on Saturday, the civil defence said. Ten civilians and a fighter from a "
        "local armed faction were among the dead. The death toll is expected to rise."
    )
    inc = main(text, "2024-05-26")
    assert killed(inc) == (11, 11, None)
    assert inc["injured"] == 78
