"""Rules added from 75 probes written in the styles of other hand-coded conflict datasets: ACLED event notes
("On 14 March 2023, JNIM militants attacked ... in Boni (Hombori, Douentza, Mopti). Fatalities coded as 6."), GTD
summaries ("03/14/2016: Assailants opened fire ..."), UCDP, UN OCHA and Human Rights Watch incident lines, and
INSO/RAND-style short lines ("Kabul, Afghanistan: An IED ... killing 1 and wounding 3.")."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def perpetrators(text: str) -> list[str]:
    return [a["name"] for a in main(text)["actors"] if a["role"] == "perpetrator"]


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


# --- 1. ACLED's names for forces and militias -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On 4 May 2021, Military Forces of Nigeria (2015-2023) conducted airstrikes on Boko Haram camps near "
            "Gwoza (Gwoza, Borno). 15 militants were killed.",
            "Military Forces of Nigeria",
        ),
        (
            "On 9 July 2022, Military Forces of Myanmar (2021-) shelled a village near Mindat (Chin). 2 civilians "
            "were killed.",
            "Military Forces of Myanmar",
        ),
        (
            "On 3 March 2020, Police Forces of Mali (2012-2020) opened fire on protesters in Sikasso, killing 2.",
            "Police Forces of Mali",
        ),
        (
            "On 2 February 2021, Tiv Ethnic Militia (Nigeria) attacked a settlement in Guma (Benue), killing 5.",
            "Tiv Ethnic Militia",
        ),
        (
            "On 12 June 2022, Dozo Communal Militia (Mali) killed 4 herders near Bandiagara (Mopti).",
            "Dozo Communal Militia",
        ),
    ],
)
def test_acled_force_and_militia_names_are_the_perpetrator(text: str, name: str) -> None:
    assert perpetrators(text)[0] == name


def test_the_target_of_an_acled_force_is_no_perpetrator() -> None:
    r = roles(
        "On 7 June 2023, Military Forces of Russia (2000-) conducted airstrikes near Sarmin (Idleb). 3 HTS members "
        "were killed."
    )
    assert r["Military Forces of Russia"] == "perpetrator"
    assert r["Hayat Tahrir al-Sham (HTS)"] != "perpetrator"


def test_forces_of_a_word_that_is_no_country_name_no_one() -> None:
    assert all("Forces of" not in n for n in roles("Military Forces of Evil attacked the town of Gao, killing 3."))


# --- 2. Names the datasets use --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # GTD writes "Islamic State of Iraq and the Levant (ISIL)"; the name carries both acronyms
        ("A suicide bomber killed 12 in Aden. The Islamic State of Iraq and the Levant (ISIL) claimed responsibility.",
         "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)"),
        ("On 20 June 2022, OLF-Shane militants killed 30 civilians in Gimbi (West Wellega, Oromia).",
         "Oromo Liberation Army (OLA/OLF-Shane)"),
        ("Gunmen killed 5 soldiers in Kupwara. Sources attributed the attack to Jaish-e-Mohammad (JeM).",
         "Jaish-e-Mohammed (JeM)"),
        ("Members of the Gaitanista Self-Defense Forces of Colombia killed three farmers in Taraza, Antioquia.",
         "Gulf Clan (Clan del Golfo, AGC)"),
        # GTD's "Maoists" for most of India's Maoist attacks
        ("Jharkhand, India: Maoists blew up a vehicle with an IED in Latehar district, killing 5 CRPF personnel.",
         "Communist Party of India (Maoist) - Maoists, Naxalites"),
        ("Colombia, Cauca: On 4 May 2021, dissidents of the FARC-EP killed a community leader in Toribio.",
         "FARC dissidents"),
    ],
)
def test_dataset_spellings_of_groups(text: str, written: str) -> None:
    assert perpetrators(text)[0] == written


# --- 3. Villages before the unit or the divisions that hold them ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "old"),
    [
        # a listed town that names the unit written after it ("Beni territory") stands for the unit
        (
            "On 11 August 2021, ADF militants attacked the village of Kisima in Beni territory (Nord-Kivu), killing "
            "14 civilians.",
            "Kisima",
            "Beni",
        ),
        (
            "On 11 April, an airstrike hit a gathering in Pa Zi Gyi village, Kanbalu Township, Sagaing Region, "
            "killing 40 people.",
            "Pa Zi Gyi",
            "Kanbalu",
        ),
        # ACLED's "X area (divisions)"
        (
            "On 29 January 2022, IS militants attacked an army post in Al-Azim area (Al-Khalis, Diyala). 11 soldiers "
            "were killed.",
            "Al-Azim",
            "Al-Khalis",
        ),
        # the unit's verb names the village shelled or bombed
        (
            "On 23 July 2022, the military shelled Kyauk Kyi village (Hpakant, Mohnyin, Kachin), killing 3 civilians.",
            "Kyauk Kyi",
            "Hpakant",
        ),
        # one division in brackets, with its kind; the town was named before as part of a road
        (
            "An IED struck a minibus on the Gao-Ansongo road near Tacharane (Gao region), killing 4 civilians.",
            "Tacharane",
            "Gao",
        ),
    ],
)
def test_a_village_in_a_unit_or_before_its_divisions_is_the_place(text: str, place: str, old: str) -> None:
    location = main(text)["location"]
    assert location.startswith(place)
    assert location != old


def test_a_bare_name_in_brackets_is_no_division() -> None:
    # "(Reuters)" after a town: no hierarchy, so the listed town stays the place
    assert main("Gunmen killed 4 people near Gao (Reuters) on Monday.")["location"] == "Gao"


def test_a_town_before_its_divisions_is_the_namesake_they_hold() -> None:
    # Cameroon's Bali in North-West region, not Indonesia's Bali nor South Africa's North West
    inc = main("On 4 April 2022, separatists shot dead a gendarme at a checkpoint in Bali (Mezam, North-West).")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("CM", "North-West", "Bali")


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # the division the text writes in brackets after the unit, not the reference file's name for it
        ("On 6 April 2022, Houthis shelled homes in Hays district (Al Hudaydah), killing a child.", "al Hudaydah"),
    ],
)
def test_the_division_written_after_a_unit_is_the_admin1_as_written(text: str, admin1: str) -> None:
    inc = main(text)
    assert inc["admin1"] == admin1
    assert next(e["text"] for e in inc["evidence"] if e["field"] == "admin1") == "Al Hudaydah"


# --- 4. Counts in the datasets' wording ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # GTD: the attacker heads the list of the dead
        (
            "08/19/2017: A suicide bomber detonated an explosives-laden vest at a mosque in Konduga town, Borno "
            "state, Nigeria. The bomber and five worshippers were killed and 12 others were injured in the blast.",
            6,
        ),
        ("The gunman and two police officers were killed in the exchange of fire in Kirkuk.", 3),
        # a village headman of Iraqi and Syrian logs, and his kin
        ("Mosul, Iraq: Gunmen killed a local mukhtar and his son at their home in the al-Zuhur neighborhood.", 2),
        # GTD: the one abducted, found dead
        (
            "01/09/2015: Assailants abducted a local contractor near Mahmud-i-Raqi town, Kapisa province, "
            "Afghanistan. The victim's body was found the following day.",
            1,
        ),
    ],
)
def test_dataset_counts_of_the_dead(text: str, n: int) -> None:
    assert main(text)["killed"] == n


def test_an_attacker_named_with_others_not_among_the_dead_is_not_counted() -> None:
    # the list after "and" is no figure of the dead: the attacker fled, five were killed
    assert main("The gunman and his accomplice fled on a motorcycle. Five worshippers were killed.")["killed"] == 5


def test_beheading_counts_the_dead() -> None:
    text = "Cabo Delgado, Mozambique: Insurgents raided the village of Chitunda, beheading 3 civilians."
    assert main(text)["killed"] == 3


@pytest.mark.parametrize(
    "text",
    [
        "On 2 September, an airstrike by the Myanmar Armed Forces hit a school in Sagaing Region, killing 11.",
        "The Tatmadaw shelled a village in Kachin State, killing 4 civilians.",
    ],
)
def test_myanmars_forces_by_their_official_name(text: str) -> None:
    assert perpetrators(text)[0] == "Myanmar Armed Forces (Tatmadaw, military junta)"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # ACLED's place then its first-level division alone in brackets: Nigeria's Benue, not Benin's Kwande
        (
            "On 12 May 2022, Communal Militia (Nigeria) clashed with herders in Kwande (Benue). 6 fatalities.",
            ("NG", "Benue", "Kwande"),
        ),
    ],
)
def test_a_place_before_its_division_alone_in_brackets(text: str, where: tuple[str, str, str]) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == where


def test_a_source_in_brackets_is_no_division() -> None:
    inc = main("Gunmen killed 4 people in Washington (Reuters) on Monday.")
    assert inc["location"] == "Washington"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a country's name with "of the" in it is one name, not "Congo", a town in Brazil
        (
            "12/25/2019: Unknown assailants attacked a church in a village in the east of the Democratic Republic of "
            "the Congo. Four worshippers were killed.",
            ("CD", None),
        ),
        ("Gunmen killed 3 soldiers near Brazzaville, Republic of the Congo.", ("CG", "Brazzaville")),
        # the Congo's provinces of 2015, written as the GTD and ACLED write them
        (
            "12/25/2019: Assailants attacked a church in Kivu village, Haut-Uele province, Democratic Republic of "
            "the Congo. Four worshippers were killed.",
            ("CD", "Haut-Uele"),
        ),
    ],
)
def test_the_congos_by_their_full_names_and_new_provinces(text: str, where: tuple[str, str | None]) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == where


def test_a_village_attacked_before_its_divisions_is_the_place() -> None:
    text = "On 23 March 2019, militiamen attacked Ogossagou (Bankass, Mopti), killing 157 civilians."
    assert main(text)["location"] == "Ogossagou"


def test_two_actors_named_in_one_act_are_both_perpetrators() -> None:
    r = roles(
        "On 14 June 2022, Military Forces of Burkina Faso (2022-) and VDP killed 12 suspected JNIM militants in "
        "Seytenga (Seno, Sahel)."
    )
    assert r["Military Forces of Burkina Faso"] == "perpetrator"
    assert r["Volunteers for the Defence of the Homeland (VDP)"] == "perpetrator"
    assert r["Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"] == "target"


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # the coder's figure, not the claim the note reports
        (
            "On 2 May 2023, Military Forces of Nigeria (2015-2023) conducted airstrikes on ISWAP camps in Tumbun Jaki "
            "(Marte, Borno). The army claimed over 100 militants were killed; fatalities coded as 10.",
            10,
        ),
        (
            "On 5 March 2023, an unknown number of Al Shabaab militants were killed when the SNA repelled an attack "
            "on a base in Bulo Marer (Marka, Lower Shabelle). [Fatalities coded as 10]",
            10,
        ),
        ("On 1 July 2022, Dozo militia and JNIM clashed near Diafarabe (Tenenkou, Mopti). Total fatalities: 15.", 15),
    ],
)
def test_the_coders_fatalities_are_the_count(text: str, n: int) -> None:
    inc = main(text)
    assert (inc["killed"], inc["killed_low"], inc["killed_high"]) == (n, n, n)


def test_a_place_attacked_then_its_divisions_by_kind() -> None:
    text = "On 10 June, an armed group attacked Solhan, Yagha province, Sahel region, killing at least 132 civilians."
    assert main(text)["location"] == "Solhan"


def test_a_town_before_its_divisions_in_brackets_beats_the_unit_named_there() -> None:
    # Bourem is the cercle here (named after its seat): the event was at Bamba
    text = "On 9 September 2023, gunmen attacked a boat on the Niger river near Bamba (Bourem, Gao), killing 49."
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("ML", "Gao", "Bamba")


def test_a_village_in_a_governorates_countryside() -> None:
    text = "On 21 August, shelling on Kafr Nouran (western Aleppo countryside) killed a woman and her two children."
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("SY", "Aleppo", "Kafr Nouran")
