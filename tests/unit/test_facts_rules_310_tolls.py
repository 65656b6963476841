"""Round 310: ordinal deaths, shares of the wounded, notes that exclude, and the attacker's death after a manhunt."""

from __future__ import annotations

from facts_rules_support import main


def test_note_about_the_other_civilians_keeps_the_staff_member() -> None:
    inc = main(
        "1 NNGO driver killed, along with four other passengers who are not counted here, when a mortar round hit "
        "the bus station in Kadugli."
    )
    assert inc["killed"] == 1


def test_note_about_the_figure_itself_still_excludes_it() -> None:
    inc = main(
        "An INGO nurse was wounded in Bossangoa. Three bystanders, who are not counted here, were killed."
    )
    assert inc["killed"] is None
    assert inc["injured"] == 1


def test_one_of_them_after_a_semicolon_is_a_share_of_those_shot() -> None:
    inc = main("Bandits shot four farmers near Zurmi on Sunday; one of them died on the way to hospital.")
    assert (inc["killed"], inc["injured"]) == (1, 3)


def test_an_eighth_death_after_seven_makes_eight() -> None:
    inc = main("Seven worshippers died inside the mosque in Kaduna and an eighth died in hospital on Saturday.")
    assert inc["killed"] == 8


def test_ordinal_death_in_the_lede_is_the_toll() -> None:
    inc = main(
        "A fifth victim of the grenade attack on a bar in Bujumbura has died, police said on Wednesday. Three men "
        "died at the scene and a woman died on the way to hospital on Monday."
    )
    assert inc["killed"] == 5


def test_a_second_blast_is_no_ordinal_death() -> None:
    inc = main("A car bomb killed two soldiers in Gao. A second bomb went off nearby an hour later and a boy died.")
    assert inc["killed"] == 3


def test_those_still_in_hospital_are_some_of_the_wounded() -> None:
    inc = main(
        "The drone strike on the market in Kherson killed six people. Officials said 52 people were wounded, "
        "including four children, and 17 remained in hospital on Sunday."
    )
    assert inc["injured"] == 52


def test_others_still_in_hospital_are_more_wounded() -> None:
    inc = main("The blast in Quetta killed four people and wounded 20; nine others remained in hospital overnight.")
    assert inc["injured"] == 29


def test_who_clause_with_adverbs_before_the_harm() -> None:
    inc = main(
        "Six pupils were wounded and two teachers who tried to disarm the attacker were also badly hurt at the "
        "school in Vantaa."
    )
    assert inc["injured"] == 8


def test_list_of_court_officers_killed() -> None:
    inc = main(
        "Gary Holt, 61, opened fire in the county courthouse in Tyler, Texas, killing his brother, his brother's "
        "attorney and a bailiff."
    )
    assert inc["killed"] == 3


def test_attacker_found_dead_hours_later_is_not_in_the_toll() -> None:
    inc = main(
        "Dale Morrow, 45, shot dead two co-workers at a sawmill in Roseburg, Oregon. He was found dead of a "
        "self-inflicted gunshot wound hours later at his home."
    )
    assert inc["killed"] == 2


def test_attacker_dead_by_his_own_hand_at_the_scene_is_not_in_the_toll() -> None:
    inc = main(
        "A gunman shot dead two co-workers at a sawmill in Roseburg, Oregon, before taking his own life."
    )
    assert inc["killed"] == 2


def test_date_of_the_attack_not_of_the_suspect_found_dead() -> None:
    inc = main(
        "The man suspected of killing six people at a warehouse in Reno was found dead of a self-inflicted "
        "gunshot wound on Friday, police said. He opened fire at the warehouse on Tuesday morning.",
        published="2023-06-17T12:00:00+00:00",
    )
    assert inc["event_date"] == "2023-06-13"


def test_beaten_staff_one_of_whom_died() -> None:
    inc = main("Gunmen beat four guards at a warehouse in Kaduna; one of them died of his wounds two days later.")
    assert (inc["killed"], inc["injured"]) == (1, 3)
