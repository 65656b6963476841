"""Round 300: where an incident happened, as local and wire reporters name the place."""

from __future__ import annotations

import pytest
from facts_rules_support import main

# --- 1. Where the wounded were taken is not where it happened ---------------------------------------------------


def test_taken_to_hospital_in_town_is_not_the_place() -> None:
    """ "taken to hospital in Maiduguri": the town of the hospital, not the area attacked."""
    inc = main(
        "Gunmen killed nine farmers in Bama local government area of Borno State. "
        "The wounded were taken to hospital in Maiduguri."
    )
    assert (inc["country"], inc["admin1"]) == ("NG", "Borno")
    assert inc["location"] != "Maiduguri"


def test_airlifted_to_capital_alone_is_no_place() -> None:
    """With no other place, the wounded's destination still names no place of the attack: its country stays."""
    inc = main("Two aid workers were shot in an ambush on Monday. They were airlifted to Nairobi.")
    assert inc["country"] == "KE"
    assert inc["location"] is None


# --- 2. Officials in the capital speak for the state --------------------------------------------------------------


def test_capital_of_officials_who_speak_is_not_the_place() -> None:
    """ "officials in Abuja said": the seat of who speaks; the country it names stays."""
    inc = main("Bandits killed 12 traders on a road in Katsina State on Friday, officials in Abuja said.")
    assert (inc["country"], inc["admin1"]) == ("NG", "Katsina")
    assert inc["location"] != "Abuja"


def test_capital_alone_still_names_the_country() -> None:
    inc = main("Gunmen killed seven villagers in an overnight raid, authorities in Bamako said.")
    assert inc["country"] == "ML"
    assert inc["location"] is None


# --- 3. A place, then what it is and where ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        (
            "Armed men killed six farmers in Ungwan Kaje, a community in Kauru local government area of Kaduna State.",
            "Kaduna",
            "Ungwan Kaje",
        ),
        ("Bandits killed 11 in Gidan Bawa, a farming community in Zamfara State.", "Zamfara", "Gidan Bawa"),
    ],
)
def test_apposition_names_the_village(text: str, admin1: str, location: str) -> None:
    inc = main(text)
    assert (inc["admin1"], inc["location"]) == (admin1, location)


# --- 4. The object of a raid, placed by its division --------------------------------------------------------------


def test_raided_place_qualified_by_its_division() -> None:
    """ "attacked Pont-Sondé in the Artibonite department": the object of "attacked" as surely as of "in"."""
    inc = main("Gang members attacked Liancourt in the Artibonite department overnight, killing 11 people.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("HT", "Artibonite", "Liancourt")


# --- 5. Arabic names with the article in lower case ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("A car bomb killed six people in the town of al-Bab on Sunday, activists said.", "SY", "al-Bab"),
        ("An explosion killed four soldiers near al-Qaim, security sources said.", "IQ", "al-Qaim"),
    ],
)
def test_lower_case_article_starts_the_name(text: str, country: str, location: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["location"]) == (country, location)


# --- 6. A unit held by its division, in the possessive ------------------------------------------------------------


def test_district_held_by_governorate_in_possessive() -> None:
    """ "in Al Hudaydah governorate's Hays district": the district's town, placed by "in" before the possessor."""
    inc = main("Shelling killed three children in Al Hudaydah governorate's Hays district on Monday.")
    assert (inc["country"], inc["location"]) == ("YE", "Hays")


# --- 7. Where a statement was made, after the verb ----------------------------------------------------------------


def test_said_in_town_is_the_statement_not_the_place() -> None:
    """ "the police command said in Jos": where it spoke; the unit named first is where it happened."""
    inc = main("Gunmen killed eight villagers in Riyom LGA of Plateau State, the police command said in Jos.")
    assert (inc["admin1"], inc["location"]) == ("Plateau", "Riyom LGA")


# --- 8. A unit, then its division with a compass word -------------------------------------------------------------


def test_unit_then_compass_division() -> None:
    """ "in Tabayin township, northwestern Sagaing": the region, not Sagaing town."""
    inc = main("Soldiers burned 40 houses and killed nine people in Myinmu township, southern Sagaing, villagers said.")
    assert (inc["admin1"], inc["location"]) == ("Sagaing", "Myinmu township")
    inc = main("Militants killed four police officers in Zhari district, western Kandahar, officials said.")
    assert (inc["admin1"], inc["location"]) == ("Kandahar", "Zhari district")


# --- 9. An unlisted Arabic name with its article in lower case ----------------------------------------------------


def test_unlisted_name_with_lower_case_article() -> None:
    inc = main("A roadside bomb killed three fighters in al-Hawl, in Hasakah province, on Friday.")
    assert (inc["country"], inc["location"]) == ("SY", "al-Hawl")


# --- 10. An island named by its town, and "off" a coast -----------------------------------------------------------


