"""Round 400: datelines in title case with their filing day, and a day a statement was made."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.parser import parse_incidents

_PUB = "2024-02-08T11:00:00+02:00"


@pytest.mark.parametrize(
    "dateline",
    [
        "Goma, 8 February 2024 — ",
        "Bunia/Geneva, 8 February 2024 – ",
        "Beni (North Kivu), Feb 8: ",
        "(Kinshasa, 8 February 2024) — ",
        "BENI, Feb 8: ",
    ],
)
def test_a_datelines_filing_day_is_not_the_event_day(dateline: str) -> None:
    text = dateline + "Two shells landed in the centre of Mweso on Tuesday 6 February, killing two people on the spot."
    assert main(text, published=_PUB)["event_date"] == "2024-02-06"


def test_a_title_case_opening_with_a_comma_and_no_date_is_no_dateline() -> None:
    text = "Goma, the largest city in the east, was shelled on 8 February 2024 - two people were killed."
    assert main(text, published=_PUB)["event_date"] == "2024-02-08"


def test_a_sentence_dated_only_by_when_a_statement_was_made_is_no_other_incident() -> None:
    text = (
        "PRESS RELEASE\n\n"
        "The army must answer for an airstrike on a school in Chin State that killed nine civilians, the group "
        "said today.\n\n"
        "On 3 February 2024, a jet dropped two bombs on a primary school in Hakha. Six students, two teachers and "
        "a parent who had come to collect her son were killed."
    )
    incidents = parse_incidents(text, published=_PUB)
    assert [(i["event_date"], i["killed"]) for i in incidents] == [("2024-02-03", 9)]


def test_a_day_after_the_harm_is_the_harms_though_an_agreement_was_named_before_it() -> None:
    text = (
        "Three former combatants who signed the peace agreement were shot dead on Sunday night in Sardinata, the "
        "party said on Tuesday. Their bodies were found on Monday morning by relatives."
    )
    assert main(text, published="2024-05-21T18:00:00-05:00")["event_date"] == "2024-05-19"


def test_a_day_an_agreement_was_signed_is_still_not_the_events() -> None:
    text = (
        "Gunmen shot dead two farmers in Sardinata on Friday, the party said. The ceasefire agreement signed on "
        "Monday had raised hopes in the region."
    )
    assert main(text, published="2024-05-21T18:00:00-05:00")["event_date"] == "2024-05-17"
