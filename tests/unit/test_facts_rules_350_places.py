"""Round 350: a local story's places under its city's dateline."""

from __future__ import annotations

from facts_rules_support import main


def place(text: str) -> tuple[str | None, str | None]:
    inc = main(text)
    return inc["admin1"], inc["location"]


def test_a_namesake_in_the_datelines_state_of_the_very_name() -> None:
    """Philadelphia has namesakes in other states: the bureau's own is the largest one, in Pennsylvania, and of
    the Kensingtons there the one called so, not New Kensington."""
    text = (
        "Two dead in Kensington shooting\n\nPHILADELPHIA — Two men were killed when gunfire erupted outside a bar "
        "late Friday, police said."
    )
    assert place(text) == ("Pennsylvania", "Kensington")


def test_a_neighbourhood_known_elsewhere_only_as_another_towns_name_is_not_that_town() -> None:
    """Not Thornwood, New York (which GeoNames also calls Sherman Park): a part of the dateline's town."""
    text = (
        "Four wounded in Sherman Park shooting\n\nMILWAUKEE — Four people were wounded when shots were fired at a "
        "park in the Sherman Park neighborhood on Tuesday, Milwaukee police said."
    )
    assert place(text) == ("Wisconsin", "Sherman Park, Milwaukee")


def test_a_spelling_of_the_towns_own_name_is_still_the_town() -> None:
    text = "KABUL (Reuters) - A bomb killed five people at a mosque in Mazar-i-Sharif on Friday, police said."
    assert place(text) == ("Balkh", "Mazar-i-Sharif")


def test_a_park_named_after_another_town_is_in_the_town_named_next() -> None:
    text = "A man fired into a crowd at Riverside Park in Wichita, Kansas, killing one man and wounding six."
    assert place(text) == ("Kansas", "Wichita")


def test_a_school_named_after_two_people_is_in_the_town_named_next() -> None:
    text = "A former pupil stabbed a teacher to death at the Gambetta-Carnot lycee in Arras, Pas-de-Calais."
    assert place(text) == ("Hauts-de-France", "Arras")


def test_a_town_called_park_is_still_a_town() -> None:
    assert place("A gunman killed seven people at a parade in Highland Park on Monday.")[1] == "Highland Park"


def test_a_molotov_cocktail_is_an_attack_and_russias_divisions_have_english_names() -> None:
    inc = main(
        "A man threw a Molotov cocktail through a window of the enlistment office in Surgut, Khanty-Mansi "
        "Autonomous Okrug. No one was hurt."
    )
    assert (inc["country"], inc["admin1"]) == ("RU", "Khanty-Mansi Autonomous Okrug")
    assert (inc["killed"], inc["injured"]) == (0, 0)


def test_a_republic_by_its_english_name() -> None:
    assert place("Gunmen attacked a police post in Nazran, killing two officers.") == ("Ingushetia", "Nazran")


def test_a_towns_part_named_as_its_own_district() -> None:
    text = "Arsonists set fire to a shelter in Dresden's Prohlis district early on Sunday, police said."
    assert place(text) == ("Saxony", "Prohlis, Dresden")


def test_a_part_told_by_its_kind_and_its_town() -> None:
    text = "Two men were shot dead in the Germantown section of Philadelphia on Friday night."
    assert place(text) == ("Pennsylvania", "Germantown, Philadelphia")


def test_a_part_under_its_towns_dateline() -> None:
    text = "MILWAUKEE — Two teenagers were wounded when shots were fired at a park in the Harambee neighborhood."
    assert place(text) == ("Wisconsin", "Harambee, Milwaukee")


def test_the_town_a_suburb_is_of_is_not_a_part_of_it() -> None:
    text = "A gunman killed three people at a mall in the Birmingham suburb of Hoover, Alabama."
    assert place(text)[1] == "Hoover"


def test_a_building_of_the_town_is_no_part_of_it() -> None:
    text = "A suicide bomber killed 13 people outside Kabul's Hamid Karzai International Airport on Thursday."
    assert place(text)[1] == "Kabul"


def test_a_part_with_the_arabic_article() -> None:
    text = "Clashes killed two people in Tripoli's Bab al-Tabbaneh on Monday, a security source said."
    assert place(text)[1] == "Bab al-Tabbaneh, Tripoli"


def test_a_city_dateline_is_still_the_dateline() -> None:
    """ "KIDAPAWAN CITY —": the designator makes it no town the story names; the town it names is the place."""
    text = "KIDAPAWAN CITY — Two farmers were killed when gunmen ambushed their tricycle in Kabacan on Saturday."
    assert place(text)[1] == "Kabacan"


def test_the_object_of_an_attack_in_apposition() -> None:
    text = (
        "GUSAU — Bandits killed nine people in an attack on Kwashabawa, a farming community in the Zurmi Local "
        "Government Area of Zamfara State."
    )
    assert place(text) == ("Zamfara", "Kwashabawa")


def test_the_countryside_of_a_governorate_is_the_governorate() -> None:
    text = (
        "Two soldiers were killed when ISIS cells attacked a checkpoint in Jadid town in the eastern countryside of "
        "Deir Ezzor."
    )
    assert place(text) == ("Deir Ezzor", "Jadid")


def test_an_arabic_name_with_the_article_as_written_and_a_single_letter() -> None:
    """GeoNames' "Tall Tamr" and "'Ayn al 'Arab": the press's "Tal Tamr" and "Ain al-Arab"."""
    assert place("A car bomb killed five people at a checkpoint in Tal Tamr on Sunday.") == ("Al-Hasakah", "Tal Tamr")
    assert place("A drone strike killed two fighters near Ain al-Arab.")[1] == "Ain al-Arab"


def test_arabic_variants_leave_one_word_names_alone() -> None:
    from newsfacts.facts.gazetteer import arabic_variants

    assert arabic_variants("hamma") == set()
    assert "maarat al numan" in arabic_variants("maarrat an numan")


def test_a_district_in_the_towns_own_sentence_is_the_towns_part() -> None:
    """Kyiv has a Dniprovskyi district too: the one in Kherson's sentence is Kherson's."""
    text = (
        "On 7 November 2024, Russian forces shelled Kherson city (Kherson), hitting a bus stop in the Dniprovskyi "
        "district. 2 civilians killed, 8 injured."
    )
    assert place(text) == ("Kherson", "Dniprovskyi, Kherson")
