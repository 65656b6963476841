"""Round 1173: assassinations and stories of the named dead. A life's work before a killing recalls no other event
("after years of opposing the dam"); "died in hospital ..., nine days after he was shot in the head" is one dead, not
one hurt; a year's count ("have been killed in the Valley this year"), a people's overall toll and a threat ("he
could kill 470 disabled people") are not the attack's dead; "The seven World Central Kitchen staff killed" and "the
19 residents he stabbed to death" are."""

from __future__ import annotations

from facts_rules_support import main


def test_a_life_of_work_before_the_killing() -> None:
    inc = main(
        "San Pedro, 5 July 2021 - The Supreme Court today found a former company executive guilty as a co-perpetrator "
        "of the murder of environmental defender Rosa Alvarado.\n\n"
        "Rosa was shot dead in her home in La Esperanza on the night of 2 March 2016, after years of opposing a dam "
        "on the river.",
        published="2021-07-05T19:30:00-06:00",
    )
    assert (inc["killed"], inc["event_date"]) == (1, "2016-03-02")


def test_died_days_after_he_was_shot() -> None:
    inc = main(
        "AMSTERDAM, July 15 - Jan de Wit, the Netherlands' best-known crime reporter, died in hospital on Thursday, "
        "nine days after he was shot in the head on a street in central Amsterdam, his family said.",
        published="2021-07-15T14:50:00+02:00",
    )
    assert (inc["killed"], inc["injured"]) == (1, None)


def test_a_years_count_is_no_toll_of_the_attack() -> None:
    inc = main(
        "Police said on Thursday the killing of the editor and his two guards outside his office on June 14 was "
        "planned by a militant group. More than 200 people, including 80 militants, have been killed in the Valley "
        "this year, according to police figures.",
        published="2018-06-28T20:15:00+05:30",
    )
    assert inc["killed"] != 200


def test_staff_named_by_their_employer_and_a_peoples_overall_toll() -> None:
    inc = main(
        "DEIR AL-BALAH - The seven World Central Kitchen staff killed when their convoy was hit by strikes late on "
        "Monday had just overseen the unloading of food at a warehouse.\n\n"
        "The health ministry puts the overall Palestinian death toll at more than 32,900.",
        published="2024-04-03T11:00:00+03:00",
    )
    assert (inc["killed"], inc["event_date"]) == (7, "2024-04-01")


def test_the_dead_told_by_what_he_did_and_a_threat() -> None:
    inc = main(
        "YOKOHAMA - Police never released the names of the 19 residents he stabbed to death at the care home in "
        "Sagamihara in the early hours of 26 July 2016. He had written months earlier saying he could kill 470 "
        "disabled people.",
        published="2020-03-16T18:00:00+09:00",
    )
    assert (inc["killed"], inc["event_date"]) == (19, "2016-07-26")
