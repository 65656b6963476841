"""Round 660: a communique's quoted figure ('neutralised "around forty terrorists"'), a toll the update replaces
("updating a toll of 27"), a speaker who is one person ("a nurse told AFP"), the state's count of the enemies it
killed beside a communique or by the bodies they left, a death's rank in words ("the fourth person to die"), a
victim named by age alone ("killing 28-year-old Anna Lowe"), an age limit ("under the age of 18"), more hurt after
a share ("two of them seriously, along with three teachers"), and the attacker named by police releases and courts
(custody, a day in court, shots fired at random, an end at a named town's police) while the named dead are not."""

from __future__ import annotations

import pytest
from facts_rules_support import main

PUB = "2024-05-06T08:00:00+00:00"  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The army said air strikes on Tuesday had neutralised "around forty terrorists" near Nouna.', (40, None)),
        ("Gunmen attacked villages in Mangu on Saturday, killing at least 90 people, officials said on Monday, "
         "updating a toll of 27 given on Sunday.", (90, None)),
        # the nurse tells of the dead and is none of them
        ("Militants attacked an army post in Djibo on Saturday. A nurse told AFP the number of dead was higher than "
         "officials said.", (None, None)),
        ("Seven soldiers were killed and nine wounded in an attack on a post at Tessit on Sunday, according to an "
         "army communique, while 25 terrorists were neutralised.", (7, 9)),
        ("Jihadists attacked an army post at Diffa on Tuesday. Four soldiers died and six were wounded. The ministry "
         "said the attackers left 15 bodies behind.", (4, 6)),
        ("A 15-year-old boy has become the fourth person to die after a van was driven into a crowd in Leeds on "
         "Friday.", (4, None)),
        ("He drove into a crowd in Bristol on Saturday, killing 28-year-old Anna Lowe and injuring 12 others.",
         (1, 12)),
        ("Police said 14 people, about half of them under the age of 18, were wounded in a shooting at a parade in "
         "Denver on Monday.", (None, 14)),
        ("A man attacked a school in Cork on Monday. Six pupils were injured, two of them seriously, along with "
         "three teachers who tried to stop him.", (None, 9)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_an_age_before_a_plural_is_not_one_person() -> None:
    inc = main("A gunman opened fire at a school in Uvalde, killing 17-year-old twins and wounding a teacher.",
               published=PUB)
    assert inc["killed"] != 1


def test_custody_on_the_day_after_is_not_the_day_of_the_attack() -> None:
    inc = main("Daniel Reeves, 24, was being held without bail Sunday on a charge of murder after police said he "
               "drove into marchers in Richmond on Saturday, killing one woman.", published=PUB)
    assert inc["event_date"] == "2024-05-04"
    assert "Daniel Reeves" in [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman killed five people at a warehouse in Reno on Friday. Carl Mott was shot and killed by a Reno "
         "police officer.", "Carl Mott"),
        ("A man who had been fired shot and killed two co-workers at a plant in Tulsa on Tuesday, police said. Dale "
         "Ross, 52, walked into the office at about 9:15 a.m. and opened fire.", "Dale Ross"),
        ("A gunman killed three people in Hobbs on Monday. Roy Kent fired at random at passing cars before police "
         "shot him.", "Roy Kent"),
        ("A 41-year-old man has been charged with two counts of murder after a house fire in Bangor killed two "
         "children on Sunday. Owen Pryce, of Bethesda, will appear before Caernarfon Magistrates' Court on Monday.",
         "Owen Pryce"),
        # stopped by police, not their victim
        ("A car was driven into shoppers in Perth on Friday, killing two. James Ward, 30, was shot in the leg by "
         "police and arrested.", "James Ward"),
    ],
)
def test_attacker_named(text: str, expected: str) -> None:
    assert expected in [a["name"] for a in main(text, published=PUB)["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("A 14-year-old girl who was killed in a knife attack in Croydon on Tuesday has been named as Emma Price.",
         {"Emma Price"}),
        ("Two police constables were killed in an ambush near Dalby on Friday. Constables Anna Bell, 41, and Tom "
         "Reid, 29, were shot as they approached a farmhouse.", {"Anna Bell", "Tom Reid", "Constables Anna Bell"}),
    ],
)
def test_the_named_dead_are_no_attackers(text: str, victims: set) -> None:
    names = {a["name"] for a in main(text, published=PUB)["actors"]}
    assert not names & victims
