"""Round 460: hard-wrapped copy, list bullets, a killed share in brackets, tolls told beside an earlier figure or a
period's, attackers killed in return fire, accented group names, and words the vocabularies lacked."""

from __future__ import annotations

import pytest
from facts_rules_support import killed, main, where
from newsfacts.facts import parse_incidents
from newsfacts.facts.text import sentence_spans, unfold, wrap_width

# A wire story folded at 72 columns, as plain-text feeds and e-mailed releases carry it.
_FOLDED = (
    "QUETTA, Pakistan (AP) - The death toll from a suicide bombing at a crowded\n"
    "bus terminal in southwestern Pakistan rose to 26 on Monday after four more\n"
    "of the wounded died in hospital, officials said.\n"
    "\n"
    "The bomber struck on Saturday evening at the main bus terminal in Quetta,\n"
    "the capital of Balochistan province. Police initially put the toll at 22.\n"
    "At least 60 people were wounded, a spokesman for the provincial health\n"
    "department said.\n"
)


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_a_folded_text_is_read_as_whole_sentences() -> None:
    assert wrap_width(_FOLDED) >= 70
    flat = unfold(_FOLDED)
    assert len(flat) == len(_FOLDED)
    assert "southwestern Pakistan rose" in _sentences(flat)[0]


def test_the_toll_of_a_folded_story_is_its_updated_one() -> None:
    inc = main(_FOLDED, published="2024-08-26T11:05:00+00:00")
    assert (inc["killed"], inc["injured"]) == (26, 60)


def test_evidence_quotes_a_folded_text_as_given() -> None:
    inc = main(_FOLDED, published="2024-08-26T11:05:00+00:00")
    assert inc["evidence"]
    assert all(_FOLDED[e["start"] : e["end"]] == e["text"] for e in inc["evidence"])
    assert any("\n" in e["text"] for e in inc["evidence"] if e["field"] == "killed")


@pytest.mark.parametrize(
    "text",
    [
        # paragraphs on long lines, and a headline line above a lede: nothing to unfold
        "Gunmen kill 12 in Zamfara village\nGUSAU, Nigeria - Gunmen killed 12 villagers in Zamfara state on "
        "Sunday, police said, in the latest of a series of raids by bandits on farming communities in the region.\n"
        "Residents said the attackers arrived on motorcycles.",
        # a tracker's rows: each line its own record, opening with a capital
        "Springfield, IL | 2 killed, 3 injured on Main Street near the park\n"
        "Dayton, OH | 1 killed, 0 injured outside a bar on Third Street\n"
        "Memphis, TN | 0 killed, 4 injured at a party on Elvis Presley Blvd\n"
        "Gary, IN | 1 killed, 1 injured in a car on Broadway near 5th Ave",
    ],
)
def test_text_laid_out_by_lines_is_not_unfolded(text: str) -> None:
    assert wrap_width(text) == 0
    assert unfold(text) is text


def test_a_bulleted_item_is_a_sentence_of_its_own() -> None:
    text = (
        "FLASH UPDATE No. 1\n\nKEY POINTS\n"
        "- On 3 March, an explosive device allegedly installed by the ELN killed two Embera children and injured "
        "their mother in Alto Baudo municipality, Choco department.\n"
        "- Since 25 February, clashes between armed groups have left more than 2,100 people confined."
    )
    inc = main(text, published="2025-03-07T16:00:00-05:00")
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (2, 1, "2025-03-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police say 3 shot (2 fatally) near a bar in Dayton, Ohio, early Sunday.", (2, 1)),
        ("Six people were shot (one of them fatally) at a block party in Memphis on Friday night.", (1, 5)),
        ("Four people were stabbed (two fatally) outside a nightclub in Leeds on Saturday.", (2, 2)),
    ],
)
def test_a_bracketed_killed_share_splits_those_hit(text: str, expected: tuple[int, int]) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_single_shot_in_brackets_is_still_a_round_fired() -> None:
    text = "A man fired one shot (a warning, police said) into the air during a robbery in Dayton, Ohio, on Friday."
    assert all(i["killed"] is None and i["injured"] is None for i in parse_incidents(text))


def test_attackers_killed_in_return_fire_are_left_out_of_the_toll() -> None:
    text = (
        "Four policemen were martyred and six others injured when militants stormed a police station in Dera "
        "Ismail Khan district late on Sunday, police said. The policemen retaliated. \"Three terrorists were also "
        "killed in the retaliatory fire while the others escaped,\" the district police officer said."
    )
    assert killed(main(text))[0] == 4


def test_a_figure_up_from_an_earlier_one_replaces_it() -> None:
    text = (
        "Non-state armed groups attacked Dagou village in Tillaberi region on 15 March. According to updated "
        "figures, 17 civilians were killed and 8 injured, up from 11 killed and 5 injured in initial reports."
    )
    inc = main(text, published="2024-03-18T15:00:00+01:00")
    assert (inc["killed"], inc["injured"]) == (17, 8)


def test_a_period_toll_after_the_events_own_is_not_added() -> None:
    text = (
        "Five people were killed when armed men attacked a tortilla shop in Zamora on Saturday, leading a weekend "
        "in which at least 14 people were murdered across Michoacan, the state prosecutor's office said."
    )
    assert killed(main(text))[0] == 5


