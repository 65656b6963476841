"""Round 1126: "the number of martyrs of ... stands at 13"; "was martyred"; "Between 2010 and 2012, four ... were
assassinated" is the past; a row's "17 dead" and "five children were among the dead" (some of them); "blasts that
killed the attackers and two guards"; a man and his fiancée, named, "both aged 27, were found shot dead"; "dies
after being stabbed"; a week's running toll; "some hours after he killed eight people" under a headline; a sentence
that opens "Hours earlier," on a killing is another event."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of martyrs of Wednesday evening's terrorist attack on the holy shrine in the southern city of "
         "Shiraz stands at 13, the deputy governor said on Thursday, correcting an earlier figure of 15.", 13),
        ("The scientist was martyred on Friday afternoon after gunmen attacked his car near Absard. Between 2010 and "
         "2012, four nuclear scientists were assassinated in attacks blamed on Israel.", 1),
        ("8 November 2003 | Suicide car bombing | Riyadh, Saudi Arabia | 17 dead, 122 injured | A car bomb exploded "
         "inside a residential compound; five children were among the dead.", 17),
        ("Guards opened fire on two cars as they tried to ram the gates, setting off blasts that killed the "
         "attackers and two guards, officials said.", 2),
        ("Investigative journalist Jan Kovar and his fiancee, Marta Horak, both aged 27, were found shot dead in "
         "their house.", 2),
        ("City mayor dies after being stabbed on stage at charity event", 1),
        ("Death toll in Istanbul bombings climbs to 27\n\nThe number of people killed in Thursday's twin truck "
         "bombings rose to 27 on Friday. The attacks brought to 50 the number of people killed in bombings in the "
         "city in less than a week.", 27),
        ("Serbia Arrests Suspect After Second Mass Shooting in Two Days\n\nPolice arrested a 21-year-old man early "
         "on Friday, some hours after he killed eight people and wounded 14 in a drive-by shooting spree.", 8),
        ("The group's leader was killed in a strike on his residence in Tehran early on Wednesday. One of his "
         "bodyguards was also killed. Hours earlier, the military said it had killed a commander in a strike on "
         "Beirut, which officials said also killed two children.", 2),
    ],
)
def test_killed(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected


def test_earlier_told_of_the_same_attack_stays() -> None:
    # "Earlier," before a count of this attack's own dead or of what police said is no other event
    inc = main("Gunmen killed five people at a market in Kano on Monday. Earlier, police said the gunmen had fled "
               "on motorcycles.")
    assert inc["killed"] == 5
