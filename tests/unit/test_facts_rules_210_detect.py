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
