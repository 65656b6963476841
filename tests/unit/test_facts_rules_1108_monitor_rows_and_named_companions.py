"""Round 1108: a monitor's row of bars names its place after its division ("07.06.2018 | Idlib | Zardana | ...");
armed men storming a place and deadly fighting are violence ("Regime forces storm al-Sanamayn, at least 21 killed",
not a weather storm; "an alliance that collapsed into deadly street fighting"); one named or titled man killed with
his companions ("The governor of Yemen's second city Aden was killed on Sunday along with six of his bodyguards",
"Saleh Ali al-Sammad, who was martyred together with six of his companions"); a separate attack told in the lede's
sentence ("while a separate suicide car bombing ... killed 13", "while a series of bombings in a shrine area south
of Damascus killed dozens more") is no more of the dead."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("07.06.2018 | Idlib | Zardana | Night air strikes on a residential area; at least 44 killed.",
         ("SY", "Idlib", "Zardana")),
        ("20/11/2019 | Idlib gov. | Qah camp for the displaced, near the Turkish border | A missile struck tents; 16 "
         "civilians killed.", ("SY", "Idlib", "Qah")),
        # counter-case: a row whose second field is a place chain, its third the kind of event
        ("12 October 2002 | Kuta, Bali, Indonesia | Bombing | 202 killed, 209 injured | Bombs exploded at a pub.",
         ("ID", "Bali", "Kuta")),
    ],
)
def test_a_monitors_row_names_its_place(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Regime forces storm al-Sanamayn, at least 21 killed\n\nAt least 21 people were killed on Sunday when "
         "regime forces stormed neighbourhoods of the city.", 21),
        ("SANAA (AFP) - Yemen's former president Ali Abdullah Saleh was killed on Monday by his former allies on the "
         "outskirts of Sanaa, ending an alliance that collapsed into deadly street fighting in the capital.", 1),
        ("The governor of Yemen's second city Aden was killed on Sunday along with six of his bodyguards when a car "
         "bomb struck his convoy.", 7),
        ("The council mourned its president, Saleh Ali al-Sammad, who was martyred together with six of his "
         "companions in an air raid on Thursday.", 7),
        ("At least 36 people were killed on Thursday when a missile struck a military parade in Aden, while a "
         "separate suicide car bombing at a police station in the city killed 13, officials said.", 36),
        ("Twin car bombs killed at least 57 people in a district of the city of Homs on Sunday, while a series of "
         "bombings in a shrine area south of Damascus killed dozens more.", 57),
        # counter-cases: a storm is no attack; a second bomb at the same scene adds its dead
        ("A storm killed 12 people in Dhaka on Monday.", None),
        ("A car bomb killed 10 people in the market, and another bomb killed five more.", 15),
    ],
)
def test_the_dead_of_named_men_and_told_apart_attacks(text: str, dead: int | None) -> None:
    if dead is None:
        assert parse_incidents(text, published="2023-06-12") == []
    else:
        assert main(text)["killed"] == dead
