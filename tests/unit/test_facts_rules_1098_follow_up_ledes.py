"""Round 1098: the ledes of follow-up stories. A crowd at the funerals is no count of the dead ("Hundreds of mourners
gathered ... for the funerals of villagers killed"); a toll raised with an adjective ("raised the official death
toll from ... to 31") or standing at a figure in words ("stands at eleven"); "the 12 BSF jawans killed" under a
force's initials; a total's parts after its colon; and an American dateline's state ("ROANOKE, Va. - ") is no
sentence of its own, so the lede's year does not make it a recall."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.text import sentence_spans


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Hundreds of mourners gathered on Sunday for the funerals of villagers killed when a bomb hit a market in "
         "Kandahar on Saturday. Officials said 14 people died.", 14),
        ("Hundreds of people attended funerals on Monday for pupils killed at a school in Kazan. The attack left "
         "nine dead.", 9),
        ("The interior ministry raised the official death toll from Tuesday's attack on the Nile hotel to 31 on "
         "Thursday, up from 27.", 31),
        ("The death toll from Saturday's bombing of the bus station in Quetta stands at eleven, police said.", 11),
        ("SRINAGAR - The bodies of the 12 BSF jawans killed in Monday's ambush near the border were flown to their "
         "home towns on Wednesday.", 12),
        ("In all, 15 people were killed: the 12 passengers and three soldiers who died in the firefight that "
         "followed.", 15),
        ("ROANOKE, Va. - The gunman who killed nine people at a shopping centre had been expelled from college in "
         "2012 and was treated for depression, police said on Tuesday.", 9),
        # counter-cases: mourners who were themselves the dead, and a toll that "is one of the worst"
        ("Twenty-four mourners were killed when a suicide bomber struck a funeral in Nangarhar.", 24),
        ("The death toll from the siege is one of the worst in years: 19 people were killed.", 19),
    ],
)
def test_a_follow_up_ledes_dead(text: str, dead: int) -> None:
    assert main(text, "2020-05-05")["killed"] == dead


@pytest.mark.parametrize(
    ("text", "nth", "sentence"),
    [
        ("SPRINGFIELD, Ill. (AP) - A man shot five people. He fled.", 0,
         "SPRINGFIELD, Ill. (AP) - A man shot five people."),
        ("Headline line\nNEWTOWN, Conn. - A man shot five people. He fled.", 1,
         "NEWTOWN, Conn. - A man shot five people."),
        # a state abbreviation that ends a sentence outside a dateline still ends it
        ("He was born in Springfield, Ill. He moved away.", 0, "He was born in Springfield, Ill."),
    ],
)
def test_an_american_datelines_state_is_no_sentence(text: str, nth: int, sentence: str) -> None:
    a, b = sentence_spans(text)[nth]
    assert text[a:b] == sentence
