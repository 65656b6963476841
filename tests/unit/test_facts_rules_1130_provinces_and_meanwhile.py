"""Round 1130: a name told as a province's ("in Gao region", "in Gaza province") is that province's country's wherever
the text names it, unless a country or a big city bears the name; "Meanwhile, X said the number of those who died in
the bombing had reached 21" is the same attack's toll, not another event."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 ICRC national staff (driver) killed when armed men attacked an ICRC truck on 30 March 2015 on the road "
         "from Niamey to Gao, near the Niger border in Gao region.", "ML"),
        ("Gaza: Election observer shot dead in Xai-Xai\n\nThe director of the Gaza NGO Forum was shot dead in the "
         "city of Xai-Xai on Monday morning. The police commander in Gaza province confirmed that the attackers were "
         "police officers. He had complained of irregularities in voter registration in Gaza.", "MZ"),
        # a big city keeps its name: "Santo Domingo province" is Ecuador's, the capital of the Dominican Republic
        # is the scene
        ("Gunmen killed four people in Santo Domingo, the Dominican capital, on Monday.", "DO"),
    ],
)
def test_country(text: str, expected: str) -> None:
    assert main(text, published=None)["country"] == expected


def test_meanwhile_another_office_tells_the_same_toll() -> None:
    inc = main("A person detonated an explosive belt during Friday prayers at a mosque in Al-Qudaih village, Qatif "
               "Governorate, in the Eastern Province, Saudi Arabia.\n\nMeanwhile, the Directorate of Health Affairs "
               "said the number of those who died in the bombing had reached 21, while 102 were injured.",
               published="2015-05-22")
    assert (inc["killed"], inc["injured"]) == (21, 102)
