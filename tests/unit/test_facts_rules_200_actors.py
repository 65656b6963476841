"""Rules added from probes of the perpetrator: armed groups of more regions and their spellings, predecessors
under their own names, claims in any tense and of any attack, names with lower-case particles, the attacker
named where the report gives his role, and people named with ages who are victims or responders."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.actors import extract_actors


def perpetrators(text: str) -> list[str]:
    return [a["name"] for a in extract_actors(text).actors if a["role"] == "perpetrator"]


# --- 1. More armed groups, and the spellings the wires use -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen from the Ambazonia Defence Forces attacked a school in Kumba.", "Ambazonia Defence Forces"),
        ("Police blamed al-Hijra for the grenade attack on a bar in Mombasa.", "Al-Hijra"),
        ("The Nordic Resistance Movement was blamed for the bomb in Gothenburg.", "Nordic Resistance Movement"),
        ("It was carried out by the Eastern Turkestan Islamic Movement.", "Eastern Turkestan Islamic Movement (ETIM)"),
        ("Suspected Mai-Mai militiamen killed six civilians near Butembo.", "Mai-Mai"),
        ("Suspected ULFA-I militants killed two workers in Tinsukia.", "United Liberation Front of Asom (ULFA)"),
        ("Police blamed the Gulf Clan for a grenade attack in Antioquia.", "Gulf Clan (Clan del Golfo, AGC)"),
        ("Gunmen from the Cartel del Noreste killed four police officers.", "Cartel del Noreste"),
        ("The Kachin Independence Army attacked a junta outpost in Hpakant.", "Kachin Independence Army"),
        ("An IED killed two rangers; police blamed the Barisan Revolusi Nasional.", "Barisan Revolusi Nasional (BRN)"),
    ],
)
def test_armed_groups_of_more_regions(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


def test_a_groups_full_name_keeps_its_acronym_for_the_coders_spelling() -> None:
    """ "JNIM" and "Jama'at Nasr al-Islam wal Muslimin" are the same coder's label: the name carries both."""
    assert perpetrators("Militants of Jama'at Nasr al-Islam wal Muslimin ambushed a convoy near Djibo.") == [
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Al-Nusra Front fighters shelled a Christian neighbourhood of Aleppo.", "Al-Nusra Front"),
        ("Jabhat al-Nusra claimed the bombing in Homs.", "Al-Nusra Front"),
        ("Ansar Bayt al-Maqdis militants bombed a gas pipeline in North Sinai.", "Ansar Bayt al-Maqdis"),
    ],
)
def test_a_predecessor_keeps_its_own_name(text: str, name: str) -> None:
    """A coder of a 2014 attack writes al-Nusra Front, not the Hayat Tahrir al-Sham it became in 2017; the
    successors keep theirs."""
    assert perpetrators(text) == [name]
    assert perpetrators("Hayat Tahrir al-Sham fighters shelled a village in Hama.") == ["Hayat Tahrir al-Sham (HTS)"]
    assert perpetrators("Sinai Province fighters killed three soldiers.") == ["Islamic State - Sinai Province"]


def test_the_apostrophe_of_a_romanised_name_is_optional() -> None:
    """ "Jamaat" and "Jama'at", "Taang" and "Ta'ang": one name, spelled with or without the ayn's apostrophe."""
    assert perpetrators("Militants of Jamaat Nusrat al-Islam wal-Muslimin killed 30 villagers.") == [
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
    ]
    assert perpetrators("The Taang National Liberation Army shelled a town in Shan State.") == [
        "Ta'ang National Liberation Army (TNLA)"
    ]


