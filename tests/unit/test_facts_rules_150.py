"""Rules added in parser 1.5.0, found by reading the parser's output on real news pages: accidents are not
attacks, the event's own sentence places and dates it, speakers are not perpetrators."""

from __future__ import annotations

import pytest
from newsfacts.facts import parse_incidents
from newsfacts.facts.actors import extract_actors
from newsfacts.facts.casualties import extract_casualties
from newsfacts.facts.dates import extract_date
from newsfacts.facts.numbers import find_quantities
from newsfacts.facts.places import resolve_location
from newsfacts.facts.text import sentence_spans


def counts(text: str) -> tuple[int | None, int | None]:
    c = extract_casualties(text, sentence_spans(text))
    return c.killed, c.injured


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in a helicopter crash in the south, the army said. Insurgents are active there.",
        "The death toll from a fire that gutted a tower block rose to 10 on Saturday. Police sealed off the area.",
        "Four people died in a bus collision near the border on Monday, officials said.",
    ],
)
def test_a_death_the_report_blames_on_an_accident_is_no_incident(text: str) -> None:
    assert parse_incidents(text, published="2024-02-26") == []


def test_an_accident_with_violence_in_the_same_sentence_stays_an_incident() -> None:
    text = "Three people were killed in a fire set by gunmen who stormed the village on Monday."
    inc = parse_incidents(text, published="2024-02-26")
    assert inc and inc[0]["killed"] == 3


def test_the_first_statement_of_a_headline_count_counts_even_with_the_definite_article() -> None:
    text = (
        "In addition to the three fatalities at a fuel plant on Tuesday, the ombudsman said another "
        "30 people had been injured in the clashes."
    )
    assert counts(text) == (3, 30)


def test_a_definite_figure_pointing_back_at_people_already_counted_is_not_counted_again() -> None:
    text = "Gunmen killed three villagers on Monday. The three victims were buried on Tuesday."
    assert counts(text) == (3, None)


@pytest.mark.parametrize(
    "text", ["protesters in 21 cities", "attacks in 4 provinces", "raids on 3 towns", "across 12 states"]
)
def test_a_count_of_places_is_not_a_head_count(text: str) -> None:
    assert find_quantities(text) == []


def test_a_count_spread_over_places_keeps_its_head_count() -> None:
    assert counts("At least 106 protesters in 21 cities have been killed, Amnesty said.") == (106, None)


@pytest.mark.parametrize("name", ["White House", "Kremlin", "Pentagon", "Downing Street"])
def test_a_seat_of_government_is_not_a_town_of_that_name(name: str) -> None:
    loc = resolve_location(f"The president spoke at the {name} about the shooting.")
    assert loc.location is None and loc.geo_precision != "place"


def test_the_state_of_a_country_is_a_strong_place_cue() -> None:
    text = "Hours later, a gunman opened fire at a cinema in the US state of Louisiana, killing two people."
    inc = parse_incidents(text)
    assert inc and (inc[0]["country"], inc[0]["admin1"]) == ("US", "Louisiana")


def test_the_place_in_the_events_own_sentence_beats_the_country_the_article_keeps_naming() -> None:
    text = (
        "An Israeli tank crew killed a reporter in Lebanon in October, a report found. "
        "Israel's military said it was reviewing the report. Israel has said it does not target journalists. "
        "Israel and the group have traded fire since the war began."
    )
    inc = parse_incidents(text, published="2024-03-07")
    assert inc and inc[0]["country"] == "LB"


def test_a_bare_name_means_the_place_of_that_name_before_one_it_was_once_called() -> None:
    # Antakya (Turkey) was Antioch; Antioch, California bears the name today.
    loc = resolve_location("A man opened fire in the parking lot of a diner in Antioch, killing four.")
    assert loc.country == "US"


