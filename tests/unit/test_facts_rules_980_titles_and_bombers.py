"""Round 980: a name with the title before it, or with "and N other members" / "and three of his aides" after it,
is one more of the dead; a log row's person described by "of ..." or by an aside; a priest's "Fr." ends no
sentence; a bomber's end told as "both attackers died", "along with the bomber", "as well as himself", "the driver
also died", "being the only fatality" or "killing only themselves"; a toll far from its verb; a first report's and an
earlier count replaced; a country's envoy is whose, not where."""

from __future__ import annotations

from facts_rules_support import main


def test_a_title_and_a_name_then_other_members() -> None:
    text = (
        "An air raid on a house in Mullaitivu on Friday killed rebel intelligence chief K.S. Ramanan and four other "
        "LTTE cadres, the military said."
    )
    assert main(text, "2008-03-08T10:00:00+05:30")["killed"] == 5


def test_a_name_and_three_of_his_aides() -> None:
    text = "Opposition councillor Ruwan Dissanayake and three of his aides were shot dead at Kaduwela on Saturday."
    assert main(text, "2012-05-06T09:00:00+05:30")["killed"] == 4


def test_a_retired_rank_before_the_name() -> None:
    text = (
        "A suicide bomber blew himself up at a rally in Kurunegala on Sunday, killing retired Brigadier General "
        "Sunil Mendis, his driver and at least 11 other people, police said."
    )
    assert main(text, "2008-02-10T18:00:00+05:30")["killed"] == 13


def test_a_rows_person_described_by_what_he_did() -> None:
    text = (
        "Manager of a haulage firm shot dead in Hernani (Gipuzkoa) on 12 March 2009 as he left his office; ETA "
        "suspected."
    )
    assert main(text)["killed"] == 1


def test_a_rows_person_with_initials_and_an_aside() -> None:
    text = (
        "2007-09-14: Catholic priest Fr. J.B. Nicholas, head of a parish relief committee, killed when a roadside "
        "bomb struck his van near Mannar."
    )
    inc = main(text)
    assert (inc["killed"], inc["event_date"]) == (1, "2007-09-14")


def test_a_rows_person_shot_from_a_passing_car() -> None:
    text = "04 Mar 2010 – Prison guard (47) shot dead from a passing car while driving home near Dungannon."
    assert main(text)["killed"] == 1


def test_a_close_aide_is_one_dead() -> None:
    text = (
        "A letter bomb went off inside the finance ministry in Athens on Monday, killing a senior aide of the "
        "minister."
    )
    assert main(text, "2011-03-15T08:00:00+02:00")["killed"] == 1


def test_both_suicide_attackers_died() -> None:
    text = (
        "Two suicide bombers struck police posts in Sousse on Friday, killing a police officer and wounding six "
        "other people. The first blew himself up by a patrol car; the second set off explosives at a checkpoint. "
        "Both attackers died."
    )
    assert main(text, "2019-07-05T14:00:00+01:00")["killed"] == 3


def test_both_attackers_in_a_gunfight_are_left_out() -> None:
    text = (
        "Two gunmen opened fire on a police station in Kairouan on Friday, killing a police officer. Officers "
        "returned fire and both attackers died in the exchange."
    )
    assert main(text, "2019-07-05T14:00:00+01:00")["killed"] == 1


def test_killed_along_with_the_bomber() -> None:
    text = (
        "A suicide bomber on a motorcycle rammed a minister's car in Colombo on Monday. Three police bodyguards were "
        "killed along with the bomber and 12 people were injured."
    )
    assert main(text, "2007-01-08T13:00:00+05:30")["killed"] == 4


def test_as_well_as_himself() -> None:
    text = (
        "On 3 June 2009, a suicide bomber drove into a checkpoint in Jaffna, killing seven people, five of them "
        "soldiers, as well as himself, and wounding about 30."
    )
    assert main(text)["killed"] == 8


def test_the_car_bombs_driver_also_died() -> None:
    text = (
        "12 May 2011. Tamanrasset, Algeria. Car bomb driven into a gendarmerie barracks: 2 gendarmes killed, 9 "
        "wounded; the driver also died."
    )
    assert main(text)["killed"] == 3


def test_the_attacker_being_the_only_fatality() -> None:
    text = (
        "22/09/2012 - Bouira, Algeria - Car bomb detonated by its driver outside a police station; 14 wounded, the "
        "attacker being the only fatality."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (1, 14)


def test_bombers_killing_only_themselves() -> None:
    text = (
        "Three men blew themselves up in Tangier on Sunday as police closed in on their flat, killing only "
        "themselves, officials said."
    )
    assert main(text, "2008-04-13T19:00:00+00:00")["killed"] == 3


def test_a_toll_far_from_its_verb() -> None:
    text = (
        "The death toll from Monday's suicide bomb attack on a religious wedding procession outside the old Buddhist "
        "temple at Hakmana, a village a few kilometres from Matara town on the southern coast of the island, rose to "
        "11 last night, hospital officials said. "
        "Three more of the injured died in the evening."
    )
    assert main(text, "2009-04-14T06:00:00+05:30")["killed"] == 11


def test_a_toll_revised_after_earlier_putting_it_higher() -> None:
    text = (
        "Police last night revised the death toll from the bus bombing at Dehiwala to 18, after earlier putting the "
        "number of dead at 21. Another 40 people were wounded."
    )
    assert main(text, "2008-05-01T06:00:00+05:30")["killed"] == 18


def test_a_first_report_from_the_scene_is_replaced() -> None:
    text = (
        "HABARANA, Oct 17 - The bomb went off on Monday. First reports from the scene spoke of \"over 40\" dead.\n\n"
        "By Tuesday the military had a firmer figure: \"Sixty-one sailors were killed,\" a spokesman said."
    )
    assert main(text, "2006-10-17T05:10:00+00:00")["killed"] == 61


def test_a_speaker_after_the_toll_is_no_victim() -> None:
    text = (
        "Shells struck a field hospital in Mullaitivu on Wednesday, killing at least 30 people, a government "
        "doctor working in the area said."
    )
    assert main(text, "2009-05-13T12:00:00+00:00")["killed"] == 30


def test_a_countrys_envoy_is_whose_not_where() -> None:
    text = (
        "Five people were killed when a bomb exploded as the motorcade of Pakistan's High Commissioner passed "
        "through Kollupitiya in Colombo yesterday."
    )
    inc = main(text, "2006-08-15T06:45:00+05:30")
    assert (inc["country"], inc["location"]) == ("LK", "Colombo")
