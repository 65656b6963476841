"""Round 400: unlisted villages by the spot hit, their kind first or their unit's, and provinces beside datelines."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def where(text: str) -> tuple[str | None, str | None, str | None]:
    inc = main(text)
    return inc["country"], inc["admin1"], inc["location"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On 4 March, armed men attacked the weekly market of Toubakoro, in Djenné cercle, Mopti region, killing "
            "11 civilians, local authorities said.",
            "Toubakoro",
        ),
        (
            "Two shells landed in the centre of Kibarizo, in Masisi territory, North Kivu province, on Tuesday, "
            "killing three people.",
            "Kibarizo",
        ),
        (
            "Gunmen attacked the centre of Sabouna, a rural commune of Yatenga province in the Nord region, on "
            "Tuesday evening, killing seven people.",
            "Sabouna",
        ),
    ],
)
def test_a_village_named_by_the_spot_hit_in_it_is_the_place(text: str, place: str) -> None:
    assert where(text)[2] == place


def test_the_town_named_after_a_spot_in_it_stays_the_town() -> None:
    text = "Gunmen attacked the main market of Djenné on Tuesday, killing seven people, officials said."
    assert where(text)[1:] == ("Mopti", "Djenné")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people were killed when armed men from two feuding clans exchanged fire in Barangay Dimalna in "
            "Masiu, Lanao del Sur, on Tuesday, police said.",
            ("PH", "Lanao del Sur", "Dimalna"),
        ),
        (
            "A bomb hidden beside a rural road in Tambon Kholok of Rueso district killed two rangers in Narathiwat "
            "on Wednesday.",
            ("TH", "Narathiwat", "Kholok"),
        ),
    ],
)
def test_a_barangay_or_tambon_named_kind_first_is_the_place(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected


def test_a_union_in_bangladesh_is_the_village_it_is_named_after() -> None:
    text = "One person was killed in a clash between rival supporters at Char Baguni union in Companiganj upazila."
    assert where(text)[2] == "Char Baguni"


def test_the_european_union_is_no_village() -> None:
    text = "Envoys of the European Union condemned the bombing that killed six people in Kandahar on Monday."
    assert where(text)[2] == "Kandahar"


@pytest.mark.parametrize("district", ["Imphal West district", "Imphal East district"])
def test_a_village_in_a_district_named_after_a_town_with_a_compass_word_is_the_place(district: str) -> None:
    text = (
        f"IMPHAL: Suspected militants dropped explosives from drones on Sagolmang village in {district} of "
        "Manipur on Sunday evening, injuring six people."
    )
    assert where(text) == ("IN", "Manipur", "Sagolmang village")


def test_residents_of_a_village_apposed_with_its_district_are_placed_there() -> None:
    text = (
        "IMPHAL, India (Reuters) - Gunmen killed nine people late on Tuesday. The attackers opened fire on "
        "residents of Chingphei, a village in Imphal East district, a senior police officer said."
    )
    assert where(text)[2] == "Chingphei"


def test_a_dateline_town_outside_the_province_the_lede_names_is_not_the_place() -> None:
    text = (
        "CAGAYAN DE ORO CITY - A soldier and two rebels were killed in a clash in the hinterlands of a village "
        "in Bukidnon early Monday, the military said."
    )
    assert where(text) == ("PH", "Bukidnon", None)


def test_a_dateline_town_in_the_province_the_lede_names_is_the_place() -> None:
    text = "CAGAYAN DE ORO CITY - A soldier was killed in a grenade attack in Misamis Oriental early Monday."
    assert where(text) == ("PH", "Misamis Oriental", "Cagayan de Oro")


def test_a_town_written_short_for_its_own_longer_name_stays_as_written() -> None:
    text = (
        "A car bomb exploded outside a police checkpoint in San Lorenzo, in the northern Ecuadorian province of "
        "Esmeraldas, on Tuesday night, killing one police officer."
    )
    assert where(text) == ("EC", "Esmeraldas", "San Lorenzo")


def test_a_provincial_datelines_division_holds_the_town_the_lede_names() -> None:
    text = (
        "POPAYÁN, Colombia (AP) — Dissidents attacked a police station in the southwestern town of Palmichal "
        "with explosives Monday night, killing a police officer."
    )
    assert where(text) == ("CO", "Cauca", "Palmichal")


def test_a_capitals_dateline_is_a_bureaus_and_tells_no_division() -> None:
    text = "BEIRUT (AP) — An Israeli strike on the village of Kfar Hamam killed three people on Monday."
    assert where(text) == ("LB", None, "Kfar Hamam")


def test_a_rank_before_a_name_makes_it_a_mans() -> None:
    text = (
        "BOGOTÁ — The government blamed the ELN for the car bomb that killed 21 people at the General Santander "
        "police academy in the south of the capital."
    )
    assert where(text) == ("CO", "Bogota D.C.", "Bogotá")


@pytest.mark.parametrize(
    "after",
    [
        "after two more children succumbed to their wounds at a hospital in Bannu",
        "after two more children died later at a hospital in Bannu",
    ],
)
def test_the_town_where_the_wounded_died_in_hospital_is_not_where_it_happened(after: str) -> None:
    text = (
        "MIRAMSHAH: The death toll from Tuesday's drone attack on a house in Spalga village near Mir Ali rose to five "
        f"on Thursday {after}, officials said."
    )
    assert where(text)[2] == "Spalga village"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two young men were killed by troops at dawn on Thursday during a raid on al-Jalazun refugee camp, "
            "north of Ramallah, the ministry said.",
            "al-Jalazun refugee camp",
        ),
        ("Gunmen attacked an army outpost in the Wadi al-Fursan area, south of Kirkuk, killing two soldiers.",
         "Wadi al-Fursan"),
    ],
)
def test_a_camp_or_area_placed_by_its_bearing_from_a_town_is_the_place(text: str, place: str) -> None:
    assert where(text)[2] == place


def test_the_sentence_that_says_where_it_took_place_names_the_village() -> None:
    text = (
        "SUKMA, May 9 - Maoists ambushed a road-opening party in Chhattisgarh's Sukma district on Thursday "
        "afternoon, killing two jawans, police said. Four other jawans were injured.\n\n"
        "The attack took place near Mukram village, on the stretch between Dornapal and Jagargunda."
    )
    assert where(text) == ("IN", "Chhattisgarh", "Mukram village")


def test_a_sentence_on_another_subject_a_paragraph_on_names_no_place() -> None:
    text = (
        "SUKMA, May 9 - Maoists ambushed a road-opening party in Chhattisgarh's Sukma district on Thursday "
        "afternoon, killing two jawans, police said. Four other jawans were injured.\n\n"
        "Reinforcements were sent from Mukram village, on the stretch between Dornapal and Jagargunda."
    )
    assert where(text)[2] == "Sukma"


def test_a_park_named_like_a_country_is_not_the_country() -> None:
    text = (
        "Two men were killed and four people wounded when gunfire erupted at a cookout in a north Minneapolis park "
        "Sunday evening, police said. Officers were called to Jordan Park around 7:30 p.m."
    )
    assert where(text) == ("US", "Minnesota", "Minneapolis")
