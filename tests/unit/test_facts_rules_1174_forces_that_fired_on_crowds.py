"""Round 1174: security forces firing on protesters, as the perpetrator. "hit in the thigh by a bullet fired by a
police officer", "as police used firearms against protesters", "She had been shot in the head by police", "killed
by Iran's security forces" name the service that fired."""

from __future__ import annotations

from facts_rules_support import main, perpetrators


def test_a_bullet_fired_by_a_police_officer() -> None:
    inc = main(
        "NAIROBI, June 21 — A 27-year-old man was shot dead in central Nairobi on Thursday night during protests "
        "against a new tax, rights groups said. Paul Otieno was hit in the thigh by a bullet fired by a police officer "
        "in plainclothes and bled to death before reaching hospital, his mother said.",
        published="2024-06-21T11:20:00+03:00",
    )
    assert perpetrators(inc) == ["Police"]


def test_police_used_firearms_against_protesters() -> None:
    inc = main(
        "11 Dec 2022 – Andahuaylas (Apurímac): two teenagers died of gunshot wounds as police used firearms against "
        "protesters who tried to occupy the local airport.",
        published="2022-12-12T09:00:00-05:00",
    )
    assert perpetrators(inc) == ["Police"]


def test_shot_in_the_head_by_police() -> None:
    inc = main(
        "Ma Khin, a shop worker who became a symbol of the resistance, died on Friday in a hospital in Naypyitaw. She "
        "had been shot in the head by police on Feb. 9 as officers used water cannon and live fire to disperse a "
        "crowd in the capital.",
        published="2021-02-19T12:00:00+06:30",
    )
    assert perpetrators(inc) == ["Police"]


def test_killed_by_a_countrys_security_forces() -> None:
    inc = main(
        "A rights group has published the names of 280 men, women and children killed by Iran's security forces "
        "during the protests that broke out on 15 November 2019.",
        published="2020-05-20T09:00:00Z",
    )
    assert perpetrators(inc) == ["Security forces"]
