"""Round 1123: a relative named by whose he was, then who he was, between commas, is one person ("killed his
grandfather, a tribal police sergeant, and his grandfather's companion" is 2, not 3)."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boy shot and killed his grandfather, a tribal police sergeant, and his grandfather's companion at "
         "their home.", 2),
        ("He killed his wife, a nurse, and two neighbours.", 3),
        # a list of people named by their work is still a list of as many
        ("Gunmen killed a soldier, a policeman, and a civilian.", 3),
        # with no comma after the second part, no aside either
        ("He killed his wife, a nurse and a neighbour.", 3),
    ],
)
def test_a_relative_and_who_he_was(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected
