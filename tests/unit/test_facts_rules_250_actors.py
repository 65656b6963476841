"""Rules added from 167 probes of the perpetrator: a state's forces or a group that suffered the attack (the dead,
the lost, the ambushed convoy, the stormed post), the attacker a database entry names only in a later sentence
(arrested, convicted, sentenced, "X, the gunman,", shot dead by police), blame laid on a group and claims by groups
the dictionary does not know, people's militias named by the people, separatists as a kind of actor, and names of
groups best known by an acronym that carry it ("Islamic State West Africa Province (ISWAP)")."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.actors import category_names


def perpetrators(text: str) -> list[str]:
    return [a["name"] for a in main(text)["actors"] if a["role"] == "perpetrator"]


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


# --- 1. A state's forces as the victims -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a force named as the subject of a passive casualty verb, with the person word between
        "Four soldiers from Qatar and a Bahraini military officer were killed in an attack on a base in Marib.",
        "Two French soldiers were killed in an attack in Mali, the French presidency said.",
        # a loss the forces suffered
        "Egyptian forces lost five men when a roadside bomb exploded near El-Arish in North Sinai.",
        # among the dead
        "Three Chadian soldiers were among the dead when a mine killed seven people on a convoy near Kidal.",
    ],
)
def test_forces_that_suffered_the_attack_are_no_perpetrator(text: str) -> None:
    assert perpetrators(text) == []


def test_forces_that_suffered_are_the_target() -> None:
    assert roles("Three Egyptian soldiers were wounded when a bomb exploded near Rafah.")["Egyptian forces"] == (
        "target"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the forces' own act in the opening stays theirs
        ("Russian forces shelled the town of Kupiansk overnight, killing two civilians.", "Russian armed forces"),
        (
            "Israeli troops opened fire on protesters near the fence, killing three people.",
            "Israel Defense Forces (IDF, Israeli military)",
        ),
    ],
)
def test_forces_that_attacked_stay_the_perpetrator(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


# --- 2. The attacker named in a later sentence -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A gunman opened fire at two churches in Lisbon, killing nine people. Tomas Ferreira Dias was arrested "
            "and later sentenced to life imprisonment.",
            "Tomas Ferreira Dias",
        ),
        (
            "A gunman killed six worshippers at a temple in Ohio. Kyle Brandt Moss was later convicted of murder.",
            "Kyle Brandt Moss",
        ),
        (
            "A gunman killed eight people at a warehouse in Reno. Dale Hollins pleaded guilty to the murders.",
            "Dale Hollins",
        ),
        (
            "Five people were shot dead at a bar in Denver. Aaron Keith Price was charged with murder.",
            "Aaron Keith Price",
        ),
        # a generational suffix stays in the name
        ("Six people were killed at a parade in Elgin. Robert Miles III was arrested hours later.", "Robert Miles III"),
        # the name set off by its role
        (
            "Twenty people were killed at a store in Tucson. Brian Coles, the gunman, surrendered to police.",
            "Brian Coles",
        ),
    ],
)
def test_attacker_named_in_a_later_sentence(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # another case the report mentions
        "Gunmen killed 12 villagers in Zamfara. In an unrelated case, Musa Ibrahim was sentenced to death.",
        # an official's title makes him no attacker
        "A shooting at a bar in Tulsa left three dead. Mayor John Bynum was arrested on unrelated charges last year.",
        # a victim, not one the police took
        "A shooter killed ten people at a supermarket in Boulder. Officer Eric Talley was among the dead.",
    ],
)
def test_people_arrested_for_something_else_or_killed_are_no_attacker(text: str) -> None:
    assert perpetrators(text) == []


# --- 3. Blame laid on a group ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "No group claimed the bombing in Beni, but suspicion fell on the Allied Democratic Forces.",
            "Allied Democratic Forces (ADF)",
        ),
        (
            "A bomb killed eight police officers in Bannu. Officials put the blame on the TTP.",
            "Tehrik-i-Taliban Pakistan (TTP, Fitna al-Khawarij)",
        ),
    ],
)
def test_blame_laid_on_a_group(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


# --- 4. People's militias and separatists ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hema militia attacked a displacement camp in Djugu, killing 14 people.", "Hema militia"),
        ("Lendu militiamen killed 22 people in an attack on villages in Djugu territory.", "Lendu militia"),
        ("Kuki militants opened fire on a village in Bishnupur district, killing two people.", "Kuki militants"),
        ("Meitei militants torched houses in Churachandpur and killed a man, police said.", "Meitei militants"),
        ("Dogon hunters killed 37 Fulani villagers in an attack in Mopti region.", "Dogon militia"),
    ],
)
def test_a_peoples_militia_named_by_the_people(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


def test_separatists_are_a_kind_of_actor() -> None:
    assert "separatists" in category_names()
    assert perpetrators("Armed separatists killed three gendarmes at a checkpoint in the North-West region.") == [
        "Separatists"
    ]


def test_a_named_separatist_group_says_more_than_the_kind() -> None:
    assert perpetrators("Ambazonian separatists attacked a school in Kumba, killing seven children.") == [
        "Ambazonian separatists"
    ]


def test_separatists_killed_are_no_perpetrator() -> None:
    assert perpetrators("Government forces killed four separatists in a raid on their camp in Batibo.") == []


# --- 5. Names that carry the acronym -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ISWAP fighters attacked a military base in Malam Fatori, killing eight soldiers.",
            "Islamic State West Africa Province (ISWAP)",
        ),
        ("AQAP militants stormed a checkpoint in Abyan, killing five.", "Al-Qaeda in the Arabian Peninsula (AQAP)"),
        ("The RSF attacked El Fasher, killing 40 civilians, activists said.", "Rapid Support Forces (RSF)"),
        ("Hayat Tahrir al-Sham fighters stormed a village in Hama, killing three.", "Hayat Tahrir al-Sham (HTS)"),
    ],
)
def test_a_group_best_known_by_its_acronym_carries_it(text: str, name: str) -> None:
    """A coder or an analyst may write either the acronym or the full name; the name given holds both."""
    assert perpetrators(text) == [name]


# --- 6. The place or the people the attack fell on, and an act named by its author -------------------------------


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("Militants stormed a post belonging to the Pakistani military in Kech, killing four.", "Pakistani"),
        ("Gunmen attacked a checkpoint manned by Nigerian soldiers in Zamfara, killing six.", "Nigerian"),
        ("An IED struck a vehicle carrying Indian army personnel in Rajouri, killing five soldiers.", "Indian"),
        ("The deaths of three Israeli soldiers in a tunnel blast in Rafah were announced on Tuesday.", "Israel"),
    ],
)
def test_forces_the_attack_fell_on_are_no_perpetrator(text: str, forces: str) -> None:
    assert not any(name.startswith(forces) for name in perpetrators(text))


def test_an_attack_named_by_its_author() -> None:
    text = "Two Turkish soldiers were killed and three wounded in a PKK attack in northern Iraq, the ministry said."
    assert perpetrators(text) == ["Kurdistan Workers' Party (PKK)"]


def test_the_attacker_described_then_named() -> None:
    text = "A gunman killed four people at a bank in Louisville. The shooter, a bank employee named Carl Dobbs, died."
    assert perpetrators(text) == ["Carl Dobbs"]


@pytest.mark.parametrize(
    ("text", "victim", "perpetrator"),
    [
        # a dictionary force's alias with the soldiers it lost
        (
            "Somali army soldiers were killed in a suicide attack on a base in Lower Shabelle; al-Shabaab claimed it.",
            "Somali armed forces",
            "Al-Shabaab",
        ),
        (
            "Two Congolese army soldiers died in an ADF ambush near Eringeti.",
            "Armed Forces of the DRC (FARDC)",
            "Allied Democratic Forces (ADF)",
        ),
    ],
)
def test_a_named_force_that_lost_men_is_the_target(text: str, victim: str, perpetrator: str) -> None:
    assert roles(text)[victim] == "target"
    assert perpetrators(text) == [perpetrator]


def test_an_armed_groups_dead_are_no_perpetrator() -> None:
    assert perpetrators("RSF fighters were killed in an army airstrike on Nyala, activists said.") == []


# --- 7. A group the dictionary does not know, named after the claim or the blame -----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A grenade attack killed three people at a bar in Gitega. Responsibility was claimed by the Popular "
            "Forces of Burundi.",
            "Popular Forces of Burundi",
        ),
        (
            "Seven police officers were killed in an ambush in Cauca. The attack was claimed by the Carlos Patino "
            "Front.",
            "Carlos Patino Front",
        ),
        (
            "Gunmen killed nine at a bus stop in Karachi. Police blamed the Thar Liberation Front.",
            "Thar Liberation Front",
        ),
        (
            "A bomb killed six soldiers in Kidal. The Azawad Youth Brigade later claimed the attack.",
            "Azawad Youth Brigade",
        ),
    ],
)
def test_a_claimant_or_a_blamed_group_the_dictionary_does_not_know(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a state's territorial claim, no claim of the attack
        "A car bomb killed four people in Tskhinvali, in a region claimed by Georgia.",
        # blame for a day's attack on a place, no group's name
        "A bomb killed five people in Kano. Officials blamed Monday's attack on lax security at the gate.",
    ],
)
def test_claims_and_blame_that_name_no_group(text: str) -> None:
    assert perpetrators(text) == []


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "Security forces killed three protesters in Gulu after opposition leader Amos Okello was arrested at a "
            "rally.",
            "Security forces",
        ),
        (
            "Police fired on demonstrators in Thies, killing two, after politician Idrissa Ndiaye was sentenced to "
            "prison.",
            "Police",
        ),
    ],
)
def test_one_named_by_an_office_who_was_arrested_is_no_attacker(text: str, forces: str) -> None:
    """A wire story of a crackdown tells the arrest that set off the protests: the one arrested is no attacker; the
    forces that fired on the crowd are (since round 310)."""
    assert perpetrators(text) == [forces]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fulani militants killed 40 villagers in an attack on Yelwata, Benue State.", "Fulani militia"),
        ("Dinka gunmen attacked a cattle camp in Lakes State, killing 12 people.", "Dinka militia"),
        # the group that acted comes before the patron named to say who backs it
        ("Arab militias backed by the RSF killed dozens of civilians in El Geneina.", "Arab militias"),
    ],
)
def test_more_peoples_militias(text: str, name: str) -> None:
    assert perpetrators(text)[0] == name


def test_a_peoples_dead_are_no_militia() -> None:
    assert perpetrators("Gunmen killed 7 Fulani herders in Zamfara, the police said.") == []


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("Chadian troops came under attack near Lake Chad, losing 17 soldiers, the army said.", "Chadian"),
        ("A roadside bomb hit a convoy of Pakistani troops in South Waziristan, killing seven.", "Pakistani"),
        ("Militants overran an Egyptian army checkpoint in North Sinai, killing 10 conscripts.", "Egyptian"),
        ("Beninese soldiers killed in the attack numbered 28, the government said.", "Beninese"),
        ("Togolese soldiers were the target of an attack by gunmen in Savanes region that killed 12.", "Togolese"),
    ],
)
def test_more_ways_forces_suffer_the_attack(text: str, forces: str) -> None:
    assert not any(name.startswith(forces) for name in perpetrators(text))


def test_forces_named_after_others_in_the_list_of_the_dead() -> None:
    text = "Six Malian soldiers and two Russian instructors were killed when their convoy struck a mine near Gao."
    assert perpetrators(text) == []


def test_the_dead_fell_to_the_states_strike_though_they_were_soldiers() -> None:
    text = "Nine Syrian soldiers were killed in an Israeli airstrike near Damascus, state media said."
    assert perpetrators(text) == ["Israel Defense Forces (IDF, Israeli military)"]


def test_a_groups_branch_that_claimed() -> None:
    text = "A suicide bomber killed 31 at a mosque in Peshawar. The Islamic State's Khorasan affiliate claimed it."
    assert perpetrators(text) == ["Islamic State - Khorasan Province (ISKP, ISIS-K)"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A gunman killed 13 people at a naval base in Norfolk. Aaron Hale, a former Navy reservist, was shot dead "
            "by police.",
            "Aaron Hale",
        ),
        (
            "A man shot dead four people at a hotel in Tulsa. The gunman, Michael Louis, then killed himself.",
            "Michael Louis",
        ),
    ],
)
def test_how_the_attack_ended_names_its_author(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


def test_one_police_shot_dead_with_no_attacker_told_is_no_attacker() -> None:
    text = "Police shot dead a teenager at a traffic stop in Nanterre, sparking riots. Nahel Amrani was shot by police."
    assert perpetrators(text) == []


def test_a_weapon_shot_down_still_names_the_attacker() -> None:
    text = "Russian drones were shot down over Kyiv overnight, but falling debris killed two people, officials said."
    assert perpetrators(text) == ["Russian armed forces"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the group word after a blamed acronym
        (
            "An NGO vehicle was ambushed on the Kaga Bandoro road and its driver killed. Sources blamed the MPC armed "
            "group.",
            "Central African Patriotic Movement (MPC)",
        ),
        # the role given before the name outweighs the death that follows it
        (
            "A gunman killed six people at a nightclub in Tampa. The shooter, Omar Saddiq, 29, was killed in a "
            "shootout with police.",
            "Omar Saddiq",
        ),
        # where the attackers operate, between them and their act
        ("Separatists in Cameroon's Anglophone regions kidnapped 30 students from a school in Bamenda.", "Separatists"),
        ("Four Moroccan soldiers were killed in Polisario shelling near Mahbes, the army said.", "Polisario Front"),
    ],
)
def test_fresh_probe_misses(text: str, name: str) -> None:
    assert perpetrators(text) == [name]
