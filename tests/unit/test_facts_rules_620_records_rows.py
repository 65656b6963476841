"""Round 620: aid-worker records and terrorism-list rows written after 1.46.0 (an acronym that opens like "yr", a
beating, a break-in, a passenger bus, a note at a clause's end, the body of one of those abducted), the whole toll
after the forces the attack began with, a toll's word ("death toll") taken for a death, another attack on the next
morning, a station numbered after its town, an embassy's town abroad, a part placed by the town after its comma."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents

PUB = "2024-05-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym that opens like "yr" (year) is no age
        ("1 YRCS volunteer killed by sniper fire while evacuating wounded in Taiz city.", (1, None)),
        # "stopped a passenger bus": the passenger is the bus's word, not a person
        ("Gunmen stopped a passenger bus near Kaya and executed 3 national staff of a local NGO.", (3, None)),
        # a head named by "the" first in a list closed by "one"
        ("The IRC country director and one driver were killed when gunmen ambushed their car.", (2, None)),
        # the note at the end of the clause of its own figure
        ("2 NNGO national staff killed when gunmen stormed a hotel in Mogadishu. More than 30 other people died in "
         "the 24-hour siege (not counted here).", (2, None)),
        ("Two NGO staff were abducted near Menaka on 3 May. The body of one was found on 9 May.", (1, None)),
        ("Gunmen stopped an INGO vehicle near Paoua and beat the national driver.", (None, 1)),
        ("Officials said more than 90 people were treated after the attack for symptoms of gas poisoning. Twelve "
         "people were killed.", (12, 90)),
        ("Four women and two children, all U.S. citizens, were killed when gunmen ambushed their car on Monday.",
         (6, None)),
        # "death toll" is the toll's word, not a death told of the senator before it
        ("Gunmen stormed the town on Monday. A local senator put the death toll at about 200.", (200, None)),
        # the whole toll after the forces the attack began with
        ("Gunmen shot dead three policemen guarding a church on Sunday, then threw grenades at the worshippers. "
         "Fifteen people were killed and 40 wounded.", (15, 40)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_break_in_with_no_one_hurt_is_an_incident() -> None:
    inc = main("Armed men broke into a WFP warehouse in Bentiu and carried off food. No staff were harmed.", PUB)
    assert (inc["killed"], inc["injured"], inc["location"]) == (0, 0, "Bentiu")


def test_a_train_derailed_by_sabotage_is_an_attack() -> None:
    text = ("A passenger train derailed near Jhargram on Friday after a section of track was sabotaged. 60 "
            "passengers were killed and 90 injured. Police blamed the Maoists.")
    assert main(text, published=PUB)["killed"] == 60


@pytest.mark.parametrize(
    "text",
    [
        ("A suicide bomber struck a police academy in Les Issers. 40 people died. The next morning two car bombs in "
         "Bouira killed a further 10 people."),
        ("A suicide bomber struck a railway station in Volgograd, killing 17. A bus bombing the next morning killed "
         "14 more."),
    ],
)
def test_another_attack_the_next_morning_is_an_incident_of_its_own(text: str) -> None:
    incidents = parse_incidents(text, published=PUB)
    assert [i["killed"] for i in incidents[:2]] in ([40, 10], [17, 14])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber blew himself up at the Volgograd-1 railway station on Sunday, killing 17 people.",
         ("RU", "Volgograd", "Volgograd")),
        ("A rocket-propelled grenade was fired at the US embassy in Athens before dawn. Nobody was hurt.",
         ("GR", "Attica", "Athens")),
        ("Eight paramedics were killed when Israeli forces opened fire on a convoy of ambulances in Tel al-Sultan, "
         "Rafah, on Sunday.", ("PS", "Gaza Strip", "Tel al-Sultan, Rafah")),
        ("A suicide bomber drove a truck through the gates of the police headquarters in Nazran on Monday, killing "
         "25 people.", ("RU", "Ingushetia", "Nazran")),
        # "on Russian territory": a people's land, not a place the gazetteer lacks
        ("Shelling of the border city of Belgorod killed 24 people, in one of the deadliest attacks on Russian "
         "territory since the war began.", ("RU", "Belgorod", "Belgorod")),
        # "the Area Police Office": "Area" is no town (a Mundelein, Illinois, alias)
        ("Three people were killed when police opened fire on a mob that had attacked the Area Police Office in Gaur "
         "on Sunday.", ("NP", "Madhesh", "Gaur")),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police blamed the National Democratic Front of Bodoland for the bombings in Guwahati, which killed 81.",
         "National Democratic Front of Bodoland (NDFB)"),
        ("Two Maute group members were killed in a clash with troops in Butig on Monday.",
         "Dawlah Islamiyah (Maute group)"),
    ],
)
def test_armed_groups(text: str, expected: str) -> None:
    assert expected in [a["name"] for a in main(text, published=PUB)["actors"]]
