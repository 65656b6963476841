"""Round 1133: a UN agency's statement dated before its dash below the title ("26 January 2025 - WHO is appalled by
the attack ... on 24 January"); more national agencies' datelines ("Taipei, May 22 (CNA)"); "the 2001 fire" and "last
September" recall other events; an armed group's camp is no place; a village or a displacement site placed by the
town near it after a comma; a saint's name is no town; a feud that "escalated after" a killing abroad."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.text import ascii_lower, dateline, recalls_other_event

STATEMENT = (
    "WHO condemns attack on hospital in Kadugli\n\n"
    "14 March 2025 - WHO is appalled by the attack on the Kadugli Teaching Hospital in South Kordofan on 12 March. "
    "The hospital was hit by a drone, killing 9 people and injuring 14."
)


def test_statement_date_before_the_dash_is_the_issue_day() -> None:
    assert main(STATEMENT, published="2025-03-14")["event_date"] == "2025-03-12"


def test_row_opening_on_its_date_keeps_it() -> None:
    text = "12 March 2025 - Gunmen killed five villagers in Kadugli, South Kordofan."
    assert main(text, published=None)["event_date"] == "2025-03-12"


def test_cna_dateline_without_a_dash() -> None:
    text = (
        "Taipei, May 22 (CNA) Prosecutors on Thursday sought the detention of a student who killed four people in a "
        "knife attack on a metro train. The attack began at about 4 p.m. Wednesday."
    )
    assert dateline(text) is not None
    assert main(text, published="2014-05-22")["event_date"] == "2014-05-21"


def test_a_year_named_fire_is_another_event() -> None:
    low = ascii_lower(
        "Before the blaze, the deadliest mass killing in the country was the 2001 fire at a building in Osaka, "
        "which killed 44 people."
    )
    assert recalls_other_event(low, 0, len(low))


def test_last_month_by_name_is_the_past() -> None:
    low = ascii_lower("The feud began after a man was shot dead in Alicante last September.")
    assert recalls_other_event(low, 0, len(low))


def test_an_armed_groups_camp_is_no_place() -> None:
    text = (
        "U.S. strike on Islamic State camp in Libya kills 41\n\n"
        "TRIPOLI, Feb 20 - U.S. warplanes bombed a suspected Islamic State training camp near the Libyan city of "
        "Sabratha on Friday, killing 41 people, the town's mayor said."
    )
    assert main(text, published="2016-02-20")["location"] == "Sabratha"


def test_village_near_a_town_after_a_comma() -> None:
    text = (
        "North Kordofan - On 12 July, RSF fighters attacked Umm Sayala village, near Bara town, and set homes on fire, "
        "killing at least 40 people."
    )
    assert main(text, published="2025-07-14")["location"].startswith("Umm Sayala")


def test_displacement_site_near_a_town() -> None:
    text = (
        "Late on 3 May, armed assailants attacked the Kpala displacement site, near Bule in Djugu territory, Ituri "
        "province, killing 12 people."
    )
    assert main(text, published="2023-05-05")["location"].startswith("Kpala")


def test_a_saints_name_is_no_town() -> None:
    text = "A man was shot dead outside St Mary's Grammar School on the Glen Road in west Belfast on Monday."
    inc = main(text, published="2018-12-04")
    assert (inc["country"], inc["location"]) == ("GB", "Belfast")


def test_a_town_named_for_a_saint_is_found_whole() -> None:
    assert main("Gunmen shot dead two men in St Albans on Monday.", published="2020-01-07")["location"] == "St Albans"


def test_feud_escalated_after_a_killing_abroad() -> None:
    text = (
        "One man was shot dead and two others were wounded when gunmen stormed a hotel in north Dublin yesterday "
        "afternoon. Police believe the attack is the latest in a feud between two gangs which escalated "
        "after the murder of a man in Marbella, Spain, in September."
    )
    inc = main(text, published="2016-02-06")
    assert (inc["country"], inc["location"]) == ("IE", "Dublin")
