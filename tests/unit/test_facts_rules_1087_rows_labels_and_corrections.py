"""Round 1087: a log row's title read past its first person word ("volunteer security guard shot dead"); a numbered
place in a title ("chairman of Barangay 20 (Zone 2)") is no count; "reprisal raids ... after gunmen killed the village
chief and six others" tells the killing that set off the raids; suicide bombers "not counted" in a toll are more
dead; a log's dated corrections ("Initial toll 134, raised to 160 on 24 Mar, revised down to 157 on 1 Apr")."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("15 Feb 2015, approx. 00:50 - Krystalgade, Copenhagen (DK): volunteer security guard (37) shot dead and 2 "
         "police officers wounded outside the Great Synagogue.", 1),
        ("11 Oct 2017, approx. 20:00 - Tondo, Manila: Arnel Parce, chairman of Barangay 20 (Zone 2), shot dead at "
         "close range by a pillion rider.", 1),
        ("01/01/2019 - Yirgou, Centre-Nord: self-defence members carried out reprisal raids on Fulani households after "
         "unidentified gunmen killed the village chief and six others; government toll 49 dead.", 49),
        ("16 Jun 2019 - Konduga, Borno: three suicide bombers detonated explosives at the entrance of a hall; 30 "
         "killed, not counting the bombers, and 40 injured.", 33),
        ("23 Mar 2019 - Ogossagou, Mopti region: armed men attacked at dawn and burned houses. Initial toll 134, "
         "raised to 160 on 24 Mar, revised down to 157 on 1 Apr after survivors were counted.", 157),
        # counter-cases: attackers not counted who were shot by the guards; a toll that rose without a day between
        ("Gunmen stormed the hotel on Monday; 12 guests were killed, not counting the attackers, whom the guards shot "
         "dead.", 12),
        ("A car bomb exploded at the market. The toll rose to 305 and then to 311.", 311),
    ],
)
def test_the_dead(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead
