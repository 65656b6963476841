"""Round 760: a table's header naming its columns of dead and hurt, everyone on board of a plane that carried N,
the dead told by their burial or by "paid the supreme price", an apposition by kind ("both contractors", "a
retired nurse and her nephew"), number words side by side, the forces' own killing of the attackers, a total over
several bombings after one site's count, a holiday's date, a day that is also an anniversary, a quarter of a town
after "the city's" or before "Town" and "District", a town listed with the dateline's, where the attackers came from
or the nearest hospital was, and a gunman named with his age before a long account of his way in."""

from __future__ import annotations

import pytest
from facts_rules_support import main

PUB = "2024-07-21T06:00:00+00:00"


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two number words side by side are two numbers: the age is no part of the count
        ("A gunman killed four eight-year-old pupils and two teachers at a school on Monday.", (6, None)),
        # the figure before an active killing with its object is its doers, not its dead
        ("A gunman killed three worshippers at a chapel on Sunday morning. Two Harris County sheriff's deputies "
         "fatally shot Mercer in the lobby minutes later.", (3, None)),
        # control: the headline's passive keeps its figure
        ("Two deputies fatally shot in ambush on highway", (2, None)),
        # an item of the aside told by its own clause is one of the figure's
        ("A gunman killed five people on Saturday. Nineteen others were wounded, including two state troopers and "
         "a 10-month-old boy who was hit in the leg by shrapnel.", (5, 19)),
        # "both" after a figure of two tells the two again
        ("A surveyor was shot dead at a dam site on Tuesday. Two other people, both contractors working on the "
         "project, were wounded.", (1, 2)),
        # the forces' own killing of the attackers is left out, as the passive telling of it is
        ("Police shot five attackers dead and detained the rest. 40 passengers were killed and 120 injured.",
         (40, 120)),
        # a share of two parts inside the list
        ("Fifteen tourists, six of them Spanish and four German, and two guides were killed in the attack.",
         (17, None)),
        # a toll revised downwards by "revised it to"
        ("Bombs struck a market on Monday. Officials initially put the death toll at 64 but revised it to 58.",
         (58, None)),
        # a total over several bombings after one site's own count
        ("The bomber detonated his vest at the gate. Nine people died there. The four coordinated bombings "
         "across the region that morning killed more than 120 people in total.", (9, None)),
        # the last part of an "among them" aside is the dead's, not one of the wounded after it
        ("Officials said 80 people were killed, among them 12 officers and 9 children, and more than 200 were "
         "wounded.", (80, 200)),
        ("Militants carried out a dozen arson attacks on Friday night. There were no immediate reports of deaths "
         "or injuries.", (0, 0)),
        # the two told again by what they were
        ("Two British tourists, a retired nurse and her nephew, were killed when gunmen opened fire on Tuesday.",
         (2, None)),
        # a count since the clashes began, told first in its sentence, is the period's, not the night's
        ("Arsonists burned six homes on Monday night. No one was killed or injured, police said. Since communal "
         "clashes erupted in the district in March, more than 60 people have lost their lives.", (0, 0)),
        # how one of the hurt is, not one more hurt
        ("Three people were killed. Six others remained in hospital, one in critical condition.", (3, 6)),
        ("An explosion at a bar killed the well-known local radio journalist Juan Perez on Friday.", (1, None)),
        # everyone on board of a plane that carried N
        ("A small plane carrying 12 people was shot down by militants on Sunday, killing everyone on board.",
         (12, None)),
        ("The aircraft, with 44 aboard, came down minutes after take-off, killing all on board.", (44, None)),
        # control: carried, none said dead
        ("A ferry carrying 300 passengers was attacked by pirates on Sunday.", (None, None)),
        ("Authorities said 31 people were buried on Saturday after an air raid on the village.", (31, None)),
        # control: buried under rubble are not the dead yet
        ("An air raid hit the market on Saturday, wounding 14 people. Ten people were buried under the rubble.",
         (None, 14)),
        ("Insurgents attacked the base at dawn. Three soldiers paid the supreme price, while six others were "
         "wounded.", (3, 6)),
        # the other side's claim, made through its own outlet, is no more dead
        ("The army said three soldiers died and four were injured, while the rebels claimed through their radio "
         "station to have killed 40 soldiers.", (3, 4)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_tables_columns_say_which_figure_is_which() -> None:
    text = (
        "Date | Place | Dead | Injured | Perpetrator\n"
        "2 May 2011 | Quetta, Pakistan | 14 (+1) | 30+ | Taliban (suspected)"
    )
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["killed_high"], inc["injured"], inc["injured_high"]) == (14, 14, 30, None)
    assert (inc["event_date"], inc["location"]) == ("2011-05-02", "Quetta")
    assert perpetrators(inc) == ["Taliban"]


def test_a_markdown_table_under_its_rule_line() -> None:
    text = "| Date | City | Killed | Wounded |\n|---|---|---|---|\n| 3 March 2019 | Kabul | 7 | about 20 |"
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"], inc["location"]) == (7, 20, "Kabul")


