"""Long wire stories: a later paragraph that dates the act more exactly than the lede ("The attack took place on
Thursday night"), a separate incident's day not taken for the main one's, and a weekday after "on" not read as a
place. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.unit.facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "GOMA, Congo (Reuters) - Rebels killed at least 19 civilians in an overnight attack on a village in "
            "eastern Congo, a local official said on Friday.\n\nThe attack took place on Thursday night in the "
            "village of Kasanga, he said.",
            "2023-03-10T10:00:00+00:00",
            "2023-03-09",
        ),
        (
            "ABUJA (Reuters) - Militants killed 21 people in an attack on a village in northeast Nigeria, "
            "officials said on Tuesday.\n\nThe fighters arrived at the village on Sunday evening and opened fire "
            "on residents, a police spokesman said.",
            "2023-09-26T10:00:00+00:00",
            "2023-09-24",
        ),
    ],
)
def test_a_later_paragraph_that_tells_when_the_act_took_place_dates_it(
    text: str, published: str, expected: str
) -> None:
    assert main(text, published)["event_date"] == expected


@pytest.mark.parametrize("opening", ["Separately,", "Elsewhere,", "In a separate attack,"])
def test_a_separate_incidents_day_is_not_the_main_ones(opening: str) -> None:
    text = (
        "Gunmen killed 14 villagers in an attack in Zamfara state, police said on Wednesday. The attackers came "
        "on motorcycles and burned homes, a resident said. " + opening + " two soldiers were killed in an ambush "
        "in Borno state on Monday."
    )
    assert main(text, "2023-05-10T10:00:00+00:00")["event_date"] != "2023-05-08"


def test_the_separate_incident_keeps_its_own_day() -> None:
    text = (
        "Gunmen killed 14 villagers in an attack on a market in Zamfara state on Tuesday, police said. "
        "Separately, two soldiers were killed in an ambush in Borno state on Monday."
    )
    from newsfacts.facts import parse_incidents

    incidents = parse_incidents(text, published="2023-05-10T10:00:00+00:00")
    assert incidents[0]["event_date"] == "2023-05-09"
    assert any(inc["event_date"] == "2023-05-08" for inc in incidents[1:])


@pytest.mark.parametrize("when", ["on Saturday", "on Christmas Day", "on Friday morning"])
def test_a_time_after_on_is_not_a_place_beside_the_town(when: str) -> None:
    text = (
        "Suspected jihadists killed 22 soldiers in an ambush in northern Burkina Faso, security sources said. "
        f"The attack took place {when} near Djibo, a source said."
    )
    assert main(text, "2023-02-19T10:00:00+00:00")["location"] == "Djibo"


@pytest.mark.parametrize(
    "text",
    [
        "An 18-year-old gunman opened fire at a school in Texas on Tuesday, killing 19 children and two teachers "
        "before he was shot dead by officers, the governor said.",
        "A gunman stormed a school in Texas on Tuesday, killing 19 children and two teachers after they were "
        "locked in a classroom.",
    ],
)
def test_a_verb_after_a_clause_opener_is_not_the_last_parts_own(text: str) -> None:
    """The list's last people are still the killing's objects when a later clause has a subject of its own."""
    assert main(text)["killed"] == 21


def test_a_figure_with_its_own_verb_still_ends_the_list() -> None:
    text = "Gunmen killed 14 people in a market in Kaduna on Monday, and 25 others were wounded, police said."
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (14, 25)


@pytest.mark.parametrize(
    "text",
    [
        "BAMAKO, Mali (AFP) - Funerals were held on Sunday for the 12 people killed on Friday when gunmen attacked "
        "a wedding party in central Mali, local officials said.",
        "Mourners on Sunday buried the 12 villagers slain in Friday's raid on a wedding in central Mali.",
    ],
)
def test_an_aftermath_lede_names_its_dead_by_the_definite_article(text: str) -> None:
    assert main(text)["killed"] == 12


@pytest.mark.parametrize(
    "text",
    [
        # a pointer back to a figure already given is not more dead
        "Gunmen killed 12 people at a wedding in central Mali on Friday. The 12 people killed were guests.",
        # the subject of an active verb: the attackers, not the dead
        "Gunmen killed 12 guests at a wedding in central Mali on Friday. Police said the two men killed the "
        "guests with rifles.",
    ],
)
def test_a_definite_figure_is_counted_once_and_only_for_the_dead(text: str) -> None:
    assert main(text)["killed"] == 12


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "NAIROBI, Kenya (Reuters) - Militants killed eight police officers when their vehicle hit a roadside "
            "bomb in Kenya's Mandera county on Monday, police said. The officers were on patrol near the town of "
            "Elwak. Three other officers were seriously injured and airlifted to Nairobi.",
            "Mandera",
        ),
        (
            "NIAMEY (AFP) - Suspected jihadists killed 17 soldiers in an ambush on Tuesday, the defence ministry "
            "said. A detachment was attacked near the village of Koutougou in the Tillaberi region. Twenty soldiers "
            "were injured and evacuated to hospitals in Niamey.",
            "Tillaberi",
        ),
    ],
)
def test_where_the_wounded_were_flown_is_not_where_it_happened(text: str, admin1: str) -> None:
    """The bureau's capital named again as the wounded's destination is still not the event's division."""
    assert main(text)["admin1"] == admin1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DAKAR (Reuters) - Twenty-three people were killed in a blast at a bus station in the Malian town of "
            "Gao on Monday, a hospital official said.",
            ("ML", "Gao"),
        ),
        (
            "DAKAR (Reuters) - The Malian town of Gao was hit by a bomb on Monday that killed nine people at a "
            "bus station, a hospital official said.",
            ("ML", "Gao"),
        ),
    ],
)
def test_a_town_whose_country_the_text_gives_moves_a_bureau_story_abroad(text: str, expected: tuple) -> None:
    """Namesakes in two countries leave a town's own name unsure; its people's adjective settles it."""
    inc = main(text)
    assert (inc["country"], inc["location"]) == expected


