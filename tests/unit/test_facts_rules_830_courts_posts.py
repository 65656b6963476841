"""Round 830: a court's, an inquiry's or a remembrance's day is not the attack's, which the story gives further on;
the attacker named by what a court did to him or by a relative clause; a police post's hashtags; and "found with
fatal injuries"; Hodeidah reported by GeoNames' name."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "published", "day", "count"),
    [
        ("A jury on Tuesday sentenced Dale Brooks to death for the massacre of six worshippers at a chapel in Macon. "
         "Brooks had sat with the prayer group for an hour on May 4, 2021, before opening fire with a handgun.",
         "2023-02-14T18:00:00Z", "2021-05-04", 6),
        ("The chairman of the public inquiry concluded on Thursday that police missed chances to stop the bomber. The "
         "bomber detonated a device in the foyer of the concert hall at 10.30pm on 3 March 2019. Nine people were "
         "killed.", "2022-06-09T10:00:00Z", "2019-03-03", 9),
        # an opening about a trial that tells no act of its own: the act the next sentence dates is the story's
        ("ORLANDO, Fla. — A federal jury on Friday acquitted the brother of the nightclub gunman of charges that he "
         "helped plan the attack. The gunman killed 21 people at the club in the early hours of June 2, 2019, before "
         "being killed by police.", "2021-03-30T18:00:00Z", "2019-06-02", 21),
    ],
)
def test_a_court_or_inquiry_story_is_dated_by_the_attack(text: str, published: str, day: str, count: int) -> None:
    inc = main(text, published=published)
    assert (inc["event_date"], inc["killed"]) == (day, count)


def test_a_report_dated_by_its_own_day_keeps_it() -> None:
    # control: no court, inquiry or remembrance in the opening, so a later old date is background
    text = (
        "Gunmen killed four people at a market in Gao on Tuesday, officials said. The town was attacked on "
        "June 2, 2019, when 20 people were killed."
    )
    assert main(text, published="2024-05-15T10:00:00Z")["event_date"] == "2024-05-14"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karl Weber, who murdered three men in a knife attack in a park in Reading in 2020, was given a whole-life "
         "term on Monday.", "Karl Weber"),
        ("Paul Dent, the 53-year-old loner who murdered a councillor in her constituency office, was jailed for life "
         "on Wednesday.", "Paul Dent"),
        ("A German court on Monday sentenced Jonas Keller to life in prison for his attack on the synagogue in "
         "Halle on 9 October 2019. He shot dead two people.", "Jonas Keller"),
        ("Liam Rowe, 18, was jailed for life at the crown court on Thursday. He stabbed three girls to death at a "
         "dance class on 29 July 2024.", "Liam Rowe"),
    ],
)
def test_the_attacker_named_by_the_court(text: str, name: str) -> None:
    assert name in perpetrators(main(text, published="2025-01-24T10:00:00Z"))


def test_a_witness_named_in_a_relative_clause_is_no_attacker() -> None:
    text = (
        "A man was shot dead outside his home in Leeds on Friday. His neighbour, John Smith, who found him, called "
        "police."
    )
    assert perpetrators(main(text)) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("We were called to reports of a disturbance at a property in #Brighton. A woman in her 40s was found with "
         "fatal injuries.", ("GB", "England", "Brighton")),
        ("UPDATE: 3 people shot on Poplar Ave, 2 deceased at scene, 1 wounded. #MemphisPD",
         ("US", "Tennessee", "Memphis")),
        ("Armed officers were called after reports of shots fired. A man in his 20s was found with a gunshot wound "
         "to the leg. #CheshirePolice", ("GB", "England", None)),
        # control: a US county that shares an English county's name
        ("A gunman went on a rampage in two towns in Sussex County, Del., killing seven people.",
         ("US", "Delaware", "Sussex County")),
    ],
)
def test_a_posts_hashtags_name_its_place(text: str, where: tuple[str, str, str | None]) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == where


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A woman in her 40s was found with fatal injuries at a house in Hove on Saturday.", 1, None),
        ("A man sustained fatal stab wounds in the attack in Leeds on Friday.", 1, None),
        # control: wounds that are not fatal
        ("Two men sustained serious injuries in the attack in Leeds on Friday.", None, 2),
    ],
)
def test_fatal_injuries_are_deaths(text: str, killed: int | None, injured: int | None) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (killed, injured)


def test_hodeidah_is_reported_by_the_event_databases_name() -> None:
    inc = main("An airstrike killed six civilians in Hodeidah governorate on Sunday.")
    assert (inc["country"], inc["admin1"]) == ("YE", "al Hudaydah")


def test_people_rounded_up_about_so_many_and_shot_are_the_dead() -> None:
    text = "Militiamen rounded up about 60 men near the river on Monday and shot them dead, witnesses said."
    assert main(text)["killed"] == 60
