"""Round 310: full wire stories (a bureau's dateline, background totals, a war's start recalled with "since")."""

from __future__ import annotations

from facts_rules_support import main


def test_dateline_town_yields_to_the_town_the_body_names() -> None:
    inc = main(
        "KHARKIV, Ukraine (Reuters) - A Russian glide bomb killed three people on Sunday, officials said.\n\n"
        "The bomb hit a house in Kupiansk, the regional governor said."
    )
    assert inc["location"] == "Kupiansk"


def test_event_near_a_town_does_not_fall_back_to_the_dateline() -> None:
    inc = main(
        "SRINAGAR, India (AP) - Suspected rebels fired on an army truck on Sunday, killing four soldiers, officials"
        " said.\n\nThe ambush took place near Kupwara, close to the Line of Control, a police officer said."
    )
    assert inc["location"] == "Kupwara"


def test_total_since_a_year_is_background() -> None:
    inc = main(
        "A radio host was shot dead outside his home in the northern city of Culiacan on Monday, prosecutors said."
        "\n\nColombia and Mexico are among the deadliest countries for the press, with more than 90 reporters"
        " killed since 2006, a watchdog says."
    )
    assert inc["killed"] == 1


def test_since_a_side_launched_its_offensive_is_background() -> None:
    inc = main(
        "Dozens of people were wounded when a shell hit a bakery in the town of Kupiansk, officials said.\n\n"
        "At least 500 civilians have died in the area since Russia launched its offensive on August 6, the"
        " governor said on Tuesday."
    )
    assert inc["killed"] is None


def test_demonym_before_city_of_picks_that_countrys_namesake() -> None:
    inc = main(
        "Two people were killed when a drone hit a minibus in the southern Ukrainian city of Kherson on Friday,"
        " officials said.\n\nRussia said it hit military targets. In Moscow, the Kremlin said talks would continue."
    )
    assert (inc["country"], inc["location"]) == ("UA", "Kherson")


def test_division_of_the_opening_rules_out_a_later_paragraphs_town() -> None:
    inc = main(
        "Air strikes killed 31 people overnight, the rebel-run health ministry said on Sunday.\n\n"
        "The raids hit a market in the northern Saada province, residents said.\n\n"
        "In Aden, the government said talks had stalled."
    )
    assert (inc["admin1"], inc["location"]) == ("Saada", None)


def test_capital_opening_a_sentence_that_speaks_is_no_scene() -> None:
    inc = main(
        "A suicide bomber killed 12 people at a market on Friday, police said.\n\nThe Pakistani Taliban denied"
        " involvement. In Islamabad, the interior minister said the attacker had crossed from Afghanistan."
    )
    assert (inc["country"], inc["location"]) == ("PK", None)


def test_lightly_wounded_others_add_to_the_gravely_wounded() -> None:
    inc = main(
        "A man was stabbed to death and two guards were critically injured at a train station in Lyon on Sunday."
        " Four other passengers were slightly injured, prosecutors said."
    )
    assert inc["injured"] == 6


def test_lightly_wounded_others_do_not_add_to_a_total() -> None:
    inc = main("Ten people were wounded in a knife attack in Lyon on Sunday, two of them badly. Eight others were"
               " slightly injured.")
    assert inc["injured"] == 10


def test_bombs_dropped_on_a_village_name_it() -> None:
    inc = main(
        "An air strike killed nine people in a village in Myanmar's Magway region on Tuesday, residents said.\n\n"
        "A jet dropped three bombs on Nyaung Pin village in Gangaw township as people gathered for a funeral."
    )
    assert inc["location"].startswith("Nyaung Pin")


def test_a_place_of_an_act_the_attacker_had_earlier_done_is_not_the_scene() -> None:
    inc = main(
        "LYON, France (Reuters) - A man shot dead three people at a tram stop in central Lyon on Monday, police said."
        " The victims, two women and a teenager, were waiting for a tram on their way home from work. Police said"
        " they were searching for a red van seen leaving the area at speed. A prosecutor said"
        " the man had earlier stabbed a neighbour in the hamlet of Brindas Haut, west of Lyon."
    )
    assert inc["location"] == "Lyon"