def test_off_island_named_by_its_town() -> None:
    inc = main("Sea robbers shot dead three naval ratings off Bonny Island, Rivers State, on Thursday.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("NG", "Rivers", "Bonny")


# --- 11. A division's seat, spelt as the division is --------------------------------------------------------------


def test_seat_spelt_like_its_division() -> None:
    """ "Deir Ezzor city": the news spells the town as it spells the governorate; GeoNames lists that for neither."""
    inc = main("A suicide bomber killed six soldiers at a checkpoint in Deir Ezzor city on Sunday.")
    assert (inc["country"], inc["location"]) == ("SY", "Deir Ezzor")
    assert inc["geo_precision"] == "place"


# --- 12. A sea named after a town ---------------------------------------------------------------------------------


def test_gulf_of_town_is_no_town() -> None:
    """ "in the Gulf of Aden": neither Aden nor Papua New Guinea's Gulf province."""
    inc = main("A missile hit a Greek-owned bulk carrier in the Gulf of Aden on Tuesday, killing three sailors.")
    assert inc["location"] is None
    assert inc["admin1"] is None
    assert inc["country"] != "PG"


# --- 13. Where a speaker spoke ------------------------------------------------------------------------------------


def test_speaking_in_capital_is_not_the_place() -> None:
    inc = main("The rights group's director, speaking in Nairobi, said police shot dead 11 protesters in Kisumu.")
    assert (inc["country"], inc["location"]) == ("KE", "Kisumu")


# --- 14. A part of a division named "valley", and Rio alone ---------------------------------------------------------


def test_valley_of_a_district() -> None:
    inc = main("Militants ambushed a convoy in the Tirah valley of Khyber district, killing five soldiers.")
    assert (inc["admin1"], inc["location"]) == ("Khyber Pakhtunkhwa", "Tirah")


def test_rio_alone_is_rio_de_janeiro() -> None:
    inc = main("Police killed nine suspects during a raid on a favela in Rio on Thursday.")
    assert (inc["country"], inc["admin1"]) == ("BR", "Rio de Janeiro")


# --- 15. The town that tells where an apposed village lies ---------------------------------------------------------


def test_village_apposed_near_a_listed_town() -> None:
    """ "Unguwan Magaji, a community outside Kaduna": the village, not the town named to place it."""
    inc = main("Bandits killed nine people in Unguwan Magaji, a community outside Kaduna, Kaduna State.")
    assert (inc["admin1"], inc["location"]) == ("Kaduna", "Unguwan Magaji")


# --- 16. A place, then the unit it lies in ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        ("Bandits killed 12 residents of Gidan Dawa in Bakura LGA of Zamfara State.", "Zamfara", "Gidan Dawa"),
        ("Gunmen attacked Kwatas in Bokkos local government area of Plateau, killing nine.", "Plateau", "Kwatas"),
    ],
)
def test_place_in_its_unit(text: str, admin1: str, location: str) -> None:
    inc = main(text)
    assert (inc["admin1"], inc["location"]) == (admin1, location)


# --- 17. The country across a frontier other than a "border" -------------------------------------------------------


def test_line_of_control_with_country_is_the_other_side() -> None:
    inc = main("Three Indian soldiers were killed in Poonch, close to the Line of Control with Pakistan.")
    assert (inc["country"], inc["location"]) == ("IN", "Poonch")


# --- 18. Where a statement was made names the country, and Colombia's subregions ----------------------------------


def test_said_in_capital_keeps_the_country() -> None:
    inc = main("Clashes between armed groups in the Catatumbo region left 14 dead, the ombudsman said in Bogota.")
    assert (inc["country"], inc["admin1"]) == ("CO", "Norte de Santander")
    assert inc["location"] != "Bogota"


def test_bajo_cauca_is_in_antioquia() -> None:
    inc = main("Gunmen killed six miners in the Bajo Cauca region on Saturday, the army said.")
    assert (inc["country"], inc["admin1"]) == ("CO", "Antioquia")


# --- 19. An ampersand inside a division's name --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Militants ambushed an army vehicle in Rajouri district of J&K on Monday, killing four soldiers.",
    ],
)
def test_ampersand_division(text: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == ("IN", "Kashmir")
    assert inc["location"].startswith("Rajouri")


# --- 20. A unit's place in the possessive; a camp or village near a town -----------------------------------------


def test_district_owns_its_area() -> None:
    """ "in Kech district's Hoshab area": the area, not the district that owns it."""
    inc = main("Gunmen shot dead three truck drivers in Panjgur district's Gichk area, Balochistan.")
    assert (inc["admin1"], inc["location"]) == ("Balochistan", "Gichk")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Troops killed four gunmen during a raid on the Far'a camp near Tubas, the ministry said.", "Far'a"),
        ("Gunmen killed nine people in Dogo Nahawa village near Jos on Sunday.", "Dogo Nahawa village"),
    ],
)
def test_settlement_near_a_town(text: str, location: str) -> None:
    assert main(text)["location"] == location


# --- 21. A place on a road; a village named like a district abroad ------------------------------------------------