def test_a_date_that_names_the_attack_beats_the_day_a_report_was_published() -> None:
    text = (
        "BEIRUT/THE HAGUE, March 7 (Wire) - A tank crew killed a reporter in Lebanon in October, according "
        "to a report published on Thursday. Experts analysed evidence from the Oct. 13 attack that killed him."
    )
    when = extract_date(text, sentence_spans(text), "2024-03-07T08:00:00+00:00")
    assert (when.value, when.precision) == ("2023-10-13", "day")


def test_a_dateline_may_name_two_bureaus() -> None:
    text = "BEIRUT/THE HAGUE, March 7 (Wire) - A shell killed a reporter on Tuesday."
    when = extract_date(text, sentence_spans(text), "2024-03-07T08:00:00+00:00")
    assert when.value == "2024-03-05"


@pytest.mark.parametrize(
    "text",
    [
        "The strike destroyed a market. \"It was a terrible night,\" said Kyiv resident Olena Marko, 55, who had "
        "worked there for years.",
        "Missiles hit the city, killing two. A neighbour, Ivan Petrenko, 61, described the blast.",
    ],
)
def test_a_quoted_resident_is_not_the_perpetrator(text: str) -> None:
    assert not any(a["role"] == "perpetrator" for a in extract_actors(text).actors)


def test_a_named_attacker_with_his_age_is_still_the_perpetrator() -> None:
    actors = extract_actors("Jon Tarrow, 41, opened fire in a warehouse, killing three.").actors
    assert [(a["name"], a["role"]) for a in actors] == [("Jon Tarrow", "perpetrator")]


def test_a_witness_described_after_the_age_is_not_the_perpetrator() -> None:
    text = "A missile hit the market, killing two. Ivan Zosin, 74, a Kyiv resident who saw it, ran for cover."
    assert not any(a["role"] == "perpetrator" for a in extract_actors(text).actors)


def test_a_name_with_an_age_deep_in_a_report_is_not_taken_for_the_attacker() -> None:
    opening = "A car bomb exploded outside the ministry on Monday, killing nine people. " * 10
    text = opening + "Amir Haddad, 52, opened the shop again on Tuesday."
    assert extract_actors(text).actors == []


def test_dozens_before_a_casualty_word_is_a_vague_count() -> None:
    assert counts("At least 12 people were killed and dozens wounded when a car bomb exploded.") == (12, 12)


def test_a_country_named_with_a_compass_word_is_a_strong_place_cue() -> None:
    text = "Armed men attacked the village of Solhan in northern Burkina Faso overnight, killing about 160 people."
    inc = parse_incidents(text)
    assert inc and inc[0]["country"] == "BF"
    assert (inc[0]["killed"], inc[0]["killed_low"], inc[0]["killed_high"]) == (160, None, None)


def test_a_part_of_the_country_named_in_the_body_is_not_the_dateline_city() -> None:
    text = "KABUL, Afghanistan (Wire) - A suicide bomber struck a mosque in northern Afghanistan, killing 46 people."
    loc = resolve_location(text)
    assert (loc.country, loc.admin1, loc.location) == ("AF", None, None)
    loc = resolve_location("KABUL, Afghanistan (Wire) - A suicide bomber struck a mosque, killing 46 people.")
    assert loc.location == "Kabul"


def test_a_relative_named_by_the_possessive_is_one_person() -> None:
    assert counts("Gunmen shot dead a police officer and his son in Peshawar on Friday.") == (2, None)


def test_without_causing_casualties_is_an_explicit_zero() -> None:
    text = "Two rockets hit the Green Zone in Baghdad late on Monday without causing casualties, sources said."
    inc = parse_incidents(text, published="2024-05-13")
    assert inc and (inc[0]["killed"], inc[0]["injured"], inc[0]["country"]) == (0, 0, "IQ")


def test_people_stabbed_and_taken_to_hospital_are_the_injured() -> None:
    text = "Two people were stabbed outside a nightclub early on Sunday. Both were taken to hospital."
    assert counts(text) == (None, 2)


