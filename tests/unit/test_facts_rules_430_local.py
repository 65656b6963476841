"""Round 430: local crime reports - the hurt among those hit, a victim found hurt who died, aircraft brought
down, datelines with a state's abbreviation or postal code, the day of a victim's condition, round-ups."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def counts(text: str, published: str = "2023-06-12T10:00:00+00:00") -> tuple[int | None, int | None]:
    inc = main(text, published)
    return inc["killed"], inc["injured"]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were stabbed on a bus in Memphis on Friday. A 41-year-old man was stabbed in the abdomen and taken "
        "to hospital. A second man received minor injuries to his hands. Police arrested a suspect.",
        "Two men were stabbed on a bus in Memphis on Friday. A 41-year-old man was stabbed several times in the "
        "abdomen. Both are expected to survive, police said.",
        "A deputy and the driver he had pulled over were both wounded in an exchange of gunfire in Blythewood. "
        "Two people were shot and no one was killed, the sheriff's office said.",
    ],
)
def test_the_hurt_told_one_by_one_are_some_of_those_hit(text: str) -> None:
    assert counts(text)[1] == 2


def test_those_hit_are_not_all_hurt_when_one_of_them_died() -> None:
    text = (
        "Two men were stabbed in Cardiff on Saturday. A second man received minor injuries. The first man died in "
        "hospital on Sunday."
    )
    assert counts(text)[1] != 2


def test_one_of_the_victims_found_hurt_who_was_later_pronounced_deceased() -> None:
    text = (
        "Officers were dispatched to the 1300 block of North Water Street in Decatur. Upon arrival, officers located "
        "two adult victims suffering from gunshot wounds inside a residence. A 33-year-old male victim was "
        "transported to a hospital, where he was later pronounced deceased. A 29-year-old female victim is listed "
        "in stable condition."
    )
    assert counts(text) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Debris from Russian drones fell on Kyiv overnight, injuring three people. No deaths have been reported. "
            "Russia launched 73 drones, and 61 drones had been shot down, the air force said.",
            (0, 3),
        ),
        ("Two drone operators were killed by shelling in Kherson on Monday.", (2, None)),
    ],
)
def test_drones_brought_down_are_no_one_hit(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("dateline", "state"),
    [
        ("SALEM, Mass. —", "Massachusetts"),
        ("SPRINGFIELD, Mass. —", "Massachusetts"),
        ("AURORA, IL –", "Illinois"),
        ("DECATUR, IL –", "Illinois"),
    ],
)
def test_a_datelines_state_abbreviation_or_postal_code_places_the_town(dateline: str, state: str) -> None:
    inc = main(f"{dateline} A man was shot and killed inside his apartment Monday afternoon, police said.")
    assert (inc["country"], inc["admin1"]) == ("US", state)


def test_mass_at_a_sentences_end_is_no_state() -> None:
    inc = main("A man was shot after Sunday Mass. He died at the scene, police in the town said.")
    assert inc["admin1"] != "Massachusetts"


def test_the_day_a_victims_condition_was_told_is_not_the_event_day() -> None:
    text = (
        "An 18-year-old man was killed when gunfire broke out at a basketball court Sunday night, police said. A "
        "21-year-old man was shot in the leg and was in stable condition Monday."
    )
    assert main(text, "2023-08-28T09:00:00-04:00")["event_date"] == "2023-08-27"


def test_a_round_ups_next_item_under_its_heading_is_another_day() -> None:
    text = (
        "ROCHESTER, Minn. — A 28-year-old man was struck in the head with a handgun and his car was stolen "
        "Thursday night in a Rochester parking lot, police said.\n\nTwo men approached him and demanded his keys; "
        "when he refused, one of them hit him with a handgun and they drove off in his car. No shots were fired.\n\n"
        "FATAL CRASH ON HIGHWAY 52\nA 70-year-old man was killed Wednesday afternoon when his pickup collided "
        "with a semitrailer.\n"
    )
    assert main(text, "2024-03-22T07:00:00-05:00")["event_date"] == "2024-03-21"


def test_the_exact_day_named_after_earlier_this_month() -> None:
    text = (
        "Four reputed gang members were arraigned Thursday on murder charges in the machete killing of a 19-year-old "
        "man in Hempstead earlier this month, police said. Detectives say the men lured the victim to a wooded lot "
        "in the early morning hours of April 2."
    )
    inc = main(text, "2023-04-20T18:00:00-04:00")
    assert (inc["event_date"], inc["date_precision"]) == ("2023-04-02", "day")
