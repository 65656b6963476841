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
