"""Round 1030: the attacker named where the text describes him: "named the suspected gunman as X", "the attacker,
fourth-year student X,", a row's "Perpetrator, local truck driver X," and "gunman with far-right ties (X)", and
"X, a 59-year-old unemployed man, set fire to a bus"."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "TOMSK, Russia - A student opened fire at a university in Tomsk on Monday, killing four people. The "
            "Investigative Committee named the suspected gunman as Pavel Sorokin, a 19-year-old student.",
            "Pavel Sorokin",
        ),
        (
            "A blast and shooting at a college in Kerch killed 12 people on Wednesday. By evening investigators said "
            "the body of the attacker, third-year student Igor Lebedev, had been found in the library.",
            "Igor Lebedev",
        ),
        (
            "02 Oct 2006 - Nickel Mines, PA: five schoolgirls shot dead in a one-room schoolhouse. Perpetrator, local "
            "farm worker Carl Hoffman, shot himself as troopers broke in.",
            "Carl Hoffman",
        ),
        (
            "05 Aug 2012 - Oak Creek, WI: gunman with far-right ties (Dale Morrison) opened fire at a temple, "
            "killing six worshippers.",
            "Dale Morrison",
        ),
        (
            "On 7 June 2013, Wang Jianguo, a 59-year-old unemployed man, set fire to a bus in Xiamen during the "
            "evening rush hour, killing 47 people.",
            "Wang Jianguo",
        ),
    ],
)
def test_the_attacker_named_where_he_is_described(text: str, name: str) -> None:
    actors = [a["name"] for a in main(text, "2021-09-21T10:00:00+03:00")["actors"] if a["role"] == "perpetrator"]
    assert name in actors
