"""Rules found with probes of a whole world-news feed: sport, business, politics and culture stories that use
violent words as figures of speech, deaths that are no attack, and real incidents told outside the wire's style
(texts written for these tests)."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

PUB = "2025-06-12"


@pytest.mark.parametrize(
    "text",
    [
        # golf: a round's score is "shot"
        "Norway's Kristian Lund shot a closing 67 to win the Baltic Open by three shots on Sunday. "
        "He birdied five of the last seven holes as the overnight leader faded. It was his second title.",
        # boxing: "knocked out", the referee, a round
        "The champion knocked out his challenger in the seventh round at the national stadium on Saturday. "
        "The referee stopped the fight after the visitor had been floored twice. He was hurt by a body shot.",
        # a scoreline and a hat-trick in a feed's title line
        "Uruguay massacre Peru 5-0 as Silva hits hat-trick\nThe striker scored three times in Montevideo.",
    ],
)
def test_sport_report_is_no_incident(text: str) -> None:
    assert parse_incidents(text, published=PUB) == []


def test_attack_at_a_match_with_its_own_figure_is_an_incident() -> None:
    text = (
        "A bomb exploded outside a football stadium in Kismayo during a league match on Saturday, killing four "
        "spectators and wounding nine, police said. The match was abandoned at half-time."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (4, 9)


def test_police_firing_on_fans_after_a_match_is_an_incident() -> None:
    inc = main("Police opened fire on protesters in Dhaka, killing four, after a football match ended in a 0-0 draw.")
    assert (inc["killed"], inc["country"]) == (4, "BD")


def test_scoreline_needs_a_score_not_a_range() -> None:
    text = (
        "Between 10-15 people were killed when gunmen opened fire at a stadium in Jos during a league match, "
        "police said. The striker of the home side was among the wounded."
    )
    assert main(text)["killed"] == 10


@pytest.mark.parametrize(
    "text",
    [
        "In his latest thriller, a sniper kills six people at a summer festival before vanishing into the hills. "
        "The detective who hunts him is haunted by an old case. It is out on Thursday.",
        "A gunman takes 30 passengers hostage on a night train and shoots two of them. The film, his third, "
        "follows a retired negotiator called back for one last job.",
    ],
)
def test_fiction_plot_is_no_incident(text: str) -> None:
    assert parse_incidents(text, published=PUB) == []


def test_real_attack_on_a_cinema_is_still_an_incident() -> None:
    text = "A gunman opened fire at a cinema showing a new film in Lyon on Friday, killing two people."
    assert main(text)["killed"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Police raid offices of opposition weekly in Riga\nOfficers seized laptops and papers from the newsroom "
        "in what the editor called an attack on press freedom.",
        "Tax investigators raided the headquarters of a steel company on Tuesday and seized documents. "
        "The firm's lawyers called it an attack on the rule of law.",
    ],
)
def test_search_and_figurative_attack_with_no_one_hurt_is_no_incident(text: str) -> None:
    assert parse_incidents(text, published=PUB) == []


def test_armed_raid_with_no_one_hurt_is_still_an_incident() -> None:
    text = "Gunmen raided a village in Zamfara state on Monday night and stole cattle, residents said."
    assert parse_incidents(text, published=PUB) != []


@pytest.mark.parametrize(
    "text",
    [
        "Ferry capsizes off the Philippines, killing 11\nThe boat sank in heavy seas; 30 survivors were rescued.",
        "Bus plunges into gorge in Nepal, killing 14\nThe vehicle left the road on a mountain highway at night.",
        "Nine people died when a building collapses in Lagos\nRescuers pulled 20 people from the rubble.",
    ],
)
def test_accident_in_a_headline_tense_is_no_incident(text: str) -> None:
    assert parse_incidents(text, published=PUB) == []


def test_burned_alive_by_a_crowd_is_an_incident() -> None:
    text = "A crowd burned alive two suspected thieves at a market in Tshikapa, local officials said on Sunday."
    assert parse_incidents(text, published=PUB) != []


def test_later_figure_in_a_long_including_aside_is_a_share() -> None:
    text = (
        "A gunman opened fire at a rally in the town of Portoviejo on Sunday. Eleven other people, including a "
        "local council candidate and three police officers, were wounded in the shooting."
    )
    assert main(text)["injured"] == 11


def test_list_aside_with_commas_keeps_its_total() -> None:
    text = "Fourteen people, among them a nurse, a driver and four children, were killed in the attack on Tuesday."
    assert main(text)["killed"] == 14


def test_figure_after_a_closed_aside_is_its_own() -> None:
    text = "At least six people, including a child, were killed and four others were wounded in the attack."
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (6, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man shot dead his wife and three children before killing himself at their home in Tulsa.", 5),
        ("A man shot dead two neighbours in a village near Kumasi on Monday, police said.", 2),
        ("A mob burned alive four suspected thieves at a market in Tshikapa on Sunday, officials said.", 4),
    ],
)
def test_active_killing_verb_takes_the_figure_after_it(text: str, expected: int) -> None:
    """Not the one person before the verb ("a man", once read as the victim of "A man shot dead in Tulsa")."""
    assert main(text)["killed"] == expected


def test_passive_shot_dead_still_reads_the_subject() -> None:
    assert main("Three men were shot dead two days ago in Kumasi, police said.")["killed"] == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed a hotel in Bamako on Friday. Two hostages were killed during the rescue, police said.", 2),
        ("Gunmen seized a bus near Gao and took 30 hostages, then killed two guards, officials said.", 2),
    ],
)
def test_hostages_as_the_figures_own_noun_are_counted(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pension funds voted down the proposed takeover of a Dutch insurer on Friday. Several of them had attacked "
        "the deal as far too cheap.",
        "The president sacked nine ministers overnight in what the opposition called a political massacre.",
    ],
)
def test_words_against_a_deal_or_a_political_massacre_are_no_incident(text: str) -> None:
    assert parse_incidents(text, published=PUB) == []


def test_attack_on_a_convoy_with_no_one_hurt_is_still_an_incident() -> None:
    text = "Militants attacked a fuel convoy on the highway near Khost on Monday night, officials said."
    assert parse_incidents(text, published=PUB) != []


def test_episode_that_opens_with_a_shootout_is_a_plot() -> None:
    text = (
        "The second season of the police drama opens with a gunfight in a Glasgow car park that leaves four "
        "men dead. It airs on Sunday."
    )
    assert parse_incidents(text, published=PUB) == []


def test_film_crew_attacked_is_still_an_incident() -> None:
    text = "The film crew was attacked by gunmen near Tillaberi on Tuesday, and two drivers were killed."
    assert main(text)["killed"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "A wild elephant trampled three villagers to death near a forest in Assam on Sunday, officials said.",
        "A fisherman was killed by a crocodile on the banks of the Zambezi on Monday, police said.",
        "Two climbers were found dead on Mont Blanc after going missing in a blizzard, rescuers said.",
    ],
)
def test_animals_and_mountains_kill_no_one_violently(text: str) -> None:
    assert parse_incidents(text, published=PUB) == []


def test_an_armed_group_named_after_an_animal_still_attacks() -> None:
    text = "The Tamil Tigers attacked an army camp near Jaffna, killing 12 soldiers, the military said."
    assert main(text)["killed"] == 12


def test_shots_fired_wounding_someone_is_an_incident() -> None:
    text = "Coastguards fired warning shots at a fishing boat off Lampedusa, wounding a Tunisian sailor."
    assert main(text)["injured"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Volcano erupts in Ecuador, killing six hikers\nAsh and rocks rained down on a trail near the crater.",
        "Twelve people died after drinking tainted alcohol at a wedding in a village in Gujarat, officials said.",
    ],
)
def test_volcanoes_and_tainted_drink_are_no_violence(text: str) -> None:
    assert parse_incidents(text, published=PUB) == []


def test_work_about_a_killer_is_no_incident() -> None:
    text = "The actor will star in a new biopic about a Soviet sniper who killed 300 enemy soldiers, the studio said."
    assert parse_incidents(text, published=PUB) == []


def test_attack_on_a_crew_filming_a_documentary_is_an_incident() -> None:
    text = "Gunmen attacked a crew filming a documentary about cartels in Culiacan on Friday, killing two."
    assert main(text)["killed"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Oklahoma executed a man on Thursday for the 2009 murder of a pharmacist, the state's third execution "
        "this year. He was pronounced dead at 10:14 am.",
        "Iran hanged two men convicted of killing a cleric, the judiciary said on Sunday.",
    ],
)
def test_a_death_sentence_carried_out_is_no_incident(text: str) -> None:
    assert parse_incidents(text, published=PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militants executed nine captured soldiers near Kidal on Monday, a local official said.",
        "Al-Shabaab executed two men it had convicted of spying in a public square in Jilib on Friday.",
    ],
)
def test_an_armed_groups_executions_are_incidents(text: str) -> None:
    assert main(text)["killed"] in (9, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Riots erupted in Chittagong on Thursday, leaving five people dead and 80 injured.",
        "Violence erupted in the township overnight after the vote count; four people died.",
        "Clashes between fans and police left 14 people injured after the derby at the stadium in Tunis.",
    ],
)
def test_unrest_told_without_an_attack_word_is_still_an_incident(text: str) -> None:
    """ "erupted" is no volcano's word alone, and clashes of fans with police are not a match report."""
    assert parse_incidents(text, published=PUB) != []


