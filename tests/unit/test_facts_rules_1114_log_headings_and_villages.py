"""Round 1114: a log's heading and the day it was written ("Lac province log, 28/10/2024:", "Source dated 16 April
2023:") are a dateline, not the act's day, which the entry's own weekday or date tells; a claim's day ("claimed the
bombing on 30 December") is no act's; a row that opens on its village, then the units that hold it by kind
("Ngarbuh, Ndu subdivision, Donga-Mantung division"), or a village placed by a shore or a border ("near Koutougou,
close to the Burkina Faso border"), names the place; "North-West region" holds no "West region"; and a ministry
that speaks after a colon ("Defence ministry: 17 soldiers killed ...; more than 100 attackers 'neutralised'") counts
the enemies it killed apart from the attack's toll."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts.gazetteer import load
from newsfacts.facts.places import find_mentions


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Mopti region log, 14/03/2022: Gunmen on motorbikes attacked the village of Tenenkou on Saturday night, "
         "killing 12 civilians.", "2022-03-14", "2022-03-12"),
        ("Source dated 10 May 2021: four aid workers killed and two injured in an ambush near Kaga Bandoro on "
         "Sunday.", "2021-05-10", "2021-05-09"),
        ("Monitor log, entered 05/06/2020: On the night of 2 June 2020, gunmen killed nine herders in Bangui.",
         "2020-06-05", "2020-06-02"),
        ("Mogadishu, 14 Oct 2017: a truck bomb killed 500 people at the Zoobe junction. A militant group claimed the "
         "bombing on 16 October.", None, "2017-10-14"),
        # counter-case: a row that opens on its date alone is dated by it
        ("23/03/2022: Gunmen killed nine villagers in Gao.", None, "2022-03-23"),
    ],
)
def test_a_log_heading_dates_the_writing(text: str, published: str | None, day: str) -> None:
    assert main(text, published)["event_date"] == day


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ntumbaw, Ndu subdivision, Donga-Mantung division, North-West region: On Friday soldiers killed eight "
         "civilians in the quarter.", ("CM", "North-West", "Ntumbaw")),
        ("Gunmen ambushed an army patrol in Niger's Tillaberi region near Tamou, close to the Burkina Faso border, on "
         "Tuesday, killing 11 soldiers.", ("NE", "Tillaberi", "Tamou")),
        ("Boko Haram fighters attacked the army base at Kaiga, on the shore of Lake Chad in Chad's Lac province, on "
         "Sunday night, killing 21 soldiers.", ("TD", "Lac", "Kaiga")),
    ],
)
def test_a_village_below_the_gazetteer(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place


def test_a_hyphenated_division_holds_no_division_of_its_second_word() -> None:
    text = "Separatists attacked a checkpoint in Cameroon's North-West region on Tuesday, killing four gendarmes."
    assert [m.text for m in find_mentions(text, load())] == ["Cameroon", "North-West"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Tillaberi region digest: Yesterday jihadists ambushed an army convoy. Defence ministry: 11 soldiers killed "
         "and eight wounded; some 60 attackers 'neutralised' as they fled.", 11),
        # counter-case: a ministry that tells only the dead of both sides, with no colon, as before
        ("Jihadists ambushed an army convoy near Tillaberi on Tuesday; 11 soldiers and 60 attackers were killed.", 71),
    ],
)
def test_a_ministry_after_its_colon_counts_its_enemies_apart(text: str, dead: int) -> None:
    assert main(text, "2023-08-16")["killed"] == dead
