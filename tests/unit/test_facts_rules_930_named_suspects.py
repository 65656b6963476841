"""Round 930: the attacker named by a briefing's present tense ("names the gunman as"), the driver identified, the
suspect the police hunt, a family name alone where the text says it is one ("a man surnamed Cui"), a clause that
describes him before his arrest, an age given as "aged 15" or "(18)", how he came ("dressed as a police officer");
mixed-case acronyms of groups ("LeT", "JeM") and new groups; a day's massacre of more than a thousand; a section's
heading is no title before a name; the bomber who died at the scene after the toll."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


def perpetrators(text: str, published: str | None = "2024-05-05T10:00:00+00:00") -> list[str]:
    return [a["name"] for a in main(text, published)["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UVALDE - Nineteen children were killed. The governor names the gunman as Salvador Ramos, 18, a resident of "
         "the town.", "Salvador Ramos"),
        ("NICE - 84 people were killed when a truck drove into a crowd. Police sources name the driver as Mohamed "
         "Lahouaiej-Bouhlel, a 31-year-old delivery driver.", "Mohamed Lahouaiej-Bouhlel"),
        ("MELBOURNE - Police identified the driver as Usmen Hasan, who was travelling with his wife. Six people were "
         "killed.", "Usmen Hasan"),
        ("ST PETERSBURG - Investigators on Tuesday named the suspected bomber in Monday's metro explosion as "
         "Akbarzhon Jalilov. Fourteen passengers were killed.", "Akbarzhon Jalilov"),
        ("LEWISTON - 18 people were shot dead. Police are searching for Robert Card, 40, a firearms instructor, who "
         "they say is armed and dangerous.", "Robert Card"),
        ("LEWISTON - 18 people were shot dead. A manhunt for Robert Card, 40, a firearms instructor, entered its "
         "second day.", "Robert Card"),
        ("BERLIN - Twelve people were killed. German police are hunting a 24-year-old Tunisian, Anis Amri, after his "
         "papers were found in the truck.", "Anis Amri"),
        ("FUKUOKA - A boy was stabbed. Hiroki Hirahara, who is unemployed, was arrested on suspicion of attempting to "
         "murder the boy, police said.", "Hiroki Hirahara"),
        ("On 2 October 2015, Farhad Jabar, aged 15, shot dead Curtis Cheng, a 58-year-old accountant, outside police "
         "headquarters in Parramatta.", "Farhad Jabar"),
        ("23/09/2014, Endeavour Hills, Vic.: Numan Haider (18) stabbed two counter-terrorism officers outside the "
         "police station.", "Numan Haider"),
        ("OSLO - 69 people were killed on Utoya, where Anders Behring Breivik, dressed as a police officer, opened "
         "fire on participants.", "Anders Behring Breivik"),
    ],
)
def test_the_attacker_named_by_a_briefing_or_a_hunt(text: str, name: str) -> None:
    assert name in perpetrators(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("JILIN - Police said they had detained a 55-year-old man surnamed Cui over a knife attack that wounded "
         "four foreign teachers.", "Cui"),
        ("BEIJING - Eight people were killed. The suspect, a former student of the school surnamed Xu, was caught.",
         "Xu"),
        ("SEOUL - One man was killed. Police arrested the man, a 67-year-old surnamed Kim, at the scene.", "Kim"),
    ],
)
def test_a_family_name_alone_where_the_text_says_it_is_one(text: str, name: str) -> None:
    assert perpetrators(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "SHANGHAI - A man stabbed three people on Monday, police said. One victim, surnamed Wang, died in hospital.",
        "SHANGHAI - A man stabbed three people on Monday, police said. A woman surnamed Wang was killed.",
        # a surname the text does not say is one stays no name
        "SHANGHAI - A man stabbed three people on Monday. Wang was arrested.",
        # rescuers search for survivors, not suspects
        "KABUL - Rescuers are searching for Ahmad Shah, a villager buried by the blast that killed 5.",
    ],
)
def test_victims_and_the_missing_are_no_attackers(text: str) -> None:
    assert perpetrators(text) == []


def test_a_sections_heading_is_no_title_before_a_name() -> None:
    text = (
        "MANCHESTER - 22 people were killed by a suicide bomber at a concert on Monday.\n\nThe bomber\n\nGreater "
        "Manchester Police named him as Salman Abedi, 22, who was born in the city in 1994."
    )
    assert perpetrators(text, "2017-05-25T18:30:00+01:00") == ["Salman Abedi"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Two LeT militants attacked a CRPF bus in Pampore, killing 8 soldiers.", "Lashkar-e-Taiba (LeT)"),
        ("JeM militants entered the family quarters of the Sunjuwan camp before dawn, killing 6 soldiers.",
         "Jaish-e-Mohammed (JeM)"),
        ("Gunmen killed 12 soldiers in Gao on Monday. MUJAO claimed both attacks.",
         "Movement for Oneness and Jihad in West Africa (MUJAO)"),
        ("Gunmen killed 5 police in Makhachkala. Claimed Jan 2014 by Vilayat Dagestan.", "Vilayat Dagestan"),
        ("A car bomb killed 4 in Benghazi. The attack was blamed on Ansar al-Sharia.", "Ansar al-Sharia"),
        ("Uruapan, Michoacán: armed men killed 5 men at a nightclub, leaving a message signed by La Familia.",
         "La Familia Michoacana"),
    ],
)
def test_groups_by_mixed_case_acronyms_and_new_names(text: str, group: str) -> None:
    assert group in [a["name"] for a in main(text)["actors"]]


def test_a_word_of_two_letters_in_title_case_is_no_acronym() -> None:
    assert perpetrators("Is it true that gunmen killed 5 people in Kano? It is.") == []


def test_a_days_massacre_of_more_than_a_thousand() -> None:
    text = (
        "On 12 June 2014, fighters of the Islamic State killed an estimated 1,566 Iraqi Air Force cadets near Tikrit."
    )
    assert main(text)["killed"] == 1566


def test_a_wars_count_told_on_a_day_is_no_event() -> None:
    text = "The war has killed more than 52,000 people, the ministry said on 12 June."
    assert all(inc["killed"] is None for inc in parse_incidents(text, "2024-06-13"))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A suicide bomber blew himself up at a market on Monday, killing 11 people. The bomber died at the scene.",
         12),
        # the figure that names him holds him already
        ("Eleven people, including the bomber, were killed at a market. The bomber died at the scene.", 11),
        # a gunman's death at the scene may be at the police's hands: not added
        ("A gunman killed 11 people at a market on Monday. The gunman died at the scene.", 11),
    ],
)
def test_the_bomber_who_died_at_the_scene_after_the_toll(text: str, killed: int) -> None:
    assert main(text)["killed"] == killed
