"""Rules added from probes in the styles of English-language press outside the US/UK wire style: Pakistani and
Indian ("martyred", "jawans", "tehsil"), Nigerian ("Local Government Area", "X community", "bandits"), East
African, Philippine ("barangay") and Middle East outlets."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

# --- 1. Martyrdom as a death ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Three soldiers were martyred and four others injured when militants attacked a border post in "
            "South Waziristan on Monday.",
            3,
            4,
        ),
        ("A roadside bomb struck a police van in Bannu, martyring two constables and injuring five others.", 2, 5),
        ("A young man was martyred and three others were wounded by occupation gunfire in Tulkarem.", 1, 3),
        ("A havildar embraced martyrdom during an exchange of fire with terrorists in Bajaur district.", 1, None),
        # the honoured dead of an old war are no incident
        (
            "Every year the city remembers the soldiers martyred in the 1948 war with a ceremony at the martyrs' "
            "memorial.",
            None,
            None,
        ),
        ("The anniversary of the students martyred in 1952 was marked with flowers at the monument.", None, None),
    ],
)
def test_martyred_counts_the_dead(text: str, killed: int | None, injured: int | None) -> None:
    """ "were martyred", "martyring", "embraced martyrdom": how these outlets write killed."""
    incidents = parse_incidents(text, published="2023-06-12")
    if killed is None:
        assert incidents == []
    else:
        assert (incidents[0]["killed"], incidents[0]["injured"]) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The number of martyrs in the Israeli strike on a school in Gaza City has risen to 27, medics said.", 27),
        ("The number of martyrs from the overnight shelling of Khan Younis rose to 12, the ministry said.", 12),
    ],
)
def test_the_number_of_martyrs_is_a_toll(text: str, killed: int) -> None:
    """ "the number of martyrs ... has risen to 27": a toll like "the death toll"."""
    assert main(text)["killed"] == killed


# --- 2. Ranks and titles of one person ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen shot dead a village head in Bakura, Zamfara State, on Monday night.", 1),
        ("A jawan of the Assam Rifles was killed when militants fired on a patrol in Tengnoupal district.", 1),
        ("Unidentified gunmen killed a radio broadcaster outside his home in Dumaguete City.", 1),
        ("NPA rebels ambushed an army truck in Barangay Mabini, killing a patrolman.", 1),
    ],
)
def test_a_rank_or_title_is_one_person(text: str, killed: int) -> None:
    """ "a jawan", "a sepoy", "a village head", "a patrolman", "a broadcaster": one person each."""
    assert main(text)["killed"] == killed


# --- 3. Actor names --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Two policemen were killed in a landmine blast triggered by Maoists in Dantewada district.",
            "Communist Party of India (Maoist) - Maoists, Naxalites",
        ),
        (
            "A Naxal was killed in an exchange of fire with police in Kanker.",
            "Communist Party of India (Maoist) - Maoists, Naxalites",
        ),
        (
            "Three soldiers were killed when terrorists of Fitna al-Khawarij attacked a post in Tank district.",
            "Tehrik-i-Taliban Pakistan (TTP, Fitna al-Khawarij)",
        ),
        (
            "Troops killed four khwarij in an intelligence-based operation in Tank district, the ISPR said.",
            "Tehrik-i-Taliban Pakistan (TTP, Fitna al-Khawarij)",
        ),
        (
            "Two Dawlah Islamiyah members were killed in a clash with troops in Marawi City.",
            "Dawlah Islamiyah (Maute group)",
        ),
    ],
)
def test_regional_names_of_armed_groups(text: str, actor: str) -> None:
    """ "Maoists", "Naxal", Pakistan's official "Fitna al-Khawarij" for the TTP, the Philippines' Dawlah Islamiyah."""
    assert actor in [a["name"] for a in main(text)["actors"]]


# --- 4. Nigeria's Local Government Areas -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        (
            "Gunmen killed six farmers in Bokkos Local Government Area of Plateau State on Sunday.",
            "Bokkos Local Government Area",
            "Plateau",
        ),
        ("Bandits killed five people in Tsafe LGA of Zamfara State on Friday.", "Tsafe LGA", "Zamfara"),
        # a county in the US is still read the same way
        ("A gunman killed three people in Fresno County, California, on Sunday.", "Fresno County", "California"),
    ],
)
def test_a_local_government_area_is_a_division_named_as_written(text: str, location: str, admin1: str) -> None:
    """An LGA, like "X County", is a division around its namesake town: named as written when no town is."""
    inc = main(text)
    assert (inc["location"], inc["admin1"]) == (location, admin1)


# --- 5. Places written with their kind after them ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Bandits attacked Dogon Daji village in Kauru LGA of Kaduna State, killing nine people.",
            "Dogon Daji village",
        ),
        ("Armed herders invaded Ayilamo community in Logo LGA of Benue State, killing four.", "Ayilamo"),
        ("Six labourers were shot dead in Hoshab tehsil of Kech district, Balochistan, on Sunday.", "Hoshab tehsil"),
    ],
)
def test_an_unlisted_village_or_community_is_named_as_written(text: str, location: str) -> None:
    """ "X village", "X community", "X tehsil", also as the object of the raid ("attacked X village"); a
    community is named by its own name, as a town is."""
    assert main(text)["location"] == location


def test_an_ethnic_or_faith_community_is_no_place() -> None:
    inc = main("Gunmen killed four members of the Fulani community in Bassa LGA of Plateau State on Sunday.")
    assert inc["location"] == "Bassa LGA"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Bandits attacked Tsafe town in Zamfara State, killing 15 people.", "Tsafe"),
        ("Gunmen invaded Bokkos on Sunday night and killed 11 villagers.", "Bokkos"),
        # a namesake town in another state than the one the text names is not the place
        ("Gunmen attacked Ukpo village in Kogi State, killing 14 people.", "Ukpo village"),
    ],
)
def test_the_object_of_a_raid_is_a_place(text: str, location: str) -> None:
    """ "attacked X", "invaded X": as strong a cue as "in X"."""
    assert main(text)["location"] == location


# --- 6. Country cues -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Bandits kidnapped a pastor and his wife in Gidan Waya, Jema'a LGA, on Sunday.", "NG"),
        ("Two CRPF personnel were injured in an IED blast on Tuesday, officials said.", "IN"),
        ("A soldier was killed in an exchange of fire with terrorists, the ISPR said on Friday.", "PK"),
        ("A village councilman was shot dead by motorcycle-riding gunmen in barangay Poblacion.", "PH"),
        ("Two soldiers were killed in a firefight with local terrorists in Lanao del Norte on Monday.", "PH"),
        ("Troops neutralised eight terrorists in the Sambisa forest, the army said on Tuesday.", "NG"),
    ],
)
def test_words_only_one_countrys_press_uses(text: str, country: str) -> None:
    """ "LGA", "CRPF", "ISPR", "barangay" point to one country when no place is named."""
    assert main(text)["country"] == country
