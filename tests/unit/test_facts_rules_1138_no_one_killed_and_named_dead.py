"""Round 1138: attacks where no one died ("Nobody was killed", "none of the victims had died", "between life and
death"), a bare toll after a count of the hurt, background told by "that year" or by the attacks before this one,
and a lede that names its dead ("killed the governor") above the count that includes them."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def test_a_toll_of_the_hurt_raised_is_no_death_toll() -> None:
    text = (
        "NANTES, France - A parcel bomb exploded on a shopping street in Nantes on Friday evening, injuring 9 people, "
        "officials said. Nobody was killed.\n\nOfficials first reported five people wounded; the toll was later "
        "raised to 9. Seven were taken to hospital."
    )
    out = main(text, published="2019-05-24")
    assert (out["killed"], out["injured"]) == (0, 9)


def test_a_toll_after_dead_and_hurt_is_the_deads() -> None:
    text = (
        "A suicide bomber struck a camp in Mora on 2 August 2020. Officials said 12 civilians were killed and five "
        "wounded; the toll later rose to 14."
    )
    out = main(text)
    assert (out["killed"], out["injured"]) == (14, 5)


def test_between_life_and_death_is_hurt() -> None:
    text = (
        "A man with a knife attacked children in a park in Lyon on Thursday, wounding three children and two adults. "
        'Two of them were described as being "between life and death" on Thursday evening.'
    )
    out = main(text, published="2023-06-08")
    assert out["killed"] != 2
    assert out["injured"] == 5


@pytest.mark.parametrize(("said", "killed"), [("none of the victims had died", 0), ("two of the victims had died", 2)])
def test_none_of_the_victims_died(said: str, killed: int) -> None:
    text = (
        "A man armed with a knife broke into a school in Hefei on Thursday and wounded 12 children, officials said. "
        f"Four were seriously injured, but {said}, the city government said."
    )
    assert main(text, published="2010-04-29")["killed"] == killed


def test_the_attacks_before_this_one_are_background() -> None:
    text = (
        "Leeds Station: What we know\n\n- A device partly exploded on a train at Leeds station on Friday.\n"
        "- Ambulances took 11 people to hospital, none of them seriously hurt.\n"
        "- It is the fourth terror attack in Britain this year, after Westminster, Manchester and London Bridge, in "
        "which 35 people were killed."
    )
    assert main(text, published="2017-09-15")["killed"] is None


def test_that_year_is_background() -> None:
    text = (
        "TUNIS - A woman blew herself up in central Tunis on Monday, wounding 20 people, the ministry said.\n\n"
        "It was the first attack in the capital since 2015. That year attacks on a museum and on a beach resort "
        "killed 60 people."
    )
    assert main(text, published="2018-10-29")["killed"] != 60


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A suicide bombing on Thursday killed the governor of Balkh province at his office in Mazar-i-Sharif, in "
            "the highest-profile killing of an official since 2021. The blast killed three people, among them Gov. "
            "Mohammad Rahimi, police said.",
            3,
        ),
        (
            "A suicide bombing at a seminary on Friday killed its deputy head and several other people, police said. "
            "Police initially said six people had died. By evening the police chief said eight people, including "
            "the cleric, had been killed.",
            8,
        ),
    ],
)
def test_the_count_that_holds_the_one_named(text: str, killed: int) -> None:
    assert main(text, published="2023-03-09")["killed"] == killed
