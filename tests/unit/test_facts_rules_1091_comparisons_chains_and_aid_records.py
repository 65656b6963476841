"""Round 1091: a toll measured against a past event ("the deadliest single bombing in Iraq since the 2003 invasion")
is no recall; a second attack in a named district told in the lede's sentence, whose places are that attack's; who
the dead were after "killed by the gunmen," is no part of the hurt after it; tolls in steps ("rose to 59 overnight and
to 100 by 1 February", "raised the figure to 160 and then revised it to 157"); an aid-worker record counts its staff
only ("At least 10 passers-by also died"); a mob "angered by the killing of a militia leader"; an attacker named with
his age whose clause ends in the toll he left ("..., killing eight people")."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "dead", "place"),
    [
        ("A truck bomb exploded in the Karrada shopping district of Baghdad shortly after midnight. The blast killed "
         "at least 340 people, making it the deadliest single bombing in Iraq since the 2003 invasion, while a "
         "smaller bomb in the Shaab district the same night killed five.", 340, "Baghdad"),
        ("KABUL, Dec 6 (AFP) - A suicide bomber struck a crowd at a shrine in central Kabul on Tuesday, killing at "
         "least 55 people, while a second blast in the northern city of Mazar-i-Sharif killed four more.", 55,
         "Kabul"),
        # a second bomb in the same district adds its dead
        ("A car bomb exploded in the Karrada district of Baghdad, killing 20 people, while a second bomb in the same "
         "district killed five.", 25, None),
    ],
)
def test_a_comparison_and_a_second_attack_elsewhere(text: str, dead: int, place: str | None) -> None:
    inc = main(text)
    assert inc["killed"] == dead
    if place is not None:
        assert inc["location"] == place


def test_who_the_dead_were_is_no_part_of_the_hurt_after_them() -> None:
    inc = main(
        "Four al-Shabaab gunmen stormed Garissa University College. 148 people were killed by the gunmen, 142 "
        "students, three police officers and three soldiers, and 79 others were wounded."
    )
    assert (inc["killed"], inc["injured"]) == (148, 79)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A suicide bomber blew himself up at a mosque in Peshawar on 30 January 2023. The toll, first put at 32, rose "
         "to 59 overnight and to 100 by 1 February as bodies were pulled from the rubble.", 100),
        ("Armed men attacked the Fulani village of Ogossagou in Mopti Region at dawn. The government first said 134 "
         "people had been killed, raised the figure to 160 and then revised it to 157.", 157),
    ],
)
def test_a_toll_told_in_more_steps(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("2 ICRC national staff killed when an ambulance loaded with explosives was driven into the wall of the ICRC "
         "delegation in Baghdad. At least 10 passers-by also died.", 2),
        ("7 UN international staff killed when a crowd of protesters overran the UNAMA compound in Mazar-i-Sharif. At "
         "least 5 demonstrators were also killed.", 7),
        ("3 UN international staff (UNHCR) killed when a militia mob, angered by the killing of a militia leader, "
         "stormed and burned the UNHCR office in Atambua.", 3),
        # more of the staff still count
        ("2 INGO national staff killed when gunmen opened fire on their vehicle near Kismayo. A third staff member "
         "also died in hospital.", 3),
    ],
)
def test_an_aid_worker_record_counts_its_staff(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


def test_an_attacker_named_with_his_age_and_the_toll_he_left() -> None:
    inc = main(
        "Joseph T. Wesbecker, 47, a pressman on long-term disability leave, returned to the printing plant in "
        "Louisville, Kentucky, with a rifle, killing eight people and wounding 12 before shooting himself."
    )
    assert "Joseph T. Wesbecker" in perpetrators(inc)


def test_a_person_named_with_an_age_where_someone_else_opened_fire_is_not_the_attacker() -> None:
    inc = main("Mary Jones, 34, a nurse, was at the mall in Omaha, where a gunman opened fire, killing eight people.")
    assert "Mary Jones" not in perpetrators(inc)
