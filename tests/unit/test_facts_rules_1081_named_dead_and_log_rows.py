"""Round 1081: a named man before a figure of the dead ("cameraman Achyuta Sahu and two policemen were killed",
"Amarjit Balihar and five other policemen", "Bhima Mandavi and four security personnel accompanying him"), with his
age ("Kieth Absalon, 21, and his cousin Nolven"), by the possessive ("killed Yevkurov's driver and a bodyguard"), a log
row's subject with no article ("Female polio supervisor and her driver shot dead"); "Two people, one of them a woman"
is two; "three Home Guard jawans" is a count; "the number of soldiers martyred ... rose to nine"; a toll no "fallen
soldier" makes fall; the bomber "identified by police as ..." who also died; "incl." in a log row; a day "a day
after" another bombing that opens a clause of its own act; Delhi by its name."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Rebels ambushed a convoy near Bijapur; photographer Ramesh Kumar Yadav and three policemen were killed, "
         "two others wounded.", 4),
        ("Inspector Ravi Shankar Mishra and six other policemen were killed when rebels attacked their jeep.", 7),
        ("Councillor Nand Lal Verma and two guards accompanying him were killed on Monday when a bomb hit his car.", 3),
        ("College basketball player Marco Reyes, 22, and his brother Paolo were killed when a bomb went off near "
         "their home.", 2),
        ("The blast killed Haidari's driver and a bodyguard, officials said; the bomber also died.", 3),
        ("03/04/2013 - Female health worker and her son shot dead by unidentified gunmen near Mardan.", 2),
        ("Two people, one of them a teenager, were killed and six wounded when a shell hit the market.", 2),
        ("Rebels fired on a patrol, killing one sub-inspector and three Home Guard jawans; rifles looted.", 4),
        # a place before "and two other towns" is no one
        ("In Multan and two other towns, six people were killed in clashes on Friday.", 6),
        # the title and the name of one man
        ("Rebels ambushed a convoy, killing Deputy Inspector General of Police Anil Kumar Rao and 11 other police "
         "personnel.", 12),
    ],
)
def test_named_dead_before_figures_and_companions(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a group's name before "and two soldiers" is no one more
        ("Boko Haram and two soldiers were killed in the clash, the army said.", 2),
        # a figure before the companion keeps its own count
        ("Two soldiers and his driver were killed.", 3),
    ],
)
def test_not_a_named_man(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


def test_the_number_martyred_rose() -> None:
    text = (
        "QUETTA: The number of soldiers martyred in Tuesday's attack on the Sibi camp rose to seven, the ISPR said, "
        "up from three in its first statement.\n\nIn a separate incident two soldiers were martyred near Kohlu."
    )
    assert main(text, "2023-08-02T09:00:00+05:00")["killed"] == 7


def test_a_fallen_soldier_is_no_fall_of_the_toll() -> None:
    text = (
        "The death toll from a missile strike on a village hall in Kupiansk, where mourners had gathered for a wake "
        "for a fallen soldier, has risen to 31, the governor said."
    )
    assert main(text)["killed"] == 31


def test_a_toll_that_fell_on_a_day() -> None:
    assert main("The death toll from the blast fell on Monday to 14 after a recount.")["killed"] == 14


def test_the_bomber_named_by_police_also_died() -> None:
    text = (
        "Thirty soldiers were killed on Monday when a suicide bomber drove a truck into their convoy. The bomber, "
        "identified by police as Ahmed Nur, a 23-year-old from a nearby village, was also killed in the blast."
    )
    assert main(text)["killed"] == 31


def test_a_log_rows_incl() -> None:
    inc = main("Patrol ambushed near Kasalpada; 9 personnel killed incl. 2 officers, 6 injured.")
    assert (inc["killed"], inc["injured"]) == (9, 6)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On the morning of 30 December 2013, a day after the bombing of the city's railway station, a suicide "
         "bomber blew up a crowded trolleybus, killing 16 people.", "2013-12-30"),
        # a sequel's day still counts back to the act
        ("On Saturday, a day after the bombing of the market, mourners buried the victims, who were killed when a "
         "car bomb exploded.", "2024-03-08"),
    ],
)
def test_a_day_after_another_act(text: str, date: str) -> None:
    assert main(text, "2024-03-11T10:00:00+00:00")["event_date"] == date


def test_delhi_by_its_name() -> None:
    inc = main("Two men were shot dead in Delhi's Jahangirpuri area on Monday night, police said.")
    assert (inc["country"], inc["admin1"]) == ("IN", "Delhi")