def test_a_period_toll_that_is_the_only_figure_stays() -> None:
    assert killed(main("It was the deadliest day in which 30 people were killed in Mosul this year."))[0] == 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a homicide of a listed group, in a prosecutor's release about arrests
        ("Agents arrested two men over the homicide of five men and two women, which occurred on the night of "
         "June 14 at a home in Irapuato.", 7),
        # mine workers are people, mines are not
        ("The bodies of five mine workers were found inside an abandoned tunnel in Pataz, Peru, police said on "
         "Thursday. Police said the men had been shot.", 5),
        # a regiment's name before its people
        ("Two Assam Rifles personnel were killed and four others injured when militants ambushed a patrol near "
         "Moreh on Friday.", 2),
        # riders and helpers are people
        ("Three soldiers and a commercial motorbike rider were killed when separatist fighters attacked a "
         "checkpoint in Bamenda on Monday.", 4),
        ("A bus helper was burnt to death when miscreants set fire to a parked bus in Dhaka early Tuesday.", 1),
    ],
)
def test_more_of_the_dead(text: str, expected: int) -> None:
    assert killed(main(text))[0] == expected


def test_no_loss_of_life_is_no_one_killed() -> None:
    inc = main("A grenade attack on a police van in Bannu wounded two constables. There was no loss of life.")
    assert (inc["killed"], inc["injured"]) == (0, 2)


def test_a_list_item_hurt_with_its_wounds_is_one_of_the_figure() -> None:
    text = (
        "Armed men opened fire on families queuing for water in Djibo. Our medical team received 23 wounded "
        "people, including a pregnant woman and a two-year-old boy with gunshot wounds."
    )
    assert main(text)["injured"] == 23


def test_those_hurt_told_with_a_clause_between_commas() -> None:
    text = (
        "A farmer was hacked to death on Thursday at Jol village in Riyom. His two sons, who were with him, "
        "sustained machete wounds and are receiving treatment."
    )
    assert main(text)["injured"] == 2


def test_one_hit_who_died_is_not_also_hurt() -> None:
    text = (
        "An Armenian soldier was killed on Tuesday when Azerbaijani forces opened fire near the border. The "
        "soldier, a conscript, was hit by sniper fire at about 11:30 a.m. and died before he could be evacuated. "
        "No one else was hurt."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (1, 0)


def test_forces_after_a_day_and_when_are_the_attackers() -> None:
    text = (
        "An Armenian soldier was killed on Tuesday when Azerbaijani forces opened fire on Armenian positions near "
        "Nerkin Karmiraghbyur in the Tavush province."
    )
    roles = {a["name"]: a["role"] for a in main(text)["actors"]}
    assert roles.get("Azerbaijani forces") == "perpetrator"


def test_drones_launched_by_a_group_name_an_attack_with_no_one_hurt() -> None:
    text = (
        "PORT SUDAN - Drones launched by the Rapid Support Forces (RSF) struck a transformer station at the "
        "Merowe dam in Sudan's Northern State early on Tuesday. There were no casualties, a local official said."
    )
    inc = main(text, published="2025-01-14T15:00:00+02:00")
    assert (inc["killed"], inc["injured"]) == (0, 0)


def test_an_efe_dateline_is_the_bureau_and_its_filing_day() -> None:
    text = (
        "Quito, Aug 10 (EFE).- The number of dead from the armed attack registered on the afternoon of last "
        "9 August on a football pitch of Quevedo, in the Ecuadorian province of Los Rios, rose to nine."
    )
    inc = main(text, published="2025-08-10T11:00:00-05:00")
    assert (inc["location"], inc["event_date"]) == ("Quevedo", "2025-08-09")


@pytest.mark.parametrize(
    "text",
    [
        "Two people were shot dead at a house in Ambalangoda, in the Galle District, on Sunday night, police said.",
        "Two people were shot dead at a house in Ambalangoda, in the Galle district, on Sunday night, police said.",
    ],
)
def test_a_district_named_after_a_bigger_town_holds_the_place(text: str) -> None:
    assert where(text) == ("LK", "Southern", "Ambalangoda")


def test_a_part_of_a_town_named_after_another_town_stays_its_part() -> None:
    text = (
        "Russian forces shelled Kherson city on Monday, hitting a bus stop in the Dniprovskyi district and killing "
        "two people."
    )
    assert where(text)[2] == "Dniprovskyi, Kherson"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fano militiamen attacked a police station in Dangila on Tuesday, killing six police officers.", "Fano"),
        ("Gunmen killed nine people at a rehabilitation centre in Ciudad Juarez on Tuesday. Prosecutors said the "
         "evidence points to La Línea, the armed wing of the Juárez Cartel.", "Juarez Cartel (La Linea)"),
        ("Gunmen from Los Ardillos killed three people in Chilpancingo, Guerrero, on Monday.", "Los Ardillos"),
    ],
)
def test_groups_named_in_title_case_or_with_accents(text: str, name: str) -> None:
    assert name in [a["name"] for a in main(text)["actors"]]
