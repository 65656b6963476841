"""Rules added from probes of place resolution: a department named as a division, a place written as held by its
division ("Kandahar's Maiwand district"), lower-case second-level units, a place the gazetteer lacks placed by the
division, country or town named after it, the seat of a government that speaks, the far side of a border, and
English names of Arabic-transliterated governorates."""

from __future__ import annotations

import pytest
from facts_rules_support import main

# --- 1. "the department of Arauca" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("ELN rebels killed two soldiers in the department of Arauca.", "Arauca"),
        ("Dissidents killed three soldiers in Arauca department on Sunday.", "Arauca"),
    ],
)
def test_a_department_named_as_a_division_is_the_division(text: str, admin1: str) -> None:
    """Where a first-level division bears the name, "department" marks it as that division, not its namesake town."""
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("CO", admin1, None)