def test_people_shot_with_no_word_on_their_fate_stay_unread() -> None:
    assert counts("A gunman entered a cafe and shot four police officers before fleeing.") == (None, None)


def test_an_actors_own_airstrike_makes_it_the_perpetrator() -> None:
    text = "A Saudi-led coalition airstrike on a school bus killed 40 children. The strike targeted Houthi leaders."
    roles = {a["name"]: a["role"] for a in extract_actors(text).actors}
    assert roles.get("Saudi-led coalition") == "perpetrator"
    assert roles.get("Houthis (Houthi movement, Ansar Allah)") == "target"


def test_a_place_is_written_as_the_text_spells_it_when_only_accents_differ() -> None:
    loc = resolve_location("A car bomb exploded outside a hospital in Afrin, killing 20 people.")
    assert (loc.country, loc.location) == ("SY", "Afrin")


def test_the_side_a_government_blames_is_the_perpetrator() -> None:
    text = "A car bomb killed 20 people in Afrin, the defence ministry said, blaming the YPG."
    roles = {a["name"]: a["role"] for a in extract_actors(text).actors}
    assert roles.get("YPG") == "perpetrator"


def test_a_separate_incidents_figures_are_not_the_main_incidents() -> None:
    text = (
        "Russian shelling killed four civilians in Kherson on Saturday, the governor said. "
        "On Friday, a drone strike on Sumy killed two people and wounded nine."
    )
    main, other = parse_incidents(text, published="2024-05-13")
    assert (main["location"], main["killed"], main["injured"]) == ("Kherson", 4, None)
    assert (other["location"], other["killed"], other["injured"]) == ("Sumy", 2, 9)
    assert [e["text"] for e in main["evidence"] if e["field"] == "injured"] == []


def test_the_division_in_the_events_sentence_rules_out_a_town_named_later_elsewhere() -> None:
    text = (
        "A roadside bomb killed three soldiers in Helmand province on Monday, officials said. "
        "Separately, gunmen shot dead two policemen in Kandahar city on Tuesday."
    )
    main, other = parse_incidents(text, published="2024-05-13")
    assert (main["admin1"], main["location"]) == ("Helmand", None)
    assert (other["admin1"], other["location"]) == ("Kandahar", "Kandahar")


def test_a_namesake_in_the_events_sentence_follows_the_country_the_text_is_about() -> None:
    text = "Egyptian border guards exchanged fire with smugglers near Rafah, killing one, the army said."
    inc = parse_incidents(text)
    assert inc and inc[0]["country"] == "EG"


def test_a_hamlet_namesake_in_the_events_sentence_does_not_outvote_the_city_around_it() -> None:
    text = "Two people were wounded in a stabbing at a massage parlour in the North York area of Toronto."
    assert resolve_location(text, event=(0, len(text))).country == "CA"


def test_an_earlier_attack_recalled_inside_the_sentence_is_background() -> None:
    text = (
        "A car bomb killed 14 people in Mogadishu on Saturday, the deadliest attack in the city since 2019, "
        "when a truck bomb killed more than 80."
    )
    assert counts(text) == (14, None)


def test_a_list_may_go_on_with_a_possessive() -> None:
    assert counts("Gunmen killed a local chief and his two wives in a village on Sunday.") == (3, None)


def test_attackers_counted_as_a_figure_are_not_added_again() -> None:
    text = "The militants killed five police officers at a checkpoint. Two attackers were also killed."
    assert counts(text) == (7, None)


