"""Round 580: a police release that names no place but its force's initials (include/reference/police_forces.yaml)."""

from __future__ import annotations

import pytest
from facts_rules_support import where


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday, at approximately 2:15 a.m., IMPD officers responded to the 3400 block of North Keystone Avenue "
         "on a report of a person shot. One man was pronounced dead at the scene.", ("US", "Indiana", "Indianapolis")),
        ("On Sunday at approximately 4:50 p.m., CMPD officers responded to a shooting at an apartment complex in the "
         "5600 block of Farm Pond Lane, where a man was killed and two women were wounded.",
         ("US", "North Carolina", "Charlotte")),
        # a force of a whole division gives the division only
        ("PSNI detectives are investigating after a man was shot in both legs in a paramilitary-style attack late on "
         "Sunday.", ("GB", "Northern Ireland", None)),
        # initials that several forces share name no city
        ("MPD officers responded to a shooting on Sunday night and found a man with gunshot wounds.",
         (None, None, None)),
    ],
)
def test_a_force_named_by_its_initials_places_its_release(text: str, expected: tuple) -> None:
    assert where(text) == expected


def test_a_place_the_text_names_outranks_the_force() -> None:
    text = ("NYPD detectives travelled to Miami, Florida, where a man wanted in a Queens killing shot two officers "
            "on Sunday.")
    assert where(text)[1] == "Florida"
