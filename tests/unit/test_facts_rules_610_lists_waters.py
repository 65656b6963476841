"""Round 610: a share told by its own figure inside a list ("35 civilians, 31 of them women, and seven soldiers"),
the attackers counted in a toll that left them out ("did not include the three bombers, who also died"), the only
dead being the attackers, an earlier report's toll, "no life was lost"; religious communities and holidays that are
towns somewhere, a village placed by the town it lies outside, a river named after a country, and a shrine in the
centre of the dateline's city."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where

PUB = "2024-05-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked the town on Sunday. Twenty-two villagers, 15 of them children, and four soldiers were "
         "killed.", 26),
        ("Gunmen killed 14 farmers, six of them women, and three herders near the river on Sunday.", 17),
        ("Eleven hostages, most of them foreigners, and a police officer were killed when gunmen stormed the hotel.",
         12),
        # the share still adds nothing by itself
        ("Nine people were killed, four of them children, and 20 were wounded in the blast.", 9),
        ("Two bombings killed 31 people at a market on Friday. Officials said the toll did not include the two "
         "bombers, who also died.", 33),
        ("Two suicide bombers blew themselves up at the gate of a police station on Sunday, wounding 14 people. "
         "No one besides the two attackers died, police said.", 2),
        ("The minister said 25 people were killed and 40 injured, contrary to earlier reports of more than 60 dead.",
         25),
        ("Gunmen abducted 30 passengers from a bus on the highway on Friday. Police said no life was lost.", 0),
    ],
)
def test_counts(text: str, expected: int) -> None:
    assert main(text, published=PUB)["killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a religious community and a holiday are no towns (Ismayilli, Azerbaijan; a hamlet in Georgia)
        ("Gunmen opened fire on a bus carrying members of the Ismaili community in Karachi, killing 12 people.",
         ("PK", "Sindh", "Karachi")),
        ("On the first night of Passover, a gunman opened fire at a synagogue in Pittsburgh, killing two people.",
         ("US", "Pennsylvania", "Pittsburgh")),
        # a river named after a country crosses several
        ("Gunmen attacked a ferry on the Niger River near Gao on Sunday, killing seven passengers.",
         ("ML", "Gao", "Gao")),
        # a shrine in the centre of the dateline's city is not a district of another province
        ("BANGKOK - A bomb exploded at the Erawan shrine in central Bangkok on Monday, killing 20 people.",
         ("TH", "Bangkok", "Bangkok")),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    assert where(text) == expected


def test_a_village_placed_by_the_town_it_lies_outside_is_not_a_department_abroad() -> None:
    text = "A bomb exploded at a checkpoint in the village of Colonia outside Lamitan, killing ten people."
    assert where(text)[0] == "PH"
