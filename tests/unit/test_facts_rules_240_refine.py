"""A vague figure in the opening ("killed dozens") made precise a few sentences on ("the attack killed at least
15") takes the definite figure; a larger toll, a part, a claim or an addition does not. A list's first part may
be described at some length before the "and" that adds the next. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.unit.facts_rules_support import killed, main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed dozens of worshippers at a church in northern Burkina Faso on Sunday, a church official "
            "said. The attack in the village of Essakane killed at least 15 people, he said.",
            (15, 15, None),
        ),
        (
            "Scores of people were killed when militants stormed a market in Borno on Friday. Officials later "
            "said 37 people died in the attack.",
            (37, 37, 37),
        ),
        (
            "Hundreds of civilians were killed in the siege of the town, aid groups said. The United Nations "
            "said 312 civilians had been killed there since Monday.",
            (312, 312, 312),
        ),
    ],
)
def test_a_definite_figure_makes_the_openings_vague_one_precise(text: str, expected: tuple) -> None:
    assert killed(main(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ten times the vague floor and more: the war's toll, not this attack's
        "Dozens of people were killed in an air strike on a market in Idlib on Monday. The war has killed "
        "500,000 people since 2011.",
        # far down the story: another count
        "Dozens of people were killed in an air strike on a market in Idlib on Monday. Rescuers searched the "
        "rubble. Shops were flattened. The market had reopened in May. Residents fled. In March, a strike on "
        "the same town killed 40 people.",
    ],
)
def test_a_figure_out_of_the_vague_words_range_or_reach_leaves_it(text: str) -> None:
    assert main(text)["killed"] == 12


def test_an_addition_is_added_not_taken_as_the_precise_figure() -> None:
    text = ("Gunmen killed dozens of villagers in Zamfara state on Sunday, residents said. Another 14 bodies "
            "were found in the bush on Monday.")
    assert main(text)["killed"] == 26


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the first group came from may take six words before the "and" that adds the next
        ("Four soldiers from the United Arab Emirates and a Bahraini military officer were killed in an attack "
         "at a base in Mogadishu, the ministry said.", 5),
        ("Gunmen killed 14 civilians in the town of Jalalabad and three policemen on Monday.", 17),
    ],
)
def test_a_list_joins_over_a_longer_description_of_its_first_part(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected
