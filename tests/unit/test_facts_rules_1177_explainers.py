"""Round 1177: explainers and fact checks. Their questions carry the verb their answers leave out: "How many
died?" over "Thirty-one people, 19 of them pupils, officials say."; "Who died?" over "Nine people: ..."; "Who were
the gunmen?" over "Brothers X and Y". The answer to "What happened?" is the piece's lede, and "What happened on the
night of 4 May 2011?" dates the event itself. A factbox's "When:" is the field for the day, and its "Gunman:" names
him beside a group's claim."""

from __future__ import annotations

from facts_rules_support import actor_names, main, perpetrators


def test_how_many_died_answered_without_a_verb() -> None:
    inc = main(
        "School siege: what we know\n\nWhat happened?\nShortly after 9am on Tuesday, a man armed with a rifle walked "
        "into a secondary school in the town of Kazan and went from classroom to classroom. He then turned the gun "
        "on himself, killing himself in a stairwell.\n\nHow many died?\nThirty-one people, 19 of them pupils, "
        "officials say. Fourteen people were wounded.",
        published="2021-05-13T09:00:00+03:00",
    )
    assert (inc["killed"], inc["injured"]) == (31, 14)


def test_how_many_died_in_the_same_line() -> None:
    inc = main(
        "How many people died in Lyon? Three: two passers-by and a bus driver, all shot on Monday by Marc Duval as "
        "he fled a police check. Five more people were hurt.",
        published="2018-06-05T10:00:00+02:00",
    )
    assert (inc["killed"], inc["injured"]) == (3, 5)
    assert perpetrators(inc) == ["Marc Duval"]


def test_who_died_and_who_were_the_gunmen() -> None:
    inc = main(
        "Bar shooting: four questions\n\n1. What happened?\nAt about 10pm on Friday, two gunmen burst into a bar in "
        "Marseille and fired on the customers.\n\n2. Who died?\nNine people: six customers, the barman, a cook and a "
        "passer-by. Seven people were wounded.\n\n3. Who were the gunmen?\nBrothers Karim and Nabil Haddad, both "
        "from the city. They were arrested on Sunday.\n\n4. Is it linked to Thursday's killing?\nPolice say a man "
        "shot dead in the city on Thursday was not killed by the brothers.",
        published="2019-11-04T08:00:00+01:00",
    )
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (9, 7, "2019-11-01")
    assert {"Karim Haddad", "Nabil Haddad"} <= set(actor_names(inc))


def test_what_happened_on_a_day_dates_the_event() -> None:
    inc = main(
        "Ten years on: what became of the Santa Rosa inquiry?\n\nAlmost ten years after nine farm workers vanished "
        "near Santa Rosa, a truth commission on Thursday called the case a state crime, and a former governor is "
        "under arrest. Here is what is known.\n\nWhat happened on the night of 4 May 2011?\nSoldiers stopped "
        "two buses on the road outside Santa Rosa and opened fire. During several attacks that night, five people "
        "were killed and about 20 were injured.",
        published="2021-05-10T10:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (5, "2011-05-04")


def test_a_factboxs_when_and_gunman_fields() -> None:
    inc = main(
        "Resort attack: the key facts\n• Where: A hotel beach near the resort town of Hammamet.\n"
        "• When: Shortly after noon on Friday 12 June.\n• Killed: 17 tourists.\n"
        "• Gunman: Samir Belhadj, 24, a student. He was shot dead by police. Officials say he had trained at a camp "
        "with the men who attacked a museum in the capital in March, killing 20 people.\n"
        "• Claim: The Islamic State group said it was behind the attack.",
        published="2015-06-16T12:00:00+01:00",
    )
    assert inc["event_date"] == "2015-06-12"
    assert "Samir Belhadj" in perpetrators(inc)
