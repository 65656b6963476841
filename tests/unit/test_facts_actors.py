"""Perpetrators and targets: dictionary aliases normalised, patterns for claims and named attackers."""

from __future__ import annotations

from newsfacts.facts.actors import extract_actors


def names(text: str) -> list[tuple[str, str]]:
    return [(a["name"], a["role"]) for a in extract_actors(text).actors]


def test_alias_is_normalised_and_claim_makes_perpetrator() -> None:
    assert names("ISIS-K claimed responsibility for the bombing.") == [
        ("Islamic State - Khorasan Province (ISKP, ISIS-K)", "perpetrator")
    ]


def test_warplanes_make_a_perpetrator() -> None:
    assert ("Russian armed forces", "perpetrator") in names("Russian warplanes struck a market.")


def test_demonym_forces_outside_the_dictionary() -> None:
    assert ("Chadian forces", "perpetrator") in names("Chadian troops shelled the camp at dawn.")


def test_by_x_and_attributed_to_x() -> None:
    assert names("The convoy was ambushed by al-Shabaab fighters.")[0] == ("Al-Shabaab", "perpetrator")
    assert names("Officials attributed the attack to Boko Haram.")[0] == ("Boko Haram", "perpetrator")


def test_denial_is_not_a_claim() -> None:
    """A group that denies is kept for the analyst, but not as the one who did it."""
    assert names("The Taliban denied involvement in the blast.") == [("Taliban", "unknown")]


def test_unknown_claimant_is_kept_as_written() -> None:
    assert names("A little-known group, Saraya Example, claimed responsibility.")[0][1] == "perpetrator"


def test_named_attacker_in_crime_report_style() -> None:
    assert names("Jane Q. Doe, 41, opened fire inside the office.") == [("Jane Q. Doe", "perpetrator")]


def test_short_acronyms_need_capitals() -> None:
    assert names("It is not clear who is behind this.") == []


def test_non_state_actor_hints_its_country() -> None:
    assert extract_actors("Al-Shabaab militants stormed a hotel.").countries == ["SO"]


def test_a_quoted_witness_or_victim_named_with_an_age_is_not_the_perpetrator() -> None:
    from newsfacts.facts import parse_incidents

    witness = ("An airstrike killed nine people in Maarrat Misrin in Idlib on Thursday. "
               "\u201cWe were buying coats,\u201d said Umm Khaled, 41, who was wounded in the arm.")
    assert parse_incidents(witness, published="2026-11-20")[0]["actors"] == []
    victim = ("Gunmen killed two traders in Gwoza on Monday. Musa Bello, 52, who was shot in the leg, survived.")
    assert all(a["name"] != "Musa Bello" for a in parse_incidents(victim, published="2026-11-20")[0]["actors"])
    shooter = "John Smith, 34, opened fire at a mall in Dayton, Ohio, killing three people."
    assert parse_incidents(shooter, published="2026-11-20")[0]["actors"] == [
        {"name": "John Smith", "role": "perpetrator"}]
