"""Round 670: a police rank before a name wounded ("Detective Chief Inspector X, who was shot several times"), where
"the attempted murder" tells no death; a numbered sector ("Sector 57") is no count; another blast hours later in
another province is an event of its own, on the same day; the hurt "still being treated in Peshawar"; and a war's
wounded "since Oct. 7" in a sentence with its own day."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents
from newsfacts.facts.actors import _PLAIN_LETTERS, _plain_letters
from newsfacts.facts.numbers import find_quantities

PUB = "2024-05-06T08:00:00+00:00"  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dissidents admitted the attempted murder of Detective Chief Inspector Paul Barr, who was shot several times "
         "at a sports club in Omagh on Wednesday. Mr Barr survived and remains in a critical condition.", (None, 1)),
        ("Sergeant Ann Doyle was shot at a checkpoint in Newry on Friday. She survived and is in a stable condition.",
         (0, 1)),
        ("Gunmen attacked a convoy in Kurram on Thursday. The toll rose to 43 on Friday. At least 16 others are still "
         "being treated in Peshawar and Parachinar.", (43, 16)),
        ("An air strike killed 11 people in Khan Younis on Sunday. The ministry said on Monday that 34,000 people had "
         "been killed and 77,000 wounded since Oct. 7.", (11, None)),
        # control: a second blast minutes later in the same town is the same attack's
        ("A suicide bomber killed 52 people at a procession in Mastung on Friday. Minutes later, another blast in "
         "Mastung killed five people.", (57, None)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_numbered_sector_is_no_count() -> None:
    assert find_quantities("a mosque in Gurugram's Sector 57 past midnight") == []
    assert [q.value for q in find_quantities("57 people were killed")] == [57]


def test_another_blast_hours_later_in_another_province_is_its_own_event() -> None:
    incidents = parse_incidents(
        "A suicide bomber killed 52 people at a procession in Mastung on Friday. Hours later, another blast at a "
        "mosque in Hangu district of Khyber Pakhtunkhwa killed five people.",
        published=PUB,
    )
    assert [(i["killed"], i["admin1"]) for i in incidents] == [(52, "Balochistan"), (5, "Khyber Pakhtunkhwa")]
    assert incidents[1]["event_date"] == incidents[0]["event_date"] == "2024-05-03"


@pytest.mark.parametrize("text", ["La Línea “quoted” — Juárez, Ñuñoa", "plain ascii", "çà et là, œuvre"])
def test_plain_letters_as_the_translation_gives_them(text: str) -> None:
    assert _plain_letters(text.lower()) == text.lower().translate(_PLAIN_LETTERS)
