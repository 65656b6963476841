"""Rules added from probes in the styles of current conflict reporting: Ukraine and Russia (oblasts, Shahed and
FPV drones, glide bombs), Gaza and the West Bank (settlers), Sudan, the Sahel, Myanmar, Haiti, Somalia, Yemen and
Syria, as wire ledes, humanitarian updates and database records."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


def _names(inc: dict) -> dict[str, str]:
    return {a["name"]: a["role"] for a in inc["actors"]}


# --- 1. Attack-type vocabulary -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attack_type"),
    [
        (
            "Dozens of Shahed drones were launched overnight; one slammed into a block of flats in Sumy, killing two.",
            "air/drone strike",
        ),
        ("An FPV drone targeted a minibus near the front line, injuring four passengers.", "air/drone strike"),
        ("Israeli strikes across the central Gaza Strip killed 19 people overnight, medics said.", "air/drone strike"),
        ("Nine villagers were killed when the army dropped two bombs on a market in Chin State.", "air/drone strike"),
        ("Gang members set dozens of houses ablaze in the lower town, killing at least four residents.", "arson"),
        # the opposite case: a bomb planted on the ground is no air strike
        ("A bomb planted under a car exploded in the market, killing three people.", "remote explosive/landmine/IED"),
    ],
)
def test_drone_strike_bombing_and_arson_words(text: str, attack_type: str) -> None:
    """Shahed/FPV drones, "strikes across", "dropped bombs" are from the air; "set houses ablaze" is arson."""
    assert main(text)["attack_type"] == attack_type


# --- 2. Armed groups and their names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fighters of the ISSP killed 22 civilians in a raid on a village near Menaka, local officials said.",
            "Islamic State in the Greater Sahara (ISGS, IS Sahel)",
        ),
        (
            "Gunmen of the Viv Ansanm coalition killed at least 15 people in an overnight raid on a suburb.",
            "Viv Ansanm",
        ),
        (
            "Israeli settlers attacked a village near Nablus, wounding five Palestinians and burning cars.",
            "Israeli settlers",
        ),
        ("Druze fighters clashed with Bedouin tribesmen east of the city, leaving 12 dead.", "Druze militias"),
        (
            "US Africa Command said its airstrike killed two militants in a remote area on Tuesday.",
            "United States armed forces (US military, U.S.-led coalition)",
        ),
    ],
)
def test_group_aliases(text: str, name: str) -> None:
    """ISSP, Viv Ansanm, the West Bank's settlers, Druze fighters, AFRICOM: names current reporting uses."""
    assert name in _names(main(text))


def test_settlers_alone_are_not_the_west_banks() -> None:
    inc = main("Clashes between indigenes and settlers in Bokkos, Plateau State, left 12 people dead on Sunday.")
    assert "Israeli settlers" not in _names(inc) and inc["country"] == "NG"


# --- 3. Division spellings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("A Ukrainian drone hit a car in the Bryansk region, killing the driver, the governor said.", "RU", "Bryansk"),
        ("Drones struck a fuel depot in Voronezh region overnight, injuring two workers.", "RU", "Voronezh"),
        ("Militiamen killed 31 villagers in Gezira state, a local resistance committee said.", "SD", "Gezira"),
        ("Jihadists ambushed a patrol in the Hauts-Bassins region, killing six soldiers.", "BF", "Hauts-Bassins"),
    ],
)
def test_divisions_as_english_writes_them(text: str, country: str, admin1: str) -> None:
    """GeoNames' "Brjansk", "Al Jazirah", "High-Basins": the division is found and named as the news writes it."""
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)


# --- 4. The counted dead are no perpetrator ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("An airstrike killed three al-Shabaab fighters near Jilib, the army said.", "Al-Shabaab", "target"),
        (
            "Troops killed at least 12 ISWAP militants in a raid on their camp.",
            "Islamic State West Africa Province (ISWAP)",
            "target",
        ),
        # the opposite case: the group's fighters killed, not were killed
        ("Al-Shabaab fighters killed three soldiers near Jilib, the army said.", "Al-Shabaab", "perpetrator"),
    ],
)
def test_a_count_before_a_group_names_the_dead(text: str, name: str, role: str) -> None:
    """ "killed three al-Shabaab fighters": the group's men are those killed, whatever word follows their name."""
    assert _names(main(text))[name] == role


# --- 5. A state's weapon is its forces ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "US airstrikes on a fuel port killed 38 people and wounded 102, health officials said.",
            "United States armed forces (US military, U.S.-led coalition)",
        ),
        ("Russian glide bombs struck the town centre, killing two civilians.", "Russian armed forces"),
        (
            "A Russian FPV drone attacked a car near the village, injuring its driver and a passenger.",
            "Russian armed forces",
        ),
    ],
)
def test_a_states_weapon_is_the_attacker(text: str, name: str) -> None:
    """ "US airstrikes on ...", "Russian glide bombs", "a Russian FPV drone": the state's forces attacked."""
    assert _names(main(text)).get(name) == "perpetrator"


