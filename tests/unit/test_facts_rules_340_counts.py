"""Round 340: those the shots hit, a toll's own relative clause, a later count, districts named with their kind."""

from __future__ import annotations

from facts_rules_support import killed, main
from newsfacts.facts import parse_incidents


def test_those_hit_split_by_the_share_who_died() -> None:
    inc = main("A man fired into a crowded birthday party in Macon, Georgia, hitting nine people, two of whom died.")
    assert (inc["killed"], inc["injured"]) == (2, 7)
    assert inc["attack_type"] == "armed attack"


def test_hitting_buildings_is_no_casualty() -> None:
    assert parse_incidents("A rocket slammed into the old town of Hebron, hitting two buildings.") == []


def test_toll_that_later_rose_replaces_the_first_figure() -> None:
    inc = main("A van ploughed into shoppers in Graz, killing three people, a toll that later rose to four.")
    assert inc["killed"] == 4


def test_toll_which_has_since_risen() -> None:
    inc = main("The blast at the depot in Tema killed nine workers, a toll which has since risen to 11.")
    assert inc["killed"] == 11


def test_a_later_count_of_the_same_dead() -> None:
    inc = main(
        "Gunmen stormed the village of Kouri overnight, killing at least 40 farmers; community leaders later put "
        "the toll at 55."
    )
    assert inc["killed"] == 55


def test_a_toll_put_without_later_is_no_update() -> None:
    inc = main("Gunmen stormed the village of Kouri, killing 40 farmers. Officials put the toll at 38.")
    assert inc["killed"] == 40


def test_district_named_with_its_kind_before_the_town_that_places_it() -> None:
    inc = main("An IED hit a patrol in Sinjar district, west of Mosul, killing three soldiers.")
    assert (inc["admin1"], inc["location"]) == ("Nineveh", "Sinjar")


def test_best_estimate_in_words_closes_a_ucdp_row() -> None:
    inc = main(
        "Rebels ambushed a convoy near Bouar in May 2021. Between seven and ten soldiers died; best estimate eight.",
        published="2021-06-01T00:00:00+00:00",
    )
    assert (inc["killed"], inc["killed_low"], inc["killed_high"]) == (8, 7, 10)


def test_bare_best_estimate_after_victims_and_executed_civilians() -> None:
    inc = main(
        "On 3 June 2015, militants executed villagers accused of spying in a hamlet near Baiji. Reports range from "
        "10 to 30 victims; best estimate 18."
    )
    assert (inc["killed"], inc["attack_type"]) == (18, "armed attack")


def test_assailant_killed_along_with_guests_is_one_of_the_dead() -> None:
    inc = main(
        "04/02/2016: An assailant detonated a suicide vest at a funeral in Jalalabad city, Nangarhar province. The "
        "assailant was killed along with nine mourners, and 12 other people were injured."
    )
    assert (inc["killed"], inc["injured"]) == (10, 12)


def test_lede_list_tells_in_full_the_headline_figure() -> None:
    inc = main(
        "Mine kills three soldiers, shepherd near Kidal\n\nA landmine exploded under an army truck near Kidal on "
        "Monday, killing three soldiers and a shepherd boy, officials said."
    )
    assert inc["killed"] == 4


def test_headline_total_above_its_parts_stays_the_total() -> None:
    inc = main(
        "Strikes on Ariha kill 11\n\nAir strikes on the town of Ariha killed 11 people on Monday. Ten civilians died "
        "in the market and a rescuer was killed when a second strike hit."
    )
    assert inc["killed"] == 11


def test_aid_worker_record_leaves_out_the_kin_killed_with_him() -> None:
    inc = main("A Red Crescent volunteer and his two daughters were killed when a shell hit their house in Douma.")
    assert inc["killed"] == 1


def test_kin_killed_together_count_outside_aid_records() -> None:
    inc = main("A police officer and his two daughters were killed when a shell hit their house.")
    assert inc["killed"] == 3


def test_aid_worker_record_leaves_out_a_son_named_bare() -> None:
    assert main("Aid worker and his son shot dead by gunmen near Kidal.")["killed"] == 1


def test_acled_field_after_its_tags() -> None:
    inc = main(
        "On 2 July 2023, rioters torched a police outpost in Moreh (Tengnoupal, Manipur). [size=no report] "
        "Fatalities: 0.",
        published="2023-07-10T00:00:00+00:00",
    )
    assert inc["killed"] == 0


def test_headline_hit_then_share_dead() -> None:
    inc = main("Police: 5 shot, 2 dead after brawl outside Dayton bar")
    assert (inc["killed"], inc["injured"]) == (2, 3)


