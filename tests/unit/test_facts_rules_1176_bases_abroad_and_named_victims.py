"""Round 1176: a country's base abroad and the victims it names. "The U.S. Rhein-Main Air Base" says whose base it
is, not where it stands, so the dateline's Frankfurt keeps the attack in Germany; "two Americans, an airman and a
civilian employee" are two people by nationality and then by role; an accented name's age ("Érignac, 60, the
prefect of Corsica,") is an age; and the anniversary of an old attack recalls that attack's dead."""

from __future__ import annotations

from facts_rules_support import main


def test_a_countrys_named_base_abroad_is_whose_not_where() -> None:
    inc = main(
        "FRANKFURT, West Germany, June 3 (AP) — A bomb hidden in a rubbish bin went off today outside the canteen "
        "of the U.S. Rhein-Main Air Base, killing a cook and wounding nine people, U.S. Air Force officials said.",
        published="1986-06-03T19:00:00+02:00",
    )
    assert (inc["country"], inc["admin1"]) == ("DE", "Hesse")


def test_a_dotted_countrys_air_base_is_whose_not_where() -> None:
    inc = main(
        "FRANKFURT, Germany (AP) — A grenade thrown over the fence of the U.S. air base wounded four airmen on "
        "Sunday night, police said.",
        published="1991-02-11T09:00:00+01:00",
    )
    assert inc["country"] == "DE"


def test_nationals_then_each_by_role_are_not_added() -> None:
    inc = main(
        "A car bomb exploded near the harbour on Monday, killing three Canadians, a diplomat, a nurse and a teacher, "
        "and wounding 14 people, the embassy said.",
        published="2004-05-10T16:00:00Z",
    )
    assert (inc["killed"], inc["injured"]) == (3, 14)


def test_an_accented_names_age_before_what_he_was() -> None:
    inc = main(
        "Hélène Écuyer, 52, the mayor of the village, was shot dead on Tuesday evening outside the town hall. Two "
        "men on a motorbike were seen leaving.",
        published="1999-03-17T07:00:00+01:00",
    )
    assert inc["killed"] == 1


def test_the_anniversary_of_an_old_attack_recalls_its_dead() -> None:
    inc = main(
        "A magistrate was shot dead this morning outside his flat in Turin as he left for court. Today is also the "
        "fourth anniversary of the station bombing in Bologna, in which 85 people died.",
        published="1984-08-02T18:00:00+02:00",
    )
    assert inc["killed"] == 1


def test_a_crowd_marking_an_anniversary_is_still_counted() -> None:
    inc = main(
        "Two bombs killed 31 people on Wednesday. 112 people were injured in the blasts on the road to the shrine, "
        "where thousands had gathered to mark the tenth anniversary of the death of the order's founder.",
        published="2021-03-05T10:00:00Z",
    )
    assert (inc["killed"], inc["injured"]) == (31, 112)
