"""Round 530: a part of a city named before the city after a comma; a district that shares its province's name; a
digest's region headings; a shell that landed; a newer source's toll; one dead named by "the"; actors by the names
state media and agencies give them."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district the gazetteer lists, then the city after a comma and a bearing
        ("A man was shot dead outside his home in Finglas, north Dublin, late on Thursday, gardaí said.",
         ("IE", "Dublin", "Finglas, Dublin")),
        # a part the gazetteer lacks, placed at the city that holds it
        ("Two men were shot dead and a third wounded at a tavern in Yeoville, Johannesburg, on Saturday night.",
         ("ZA", "Gauteng", "Yeoville, Johannesburg")),
        # a namesake far away (Ely of Cambridgeshire) is not the part of Cardiff: the city's own division
        ("A woman was stabbed to death at a flat in Ely, Cardiff, on Monday evening, South Wales Police said.",
         ("GB", "Wales", "Cardiff")),
    ],
)
def test_a_part_of_the_city_named_after_it(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected


def test_a_list_of_towns_is_not_a_part_and_its_city() -> None:
    # "Kano, Kaduna and Jos": each its own town, the first one where it happened
    text = "Police said two people were killed in clashes in Zaria, Kaduna and Jos on Sunday."
    assert where(text)[2] == "Zaria"


def test_a_province_named_like_a_city_qualifies_the_town() -> None:
    # Cotabato the province, not Cotabato City: the town keeps its own province
    text = "Gunmen ambushed a village chief's vehicle in Makilala, Cotabato, on Saturday night, killing two."
    assert where(text) == ("PH", "Cotabato", "Makilala")


def test_a_district_that_shares_its_provinces_name_keeps_the_province() -> None:
    text = ("In Khas Kunar district, Kunar province, unknown assailants opened fire on a vaccination team, killing "
            "one vaccinator.")
    assert where(text)[:2] == ("AF", "Kunar")


def test_a_digest_heading_of_one_word_starts_another_event() -> None:
    text = ("NORTH\nOn 3 March, in Djibo, armed men stopped an aid convoy. A driver was shot and killed.\n\n"
            "EAST\nOn 1 March, near Fada N'Gourma, a roadside bomb reportedly exploded under a truck.")
    assert main(text, published="2024-03-05T09:00:00+00:00")["event_date"] == "2024-03-03"


def test_a_shell_that_landed_is_an_attack_with_no_figure() -> None:
    text = ("Nine children were killed or injured on Sunday when shells fired from across the front line hit a "
            "school in western Aleppo, according to a UN agency.")
    inc = main(text, published="2024-10-15T11:00:00+03:00")
    assert (inc["killed"], inc["injured"], inc["event_date"], inc["admin1"]) == (None, None, "2024-10-13", "Aleppo")


def test_shells_without_an_attack_are_no_incident() -> None:
    assert parse_incidents("Divers collected shells on the beach at Aqaba on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one named by "a", then one named by "the" and a relative clause
        ("Armed men entered the clinic after dark, shot dead a patient and the relative who was caring for him, "
         "and wounded a nurse.", 2),
        # a newer source's count replaces the first
        ("Militants ambushed a bus on the highway on Friday. Eleven bodies were recovered by nightfall; later reports "
         "from the district hospital put the death toll at 14.", 14),
    ],
)
def test_the_dead_counted(text: str, expected: int) -> None:
    assert main(text, published="2024-06-11T10:00:00+00:00")["killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A truck driver was killed when his vehicle ran over an anti-tank mine planted by the Armenian armed forces "
         "near Fuzuli, the ministry said.", "Armenian forces"),
        ("Four residents of a village in Poso were killed by members of the East Indonesia Mujahideen on Friday, "
         "police said.", "Mujahideen Indonesia Timur (MIT)"),
        ("Terrorists of Fitna al Hindustan attacked a checkpoint in Kech district on Friday, killing two soldiers, "
         "the military said.", "Fitna al-Hindustan (Baloch militants)"),
        ("A young man was killed and nine others injured when Israeli colonists attacked the village of Sinjil, "
         "north of Ramallah.", "Israeli settlers"),
    ],
)
def test_actors_by_the_names_state_media_give_them(text: str, expected: str) -> None:
    names = [a["name"] for a in main(text)["actors"]]
    assert expected in names
