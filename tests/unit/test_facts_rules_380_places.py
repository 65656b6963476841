"""Round 380: villages the gazetteer lacks, named after the lede, and the opening's sentence past "U.N."."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.parser import parse_incidents


def where(text: str, title: str | None = None) -> tuple[str | None, str | None, str | None]:
    inc = parse_incidents(text, published="2023-06-12T10:00:00+00:00", title=title)[0] if title else main(text)
    return inc["country"], inc["admin1"], inc["location"]


def test_a_village_placed_by_its_distance_from_the_capital() -> None:
    text = (
        "MAIDUGURI, Nigeria (AFP) - At least 70 farm workers were killed when jihadists attacked rice fields in "
        "Nigeria's Borno state, officials said on Sunday.\n\nResidents said the fighters rounded up labourers at "
        "Dakkala, a village some 15 kilometres (nine miles) from the state capital Maiduguri, on Saturday."
    )
    assert where(text) == ("NG", "Borno", "Dakkala")


def test_a_village_near_the_town_of_x_is_the_village() -> None:
    text = (
        "BAMAKO (Reuters) - Gunmen killed at least 40 villagers in central Mali, officials said.\n\nThe attackers "
        "surrounded Sobagou, a village near the town of Bankass in the Mopti region, at dawn on Saturday."
    )
    assert where(text) == ("ML", "Mopti", "Sobagou")


def test_a_camp_placed_in_a_region_by_its_kind() -> None:
    text = "BAMAKO (AFP) - Gunmen killed 30 soldiers at Tamkoutat, in the Menaka region near the border, on Friday."
    assert where(text)[:3] == ("ML", "Menaka", "Tamkoutat")


def test_a_named_region_without_a_village_keeps_the_region() -> None:
    text = "BAMAKO (AFP) - Gunmen killed 30 soldiers in the Menaka region on Friday, the army said."
    assert where(text)[2] is None


def test_a_part_placed_in_a_towns_suburbs_is_the_part() -> None:
    text = (
        "BEIRUT: A suicide bomber blew himself up on a crowded street in Haret Hreik, in Beirut's southern suburbs, "
        "on Thursday evening, killing 20 people."
    )
    assert where(text)[2] == "Haret Hreik"


def test_a_listed_part_before_its_town_stays_as_before() -> None:
    text = "Two gunmen opened fire in Brooklyn, in New York City, on Thursday, killing three people."
    assert where(text)[:3] == ("US", "New York", "Brooklyn")


def test_an_oblast_written_with_its_kind_is_no_town() -> None:
    text = "A missile struck a cafe in the village of Novoye Pole in Kharkiv Oblast on Thursday, killing 12 people."
    assert where(text) == ("UA", "Kharkiv Oblast", "Novoye Pole")


def test_the_regional_capital_itself_is_still_a_town() -> None:
    text = "A missile struck a cafe in central Kharkiv on Thursday, killing 12 people."
    assert where(text)[2] == "Kharkiv"


@pytest.mark.parametrize("abbreviation", ["the U.N. children's agency", "police at 8 a.m. local time"])
def test_an_abbreviation_before_a_lower_case_word_ends_no_sentence(abbreviation: str) -> None:
    text = (
        f"Fighters attacked a village in Sudan's central Gezira province, killing at least 60 people, {abbreviation} "
        "said on Thursday.\n\nThe fighters stormed Wad Fadl on Wednesday, firing on residents and shelling homes."
    )
    assert where(text, title="Activists say 60 killed in Gezira village") == ("SD", "Gezira", "Wad Fadl")


# --- the Philippines: the province, as coders give it ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("A bomb exploded at a cathedral in Jolo on Sunday, killing 20 people.", "Sulu"),
        ("A bomb exploded during Mass in Marawi on Sunday, killing four people.", "Lanao del Sur"),
        ("Gunmen killed a village chief in Isulan on Sunday.", "Sultan Kudarat"),
    ],
)
def test_a_philippine_town_is_in_its_province(text: str, admin1: str) -> None:
    assert where(text)[:2] == ("PH", admin1)


def test_a_philippine_town_keeps_its_province_beside_another_events() -> None:
    text = (
        "A bomb exploded during Mass in Marawi on Sunday, killing four people. Commanders said it may have "
        "avenged a raid on Friday in which 11 militants were killed in Maguindanao del Sur."
    )
    assert where(text)[:3] == ("PH", "Lanao del Sur", "Marawi")


def test_a_manila_city_keeps_metro_manila() -> None:
    assert where("A gunman killed three people at a university in Quezon City on Sunday.")[:2] == ("PH", "Metro Manila")


def test_the_region_alone_is_still_the_region() -> None:
    text = "Troops killed 12 militants in the Bangsamoro region on Sunday, the army said."
    assert where(text)[:2] == ("PH", "Bangsamoro Autonomous Region in Muslim Mindanao")


# --- more ways to name a village the gazetteer lacks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "MAIDUGURI, Nigeria - At least 60 farm workers were killed on Saturday when fighters attacked them in "
            "Dakkala, near the village of Zabarmari in Borno state, officials said.",
            "Dakkala",
        ),
        (
            "ABUJA - At least 20 people were killed when a bomb exploded at a bus station in Karimo, on the outskirts "
            "of the capital, on Monday morning, police said.",
            "Karimo",
        ),
        (
            "BAMAKO - The number of people killed in an attack on the Fulani herding village of Sobagou in central "
            "Mali's Mopti region rose to 60 on Monday.",
            "Sobagou",
        ),
        (
            "NIAMEY - Gunmen killed 50 civilians in Niger's Tillaberi region on Saturday. Thirty people were killed in "
            "Tondikiwindi Koira and 20 in Zaroumdareye, local officials said.",
            "Tondikiwindi Koira",
        ),
        (
            "BENI, Congo - A bomb exploded at a church in Lubiriha, a town on the border with Uganda, in North Kivu "
            "province on Sunday, killing 10 people.",
            "Lubiriha",
        ),
        (
            "YALA - Insurgents attacked two checkpoints in Yala province on Tuesday, killing 15 people. The assailants "
            "opened fire on the checkpoints in Ban Sadao subdistrict at about 10 p.m.",
            "Ban Sadao",
        ),
    ],
)
def test_a_village_named_the_way_regional_reports_do(text: str, place: str) -> None:
    assert where(text)[2] == place


# --- a place after a facility's name, a compass qualifier, a camp's name, a suburb that is a town --------------------


def test_a_small_town_after_a_churchs_name() -> None:
    text = "A gunman opened fire during Sunday services at First Baptist Church in Pleasant Creek, Texas, killing 9."
    assert where(text) == ("US", "Texas", "Pleasant Creek")


def test_a_village_placed_in_a_provinces_countryside_by_a_compass_word() -> None:
    text = (
        "An aid convoy was bombed from the air while unloading at a warehouse in Kafr Dael al-Gharbi, western "
        "Aleppo countryside. The local branch head was killed."
    )
    assert where(text) == ("SY", "Aleppo", "Kafr Dael al-Gharbi")


def test_a_camp_named_before_its_town_is_no_town() -> None:
    text = (
        "2 INGO international staff abducted at gunpoint from Ifo camp in Dadaab; their national driver was shot "
        "and wounded."
    )
    assert where(text) == ("KE", "Garissa", "Dadaab")


def test_a_suburb_that_is_a_town_is_named_alone() -> None:
    text = "A gunman fired from a rooftop into the parade in Highland Park, a Chicago suburb, killing seven people."
    assert where(text) == ("US", "Illinois", "Highland Park")


def test_a_neighbourhood_of_a_city_keeps_its_city() -> None:
    text = "A gunman shot and killed five people in the Kingsessing neighborhood of Philadelphia on Monday."
    assert where(text)[2] == "Kingsessing, Philadelphia"


def test_where_people_were_going_is_no_scene() -> None:
    text = (
        "KRAMATORSK, Ukraine (AP) — The death toll from Friday's missile strike on a railway station crowded with "
        "civilians trying to flee eastern Ukraine rose to 52, the governor said Saturday.\n\n\"There was a bang,\" "
        "said a woman who was waiting to board a train to Lviv with her mother."
    )
    assert where(text) == ("UA", "Donetsk", "Kramatorsk")


def test_a_village_named_after_a_wide_area_is_the_place() -> None:
    text = (
        "CAIRO (AP) — Militants stormed a mosque in the northern Sinai Peninsula during Friday prayers, killing 200 "
        "people.\n\nThe gunmen set off a bomb at the mosque in the village of al-Sabeel, west of the town of Bir "
        "al-Abed, then shot worshippers as they fled."
    )
    assert (where(text)[0], where(text)[2]) == ("EG", "al-Sabeel")


def test_where_a_suspect_was_stopped_on_the_road_is_no_scene() -> None:
    text = (
        "CHARLESTON, S.C. — A man suspected of killing nine people at a church was arrested Thursday morning at a "
        "traffic stop in Shelby, North Carolina, some 245 miles from Charleston."
    )
    assert where(text)[:3] == ("US", "South Carolina", "Charleston")