def test_a_famous_person_named_by_trade_is_one_person() -> None:
    assert main("Boxer stabbed to death outside gym in Cork")["killed"] == 1


def test_a_heart_attack_killing_a_famous_person_is_no_incident() -> None:
    assert parse_incidents("A heart attack killed the singer at her home in Lisbon.", published=PUB) == []


def test_cycling_attack_on_a_climb_is_a_race() -> None:
    text = (
        "Jonas Vingegaard attacked on the final climb to win the queen stage of the Tour de France on Friday. "
        "The Dane dropped his last rival with five kilometres left and took the yellow jersey."
    )
    assert parse_incidents(text, published=PUB) == []


def test_weapons_fired_in_drills_with_no_one_hurt_are_no_incident() -> None:
    text = (
        "South Korean troops fired artillery and launched missiles during live-fire drills near the border on "
        "Monday. The army said the exercise simulated an attack on Seoul. No one was hurt."
    )
    assert parse_incidents(text, published=PUB) == []


def test_attack_with_a_figure_during_drills_is_an_incident() -> None:
    text = "A soldier opened fire on comrades during drills at a base near Lviv, killing four, officials said."
    assert main(text)["killed"] == 4


def test_sentenced_to_death_is_no_one_killed() -> None:
    text = "A court in Baghdad sentenced a singer to death on Sunday over a song, his lawyer said."
    assert parse_incidents(text, published=PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "In the series of attacks on Monday, gunmen killed 12 people in three villages near Djibo.",
        "The play on Saturday was halted when a gunman opened fire in the theatre in Kharkiv, killing three.",
        "In the Maasai Mara game reserve, poachers shot dead two rangers on Sunday, wildlife officials said.",
    ],
)
def test_words_of_fiction_in_a_real_report_do_not_frame_it(text: str) -> None:
    assert parse_incidents(text, published=PUB) != []