# --- 6. Artillery is a word of violence -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Russian artillery hit the district centre, wounding two men and a woman.", 3),
        ("Artillery hit a bus stop in the city, injuring seven people.", 7),
        # the opposite case: a crash's toll is no incident
        ("A bus crashed on the highway, injuring seven people.", None),
    ],
)
def test_artillery_is_violence(text: str, injured: int | None) -> None:
    """ "Artillery hit the town, wounding two": an incident, though no other word of violence is used."""
    incidents = parse_incidents(text, published="2023-06-12")
    assert (incidents[0]["injured"] if incidents else None) == injured


# --- 7. A record's figure after a place and a comma -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Somalia: IED attack on a convoy in Baidoa, 3 soldiers killed.", 3),
        ("Mali, Mopti region, gunmen raided Djenne, 4 civilians killed.", 4),
        # the opposite case: a name's age is no count
        ("John Smith, 34, opened fire at a bar in Dallas, killing two.", 2),
    ],
)
def test_a_figure_after_a_place_and_comma_counts(text: str, killed: int) -> None:
    """ "in Baidoa, 3 soldiers killed": a number naming whom it counts is no age of the name before the comma."""
    assert main(text)["killed"] == killed


# --- 8. "a 17-year-old", "a Palestinian": one person ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Israeli troops shot dead a Palestinian in Jenin on Tuesday, the health ministry said.", 1, None),
        ("Soldiers shot dead a 17-year-old during a raid on the camp, medics said.", 1, None),
        ("Russian shelling hit the village, killing a Ukrainian and wounding a 63-year-old.", 1, 1),
        # the opposite case: a demonym before its noun is counted once, as before
        ("Gunmen killed a Nigerian soldier and two police officers at a checkpoint.", 3, None),
    ],
)
def test_an_age_or_a_nationality_alone_is_one_person(text: str, killed: int, injured: int | None) -> None:
    """ "shot dead a Palestinian", "wounding a 63-year-old": no noun follows, but one person is hit."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (killed, injured)


# --- 9. Words that name the country ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Shelling hit two villages of the local hromada overnight, wounding two men.", "UA"),
        ("A roadside bomb hit an AUSSOM convoy on the main supply route, killing four soldiers.", "SO"),
        ("BINUH said gangs killed 40 people in an attack on a lower town last week.", "HT"),
    ],
)
def test_country_cues_of_current_reporting(text: str, country: str) -> None:
    """ "hromada" is Ukraine's municipality; AUSSOM and BINUH are the UN and AU missions in Somalia and Haiti."""
    assert main(text)["country"] == country


# --- 10. The wounded of a cumulative toll ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The death toll in Gaza has risen to 44,532, with 105,538 people wounded, the ministry said.", 44532, 105538),
        (
            "The number of martyrs has risen to 2,310, with 10,950 others injured, the health ministry said.",
            2310,
            10950,
        ),
        # the opposite case: a war's toll with no update stated is no event's
        ("The war has killed more than 52,000 people and wounded 118,000, the ministry said.", None, None),
    ],
)
def test_the_wounded_of_a_toll_update(text: str, killed: int | None, injured: int | None) -> None:
    """ "has risen to 44,532, with 105,538 wounded": the wounded of a toll the sentence gives belong to it."""
    incidents = parse_incidents(text, published="2024-11-30")
    got = (incidents[0]["killed"], incidents[0]["injured"]) if incidents else (None, None)
    assert got == (killed, injured)


# --- 11. A place before its division, written with its kind ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        (
            "ELN guerrillas attacked a base in Puerto Jordan, Arauca department, killing two soldiers.",
            "Arauca",
            "Puerto Jordan",
        ),
        (
            "Gunmen killed 7 civilians in Diallassagou (Bankass cercle, Mopti region) on Sunday.",
            "Mopti",
            "Diallassagou",
        ),
        ("Gunmen killed 4 people in Kiwanja (Rutshuru territory, North Kivu province).", "North Kivu", "Kiwanja"),
        # the opposite case: the division alone is no place within it, nor its namesake town ("in Ghazni province")
        ("Gunmen killed three people in Arauca department on Monday.", "Arauca", None),
    ],
)
def test_place_before_a_division_with_its_kind(text: str, admin1: str, location: str | None) -> None:
    """ "in Puerto Jordan, Arauca department", OCHA's "(Bankass cercle, Mopti region)": the place is the first."""
    inc = main(text)
    assert (inc["admin1"], inc["location"]) == (admin1, location)
