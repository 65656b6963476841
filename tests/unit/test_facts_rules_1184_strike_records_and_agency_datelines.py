"""Round 1184: strike databases' records and a state agency's dateline. A record's "Operator:" field names whose drone
or aircraft struck (a state, or the CIA, an actor of the dictionary), and is no place; a line break ends a place's
name ("in Peshawar" above "Total killed: 4"); a record's place line ("Location: Kotkai, South Waziristan") names the
village before the division that holds it. TASS closes its dateline with its name between slashes, which is no
town, and a country named in the lede is that country, whatever towns share its name. A country's airmen are its
people, not where they were; an international court's seat is not where the crime was, and "the Gulf" is a sea, not
Papua New Guinea's province."""

from __future__ import annotations

from facts_rules_support import main, perpetrators
from newsfacts.facts.places import resolve_location


def test_the_operator_field_names_the_state() -> None:
    inc = main(
        "Ref X7\n12 March 2011\nDatta Khel, North Waziristan\nTotal killed: 9\nOperator: US.\n\n"
        "Missiles hit a compound in the village before dawn, killing nine people, local officials said.",
        published=None,
    )
    assert perpetrators(inc) == ["United States armed forces (US military, U.S.-led coalition)"]
    assert inc["country"] == "PK"


def test_the_operator_field_names_the_agency() -> None:
    inc = main(
        "Ref X8 | 4 June 2010 | Mir Ali, North Waziristan | Killed: 6 | Operator: CIA | Two missiles struck a car "
        "on the edge of the town.",
        published=None,
    )
    assert perpetrators(inc) == ["Central Intelligence Agency (CIA)"]


def test_an_airline_in_the_operator_field_names_no_attacker() -> None:
    inc = main(
        "Flight 412 was destroyed by a bomb in its hold over Shimla on Monday, killing 31 people. Operator: Air "
        "India. No group has said it planted the bomb.",
    )
    assert perpetrators(inc) == []


def test_a_cia_drone_is_the_agencys() -> None:
    inc = main("A CIA drone fired two missiles at a house in South Waziristan on Sunday, killing four people.")
    assert perpetrators(inc) == ["Central Intelligence Agency (CIA)"]


def test_a_line_break_ends_a_place_name() -> None:
    loc = resolve_location("A drone strike on a house in Peshawar\nTotal killed: 4 | Injured: 2")
    assert (loc.country, loc.location) == ("PK", "Peshawar")


def test_a_record_place_line_names_the_village() -> None:
    inc = main(
        "Ref X9\n9 May 2009\nKotkai, South Waziristan\nTotal killed: 5\n\n"
        "Missiles struck a house in the village shortly after midnight, killing five people.",
        published=None,
    )
    assert (inc["country"], inc["location"]) == ("PK", "Kotkai")


def test_a_date_line_in_capitals_is_no_place_line() -> None:
    inc = main(
        "Morning briefing\nMONDAY, MAY 6\n\nMardan: A bomb killed five people at a market in Mardan on Sunday "
        "evening, police said.",
        published="2024-05-06T06:00:00+05:00",
    )
    assert inc["location"] == "Mardan"


def test_the_tass_dateline() -> None:
    inc = main(
        "MOSCOW, November 17. /TASS/. The airliner that crashed in the North Sinai province of Egypt on October 31 "
        "was downed by a homemade bomb, the head of the security service told the president on Monday night. All "
        "224 people on board were killed. Russia has suspended all flights to Egypt.",
        published="2015-11-17T10:30:00+03:00",
    )
    assert (inc["country"], inc["admin1"], inc["event_date"]) == ("EG", "North Sinai", "2015-10-31")


def test_a_countrys_airmen_are_its_people() -> None:
    inc = main(
        "Life term for airport shooting of U.S. airmen\n\nFRANKFURT — A court on Friday sentenced a man to life in "
        "prison for shooting dead two U.S. airmen at Frankfurt airport on March 2, 2011.",
        published="2012-02-10T15:00:00+01:00",
    )
    assert (inc["country"], inc["admin1"]) == ("DE", "Hesse")


def test_the_international_court_at_the_hague_and_the_gulf() -> None:
    inc = main(
        "THE HAGUE (Reuters) - Lawyers for Iran told the International Court of Justice on Monday that the downing "
        "of an Iranian airliner over the Gulf, which killed 290 people in July 1988, was unlawful.",
        published="1996-02-22T16:00:00+01:00",
    )
    assert inc["country"] == "IR"


def test_gulf_province() -> None:
    inc = main("Tribesmen killed six men in a clan feud in the Gulf Province town of Kerema on Sunday, police said.")
    assert inc["country"] == "PG"
