"""Round 730: a village's regency and province as an aside inside the subject ("residents of X village in Y regency,
Z, were killed"), the wounded who "remain confined" in hospital, a sub-inspector among the hurt, the same dead by sex
("ten workers, nine men and one woman"), toll updates told another way ("it was later raised to", "raising the figure
to 305 and finally to 311", "initial reports spoke of"), a digest's weekly tally, an era in a comparison ("the
deadliest since the Second World War"), a ranked victim who died years later, fires set on purpose and warplanes that
struck with no one hurt, a village in a provincial dateline's story, a neighbourhood under its town's dateline, and
the days a sequel or a teller names."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

PUB = "2024-07-21T06:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three farmers of Kampung Rejo village in Poso regency, Central Sulawesi, were killed by gunmen on "
         "Saturday, police said.", (3, None)),
        ("A grenade went off at a fair on Saturday night. Two people died and 27 others remain confined in "
         "various hospitals.", (2, 27)),
        ("Maoists ambushed a patrol on Saturday. A sub-inspector and a constable suffered bullet injuries.",
         (None, 2)),
        # control: some of the hurt already counted stay some of them
        ("A grenade went off at a fair on Saturday night, wounding 40 people; 12 remain confined in hospital.",
         (None, 40)),
        ("Police shot dead ten squatters, nine men and one woman, during an eviction on Saturday.", (10, None)),
        # control: parts of other kinds are more dead
        ("Gunmen killed four soldiers, two children and a woman on Saturday.", (7, None)),
        ("Two bombs went off at a bus park on Saturday. The initial official toll was 40; it was later raised to 52 "
         "dead, with more than 90 injured.", (52, 90)),
        ("Gunmen stormed a mosque on Saturday. Officials first reported 120 dead, later raising the figure to 180 and "
         "finally to 203; 95 people were injured.", (203, 95)),
        ("Militants shelled the camp on Saturday. Officials put the toll at 12, later raising it to 19.", (19, None)),
        ("Jets bombed the village on Saturday. Initial reports spoke of 30 deaths. By Sunday, volunteers put the "
         "toll at 47.", (47, None)),
        ("Gunmen raided the market in Tsafe on Saturday, killing 17 people. Overall, monitors recorded 48 violence "
         "events and 190 reported fatalities across the country this week.", (17, None)),
        ("A bomb went off at the station on 2 August 1980. Sixty people were killed and 150 wounded, making it the "
         "deadliest attack in the country since the Second World War.", (60, 150)),
        ("A bomb went off at the memorial on 8 November 1987. Nine people were killed outright and 40 were injured; a "
         "tenth victim, a retired teacher, fell into a coma and died in December 2000.", (10, 40)),
        ("Gunmen opened fire on bathers on Saturday. Fourteen people were killed, according to an updated toll from "
         "the minister, who had earlier spoken of 17 dead including the attackers.", (14, None)),
        # a rival's count the report sets its own against
        ("At least 90 people were killed on Saturday in the village, a rights group said, more than double the toll "
         "of about 40 announced by the prosecutor.", (90, None)),
        # the lede's toll holds both blasts it told; a crew's own count is some of the wounded
        ("Two car bombs exploded at a junction on Saturday, killing 50 people and wounding 120. The second explosion "
         "destroyed an ambulance, injuring a driver and a nurse. One ambulance service alone transported 35 wounded "
         "people.", (50, 120)),
        # control: a second blast the lede did not tell adds its dead
        ("A car bomb exploded at a market on Saturday, killing 20 people. A second explosion an hour later killed "
         "five more.", (25, None)),
        ("Thirty people were shot, two of them fatally, at a block party early Saturday. Of the 28 people wounded, "
         "roughly half were under 18, and three were listed in critical condition.", (2, 28)),
        ("A boy shot three classmates at a school on Saturday, killing one of them. The two other children, both "
         "also 12, were seriously wounded.", (1, 2)),
        ("Five people were shot, one of them fatally, at a party early Saturday. A 24-year-old man was struck in the "
         "chest and pronounced dead at the hospital. Two women and two men, ranging in age from 19 to 31, were "
         "listed in fair to serious condition.", (1, 4)),
        ("A man poured gasoline in the basement of a house on Saturday night, and the fire killed two children and "
         "their grandmother. A firefighter suffered a burn to his neck.", (3, 1)),
        ("A gunman opened fire on Saturday. A 2-year-old boy was shot in the legs and a 13-year-old was hit by "
         "shattered glass.", (None, 2)),
        ("A bomb went off at the flats on Saturday. Early reports spoke of 92 dead; after the rubble had been cleared "
         "the toll was established at 94, with 249 injured.", (94, 249)),
        ("A bomb went off at a night market on Saturday. Fourteen people died at the scene and a fifteenth in "
         "hospital a few days later; 69 others were wounded.", (15, 69)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provincial town's dateline: the village named in the lede is the place, in the town's state
        ("NASHIK: Two farm workers were shot dead by robbers in Dhondgaon village on Saturday, police said.",
         ("IN", "Maharashtra", "Dhondgaon village")),
        # the village's unit is a town the gazetteer puts in the dateline's province: the province holds
        ("PATTANI: Two rangers were shot dead at Ban Kolo in Nong Chik district on Saturday night.",
         ("TH", "Pattani", "Ban Kolo")),
        # a neighbourhood under its town's dateline, with the town
        ("NASHVILLE, Tenn. - A gunman shot and killed two men in the Sylvan Park neighborhood on Saturday, police "
         "said.", ("US", "Tennessee", "Sylvan Park, Nashville")),
        ("Gunmen killed 40 soldiers at Lethpora, near Awantipora in the Pulwama district of Jammu and Kashmir, on "
         "Saturday.", ("IN", "Kashmir", "Lethpora")),
        # control: a district of a province is no part of the province's town
        ("Five people were killed in the Munabbih district of Saada province on Saturday.",
         ("YE", "Saada", "Munabbih district")),
    ],
)
def test_places(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["country"], inc["admin1"], inc["location"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fresh violence broke out in the town on Saturday, a day after clashes during a procession, with one youth "
         "killed and four others injured in firing.", "2024-07-20"),
        # control: the act the sequel comes after stands before the clause's end
        ("The bodies were recovered on Saturday, two days after gunmen attacked the mine, police said.",
         "2024-07-18"),
        # the day a named teller spoke
        ("Fighting broke out inside the camp late on Wednesday. On Friday, Medecins Sans Frontieres said at least 25 "
         "people had died.", "2024-07-17"),
        # control: the act's day before its source
        ("Around 40 soldiers were killed in an attack on a base late Friday, the presidency said. The president "
         "visited the area on Saturday.", "2024-07-19"),
        # the day the suspect turned himself in is not the attack's
        ("A man suspected of stabbing three people to death at a festival turned himself in to police late on "
         "Saturday. The attack happened at about 9.40pm on Friday on the town square.", "2024-07-19"),
        # a history: "five days earlier" is before its own days, not before publication
        ("The hostage crisis began on 16 January 2013, when militants took more than 800 people hostage at a gas "
         "plant. They demanded an end to an intervention launched five days earlier. Special forces attacked on 17 "
         "January. At least 39 hostages were killed.", "2013-01-16"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert main(text, published=PUB)["event_date"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fire set on purpose, told two sentences on
        ("A woman and her two sons were killed when a fire swept through a block of flats on Saturday. Two "
         "firefighters were hurt. Investigators say the blaze was started deliberately.", 3),
        # warplanes that struck, with no one hurt
        ("Warplanes struck the container yard at the port early on Saturday, setting several containers on fire. There "
         "was no word on casualties.", None),
    ],
)
def test_reported(text: str, expected: int | None) -> None:
    assert main(text, published=PUB)["killed"] == expected


def test_accident_stays_out() -> None:
    # control: a fire with no word of its setting is no attack
    assert parse_incidents("A woman and her two sons were killed when a fire swept through a block of flats on "
                           "Saturday. Two firefighters were hurt.", published=PUB) == []


def test_attributed_to_a_described_group() -> None:
    inc = main("A bomb went off at the station in Bologna on Saturday, killing 85 people. The attack was attributed "
               "to the neo-fascist Nuclei Armati Rivoluzionari (NAR).", published=PUB)
    assert any(a["role"] == "perpetrator" and "NAR" in a["name"] for a in inc["actors"])


def test_where_a_group_is_based_is_no_group() -> None:
    inc = main("A suicide bomber killed 40 soldiers on Saturday. Responsibility was claimed by the Pakistan-based "
               "militant group Jaish-e-Mohammed.", published=PUB)
    names = [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]
    assert names and not any("based" in n for n in names)
