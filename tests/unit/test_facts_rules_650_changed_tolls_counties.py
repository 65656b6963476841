"""Round 650: a toll's change told by the count it left ("rose from 14 to 19", "revised the toll down from 40 to
36"), a count the report has replaced ("earlier official figures had given 9 dead"), attackers counted once and
then said to have died ("The bombers also died"), a time written with a dot ("11.40pm"), the hurt who all died
("both were pronounced deceased"), a US police release's "transported to area hospitals", a county a few states
share but one holds most of ("Harris County"), and a side of a big town ("in east Toledo")."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.numbers import find_quantities

PUB = "2024-05-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A truck bomb exploded at a checkpoint in Kirkuk on Monday. The toll rose from 14 to 19 killed on Tuesday.",
         (19, None)),
        ("A car bomb struck a market in Baqubah on Sunday. Officials revised the toll down from 40 to 36 dead after "
         "a recount.", (36, None)),
        ("A car bomb struck a market in Baqubah on Sunday. Officials lowered the death toll from forty to thirty-six.",
         (36, None)),
        ("Gunmen stormed a hotel in Kismayo on Friday. Police put the toll at 18 dead and 40 wounded; earlier "
         "official figures had given 9 dead.", (18, 40)),
        ("Two suicide bombers blew up a minibus near Maiduguri on Monday, killing 11 passengers. The bombers also "
         "died.", (13, None)),
        ("Officers were called to Bath Street at around 11.40pm on Friday following reports of a man seriously "
         "injured. He was taken to hospital, where he died a short time later.", (1, None)),
        ("Deputies found three men suffering from gunshot wounds outside a bar in Tulsa on Sunday; all three were "
         "pronounced deceased at the scene. Two other victims were transported to area hospitals.", (3, 2)),
        # controls: a range of a count stays a range; the hurt who lived stay hurt
        ("Gunmen killed between 10 and 15 villagers in Zamfara on Monday.", (10, None)),
        ("A bomb exploded at a bus stop in Quetta on Monday, injuring two people. Both were taken to hospital.",
         (None, 2)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_change_is_the_new_count_and_a_dotted_time_no_count() -> None:
    assert [q.value for q in find_quantities("the toll rose from 14 to 19 dead")] == [19]
    assert [(q.low, q.high) for q in find_quantities("killed 14 to 19 people")] == [(14, 19)]
    assert find_quantities("at around 11.40pm on Friday") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman killed a woman in east Toledo on Saturday. Toledo police said a suspect was in custody.",
         ("US", "Ohio")),
        ("Deputies responded to a shooting in north Harris County late Sunday; two men were killed.",
         ("US", "Texas")),
        ("A man was shot dead in Dallas County on Friday night, the sheriff's office said.", ("US", "Texas")),
        ("A man was shot dead in Wayne County on Friday night, the sheriff's office said.", ("US", "Michigan")),
        # Orange County is California's, Florida's and New York's, none by far the biggest: no state
        ("A man was shot dead in Orange County on Friday night, the sheriff's office said.", ("US", None)),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["country"], inc["admin1"]) == expected
