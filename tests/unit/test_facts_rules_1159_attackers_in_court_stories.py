"""Round 1159: attackers named in court stories, inquests and retrospectives, where the name comes with the verdict or
far from the opening, or by the family name alone once given in full."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def _perps(text: str) -> list[str]:
    return [a["name"] for a in main(text, published="2024-05-17T12:00:00Z")["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the sentence with his age between the name and the term
        (
            "The district court in Arnhem on Friday sentenced Pieter Vermeulen, 41, to life imprisonment for shooting "
            "dead three people in a bakery in Ede in March 2023.",
            "Pieter Vermeulen",
        ),
        # what he is, in lower case, between the verb and the name
        (
            "A regional court on Thursday sentenced neo-Nazi Harald Ostrowski to life in prison for the murder of two "
            "people at a petrol station near Gotha in 2022.",
            "Harald Ostrowski",
        ),
        # a jury's verdict
        (
            "A jury on Tuesday found Colin Raybould guilty on all nine counts over the night he drove a van into "
            "drinkers outside a pub in Derby, injuring seven people.",
            "Colin Raybould",
        ),
        # condemned to death
        (
            "A federal jury on Friday condemned Wesley Haddon to death for the bombing of a county courthouse in "
            "Tulsa that killed 14 people in 2019.",
            "Wesley Haddon",
        ),
        # an inquest's finding
        (
            "An inquest jury found that two volunteers were unlawfully killed by Jamal Rahimi at a charity dinner in "
            "Leeds, and that his supervision after release had failed.",
            "Jamal Rahimi",
        ),
        # the sought and the held
        (
            "One man was killed and five people were wounded in a shooting at a bowling alley in Dayton on Saturday. "
            "Marcus Tillery is wanted on a charge of murder, police said.",
            "Marcus Tillery",
        ),
        (
            "Two people were killed at a quinceañera in Selma on Saturday night. Dwayne Pruitt, 22, and Kevin Pruitt, "
            "19, are being held without bond in the county jail.",
            "Dwayne Pruitt",
        ),
        # the charges against him
        (
            "A man was shot and wounded on Sunday after knocking on the wrong door in Liberty. The county prosecutor "
            "announced the charges against Harold J. Winters on Wednesday.",
            "Harold J. Winters",
        ),
        # the forces' act names him as its object
        (
            "A truck ploughed into a crowd on the seafront in Antibes on Monday night, killing 11 people. Police shot "
            "dead the driver, Karim Benali, a 29-year-old delivery worker who lived in the town.",
            "Karim Benali",
        ),
        # the attack as his
        (
            "A judge ruled on Thursday that Dustin Kowalczyk's attack on a family walking in Hamilton was an act of "
            "terrorism. Three people were killed.",
            "Dustin Kowalczyk",
        ),
    ],
)
def test_the_attacker_named_by_the_court_or_the_forces(text: str, name: str) -> None:
    assert name in _perps(text)


def test_the_attacker_named_far_into_a_retrospective_by_the_verdict() -> None:
    filler = "Memorials were held across the country, and survivors spoke of the years since. " * 8
    text = (
        "Ten years on, the town of Kalmar remembers the 14 people shot dead at the harbour festival on 4 August "
        "2014.\n\n" + filler + "\n\nLars Gunnar Ekdahl, now 51, was found sane and sentenced to 21 years of "
        "preventive detention."
    )
    assert _perps(text) == ["Lars Gunnar Ekdahl"]


def test_a_family_name_alone_takes_the_full_name_given_before() -> None:
    text = (
        "The man who shot dead two people near a mosque in Jena in May 2021 has been sentenced to life. Judges at the "
        "regional court in Gera found that Torsten Mielke's guilt was particularly grave.\n\n"
        "On 9 May 2021, Mielke, now 33, tried to shoot his way into the mosque, then shot dead a passer-by and a man "
        "at a kiosk."
    )
    assert _perps(text) == ["Torsten Mielke"]


def test_a_family_name_alone_tells_the_act_far_into_a_court_story() -> None:
    filler = "The defence had argued that he was not fit to plead, which the court rejected. " * 6
    text = (
        "LAUNCESTON: The man who killed nine people in a cafe at the old mill will never be freed. The Chief "
        "Justice yesterday told Gavin Trewin that no term could meet his crimes.\n\n" + filler + "\n\nOn April 2, "
        "Trewin shot dead nine people in the cafe."
    )
    assert _perps(text) == ["Gavin Trewin"]


def test_a_family_name_never_given_in_full_names_no_one() -> None:
    text = "On Friday, Hartley shot dead two people outside a bar in Newport, police said."
    assert _perps(text) == []


def test_an_officer_named_in_full_before_is_not_the_attacker() -> None:
    text = (
        "Four people were killed, among them gendarmerie officer Luc Fabre, who had taken a hostage's place. On "
        "March 3, Rachid Benmoussa, a 26-year-old, took hostages in a shop in Agen. Lieutenant Fabre, 44, offered "
        "himself in exchange for a woman and was fatally stabbed before gendarmes stormed the shop."
    )
    assert "Luc Fabre" not in _perps(text)


def test_one_of_those_shot_is_a_victim() -> None:
    text = (
        "A nurse wounded when a man opened fire inside a clinic in Elk River has died.\n\n"
        "Megan Hollis, 34, was one of four people shot Tuesday morning at the clinic. Roy Dean Parrish, 70, of Elk "
        "River, was arrested at the scene."
    )
    assert _perps(text) == ["Roy Dean Parrish"]


def test_the_dead_named_by_their_pronoun_are_victims() -> None:
    text = (
        "Officers exchanged gunfire with a suspect inside the mall. Two people were killed. They have been "
        "identified as Ramon Ortega Villa, 51, a security guard, and Ann Kessler, 30.\n\n"
        "The suspect has been identified as Tyler Brandt, 24."
    )
    assert _perps(text) == ["Tyler Brandt"]


def test_friends_of_the_killer_are_not_the_killer() -> None:
    text = (
        "A court convicted six people over the 2021 murder of a teacher in Lyon. Two friends of the killer, Yanis "
        "Mebarki and Omar Haddou, were found guilty of complicity. The killer, Ilyas Dudayev, an 18-year-old, was "
        "shot dead by police minutes after the attack."
    )
    assert _perps(text) == ["Ilyas Dudayev"]


def test_a_war_is_no_one_convicted() -> None:
    text = (
        "A federal jury on Friday condemned Wesley Haddon to death for the courthouse bombing. The 29-year-old "
        "veteran of the Persian Gulf War was convicted on June 2 of murder."
    )
    assert "Persian Gulf War" not in _perps(text)


def test_a_family_name_alone_takes_a_full_name_of_three_words() -> None:
    text = (
        "The man who shot dead 31 people at a youth camp on Hallsey island was told on Monday that he would never "
        "be freed. Justice Karen Holt told Erik Magnus Lindqvist that no term could meet his crimes.\n\n"
        "On 2 July 2012, Lindqvist shot dead 31 people on the island."
    )
    assert _perps(text) == ["Erik Magnus Lindqvist"]


def test_one_found_dead_is_no_verdict() -> None:
    text = (
        "Two people were shot dead in a house in Dayton on Sunday. Police found Carla Jean Weller of Springfield "
        "dead in the kitchen, and a man was arrested nearby."
    )
    assert "Carla Jean Weller" not in _perps(text)
