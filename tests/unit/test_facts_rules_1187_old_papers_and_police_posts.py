"""Round 1187: the old papers' datelines and the police's own posts. A paper's filing line may close with a stop
("From Our Own Correspondent, Rome, Dec. 12."), name the agency after a comma ("BELFAST, Nov 9, Reuter -") or the
country after the town ("BAD HOMBURG, West Germany, Nov. 30 —"): its day is the one "this morning" counts from. The
day a group admitted an attack, or the police praised the crowd, is not the attack's; "killed no one" is a zero. A
police post signed by a town's department ("Waukesha PD:") or by a force's initials ("TPS:", "NSW Police:") places
its event in the force's town or division. A lone victim "taken to hospital but died" is one of the dead, named
after the age ("12-year-old Jenny Marsh was stabbed") or not."""

from __future__ import annotations

from facts_rules_support import main


def test_a_filing_line_closed_by_a_stop() -> None:
    inc = main(
        "Bank bomb kills 14\n\nFrom Our Own Correspondent, Rome, Dec. 12.\n\nFourteen people were killed this "
        "afternoon when a bomb exploded in the main hall of a bank in Milan.",
        published="1969-12-13T06:00:00+01:00",
    )
    assert inc["event_date"] == "1969-12-12"


def test_a_filing_line_with_the_country_after_the_town() -> None:
    inc = main(
        "BAD HOMBURG, West Germany, Nov. 30 — The chairman of a bank was killed this morning when a bomb hidden on "
        "a bicycle exploded beside his car.",
        published="1989-12-01T06:00:00+01:00",
    )
    assert inc["event_date"] == "1989-11-30"


def test_the_day_a_group_admitted_the_attack() -> None:
    inc = main(
        "BELFAST, Nov 9, Reuter - The outlawed group today admitted planting the bomb that killed 11 people at a "
        "ceremony in the town of Enniskillen yesterday.",
        published="1987-11-09T13:25:00+00:00",
    )
    assert (inc["killed"], inc["event_date"]) == (11, "1987-11-08")


def test_the_day_the_police_praised_the_crowd_and_killed_no_one() -> None:
    inc = main(
        "Police last night praised the shoppers who helped to clear the city centre before Saturday's bomb, which "
        "injured 212 people but killed no one.",
        published="1996-06-17T06:00:00+01:00",
    )
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (0, 212, "1996-06-15")


def test_a_post_signed_by_a_towns_department() -> None:
    inc = main("Waukesha PD: 5 people dead and at least 40 injured after an SUV drove through a parade on Sunday.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("US", "Wisconsin", "Waukesha")


def test_a_post_signed_by_a_forces_initials() -> None:
    inc = main("TPS: A van mounted the sidewalk this afternoon, striking pedestrians. 10 people are dead.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("CA", "Ontario", "Toronto")


def test_a_post_signed_by_a_states_force() -> None:
    inc = main("NSW Police: Six people have died after a man stabbed shoppers at a shopping centre this afternoon.")
    assert (inc["country"], inc["admin1"]) == ("AU", "New South Wales")


def test_a_lone_victim_who_died_after_the_way_to_hospital() -> None:
    inc = main(
        "A man was stabbed outside a pub in the city centre on Friday night. He was taken to hospital but died a "
        "short time later, police said."
    )
    assert (inc["killed"], inc["injured"]) == (1, None)


def test_a_lone_victim_still_in_hospital_is_hurt() -> None:
    inc = main(
        "A man was stabbed outside a pub in the city centre on Friday night. He was taken to hospital where he "
        "remains in a stable condition, police said."
    )
    assert (inc["killed"], inc["injured"]) == (None, 1)


def test_a_victim_named_after_the_age() -> None:
    inc = main(
        "Four boys have been arrested on suspicion of murder after 12-year-old Jenny Marsh was stabbed in Mill Lane "
        "on Thursday evening. She was taken to hospital but died a short time later."
    )
    assert (inc["killed"], inc["injured"]) == (1, None)
