"""Rules added from a second round of probes in the styles of the three development-set sources (Mother Jones
summaries, Aid Worker Security Database one-liners, Wikipedia terror-list rows) and of GTD summaries: state
abbreviations, suicide bombers who detonate, wounded counted by the verb beside them, places written before
their divisions."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

# --- 1. AP state abbreviations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # "Fla." is a listed alias, but the run drops its period and "Fla" is no prefix of "Florida"
        ("A gunman killed two people at a bar in Hialeah, Fla., late Friday.", "Hialeah", "Florida"),
        ("A shooting outside a church in Lexington, Ky., left two people dead.", "Lexington", "Kentucky"),
        # abbreviations that are also words are read only right after a town and its comma
        ("Alan Brooks, 40, shot seven people at his home in Columbus, Ga., killing five.", "Columbus", "Georgia"),
        (
            "Kevin Ruiz, 17, opened fire in a school cafeteria in Pasco, Wash., killing two classmates.",
            "Pasco",
            "Washington",
        ),
    ],
)
def test_a_state_abbreviation_names_the_state(text: str, location: str, admin1: str) -> None:
    """The state is reported by its name, and "Wash." makes Pasco the Washington town, not Peru's region."""
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("US", admin1, location)


def test_a_county_and_an_abbreviated_state() -> None:
    """ "Sussex County, Del.": no town is named, but the state is."""
    inc = main("Paul Stone, 55, went on a shooting rampage in two towns in Sussex County, Del., killing seven people.")
    assert (inc["country"], inc["admin1"], inc["killed"]) == ("US", "Delaware", 7)


# --- 2. Suicide bombers -----------------------------------------------------------------------------------------


def test_suicide_bombers_in_the_plural() -> None:
    """ "suicide bombers" was missed by a pattern that allowed "bomber" or "bombs" but not both endings."""
    inc = main("Two suicide bombers detonated their vests at a market in Maiduguri, killing 22 and injuring 18.")
    assert inc["attack_type"] == "suicide bomb"


@pytest.mark.parametrize(
    "text",
    [
        "On 09/05/2012, a suicide bomber detonated an explosives-laden vehicle at a military checkpoint in Idlib "
        "city, Idlib governorate, Syria. At least 9 soldiers were killed in the blast.",
        "On 08/08/2016, a suicide bomber struck the emergency ward of a hospital in Quetta, Balochistan, "
        "Pakistan. At least 70 people were killed and 112 others were injured in the explosion.",
    ],
)
def test_the_blast_of_a_later_sentence_is_the_suicide_bombers(text: str) -> None:
    """GTD tells the attack first and the toll after it, "in the blast": the blast is the one just told."""
    assert main(text)["attack_type"] == "suicide bomb"


def test_the_explosion_after_an_airstrike_is_the_airstrike() -> None:
    inc = main("An airstrike hit a wedding party in Saada on Monday. Twenty people were killed in the explosion.")
    assert inc["attack_type"] == "air/drone strike"


# --- 3. Wounding verbs and the people they count ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A man shot and wounded four people outside a nightclub in Modesto, Calif., on Saturday.",
        "Police said a teenager wounded four people with a knife at a bus stop in Leeds on Friday.",
    ],
)
def test_an_active_wounding_counts_its_object_not_its_subject(text: str) -> None:
    """ "A man shot and wounded four people": the man did it; the four are the wounded."""
    assert main(text)["injured"] == 4


