"""Round 720: a news outlet named after a place ("the Jerusalem Post", "the Tehran Times", "the Fars news agency")
is the report's source, not the place of the attack."""

from __future__ import annotations

import pytest
from facts_rules_support import where


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roadside bomb killed four soldiers on Monday, the Jerusalem Post reported.", (None, None, None)),
        ("A roadside bomb killed four soldiers on Monday, the Fars news agency reported.", (None, None, None)),
        # the outlet's town gives way to the place the text names
        ("A roadside bomb killed four soldiers near Kandahar on Monday, the Tehran Times reported.",
         ("AF", "Kandahar", "Kandahar")),
        # control: the town itself, and a town's police, are still places
        ("A roadside bomb killed four soldiers in Jerusalem on Monday, police said.",
         ("IL", "Jerusalem", "Jerusalem")),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    assert where(text) == expected