def test_a_states_fire_makes_its_forces_the_perpetrator() -> None:
    text = "Two men were killed by Israeli fire in the West Bank city of Jenin on Monday."
    inc = parse_incidents(text)
    assert inc and inc[0]["location"] == "Jenin"  # a Polish hamlet of that name does not make it ambiguous
    assert [a["role"] for a in inc[0]["actors"]] == ["perpetrator"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ELN rebels attacked a military base in Arauca, killing two soldiers.", "National Liberation Army (ELN)"),
        (
            "Maoist rebels ambushed a police convoy in Chhattisgarh, killing 10.",
            "Communist Party of India (Maoist) - Maoists, Naxalites",
        ),
        (
            "The Myanmar military bombed a village in Sagaing, killing 30.",
            "Myanmar Armed Forces (Tatmadaw, military junta)",
        ),
    ],
)
def test_armed_actors_of_more_conflicts_are_in_the_dictionary(text: str, name: str) -> None:
    assert [(a["name"], a["role"]) for a in extract_actors(text).actors] == [(name, "perpetrator")]


def test_a_later_strike_inside_an_aggregate_lede_is_a_part_not_more() -> None:
    text = (
        "Strikes killed at least 30 people across the region overnight, officials said. "
        "Medics said another strike on a house killed eight members of one family."
    )
    assert counts(text) == (30, None)


def test_the_object_of_an_attack_verb_is_the_target_and_background_perpetrators_are_not_this_events() -> None:
    text = (
        "Israeli strikes killed at least 30 people in the Gaza Strip on Tuesday, health officials said. "
        "The Israeli military said it had struck Hamas militants operating from a command centre. "
        "The ministry says 40,000 people have been killed since the war began on Oct. 7, when Hamas-led "
        "militants stormed into southern Israel."
    )
    roles = {a["name"]: a["role"] for a in extract_actors(text).actors}
    assert roles == {"Israel Defense Forces (IDF, Israeli military)": "perpetrator", "Hamas": "target"}


def test_a_designator_before_the_name_says_what_it_names() -> None:
    text = (
        "Gunmen opened fire at a bar in the central Mexican state of Guanajuato, killing 10. "
        "The attack took place in the city of Celaya."
    )
    inc = parse_incidents(text)
    assert inc and (inc[0]["admin1"], inc[0]["location"]) == ("Guanajuato", "Celaya")


@pytest.mark.parametrize(
    ("text", "attack_type"),
    [
        ("An Israeli strike on a house in Rafah killed 12 people.", "air/drone strike"),
        ("A Russian missile strike on Odesa killed 12 people.", "shelling/artillery/missile attack"),
    ],
)
def test_a_bare_strike_is_from_the_air_unless_a_missile_is_named(text: str, attack_type: str) -> None:
    inc = parse_incidents(text)
    assert inc and inc[0]["attack_type"] == attack_type


def test_a_town_named_in_a_recalled_earlier_attack_does_not_place_this_one() -> None:
    filler = "Officials met on Thursday to review security at museums and hotels across the country. " * 4
    text = (
        "Gunmen opened fire on visitors at a museum in downtown Tunis on Wednesday, killing 19 people. "
        + filler
        + "The last major attack was in 2002, when militants killed 20 people outside a synagogue in the city "
        "of Djerba."
    )
    inc = parse_incidents(text)
    assert inc and (inc[0]["country"], inc[0]["location"]) == ("TN", "Tunis")


def test_a_vehicle_is_a_weapon_only_when_driven_into_people() -> None:
    inc = parse_incidents("Two staff were killed when their vehicle struck a landmine near Kismayo.")
    assert inc and (inc[0]["weapon"], inc[0]["attack_type"]) == ("landmine", "remote explosive/landmine/IED")
    inc = parse_incidents("A man drove a truck into a crowd at a Christmas market in Berlin, killing 12 people.")
    assert inc and (inc[0]["weapon"], inc[0]["attack_type"]) == ("truck", "armed attack")


def test_news_spellings_and_regions_missing_from_geonames_are_known() -> None:
    loc = resolve_location("Three staff were killed in an airstrike on a warehouse in Hodeidah.")
    assert (loc.country, loc.location) == ("YE", "Hodeidah")
    assert resolve_location("A staff member was abducted in Darfur and released.").country == "SD"


