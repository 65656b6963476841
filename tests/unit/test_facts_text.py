"""Sentence spans and the language check: the parser's first reading of every text."""

from __future__ import annotations

import pytest
from newsfacts.facts.text import looks_english, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen attacked a bus. Five died.", ["Gunmen attacked a bus.", "Five died."]),
        # an abbreviation is no sentence end; a sentence ends at its full stop, before a closing quote
        ("Mr. Smith said at 5 p.m. that U.S. troops left. \u201cWe saw it.\u201d Then 3 died.",
         ["Mr. Smith said at 5 p.m. that U.S. troops left.", "\u201cWe saw it.", "Then 3 died."]),
        # a lower-case word after a full stop goes on the sentence; a digit or an opening quote starts one
        ("It was 3.5 km away. and more. 12 were hurt. \"No,\" he said.",
         ["It was 3.5 km away. and more.", "12 were hurt.", "\"No,\" he said."]),
        # blank lines and line breaks before a capital end a sentence; blank-only pieces are dropped
        ("KABUL \u2014 A blast\n\nkilled two\nPolice said so\n\u00a0\n\u3000\n",
         ["KABUL \u2014 A blast", "killed two", "Police said so"]),
        ("What? Yes! (Maybe.) Done", ["What?", "Yes!", "(Maybe.", "Done"]),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text, english",
    [
        ("1 UN national staff killed March 6.", True),
        ("Two soldiers were killed in an ambush on the road to Gao, the army said.", True),
        ("Zwei Soldaten wurden bei einem Angriff auf die Stadt und das Dorf getötet, sagte der Sprecher.", False),
        ("Deux soldats ont été tués dans une attaque contre la ville et les villages, selon le maire.", False),
        ("Saldırı bu sabah için bir köyde oldu ve ile bu bir bomba ile gerçekleşti.", False),
        ("\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8", False),
    ],
)
def test_looks_english(text: str, english: bool) -> None:
    assert looks_english(text) is english