def test_place_on_a_road_between_towns() -> None:
    """ "on the Abuja-Kaduna expressway near Rijana": neither end of the road, the place beside it."""
    inc = main("Kidnappers killed two travellers on the Abuja-Kaduna expressway near Katari on Friday.")
    assert inc["location"] == "Katari"


def test_village_named_like_a_district_abroad() -> None:
    """ "near Jaji, Kaduna State": not Paktia's Jaji district, the state after the comma says so."""
    inc = main("Bandits killed four travellers near Jaji, Kaduna State, on Sunday.")
    assert (inc["country"], inc["admin1"]) == ("NG", "Kaduna")


# --- 22. The police of a town tell of a unit in its division ------------------------------------------------------


def test_police_town_gives_way_to_the_unit_named() -> None:
    inc = main(
        "Police in Kano said two traders were shot dead at a market in Dala local government area of Kano State."
    )
    assert (inc["admin1"], inc["location"]) == ("Kano", "Dala local government area")


# --- 23. A village, then the municipality that holds it -----------------------------------------------------------


def test_village_in_the_municipality_of_a_town() -> None:
    inc = main("Dissidents shot dead three soldiers in La Cristalina, in the municipality of Argelia, Cauca.")
    assert (inc["admin1"], inc["location"]) == ("Cauca", "La Cristalina")


# --- 24. Arab towns without the article GeoNames gives them ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("A car bomb killed seven people near a market in Qamishli on Friday.", "SY", "Qamishli"),
        ("Gunmen shot dead two protesters in Kut, police said.", "IQ", "Kut"),
        ("Islamic State fighters killed five soldiers near Palmyra on Sunday.", "SY", "Palmyra"),
    ],
)
def test_arab_town_without_its_article(text: str, country: str, location: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["location"]) == (country, location)


# --- 25. Towns the GeoNames extract lacks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("Jihadists attacked a checkpoint in Hombori, killing four soldiers.", "ML", "Hombori"),
        ("Gunmen killed nine civilians in Kantchari on Monday.", "BF", "Kantchari"),
        ("Al-Shabaab fighters killed six soldiers in Garbaharey on Monday.", "SO", "Garbaharey"),
        ("Maoists killed two policemen in Dantewada, officials said.", "IN", "Dantewada"),
    ],
)
def test_towns_cities1000_lacks(text: str, country: str, location: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["location"]) == (country, location)


# --- 26. Where the attackers fled, where the bodies went ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen who raided a village on Thursday fled towards Birnin Gwari, residents said.", "NG"),
        ("Rebels killed 11 villagers overnight. The bodies were taken to the morgue in Beni.", "CD"),
    ],
)
def test_flight_and_morgue_are_not_the_place(text: str, country: str) -> None:
    inc = main(text)
    assert inc["country"] == country
    assert inc["location"] is None


# --- 27. Parts of a town named like a town elsewhere --------------------------------------------------------------


def test_complexes_in_a_city_are_its_parts() -> None:
    """ "the Penha and Alemão complexes in Rio de Janeiro": not Penha, Santa Catarina."""
    inc = main("A police raid on the Penha and Alemão complexes in Rio de Janeiro left 21 people dead.")
    assert (inc["country"], inc["admin1"]) == ("BR", "Rio de Janeiro")


# --- 28. A commune named without its kind -------------------------------------------------------------------------


def test_bare_commune_is_the_place() -> None:
    """ "near Banibangou, close to the Malian border": the commune the reference file lists, named bare."""
    inc = main("Jihadists killed 9 soldiers near Banibangou, close to the Malian border, the army said.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("NE", "Tillaberi", "Banibangou")


# --- A parish of a few towns against a city of half a million -----------------------------------------------------


@pytest.mark.parametrize(
    "town,cc,admin1", [("Manchester", "GB", "England"), ("Portland", "US", "Oregon"), ("Hanover", "DE", "Lower Saxony")]
)
def test_city_outweighs_its_namesake_parish_of_few_towns(town: str, cc: str, admin1: str) -> None:
    """Jamaica's parishes hold four or five listed towns each; the big city of the same name is what news means."""
    inc = main(f"A man was stabbed to death outside a bar in {town} on Friday night, police said.")
    assert (inc["country"], inc["admin1"], inc["location"]) == (cc, admin1, town)


def test_parish_named_with_its_country_stays_the_parish() -> None:
    inc = main("Gunmen shot dead a shopkeeper in the parish of Manchester, Jamaica, on Monday.")
    assert (inc["country"], inc["admin1"]) == ("JM", "Manchester")


# --- The news's spelling of West Bank towns -----------------------------------------------------------------------


@pytest.mark.parametrize("town", ["Jenin", "Qalqilya"])
def test_west_bank_town_in_news_spelling_beats_context_of_its_attackers(town: str) -> None:
    """ "Israeli troops ... in Jenin": GeoNames writes Janin and Poland has a hamlet Jenin; this is the West Bank's."""
    inc = main(f"Israeli troops shot dead two Palestinian men during a raid in {town} on Tuesday.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("PS", "West Bank", town)
