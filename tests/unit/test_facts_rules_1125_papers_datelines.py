"""Round 1125: a paper's dateline on a line of its own ("Madrid, Dec 20", "From Our Correspondent, Rome, March 16")
dates the story's "this morning" on the day it was filed and is no scene; a headline's figure is not carried across
the blank line to the lede's first name; "toll passes 80"; "the number of people known to have died ... rose to";
horses are no dead; "Piazza della Loggia" is a square."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("PREMIER KILLED BY BOMB\n\nMadrid, Dec 20\n\nThe prime minister was killed this morning when a bomb "
         "exploded under his car.", "1973-12-21", "1973-12-20"),
        ("FIVE GUARDS SHOT DEAD\n\nFrom Our Correspondent, Rome, March 16\n\nGunmen shot dead five guards this "
         "morning.", "1978-03-17", "1978-03-16"),
        ("BOMB KILLS EIGHT\n\nROME, May 28 (Reuters) - A bomb exploded at a rally in Brescia this morning, killing "
         "eight people.", "1974-05-29", "1974-05-28"),
        # a dateline of the publication day itself changes nothing
        ("BOMB KILLS EIGHT\n\nRome, May 29\n\nA bomb exploded at a rally in Brescia yesterday, killing eight people.",
         "1974-05-29", "1974-05-28"),
        # nor one more than a few days old: a feature's place and day, not the filing
        ("BOMB KILLS EIGHT\n\nRome, May 2\n\nA bomb exploded at a rally in Brescia this morning, killing eight people.",
         "1974-05-29", "1974-05-29"),
    ],
)
def test_the_filing_day(text: str, published: str, expected: str) -> None:
    assert main(text, published=published)["event_date"] == expected


def test_the_filing_day_holds_for_each_sentence() -> None:
    # the lede read alone counts from the filing day too, so the story stays one incident with its hurt
    inc = main("BOMB KILLS EIGHT\n\nFrom Our Correspondent, Rome, May 28\n\nA bomb exploded among a crowd at a rally "
               "in Brescia this morning, killing eight people and injuring more than 100.\n\nUnions called a general "
               "strike for tomorrow.", published="1974-05-29")
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (8, 100, "1974-05-28")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BOMB KILLS EIGHT\n\nFrom Our Correspondent, Rome, May 28\n\nA bomb exploded among a crowd in the Piazza "
         "della Loggia in Brescia this morning, killing eight people.", "Brescia"),
        ("BOMB KILLS EIGHT\n\nRome, May 28\n\nA bomb exploded among a crowd in Brescia this morning, killing eight "
         "people.", "Brescia"),
    ],
)
def test_a_papers_dateline_is_no_scene(text: str, expected: str) -> None:
    assert main(text, published="1974-05-29")["location"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RED BRIGADES SEIZE MINISTER: FIVE BODYGUARDS SHOT DEAD\n\nSignor Rossi, the former minister, was kidnapped "
         "in a Rome street this morning by a commando of the Red Brigades.", 5),
        ("STATION BOMB TOLL PASSES 80\n\nRescuers were still digging through the rubble last night.", 80),
        ("Rescue workers were digging through the rubble, as the number of people known to have died in Saturday's "
         "bomb explosion rose to at least 80.", 80),
        ("PARK BOMBS: DEATH TOLL NOW 11\n\nThe death toll from last Tuesday's bombings in the two parks now stands at "
         "11 soldiers. The first bomb exploded as a troop of cavalry rode past. Four troopers were killed and seven "
         "of their horses were killed. Two hours later a second bomb exploded under the bandstand; seven bandsmen "
         "died.", 11),
        # the people who keep the animals are people
        ("Gunmen killed two Fulani cattle herders and seven of their cows near Jos.", 2),
        ("PREMIER KILLED BY BOMB\n\nMadrid, Dec 20\n\nAdmiral Luis Blanco, the prime minister, was killed this "
         "morning when a bomb exploded under his car. The car came down in a courtyard. His driver and a police "
         "inspector travelling with him also died.", 3),
    ],
)
def test_killed(text: str, expected: int) -> None:
    assert main(text, published="1980-08-04")["killed"] == expected