def test_stabbed_and_seriously_injured_is_one_person_injured() -> None:
    """AWSD writes "was stabbed and seriously injured": the adverb no longer splits the wounding from "stabbed"."""
    inc = main(
        "A local staff member of a UN agency was stabbed and seriously injured by robbers at his home in Bangui."
    )
    assert (inc["killed"], inc["injured"]) == (None, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 06/11/2018, an assailant stabbed two police officers in Liege city, Liege province, Belgium. "
            "Both officers were injured and the assailant was arrested.",
            (None, 2),
        ),
        ("Gunmen shot two soldiers at a checkpoint near Gao. The two later died in hospital.", (2, None)),
        ("Gunmen shot three soldiers at a checkpoint near Gao. All three were seriously wounded.", (None, 3)),
    ],
)
def test_the_fate_of_all_those_hit_told_by_a_pointer_back(text: str, expected: tuple[int | None, int | None]) -> None:
    """ "shot two ... Both were injured": the pointer says what became of everyone hit."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == expected



# --- 4. A place the gazetteer does not list, written before its division ----------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # GeoNames knows a "Madalla" only as another name of Madala, in the Federal Capital Territory
        (
            "12/25/2011: A vehicle-borne improvised explosive device (VBIED) exploded outside a church in Madalla, "
            "Niger state, Nigeria. At least 35 people were killed and 52 others were injured in the blast.",
            "Madalla",
            "Niger",
        ),
        (
            "On 04/02/2014, assailants attacked a checkpoint in Tangi Saidan, Wardak province, Afghanistan. Two "
            "police officers were killed.",
            "Tangi Saidan",
            "Wardak",
        ),
    ],
)
def test_gtd_place_then_division_names_an_unlisted_place(text: str, location: str, admin1: str) -> None:
    """GTD writes "in <place>, <division> state, <country>": the place is named even when it is not listed."""
    inc = main(text)
    assert (inc["location"], inc["admin1"], inc["geo_precision"]) == (location, admin1, "admin1")


# --- 5. One dead without a figure, and one the source does not count --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The body of a national NGO staff member was found in Jowzjan province two days after he was abducted by "
        "unidentified men.",
        "On 06/03/2016, assailants kidnapped a local official in Gedo region, Somalia. The victim was later found "
        "dead.",
    ],
)
def test_one_found_dead(text: str) -> None:
    """ "The body of a ... was found", "was later found dead": one dead, though no figure is written."""
    assert main(text)["killed"] == 1


def test_a_person_the_source_does_not_count_is_left_out() -> None:
    """ "his driver (not counted here)": AWSD counts aid workers only, and says so of the one after "and"."""
    inc = main(
        "Unknown gunmen killed an INGO national staff member and his driver (not counted here) on the road "
        "between Baidoa and Burhakaba."
    )
    assert (inc["killed"], inc["killed_low"], inc["killed_high"]) == (1, 1, 1)


# --- 6. Arabic names with a lower-case article; a sniper ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        (
            "A Red Crescent volunteer was killed while evacuating the wounded in Deir ez-Zor on Monday.",
            "SY",
            "Deir ez-Zor",
        ),
        ("A grenade attack killed two people at a bus stop in Dar es Salaam on Friday.", "TZ", "Dar es Salaam"),
    ],
)
def test_a_name_joined_by_ez_or_es_is_one_name(text: str, country: str, admin1: str) -> None:
    """ "ez" and "es" join a name as "al" and "el" do: "Deir" alone is no place."""
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)


def test_sniper_fire_is_an_armed_attack() -> None:
    inc = main("A Red Crescent volunteer was killed by sniper fire in Taiz on Monday.")
    assert inc["attack_type"] == "armed attack"


def test_a_town_with_a_geonames_qualifier_is_named_by_its_own_name() -> None:
    """ "Halle" is Halle (Saale), a city of 240,000, before two Belgian towns that bear the bare name."""
    inc = main("A gunman killed 3 people and wounded 5 at a synagogue in Halle. He was arrested after a police chase.")
    assert (inc["country"], inc["location"]) == ("DE", "Halle")


# --- 7. A verb joined to the casualty word by "and" shares its subject ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three INGO national staff were abducted and killed by militants in Jonglei State.", (3, None)),
        ("Two UN national staff were kidnapped and later executed near Kidal.", (2, None)),
        (
            "Two local NGO staff were detained and beaten by soldiers at a checkpoint outside Bunia, Ituri.",
            (None, 2),
        ),
    ],
)
def test_abducted_and_killed_counts_those_abducted(text: str, expected: tuple[int | None, int | None]) -> None:
    """ "were abducted and killed": "abducted" no longer cuts the figure off from "killed" as a new clause would."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == expected


# --- 8. A device that detonated is violence, with no one hurt ---------------------------------------------------


def test_an_explosive_device_that_detonated_is_an_incident_without_casualties() -> None:
    """GTD: "an explosive device detonated ... No casualties were reported" names no blast, bomb or killing,
    yet it is an attack: zero dead and zero hurt, with its date and place."""
    incs = parse_incidents(
        "On 12/03/2016, an explosive device detonated in a garbage bin in Kirkuk city, Kirkuk governorate, Iraq. "
        "No casualties were reported.",
        published="2023-06-12T10:00:00+00:00",
    )
    assert incs, "an incident is reported"
    inc = incs[0]
    assert (inc["killed"], inc["injured"], inc["event_date"], inc["location"]) == (0, 0, "2016-12-03", "Kirkuk")
    assert inc["attack_type"] == "remote explosive/landmine/IED"


