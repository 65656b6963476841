"""Round 1149: a side's boast of its feat is a claim, an uprising's running toll told without a comma is background,
and armed actors the dictionary lacked (South Sudan's army by its former name, the Mahdi Army, Ansar al-Islam,
Misrata's Third Force)."""

from __future__ import annotations

from facts_rules_support import main


def _names(text: str) -> list[str]:
    return [a["name"] for a in main(text)["actors"]]


def test_a_boast_of_killing_is_a_claim_not_the_count() -> None:
    text = (
        "Militants executed between 90 and 120 prisoners near the dam on Tuesday, a rights group said on Friday; "
        "the group itself had boasted of killing 800."
    )
    out = main(text)
    assert (out["killed"], out["killed_low"]) == (90, 90)


def test_an_uprisings_running_toll_is_not_added() -> None:
    text = (
        "Monitors said at least 40 people, 12 of them children, were killed on Friday in Kafr Nabl, one of the "
        "deadliest incidents of an uprising in which more than 9,000 people have died."
    )
    assert main(text, published="2012-05-27T10:00:00Z")["killed"] == 40


def test_the_southern_army_by_its_former_name() -> None:
    text = "At least 12 civilians were killed in Yei on 3 May 2017 when SPLA soldiers went from house to house."
    assert _names(text)[0] == "South Sudan People's Defence Forces (SSPDF, formerly SPLA)"


def test_the_mahdi_army() -> None:
    text = (
        "Gunmen of the Mahdi Army set up checkpoints in the Amil district of Baghdad on Sunday and shot dead at "
        "least 25 people, police said."
    )
    assert "Mahdi Army (Jaish al-Mahdi)" in _names(text)


def test_ansar_al_islam_in_iraq() -> None:
    text = (
        "Two suicide bombers killed 60 people at party offices in Sulaimaniya on Sunday. Officials blamed Ansar "
        "al-Islam."
    )
    assert "Ansar al-Islam" in _names(text)


def test_ansar_al_sunna_stays_mozambiques() -> None:
    text = "Insurgents killed four villagers in Macomia, Cabo Delgado, on Friday; Ansar al-Sunna claimed the attack."
    assert "Ansar al-Islam" not in _names(text)


def test_the_third_force_of_misrata() -> None:
    text = "Fighters of the Third Force stormed the Brak al-Shati air base on Thursday, killing at least 70 people."
    assert "Third Force (Misrata)" in _names(text)
