"""Round 740: a digest's other items ("Other incidents:") as events of their own, a headline item under its own
heading, a year-to-date count, a village in the unit named for the town found or on its outskirts, a hyphen-joined
neighbourhood, a favela, a town's countryside, a village named after its kind and placed by a town, an armed group's
name that is no person's, two groups claiming together, a bomber "of" a group, and a dateline's division in capitals
as the text spells it."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

PUB = "2024-07-21T06:00:00+00:00"

DIGEST = """WEEKLY SECURITY REPORT

Headline: On Saturday, armed men stopped a vehicle of an NGO on the main road in Shindand district, Herat province, and
abducted four staff members. No one was hurt.

Other incidents:
- Farah: on 18 July, armed men attacked a police checkpoint in Bala Buluk district; 7 police officers were killed
and 3 wounded.
- Helmand: an IED struck a civilian vehicle near Lashkar Gah on 19 July, killing two civilians.
"""


def test_digest_headline_is_the_main_incident() -> None:
    incidents = parse_incidents(DIGEST, published=PUB)
    head = incidents[0]
    assert (head["killed"], head["injured"], head["event_date"], head["admin1"]) == (0, 0, "2024-07-20", "Herat")
    # the other items are incidents of their own, none lost
    assert {(i["killed"], i["admin1"]) for i in incidents[1:]} >= {(7, "Farah"), (2, "Helmand")}


def test_key_incident_heading_keeps_its_day() -> None:
    text = (
        "WEEKLY OVERVIEW (14-20 July 2024)\n\nKEY INCIDENT - KHOST\nOn Thursday morning a roadside IED hit an NGO "
        "vehicle near Khost city, killing three staff.\n\nOTHER INCIDENTS OF NOTE\n- Nangarhar: an IED exploded in "
        "Jalalabad city on 19 July, injuring one official.\n"
    )
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["event_date"]) == (3, "2024-07-18")


def test_year_to_date_count_is_no_event() -> None:
    incidents = parse_incidents(
        "An IED killed three NGO staff in Khost on Saturday. Year-to-date, 19 NGO staff have been killed in "
        "Afghanistan.",
        published=PUB,
    )
    assert [i["killed"] for i in incidents] == [3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphen-joined neighbourhood is no pair of towns
        ("TULSA, Okla. - No one was hurt when someone fired a dozen rounds into a house in the Kendall-Whittier "
         "neighborhood late Saturday.", ("US", "Oklahoma", "Kendall-Whittier, Tulsa")),
        # a favela is a town's part, not the namesake town in another state
        ("Police killed 27 residents in the Jacarezinho favela, north zone of Rio de Janeiro, on Saturday.",
         ("BR", "Rio de Janeiro", "Jacarezinho")),
        # the countryside of a governorate is not its town
        ("A landmine killed seven truffle hunters on Saturday in the desert east of Salamiyah, in rural Hama.",
         ("SY", "Hama", "Salamiyah")),
        # a village named after its kind, placed by a town
        ("Russian warplanes struck the village of al-Jadida near Jisr al-Shughur in western Idlib on Saturday, "
         "killing seven civilians.", ("SY", "Idlib", "al-Jadida")),
        ("Militants attacked an army post near the village of al-Mutaybijah, east of Samarra in Salahuddin "
         "province, on Saturday, killing four soldiers.", ("IQ", "Salahuddin", "al-Mutaybijah")),
        # a listed village in the town's own division is the place, not the town
        ("Gunmen killed five people in the village of Kafr Nabl near Maarat al-Numan in Idlib on Saturday.",
         ("SY", "Idlib", "Kafr Nabl")),
        # an armed group's name holds a place, no person's name
        ("Militants ambushed a convoy near Sehken village, Manipur, killing seven. The Manipur Naga People's Front "
         "claimed the attack.", ("IN", "Manipur", "Sehken village")),
        # a university's town, after an institute's name
        ("A bomber blew herself up outside the Confucius Institute at Karachi University on Saturday, killing four.",
         ("PK", "Sindh", "Karachi")),
        # a village in the unit named for the town found: more precise than the town
        ("RAHIM YAR KHAN: Dacoits ambushed two police vans near Machka in Sadiqabad tehsil on Saturday night, killing "
         "12 policemen.", ("PK", "Punjab", "Machka")),
        ("GUWAHATI: A grenade exploded near an army camp at Kakopathar in Tinsukia district on Saturday evening. No "
         "casualties were reported.", ("IN", "Assam", "Kakopathar")),
        # a place on a town's outskirts, under the town's dateline
        ("MARSABIT - Five people were killed on Saturday night when armed men attacked a homestead at Jaldesa, on the "
         "outskirts of Marsabit town.", ("KE", "Marsabit", "Jaldesa")),
        # a district of a province, its name cut short nowhere
        ("A drone killed three soldiers on Saturday in the Qataba district of Al-Dhale governorate.",
         ("YE", "Al-Dhale", "Qataba")),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["country"], inc["admin1"], inc["location"]) == expected


def test_dateline_division_as_spelled() -> None:
    inc = main("DUHOK - Artillery shells struck a resort near the village of Parakh on Saturday, killing nine "
               "tourists.", published=PUB)
    assert inc["admin1"] == "Duhok"


def perpetrators(text: str) -> list[str]:
    return [a["name"] for a in main(text, published=PUB)["actors"] if a["role"] == "perpetrator"]


def test_two_groups_claiming_together() -> None:
    names = perpetrators("Militants ambushed a convoy near Imphal on Saturday, killing seven. The People's "
                         "Liberation Army and the Manipur Naga People's Front jointly claimed the attack.")
    assert names == ["People's Liberation Army", "Manipur Naga People's Front"]


def test_one_group_with_and_in_its_name() -> None:
    # control: "and the" inside one name
    names = perpetrators("A bomb killed five in Kano on Saturday. The Movement for Democracy and the Republic "
                         "claimed the attack.")
    assert names == ["Movement for Democracy and the Republic"]


def test_bomber_of_a_group() -> None:
    names = perpetrators("On Saturday, a female suicide bomber of the Balochistan Liberation Army's Majeed Brigade "
                         "blew herself up beside a van in Karachi, killing four.")
    assert any("Balochistan Liberation Army" in n for n in names)
