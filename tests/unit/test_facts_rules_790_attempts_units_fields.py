"""Round 790: near-simultaneous attacks elsewhere, an attacker shot dead after an attempt, "before he was shot
dead" or "who died of his wounds" (none of the dead, as the project counts), "apart from the two attackers, nobody
was killed", an aside "all ...", people "struck" by shots, "cut" in a fight and a share of those
shot who died, a state's embassy abroad, a person's people choosing among namesake towns, Armenia's provinces, a
village by its kind before its district, the Sahel's "X, in the commune of Y", a convoy's destination, and a
monitor's "Fatalities coded: N"."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

PUB = "2024-07-19T06:00:00+00:00"  # a Friday


def test_near_simultaneous_attacks_in_another_division_are_an_incident_of_their_own() -> None:
    incidents = parse_incidents(
        "At least 40 people were killed when bombs exploded at a shrine in Karbala on Tuesday. Near-simultaneous "
        "attacks at a mosque in Baghdad killed 30 more.",
        published=PUB,
    )
    assert incidents[0]["killed"] == 40
    assert [(i["killed"], i["admin1"]) for i in incidents[1:]] == [(30, "Baghdad")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one the attempt was on was not hit, and the attacker's death is not counted
        ("A man who tried to stab a police officer at a checkpoint near the old market in Hebron was shot dead on "
         "Friday, the army said. The officer was unhurt.", (0, 0)),
        ("Three shoppers were wounded when a man stabbed them at a bus station in Haifa on Monday night, police "
         "said. Officers at the scene shot the attacker, a 22-year-old from the north, who died of his wounds.",
         (0, 3)),
        ("A man armed with a knife attacked two traffic officers at a checkpoint on Tuesday evening, wounding both "
         "before he was shot dead, the ministry said.", (0, 2)),
        ("Two attackers drove a van up to the gate of the police headquarters this morning. One of them blew himself "
         "up; the other was shot dead by police. Two officers were lightly wounded. Apart from the two attackers, "
         "nobody was killed.", (0, 2)),
        # an aside that tells who all of them were
        ("Three women and six children, all members of an extended family, were killed on Monday when gunmen "
         "ambushed their convoy.", (9, None)),
        ("Shots were fired into a crowd at a block party on Saturday night, and seven people were struck, police "
         "said. None of the wounds were life-threatening.", (0, 7)),
        ("A man was stabbed to death and three others were cut during a brawl outside a bar early Sunday.", (1, 3)),
        ("Six people were shot at a cookout on Sunday evening, police said. One of the women, 31, died at the "
         "hospital.", (1, 5)),
        # a monitor's coded figure over the claim and the prose
        ("Event: attack on a village. Date: 3 May 2024. Fatalities coded: 45 (the group claimed 120 killed). "
         "Injured: 30.", (45, 30)),
        ("The toll rose from 20 to 57 over two days. Fatalities used: 57. Injured: 80.", (57, 80)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_trees_cut_are_no_one_hurt() -> None:
    assert parse_incidents("Ten trees were cut along the road on Monday.", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a state's embassy in another country's city names no place of the state's own
        ("Troops shot dead 12 protesters along the Gaza border fence on Monday as crowds protested against the "
         "opening of the U.S. embassy in Jerusalem, the Gaza health ministry said.", "PS"),
        # a person's people picks the namesake town, though a larger one lies elsewhere
        ("A Palestinian man tried to stab a soldier at a junction south of Bethlehem on Tuesday and was shot and "
         "wounded, the army said.", "PS"),
        ("Two soldiers were killed on Tuesday when troops opened fire on their positions near a village in Syunik "
         "province.", "AM"),
    ],
)
def test_countries(text: str, country: str) -> None:
    assert main(text, published=PUB)["country"] == country


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a village named by its kind, then its district and province
        ("Shells landed in Ban Nong Waeng village, Kantharalak district, Si Sa Ket, on Friday, killing a farmer.",
         ("TH", "Sisaket", "Ban Nong Waeng village")),
        # the Sahel's wires: the place, then the commune named for its seat
        ("Two soldiers were killed in an attack on an army post near Nampoa, in the commune of Matéri, on "
         "Thursday.", ("BJ", "Atakora", "Nampoa")),
        # a convoy's destination is not where it was attacked
        ("Gunmen ambushed a supply convoy at Namssiguia, in Soum province, while it was heading for Djibo, killing "
         "12 soldiers.", ("BF", "Sahel", "Namssiguia")),
        # control: where an attacker went on to is the scene
        ("Mark Delaney, 31, killed his mother at home and then headed to Santa Monica College, where he was shot dead "
         "by police.", ("US", "California", "Santa Monica")),
    ],
)
def test_places(text: str, where: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["country"], inc["admin1"], inc["location"]) == where