def test_a_table_without_a_column_of_the_dead_is_read_as_prose() -> None:
    text = "Date | Place | Notes\n2 May 2011 | Quetta, Pakistan | A bomb killed 14 people at a market."
    assert main(text, published=PUB)["killed"] == 14


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("A gunman fired into a crowd during the Fourth of July fireworks in Chicago, killing four.",
         "2023-07-06T10:00:00Z", "2023-07-04"),
        ("A truck drove into a crowd watching the fireworks on Bastille Day 2016 in Nice, killing 86 people.",
         "2016-07-20T10:00:00Z", "2016-07-14"),
    ],
)
def test_national_days(text: str, published: str, date: str) -> None:
    assert main(text, published=published)["event_date"] == date


def test_an_act_on_a_day_that_is_an_anniversary_is_news() -> None:
    inc = main(
        "Two bombs struck a procession to a shrine on Tuesday, the fifth anniversary of his death in a US drone "
        "strike, killing 20 people.",
        published=PUB,
    )
    assert (inc["killed"], perpetrators(inc)) == (20, [])


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a quarter of the dateline's town, after "the city's" and its words
        ("DAYTON, Ohio - A gunman opened fire in the city's crowded Oregon District early Sunday, killing three "
         "people.", "Dayton"),
        # where the gunman set out from is no scene
        ("A man drove some 150 miles from his home in Oneonta, New York, to a mall in Syracuse, where he shot dead "
         "three people.", "Syracuse"),
        # of two towns a list names, the dateline's
        ("CHANDLER, Ariz. - A gunman went on a shooting spree across Mesa and Chandler on Saturday, killing four "
         "people.", "Chandler"),
        ("LAHORE: Two people were killed in a blast in the Johar Town area of the city on Monday.",
         "Johar Town, Lahore"),
        # the dateline's suburb, the big city only its edge
        ("KRASNOGORSK, Russia - Gunmen stormed a concert hall on the western edge of Moscow on Friday, killing "
         "20 people. Washington had warned Moscow about a possible attack.", "Krasnogorsk"),
        ("A drone strike hit a house in the village of Khirbet Selm, east of the southern port city of Sidon, "
         "on Monday, killing four people.", "Khirbet Selm"),
        # the town a named school stands in, after a comma
        ("Gunmen stormed the Government Secondary School, Damasak, in Mobbar Local Government Area of Borno "
         "State, killing five students.", "Damasak"),
        ("A suicide bomber blew himself up at a shrine in Sehwan on Thursday evening. At least 30 people were "
         "killed, officials said; the nearest major hospital is about 130 km away in Hyderabad.", "Sehwan"),
        # the attackers' own way into the town
        ("About 40 gunmen drove into Gwoza on Monday evening, killing 17 residents.", "Gwoza"),
        ("Two bombs struck mourners at the Qom Martyrs Cemetery on Tuesday, killing 20 people.", "Qom"),
        # a listed town of a province named like its capital, not a quarter of the capital
        ("Two Taliban fighters were killed by a roadside bomb in the Spin Boldak district of Kandahar on Saturday.",
         "Spin Boldak"),
        # a venue's name is not its town
        ("Gunmen stormed the Hotel Farah in central Casablanca on Friday, killing six people.", "Casablanca"),
    ],
)
def test_places(text: str, location: str) -> None:
    assert main(text, published=PUB)["location"] == location


def test_a_quarter_of_the_capital_is_in_the_capital() -> None:
    inc = main(
        "DHAKA: Three people were injured when crude bombs exploded in the capital's Mohammadpur area on Saturday.",
        published=PUB,
    )
    assert (inc["admin1"], inc["location"].rsplit(", ", 1)[-1]) == ("Dhaka", "Dhaka")


def test_where_the_attackers_came_from_is_no_scene() -> None:
    inc = main(
        "Rebels crossed from the Democratic Republic of the Congo and attacked a school in Mpondwe, Kasese "
        "District, killing 42 people.",
        published=PUB,
    )
    assert (inc["country"], inc["location"]) == ("UG", "Mpondwe")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aaron Dale Mercer, 33, wearing a black ski mask and body armour and carrying a pump-action shotgun and two "
         "pistols, walked slowly through the crowded covered market in the old quarter on the evening of May 3, "
         "shooting people at random. Four men were killed.", "Aaron Dale Mercer"),
        ("Luke Anders Pryor, 24, climbed onto the flat roof of a furniture warehouse along the carnival route near "
         "the town centre during the crowded Saturday afternoon procession and fired more than 50 rounds into the "
         "crowd, killing five.", "Luke Anders Pryor"),
    ],
)
def test_a_gunman_named_with_his_age_before_a_long_account(text: str, name: str) -> None:
    assert perpetrators(main(text, published=PUB)) == [name]


def test_forces_that_admit_the_strike_are_its_perpetrator() -> None:
    inc = main(
        "A military drone strike hit a village on Sunday night, killing 85 people. The Nigerian Army on Monday "
        "admitted responsibility.",
        published=PUB,
    )
    assert perpetrators(inc) == ["Nigerian armed forces"]
