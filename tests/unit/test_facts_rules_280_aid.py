"""Rules from round 280's probes: aid-worker security incidents (AWSD rows, NGO security logs, OCHA access notes)."""

from __future__ import annotations

from facts_rules_support import main


def test_field_spellings_of_afghan_provinces_are_the_provinces() -> None:
    # Read as the province, reported by its own name (admin1_spellings.yaml): one province, one warehouse value.
    inc = main("One NNGO staff was killed and another injured by a roadside bomb in Zurmat district, Paktya province.")
    assert (inc["country"], inc["admin1"]) == ("AF", "Paktia")
    inc = main("A vaccinator of an NNGO was shot dead by unknown gunmen in Jalalabad, Nangahar province.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("AF", "Nangarhar", "Jalalabad")


def test_variant_spellings_of_african_divisions() -> None:
    inc = main("A national NGO worker was killed by unknown gunmen in the Gambella region of Ethiopia.")
    assert (inc["country"], inc["admin1"]) == ("ET", "Gambela")
    inc = main("Two INGO national staff were killed by armed men near Kaga-Bandoro, Nana-Gribizi.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("CF", "Nana-Grebizi", "Kaga-Bandoro")


def test_a_poc_site_is_its_town() -> None:
    inc = main("A national NGO volunteer was stabbed to death inside the Malakal PoC site overnight.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("SS", "Upper Nile", "Malakal")


def test_displacement_camps_are_places() -> None:
    inc = main("A Rohingya volunteer with an NGO was shot dead by armed men in Kutupalong camp.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("BD", "Chittagong", "Kutupalong")
    inc = main("A guard of an NGO clinic was shot dead inside the Al-Hol camp by suspected ISIS cells.")
    assert (inc["country"], inc["location"]) == ("SY", "Al-Hol")


def test_towns_of_aid_reports_missing_from_geonames() -> None:
    inc = main("Gunmen shot dead an INGO driver in Nasir, Upper Nile, on Tuesday.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("SS", "Upper Nile", "Nasir")
    inc = main("An NNGO staff member was killed when insurgents attacked Palma, Cabo Delgado.")
    assert (inc["country"], inc["location"]) == ("MZ", "Palma")


def test_a_district_named_with_its_province_is_not_a_namesake_village() -> None:
    inc = main("An INGO clinic guard was killed by gunmen in Khogyani district of Nangarhar.")
    assert (inc["admin1"], inc["location"]) == ("Nangarhar", "Khogyani")


def test_a_looted_warehouse_with_no_one_hurt_is_an_incident_with_zero_casualties() -> None:
    inc = main("Gunmen looted the warehouse of an INGO in Renk, Upper Nile. No staff were hurt.")
    assert (inc["killed"], inc["injured"]) == (0, 0)
    assert (inc["country"], inc["location"]) == ("SS", "Renk")


def test_a_base_looted_by_armed_men_is_an_incident() -> None:
    inc = main("The compound of an NGO in Markounda was looted and burnt by armed men overnight. No casualties.")
    assert inc["location"] == "Markounda"


def test_a_carjacking_is_an_incident() -> None:
    inc = main("An NGO pick-up was carjacked on the outskirts of Abeche; the passengers were left by the road.")
    assert (inc["country"], inc["location"]) == ("TD", "Abeche")


def test_guerrillas_who_burnt_a_vehicle_make_an_incident() -> None:
    inc = main("FARC dissident guerrillas stopped a team of an NGO in Arauca and burnt their vehicle. Nobody was hurt.")
    assert (inc["country"], inc["killed"], inc["injured"]) == ("CO", 0, 0)


def test_robbed_staff_are_an_incident() -> None:
    inc = main("Armed anti-balaka elements robbed three NGO staff near Bocaranga and took their phones.")
    assert (inc["country"], inc["location"]) == ("CF", "Bocaranga")


def test_victims_the_record_says_it_does_not_count_are_left_out() -> None:
    inc = main(
        "A nurse of a national NGO was shot dead when gunmen raided the clinic in Dikwa, Borno State. "
        "Three patients were also killed but are not counted here."
    )
    assert inc["killed"] == 1
    inc = main(
        "Two INGO drivers were killed in an ambush near Kajo-Keji; five traders, who are not included, also died."
    )
    assert inc["killed"] == 2


def test_an_aid_trade_is_one_person() -> None:
    inc = main("A patient shot and killed a Norwegian physiotherapist at an orthopaedic centre in Herat.")
    assert inc["killed"] == 1


def test_a_camp_named_beside_a_city_is_where_it_happened() -> None:
    inc = main("A nutrition volunteer was killed when fighters shelled Zamzam camp near El Fasher, North Darfur.")
    assert (inc["country"], inc["location"]) == ("SD", "Zamzam")


def test_abducted_from_a_camp_and_taken_abroad_is_the_camp() -> None:
    inc = main(
        "Gunmen abducted two Kenyan NGO staff from the Dadaab refugee camp "
        "and drove them across the border into Somalia."
    )
    assert (inc["country"], inc["admin1"], inc["location"]) == ("KE", "Garissa", "Dadaab")


def test_workers_from_a_country_stay_a_nationality() -> None:
    inc = main("Two aid workers from France were abducted by gunmen in Diffa, Niger.")
    assert (inc["country"], inc["location"]) == ("NE", "Diffa")


def test_a_route_end_outside_the_named_division_is_not_the_place() -> None:
    inc = main("Two NGO drivers were killed by an IED between Baidoa and Wajid in Bakool region.")
    assert (inc["country"], inc["admin1"]) == ("SO", "Bakool")
    assert inc["location"] != "Baidoa"


def test_a_route_end_inside_the_named_division_stays() -> None:
    inc = main("An INGO vehicle was ambushed between Bunia and Komanda in Ituri province; the driver was killed.")
    assert (inc["country"], inc["location"]) == ("CD", "Bunia")


def test_spellings_of_a_wardak_district_place_it_in_afghanistan() -> None:
    inc = main("The bodies of two NNGO staff were found in Maydan, Sayabad district, a week after gunmen took them.")
    assert (inc["country"], inc["admin1"]) == ("AF", "Wardak")


def test_where_captives_were_released_is_not_where_they_were_taken() -> None:
    inc = main("Gunmen abducted two NGO drivers near Beni, North Kivu. They were released in Butembo a week later.")
    assert (inc["country"], inc["location"]) == ("CD", "Beni")
    inc = main("An aid worker kidnapped in Niger last year was released in Mali on Friday.")
    assert inc["country"] == "NE"


def test_one_person_beaten_and_injured_is_one_injured() -> None:
    inc = main("An NGO pick-up was carjacked by armed men near Abeche; the driver was beaten and injured.")
    assert inc["injured"] == 1


def test_a_fourth_killed_after_others_wounded_is_one_killed() -> None:
    inc = main("Three NGO staff were wounded and a fourth killed when their vehicle hit a landmine in Hajjah.")
    assert (inc["killed"], inc["injured"]) == (1, 3)


def test_national_societies_and_local_division_words_name_the_country() -> None:
    assert main("A SARC volunteer was killed when a shell hit the ambulance he was driving.")["country"] == "SY"
    assert main("Two NGO workers were shot dead by armed youth in a payam near the county seat.")["country"] == "SS"
    assert main("Unknown gunmen killed an NGO nurse in a remote woreda on Friday.")["country"] == "ET"
    assert main("An INGO guard was killed by gunmen in Puntland.")["country"] == "SO"


def test_refugee_settlements_and_idp_sites_are_places() -> None:
    inc = main("A refugee incentive worker was stabbed to death in Bidibidi settlement, Yumbe district.")
    assert (inc["country"], inc["location"]) == ("UG", "Bidibidi")
    inc = main("Gunmen killed a community mobiliser of an NGO in Mugunga IDP site west of Goma.")
    assert (inc["country"], inc["location"]) == ("CD", "Mugunga")


def test_a_division_misspelt_by_a_letter_with_its_kind_is_the_division() -> None:
    inc = main("An NGO staff member was killed by gunmen in Helmend province.")
    assert (inc["country"], inc["admin1"]) == ("AF", "Helmand")
    inc = main("Two NGO staff were killed in Jongeli state when armed youth raided their compound.")
    assert (inc["country"], inc["admin1"]) == ("SS", "Jonglei")


def test_an_unknown_name_far_from_any_division_stays_unplaced() -> None:
    inc = main("Two NGO staff were killed in Zarqonistan province when gunmen raided their compound.")
    assert inc["admin1"] is None


def test_a_plural_name_with_a_kind_is_no_misspelt_division() -> None:
    inc = main("A gunman killed three people in Serbia on Sunday, the worst attack in the Balkans region in years.")
    assert inc["country"] == "RS"
    assert inc["admin1"] != "Balkan"


def test_a_unit_qualified_by_its_province_and_country_is_not_a_namesake_abroad() -> None:
    inc = main("An NGO guard was killed in Nawa district, Ghazni province, Afghanistan.")
    assert (inc["country"], inc["admin1"]) == ("AF", "Ghazni")


def test_a_town_named_like_its_province_stays_the_town() -> None:
    inc = main("An NGO guard was killed in Farah city, Farah province.")
    assert (inc["admin1"], inc["location"]) == ("Farah", "Farah")