def test_an_assistant_named_by_the_possessive_is_one_person() -> None:
    assert counts("A truck driver was killed and his assistant injured when the convoy was ambushed.") == (1, 1)


def test_an_attack_some_days_before_is_background() -> None:
    text = "A suicide bomber killed 4 people on Sunday night. The attack came a week after another bombing killed 10."
    assert counts(text) == (4, None)


def test_a_place_followed_by_its_divisions_in_parentheses_is_placed_in_them() -> None:
    text = "On 3 March 2020, unidentified gunmen shot and killed 2 civilians in Kiwanja (Rutshuru, Nord-Kivu)."
    inc = parse_incidents(text)
    assert inc and (inc[0]["country"], inc[0]["admin1"], inc[0]["killed"]) == ("CD", "North Kivu", 2)
    assert inc[0]["event_date"] == "2020-03-03"


def test_an_origin_aside_in_parentheses_still_places_nothing() -> None:
    assert resolve_location("4 staff (2 British, 2 Dutch) were kidnapped by armed men.").country is None


def test_arson_with_no_one_hurt_is_an_incident() -> None:
    text = (
        "12/05/2017: Assailants set fire to a church in the village of Kafanchan, Kaduna state, Nigeria. "
        "No casualties were reported."
    )
    inc = parse_incidents(text)
    assert inc and (inc[0]["attack_type"], inc[0]["killed"], inc[0]["injured"]) == ("arson", 0, 0)
    assert (inc[0]["country"], inc[0]["event_date"]) == ("NG", "2017-12-05")


def test_a_claimant_with_its_acronym_in_parentheses_is_the_perpetrator() -> None:
    text = "Assailants opened fire on a bus, killing nine. The Resistance Front (TRF) claimed responsibility."
    assert [(a["name"], a["role"]) for a in extract_actors(text).actors] == [("The Resistance Front", "perpetrator")]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("At least 11 people, including the bomber, were killed and 81 others were injured.", 11),
        ("50 people, including the assailant, were killed and 53 others were injured.", 50),
    ],
)
def test_an_including_aside_between_figure_and_verb_keeps_the_figure(text: str, killed: int) -> None:
    assert counts(text)[0] == killed


def test_attackers_named_in_addition_to_the_dead_are_added() -> None:
    text = (
        "Two suicide bombers detonated explosives at a peace rally in Ankara. In addition to the two "
        "assailants, 103 people were killed and over 400 were injured."
    )
    assert counts(text) == (105, 400)


@pytest.mark.parametrize(
    "text",
    [
        "Messi shot twice from close range before Argentina scored the winner in the 89th minute at the stadium.",
        "The tech giant's new chip is a killer app for data centres, analysts said, as shares exploded 12% on Tuesday.",
        "Ten years after the Westgate mall attack that killed 67 people, survivors gathered in Nairobi on Thursday.",
        "The film, which depicts the bombing of Dresden, opened in cinemas on Friday to strong reviews.",
        "Ukraine's president said Russia's war had killed tens of thousands of civilians, at the UN on Tuesday.",
        "Heavy rains triggered landslides that killed 12 people in northern India on Sunday, officials said.",
    ],
)
def test_violent_words_outside_a_violent_event_are_no_incident(text: str) -> None:
    assert parse_incidents(text, published="2024-05-13") == []


@pytest.mark.parametrize(
    "text",
    [
        "A failed attempt to assassinate the prime minister was foiled near his residence.",
        "Gunmen stormed a hotel in Mogadishu on Friday. The attackers were later arrested.",
        "The shootings took place at 10 p.m. in two shisha bars in the city centre.",
    ],
)
def test_an_opening_that_names_an_attack_is_an_incident_without_figures(text: str) -> None:
    assert parse_incidents(text, published="2024-05-13") != []


def test_tens_of_thousands_is_ten_thousand_at_least() -> None:
    (q,) = find_quantities("tens of thousands of people")
    assert (q.value, q.low, q.high, q.vague) == (10_000, 10_000, None, True)