def test_an_attacker_who_shot_himself_is_not_one_of_those_he_wounded() -> None:
    """ "shot five colleagues, killing four of them, then shot himself": one of the five survived; the attacker's
    own shot does not make a second wounded."""
    inc = main(
        "Laid-off worker Gary Ames, 45, shot five former colleagues at a plastics plant in Henderson, Kentucky, "
        "killing four of them, then shot himself."
    )
    assert (inc["killed"], inc["injured"]) == (4, 1)


def test_a_town_area_compound_names_the_town() -> None:
    """ "three Atlanta-area spas": the hyphenated "-area" no longer hides the town (Mother Jones writes it)."""
    inc = main("In a shooting spree across three Atlanta-area spas, Brian Cole, 23, killed six people.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("US", "Georgia", "Atlanta")


# --- 9. Who the row blames ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Two suicide bombers detonated their vests at a market in Maiduguri, killing 22. Boko Haram was "
            "suspected.",
            "Boko Haram",
        ),
        (
            "Gunmen killed 7 villagers in Tillaberi. The attack bore the hallmarks of the Islamic State in the "
            "Greater Sahara.",
            "Islamic State in the Greater Sahara (ISGS, IS Sahel)",
        ),
        ("A grenade killed 9 at a market in Afrin. The Turkish government blamed YPG for the attack.", "YPG"),
        (
            "Jihadists killed 16 worshippers in an attack on a mosque near Djibo. The government blamed Ansarul Islam.",
            "Ansarul Islam",
        ),
    ],
)
def test_a_group_suspected_or_blamed_is_the_perpetrator(text: str, name: str) -> None:
    """ "was suspected" (not only "were"), "bore the hallmarks of", "blamed X" without "the"."""
    assert {"name": name, "role": "perpetrator"} in main(text)["actors"]


def test_ansarul_islam_places_an_attack_in_burkina_faso() -> None:
    inc = main("Gunmen killed 5 soldiers at a checkpoint near a village. Ansarul Islam was blamed for the attack.")
    assert inc["country"] == "BF"


# --- 10. Aid workers among a larger toll ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two INGO national staff members were among 12 people killed when gunmen attacked a market in Mopti region.",
        "Two volunteers of the Red Crescent were among an estimated 40 people killed in an airstrike on a market.",
    ],
)
def test_aid_workers_among_a_larger_toll_are_the_count(text: str) -> None:
    """Aid-worker records count their own staff ("killed along with eight other civilians (not counted here)"):
    in "Two staff were among 12 people killed" the 12 are the whole toll, the two are the record's."""
    inc = main(text)
    assert (inc["killed"], inc["killed_low"], inc["killed_high"]) == (2, 2, 2)



# --- 11. Aid roles and an ordinal that stands for a person -------------------------------------------------------


def test_an_icrc_delegate_is_a_person() -> None:
    """ "An ICRC delegate and his driver": a delegate (like a consultant or a peacekeeper) is one person."""
    inc = main("An ICRC delegate and his driver were killed when their car was ambushed near Bunia.")
    assert inc["killed"] == 2


def test_wounded_a_third_is_one_more_person() -> None:
    """ "shot dead two humanitarian workers and wounded a third": the ordinal is the wounded one."""
    inc = main("Unknown gunmen shot dead two humanitarian workers and wounded a third near Kaga-Bandoro.")
    assert (inc["killed"], inc["injured"]) == (2, 1)


# --- 12. "St." inside a place name -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("Three people were shot dead in St. Louis on Friday night, police said.", "St. Louis", "Missouri"),
        (
            "Police said three people were shot and killed at an apartment complex in East St. Louis, Ill., early "
            "Saturday.",
            "East St. Louis",
            "Illinois",
        ),
        ("Two men were killed in a shooting at a bar in Port St. Lucie, Fla., on Friday.", "Port St. Lucie", "Florida"),
    ],
)
def test_a_saints_abbreviation_stays_inside_the_name(text: str, location: str, admin1: str) -> None:
    """The period of "St." ended the capitalised run, leaving "Louis" (or nothing) as the place."""
    inc = main(text)
    assert (inc["country"], inc["location"], inc["admin1"]) == ("US", location, admin1)


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        (
            "A shooting at a block party in the Englewood neighborhood of Chicago left three dead and eight wounded.",
            "Englewood, Chicago",
            "Illinois",
        ),
        ("A gunman killed four people at a church in the Dallas suburb of Plano on Sunday.", "Plano", "Texas"),
    ],
)
def test_a_part_of_a_town_is_not_a_namesake_town(text: str, location: str, admin1: str) -> None:
    """ "the Englewood neighborhood of Chicago" is in Chicago, not in a town GeoNames also calls Englewood."""
    inc = main(text)
    assert (inc["location"], inc["admin1"]) == (location, admin1)


