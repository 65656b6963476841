"""Round 1128: with no publication day, "the previous day" or "a day earlier" counts back from the day its sentence
says the news was told ("WFP confirmed on 20 December 2024 that ... had been killed the previous day"), never from
the act's own day ("stormed the office on 6 September 2000; the attack followed the killing of a militia leader the
previous day")."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WFP confirmed on 20 December 2024 that 3 UN national staff had been killed the previous day when aerial "
         "bombardment struck a humanitarian compound in Yabus, Blue Nile state.", "2024-12-19"),
        ("Police said on 20 December 2024 that gunmen had killed 3 villagers a day earlier in Yabus.", "2024-12-19"),
        ("3 UN international staff hacked to death when militia stormed the UNHCR office in Atambua, West Timor, on "
         "6 September 2000; the attack followed the killing of a militia leader the previous day.", "2000-09-06"),
    ],
)
def test_event_date(text: str, expected: str) -> None:
    assert main(text, published=None)["event_date"] == expected
