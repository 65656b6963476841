"""Round 310: short dataset records (mass-shooting rows, aid-worker logs, terrorism lists, UCDP-style notes).

Rules: 1 "opened fire at a warehouse" is no industrial fire; 2 "the Somali town of X" names the country; 3 UCDP's
best estimate with its low and high (or the prose's range) as bounds; 4 a place name's article ("El-Arish") is no
foreign word; 5 "N km from X" places the event at X; 6 "fatally wounded/wounding N" reads forward; 7 an age after
a staff word is no count; 8 an organisation's office or headquarters is its seat, not the place; 9 rockets launched
at a town are an act, "No fatalities." a zero; 10 who a vehicle carried is not who was hurt; 11 "<town> in the
<area>" keeps the town; 12 abducted (or stopped), then killed: the taken are the dead; 13 a venue named after
another town; 14 a figure with its own verb is no list part; 15 longer list parts, "shot at and injured";
16 displaced victims, a country's service members and a state that speaks.
"""

from __future__ import annotations

from facts_rules_support import killed, main

# --- 1. "opened fire at a warehouse" is a shooting, not a blaze at work ----------------------------------------


def test_opened_fire_at_a_workplace_is_no_industrial_fire() -> None:
    inc = main("Dana Pruitt, 38, opened fire at a packing plant in Modesto, Calif., killing three and wounding two.")
    assert (inc["killed"], inc["injured"]) == (3, 2)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("US", "California", "Modesto")


def test_a_fire_at_a_warehouse_is_still_an_accident() -> None:
    from newsfacts.facts import parse_incidents

    assert parse_incidents("A fire at a warehouse in Lagos killed four workers on Monday.") == []


# --- 2. "the Somali town of X" names the country, not Ethiopia's Somali region ----------------------------------


def test_demonym_before_town_of_is_the_country() -> None:
    inc = main("A car bomb hit a checkpoint in the Somali town of Wanlaweyn, killing six soldiers.")
    assert inc["country"] == "SO"
    assert inc["admin1"] != "Somali"


def test_somali_region_of_ethiopia_stays_the_region() -> None:
    inc = main("Gunmen killed four traders in the Somali region of Ethiopia.")
    assert (inc["country"], inc["admin1"]) == ("ET", "Somali")


# --- 3. UCDP's best estimate, with its low and high estimates as bounds -----------------------------------------


def test_best_estimate_of_fatalities_with_bounds() -> None:
    inc = main(
        "Government forces clashed with rebels near Kidal on 3 May 2016; "
        "the best estimate of deaths was 17 (low 12, high 25)."
    )
    assert killed(inc) == (17, 12, 25)


def test_fatalities_best_low_high_list() -> None:
    inc = main("Militants attacked an army post in Diffa on 8 July 2017. Fatalities: best 9, low 9, high 14.")
    assert killed(inc) == (9, 9, 14)


def test_low_best_high_in_that_order() -> None:
    inc = main("Troops clashed with ISWAP fighters near Marte on 9 May 2016. Fatalities: low 12, best 18, high 30.")
    assert killed(inc) == (18, 12, 30)


def test_best_estimate_in_brackets_after_a_range() -> None:
    inc = main("Between 12 and 20 villagers were killed when jets bombed Kurmuk on 4 May 2012 (best estimate: 16).")
    assert killed(inc) == (16, 12, 20)


def test_best_estimate_of_something_else_is_no_death_count() -> None:
    inc = main("Fighting in Kidal killed 6 soldiers; the best estimate of 800 people fled.")
    assert inc["killed"] == 6


# --- 4. The article of a place's name is not another language's function word -----------------------------------


def test_telegraphic_record_with_el_place_is_english() -> None:
    inc = main("An IED targeted an army patrol near El-Fasher, killing 3 soldiers.")
    assert (inc["killed"], inc["country"]) == (3, "SD")


def test_spanish_text_is_still_foreign() -> None:
    from newsfacts.facts import parse_incidents

    text = "Hombres armados mataron a cinco personas en el mercado de la ciudad, dijo la policía."
    assert parse_incidents(text) == []


# --- 5. "N km from X": the town a distance is measured from is where it happened --------------------------------


def test_distance_from_town_is_the_place() -> None:
    inc = main("Four soldiers and 9 insurgents were killed in an attack on an army post 60 kilometres from Tillaberi.")
    assert (inc["country"], inc["admin1"]) == ("NE", "Tillaberi")


def test_people_from_a_town_are_still_no_place() -> None:
    inc = main("Gunmen who came from Tillaberi killed five herders.")
    assert (inc["admin1"], inc["location"]) == (None, None)


# --- 6. "fatally wounded three": the active verb takes the figure after it ----------------------------------------


def test_fatally_wounded_after_apposition_reads_forward() -> None:
    inc = main("Glen Askew, 44, a former bus driver, fatally wounded four and injured two at a depot in Macon, Ga.")
    assert (inc["killed"], inc["injured"]) == (4, 2)


def test_fatally_wounding_participle_reads_forward() -> None:
    inc = main("Owen Platt, 16, fired into a cafeteria in Joliet, Ill., fatally wounding three and injuring five.")
    assert (inc["killed"], inc["injured"]) == (3, 5)


