"""Round 370: counts found missing in the 23rd blind set and the 25th to 27th."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


# --- an aside between dashes that holds a bracket ------------------------------------------------------------------


def test_a_dash_aside_with_a_unit_abbreviation_in_brackets_is_still_an_aside() -> None:
    text = (
        "Eleven people — ten members of the Special Task Force (STF) and the driver of their jeep — were killed "
        "when rebels blew up a bridge under the convoy on Monday, police said."
    )
    assert counts(text)[0] == 11


def test_a_dash_aside_without_brackets_still_reads_as_before() -> None:
    text = (
        "Eleven people — ten members of the task force and the driver of their jeep — were killed when rebels "
        "blew up a bridge under the convoy on Monday, police said."
    )
    assert counts(text)[0] == 11


# --- a count the report names as the one it replaces ----------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "more than doubling an earlier count of 19 dead",
        "up from an initial tally of 19 dead",
        "up from a previous count of 19 killed",
    ],
)
def test_an_earlier_count_is_replaced_not_added(tail: str) -> None:
    text = (
        "At least 43 people were killed and 120 wounded in fighting between rival militias in the capital, the "
        f"emergency service said on Wednesday, {tail}."
    )
    assert counts(text) == (43, 120)


def test_a_count_not_called_earlier_is_still_a_figure() -> None:
    text = "Rescue teams gave a count of 19 dead after the militia attack on the market on Tuesday."
    assert counts(text)[0] == 19


# --- one person described twice, and asides that describe the dead -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One national staff member of an INGO, a local radio journalist, was shot dead when armed men raided the "
        "compound in Bor.",
        "1 INGO international (Kenyan) staff, a nutritionist working on the cholera response, shot dead and "
        "2 others wounded when gunmen entered a clinic in Beni.",
    ],
)
def test_a_person_described_again_between_commas_is_one_person(text: str) -> None:
    assert counts(text)[0] == 1


def test_a_list_of_single_people_is_still_a_list() -> None:
    assert counts("A driver, a guard, and a cook were killed in the ambush on the convoy.")[0] == 3


def test_a_members_of_aside_between_the_count_and_its_verb() -> None:
    text = (
        "Two women and five children, members of a farming family who had lived in the valley for generations, "
        "were killed on Monday when gunmen fired on their truck."
    )
    assert counts(text)[0] == 7


def test_the_dead_named_by_a_relative_clause_in_the_first_sentence_are_counted() -> None:
    text = (
        "The three men who died in the siege of the bank were killed soon after the gunman burst in on Friday, "
        "prosecutors said."
    )
    assert counts(text)[0] == 3


# --- tolls replaced, and tolls updated with their time ----------------------------------------------------------


def test_a_toll_that_had_stood_before_it_rose_is_replaced() -> None:
    text = (
        "A series of explosions outside a school killed at least 61 people and wounded more than 140 on Saturday, "
        "officials said. The toll had stood at 45 on Saturday night but rose as more of the wounded died."
    )
    assert counts(text) == (61, 140)


def test_a_figure_revised_down_is_replaced() -> None:
    text = (
        "Rescuers have recovered 31 bodies from the ruins of a building flattened by an air strike on Sunday, a "
        "rights group said, revising down the figure of 57 dead that had been widely reported."
    )
    assert counts(text)[0] == 31


@pytest.mark.parametrize("when", ["on Friday", "overnight", "late on Friday"])
def test_a_toll_updated_with_its_time_before_the_figure(when: str) -> None:
    text = (
        f"The toll from a suicide bombing outside the city's airport climbed {when} to at least 95 people, "
        "officials said."
    )
    assert counts(text)[0] == 95


# --- a lede on the aftermath -------------------------------------------------------------------------------------


def test_a_lede_on_funerals_tells_the_killing_in_its_day_after_clause() -> None:
    text = (
        "Families buried their sons on Sunday, a day after a car bomb outside a market killed at least 33 people "
        "and wounded 70, officials said."
    )
    assert counts(text) == (33, 70)


def test_a_killing_in_the_day_after_clause_of_another_killing_stays_out() -> None:
    text = "Gunmen killed four people on Sunday, a day after a car bomb outside a market killed at least 33 people."
    assert counts(text)[0] == 4


# --- totals and the exact count behind a round floor --------------------------------------------------------------


def test_in_all_without_a_comma_is_a_total() -> None:
    text = (
        "Militants drove a truck bomb into an army post before dawn on Tuesday, killing 17 soldiers, the military "
        "said. In all 21 people died, including the four attackers, who were killed in an exchange of fire."
    )
    assert counts(text)[0] == 21


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("The village committee said 108 people were killed on Wednesday.", 108),
        ("One resident said he had counted 112 bodies.", 112),
        # far above the floor: another toll, not the count behind it
        ("The village committee said 160 people were killed in raids this year.", 100),
    ],
)
def test_the_exact_count_behind_a_round_floor(later: str, expected: int) -> None:
    text = f"Paramilitary fighters killed more than 100 people in an attack on a farming village on Wednesday. {later}"
    assert counts(text)[0] == expected


def test_a_second_attack_in_the_same_sentence_is_another_event() -> None:
    text = (
        "A van ploughed through crowds on the city's main boulevard on Thursday, killing 14 people and injuring "
        "about 100.\n\nPolice said the driver fled on foot. Investigators say he belonged to a cell of about a dozen "
        "young men. Four other members were killed by police in a seaside town early on Friday after a second attack "
        "there in which a woman died."
    )
    assert counts(text) == (14, 100)


def test_some_of_the_wounded_are_a_part_not_more_wounded() -> None:
    text = (
        "The death toll from Saturday's truck bombing in the capital has risen to 358, the government said on "
        "Friday. A minister said 228 people were wounded, and that 122 of the most seriously injured had been "
        "flown for treatment abroad."
    )
    assert counts(text) == (358, 228)


def test_one_of_the_victims_who_died_is_still_the_dead() -> None:
    text = (
        "Two men were stabbed by a suspect while visiting the old town. One of the victims died and the other was "
        "critically injured."
    )
    assert counts(text) == (1, 1)


# --- aid-worker records: the workers among the dead, and a note after an aside -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 INGO national staff among 16 civilians killed when armed men raided a hospital in Boguila.", 3),
        ("2 INGO national staff among at least 35 people killed when soldiers stopped vehicles near a village.", 2),
    ],
)
def test_the_aid_workers_among_the_dead_in_a_records_telegraphic_style(text: str, expected: int) -> None:
    assert counts(text)[0] == expected


def test_a_note_leaving_others_out_after_an_aside_on_them() -> None:
    text = (
        "1 SARC national staff, the head of the local sub-branch, killed along with around 20 civilians, most of "
        "them truck drivers (not counted here), when a convoy was struck from the air."
    )
    assert counts(text)[0] == 1
