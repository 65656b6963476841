"""Round 680: a count with its upper bound told after it ("at least eight people, and possibly as many as 10"), a
toll raised in the past tense with the figure first ("raised to 46 the number of women killed", where "five more
victims" are how it rose), and the attackers' share of a death ("Both attackers ... were shot by a police officer;
one of them died") no longer taken from the wounded."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.numbers import find_quantities

PUB = "2024-05-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least nine people, and possibly as many as 12, were killed when armed men attacked a mining camp near "
         "Segovia on Friday.", (9, None)),
        ("A fire was set in a cell block at a prison in Tamara on Tuesday. Officials on Thursday raised to 38 the "
         "number of inmates killed after identifying the remains of four more victims.", (38, None)),
        ("Two gunmen opened fire at a bus stop in Jaffa on Tuesday, killing six people and wounding 14. Both "
         "attackers were shot by a police officer; one of them died.", (6, 14)),
        # control: a share of the wounded who died is still theirs
        ("Gunmen killed three people and wounded 10 at a market in Kano on Monday. One of them died later in "
         "hospital.", (4, 9)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_an_upper_bound_after_the_count() -> None:
    [q] = find_quantities("At least nine people, and possibly as many as 12, were killed")
    assert (q.value, q.low, q.high) == (9, 9, 12)
    # two counts of two things stay two
    assert [q.value for q in find_quantities("killed 12 people and wounded 20")] == [12, 20]
