"""Round 1099: a place named after who holds it ("Russian-occupied Melitopol", "the Hamas-run Gaza Strip"), a toll
in a source's quoted words ('had risen to "at least 65"'), and attackers "also killed" in a siege the forces ended,
whom an attack's toll leaves out where none of them blew himself up."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Ukrainian drone struck a bus station in Russian-occupied Melitopol on Sunday, killing three people.",
         ("UA", "Zaporizhia", "Melitopol")),
        ("A strike hit a fuel depot in Houthi-controlled Hodeidah on Monday, killing nine workers.",
         ("YE", "al Hudaydah", "Hodeidah")),
        ("Seven people were killed when a shell hit a market in Taliban-held Kunduz.", ("AF", "Kunduz", "Kunduz")),
        # the possessor before the holder stays a name of its own
        ("An air strike on Yemen's Houthi-run Sanaa airport killed two people.", ("YE", "Amanat Al Asimah", "Sanaa")),
    ],
)
def test_a_place_named_after_its_holder(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ('Gunmen killed at least 40 people in an attack on Saturday on the village of Dinga. By Sunday evening the '
         'toll had risen to "at least 65", a local official said.', 65),
        ("Three guests and two police officers were killed in a siege at a hotel in the town of Kolda, which ended on "
         "Saturday when special forces stormed the building. Three of the gunmen were also killed, officials said.", 5),
        # counter-cases: attackers who died in their own suicide blasts are added, as before, and so are attackers
        # whose end the text does not give to the forces
        ("Fighters overran the camp at Kolda. Forty soldiers were killed; two attackers were also killed.", 42),
        ("Suicide bombers attacked two police stations in the town of Kolda on Monday, killing 19 people. Three "
         "attackers also died, officials said.", 22),
    ],
)
def test_quoted_tolls_and_attackers_the_forces_ended(text: str, dead: int) -> None:
    assert main(text, "2020-05-05")["killed"] == dead