def test_a_bureau_story_about_its_own_country_keeps_the_dateline() -> None:
    text = "DAKAR (Reuters) - Gunmen killed four people in a market in Dakar on Monday, police said."
    assert main(text)["country"] == "SN"


@pytest.mark.parametrize(
    "text",
    [
        "At least 31 people were killed when a bomb exploded in a wedding hall in Kabul, officials said on Sunday, "
        "revising an earlier toll of 25.",
        "At least 31 people were killed when a bomb exploded in a wedding hall in Kabul, officials said on Sunday, "
        "up from an initial death toll of 25.",
    ],
)
def test_a_toll_the_report_says_it_replaced_is_not_the_count(text: str) -> None:
    assert main(text)["killed"] == 31


def test_an_earlier_toll_that_is_the_only_figure_is_still_the_count() -> None:
    text = "A bomb exploded in a wedding hall in Kabul on Sunday, officials said, giving an initial toll of 25 dead."
    assert main(text)["killed"] == 25


@pytest.mark.parametrize(
    "text",
    [
        "Three days after gunmen killed 14 people in an attack on a livestock market in northwestern Nigeria, "
        "frightened residents of Sabon Birni were still fleeing the town on Wednesday.",
        "KANO, Nigeria (Reuters) - Two days after gunmen killed 14 people at a market in Sokoto state, residents "
        "were still fleeing on Wednesday.",
    ],
)
def test_a_lede_opening_on_the_time_since_the_killing_counts_it(text: str) -> None:
    """Told from the aftermath, the killing is the story's own though it sits in a past clause."""
    assert main(text)["killed"] == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lede's own killing is the news; the one it dates from is the past
        ("Two days after gunmen killed 14 people at a market in Sokoto state, bandits killed five more in a "
         "nearby village on Wednesday.", 5),
        # a past clause later in the sentence stays background
        ("A bomb killed 9 people in Kabul on Sunday, two weeks after a blast killed 20 in the city.", 9),
    ],
)
def test_a_past_clause_gives_way_to_the_ledes_own_count(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "At least 12 people have been killed after gunmen opened fire on a minibus in Pakistan's Balochistan "
        "province, officials say. The attack happened late on Monday near the town of Turbat in Kech district, "
        "police said.",
        "At least 12 people have been killed after gunmen opened fire on a minibus in Pakistan's Balochistan "
        "province, officials say. The attack happened late on Monday in Turbat, in Kech district, police said.",
    ],
)
def test_a_listed_town_is_not_replaced_by_the_unit_that_holds_it(text: str) -> None:
    assert main(text)["location"] == "Turbat"


def test_an_unlisted_unit_alone_is_still_the_place() -> None:
    text = ("At least 12 people have been killed after gunmen opened fire on a minibus in Pakistan's Balochistan "
            "province, officials say. The attack happened late on Monday in Kech district, police said.")
    assert main(text)["location"] == "Kech district"


def test_a_village_the_attackers_struck_is_named_as_the_place() -> None:
    text = ("Gunmen killed 20 people in an attack in Pakistan's Balochistan province, officials said on Saturday. "
            "The attackers struck Kallag village on Friday night, a spokesman said.")
    assert main(text)["location"] == "Kallag village"


def test_a_district_of_a_name_written_as_a_region_is_the_place() -> None:
    """'the X district of Y region' names a division after Y, not a quarter of a town Y (as 'the Oregon District
    of Dayton' is)."""
    text = ("Militants attacked a bus carrying pilgrims on Sunday, killing nine people, police said. The attack "
            "happened in the Reasi district of Jammu region as the bus travelled to a shrine.")
    assert main(text)["location"] == "Reasi"


def test_a_district_of_a_town_is_still_the_towns() -> None:
    text = "A gunman killed nine people in the Oregon District of Dayton, Ohio, on Sunday."
    assert main(text)["location"] == "Dayton"


def test_a_siege_is_dated_by_when_the_attack_began() -> None:
    text = ("At least 10 people were killed when militants attacked a hotel in Mogadishu, police said on Sunday, as "
            "security forces ended a siege that lasted more than 24 hours. The attack began on Friday evening when "
            "a car bomb exploded at the gate, a police spokesman said.")
    assert main(text, "2022-08-21T10:00:00+00:00")["event_date"] == "2022-08-19"


def test_a_war_that_began_on_a_day_does_not_date_the_attack() -> None:
    text = ("A drone strike killed six people in a market in Khartoum on Tuesday, medics said. The war between the "
            "army and the RSF began on April 15.")
    assert main(text, "2023-09-13T10:00:00+00:00")["event_date"] == "2023-09-12"
