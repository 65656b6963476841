"""Rules added from probes of incident detection: texts that report a violent incident without a figure (people
wounded or assaulted by a named hand, hostage-takings, robberies at gunpoint, arson, coming under fire), and the
texts that talk of violence, or of harm by other causes, that must stay without an incident."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

# --- 1. People hurt with no figure, by a cause the clause names ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Policemen wounded in grenade attack in Kabul.",
        "Soldiers were wounded in a grenade attack in Kabul.",
        "Troops injured in roadside bomb blast near Gao.",
        "Civilians wounded as shells hit a market in Donetsk.",
        "Some soldiers were injured when their patrol came under fire near Timbuktu.",
        "INGO staff were assaulted by armed men at a checkpoint near Bentiu.",
        "NGO staff were detained and beaten by security forces in Darfur.",
        "Journalists beaten by police in Dhaka.",
        "Officers were injured when protesters threw rocks at them in Portland.",
    ],
)
def test_hurt_by_a_named_cause_is_an_incident(text: str) -> None:
    """A wounding with no figure is an event when its clause says what did it ("in grenade attack", "by armed
    men", "when ... came under fire"); the counts stay unknown."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Veterans wounded in Iraq marched in the parade on Sunday.",
        "The minister said soldiers wounded in the war would receive better pensions.",
        "Players were injured during the match in Madrid.",
        "Workers were injured in a factory fire in Dhaka.",
        "Hikers were injured in a rockfall in the Alps.",
        "The champions were beaten by a late goal in the second half.",
    ],
)
def test_hurt_with_no_violent_cause_is_none(text: str) -> None:
    """Wounds from a war in general, a match, a fire or a fall, and a team beaten, name no attack."""
    assert parse_incidents(text) == []


# --- 2. Acts of violence that need no casualty ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ICRC staff were held hostage for several hours by armed men in Mali.",
        "Armed men took several workers hostage at a gas plant in Algeria.",
        "Staff of an INGO were robbed at gunpoint in their guesthouse in Maiduguri.",
        "A humanitarian vehicle was carjacked at gunpoint in Bangui; the driver was beaten.",
        "The NGO's health clinic was set on fire by armed men in Cabo Delgado.",
        "Attackers burned houses in the village of Kuru Karama overnight.",
        "Armed men looted an NGO warehouse and assaulted staff in Ituri.",
        "Unknown assailants hurled a petrol bomb at a mosque in Oslo.",
    ],
)
def test_act_without_casualty_is_an_incident(text: str) -> None:
    """Hostage-taking, robbery at gunpoint, arson and an assault are incidents whether or not anyone is counted."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The film depicts how gunmen held guests hostage at a hotel in Mumbai.",
        "Hospital staff were praised for treating the wounded during the pandemic.",
        "The company said 300 staff were affected by the cyber attack on its servers.",
    ],
)
def test_act_framed_or_absent_is_none(text: str) -> None:
    """A film about a hostage-taking, and wounds with no act, stay without an incident."""
    assert parse_incidents(text) == []


# --- 3. The telegraphic opening of a headline or a list row -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen storm hotel in Mogadishu.",
        "Militants attack army post in North Waziristan.",
        "Bomb blast rocks market in Quetta.",
        "Suicide bomber targets mosque in Kunduz.",
        "Rocket attack on Baghdad airport.",
        "Car bomb attack targeting a police convoy in Mogadishu.",
        "Hostage crisis at a theatre in Moscow.",
        "Injuries were reported after a grenade blast at a bar in Mombasa.",
    ],
)
def test_telegraphic_act_is_an_incident(text: str) -> None:
    """A headline's present tense ("Gunmen storm hotel") or a row's bare attack ("Rocket attack on Baghdad
    airport") reports one event, as the past tense does."""
    assert main(text)["killed"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on aid workers rose by 20 percent last year.",
        "The attack on press freedom worries editors in the capital.",
        "Police strike for better pay in Lagos.",
        "Cyber attack on bank disrupts payments.",
        "Air raid sirens sound in Kyiv.",
    ],
)
def test_trend_or_figure_of_speech_is_none(text: str) -> None:
    """A plural trend, an opening with an article, a labour strike and a cyber attack report no violent event."""
    assert parse_incidents(text) == []


# --- 4. What only sounds like an attack -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A heart attack killed the actor at his home in Los Angeles.",
        "Police foiled a plot to attack a synagogue; no one was hurt.",
        "Police arrested three men suspected of planning a bombing in Stockholm.",
        "Curry shot 8 of 10 from three-point range as Golden State killed it in the fourth quarter.",
    ],
)
def test_no_attack_happened(text: str) -> None:
    """A heart attack, a plot foiled or planned, and a basketball game's shots name no attack that happened."""
    assert parse_incidents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a WFP convoy near Kismayo; no one was hurt.",
        "A rocket struck a residential building in Ashkelon; no one was hurt.",
    ],
)
def test_attack_with_no_one_hurt_keeps_its_zero(text: str) -> None:
    """An attack that hurt no one is still an incident, with its counts at 0."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Residents were injured in a gas explosion at an apartment block in Moscow.",
        "Veterans injured in attacks during the Iraq war will get new benefits.",
    ],
)
def test_hurt_in_an_accident_or_as_a_class_is_none(text: str) -> None:
    """An explosion of gas is an accident, and people "injured in attacks" are a class, not one event's victims."""
    assert parse_incidents(text) == []
