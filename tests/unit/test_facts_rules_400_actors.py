"""Round 400: gangs and fronts named by their members or the blame, and the dictionary's new groups and names."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Gunmen from the Las Palmas gang fired on a street market in Carrefour, killing four people.", "Las Palmas"),
        (
            'Heavily armed individuals belonging to the "Ti Kouto" gang attacked a police station in Cabaret on '
            "Monday, killing two officers.",
            "Ti Kouto",
        ),
        (
            "A car bomb wounded three soldiers in Suarez on Monday. Police commanders attributed the attack to the "
            "Jhon Mario front of the FARC dissidents.",
            "Jhon Mario front",
        ),
        (
            "Two soldiers were killed in Arauquita on Monday. The army blamed the 28th Front, a faction of the "
            "dissidents.",
            "28th Front",
        ),
    ],
)
def test_a_gang_or_front_its_members_or_the_blame_name_is_the_perpetrator(text: str, group: str) -> None:
    assert roles(text).get(group) == "perpetrator"


@pytest.mark.parametrize(
    "text",
    [
        "The army said the air strike targeted fighters of the Oromo Liberation Front, killing 12 of them.",
        "Members of the National Front party condemned the bombing that killed six people in Lyon.",
    ],
)
def test_the_members_of_a_front_struck_or_speaking_are_no_perpetrator(text: str) -> None:
    assert "perpetrator" not in {r for name, r in roles(text).items() if "Front" in name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen from Los Chapitos killed five men at a car wash in Culiacan on Monday.", "Los Chapitos"),
        ("A drone attack by Los Viagras wounded five people in Apatzingan on Sunday.", "Los Viagras"),
        ("Clan del Golfo gunmen shot dead a police officer in Caucasia on Tuesday.", "Clan del Golfo"),
        ("Remnants of the Militarized Communist Party of Peru ambushed a patrol in the VRAEM.", "Militarized"),
        ("Armed cadres of the PLFI shot dead a road contractor in Khunti district on Sunday.", "PLFI"),
        ("TPNPB rebels shot dead two construction workers in Yahukimo on Friday.", "TPNPB"),
        ("Members of the Terceiro Comando Puro opened fire in Niteroi on Tuesday, killing two.", "Terceiro Comando"),
        ("Philippine Army soldiers shot dead two farmers in Bukidnon on Sunday.", "Philippine"),
    ],
)
def test_the_dictionary_names_more_groups_and_forces(text: str, name: str) -> None:
    assert any(name in actor and role == "perpetrator" for actor, role in roles(text).items())


def test_the_members_manning_a_checkpoint_are_no_perpetrator() -> None:
    text = (
        "A suicide bomber detonated explosives at a checkpoint manned by members of the Civilian Joint Task Force "
        "in Konduga on Thursday, killing two of them. Police blamed Boko Haram."
    )
    found = roles(text)
    assert found.get("Civilian Joint Task Force (CJTF)") != "perpetrator"
    assert found.get("Boko Haram") == "perpetrator"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Three people were shot at a mall in Bossier City on Saturday afternoon, police said. Their injuries are "
            "not life-threatening. Shoppers hid in dressing rooms as the mall went into lockdown for about an hour. "
            "Officers arrested Darius M. Pratt, 19, of Shreveport, on Saturday evening.",
            "Darius M. Pratt",
        ),
        (
            "A man was shot dead in his yard in Inman on Monday after an argument with a neighbor, deputies said. "
            "Witnesses said the neighbor went inside, came back with a shotgun and fired. Harold Lee Camber, 67, was "
            "taken into custody at the scene without incident.",
            "Harold Lee Camber",
        ),
        (
            "Incident 2891407 | January 28, 2024 | North Dakota | Minot\nVictims killed: 1 | Victims injured: 1 | "
            "Suspect arrested: Tyler James Korbin, 31\nNotes: An argument escalated into a shooting.",
            "Tyler James Korbin",
        ),
    ],
)
def test_a_suspect_named_by_the_arrest_is_the_perpetrator(text: str, name: str) -> None:
    assert roles(text).get(name) == "perpetrator"


_SCENE = (
    "Shoppers ran into stores and hid in dressing rooms as the mall went into lockdown for about an hour. "
    "Witnesses described a dispute between two groups of young men near the food court before the shots. "
    "Officers from three agencies searched the building store by store and escorted people out through the loading "
    "docks. The mall reopened on Sunday with more security guards at its entrances. "
)


def test_a_suspect_named_by_the_arrest_far_down_the_text_is_the_perpetrator() -> None:
    text = (
        "Three people were shot at a mall in Bossier City on Saturday afternoon, police said. Their injuries are "
        "not life-threatening. " + _SCENE + _SCENE + "Officers arrested Darius M. Pratt, 19, of Shreveport, on "
        "Saturday evening. Police said he knew one of the victims."
    )
    assert roles(text).get("Darius M. Pratt") == "perpetrator"


def test_the_victim_identified_is_no_suspect() -> None:
    text = (
        "A man was shot dead outside a bar in Billings on Saturday. Police identified the victim as Wade Allen "
        "Hobbs, 38. No one has been arrested."
    )
    assert "Wade Allen Hobbs" not in roles(text)
