"""Long wire stories: a later paragraph that dates the act more exactly than the lede ("The attack took place on
Thursday night"), a separate incident's day not taken for the main one's, and a weekday after "on" not read as a
place. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.unit.facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "GOMA, Congo (Reuters) - Rebels killed at least 19 civilians in an overnight attack on a village in "
            "eastern Congo, a local official said on Friday.\n\nThe attack took place on Thursday night in the "
            "village of Kasanga, he said.",
            "2023-03-10T10:00:00+00:00",
            "2023-03-09",
        ),
        (
            "ABUJA (Reuters) - Militants killed 21 people in an attack on a village in northeast Nigeria, "
            "officials said on Tuesday.\n\nThe fighters arrived at the village on Sunday evening and opened fire "
            "on residents, a police spokesman said.",
            "2023-09-26T10:00:00+00:00",
            "2023-09-24",
        ),
    ],
)
def test_a_later_paragraph_that_tells_when_the_act_took_place_dates_it(
    text: str, published: str, expected: str
) -> None:
    assert main(text, published)["event_date"] == expected


@pytest.mark.parametrize("opening", ["Separately,", "Elsewhere,", "In a separate attack,"])
def test_a_separate_incidents_day_is_not_the_main_ones(opening: str) -> None:
    text = (
        "Gunmen killed 14 villagers in an attack in Zamfara state, police said on Wednesday. The attackers came "
        "on motorcycles and burned homes, a resident said. " + opening + " two soldiers were killed in an ambush "
        "in Borno state on Monday."
    )
    assert main(text, "2023-05-10T10:00:00+00:00")["event_date"] != "2023-05-08"


def test_the_separate_incident_keeps_its_own_day() -> None:
    text = (
        "Gunmen killed 14 villagers in an attack on a market in Zamfara state on Tuesday, police said. "
        "Separately, two soldiers were killed in an ambush in Borno state on Monday."
    )
    from newsfacts.facts import parse_incidents

    incidents = parse_incidents(text, published="2023-05-10T10:00:00+00:00")
    assert incidents[0]["event_date"] == "2023-05-09"
    assert any(inc["event_date"] == "2023-05-08" for inc in incidents[1:])


@pytest.mark.parametrize("when", ["on Saturday", "on Christmas Day", "on Friday morning"])
def test_a_time_after_on_is_not_a_place_beside_the_town(when: str) -> None:
    text = (
        "Suspected jihadists killed 22 soldiers in an ambush in northern Burkina Faso, security sources said. "
        f"The attack took place {when} near Djibo, a source said."
    )
    assert main(text, "2023-02-19T10:00:00+00:00")["location"] == "Djibo"
