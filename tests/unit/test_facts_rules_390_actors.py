"""Round 390: an air force's aircraft, attackers named by the charge, and the dead listed with their ages."""

from __future__ import annotations

import pytest
from facts_rules_support import main

_AFGHAN = "Afghan security forces (Afghan National Army, Afghan Air Force)"
_SYRIAN = "Syrian government (Assad regime, Syrian Arab Army, Syrian Arab Air Force)"


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Around midday, Afghan Air Force helicopters fired rockets at a religious school in Kunduz province, "
            "killing 36 people.",
            _AFGHAN,
        ),
        (
            "Syrian Arab Air Force helicopters dropped two barrel bombs on Douma on Saturday, killing 43 people.",
            _SYRIAN,
        ),
        (
            "Russian helicopters fired rockets at a village near Bakhmut on Monday, killing four people.",
            "Russian armed forces",
        ),
    ],
)
def test_a_forces_helicopters_are_the_force_attacking(text: str, force: str) -> None:
    assert roles(text).get(force) == "perpetrator"


def test_the_normalised_name_carries_the_air_force_coders_name() -> None:
    text = "Syrian warplanes bombed a market in Saraqeb on Sunday, killing 12 people."
    assert "Syrian Arab Air Force" in next(name for name in roles(text) if name.startswith("Syrian government"))


def test_the_force_found_to_be_the_perpetrator_of_the_attack() -> None:
    text = (
        "The inquiry concluded that units of the Syrian Arab Air Force were the perpetrators of the chemical attack "
        "on Saraqeb on 4 February 2018, which killed 11 people."
    )
    assert roles(text).get(_SYRIAN) == "perpetrator"


def test_the_dead_listed_with_their_ages_are_no_attackers() -> None:
    text = (
        "A driver sped into a holiday parade in Brookfield on Sunday, killing five people. The five people killed "
        "were Anna Berg, 79, Lena Moss, 71, and Tamsin Dale, 52, members of a dance troupe."
    )
    assert not any(name in roles(text) for name in ("Anna Berg", "Lena Moss", "Tamsin Dale"))


def test_the_attacker_named_after_the_list_of_the_dead_is_the_attacker() -> None:
    text = (
        "PITTSBURGH -- A gunman killed 11 worshippers at a synagogue on Saturday. The dead are Joan Feld, 75, of "
        "Oakland; Ralph Gott, 65, of Ross; and Irwin Yates, 69.\n\nThe suspect, Roger Bowen, 46, of Baldwin, was "
        "shot several times by SWAT officers and surrendered."
    )
    found = roles(text)
    assert "Joan Feld" not in found and found.get("Roger Bowen") == "perpetrator"


def test_the_role_told_outranks_a_victim_named_with_an_age_before() -> None:
    text = (
        "CARCASSONNE -- Four people were killed in a rampage on Friday. The attacker began by hijacking a car, "
        "shooting dead the passenger, Jean Mazet, 61. The attacker, Karim Lahdi, 25, a small-time dealer, then "
        "stormed a supermarket in Trebes."
    )
    found = roles(text)
    assert found.get("Karim Lahdi") == "perpetrator" and "Jean Mazet" not in found


# A follow-up's middle: the victims' families, a vigil, the mayor; the attacker is named far below the lede.
_FOLLOW_UP = (
    "Families gathered on Monday outside the town hall, where candles and flowers covered the steps. The mayor "
    "said the town would hold a vigil on Friday evening and that counsellors would be available at the library "
    "all week for anyone who needed to talk. Several shops on the main street stayed closed, and the annual market "
    "planned for the weekend was called off. A fund set up by a local church had raised more than 40,000 dollars "
    "by Monday night, its organisers said, and a second fund for the injured was opened at the credit union. "
    "Police said the street would reopen once officers had finished examining the scene."
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Dale Brook, 39, of Milwaukee, made his first court appearance Tuesday on six counts of homicide.",
            "Dale Brook",
        ),
        ("Valmir Costa, of no fixed address, was also charged with three counts of attempted murder.", "Valmir Costa"),
        (
            "The man arrested, Eskil Brandt, 37, a Danish citizen, has admitted the killings, police said.",
            "Eskil Brandt",
        ),
        (
            "The assize court on Tuesday sentenced Mehdi Nour, 33, to life in prison for the murder of four people.",
            "Mehdi Nour",
        ),
    ],
)
def test_a_follow_up_names_its_attacker_by_the_charge(sentence: str, name: str) -> None:
    lede = "Six people were killed when a man attacked a crowd in the town centre on Sunday."
    text = f"{lede}\n\n{_FOLLOW_UP}\n\n{sentence}"
    assert roles(text).get(name) == "perpetrator"


def test_the_day_of_a_claim_is_no_group() -> None:
    text = (
        "Twin bombings killed 84 people in Kerman on Wednesday. The Islamic State group on Thursday claimed "
        "responsibility for the attack."
    )
    found = roles(text)
    assert "Thursday" not in found
    assert found.get("Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)") == "perpetrator"


def test_the_dead_listed_by_their_roles_are_no_attackers() -> None:
    text = (
        "PARIS -- Masked gunmen burst into the weekly meeting of a satirical newspaper and killed 12 people on "
        "Wednesday. Among the dead are the editor Stephane Charbin, 47, the cartoonist Jean Cabot, 76, and a police "
        "officer."
    )
    assert not any(name in roles(text) for name in ("Stephane Charbin", "Jean Cabot"))


def test_a_family_listed_with_ages_that_died_are_no_attackers() -> None:
    text = (
        "LONDON, Ont. - Four members of a family were killed when a man drove a pickup truck into them on Sunday "
        "evening.\n\nSalman Afzal, 46, his wife, Madiha, 44, and their daughter, Yumna, 15, died. Nathan Velt, 20, "
        "was arrested in a mall parking lot and has been charged with four counts of first-degree murder."
    )
    found = roles(text)
    assert "Salman Afzal" not in found and found.get("Nathan Velt") == "perpetrator"


def test_two_people_named_with_their_ages_and_killed_are_no_attackers() -> None:
    text = (
        "Two police officers and a neighbour were shot dead yesterday afternoon in an ambush at a remote property "
        "west of Brisbane. Constables Rachel McCrae, 29, and Matthew Arno, 26, were killed after four officers went "
        "to the property to look for a missing person."
    )
    assert not any(name in roles(text) for name in ("Constables Rachel McCrae", "Rachel McCrae", "Matthew Arno"))