def test_a_bigger_dateline_town_does_not_stand_in_for_the_town_the_event_was_outside_of() -> None:
    inc = main(
        "HERMOSILLO, Mexico (AP) - Gunmen killed five men at a ranch on the outskirts of Caborca in the northern"
        " state of Sonora on Saturday, prosecutors said.\n\nA wounded man was taken to a hospital in Hermosillo."
    )
    assert inc["location"] == "Caborca"


def test_seriously_wounding_one_then_others_slightly_injured() -> None:
    inc = main(
        "A man with an axe attacked worshippers at a mosque in Malmo on Friday, killing an imam and seriously"
        " wounding a guard. Two other people were slightly injured, police said."
    )
    assert inc["injured"] == 3


def test_named_night_beats_overnight_in_a_dated_wire_lede() -> None:
    inc = main(
        "NIAMEY (Reuters) - Jihadists killed at least 22 villagers in an overnight attack on a village in western"
        " Niger, a local official said on Friday.\n\nThe attack took place in Tabatol village, about 40 km from the"
        " town of Banibangou, on Tuesday night, said a local official.",
        published="2024-09-13T10:00:00+00:00",
    )
    assert inc["event_date"] == "2024-09-10"


def test_police_firing_on_protesters_who_tried_to_storm_a_building_is_an_event() -> None:
    inc = main("Troops fired on demonstrators who tried to storm the governor's office in Kassala on Sunday, killing"
               " five people, medics said.")
    assert inc["killed"] == 5


def test_town_the_displaced_arrived_in_is_no_scene() -> None:
    inc = main(
        "Gunmen killed at least 40 civilians in raids on three villages in Burkina Faso's Centre-Nord region on"
        " Saturday, local sources said.\n\nThe attackers killed 22 people in Yirgou and 18 in Bangrin, the sources"
        " said. Some 2,000 people have since arrived in Kaya, a humanitarian official said."
    )
    assert inc["location"] != "Kaya"


def test_a_sentence_opening_on_a_place_then_a_separate_attack_is_another_event() -> None:
    inc = main(
        "More than 20 soldiers were killed on Sunday in an attack by jihadists on an army post in Dioura, in central"
        " Mali, security sources said.\n\nThe army said it had repelled the attack.\n\nIn Gao, a separate attack on"
        " a convoy was repelled on Monday, the army said."
    )
    assert inc["admin1"] != "Gao"


def test_a_days_attacks_summed_then_told_one_by_one() -> None:
    inc = main(
        "Russian strikes killed at least nine people and wounded 30 in Ukraine's Sumy region on Friday, officials"
        " said.\n\nA glide bomb hit a school in Sumy city, killing four and wounding 18. Another strike hit the town"
        " of Okhtyrka, killing five and wounding 12."
    )
    assert (inc["killed"], inc["injured"]) == (9, 30)


def test_one_hurt_in_a_relative_clause_who_has_since_died() -> None:
    inc = main("A security guard who was shot during a robbery at a jewellery shop in Marseille has died of his"
               " wounds, prosecutors said.")
    assert inc["killed"] == 1


def test_capital_by_role_in_the_event_sentence_beats_a_later_town() -> None:
    inc = main(
        "Riot police shot dead four demonstrators in the Ugandan capital on Thursday, a rights group said.\n\n"
        "Officers also fired tear gas at crowds in Gulu and Mbarara, witnesses said."
    )
    assert inc["location"] == "Kampala"


def test_an_ordinal_within_the_told_figure_is_no_more_dead() -> None:
    inc = main("Five people were killed in a shooting at a party in Memphis on Saturday, police said. Four of the dead"
               " were found in the yard, and a fifth died at a hospital.")
    assert inc["killed"] == 5


def test_two_villages_named_together_give_the_first() -> None:
    inc = main(
        "Gunmen killed 31 people in overnight raids in Nigeria's Benue state, officials said on Monday.\n\n"
        "The attackers struck Yelewata and Daudu villages in Guma local government area, a council official said."
    )
    assert inc["location"] == "Yelewata"
