"""Round 1124: a toll told stage by stage and closed by its sum; a row's last field of counts; a toll made up of
the dead and some of those shot; the record of aid workers against everyone a strike killed; a twelfth victim told
with two asides; "All 150 people on board, 144 passengers and six crew"; "Initial reports stated"; a named man, then
his driver and a bodyguard; "the day after Christmas 2000"; an age of one digit; "came under fire"."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man shot dead his neighbour and her son at their house. He then drove to a school, where he killed four "
         "pupils and a caretaker. Seven people died in all.", 7),
        # a day's toll over two cities, though the two figures add up to it
        ("A car bomb killed three people in the market of Kirkuk on Monday. In Mosul, a bomber killed four at a "
         "checkpoint. In all, at least 7 people died in the two cities.", 3),
        # the attackers the army killed are no toll of the Americans, whom the headline counts
        ("Three Americans killed in attack on base\n\nThree Americans - a soldier and two contractors - were killed on "
         "Sunday when militants attacked the airfield at Manda Bay. The army said five attackers had been killed.", 3),
        ("A bomb beside the war memorial killed 11 people. A twelfth victim, a retired teacher, who had been in a "
         "coma, died in 2000.", 12),
        ("The airliner broke up over the desert. All 150 people on board, 144 passengers and six crew, were killed.",
         150),
        ("Gunmen attacked farmers near the village. Initial reports stated that 20 farmers had been killed; the next "
         "day officials put the toll at 45.", 45),
        ("Militants blew up the mayor's car in the town square. Juan Ortega, his driver and a bodyguard were killed.",
         3),
        ("Gunmen kidnapped the councillor as he left the station. He was found shot twice in the head near the river "
         "on Monday and died in hospital.", 1),
        ("A gunman fired in the school cafeteria. Two 8-year-old girls were killed and nine others were wounded.", 2),
        ("He opened fire on his colleagues the day after Christmas 2000, killing seven of them.", 7),
        ("He killed the teacher who had failed him and three students and wounded ten others.", 4),
        ("He killed the teacher who had failed him and wounded two students.", 1),
    ],
)
def test_killed(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He killed two clerks in the office, then shot a guard and a visitor in the lobby. Three people died; the "
         "visitor survived.", 3),
        # more dead than those killed and shot together is no toll of theirs
        ("He killed two clerks in the office, then shot a guard in the lobby. Six people died.", 2),
    ],
)
def test_dead_of_those_shot(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 INGO national staff killed when an air strike hit the clinic in Taiz on 3 May 2016. In all, 20 people "
         "died.", 3),
        ("2 NNGO national staff killed when their ambulance was shelled near Gaza City as they tried to reach a boy "
         "trapped beside the bodies of four relatives.", 2),
    ],
)
def test_aid_workers_only(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected


def test_a_rows_count_field_is_its_count() -> None:
    inc = main("1996-02-02 | Moses Lake, Washington | Frontier Middle School | A boy killed a teacher and two "
               "students and wounded a third student | killed 3, wounded 1")
    assert (inc["killed"], inc["injured"]) == (3, 1)


def test_the_day_after_a_feast() -> None:
    inc = main("He opened fire on his colleagues the day after Christmas 2000, killing seven of them.")
    assert inc["event_date"] == "2000-12-26"


def test_fired_on_whatever_it_carried() -> None:
    inc = main("1 UN national staff killed when a vehicle carrying COVID-19 test samples came under fire in Minbya "
               "township, Rakhine State, on 20 April 2020.")
    assert (inc["killed"], inc["country"]) == (1, "MM")
