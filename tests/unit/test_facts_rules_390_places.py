"""Round 390: town areas and parts, villages near towns, names that are states, surnames or streets, sites."""

from __future__ import annotations

from facts_rules_support import main


def where(text: str) -> tuple[str | None, str | None, str | None]:
    inc = main(text)
    return inc["country"], inc["admin1"], inc["location"]


def test_a_town_area_under_a_dateline_in_it_is_the_dateline_town() -> None:
    text = (
        "PLANO, Texas (AP) - A gunman opened fire at a Dallas-area shopping center on Saturday, killing five people "
        "before officers shot him, police said."
    )
    assert where(text) == ("US", "Texas", "Plano")


def test_a_town_area_alone_is_still_the_town() -> None:
    text = "A gunman opened fire at two Houston-area bars on Friday night, killing four people, police said."
    assert where(text) == ("US", "Texas", "Houston")


def test_a_quarter_told_by_its_kind_before_its_name_is_the_part() -> None:
    text = (
        "KABUL (Reuters) - Gunmen stormed a guesthouse in Kabul's heavily guarded diplomatic quarter of Wazir "
        "Akbar Khan on Friday night, killing nine people, officials said."
    )
    assert where(text) == ("AF", "Kabul", "Wazir Akbar Khan, Kabul")


def test_the_town_district_of_a_part_is_the_part() -> None:
    text = "A car bomb tore through a market in the Baghdad district of Ghazaliya on Sunday, killing 14 people."
    assert where(text)[2] == "Ghazaliya, Baghdad"


def test_the_capitals_part_with_a_word_for_its_kind_under_the_dateline() -> None:
    text = (
        "NAIROBI, Kenya (AP) - Gunmen opened fire in the capital's Eastleigh commercial district on Saturday, "
        "killing four traders, police said."
    )
    assert where(text) == ("KE", "Nairobi", "Eastleigh, Nairobi")


def test_a_village_word_before_near_and_a_town_is_the_village() -> None:
    text = (
        "Eleven policemen were killed on Tuesday when a suicide bomber rammed a car into their bus at Lassipora "
        "near Awantipora in south Kashmir's Pulwama district, police said."
    )
    assert where(text)[2] == "Lassipora"


def test_a_listed_town_before_near_stays_the_town() -> None:
    text = "Militants ambushed a patrol at Anantnag near Srinagar on Tuesday, killing eleven policemen."
    assert where(text)[2] == "Anantnag"


def test_a_town_named_again_with_its_divisions_kind_was_the_division() -> None:
    text = (
        'NEW YORK - Statement on the attacks on a school in Idlib, Syria.\n\n"Children and teachers were killed on '
        "Wednesday when their school in the village of Kafr Nasih, in Idlib governorate, was repeatedly attacked. "
        'In all, 20 children and five teachers were killed."'
    )
    assert where(text) == ("SY", "Idlib", "Kafr Nasih")


def test_a_facility_named_for_a_small_town_of_the_division_named_is_in_the_town() -> None:
    text = "An airstrike hit Abs hospital, in Hajjah governorate in northern Yemen, on Monday, killing 19 people."
    assert where(text) == ("YE", "Hajjah", "Abs")


def test_peacekeepers_from_a_country_are_its_people_not_the_place() -> None:
    text = (
        "Seven peacekeepers from Tanzania were killed and 17 injured this morning when a patrol was ambushed west of "
        "the team site at Khor Abeche, South Darfur, the mission said."
    )
    assert where(text)[:2] == ("SD", "South Darfur")


def test_a_state_whose_name_a_big_town_bears_only_as_an_alternate_stays_the_state() -> None:
    text = (
        "LEWISTON -- Two days after the deadliest mass shooting in Maine history, the man police say killed 18 "
        "people at a bowling alley and a bar in Lewiston was found dead on Friday night."
    )
    assert where(text) == ("US", "Maine", "Lewiston")


def test_a_double_barrelled_surname_is_no_town() -> None:
    text = (
        "COLLEYVILLE -- The rabbi said he threw a chair at the gunman before the hostages fled on Saturday. "
        '"We are alive," Rabbi Charlie Cytron-Walker said. None of the hostages was injured; the gunman was killed.'
    )
    assert where(text)[2] == "Colleyville"


def test_a_division_named_in_passing_does_not_send_the_dateline_abroad() -> None:
    text = (
        "COLLEYVILLE -- A gunman held four people hostage at a synagogue on Saturday; he was killed when agents "
        "stormed the building. The man had arrived in the United States through New York two weeks earlier."
    )
    assert where(text) == ("US", "Texas", "Colleyville")


def test_a_name_a_town_owns_is_its_part_not_a_namesake_elsewhere() -> None:
    text = (
        "Ten people who went to buy groceries on a sunny Saturday afternoon are dead, and Buffalo's East Side is "
        "asking how a teenager found its only supermarket. Police said the gunman shot 13 people at the store on "
        "Jefferson Avenue. The dead include a retired Buffalo police officer and the mother of former Buffalo Fire "
        "Commissioner Garnell Whitfield."
    )
    assert where(text)[:3] == ("US", "New York", "Buffalo")


def test_a_towns_bus_park_placed_by_its_distance_from_the_capital_is_the_town() -> None:
    text = (
        "ABUJA (AFP) - A bomb ripped through a packed bus station on the outskirts of Nigeria's capital on Monday, "
        "killing at least 70 people.\n\nThe blast struck the Kurudu motor park, about 20 kilometres (12 miles) from "
        "the centre of Abuja, as commuters were boarding buses."
    )
    assert where(text)[2] == "Kurudu"


def test_a_building_named_for_a_suburb_in_suburban_city_is_in_the_suburb() -> None:
    text = "A fired letter carrier entered the Royal Oak post office in suburban Detroit and killed four co-workers."
    assert where(text) == ("US", "Michigan", "Royal Oak")


def test_in_suburban_city_alone_stays_the_city() -> None:
    text = "A gunman killed four people at a mall in suburban Detroit on Sunday."
    assert where(text) == ("US", "Michigan", "Detroit")


def test_another_countrys_town_of_x_is_not_the_place() -> None:
    text = (
        "SURUC, Turkey (Reuters) - The toll from a suicide bombing in a town near the Syrian border rose to 32 on "
        "Tuesday.\n\nThe bomber struck at midday on Monday at a cultural centre in Suruc, in Sanliurfa province, "
        "where young volunteers had gathered to announce plans to help rebuild the Syrian town of Tel Jaber."
    )
    assert where(text) == ("TR", "Sanliurfa", "Suruc")


def test_a_part_of_a_governorate_named_for_it_is_reported_by_the_governorates_name() -> None:
    text = (
        "A helicopter dropped two chlorine cylinders on a building in Douma on 7 April 2018, during a campaign to "
        "retake the Eastern Ghouta, killing 43 people."
    )
    assert where(text) == ("SY", "Rif-dimashq", "Douma")


def test_a_road_is_no_village_the_gazetteer_lacks() -> None:
    text = (
        "LONDON, Ont. - Four people were killed when a man drove a pickup truck into them as they waited to cross "
        "the road at Hyde Park Road and South Carriage Road on Sunday evening."
    )
    assert where(text) == ("CA", "Ontario", "London")
