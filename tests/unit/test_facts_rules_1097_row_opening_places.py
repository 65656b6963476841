"""Round 1097: an incident log's row that opens with its place chain, alone or after the row's date ("Kouraouel
village, Bankass cercle, Mopti region. ...", "[04/02/2021] Mbadza, Beni territory, ..."), names the place the
gazetteer lacks, not the unit after it; Ukraine's raions are units like a district."""

from __future__ import annotations

import pytest
from facts_rules_support import where


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kouraouel village, Bankass cercle, Mopti region. Gunmen killed 12 people and burned granaries.",
         ("ML", "Mopti", "Kouraouel village")),
        ("3 March 2022 - Koukou village, Djugu territory, Ituri. Militiamen killed 9 civilians with machetes.",
         ("CD", "Ituri", "Koukou village")),
        ("[04/02/2021] Mbadza, Beni territory, North Kivu - Rebels killed 7 farmers on Thursday.",
         ("CD", "North Kivu", "Mbadza")),
        # a namesake in another oblast (Poltava's Pishchane) does not list the village the raion holds
        ("Pishchane, Kupiansk raion, Kharkiv oblast: a glide bomb hit a shop, killing 4.",
         ("UA", "Kharkiv", "Pishchane")),
        ("12/08/2022; Myanmar; Sagaing Region; Yinmabin Township; Ohn Taw village; Air strike; 7 killed",
         ("MM", "Sagaing Region", "Ohn Taw village")),
        # counter-cases: a listed town opening the row, and a sentence after a date that names no place
        ("Beni, North Kivu - Rebels killed 7 people in an overnight raid.", ("CD", "North Kivu", "Beni")),
        # (1.73.25) a headline's "X village massacre" is no row's place field
        ("Burkina village massacre toll rises to 40\nOUAGADOUGOU (AFP) - At least 40 civilians were killed when "
         "gunmen raided the village of Seytenga in Burkina Faso's northern Sahel region on Saturday.",
         ("BF", "Sahel", "Seytenga")),
        ("Gunmen killed 5 people at a market on 3 May 2021. Kabul police said the attackers fled.",
         ("AF", "Kabul", "Kabul")),
    ],
)
def test_a_rows_opening_place(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place