# --- 2. What makes a named group the perpetrator ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the acronym in its brackets after the full name
        ("The National Liberation Army (ELN) bombed a police academy in Bogota.", "National Liberation Army (ELN)"),
        ("The Kurdistan Freedom Hawks (TAK) claimed responsibility.", "Kurdistan Freedom Hawks (TAK)"),
        # acts of a group: a bomb set off, planted, detonated; shots
        ("Militants from the Hasm movement detonated a car bomb outside a hospital.", "Hasm Movement"),
        ("Members of the Real IRA planted a car bomb outside the courthouse.", "Irish Republican Army (IRA)"),
        ("Dissident republicans from the New IRA shot dead a journalist.", "Irish Republican Army (IRA)"),
        # its members, supporters or a unit of it
        ("Tehreek-e-Labbaik supporters attacked police in Lahore.", "Tehreek-e-Labbaik Pakistan (TLP)"),
        ("Rebels of the Mai-Mai Yakutumba group killed four soldiers.", "Mai-Mai"),
        # the accusation and the claim in any tense
        ("Members of the Khalistan Zindabad Force were accused of bombing.", "Khalistan Zindabad Force (KZF)"),
        (
            "The Islamic State group took responsibility for the bombing.",
            "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)",
        ),
        ("The Resistance Front has claimed the attack.", "The Resistance Front"),
        ("The Balochistan Liberation Army later said it was behind the killings.", "Balochistan Liberation Army (BLA)"),
        ("The Houthi movement launched a missile at Marib.", "Houthis (Houthi movement, Ansar Allah)"),
    ],
)
def test_a_groups_own_act_or_claim(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


def test_a_denial_in_a_relative_clause_is_no_perpetrator() -> None:
    """ "The government blamed al-Shabaab, which denied involvement": the text leaves it open."""
    text = "A car bomb killed two people in Mogadishu. The government blamed al-Shabaab, which denied involvement."
    assert perpetrators(text) == []


# --- 3. Claimants the dictionary does not know -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the claim's object is any attack, not only "the attack"
        (
            "A previously unknown group calling itself the Brigades of Free Men claimed the rocket attack on the base.",
            "Brigades of Free Men",
        ),
        ("A bomb killed nine. Saraya al-Nour claimed the bombing.", "Saraya al-Nour"),
        ("Militants abducted four engineers. Saraya Example claimed the kidnapping in a statement.", "Saraya Example"),
        ("A bomb killed nine in Quetta. Ahrar ul-Hind took responsibility.", "Ahrar ul-Hind"),
        # lower-case particles inside a name
        ("Lashkar-e-Example al-Alami said it carried out the attack.", "Lashkar-e-Example al-Alami"),
        ("Rockets killed two. The Army of the Pure claimed the attack.", "Army of the Pure"),
        (
            "Rockets hit Sderot. The Mujahideen Shura Council in the Environs of Jerusalem claimed the rocket attack.",
            "Mujahideen Shura Council in the Environs of Jerusalem",
        ),
    ],
)
def test_an_unknown_claimant_is_kept_as_written(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


def test_a_claim_of_an_attack_but_not_an_offices_or_a_tolls() -> None:
    """ "claimed the bombing" names the claimant; an office reporting its own forces' kills claims no attack, and
    "claimed the strike killed 30" disputes a toll."""
    assert perpetrators("A bomb killed nine. Saraya al-Nour claimed the bombing on Monday.") == ["Saraya al-Nour"]
    assert perpetrators("The Ministry of Defence claimed the killing of 40 militants in the raid.") == []
    assert perpetrators("Rockets killed two. Kyiv claimed the strike killed 30 soldiers.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A bomb killed 14. The Islamic State of Iraq claimed the attack.",
            "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)",
        ),
        ("A bomb killed nine in Kabul. Taliban spokesman Zabihullah Mujahid claimed responsibility.", "Taliban"),
        ("A bomb killed 12. Jamaat-ul-Ahrar spokesman Ehsanullah Ehsan claimed the blast.", "Jamaat-ul-Ahrar"),
    ],
)
def test_a_claim_in_a_longer_name_or_by_a_spokesman_is_the_groups(text: str, name: str) -> None:
    """The alias opens the claimant's name, or names the group its spokesman or leader speaks for."""
    assert perpetrators(text) == [name]


# --- 4. The attacker named where the report gives the role -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The gunman, named by police as Daniel Okoro, shot dead five worshippers.", "Daniel Okoro"),
        (
            "A gunman killed four people at a bank. Police later named him as Connor Sturgeon, a 25-year-old employee.",
            "Connor Sturgeon",
        ),
        ("The shooter, 21-year-old Patrick Wood, opened fire at a supermarket and killed 10 people.", "Patrick Wood"),
        (
            "Four people were shot dead. The perpetrator, identified as 28-year-old Yusuf Kaya, was killed by guards.",
            "Yusuf Kaya",
        ),
        (
            "Three people were stabbed to death at a bus station. Police said the attacker was Jamal Idris, 22.",
            "Jamal Idris",
        ),
        (
            "Police said the gunman who killed three people at a supermarket was Espen Andersen Brathen.",
            "Espen Andersen Brathen",
        ),
        ("The killer, who shot dead six people at a mall, was Jari Koskinen, police said.", "Jari Koskinen"),
    ],
)
def test_the_attacker_named_beside_the_role(text: str, name: str) -> None:
    assert main(text)["actors"] == [{"name": name, "role": "perpetrator"}]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A far-right extremist, Stephan Ernst, shot dead a regional politician at his home.", "Stephan Ernst"),
        ("A lone wolf attacker, Anders Halvorsen, set off a bomb outside offices, killing eight.", "Anders Halvorsen"),
        ("Dylann Roof, a 21-year-old white supremacist, killed nine worshippers in Charleston.", "Dylann Roof"),
        ("Anis Amri, a Tunisian asylum seeker, drove a truck into a market, killing 12 people.", "Anis Amri"),
        ("Michael Drayton, a 45-year-old former soldier, opened fire at a pub, killing five.", "Michael Drayton"),
    ],
)
def test_a_person_described_beside_the_act(text: str, name: str) -> None:
    """ "A far-right extremist, X, shot dead": the apposition names who did what follows."""
    assert main(text)["actors"] == [{"name": name, "role": "perpetrator"}]


# --- 5. People named with ages who did not attack --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed Abdullahi Musa, 45, a village head, in Zurmi on Tuesday, residents said.",
        "Unidentified attackers shot dead journalist Maria Lopez, 39, outside her home in Tijuana.",
        "A bomb killed the mayor of Iguala, Jose Luis Sandoval, 47, as he left his office.",
        "Unknown assailants killed Fr. John Bosco, 61, a Catholic priest, in Kaduna on Sunday.",
    ],
)
def test_a_victim_named_with_an_age_is_no_perpetrator(text: str) -> None:
    """The object of "killed", "shot dead journalist", "killed the mayor of Iguala,": the one who was attacked."""
    assert [a for a in main(text)["actors"] if a["role"] == "perpetrator"] == []


def test_the_officer_who_stopped_the_attack_is_no_perpetrator_but_a_former_one_may_be() -> None:
    for text in (
        "Police officer Daniel Harris, 38, shot the attacker dead after the gunman killed two people at a school.",
        "A police officer, Jane Cole, shot the gunman, who had killed two people at a school.",
    ):
        assert [a for a in main(text)["actors"] if a["role"] == "perpetrator"] == []
    inc = main("Off-duty sheriff's deputy Tyler Peters, 20, opened fire inside an apartment, killing six.")
    assert inc["actors"] == [{"name": "Tyler Peters", "role": "perpetrator"}]
