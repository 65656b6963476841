"""Round 1092: a headline's figure that the lede gives as a share of its own count ("Suicide bomber kills three Somali
ministers" over "killing at least 22 people, including three government ministers") is the share, the lede's count
the toll; "No one was killed" in the opening outweighs dead told paragraphs later ("weeks of protests ..., in which
dozens of people have been killed"), but not a toll that grew."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Suicide bomber kills three Somali ministers at graduation ceremony\n\nMOGADISHU, Dec 4 - A suicide bomber "
         "blew himself up at a university graduation ceremony in Mogadishu on Thursday, killing at least 22 people, "
         "including three government ministers, officials said.", 22),
        ("Air strike kills 19 wedding guests in Mali\n\nBAMAKO - An air strike near the village of Bounti on Monday "
         "killed 22 people, 19 of them civilians gathered for a wedding, officials said.", 22),
        # the lede's own count of the same people is no whole of them
        ("Roadside bomb kills three soldiers in Kunar\n\nKABUL - A roadside bomb killed three soldiers and wounded "
         "five in Kunar province on Monday, officials said.", 3),
    ],
)
def test_a_headlines_share_and_the_ledes_toll(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Car bomb inside Colombian army base wounds 36\n\nCUCUTA, Colombia, June 16 - A car bomb exploded inside an "
         "army brigade headquarters in Cucuta on Tuesday afternoon, wounding 36 people, officials said. No one was "
         "killed.\n\nTwo men drove a pickup truck into the base posing as officials.\n\nThe bombing comes as Colombia "
         "is shaken by weeks of anti-government protests, in which dozens of people have been killed.", 0),
        # a toll that grew after the zero stands
        ("A car bomb exploded inside an army base in Cucuta on Tuesday, wounding 36 people. No one was killed in the "
         "blast, officials said at first. The toll later rose to two, the army said.", 2),
    ],
)
def test_no_one_killed_in_the_opening(text: str, dead: int) -> None:
    assert main(text, "2021-06-16")["killed"] == dead
