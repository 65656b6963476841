"""Round 1106: a regional bureau's dateline (BEIRUT, AMMAN) under a headline, with AFP's year ("BEIRUT, Aug 7, 2015
(AFP) -"); the headline places the event as the lede does; "Homs province" is the division, not Libya's town of
Homs; "Raqa" (AFP's spelling of Raqqa); a town named after who holds it ("the rebel-held town of Atareb", "in
Dahyan, in the rebel-held northern province of Saada"); "two civilians, a woman and a child" are two."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militants seize 40 hostages in central Syria: monitor\n\nBEIRUT, Aug 7, 2015 (AFP) - Militants abducted "
         "at least 40 people and killed 12 on Thursday, a monitoring group said.", ("SY", None, None)),
        ("AMMAN (Reuters) - Activists said at least 30 people were killed when government forces shelled the "
         "Houla area of Homs province on Friday.", ("SY", "Homs", None)),
        ("BEIRUT (AFP) - A regime warplane struck a school in the northern city of Raqa on Sunday, killing at least "
         "12 people, a monitoring group said.", ("SY", "Raqa", "Raqa")),
        ("Air strikes on a market in the rebel-held town of Atareb in Aleppo province killed 61 people on Monday.",
         ("SY", "Aleppo", "Atareb")),
        ("An airstrike hit a bus in Dahyan, in the rebel-held northern province of Saada, on Thursday, killing 43 "
         "people.", ("YE", "Saada", "Dahyan")),
        # counter-case: a dateline at home stands when the headline names no other country
        ("Bomb kills 12 at market\n\nBEIRUT, Aug 7, 2015 (AFP) - A car bomb killed 12 people at a market in the "
         "southern suburbs on Thursday.", ("LB", "Beirut", "Beirut")),
    ],
)
def test_where_a_bureaus_story_happened(text: str, place: tuple[str | None, str | None, str | None]) -> None:
    country, admin1, location = where(text)
    assert country == place[0]
    if place[1] is not None:
        assert admin1 == place[1]
    if place[2] is not None:
        assert location == place[2]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Taliban fighters attacked the parliament in Kabul on Monday, killing two civilians, a woman and a child, "
         "and wounding 31 others.", 2),
        # counter-case: people of one kind, then others by sex and age, are more people
        ("Gunmen killed two policemen, a woman and a child in Quetta on Monday.", 4),
    ],
)
def test_people_told_again_by_sex_and_age(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead
