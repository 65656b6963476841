"""Rules added from probes of second-level divisions (include/reference/admin2.yaml): a province, cercle,
department, district, LGA, division or territory that GeoNames' first-level divisions do not hold gives the
division a coder gives for it and the country; a town that shares a unit's name keeps its own entry; a town
GeoNames files under a division since split is in the newer one."""

from __future__ import annotations

import pytest
from facts_rules_support import main

# --- 1. A unit named with its kind ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Jihadists killed 15 people at a market in Sanmatenga province on Monday.", "BF", "Centre-Nord"),
        ("A roadside bomb killed three volunteers in Bam province on Tuesday.", "BF", "Centre-Nord"),
        ("Unidentified gunmen killed a priest in the province of Komondjari on Friday.", "BF", "Est"),
        ("Gunmen killed eight people in Houet province, the army said.", "BF", "Hauts-Bassins"),
        ("Troops killed 12 militants in the Mindanao province of Maguindanao, the army said.", "PH", "Maguindanao"),
        ("Gunmen shot dead a village chief in Sultan Kudarat province on Sunday.", "PH", "Sultan Kudarat"),
        ("Two soldiers were killed in a clash in the province of Negros Oriental.", "PH", "Negros Oriental"),
        ("Herdsmen killed 20 people in Guma LGA on Tuesday night.", "NG", "Benue"),
        ("Gunmen killed 11 people in Bokkos Local Government Area on Christmas Eve.", "NG", "Plateau"),
        ("Gunmen killed five civilians in Ngo-Ketunjia division on Sunday.", "CM", "North-West"),
        ("Militants killed nine people in Mayo-Sava department.", "CM", "Far North"),
        ("Clan militias clashed in Ceel Buur district, leaving 12 dead.", "SO", "Galguduud"),
        ("A roadside bomb killed six soldiers in Kech district, the military said.", "PK", "Balochistan"),
        ("Gunmen killed three polio workers in Surkh Rod district on Monday.", "AF", "Nangarhar"),
        ("An attack in Tassara department killed 10 soldiers near the Malian border.", "NE", "Tahoua"),
        ("Militiamen killed nine people in Kwamouth territory.", "CD", "Mai-Ndombe"),
        ("CODECO militiamen killed 40 displaced people in Djugu territory.", "CD", "Ituri"),
    ],
)
def test_a_unit_named_with_its_kind_gives_its_division(text: str, country: str, admin1: str) -> None:
    """ "in Bam province" is in Centre-Nord, Burkina Faso, not Bam in Iran: the kind makes the name a unit."""
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)


# --- 2. The unit's division, the town placed in it ------------------------------------------------------------------


def test_a_village_in_a_province_is_placed_by_the_province() -> None:
    """ "the village of Solhan in Yagha province": Sahel, not the Turkish Solhan; the village stays the place."""
    inc = main("Armed men attacked the village of Solhan in Yagha province overnight, killing at least 132 people.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("BF", "Sahel", "Solhan")


def test_a_town_and_its_province() -> None:
    """ "in Seytenga, Seno province" names the town and its province; "Djibo, Soum province" keeps the town Djibo,
    in Sahel, as it did."""
    inc = main("Suspected jihadists killed 79 people in Seytenga, Seno province, on Saturday night.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("BF", "Sahel", "Seytenga")
    inc = main("Gunmen killed 11 soldiers near Djibo, Soum province, the army said.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("BF", "Sahel", "Djibo")


# --- 3. Named without its kind ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("NPA rebels ambushed soldiers in Northern Samar, killing three, the army said.", "PH", "Northern Samar"),
        ("A bomb exploded at a market in Maguindanao del Sur, wounding eight people.", "PH", "Maguindanao del Sur"),
    ],
)
def test_a_unit_the_gazetteer_has_no_place_for(text: str, country: str, admin1: str) -> None:
    """A unit's name the gazetteer lacks, where the text places the event, is the unit ("Northern Samar" is no
    town Samar in Ukraine)."""
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)


# --- 4. Divisions GeoNames' extract lacks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        ("Gunmen killed 20 civilians near Menaka, Mali, local officials said.", "Menaka", "Menaka"),
        ("ISSP militants attacked Anderamboukane on Tuesday, killing 12 civilians.", "Menaka", "Anderamboukane"),
        ("An IED killed two peacekeepers in the Menaka region of Mali.", "Menaka", None),
        ("An aid worker was killed by armed men near Kalemie on Monday.", "Tanganyika", "Kalemie"),
    ],
)
def test_a_town_is_in_the_division_coders_now_give(text: str, admin1: str, location: str | None) -> None:
    """Menaka is a region of its own since 2016, Tanganyika a province since 2015; GeoNames files their towns
    under Gao and Katanga."""
    inc = main(text)
    assert (inc["admin1"], inc["location"]) == (admin1, location)
