"""Round 1084: NATO's forces and US special forces by name; a state named in the slot of who did it ("Source
attributes the attack to Russia", "Perpetrator: Russia"); more groups (the Punjabi Taliban, Syria's shabiha, Ahrar
al-Sharqiya, Russia's Aerospace Forces); a toll as it stands after a gap ("the death toll from Saturday's strike
standing at 45", "the final toll ... is a dozen people"), as a range of estimates, or "doubled to 30"; attackers
"plus" the toll, and not again after a toll that holds them; "The bomber and 34 other people died"; one more dead
told in a later sentence; a part of a year counted as a whole; and openings that report an attack with no figure or
with a fire in them ("overran the base", "a loud explosion was heard", "a vehicle packed with explosives blew up")."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("KABUL - Afghanistan's cabinet condemned on Monday a NATO air strike that it said killed 27 civilians "
         "travelling in minibuses in Uruzgan province.", "NATO (ISAF, Resolute Support)"),
        ("Nine boys gathering firewood in Kunar province were killed by NATO helicopters on Tuesday, officials said.",
         "NATO (ISAF, Resolute Support)"),
        ("Herat, Shindand district, April 2007: US special forces raided the valley; officials counted 42 civilian "
         "dead.", "United States armed forces (US military, U.S.-led coalition)"),
        ("6 Jul 2023, Lviv, Lviv Oblast. Cruise missile struck a residential building; 10 killed, 37 injured. Source "
         "attributes the attack to Russia.", "Russian armed forces"),
        ("19/08/2023 Chernihiv, Chernihiv Oblast - Ballistic missile hit the central square; 7 killed; 144 injured. "
         "Perpetrator: Russia.", "Russian armed forces"),
        ("A suicide bomber killed 12 people at a mosque in Lahore on Friday. The Punjabi Taliban claimed "
         "responsibility.", "Punjabi Taliban (Tehreek-e-Taliban Punjab)"),
        ("On 6 June 2012, shabiha militiamen killed 78 people in the hamlet of al-Qubeir, west of Hama.",
         "Shabiha (pro-government militias)"),
        ("Fighters of Ahrar al-Sharqiya killed nine civilians on the highway near Tal Abyad on Saturday.",
         "Ahrar al-Sharqiya"),
        ("On 20 December 2015, air strikes by the Russian Aerospace Forces killed 43 people in Idlib city.",
         "Russian armed forces"),
    ],
)
def test_who_did_it(text: str, who: str) -> None:
    assert who in perpetrators(main(text))


def test_a_state_named_by_the_text_only_as_a_speaker_did_nothing() -> None:
    # counter-case: "Russia said" names no attacker; only the slot of who did it does
    inc = main("A shell killed two people in Horlivka on Sunday. Russia said the shell was fired by Ukraine's army.")
    assert "Russian armed forces" not in perpetrators(inc)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Emergency crews ended their search on Tuesday, with the death toll from Saturday's Russian missile strike "
         "standing at 45, officials said.", 45),
        ("A drone hit the apartment building. The final toll from Saturday's drone strike, which hit the building "
         "shortly after midnight, is a dozen people, five of them children, officials said.", 12),
        # counter-case: the gap's own "is" does not hide the rise after it
        ("A car bomb exploded at a market. The death toll from the bombing, which is the worst in years, rose to 45.",
         45),
        ("The number of people killed when insurgents ambushed a convoy of state officials on Friday has doubled to "
         "30, security sources said.", 30),
        ("Konduga, Borno (16.02.2018): three suicide bombers detonated at the fish market. Police: 18 killed plus the "
         "3 bombers; 22 injured.", 21),
        ("Two female suicide bombers detonated explosives inside the camp on Tuesday. Officials said that 56 camp "
         "residents were killed in the blasts, in addition to the two bombers, bringing the number of dead to 58.", 58),
        ("A suicide car bomber struck a bank on Thursday. The bomber and 34 other people died, the health director "
         "said.", 35),
        ("A photojournalist was killed on Friday while covering clashes in the border town, a commander said. A senior "
         "officer was also killed when fighters attacked near the market, the commander said.", 2),
        ("An air strike on a religious gathering killed 36 people and wounded 71 on 2 April, the UN said. The mission "
         "said that in the first three months of 2018, 763 civilians were killed and 1,495 injured in the conflict "
         "overall.", 36),
    ],
)
def test_the_toll(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


def test_a_range_of_estimates() -> None:
    inc = main("On 4 May 2009, US forces bombed houses in the village. Estimates of the number of civilians killed "
               "range from 86 to 147.")
    assert (inc["killed"], inc["killed_low"], inc["killed_high"]) == (86, 86, 147)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Boko Haram insurgents on Saturday overran the base of the Multinational Joint Task Force in Monguno, Borno "
         "State, a senator said. There has been no official word on casualties.", "Borno"),
        ("LAHORE: A loud explosion was heard in the commercial area of the Defence Housing Authority in Lahore on "
         "Thursday morning. Officials said there were casualties but gave no figures.", "Punjab"),
        ("On 3 July 2016, a vehicle packed with explosives blew up in the Karrada district of Baghdad; the fire that "
         "followed spread through a shopping centre, and the toll rose to 323.", "Baghdad"),
        ("Kharkiv Oblast: a repeat strike on a fire that crews were putting out killed two rescuers and a local "
         "resident.", "Kharkiv"),
    ],
)
def test_an_opening_that_reports_an_attack(text: str, place: str) -> None:
    assert place in (main(text)["admin1"] or "")
