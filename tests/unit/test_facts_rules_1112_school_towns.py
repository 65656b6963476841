"""Round 1112: the Nigerian press names a school or a church, then its town between commas, then the unit it lies in
("the Government Girls Secondary School, Jangebe, in Talata Mafara Local Government Area"): the town, though the
gazetteer lacks it, is the place, not the unit after it."""

from __future__ import annotations

import pytest
from facts_rules_support import where


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bandits in the early hours of Friday abducted 317 students of the Government Girls Secondary School, "
         "Jangebe, in Talata Mafara Local Government Area of Zamfara State.", ("NG", "Zamfara", "Jangebe")),
        ("Two Catholic priests and 17 worshippers were killed on Tuesday when suspected herdsmen attacked St Ignatius "
         "Catholic Church, Mbalom, in Gwer East Local Government Area of Benue State.", ("NG", "Benue", "Mbalom")),
        # counter-case: a town the gazetteer knows, after a college, as before
        ("Boko Haram gunmen attacked the Federal Government College, Buni Yadi, in Yobe State, killing 29 students.",
         ("NG", "Yobe", "Buni Yadi")),
    ],
)
def test_a_schools_town_is_the_place(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place
