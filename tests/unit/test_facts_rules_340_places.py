"""Round 340: a district or area of a big town that the gazetteer lists beside it is the place, not the town."""

from __future__ import annotations

from facts_rules_support import main


def test_district_of_a_big_town_listed_beside_it_is_the_place() -> None:
    inc = main("A car bomb went off outside a bank in the Miraflores district of Lima on Friday, killing six people.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("PE", "Lima", "Miraflores")


def test_area_of_the_capital_named_after_it_as_owner_is_the_place() -> None:
    inc = main("A suicide bomber struck a tuition centre in Kabul's Dasht-e-Barchi area, killing 19 students.")
    assert (inc["admin1"], inc["location"]) == ("Kabul", "Dasht-e-Barchi")


def test_district_of_a_division_stays_a_district() -> None:
    inc = main("Gunmen killed five farmers in the Maiwand district of Kandahar on Monday.")
    assert (inc["admin1"], inc["location"]) == ("Kandahar", "Maiwand district")


def test_a_namesake_far_from_the_owner_town_is_not_its_part() -> None:
    # GeoNames' only Ortakoy in Istanbul province is a village some 50 km west of the city.
    inc = main("Gunmen opened fire on diners in Istanbul's Ortakoy neighbourhood, killing three people.")
    assert inc["admin1"] == "Istanbul"
    assert abs(inc["lon"] - 28.95) < 0.2


def test_village_on_the_outskirts_of_a_town_is_the_place() -> None:
    inc = main("Rebels hacked 14 farmers to death in a raid on Mapobu, a village on the outskirts of Beni.")
    assert (inc["admin1"], inc["location"]) == ("North Kivu", "Mapobu")


def test_lebanons_governorates_by_their_english_names() -> None:
    assert main("A car bomb exploded in Tripoli, Lebanon, killing three people.")["admin1"] == "North Lebanon"
    assert main("An Israeli drone strike on a car near Nabatieh killed two men.")["admin1"] == "Nabatieh"


def test_a_hospital_bearing_a_big_towns_name_is_in_that_town() -> None:
    inc = main("A parcel bomb exploded outside the Leeds General Infirmary and Leeds Children's Hospital, hurting two.")
    assert inc["injured"] == 2
    assert (inc["country"], inc["location"]) == ("GB", "Leeds")
    inc = main("A device exploded in a taxi outside Birmingham Women's Hospital, killing its passenger.")
    assert (inc["country"], inc["location"]) == ("GB", "Birmingham")


def test_a_place_qualified_by_a_division_abroad_is_none_of_its_namesakes() -> None:
    inc = main("Two INGO staff (1 Kenyan, 1 Somali) abducted near Ifo, Garissa County, on 6 March 2019.")
    assert (inc["country"], inc["admin1"]) == ("KE", "Garissa")
    inc = main("Two INGO staff abducted near Hagadera camp, Dadaab, Garissa County.")
    assert (inc["country"], inc["location"]) == ("KE", "Dadaab")


def test_a_clause_after_a_town_is_no_qualifier() -> None:
    inc = main("In Rafah, Israel said its troops killed three gunmen overnight.")
    assert inc["country"] == "PS"


def test_a_part_of_a_town_the_gazetteer_lacks_comes_with_its_town() -> None:
    inc = main("A gunman shot dead two men outside a bar in the Five Points neighborhood of Denver on Sunday.")
    assert (inc["admin1"], inc["location"]) == ("Colorado", "Five Points, Denver")


def test_a_place_told_by_a_direction_from_a_town_is_not_that_town() -> None:
    inc = main(
        "IS attack kills 3 soldiers north of Baghdad\n\nBAGHDAD - Three soldiers were killed when militants attacked "
        "an army post in the Tarmiyah area north of Baghdad on Monday, officials said."
    )
    assert (inc["admin1"], inc["location"]) == ("Baghdad", "Tarmiyah")


def test_a_town_the_event_was_near_stays_when_a_bigger_one_is_named_later() -> None:
    inc = main(
        "A roadside bomb hit a patrol near Tarmiyah, about 50 km north of the capital, killing four soldiers. The "
        "army sent reinforcements from Baghdad."
    )
    assert inc["location"] == "Tarmiyah"


def test_thai_provinces_without_their_prefix() -> None:
    inc = main("A gunman killed 12 people at a market in Uthai Sawan, Nong Bua Lamphu province.")
    assert inc["admin1"] == "Nong Bua Lamphu"


def test_a_place_then_its_unit_then_its_state() -> None:
    inc = main("Insurgents killed 16 rice farmers in Koshebe, Jere LGA, Borno state, on Saturday.")
    assert (inc["admin1"], inc["location"]) == ("Borno", "Koshebe")


def test_a_towns_strip_names_the_town() -> None:
    inc = main("A gunman fired from a hotel window onto a concert crowd on the Las Vegas Strip, killing 20 people.")
    assert (inc["country"], inc["location"]) == ("US", "Las Vegas")


def test_a_films_title_is_no_place() -> None:
    inc = main("A gunman opened fire during a screening of a Batman film at a cinema in Aurora, Colorado, killing 12.")
    assert (inc["country"], inc["admin1"]) == ("US", "Colorado")


def test_at_before_a_possessive_joins_no_name() -> None:
    inc = main("A suicide bomber struck crowds outside Abbey Gate at Kabul's airport, killing 170 people.")
    assert (inc["country"], inc["location"]) == ("AF", "Kabul")


def test_a_border_named_by_its_people_is_the_other_side() -> None:
    inc = main("Militants overran an army camp at Boulkessi near the Burkinabe border, killing 38 Malian soldiers.")
    assert inc["country"] == "ML"


def test_a_chain_of_divisions_qualifies_its_head() -> None:
    inc = main("Maoists ambushed a police party near Orchha, Narayanpur district, Chhattisgarh, killing seven.")
    assert inc["admin1"] == "Chhattisgarh"


def test_a_village_a_few_kilometres_from_a_town() -> None:
    inc = main("Insurgents raided the village of Kofa, a few kilometres from Maiduguri, killing at least 20 people.")
    assert (inc["admin1"], inc["location"]) == ("Borno", "Kofa")


def test_a_small_towns_festival_is_in_the_town() -> None:
    inc = main("A gunman fired into the crowd at the Gilroy Garlic Festival in California, killing three people.")
    assert inc["location"] == "Gilroy"


def test_an_arabic_joining_word_inside_bracketed_divisions() -> None:
    inc = main(
        "On 2 May 2025, US air strikes hit a Houthi site in Kitaf (Kitaf wa Al Boqe'e, Sa'dah). Fatalities: 4.",
        published="2025-05-10T00:00:00+00:00",
    )
    assert (inc["country"], inc["location"]) == ("YE", "Kitaf")


def test_a_camp_the_attack_was_inside() -> None:
    inc = main("Two NNGO health workers shot and wounded by gunmen inside Minawao refugee camp, Far North region.")
    assert inc["location"] == "Minawao refugee camp"


def test_a_capital_only_told_as_the_way_to_the_town() -> None:
    inc = main(
        "Roadside bomb kills three soldiers north of Baghdad\n\nBAGHDAD - Three soldiers were killed when a bomb hit "
        "their patrol near Tarmiyah, north of the capital, on Tuesday. The wounded were taken to a hospital in Baghdad."
    )
    assert inc["location"] == "Tarmiyah"


def test_the_ledes_town_under_a_title_is_not_replaced_by_its_unit() -> None:
    inc = main(
        "Fighters kill 13 in raid on Borno farming village\n\nMAIDUGURI, Nigeria (Reuters) - Fighters killed 13 people "
        "in a raid on Gajiram, a farming town in Nganzai local government area of Borno state, residents said."
    )
    assert (inc["admin1"], inc["location"]) == ("Borno", "Gajiram")