def test_protesters_attacking_the_ruling_partys_offices_is_an_incident() -> None:
    text = "Protesters attacked the ruling party's offices in Tamale overnight and set them ablaze, police said."
    assert parse_incidents(text, published=PUB) != []


def test_soldiers_executing_villagers_is_an_incident_even_before_a_court() -> None:
    text = "Soldiers executed 12 villagers near Djibo in March, a court in Ouagadougou heard on Monday."
    assert parse_incidents(text, published=PUB) != []


def test_basketball_score_of_three_digits_is_a_scoreline() -> None:
    text = (
        "Shai Gilgeous-Alexander torched the Rockets for 44 points and nine rebounds as Oklahoma City blew out "
        "Houston 128-99 on Saturday. The Thunder shot 55% from the field."
    )
    assert parse_incidents(text, published=PUB) == []


def test_a_wars_running_total_is_no_incident() -> None:
    text = (
        "The foreign ministers met in Geneva on Tuesday to discuss the war in Sudan, where aid groups say more "
        "than 20,000 people have been killed since April 2023. No agreement was reached."
    )
    assert parse_incidents(text, published=PUB) == []


def test_an_event_beside_a_running_total_is_still_reported() -> None:
    text = (
        "A drone strike on a market in Omdurman killed 14 people on Monday, activists said. More than 20,000 "
        "people have been killed since April 2023."
    )
    assert main(text)["killed"] == 14


def test_gored_by_a_bull_is_no_incident() -> None:
    text = "A man was gored to death by a bull during a village festival in Valencia province on Sunday."
    assert parse_incidents(text, published=PUB) == []


def test_a_corrosive_substance_thrown_at_people_is_an_incident() -> None:
    text = (
        "A man threw a corrosive substance at two women outside a shop in Leeds on Friday night, police said. "
        "Both were taken to hospital with burns."
    )
    assert parse_incidents(text, published=PUB) != []


def test_the_only_event_told_as_separate_is_the_main_one() -> None:
    text = (
        "The foreign ministry summoned the French ambassador on Monday over what it called interference. "
        "Separately, a drone hit a fuel depot in Kursk region overnight, injuring three workers, the governor said."
    )
    incidents = parse_incidents(text, published=PUB)
    assert len(incidents) == 1
    assert incidents[0]["injured"] == 3