def test_shot_figure_with_its_own_dead_is_no_list() -> None:
    inc = main("A gunman shot seven people, two dead, at a block party in Camden.")
    assert (inc["killed"], inc["injured"]) == (2, 5)


def test_rounds_fired_are_no_people() -> None:
    inc = main("A gunman fired one shot at the crowd outside the stadium in Leeds, and a steward was killed.")
    assert inc["killed"] == 1


def test_condition_of_some_of_those_hit_is_no_count_of_the_hurt() -> None:
    inc = main(
        "Four shot, one dead outside Toledo club\n\nOne man died and three other people were taken to hospital after "
        "gunfire outside a club early Sunday. Two are in critical condition."
    )
    assert (inc["killed"], inc["injured"]) == (1, 3)


def test_ages_inside_a_list_of_the_dead() -> None:
    inc = main("A former pupil shot and killed two 10-year-old boys and two teachers at a school in Dunblane.")
    assert inc["killed"] == 4


def test_remains_as_a_verb_is_no_dead() -> None:
    inc = main("Two NGO drivers killed in an ambush near Kidal. A third driver remains missing.")
    assert inc["killed"] == 2


def test_the_bomber_named_among_the_dead_is_counted_once() -> None:
    inc = main("A suicide bomber blew himself up at a shrine in Sehwan, killing at least 40, including the bomber.")
    assert inc["killed"] == 40


def test_attackers_killed_by_the_forces_after_their_victims_toll() -> None:
    inc = main("Gunmen stormed a hotel in Nairobi. 14 guests were killed; all four attackers were killed by police.")
    assert inc["killed"] == 14


def test_a_note_in_brackets_inside_one_person() -> None:
    inc = main("An INGO international (Danish) staff member was assaulted and robbed in Juba. Minor injuries.")
    assert inc["injured"] == 1


def test_ucdp_best_low_high_in_a_row() -> None:
    inc = main("Government of Ukraine - Government of Russia. Missiles hit Sumy; 40 injured. Best 12, low 11, high 14.")
    assert killed(inc) == (12, 11, 14)


def test_the_bombers_death_told_before_the_toll_that_holds_it() -> None:
    inc = main(
        "A suicide bomber blew himself up at a camp gate in Kalat on Monday, killing six soldiers. The bomber also "
        "died, bringing the death toll to seven."
    )
    assert inc["killed"] == 7


def test_the_event_before_this_one_is_background() -> None:
    inc = main(
        "Nine people were injured when militants lobbed a grenade at a market in Srinagar. No one was killed. The "
        "blast came a day after a gunfight in which a militant commander was killed."
    )
    assert (inc["killed"], inc["injured"]) == (0, 9)


def test_all_of_those_shot_died() -> None:
    inc = main("A fired machinist shot two managers and a union steward, all of whom died, at a plant in Flint.")
    assert (inc["killed"], inc["injured"]) == (3, None)


def test_those_hit_by_trade_with_the_share_who_died() -> None:
    inc = main("Gunmen opened fire on a vaccination team in Peshawar, hitting four vaccinators, one fatally.")
    assert (inc["killed"], inc["injured"]) == (1, 3)


def test_shot_with_several_words_before_the_limb() -> None:
    inc = main("Gang members in Port-au-Prince shot an MSF ambulance driver in the shoulder as he drove a patient.")
    assert inc["injured"] == 1


def test_a_gun_fired_into_a_crowd_reports_an_event() -> None:
    inc = main("A man fired a pistol into a crowd outside a bar in Bakersfield, California, hitting eight people.")
    assert (inc["country"], inc["location"]) == ("US", "Bakersfield")


def test_the_person_named_by_the_closing_the_list_of_the_dead() -> None:
    inc = main("An IED hit a police vehicle near Aranpur. Ten police officers and the civilian driver were killed.")
    assert inc["killed"] == 11


def test_the_attackers_suicide_told_before_the_toll_that_holds_him() -> None:
    inc = main("A gunman killed four people at a motel in Tulsa before taking his own life, bringing the toll to five.")
    assert inc["killed"] == 5


def test_a_toll_since_then_is_background() -> None:
    inc = main(
        "Man killed as settlers attack West Bank village\n\nRAMALLAH (AFP) - A man was killed and four people were "
        "wounded when settlers attacked a village near Ramallah on Saturday, the health ministry said.\n\nViolence "
        "has surged since the October 7 attack. At least 460 Palestinians have been killed there by Israeli troops "
        "or settlers since then, according to the ministry."
    )
    assert inc["killed"] == 1


def test_the_bomber_the_toll_leaves_out() -> None:
    inc = main(
        "A suicide bomber rammed a car into a checkpoint in Bannu, killing 12 people. The bomber, who also died, is "
        "not included in the toll."
    )
    assert inc["killed"] == 12
