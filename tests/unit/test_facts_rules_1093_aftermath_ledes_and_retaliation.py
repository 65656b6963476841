"""Round 1093: a lede on the rescuers' work "a day after a suspected chemical attack ... killed at least 72" tells
its toll, over a monitor's earlier 58; "put the death toll from an air strike on a migrant detention centre ... at
53" over "Initial figures from Libyan authorities had given 44 dead"; bombers the figure tells apart from its dead
("blew themselves up ..., killing at least 28 other people"); a killing avenged "in retaliation for the U.S. drone
strike that killed" a commander is the cause, and "There were no casualties" the report's count."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("KHAN SHEIKHOUN, Syria (AFP) - Rescue workers were still pulling bodies from basements on Wednesday, a day "
         "after a suspected chemical attack on this rebel-held town killed at least 72 civilians, according to a "
         "monitor.\n\nThe monitor had earlier put the toll at 58.", 72),
        ("TRIPOLI (Reuters) - The United Nations put the death toll from an air strike on a migrant detention centre "
         "near Libya's capital at 53 on Friday.\n\nThe strike late on Tuesday hit a hangar where migrants were held. "
         "Initial figures from Libyan authorities had given 44 dead.", 53),
        ("BAGHDAD, Jan 21 (Reuters) - Two suicide bombers blew themselves up in a busy clothes market in central "
         "Baghdad on Thursday, killing at least 28 other people and wounding 73, the health ministry said.", 30),
        # the figure told with the blast is its victims
        ("BAGHDAD, Jan 21 (Reuters) - Two suicide bombers blew themselves up in a busy clothes market in central "
         "Baghdad on Thursday, killing at least 28 people and wounding 73, the health ministry said.", 28),
        ("BAGHDAD (Reuters) - Iran fired more than a dozen ballistic missiles at two military bases in Iraq housing "
         "U.S. troops early on Wednesday, in retaliation for the U.S. drone strike that killed Iranian commander "
         "Qassem Soleimani in Baghdad last week.\n\nThere were no casualties, the U.S. and Iraqi militaries said.", 0),
    ],
)
def test_ledes_on_the_aftermath_earlier_figures_and_a_killing_avenged(text: str, dead: int) -> None:
    assert main(text, "2020-01-08")["killed"] == dead
