"""Round 890: the attacker named where a report of another house style names him. A database row opens on the
day and names him before his act, described at length between commas ("X, a clerk at a depot in Mesa, Arizona,
shot ..."), or by an act the older rules did not know ("ambushed", "set off smoke canisters", "rode up to the school
and opened fire"); a European report gives him "under privacy rules" or "by Dutch media"; police name him "as the
main suspect"; a manhunt is "for X, the man accused of killing ..."; a prosecutor "charged X with murder" deep in the
story; a court convicted "X, 48, from Leeds,"; a sanction or a verdict was "for his role in the massacre"."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def perpetrators(text: str, published: str = "2024-05-05T10:00:00+00:00") -> list[str]:
    return [a["name"] for a in main(text, published)["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 9 March 2011, Darnell Quayle, a clerk at a freight depot in Mesa, Arizona, shot four co-workers and "
         "wounded two others before turning the gun on himself.", "Darnell Quayle"),
        ("On 2 June 2014, Lorne Baptiste ambushed two deputies outside a diner in Bend, Oregon, killing both.",
         "Lorne Baptiste"),
        ("On 4 April 2013, during an evening concert at an arena in Fresno, California, Wendell Orcutt set off smoke "
         "canisters and fired into the crowd, killing six people and injuring 30.", "Wendell Orcutt"),
        ("On 8 May 2012, Karim Dallou rode a moped up to a primary school in Nimes and opened fire, killing a teacher "
         "and two pupils.", "Karim Dallou"),
    ],
)
def test_a_rows_attacker_named_before_his_act(text: str, name: str) -> None:
    assert name in perpetrators(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A gunman shot dead four people at two bars in Gouda on Wednesday night. The suspect, identified under "
         "privacy rules as Maarten V., a 38-year-old who held a hunting licence, was found dead at his home.",
         "Maarten V."),
        ("A gunman killed two police officers and a bystander in Namur on Tuesday. The man, named by Belgian media as "
         "Olivier Dantin, 29, had been released from prison a week earlier.", "Olivier Dantin"),
        ("Four people were shot dead at a warehouse in Reno on Sunday. The gunman was identified Monday as Travis "
         "Hollins, 41, police said.", "Travis Hollins"),
        ("Gunmen killed 31 people in an ambush on a convoy in Sultan Kudarat on Monday. Police have named Datu "
         "Kasim Ulama, the mayor of a nearby town, as the main suspect.", "Datu Kasim Ulama"),
        ("Police searched the woods on Friday for Dwight Keller, the 44-year-old mechanic accused of killing nine "
         "people at a roller rink in Dover on Thursday night.", "Dwight Keller"),
    ],
)
def test_the_attacker_named_by_the_police_or_the_media(text: str, name: str) -> None:
    assert name in perpetrators(text)


def test_a_prosecutors_charge_names_the_attacker_deep_in_the_story() -> None:
    text = (
        "DENTON, Texas - A second student wounded in Tuesday's shooting at Ridgeview High School died on Wednesday, "
        "bringing the number of students killed to three.\n\n"
        "The sheriff's office said the wounded students were being treated at two hospitals in Dallas, and that four "
        "of them remained in critical condition. Classes were cancelled for the rest of the week and counsellors were "
        "sent to the school.\n\n"
        "Parents gathered outside the school's gym on Wednesday morning, some in tears, as buses took the remaining "
        "pupils home. A vigil was planned for the evening at a church a few streets away, organisers said.\n\n"
        "County Attorney Lena Ortiz charged Caleb Winslow with three counts of murder and one count of terrorism, "
        "and said he would be tried as an adult."
    )
    assert "Caleb Winslow" in perpetrators(text, "2022-03-02T18:00:00-06:00")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A man drove a van into worshippers outside a mosque in Leeds in June 2019, killing one. Gareth Pym, 44, "
         "from Bradford, was convicted at Leeds Crown Court on Thursday.", "Gareth Pym"),
        ("Gunmen killed 42 people in an attack on a market in Cite Soleil in 2018. The United States later "
         "sanctioned former police officer Remy Delatour for his role in the massacre.", "Remy Delatour"),
    ],
)
def test_the_attacker_named_by_a_court_or_a_sanction(text: str, name: str) -> None:
    assert name in perpetrators(text)


@pytest.mark.parametrize(
    "text",
    [
        # controls: a victim named at length before his death; a witness named by the media; a relative who
        # ambushed no one
        "On 9 March 2011, Darnell Quayle, a clerk at a freight depot in Mesa, Arizona, was shot dead by a gunman.",
        "A gunman shot dead four people at two bars in Gouda on Wednesday. One of the dead, named by Dutch media as "
        "Pieter Smit, 61, was a retired teacher.",
        "Gunmen killed 31 people in an ambush in Sultan Kudarat on Monday. Police named Datu Kasim Ulama, the mayor, "
        "as the head of a task force on the killings.",
    ],
)
def test_victims_witnesses_and_officials_are_no_attackers(text: str) -> None:
    names = perpetrators(text)
    assert "Darnell Quayle" not in names and "Pieter Smit" not in names and "Datu Kasim Ulama" not in names


def test_a_victim_named_by_was_named_as_is_no_attacker() -> None:
    text = (
        "A 40-year-old man was stabbed to death on Friday when an attacker climbed the fence of the settlement of "
        "Ariel. The man who was killed was named as Avi Mizrahi. A guard shot the attacker dead. The army identified "
        "him as Omar Khalil, 19, from a nearby village."
    )
    assert perpetrators(text) == ["Omar Khalil"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a group's short name in title case, after the words that make it one
        ("A car bomb exploded outside a hospital in Giza on Sunday, killing 12 people. The ministry said the car had "
         "been loaded with explosives by members of Hasm.", "Hasm Movement"),
        ("A car bomb killed 12 people outside a hospital in Giza on Sunday. The interior ministry blamed Hasm for the "
         "attack.", "Hasm Movement"),
        ("A bomb killed 25 worshippers at a mosque in Zahedan on Friday. Authorities blamed Jundallah.", "Jundallah"),
        ("A French hiker was abducted near Tikjda, Bouira province, by Jund al-Khilafa and beheaded.",
         "Jund al-Khilafa"),
    ],
)
def test_groups_named_by_their_short_names(text: str, name: str) -> None:
    assert name in perpetrators(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A van ploughed into pedestrians in Calgary on Monday, killing seven. The accused, Dale Rennick, appeared "
         "briefly in a courtroom on Tuesday.", "Dale Rennick"),
        ("A gunman killed five worshippers at a mosque in Gatineau on Sunday. Marc Villeneuve, a student at a local "
         "college, appeared in court on Monday in a white prison suit.", "Marc Villeneuve"),
        ("A gunman killed six worshippers at a temple in Racine on Sunday. Authorities on Monday named Dwayne Keel, "
         "40, an Army veteran, as the gunman who killed them.", "Dwayne Keel"),
        ("A man fired at diners in Hamilton on Sunday, killing two people. The province's police watchdog identified "
         "him on Monday as Farid Qasim, 29, of Hamilton.", "Farid Qasim"),
        ("Three students were shot dead in their apartment in Durham by a neighbour, Glenn Royce Abbott, 46, who "
         "later turned himself in.", "Glenn Royce Abbott"),
        ("On 12 May 2016, Jared Orrin Bell, a 21-year-old drifter, sat through an evening service at a chapel in "
         "Macon before opening fire and killing six people.", "Jared Orrin Bell"),
        ("Three people were stabbed to death in a park in Sherbrooke on Saturday. Luc Parent, 24, arrested later "
         "that night near the river.", "Luc Parent"),
        ("A man killed three people in a truck attack in Nice on Friday. Perp: Yassine Belkacem.", "Yassine Belkacem"),
    ],
)
def test_the_attacker_named_by_a_court_a_watchdog_or_a_row(text: str, name: str) -> None:
    assert name in perpetrators(text)


def test_a_neighbour_named_as_a_witness_is_no_attacker() -> None:
    text = (
        "A gunman shot dead three students in their apartment in Durham on Tuesday. \"I heard six shots,\" said a "
        "neighbour, Ellen Marsh, 52, who called police."
    )
    assert "Ellen Marsh" not in perpetrators(text)
