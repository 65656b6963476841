"""Round 340: the telegraphic aid-worker record, one person without an article, and lists of people named."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    "text",
    [
        "INGO national staff member (Kenyan) shot and killed at a checkpoint near Kismayo.",
        "UN national staff (UNICEF) killed when vehicle struck mine on road north of Kidal, Kidal region.",
        "NNGO national staff (driver) killed in ambush on the Gao-Ansongo road.",
        "Hired lorry driver for UN agency killed in ambush near Mocimboa da Praia, Cabo Delgado.",
        "Sudanese Red Crescent Society volunteer killed by shelling while evacuating wounded in El Fasher.",
        "WFP logistics officer (Ugandan) shot dead outside the agency compound in Juba.",
    ],
)
def test_one_aid_worker_without_an_article(text: str) -> None:
    assert main(text)["killed"] == 1


def test_staff_with_a_plural_note_are_no_one_person() -> None:
    inc = main("INGO staff (drivers) killed in ambush near Kidal.")
    assert inc["killed"] is None


def test_a_clause_after_a_semicolon_opens_like_the_record() -> None:
    inc = main(
        "MSF nurse killed by artillery shell while driving a patient near Sittwe, Rakhine State; ambulance driver "
        "injured."
    )
    assert (inc["killed"], inc["injured"], inc["admin1"]) == (1, 1, "Rakhine")


def test_body_found_in_the_records_telegraphic_style() -> None:
    inc = main("NNGO staff member abducted from his home in Dikwa, Borno State, on 4 May 2021. Body found days later.")
    assert inc["killed"] == 1


def test_state_abbreviation_inside_the_subject() -> None:
    inc = main("Three clerks at a county office in Macon, Ga., were killed and one was wounded by a former employee.")
    assert (inc["killed"], inc["injured"]) == (3, 1)


def test_parents_open_a_list_of_people_named() -> None:
    inc = main("Dale Hobart killed his parents, his uncle and a family friend at a cabin outside Bemidji, Minn.")
    assert inc["killed"] == 4


def test_a_pensioner_is_one_person() -> None:
    inc = main("A man stabbed four people outside a bakery in Villach, killing a pensioner.")
    assert (inc["killed"], inc["injured"]) == (1, 3)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("NNGO teacher killed along with 4 villagers (not counted) when gunmen raided a school near Djibo.", 1, None),
        ("UN national staff (UNHCR) killed together with his son when a shell hit their home in Marib.", 1, None),
        ("UN national staff (WFP) robbed at gunpoint and beaten on the Yei road; vehicle and phones taken.", None, 1),
        ("NNGO nurse detained and beaten by soldiers at a checkpoint in Adigrat, Tigray.", None, 1),
        ("IRC international staff (Irish) shot in arm during robbery at guesthouse in Bentiu, Unity.", None, 1),
    ],
)
def test_records_telegraphic_harms(text: str, killed: int | None, injured: int | None) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (killed, injured)


def test_attackers_also_killed_not_counted() -> None:
    inc = main("3 INGO national staff killed in attack on compound in Jalalabad. Attackers also killed (not counted).")
    assert inc["killed"] == 3


def test_foreman_and_teller_are_people() -> None:
    inc = main("A fired welder fatally shot his foreman and two co-workers at a plant in Elkhart and wounded a teller.")
    assert (inc["killed"], inc["injured"]) == (3, 1)


def test_an_aid_worker_record_leaves_out_the_other_dead_the_raid_also_killed() -> None:
    inc = main(
        "2 NNGO national staff killed and 1 INGO staff wounded during an attack on Kamba, Beni territory, North Kivu. "
        "The attack also killed 11 villagers."
    )
    assert inc["killed"] == 2


def test_a_news_toll_adds_the_others_also_killed() -> None:
    inc = main("Two soldiers were killed in the ambush near Kidal. Three civilians were also killed.")
    assert inc["killed"] == 5


def test_a_units_name_is_no_person() -> None:
    inc = main("Six members of the Republican Guard and their driver were killed when their truck hit a mine.")
    assert inc["killed"] == 7


def test_the_employer_after_the_person_still_marks_an_aid_record() -> None:
    inc = main("A national staff member of an INGO and his wife were killed during a home invasion in Bossangoa.")
    assert inc["killed"] == 1


def test_a_second_person_and_harm_after_and() -> None:
    inc = main("NNGO nurse killed and national staff guard wounded in raid on clinic in Kidal.")
    assert (inc["killed"], inc["injured"]) == (1, 1)


def test_a_note_in_brackets_among_the_words_before_the_person() -> None:
    assert main("International (Kenyan) staff member killed in ambush near Kismayo.")["killed"] == 1


def test_others_killed_beside_the_aid_worker_are_not_counted() -> None:
    inc = main("A national INGO staff member and three displaced people were killed in fighting in a camp in Malakal.")
    assert inc["killed"] == 1
