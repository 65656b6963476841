"""Round 410: forces named by their regime's word, placed by the country; a town's part told in the possessive."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def perpetrators(text: str) -> list[str]:
    return [a["name"] for a in main(text)["actors"] if a["role"] == "perpetrator"]


_MYANMAR = "Myanmar Armed Forces (Tatmadaw, military junta)"
_SYRIA = "Syrian government (Assad regime, Syrian Arab Army, Syrian Arab Air Force)"


@pytest.mark.parametrize(
    "opening",
    [
        "A junta air strike on a village in Kani Township, Sagaing Region, killed nine civilians on Tuesday.",
        "Junta artillery shells hit a village in Minbya Township, Rakhine State, killing four civilians.",
        "Regime jets bombed a monastery in Pauk Township, Magway Region, killing five people on Sunday.",
    ],
)
def test_the_junta_is_the_forces_of_the_country_where_it_happened(opening: str) -> None:
    assert perpetrators(opening) == [_MYANMAR]


def test_the_regime_in_syria_is_syrias_forces() -> None:
    text = "Regime forces shelled the town of Ariha in Idlib province on Monday, killing six civilians."
    assert perpetrators(text) == [_SYRIA]


def test_a_group_quoted_later_is_no_attacker_beside_the_junta_of_the_lede() -> None:
    text = (
        "A junta air strike on a village in Kani Township, Sagaing Region, killed nine civilians on Tuesday. A "
        "military jet dropped two bombs on Ywathit village, a member of the Kani People's Defense Force told "
        "reporters."
    )
    actors = main(text)["actors"]
    assert actors[0] == {"name": _MYANMAR, "role": "perpetrator"}
    assert all(a["role"] != "perpetrator" for a in actors[1:])


def test_a_group_named_as_the_source_in_the_lede_leaves_the_junta_the_attacker() -> None:
    text = (
        "Four civilians were killed when junta artillery shells hit Tha Yet Oke village in Minbya Township, "
        "Rakhine State, on Wednesday, according to residents and the Arakan Army."
    )
    assert perpetrators(text) == [_MYANMAR]


def test_a_regime_word_elsewhere_names_no_one_without_a_country() -> None:
    assert perpetrators("Regime forces shelled a village on Monday, killing six civilians.") == []


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Two men were killed late Sunday when gunfire erupted outside a store in Philadelphia's Kensington "
            "section, police said.",
            "Kensington, Philadelphia",
        ),
        ("Two men were shot dead in Houston's Midtown district on Friday night.", "Midtown, Houston"),
    ],
)
def test_a_part_told_in_the_towns_possessive_is_placed_by_that_town(text: str, location: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["location"]) == ("US", location)
    assert inc["admin1"] == ("Pennsylvania" if "Philadelphia" in text else "Texas")