def test_fatally_shooting_himself_is_not_a_new_figure() -> None:
    inc = main("Lyle Crane, 40, opened fire at a diner, killing three people before fatally shooting himself.")
    assert inc["killed"] == 3


# --- 7. An age between commas after a staff word is no head count -----------------------------------------------


def test_age_after_staff_member_is_not_the_toll() -> None:
    inc = main("WFP national staff member, 46, shot dead at a checkpoint near Baidoa.")
    assert inc["killed"] == 1


# --- 8. The organisation's seat is not where its staff were hit ------------------------------------------------


def test_regional_office_of_the_ngo_is_not_the_place() -> None:
    inc = main(
        "1 NNGO staff member killed by gunmen in Dikwa LGA. The organisation's regional office in Maiduguri "
        "suspended all field movements."
    )
    assert (inc["country"], inc["admin1"]) == ("NG", "Borno")
    assert inc["location"] != "Maiduguri"


def test_attack_on_the_office_keeps_its_town() -> None:
    inc = main("Gunmen stormed the regional office in Maiduguri, killing two guards.")
    assert inc["location"] == "Maiduguri"


def test_headquarters_struck_keeps_its_town() -> None:
    inc = main("The party's headquarters in Kismayo was bombed overnight, killing 3 guards.")
    assert inc["location"] == "Kismayo"


# --- 9. "launched rockets at X" reports an act even with no one hurt; "No fatalities." is a zero ---------------


def test_rockets_launched_at_a_town_is_an_incident() -> None:
    inc = main("On 3 March 2024, Hezbollah launched rockets at Metula (Upper Galilee, Northern). No fatalities.")
    assert inc["country"] == "IL"
    assert inc["killed"] == 0


def test_missiles_fired_at_sea_are_no_incident() -> None:
    from newsfacts.facts import parse_incidents

    assert parse_incidents("North Korea fired two ballistic missiles at sea on Monday, officials said.") == []


# --- 10. Who a vehicle was carrying is not who was hurt ----------------------------------------------------------


def test_occupants_carried_are_not_the_wounded() -> None:
    inc = main("A UN truck carrying 6 contractors was hit by gunfire near Bentiu; 2 contractors were injured.")
    assert inc["injured"] == 2


# --- 11. "<town> in <wide area>": the town is the place, the area only places it ------------------------------


def test_town_in_a_wide_area_is_the_place() -> None:
    inc = main("Militants ambushed a patrol near Bir al-Abd in the Sinai Peninsula, killing 5 soldiers.")
    assert inc["country"] == "EG"
    assert inc["location"] != "Sinai Peninsula"


# --- 12. Abducted, then killed: the taken are the dead, with where or when between -----------------------------


def test_one_abducted_then_killed_is_one_dead() -> None:
    inc = main("A community health worker was kidnapped by bandits in Katsina and killed days later.")
    assert inc["killed"] == 1


def test_counted_abducted_then_killed_are_the_dead() -> None:
    inc = main("Two NNGO staff were abducted near Damasak and later killed.")
    assert inc["killed"] == 2


def test_stopped_at_checkpoint_then_killed_is_one_dead() -> None:
    inc = main(
        "An NNGO driver returning by motorbike from a food distribution was stopped at a checkpoint near Kabalo, "
        "Tanganyika, and killed by militiamen."
    )
    assert inc["killed"] == 1


# --- 13. A venue named after another town is not that town ----------------------------------------------------


def test_mall_named_after_a_town_is_not_the_town() -> None:
    inc = main("Reid Walsh, 24, opened fire at the Lakewood mall in Fresno, Calif., killing 3 shoppers.")
    assert (inc["admin1"], inc["location"]) == ("California", "Fresno")


# --- 14. A figure with its own verb is no part of the list of the dead after it ---------------------------------


def test_the_attacked_before_a_share_killed_are_not_added() -> None:
    inc = main("Five aid workers were attacked near Bossangoa and 2 were killed.")
    assert inc["killed"] == 2


# --- 15. A record's longer list part, and "shot at and injured" -------------------------------------------------


def test_list_part_with_employer_words_still_joins_the_list() -> None:
    inc = main("Two WFP national staff from the Goma sub-office and their driver were killed in an ambush near Sake.")
    assert inc["killed"] == 3


def test_shot_at_and_injured_is_one_wounded() -> None:
    inc = main("An MSF staffer was shot at and injured while driving through Bunia.")
    assert inc["injured"] == 1


# --- 16. Who the victims were and who speaks are not where it happened ------------------------------------------


def test_displaced_people_are_the_victims_not_another_figure() -> None:
    inc = main("Militiamen hacked 17 displaced people to death at a camp near Djugu, Ituri.")
    assert inc["killed"] == 17


def test_us_service_members_do_not_place_the_attack() -> None:
    inc = main("A rocket attack on an airbase in Anbar province wounded 5 US service members.")
    assert (inc["country"], inc["admin1"]) == ("IQ", "Anbar")


def test_a_state_that_speaks_is_not_the_place() -> None:
    inc = main("A rocket attack on an airbase in Anbar province wounded 6 soldiers; Iran said it was retaliation.")
    assert (inc["country"], inc["admin1"]) == ("IQ", "Anbar")
