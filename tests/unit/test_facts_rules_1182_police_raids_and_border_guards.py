"""Round 1182: the state's own forces as the ones who killed. A raid the dead fell in names its force ("were killed
when police raided", "during simultaneous police operations", "a stray police bullet"); a headline's present tense
("Police kill 12 in ...") says the same. South Asia's border guards and police battalions (BSF, BGB, RAB) are actors
of the dictionary. A victim named with an age in brackets and a passive without its "was" ("X (15), of Y, shot dead
by border guards") is one of the dead, not the attacker."""

from __future__ import annotations

from facts_rules_support import main, perpetrators


def test_a_victim_named_with_a_bracketed_age_and_a_terse_passive() -> None:
    inc = main(
        "3 March 2012 | Rahima Begum (17), of Chilmari upazila, Kurigram, shot dead by BSF members at around 5am "
        "while crossing the border fence near her village.",
        published=None,
    )
    assert inc["killed"] == 1
    assert perpetrators(inc) == ["Border Security Force (BSF)"]


def test_a_terse_passive_names_no_attacker_in_its_subject() -> None:
    inc = main("Maria Lopes, 34, stabbed to death by a neighbour in her flat on Friday evening.")
    assert "Maria Lopes" not in perpetrators(inc)


def test_the_police_battalion_by_its_name() -> None:
    inc = main(
        "Two men were shot dead by members of the Rapid Action Battalion in a so-called gunfight in Jessore late "
        "on Monday, their families said."
    )
    assert perpetrators(inc) == ["Rapid Action Battalion (RAB)"]


def test_the_dead_fell_when_police_raided() -> None:
    inc = main(
        "A village chairman accused of drug dealing was shot dead along with his son and four guards when police "
        "raided his house before dawn on Tuesday, officials said."
    )
    assert (inc["killed"], perpetrators(inc)) == (6, ["Police"])


def test_the_dead_fell_during_police_operations() -> None:
    inc = main(
        "Rights groups condemned the killing of nine farmers in three villages early on Sunday during simultaneous "
        "police operations against what officers called illegal firearms."
    )
    assert perpetrators(inc) == ["Police"]


def test_a_stray_police_bullet() -> None:
    inc = main(
        "A nine-year-old girl was killed by a stray police bullet on Saturday night as officers dispersed a crowd "
        "outside a bar in the city's east, her mother said."
    )
    assert (inc["killed"], perpetrators(inc)) == (1, ["Police"])


def test_a_headline_in_the_present_tense() -> None:
    inc = main(
        "Police kill 12 in dawn raid on hillside slum\n\nTwelve people died on Thursday in the hillside community, "
        "residents said, and five more were taken to hospital."
    )
    assert (inc["killed"], perpetrators(inc)) == (12, ["Police"])
