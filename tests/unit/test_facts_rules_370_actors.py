"""Round 370: a group that distanced itself, and the kind of attacker the text names past its opening."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


def test_a_group_blamed_that_distanced_itself_is_not_the_perpetrator() -> None:
    text = (
        "A suicide bomber killed 30 people at a mosque in Peshawar on Monday. Police blamed the Tehreek-i-Taliban "
        "Pakistan, which has distanced itself from the attack."
    )
    assert roles(text).get("Tehrik-i-Taliban Pakistan (TTP, Fitna al-Khawarij)") == "unknown"


def test_a_faction_spelled_as_one_word_is_known() -> None:
    text = (
        "A suicide bomber killed 30 people at a mosque in Peshawar on Monday, police said. Investigators suspected "
        "the Jamaatul Ahrar faction of the banned network."
    )
    assert roles(text) == {"Jamaat-ul-Ahrar": "perpetrator"}


# --- the kind of attacker told past the opening --------------------------------------------------------------------

_OPENING = (
    "The death toll from the weekend attacks on villages in Mangu Local Government Area of Plateau State has risen "
    "to 54, the council chairman said on Tuesday.\n\nHe said more bodies were recovered from the bush as search "
    "parties went through the affected communities, and that 80 people were in hospital. The governor visited "
    "the area on Monday.\n\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "Residents said gunmen suspected to be bandits invaded the villages on Sunday evening, burning houses.",
        "Police said the attackers were bandits who came on motorcycles.",
        "Residents said the attackers were suspected bandits who came on motorcycles.",
    ],
)
def test_the_kind_the_text_says_the_attackers_were_is_named_past_the_opening(later: str) -> None:
    assert roles(_OPENING + later) == {"Bandits": "perpetrator"}


def test_a_kind_past_the_opening_without_that_cue_stays_out() -> None:
    later = "The state has long been troubled by bandits, and residents said bandits raided a farm last year."
    assert "Bandits" not in roles(_OPENING + later)


# --- a person named as the attacker beside a group ---------------------------------------------------------------


def test_the_attacker_named_as_a_person_beside_the_group_that_claimed() -> None:
    text = (
        "Karim Haddad hijacked a lorry and drove it into a crowded square in the city centre, killing nine people. "
        "The Islamic State group claimed responsibility."
    )
    found = roles(text)
    assert found.get("Karim Haddad") == "perpetrator"
    assert found.get("Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)") == "perpetrator"


def test_a_description_with_a_clause_between_the_name_and_the_act() -> None:
    text = (
        "Samir Lahlou, a 29-year-old whose asylum application had been rejected twice, shot dead three people "
        "near the station before police arrived."
    )
    assert roles(text) == {"Samir Lahlou": "perpetrator"}


def test_an_attempt_is_the_named_gunmans_act() -> None:
    text = (
        "A far-right gunman, Dieter Krause, tried to force his way into the synagogue, then shot dead two "
        "passers-by in the street."
    )
    assert roles(text) == {"Dieter Krause": "perpetrator"}


def test_a_group_before_the_act_is_not_a_person() -> None:
    assert roles("Dissident republicans from the New IRA shot dead a journalist.") == {
        "Irish Republican Army (IRA)": "perpetrator"
    }


def test_us_forces_are_named_with_their_short_name() -> None:
    assert roles("U.S. airstrikes killed 20 people in the province on Saturday.") == {
        "United States armed forces (US military, U.S.-led coalition)": "perpetrator"
    }


def test_the_suspect_named_by_the_media_keeps_his_whole_last_name() -> None:
    text = (
        "Two people were killed and 21 injured when a man opened fire outside a bar in central Oslo on Saturday. "
        "The suspect is a 42-year-old citizen, named in Norwegian media as Karim Haddadpour."
    )
    assert roles(text) == {"Karim Haddadpour": "perpetrator"}


def test_an_initial_does_not_join_the_next_sentences_first_word() -> None:
    text = (
        "A man stabbed three people at a festival on Friday evening, killing two. Police later arrested a "
        "26-year-old man, identified only as Malik al H. The attack began at about 9.40 p.m."
    )
    assert roles(text) == {"Malik al H.": "perpetrator"}


@pytest.mark.parametrize(
    "later",
    [
        "Police confirmed that Omar Fadel, the 22-year-old shot dead by officers on Monday, was the driver of the van.",
        "Police said Omar Fadel was the driver of the van.",
    ],
)
def test_the_name_then_the_attackers_role(later: str) -> None:
    text = f"A van ploughed through crowds on the city's main boulevard on Thursday, killing 13 people. {later}"
    assert roles(text) == {"Omar Fadel": "perpetrator"}


def test_a_named_victim_described_by_another_role_is_no_attacker() -> None:
    text = (
        "A van ploughed through crowds on the city's main boulevard on Thursday, killing 13 people. The victim, "
        "Maria Lopez, was the mother of two."
    )
    assert roles(text) == {}


# --- claims told with a description, by a spokesman, or beside a background clause ---------------------------------


def test_a_claimant_described_between_commas() -> None:
    text = (
        "Gunmen opened fire on a military parade in the city on Saturday, killing 25 people. A group calling itself "
        "the Karun Liberation Front, an umbrella of separatist movements, claimed responsibility."
    )
    assert roles(text).get("Karun Liberation Front") == "perpetrator"


@pytest.mark.parametrize(
    "claim",
    [
        "A spokesman for Jaish al-Adl told reporters by telephone that its fighters had carried out the attack.",
        "A man describing himself as a spokesman for Fedayeen-e-Islam called a television channel and said the "
        "group was behind the blast.",
    ],
)
def test_a_spokesman_for_a_group_claims_for_it(claim: str) -> None:
    text = f"A truck bomb tore through a hotel in the capital on Saturday night, killing 53 people. {claim}"
    found = roles(text)
    assert "perpetrator" in found.values()
    assert any(name.startswith(("Jaish al-Adl", "Fedayeen-e-Islam")) for name in found)


def test_a_claim_is_this_events_though_its_sentence_recalls_last_year_after_it() -> None:
    text = (
        "SRINAGAR, India (AP) — The death toll from a suicide car bombing on a paramilitary convoy in Kashmir rose "
        "to 40 on Friday, officials said.\n\nThe attacker drove an SUV packed with explosives into a bus carrying "
        "members of the Central Reserve Police Force on Thursday afternoon on the highway near Awantipora. The "
        "convoy of 78 vehicles was carrying more than 2,500 troopers back to their posts after leave.\n\n"
        "Jaish-e-Mohammad, a militant group based in Pakistan, claimed responsibility and circulated a video of the "
        "bomber, a young man who had joined the rebels last year."
    )
    assert roles(text).get("Jaish-e-Mohammed (JeM)") == "perpetrator"


def test_a_state_a_strike_was_carried_out_by_past_the_opening() -> None:
    text = (
        "Nearly every family in the village has lost someone. The village had gathered on Thursday for a wake in "
        "the cafe when a missile hit the building.\n\nBy Friday the toll had reached 52, officials said. Rescuers "
        "spent the night pulling bodies from the rubble.\n\nUkrainian officials said the strike was carried out by "
        "Russia with an Iskander ballistic missile."
    )
    assert roles(text) == {"Russian armed forces": "perpetrator"}