def test_a_village_whose_namesakes_lie_in_other_divisions() -> None:
    """ "the village of Kamianka in Ukraine's Kharkiv region": GeoNames' Kamyankas are in Cherkasy and elsewhere;
    the division the text names wins, and the village is named as written."""
    inc = main("Shelling killed three civilians in the village of Kamianka in Ukraine's Kharkiv region on Sunday.")
    assert (inc["country"], inc["admin1"], inc["location"], inc["geo_precision"]) == (
        "UA",
        "Kharkiv",
        "Kamianka",
        "admin1",
    )


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the town whose area it was, more precise than its district (1.39.0; "North Waziristan" before)
        ("A roadside bomb killed four soldiers in the Mir Ali area of North Waziristan district.", "Mir Ali"),
        (
            "Two soldiers were killed when militants attacked an army post in the Kurram tribal district near the "
            "Afghan border.",
            "Kurram",
        ),
    ],
)
def test_pakistans_former_tribal_agencies(text: str, location: str) -> None:
    """GeoNames lists their towns only; "near the Afghan border" made Kurram Afghanistan's."""
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("PK", "Khyber Pakhtunkhwa", location)


# --- 13. Words that only look like a month; "another" as one person ---------------------------------------------


def test_marines_are_people_not_march() -> None:
    """ "four Marines" was dropped as a date: any word starting "Mar" read as the month after a number."""
    inc = main("A gunman shot and killed four Marines and a Navy service member at a recruitment office in Tennessee.")
    assert inc["killed"] == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He shot and killed four soldiers, and wounded a police officer and another military service member.",
            (4, 2),
        ),
        (
            "Ian Moss, 40, gunned down four patrons at a cafe, and another person during a carjacking nearby.",
            (5, None),
        ),
    ],
)
def test_another_person_in_a_list_is_one_more(text: str, expected: tuple[int, int | None]) -> None:
    """ "and another military service member": one more person, like "a police officer" before it."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == expected


def test_kuito_is_angolas_not_quitos_alternate_name() -> None:
    """GeoNames lists "Kuito" among Quito's names and Bié's capital only as "Cuíto"."""
    inc = main("A UN national staff member was shot dead while guarding a warehouse in Kuito on Monday.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("AO", "Bie", "Kuito")


# --- 14. Breakdowns in a list, a bare "including", the body of the other ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2 UN international staff (1 Kenyan, 1 Ugandan) and 1 UN national staff wounded in mortar attack on UN "
        "compound in Mogadishu.",
        "A mortar attack on a UN compound in Mogadishu wounded 2 UN international staff (1 Kenyan, 1 Ugandan) and "
        "1 UN national staff.",
    ],
)
def test_a_breakdown_in_parentheses_does_not_end_a_list(text: str) -> None:
    """AWSD's "(1 Kenyan, 1 Ugandan)" breaks a figure down; the list goes on after it."""
    assert main(text)["injured"] == 3


def test_including_without_commas_is_an_aside() -> None:
    """ "Nine people including two children were wounded": the share stands between the figure and its verb."""
    inc = main("Nine people including two children were wounded when a hand grenade was thrown at a crowd in Quetta.")
    assert (inc["injured"], inc["attack_type"]) == (9, "grenade")


def test_the_body_of_the_other_was_found() -> None:
    inc = main(
        "Unknown gunmen abducted 2 ICRC staff in Nasir. One was later released; the body of the other was found "
        "3 days later."
    )
    assert inc["killed"] == 1


def test_a_groups_attack_on_something_names_it_the_perpetrator() -> None:
    """ "A Taliban attack on a checkpoint": the group's own attack, as "a Taliban ambush" already was."""
    inc = main("A Taliban attack on a checkpoint in Uruzgan province killed 9 policemen; 2 others were wounded.")
    assert {"name": "Taliban", "role": "perpetrator"} in inc["actors"]


def test_a_group_after_an_attack_on_is_its_target() -> None:
    """ "an attack on Taliban fighters": "fighters" after the name made the Taliban the attacker."""
    inc = main("Militants killed 4 people in an attack on Taliban fighters in Kunar on Monday.")
    assert {"name": "Taliban", "role": "target"} in inc["actors"]


