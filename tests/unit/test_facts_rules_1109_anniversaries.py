"""Round 1109: stories told years after an attack are dated by the attack. "25 years to the day after a mortar
shell ... killed 68", "A year ago today, the truck ...", "at 3.10pm today, the moment, 25 years ago, that a car bomb
... exploded"; a remembrance told under a title line that says so ("Mogadishu remembers victims of deadliest
bombing", then "... to mark one year since a truck bomb tore through ..."); the attack's day told in a sentence that
opens on it, whose act the next sentence tells ("On 2 May 2002, ... residents took shelter in the church. A
homemade mortar launched by the FARC hit the altar.")."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Sarajevans laid flowers at the Markale market on Tuesday, 25 years to the day after a mortar shell fired "
         "into the crowded marketplace killed 68 people and wounded 144.", "2019-02-05", "1994-02-05"),
        ("Mogadishu remembers victims of deadliest bombing\n\nMOGADISHU - Hundreds of people gathered at the Zoobe "
         "junction on Sunday to mark one year since a truck bomb tore through the busy intersection.\n\nA year ago "
         "today, the truck exploded beside a fuel tanker, killing 587 people.", "2018-10-14", "2017-10-14"),
        ("Church bells rang out across Omagh at 3.10pm today, the moment, 25 years ago, that a car bomb exploded on "
         "a crowded Saturday afternoon in the town. Twenty-nine people were killed.", "2023-08-15", "1998-08-15"),
        ("Bojaya victims laid to rest after 17 years\n\nSeventeen years after a bomb crashed through the roof of "
         "the church in Bellavista, the remains of its victims were returned to their families this week.\n\nOn 2 "
         "May 2002, during fighting between FARC guerrillas and paramilitaries, some 300 residents took shelter in "
         "the church. A homemade mortar launched by the FARC hit the altar. At least 79 civilians were killed.",
         "2019-11-18", "2002-05-02"),
    ],
)
def test_a_remembrance_is_dated_by_the_attack(text: str, published: str, day: str) -> None:
    assert main(text, published)["event_date"] == day


def test_a_suspects_old_lawsuit_is_no_remembrance() -> None:
    # counter-case: the lede's "six years ago" is the suspect's lawsuit, under a title that remembers nothing
    text = (
        "Five killed in newsroom; suspect had sued paper\n\nANNAPOLIS -- A man who had lost a defamation lawsuit "
        "against the newspaper six years ago blasted his way through the glass door of its newsroom Thursday "
        "afternoon with a shotgun and killed five employees, police said."
    )
    incidents = parse_incidents(text, published="2018-06-29")
    assert incidents and incidents[0]["killed"] == 5 and incidents[0]["event_date"] == "2018-06-28"
