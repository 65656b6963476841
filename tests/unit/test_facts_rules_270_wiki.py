"""Rules from round 270's probes: Wikipedia terrorist-incident list rows and US mass-shooting summaries."""

from __future__ import annotations

from facts_rules_support import killed, main


def _actors(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"]]


def test_only_the_attacker_shot_dead_by_police_is_none_killed() -> None:
    inc = main(
        "A man with a knife attacked commuters at a tram stop in Graz, wounding four people. "
        "The attacker was shot dead by police minutes later."
    )
    assert killed(inc) == (0, 0, 0)
    assert inc["injured"] == 4


def test_injured_before_being_shot_dead_by_police_is_none_killed() -> None:
    inc = main(
        "A man armed with a machete attacked shoppers at a market in Lyon, injuring 5 before being shot dead by police."
    )
    assert inc["killed"] == 0


def test_another_death_leaves_the_count_unread() -> None:
    inc = main(
        "A gunman wounded 3 people at a bus depot before he was shot dead by police. "
        "A fourth man died of a heart attack."
    )
    assert inc["killed"] != 0


def test_a_man_shot_dead_by_police_who_is_not_the_attacker_is_not_zero() -> None:
    inc = main("Two teenagers were wounded in a shooting in Leeds. A man was shot dead by police nearby.")
    assert inc["killed"] != 0


def test_a_nationality_in_the_description_before_named() -> None:
    inc = main(
        "A gunman opened fire outside a synagogue in Erfurt, killing 2 people. "
        "The attacker, a 31 year old Austrian man named Lukas Reinhold Berger, was arrested the same day."
    )
    assert "Lukas Reinhold Berger" in _actors(inc)


def test_national_thowheeth_jamaath_is_a_known_group() -> None:
    inc = main(
        "Bombs exploded at two churches in Kandy during a morning service, killing 17 people. "
        "The attacks were carried out by members of National Thowheeth Jama'ath."
    )
    assert "National Thowheeth Jama'ath (NTJ)" in _actors(inc)


def test_a_building_named_after_a_place_gives_way_to_its_town() -> None:
    inc = main("An attacker stabbed 2 worshippers inside the Notre-Dame basilica in Nice during morning mass.")
    assert inc["location"] == "Nice"
    assert inc["admin1"] != "Haute-Normandie"


def test_a_school_named_after_a_province_does_not_pick_its_country() -> None:
    inc = main(
        "Aaron Blake Whitley, 16, opened fire with a shotgun at Santa Fe High School, killing 4 students. "
        "He surrendered to police."
    )
    assert inc["country"] == "US"


def test_a_us_chain_store_picks_the_us_namesake() -> None:
    inc = main("Dale Ray Hummel, 44, walked into a Walmart in Odessa and opened fire, killing three shoppers.")
    assert inc["country"] == "US"
    assert inc["admin1"] == "Texas"


def test_shooter_with_age_and_no_place_is_a_us_summary() -> None:
    inc = main("Former clerk Dwight R. Pomeroy, 52, opened fire inside the records office where he had worked.")
    assert inc["country"] == "US"


def test_two_shooters_with_ages_and_a_description() -> None:
    inc = main("Brent Lowry, 15, and Cody James Hale, 14, two classmates, ambushed students in the gym.")
    assert inc["country"] == "US"


def test_a_named_place_still_outweighs_the_house_style() -> None:
    inc = main("Marek Nowicki, 38, opened fire at a bar in Wroclaw, killing two people.")
    assert inc["country"] == "PL"


def test_jammu_and_kashmir_is_one_division_not_the_town_of_jammu() -> None:
    inc = main("A grenade attack on a bus stand in the Anantnag district of Jammu and Kashmir injured 9 people.")
    assert inc["location"] != "Jammu"
    assert inc["admin1"] == "Jammu and Kashmir"


def test_two_names_joined_by_and_stay_two_towns_when_they_name_no_division() -> None:
    inc = main("Bombs exploded at railway stations in Paris and Lyon, killing 3 people.")
    assert inc["location"] == "Paris"


def test_the_first_of_several_unlisted_villages() -> None:
    inc = main("Gunmen attacked the villages of Dogon Kawo and Tudun Bawa in Zamfara State, killing 19 people.")
    assert inc["location"] == "Dogon Kawo"


def test_those_hit_are_the_injured_when_only_the_attacker_died() -> None:
    inc = main("A man stabbed 5 people at a street fair in Kassel. The attacker was shot dead by police.")
    assert inc["killed"] == 0
    assert inc["injured"] == 5


def test_a_part_of_a_town_named_by_its_owner_is_not_a_namesake_elsewhere() -> None:
    inc = main("Curtis Dean Oakes, 30, fatally shot three people outside a club in Houston's Midtown district.")
    assert inc["location"] == "Midtown, Houston"
    assert inc["admin1"] == "Texas"


def test_a_governorate_near_a_town_is_no_unlisted_village() -> None:
    inc = main("A car bomb went off at a checkpoint in the Idlib Governorate near Saraqib, killing 4 people.")
    assert inc["location"] != "Idlib Governorate"
    assert inc["location"] == "Saraqib"


def test_their_guide_is_one_more_dead() -> None:
    inc = main("Gunmen opened fire on a minibus near Aswan, killing 3 British tourists and their Egyptian guide.")
    assert inc["killed"] == 4


def test_an_attacker_name_with_diacritics() -> None:
    inc = main(
        "A man stabbed 2 people near a tram stop in Mulhouse. The attacker, Rachïd Benaïssa, was arrested at the scene."
    )
    assert "Rachïd Benaïssa" in _actors(inc)


def test_a_shooter_name_with_diacritics_in_a_summary() -> None:
    inc = main("Gökhan Şimşek, 34, opened fire at a café in Malmö, killing 2 customers before he was arrested.")
    assert "Gökhan Şimşek" in _actors(inc)


def test_fewer_dead_named_as_those_hit_are_some_of_them() -> None:
    inc = main("A man stabbed 3 police officers outside a station in Antwerp. One officer died of his wounds.")
    assert inc["killed"] == 1
    assert inc["injured"] == 2


def test_dead_of_another_kind_are_not_a_share_of_those_hit() -> None:
    inc = main("A man stabbed 3 police officers outside a station in Antwerp. One soldier died of his wounds.")
    assert inc["injured"] != 2


def test_a_victims_caption_with_age_is_no_us_cue() -> None:
    inc = main("Farid Rahimi, 34, a driver for a local NGO, killed in crossfire while returning from a distribution.")
    assert inc["country"] != "US"


def test_the_role_before_identified_as_keeps_a_described_attacker() -> None:
    inc = main(
        "A van was driven into a crowd on a promenade in Cannes, killing 6. "
        "The perpetrator was identified as Yassine Ben Amor, a Tunisian resident of the city."
    )
    assert "Yassine Ben Amor" in _actors(inc)


def test_a_victim_identified_as_a_resident_is_no_attacker() -> None:
    inc = main("A gunman killed 3 at a bar in Lille. The victim was identified as Paul Martin, a local resident.")
    assert "Paul Martin" not in _actors(inc)