def test_a_third_injured_with_the_verb_left_out() -> None:
    """ "Two men were killed and a third injured": the ordinal stands for one more person, as "another" does."""
    inc = main(
        "Two men were killed and a third injured when a parcel bomb exploded at a post office in Thessaloniki."
    )
    assert (inc["killed"], inc["injured"]) == (2, 1)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("2 NGO national staff killed when their vehicle was ambushed on the Juba-Nimule road.", "SS"),
        ("1 UN national staff member was killed when their vehicle hit an IED on the Gao-Ansongo road.", "ML"),
    ],
)
def test_a_route_between_two_towns_names_its_ends(text: str, country: str) -> None:
    """ "the Juba-Nimule road": the hyphenated pair hid Juba because Nimule is not listed (and "Gao" is short)."""
    assert main(text)["country"] == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mortar attack on a displacement camp in Mogadishu claimed at least 14 lives.", (14, 14, None)),
        ("The bombing of the bus station in Jos cost 12 lives, police said.", (12, 12, 12)),
    ],
)
def test_lives_claimed_by_an_attack(text: str, expected: tuple[int, int | None, int | None]) -> None:
    """ "claimed at least 14 lives" (not only "claimed the lives of 14"); "saved 14 lives" stays no toll."""
    inc = main(text)
    assert (inc["killed"], inc["killed_low"], inc["killed_high"]) == expected


# --- 15. Relatives in Mother Jones summaries ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Carl Ross, 41, shot and killed his ex-wife at a hair salon in Tulsa, Oklahoma.", 1),
        ("Mike Lane, 30, shot and killed his fiancée and her parents at their home in Mesa, Arizona.", 3),
        (
            "Tom Reed, 19, killed his mother and stepfather at home before driving to his school, where he opened "
            "fire, killing two students and wounding 25.",
            4,
        ),
        ("John Zawahri, 23, killed his brother and father at home and then headed to a college.", 2),
    ],
)
def test_relatives_named_by_the_attacker(text: str, expected: int) -> None:
    """ "his ex-wife", "his fiancée", "her parents" (two), "his mother and stepfather" (the possessive shared)."""
    assert main(text)["killed"] == expected



def test_iraqi_kurdistan_names_iraq() -> None:
    """ "the Kurdistan Region" is three Iraqi divisions, none named so: a cue to the country, like "Donbas"."""
    inc = main("Terrorists attacked a military convoy in the Kurdistan Region, killing 5 Peshmerga fighters.")
    assert inc["country"] == "IQ"


def test_the_one_hurt_who_later_died_is_dead_not_injured() -> None:
    """ "was critically injured ...; he later succumbed to his injuries": one dead, no one left injured."""
    inc = main(
        "A WFP-contracted driver was critically injured when his truck was ambushed near Ndele; he later "
        "succumbed to his injuries."
    )
    assert (inc["killed"], inc["injured"]) == (1, None)


def test_how_badly_some_were_hurt_is_no_further_figure() -> None:
    """ "wounded 14 others, four critically": the four are among the 14, not four more."""
    inc = main("Ned Ray, 41, killed five people and wounded 14 others, four critically, at a plant in Aurora.")
    assert (inc["killed"], inc["injured"]) == (5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three civilians were killed and seven wounded, two of whom later died.", (5, 5)),
        ("A bomb at a bus stop in Jos wounded seven people, two of whom later died.", (2, 5)),
    ],
)
def test_wounded_of_whom_some_died(text: str, expected: tuple[int, int]) -> None:
    """ "seven wounded, two of whom later died": the two move from the wounded to the dead."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man opened fire at a bar in Hamburg, killing two. The gunman, Ahmad Alhaw, was overpowered by passers-by.",
        "A man stabbed two people at a station in Hamburg. The knifeman, Ahmad Alhaw, was overpowered by passers-by.",
    ],
)
def test_the_attacker_named_at_the_start_of_a_sentence(text: str) -> None:
    """ "The gunman, Ahmad Alhaw,": the capital "The" of a sentence's start hid the name (only "the" was read)."""
    assert main(text)["actors"] == [{"name": "Ahmad Alhaw", "role": "perpetrator"}]


def test_attackers_neutralised_in_a_gun_battle_are_counted() -> None:
    """ "troops neutralised 12 bandits in a gun battle": security forces' word for killing, read forward like
    "killed"; a gun battle is an act of violence by itself."""
    inc = main("Nigerian troops neutralised 12 bandits in a gun battle in Zamfara State on Sunday, the army said.")
    assert (inc["killed"], inc["attack_type"]) == (12, "armed clash")
