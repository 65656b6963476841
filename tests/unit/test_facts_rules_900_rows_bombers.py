"""Round 900: a log row or a headline tells one death without "was" ("Kiryat Gat, 05/05/2019: Israeli man, 58,
killed when a rocket struck his yard", "Opposition MP Karim Haddad shot dead outside his home by two gunmen"), and
the one so described is the victim, not the attacker; a bombing whose only dead is the bomber ("The bomber was
killed in the blast", "The only person killed was the bomber", "A man blew himself up ..., wounding six") has one
dead, as the databases count a suicide attacker."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    "text",
    [
        "Kiryat Gat (Southern District), 05/05/2019: Israeli man, 58, killed when a rocket fired from Gaza struck the "
        "yard of his home.",
        "Holon, 2021: 52-year-old rabbi stabbed to death at a bus stop by an assailant who fled.",
        "12/03/2016 - Beita village: 18-month-old child burned to death and 2 relatives critically injured after "
        "firebombs were thrown into the house.",
        "Opposition MP Karim Haddad shot dead outside his home in Sfax by two gunmen on a motorbike on 6 June 2013.",
    ],
)
def test_one_death_told_without_was(text: str) -> None:
    inc = main(text)
    assert inc["killed"] == 1
    assert "Karim Haddad" not in [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    "text",
    [
        # controls: the count is told; two dead; one person who shot others dead
        "Kiryat Gat, 05/05/2019: two Israeli men, 58 and 31, killed when a rocket struck the yard of their home.",
        "Opposition MP Karim Haddad shot dead two intruders outside his home in Sfax on 6 June 2013.",
    ],
)
def test_rows_that_are_not_one_death(text: str) -> None:
    assert main(text)["killed"] != 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A suicide bomber drove a car into a gendarmerie base in Ouargla on Saturday, wounding 23 people. The bomber "
         "was killed in the blast.", 1),
        ("A woman blew herself up next to a police van in Sousse on Monday, wounding 20 people, 15 of them officers. "
         "The bomber, a 30-year-old graduate, was the only person killed, the ministry said.", 1),
        ("A suicide bomber rammed a minivan through the gate of the embassy in Osh on Tuesday. The only person killed "
         "was the bomber. Three guards were injured.", 1),
        ("A man wearing a delivery rider's jacket blew himself up in the yard of the police headquarters in Pekanbaru "
         "on Wednesday, wounding six officers.", 1),
        # controls: the bomber tried and failed; the victims' figure is told with the blast
        ("A man tried to blow himself up at the police headquarters in Pekanbaru on Wednesday, wounding six "
         "officers.", None),
        ("A suicide bomber blew himself up at a tea shop in Quetta on Monday, killing 11 people.", 11),
    ],
)
def test_a_bomber_who_was_the_only_dead(text: str, killed: int | None) -> None:
    assert main(text, "2019-11-13T14:00:00+07:00")["killed"] == killed


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("11/09/2024 - Khan Younis (al-Mawasi): air strike by Israeli forces on a tent camp at night. Civil defence "
         "reports at least 19 killed.", "PS", "Khan Younis"),
        ("19 Aug 2023 - Huwara (Nablus): two Israeli civilians shot dead at a car wash by a gunman who fled.", "PS",
         "Huwara"),
        ("2025-05-12, Tripoli (Abu Salim): a militia commander shot dead inside a military camp; clashes followed.",
         "LY", "Tripoli"),
        # a quarter in brackets before a dateline's colon
        ("Gaza City (al-Daraj): An air strike by Israeli forces on a school killed 22 people on Saturday.", "PS",
         "Gaza City"),
    ],
)
def test_a_rows_place_after_its_date(text: str, country: str, location: str) -> None:
    inc = main(text, "2025-05-13T10:00:00+02:00")
    assert (inc["country"], inc["location"]) == (country, location)


def test_the_attack_avenged_is_another_event() -> None:
    text = (
        "MARDIN (AA) -- Two soldiers were found shot dead at a checkpoint near the town of Kiziltepe early this "
        "morning, security sources said.\n\nThe PKK claimed the killings in a statement, describing them as revenge "
        "for Tuesday's air strike in Duhok, which killed 14 people."
    )
    inc = main(text, "2016-08-11T13:00:00+03:00")
    assert (inc["killed"], inc["event_date"]) == (2, "2016-08-11")


def test_the_enemies_a_state_says_it_killed_after_and_that() -> None:
    text = (
        "On 3 March 2016, militants attacked about a dozen army posts around Rafah. The army said 15 soldiers, two of "
        "them officers, were killed and 9 wounded, and that around 80 militants died in the fighting and in later "
        "air strikes."
    )
    assert main(text, "2016-03-04T10:00:00+02:00")["killed"] == 15


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a revised count's day
        ("SHARM EL-SHEIKH, Egypt - Egyptian authorities on Wednesday lowered the death toll from two bombings in the "
         "resort to 18, from 25 announced the night before. The explosions on Tuesday evening hit a market and a "
         "hotel.", "2007-05-10T08:00:00+03:00", "2007-05-08"),
        # the day a count stood
        ("BAHIR DAR - A second person has died of wounds suffered when a grenade went off at a rally, the minister "
         "said on Monday. The minister said that as of Monday afternoon two people had died and 90 were being "
         "treated. The grenade was thrown on Sunday moments after the speech ended.", "2019-03-11T17:00:00+03:00",
         "2019-03-10"),
        # the day of a death from burns, not of the attack
        ("PALU - A three-year-old boy died on Tuesday morning of burns he suffered when a man threw a petrol bomb into "
         "the yard of a church a day earlier, police said. Two other children are still being treated.",
         "2017-05-09T15:00:00+08:00", "2017-05-08"),
        # the day a siege ended, not the day it began
        ("KAMPALA, July 9 - Gunmen who stormed a hotel killed 14 hostages before commandos ended a 10-hour siege on "
         "Sunday morning, the army said. Two guards were killed when the gunmen burst in on Saturday night.",
         "2017-07-09T20:00:00+03:00", "2017-07-08"),
    ],
)
def test_the_day_of_a_count_a_death_or_an_end_is_not_the_attacks(text: str, published: str, day: str) -> None:
    assert main(text, published)["event_date"] == day


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a long description of their place between the figure and its verb
        ("Three residents of Cheran, an indigenous Purepecha town in the municipality of the same name in the "
         "highlands, were killed on Monday when gunmen entered the town.", 3),
        # a row after its date's stop
        ("5 Jun 2018. Reporter Luis Ortega Vidal shot dead by two men on a motorcycle outside a shop in Tierra Blanca, "
         "Veracruz.", 1),
        # a pair, the second by "his"
        ("Minibus driver and his fare collector shot dead by gang members in Ilopango during a fare dispute; one "
         "bystander wounded.", 2),
    ],
)
def test_counts_told_the_way_rows_and_long_subjects_tell_them(text: str, killed: int) -> None:
    assert main(text, "2018-06-06T10:00:00-05:00")["killed"] == killed


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        # a row's place, its division in brackets and its numeric date before the colon
        ("Netivot (Southern District), 12/11/2019: Israeli man, 44, wounded when a rocket fired from Gaza struck his "
         "car.", "IL", "Netivot"),
        # where the displaced went is not where it happened
        ("On the night of 11 June 2010, fighting between ethnic Kyrgyz and Uzbeks broke out in the city of Jalal-Abad. "
         "More than 70 people were killed, and thousands were displaced, many of whom crossed into Uzbekistan.", "KG",
         "Jalal-Abad"),
    ],
)
def test_a_rows_division_and_the_way_the_displaced_went(text: str, country: str, location: str) -> None:
    inc = main(text, "2019-11-13T10:00:00+02:00")
    assert (inc["country"], inc["location"]) == (country, location)


def test_the_day_a_state_answered_is_not_the_attacks() -> None:
    text = (
        "BOGOTA — The president on Wednesday ordered the military to resume air strikes against the rebels after "
        "they attacked an army unit in the department of Cauca, killing 9 soldiers.\n\nThe soldiers were resting in "
        "a school in the hamlet of El Pital when they came under fire late on Tuesday night, the army said."
    )
    assert main(text, "2016-04-13T14:20:00-05:00")["event_date"] == "2016-04-12"
