"""Round 1090: "Initial reports put the toll at 23; three more people died in hospital" is 26; bombers a toll leaves
out ("the number of dead did not include the bombers", "not counting the four men" of a suicide bombing) are added
as many as the text counted them; "the attacker, who died at the scene" of a suicide bombing; "attacked Palma (Cabo
Delgado)" is the town in the bracket's division; "at Lido beach in Mogadishu" is a site in Mogadishu, not Italy's
Lido, wherever else the text names it."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen set a bar on fire in Coatzacoalcos on Tuesday. Initial reports put the toll at 23; three more people "
         "died in hospital on Wednesday.", 26),
        ("Three suicide bombers blew themselves up at a football viewing centre in Konduga on Sunday night, killing 30 "
         "people. Officials said the number of dead did not include the bombers.", 33),
        ("Four men carried out Thursday's suicide bombings on London's transport network and died in the explosions. "
         "The confirmed death toll stood at 52, not counting the four men.", 56),
        ("A suicide bomber killed 22 people at Manchester Arena on Monday night. Police said the attacker, who died at "
         "the scene, set off a homemade bomb in the foyer.", 23),
        # a toll that left out attackers the guards shot, and an attacker who died with no bomb told, add no one
        ("Gunmen stormed the hotel in Nairobi on Sunday, killing 30 people. Officials said the number of dead did not "
         "include the attackers.", 30),
        ("A gunman killed four people in central Vienna on Monday night. Police said the attacker, who died at the "
         "scene, had been jailed last year.", 4),
    ],
)
def test_more_dead_after_a_toll_and_the_bombers_it_left_out(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On 24 March 2021, insurgents attacked Palma (Cabo Delgado), killing dozens of civilians.",
         ("MZ", "Cabo Delgado", "Palma")),
        ("Police: 32 killed in al-Shabaab attack on Lido beach hotel\n\nMOGADISHU — At least 32 civilians were killed "
         "when al-Shabaab militants attacked the Beach View hotel at Lido beach in Mogadishu on Friday night.",
         ("SO", "Banaadir", "Mogadishu")),
        # a site named after the town it is in keeps the town
        ("A bomb exploded at the Baghdad hotel in Baghdad on Monday, killing five people.",
         ("IQ", "Baghdad", "Baghdad")),
    ],
)
def test_a_town_in_its_bracketed_division_and_a_site_in_its_town(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place
