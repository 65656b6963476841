"""Round 1111: "The number of people killed in the two explosions that struck the procession rose to 136" (twin
blasts, one attack; "the two separate bombings" and "the two attacks" stay a sum of several events); "221 injured
people had been brought to the facility since the blast" (the time since the event itself is no background); a
named gunman told by his way to the act ("Wade Michael Page, who lived in Cudahy, walked into the temple on Howell
Ave. about 10:25 a.m., ... and began firing"; "X, 62, lay in wait on a berm near the lake and fired on the crew")."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("KARACHI - The number of people killed in the two explosions that struck the welcome procession near the "
         "bridge on Thursday night rose to 136 on Friday.", 136, None),
        ("PESHAWAR - The death toll from Monday's suicide bombing inside a mosque rose to 100 on Tuesday.\n\nA "
         "hospital spokesman said 221 injured people had been brought to the facility since the blast, of whom 27 "
         "were still admitted.", 100, 221),
        # counter-cases: the toll of separate attacks is no one event's
        ("The death toll in the two separate bombings rose to 36 on Friday.", None, None),
        ("The death toll in the two attacks rose to 36 on Friday.", None, None),
    ],
)
def test_the_toll_of_twin_blasts(text: str, dead: int | None, hurt: int | None) -> None:
    incidents = parse_incidents(text, published="2020-05-05")
    got = (incidents[0]["killed"], incidents[0]["injured"]) if incidents else (None, None)
    assert got == (dead, hurt)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Wade Michael Page, who lived in Cudahy, walked into the temple on Howell Ave. about 10:25 a.m., as women "
         "were preparing a communal meal, and began firing a 9mm handgun. He killed six people.", "Wade Michael Page"),
        ("Police Chief Gerald Pickering said William Spengler, 62, lay in wait on a berm near the lake and fired on "
         "the crew as the trucks pulled up. Two firefighters were killed.", "William Spengler"),
    ],
)
def test_a_gunman_named_by_his_way_to_the_act(text: str, actor: str) -> None:
    assert [a["name"] for a in main(text)["actors"]][:1] == [actor]
