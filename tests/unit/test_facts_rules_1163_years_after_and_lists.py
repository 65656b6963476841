"""Round 1163: a court's lede that opens on the years since the killing ("Ten years after 58 people were shot dead on
a hilltop in Maguindanao, a court on Thursday convicted ...") tells that killing, dated by the sentence that opens on
its day; and a first part with its own predicate ("80 suspects remain at large, and three witnesses were killed") is
no part of a list of the dead."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts import parse_incidents


def test_a_court_lede_on_the_years_since_the_killing() -> None:
    inc = main(
        "Eight years after 31 people were shot dead at a roadside in Sultan Kudarat, a court on Thursday convicted "
        "the former mayor of Lambayong of murder for ordering the massacre.\n\n"
        "The judge read the verdict in a courtroom inside the city jail. She sentenced the former mayor and 12 "
        "others to life in prison. Nine accused were acquitted. Lawyers for the mayor said they would appeal.\n\n"
        "On the morning of March 4, 2011, a convoy of supporters of a rival candidate was stopped at a checkpoint "
        "by armed men. The victims were driven to a field, where they were shot.",
        published="2019-03-07T16:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (31, "2011-03-04")


def test_years_after_a_killing_without_a_court_or_a_remembrance_stays_background() -> None:
    incidents = parse_incidents(
        "Eight years after 31 people were shot dead at a roadside in Sultan Kudarat, the province's farmers are "
        "planting rice again, officials said on Thursday.",
        published="2019-03-07T16:00:00Z",
    )
    assert all(i["killed"] != 31 for i in incidents)


def test_a_part_with_its_own_predicate_is_no_part_of_the_dead() -> None:
    inc = main(
        "Gunmen attacked the witnesses of a murder trial in Cotabato on Monday. About 80 suspects remain at large, "
        "and at least three witnesses were killed, police said.",
        published="2019-03-07T16:00:00Z",
    )
    assert inc["killed"] == 3
