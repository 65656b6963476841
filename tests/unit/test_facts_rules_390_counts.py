"""Round 390: tolls compared with the past, people unhurt, kin in lists, the dead the police name, follow-ups."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.parser import parse_incidents


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


_REPORT = (
    "Minority communities in the province continued to face targeted violence during the period under review. "
    "The most serious incident took place on 3 May, when three car bombs went off in the market town of Tal "
    "Banat, west of Mosul. "
)


@pytest.mark.parametrize(
    "comparison",
    ["making it the deadliest attack in Iraq since 2005", "the worst single incident since the war began in 2003"],
)
def test_a_toll_compared_with_a_past_year_is_the_events(comparison: str) -> None:
    text = _REPORT + f"According to the health authorities, 310 people were killed and 700 wounded, {comparison}."
    assert counts(text) == (310, 700)


def test_a_comparison_that_tells_the_other_event_stays_background() -> None:
    text = (
        "Gunmen attacked a police academy in the capital on Thursday, killing 21 cadets, officials said.\n\n"
        "Investigators named the driver on Friday. The ELN has about 2,000 fighters, according to the army. "
        "The attack was the worst in the capital since the FARC bombed a social club there in 2003, killing 36 people."
    )
    assert counts(text) == (21, None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No patients or staff were killed.", (0, None)),
        ("None of the passengers or crew was injured, and the aircraft landed safely.", (0, 0)),
    ],
)
def test_the_people_of_a_place_unhurt_are_a_zero(sentence: str, expected: tuple[int, int | None]) -> None:
    text = f"Airstrikes destroyed a clinic and hit a plane at the airport in Saada on Monday night. {sentence}"
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman shot dead his wife, son and daughter at their home in Leeds on Friday, police said.", 3),
        ("A gunman shot dead his wife and teenage son at their home in Leeds on Friday, police said.", 2),
        ("A gunman shot dead his wife and 12-year-old son at their home in Leeds on Friday, police said.", 2),
    ],
)
def test_people_listed_by_kin_each_count_one(text: str, expected: int) -> None:
    assert counts(text)[0] == expected


def test_a_list_of_kin_hurt_after_a_death_counts_each() -> None:
    text = (
        "Assailants threw firebombs into two homes in the village of Kafr Malik overnight, officials said.\n\n"
        "One house was engulfed in flames. A toddler was burned to death. His mother, father and four-year-old "
        "brother were seriously injured."
    )
    assert counts(text) == (1, 3)


def test_one_named_death_in_the_third_sentence_counts() -> None:
    text = (
        "The coordinator is appalled by the arson attack carried out early this morning against two homes in the "
        "village of Kafr Malik. According to initial information, assailants threw firebombs through the windows "
        "while the families slept. Eighteen-month-old Ali Nasser was burned to death."
    )
    assert counts(text)[0] == 1


def test_children_hit_by_shells_is_violence_without_another_word_for_it() -> None:
    text = (
        "Statement by the agency's representative.\n\n\"Yesterday afternoon, four boys were killed while playing on "
        "the beach near the Gaza City port. According to witnesses, the children were hit by shells fired from a "
        'naval vessel.\n\n"More than 20,000 people are sheltering in schools, and water services are close to '
        'collapse after damage to pipelines."'
    )
    assert counts(text) == (4, None)


@pytest.mark.parametrize(
    "text",
    [
        "The examiner on Sunday read the names of the 11 worshippers shot to death Saturday morning at the synagogue.",
        "Gunmen opened fire at the synagogue on Saturday. Eleven worshippers were shot to death.",
    ],
)
def test_shot_to_death_is_a_death(text: str) -> None:
    assert counts(text)[0] == 11


def test_the_number_killed_brought_to_a_figure_is_the_toll() -> None:
    text = (
        "An 8-year-old boy who was struck while marching in the parade has died, bringing the number killed in "
        "Sunday's attack to six."
    )
    assert counts(text)[0] == 6


def test_one_person_words_away_is_no_subject_of_a_plural_verb() -> None:
    text = (
        "Ten people who went to buy groceries or drive a neighbor home on a sunny Saturday afternoon are dead. "
        "Police said the gunman shot 13 people in all. Ten died and three were wounded."
    )
    assert counts(text) == (10, 3)


def test_a_list_closed_by_one_person_with_a_plural_verb_still_counts_them_all() -> None:
    text = "Attackers stormed the checkpoint. Two police officers and a woman in a nearby house were killed."
    assert counts(text)[0] == 3


def test_the_people_killed_at_a_place_named_by_the_police_are_counted() -> None:
    text = "Police on Monday identified the six people killed at a private school as three pupils and three adults."
    assert counts(text)[0] == 6


def test_a_court_and_an_anniversary_beside_this_weeks_toll_leave_the_incident() -> None:
    text = (
        "SOLINGEN -- A 26-year-old man has been remanded in custody on suspicion of murder after three people were "
        "stabbed to death on Friday evening at a festival marking the city's 650th anniversary. Eight people were "
        "injured."
    )
    assert counts(text) == (3, 8)


def test_an_anniversarys_toll_with_a_day_of_saying_is_still_no_incident() -> None:
    text = (
        "Relatives of the 85 people who died after a protest in the south two decades ago said on Saturday they felt "
        "abandoned, after the 20-year limit for prosecutions expired on the anniversary of the crackdown."
    )
    assert parse_incidents(text, published="2024-10-26T09:00:00+07:00") == []


@pytest.mark.parametrize("parent", ["father of four", "mother of three", "grandfather of 11"])
def test_a_parent_of_n_is_one_person_not_n(parent: str) -> None:
    text = f"A 29-year-old {parent} from the estate was shot dead by police marksmen in Tottenham on Thursday evening."
    assert counts(text)[0] == 1


def test_a_killing_a_day_before_the_suspect_was_named_is_the_storys() -> None:
    text = (
        "Police on Friday identified the man suspected of setting fire to an animation studio as Shinji Aono, 41, "
        "a day after the blaze killed 33 people in the city's worst mass killing in decades."
    )
    assert counts(text)[0] == 33
