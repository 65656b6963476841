"""Round 500: the bomber of "blew himself up, killing 11", attackers killed in the firefight, a time's minutes, a fire
the next sentence calls arson, an office named after its region, a US state that is also a country, and the words
of aid-worker records."""

from __future__ import annotations

import pytest
from facts_rules_support import killed, main, where
from newsfacts.facts import parse_incidents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber blew himself up at a tea shop near a military base in Jowhar, killing 11 people, "
         "including 6 soldiers. Several others were injured. Al Shabaab claimed responsibility.", 11),
        # the bomber's own death told apart, after the figure, is one more
        ("Gunmen stormed a police checkpoint in Peshawar on Tuesday, killing six officers, officials said. The "
         "attacker then blew himself up as troops closed in.", 7),
        # attackers the forces killed in the fighting are left out
        ("A suicide bomber drove a Humvee packed with explosives into a commando base in Khost Province, followed "
         "by gunmen. 26 soldiers were killed; all 4 attackers were killed in the firefight.", 26),
    ],
)
def test_the_attackers_own_deaths(text: str, expected: int) -> None:
    assert killed(main(text, published="2026-04-02"))[0] == expected


def test_the_minutes_of_a_time_are_no_count() -> None:
    text = (
        "Editor's note: This story was updated at 18:40 to reflect the rising death toll.\n\nRussian forces struck "
        "Zaporizhzhia with guided aerial bombs on the afternoon of March 11, killing four people and injuring at "
        "least 17, the Zaporizhzhia Oblast Military Administration reported."
    )
    inc = main(text, published="2025-03-11T18:45:00+02:00")
    assert (inc["killed"], inc["injured"]) == (4, 17)
    # an office named after its region is no person, whose name would hide the city named before it
    assert (inc["country"], inc["location"]) == ("UA", "Zaporizhzhia")


def test_a_fire_the_next_sentence_calls_arson_is_an_attack() -> None:
    text = (
        "Bitterfeld-Wolfen (dpa) - A 34-year-old man died and six other people were injured in a fire at a refugee "
        "shelter in Bitterfeld-Wolfen early on Tuesday, police said. Investigators suspect arson."
    )
    inc = main(text, published="2025-03-11T15:00:00+01:00")
    assert (inc["killed"], inc["injured"], inc["attack_type"]) == (1, 6, "arson")


def test_a_crash_beside_insurgents_is_still_an_accident() -> None:
    text = "Two soldiers were killed in a helicopter crash in the south, the army said. Insurgents are active there."
    assert parse_incidents(text, published="2024-02-26") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MACON, Ga. (AP) - A man opened fire at a warehouse in central Georgia on Tuesday, killing three "
         "co-workers.", ("US", "Georgia", "Macon")),
        ("TBILISI, Georgia (AP) - A man opened fire at a cafe in Tbilisi on Tuesday, killing three people.",
         ("GE", "T'bilisi", "Tbilisi")),
    ],
)
def test_a_state_named_like_a_country(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two national staff of a local NGO partner were killed when armed men attacked a food distribution site "
         "near Batangafo.", (2, None)),
        ("Armed men stopped an INGO vehicle outside Bambari and robbed the passengers. The national staff driver "
         "was beaten with rifle butts and required treatment at the hospital.", (None, 1)),
        ("A UN international staff member was attacked by three men with knives in the Kilimani area of Nairobi "
         "and robbed of his phone. He sustained cuts to his arm and was treated and discharged.", (None, 1)),
    ],
)
def test_aid_worker_records(text: str, expected: tuple[int | None, int | None]) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police release's victims found, of whom one died: "males" are victims found as "victims" are
        ("Officers located two adult males suffering from gunshot wounds. One male was pronounced deceased at the "
         "scene.", (1, 1)),
        ("A teenager escaped with cuts to his hands when a man attacked him with a machete in Brentwood on Friday.",
         (None, 1)),
        # a date's abbreviation inside the clause of the one hurt who has since died
        ("Kelowna RCMP are saddened to report that a man who was stabbed in the Rutland neighbourhood of Kelowna on "
         "Oct. 3, 2024, has died in hospital.", (1, None)),
    ],
)
def test_police_release_wording(text: str, expected: tuple[int | None, int | None]) -> None:
    inc = main(text, published="2024-10-11T10:00:00-07:00")
    assert (inc["killed"], inc["injured"]) == expected


def test_a_town_the_gazetteer_places_in_no_division_takes_the_one_the_text_names() -> None:
    # Tari is listed with no first-level division (Hela province was carved out of Southern Highlands in 2012)
    text = (
        "TARI - Three women and two children were killed when gunmen attacked a settlement on the outskirts of "
        "Tari town in Hela Province on Saturday, police said."
    )
    assert where(text) == ("PG", "Hela", "Tari")
