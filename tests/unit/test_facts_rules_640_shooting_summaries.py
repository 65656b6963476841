"""Round 640: mass-shooting summaries no longer dropped ("for years after she rejected him" is how long, not a
recalled event; a stampede's hurt after an opening that told the shooting), another shooting's toll the text
compares ("surpassing the 32 killed at Virginia Tech"), and places of a shooter's past or costume ("a veteran of the
war in Afghanistan", "dressed in a Santa Claus suit")."""

from __future__ import annotations

import pytest
from facts_rules_support import main

PUB = "2024-05-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Former employee Dale Hoyt, 41, who had harassed a co-worker for years after she turned him down, stormed "
         "the offices of a software firm in Fremont on May 2. He killed four people and wounded three.", (4, 3)),
        ("A gunman opened fire from a hotel window into a crowd at an outdoor concert in Reno. He killed 12 people "
         "and wounded dozens more; many others were hurt in the stampede to escape.", (12, 12)),
        ("A gunman killed 21 people at a supermarket in Tulsa on Saturday, the deadliest attack in the state, "
         "surpassing the 12 killed at a school in 1998.", (21, None)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lyle Grant, 31, an Army veteran of the war in Afghanistan, ambushed police officers at a protest in "
         "downtown Dallas on Thursday night, killing three officers.", ("US", "Texas")),
        ("Dressed in a Santa Claus suit, a man opened fire at a Christmas party in Covina, killing six people.",
         ("US", "California")),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["country"], inc["admin1"]) == expected
