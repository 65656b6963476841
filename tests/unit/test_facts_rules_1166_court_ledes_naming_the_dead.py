"""Round 1166: a court's or a remembrance's lede that names the one person killed ("sentenced X to death for the
kidnapping and murder of reporter Daniel Pearl") reports that killing, when the text counts no dead of its own; and
"Commonwealth" (the nations, or Edmonton's stadium) is no town in the Philippines."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts import parse_incidents


def test_a_sentence_for_the_murder_of_a_named_reporter() -> None:
    inc = main(
        "KARACHI, July 15 - An anti-terrorism court on Monday sentenced militant Yusuf Shah to death for the "
        "kidnapping and murder of newspaper reporter Imran Qadir, who was abducted in Karachi in January 2001.",
        published="2002-07-15T12:00:00Z",
    )
    assert (inc["killed"], inc["country"]) == (1, "PK")


def test_a_jail_term_for_a_soldiers_murder_dates_it() -> None:
    inc = main(
        "Two men were jailed for life at the Old Bailey on Wednesday for the murder of Corporal Daniel Ashby, who "
        "was run down with a car and hacked to death outside barracks in Colchester in May last year.",
        published="2014-02-26T13:00:00Z",
    )
    assert (inc["killed"], inc["event_date"], inc["date_precision"]) == (1, "2013-05-01", "month")


def test_a_named_killing_outside_a_court_or_a_remembrance_reports_nothing() -> None:
    incidents = parse_incidents(
        "The killing of journalist Anna Petrova changed how the newspaper works, its editor said on Monday.",
        published="2024-05-13T10:00:00Z",
    )
    assert all(i["killed"] != 1 for i in incidents)


def test_commonwealth_is_no_town() -> None:
    inc = main(
        "A police officer was stabbed on Saturday night after a car rammed a barricade outside Commonwealth Stadium, "
        "where the home side was hosting the visitors from Winnipeg.",
        published="2017-10-01T10:00:00Z",
    )
    assert inc["country"] != "PH"
