"""Round 1020: Syria's southern governorates by the names the coders use ("Sweida" is As-Suwayda, "Deraa" is
Daraa), Oman's by "Muscat"; "the Damascus countryside" and "rural Damascus" are Rif Dimashq, not Damascus; a town
named by another spelling is a place when the text calls it a town ("Woldia town")."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Clashes between Druze fighters and Bedouin tribes in Sweida province killed 30 people on Monday.",
         "As-Suwayda"),
        ("Government shelling of Deraa province killed five people on Monday.", "Daraa"),
        ("A gunman opened fire at a mosque in Muscat on Monday, killing six people.", "Muscat"),
        ("On 3 May 2025, Israeli air strikes on a village in the Damascus countryside killed nine residents.",
         "Rif-dimashq"),
        ("Government shelling in rural Damascus killed 11 civilians on Friday, monitors said.", "Rif-dimashq"),
    ],
)
def test_governorates_as_coders_name_them(text: str, admin1: str) -> None:
    assert main(text, "2025-07-15T10:00:00+03:00")["admin1"] == admin1


def test_a_town_by_another_spelling_called_a_town() -> None:
    text = "22/01/2018, Woldia town, North Wollo – security forces fired on a procession; 5 killed, 12 wounded."
    inc = main(text)
    assert (inc["country"], inc["location"]) == ("ET", "Woldia")
