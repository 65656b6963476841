"""Round 350: UCDP event rows in their field layout, and zeros and updates told in more words."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.parser import parse_incidents

ONE_SIDED = (
    "side_a: FPRI | side_b: Civilians | where_description: Tchey village, Irumu territory | adm_1: Ituri province "
    "| date_start: 2021-06-13 | date_end: 2021-06-13 | best: 7 | low: 6 | high: 10 | source_article: Radio Okapi, "
    '2021-06-14, "Sept civils tues a Tchey par des miliciens"'
)
STATE_BASED = (
    "dyad_name: Government of Mali - JNIM\nwhere_description: Boni town, Douentza cercle\nadm_1: Mopti region\n"
    "date_start: 2020-10-02\nbest: 4\nlow: 4\nhigh: 6\nsource_article: AFP, 2020-10-03: Jihadists attacked an army "
    "post in Boni on Friday."
)


def test_a_one_sided_row_whose_quote_is_not_english() -> None:
    inc = main(ONE_SIDED)
    assert (inc["killed"], inc["killed_low"], inc["killed_high"]) == (7, 6, 10)
    assert (inc["country"], inc["admin1"], inc["event_date"]) == ("CD", "Ituri", "2021-06-13")


def test_the_rows_place_the_gazetteer_lacks_as_written() -> None:
    assert main(ONE_SIDED)["location"] == "Tchey village"


def test_side_a_of_a_one_sided_row_did_it() -> None:
    inc = main(ONE_SIDED)
    assert [(a["name"], a["role"]) for a in inc["actors"]] == [("FPRI", "perpetrator")]


def test_a_row_one_field_per_line() -> None:
    inc = main(STATE_BASED)
    assert (inc["killed"], inc["killed_high"], inc["event_date"]) == (4, 6, "2020-10-02")


def test_the_sides_of_a_fight_are_who_fought() -> None:
    inc = main(STATE_BASED.replace("dyad_name: Government of Mali - JNIM", "side_a: Government of Mali | side_b: JNIM"))
    roles = {a["name"]: a["role"] for a in inc["actors"]}
    assert roles["Government of Mali"] == "unknown"


def test_a_text_that_only_mentions_sides_is_no_row() -> None:
    """ "side_a" opens a field; a sentence about two sides of a town is no UCDP row and no incident."""
    text = "Talks between the two sides of the town resumed on Monday after a dispute over water."
    assert parse_incidents(text, published="2023-06-12T10:00:00+00:00") == []


def test_a_municipality_the_gazetteer_lacks() -> None:
    inc = main("Gunmen killed three soldiers in Datu Saudi Ampatuan municipality, Maguindanao del Sur province.")
    assert inc["location"] == "Datu Saudi Ampatuan municipality"


def test_no_one_killed_or_injured_is_two_zeros() -> None:
    inc = main("A bomb damaged the gate of a police station in Kherson. No one was killed or injured.")
    assert (inc["killed"], inc["injured"]) == (0, 0)


def test_no_reported_casualties_is_two_zeros() -> None:
    inc = main(
        "Assailants detonated an explosive device on a pipeline near Saravena, Arauca department. There were no "
        "reported casualties."
    )
    assert (inc["killed"], inc["injured"]) == (0, 0)


def test_no_reported_deaths_is_a_zero_of_the_dead_only() -> None:
    inc = main("A car bomb exploded near a checkpoint in Kirkuk; there were no reported deaths.")
    assert (inc["killed"], inc["injured"]) == (0, None)


def test_the_wounded_updated_later_in_the_day() -> None:
    inc = main(
        "Russian shelling of Kupiansk killed three civilians; at least 7 were wounded, the governor said. Later in "
        "the day he updated the number of wounded to 10."
    )
    assert (inc["killed"], inc["injured"]) == (3, 10)
