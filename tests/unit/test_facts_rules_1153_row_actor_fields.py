"""Round 1153: a monitor's row whose actor field lists two actors with a semicolon ("Civilians (Syria); Health Workers
(Syria)") is one record, not a headline of two stories: its notes' figures are the row's."""

from __future__ import annotations

from facts_rules_support import main


def test_a_semicolon_inside_a_rows_actor_field_splits_no_story() -> None:
    text = (
        "2021-03-21 | Syria | Aleppo | Jebel Saman | Al Atarib | Explosions/Remote violence | Military Forces of "
        "Syria (2000-) | Civilians (Syria); Health Workers (Syria) | 7 | Shelling: Government artillery hit a "
        "hospital in the western Aleppo countryside, killing seven people and wounding 14."
    )
    out = main(text, published=None)
    assert (out["killed"], out["injured"]) == (7, 14)


def test_a_headline_of_two_stories_still_splits() -> None:
    text = "Gunmen kill 24 in Kabul maternity ward attack; funeral bombing kills 32 in east"
    assert main(text, published="2020-05-12T10:00:00Z")["killed"] == 24
