"""Round 450: a dataset note's fatality estimates, a sentence opened by the day before telling its own event, and a
gang named after its kind."""

from __future__ import annotations

from facts_rules_support import killed, main
from newsfacts.facts import parse_incidents


def test_fatality_estimates_give_the_best_with_its_bounds() -> None:
    text = (
        "One-sided violence: ADF - civilians. Date: 14 October 2020. Location: outskirts of Mangina (Beni "
        "territory, North Kivu, DR Congo). ADF rebels killed civilians with machetes during a night raid on farms. "
        "Fatality estimates: low 4, best 6, high 9."
    )
    assert killed(main(text)) == (6, 4, 9)


def test_a_sentence_opened_by_the_day_before_is_its_own_event() -> None:
    text = (
        "A drone hit a bus in Kherson this morning, injuring five people. No one was killed, the governor said. "
        "On Monday, Russian shelling of the city killed two men and wounded a woman, officials said."
    )
    incidents = parse_incidents(text, published="2024-08-27T12:30:00+03:00")
    assert [(i["killed"], i["injured"], i["event_date"]) for i in incidents] == [
        (0, 5, "2024-08-27"),
        (2, 1, "2024-08-26"),
    ]


def test_a_part_of_the_same_night_stays_in_the_main_incident() -> None:
    text = (
        "Russian strikes on Kherson killed three people on Monday evening, the governor said. After midnight, "
        "another strike on the city wounded two more."
    )
    incidents = parse_incidents(text, published="2024-08-27T09:00:00+03:00")
    assert len(incidents) == 1


def test_a_gang_named_after_its_kind() -> None:
    text = (
        "Two young men were wounded when shots were fired in Copenhagen on Friday, and police said on Saturday "
        "that members of the gang Norrebro Boys were behind the attack."
    )
    assert [a["name"] for a in main(text)["actors"] if a["role"] == "perpetrator"] == ["Norrebro Boys"]


def test_members_of_a_gang_fired_on_are_its_targets() -> None:
    text = "Gunmen opened fire on members of the Dorgan gang in Dublin on Sunday, killing three."
    assert all(a["role"] != "perpetrator" for a in main(text)["actors"])
