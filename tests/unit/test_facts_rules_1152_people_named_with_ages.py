"""Round 1152: people named with their ages, the house style of British and American papers: as the subject of a
passive harm ("X, 60, and Y, 54, were killed") and as a list after an active one ("killing X, 60, and Y, 54")."""

from __future__ import annotations

from facts_rules_support import main


def test_two_named_and_aged_were_killed() -> None:
    text = (
        "A gunman opened fire outside two bars in the city centre on Saturday night. Kåre Lund, 60, and Jon Erik "
        "Berg, 54, were killed. Twenty people were injured."
    )
    out = main(text)
    assert (out["killed"], out["injured"]) == (2, 20)


def test_one_named_and_aged_was_killed_beside_the_others_hurt() -> None:
    text = (
        "A man drove a van into worshippers outside a mosque on Monday. Amir Khan, 51, was killed and nine others "
        "were hurt."
    )
    out = main(text)
    assert (out["killed"], out["injured"]) == (1, 9)


def test_three_named_and_aged_were_wounded() -> None:
    text = "A man fired at a bus stop on Friday. Ann Lee, 22, Bob Day, 31, and Cy Ito, 40, were wounded."
    assert main(text)["injured"] == 3


def test_a_list_of_the_named_and_aged_after_killing() -> None:
    text = "A gunman opened fire at a bowling alley on Sunday, killing Tom Hale, 60, Ann Roe, 22, and Pat Lowe, 54."
    assert main(text)["killed"] == 3


def test_officers_rank_before_a_name_is_not_another_person() -> None:
    text = "A man stabbed two officers on Friday. Police Constable Mark Dunn, 44, was injured."
    assert main(text)["injured"] in (1, 2)  # the constable is one of the two, never a third
