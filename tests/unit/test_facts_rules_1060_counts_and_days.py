"""Round 1060: counts the 243rd-250th sets read wrong. A toll over several events ("taking the number of people
killed in the three incidents to fourteen") and the "more" dead that raised it are not this event's; "four died at
the scene and two in hospital" tells where the six of the lede died; "security forces killed nine of the
attackers" leaves the attackers out; a named man "killed together with six other members" opens a list of seven;
"the youngest of them 17" is an age; "two more victims had died" that took a first count of 11 to the lede's 13
adds nothing; police that opened fire after a crowd is told are the attackers. Days: a response "on Saturday
after gunmen went on a rampage" is not the act's day; "raised to 17 the number of soldiers killed" is a count's
day; "came under attack on Thursday" is the act's."""

from __future__ import annotations

from facts_rules_support import main


def test_a_toll_of_several_incidents_and_its_more() -> None:
    text = (
        "DURBAN - Six men were shot dead at a tavern in Umlazi on Saturday night, police said.\n\nThe killings came "
        "days after four people were shot dead in a house robbery nearby. Two more people were killed in the north "
        "of the province, taking the number of people killed in the three incidents to twelve."
    )
    assert main(text, "2022-08-01T07:00:00+02:00")["killed"] == 6


def test_more_dead_of_the_same_event_still_count() -> None:
    text = (
        "Six men were shot dead at a tavern in Umlazi on Saturday night, police said. Two more people died in "
        "hospital on Sunday, taking the toll to eight."
    )
    assert main(text, "2022-08-01T07:00:00+02:00")["killed"] == 8


def test_where_the_dead_died() -> None:
    text = (
        "12/03/2021 - Umlazi, KZN: five men aged 19 to 30 shot dead at a tavern on Friday night; three died at the "
        "scene and two in hospital."
    )
    assert main(text)["killed"] == 5


def test_attackers_the_forces_killed_stay_out() -> None:
    text = (
        "On 4 September 2015, gunmen attacked a police station on the outskirts of the capital before dawn. Six "
        "police officers were killed; security forces killed nine of the attackers and detained four."
    )
    assert main(text)["killed"] == 6


def test_a_named_man_killed_together_with_others() -> None:
    text = (
        "BEIRUT - Yusuf Haddad, deputy head of the group's political bureau, was killed together with four other "
        "members of the group on Tuesday evening when a drone struck an office in the southern suburbs, officials "
        "said."
    )
    assert main(text, "2024-01-03T07:30:00+02:00")["killed"] == 5


def test_the_age_of_the_youngest() -> None:
    text = (
        "ROSARIO - Three young men, the youngest of them 16, were shot dead early on Sunday on a football pitch in "
        "the south of the city."
    )
    assert main(text, "2012-01-02T09:00:00-03:00")["killed"] == 3


def test_the_more_that_took_a_first_count_to_the_lede() -> None:
    text = (
        "AWKA - At least nine people were killed when a gunman opened fire on worshippers in a church on Sunday, the "
        "police said.\n\nThe police had first put the number of dead at seven, but a spokesman said late on Sunday "
        "that two more victims had died in hospital."
    )
    assert main(text, "2017-08-07T08:30:00+01:00")["killed"] == 9


def test_the_day_of_a_response_after_the_act() -> None:
    text = (
        "CAPE TOWN - Police flooded an informal settlement in Philippi East on Saturday after gunmen went on a "
        "rampage through its shacks on Friday evening, killing nine people."
    )
    assert main(text, "2017-09-30T16:00:00+02:00")["event_date"] == "2017-09-29"


def test_raised_to_a_number_is_a_counts_day() -> None:
    text = (
        "ABUJA - The Defence Headquarters on Sunday raised to 12 the number of soldiers killed in a riverine "
        "community in Delta State.\n\nThe army had said on Saturday that 11 personnel died when troops came under "
        "attack on Thursday."
    )
    assert main(text, "2024-03-18T09:40:00+01:00")["event_date"] == "2024-03-14"


def test_the_crowd_told_before_the_police_fired() -> None:
    text = (
        "LIMA - Twelve civilians were killed on Monday in the southern city of Juliaca when thousands of "
        "demonstrators tried to reach the airport and police opened fire, the Ombudsman's Office said."
    )
    assert "Police" in [a["name"] for a in main(text, "2023-01-10T07:45:00-05:00")["actors"]]


def test_police_who_fired_on_the_gunman_are_not_the_attackers() -> None:
    text = (
        "Two people were killed on Monday when a gunman opened fire on marchers at a rally, and police opened fire "
        "on the gunman, who fled."
    )
    assert "Police" not in [a["name"] for a in main(text, "2023-01-10T07:45:00-05:00")["actors"]]


def test_escaped_without_injury_is_no_one_hurt() -> None:
    text = (
        "Gunmen killed four people at a house in Ezakheni on Saturday night. Two men survived with gunshot wounds, "
        "and a 19-year-old woman escaped without injury."
    )
    assert main(text, "2023-06-12T10:00:00+02:00")["injured"] == 2


def test_the_wounds_of_those_found_dead() -> None:
    text = (
        "Gunmen forced their way into a house in Umlazi on Friday night and shot nine people, seven of whom died. "
        '"On arrival, police found five men and two women lying in pools of blood with multiple gunshot wounds. '
        'They were certified dead at the scene," the spokesperson said. Two other people were wounded.'
    )
    inc = main(text, "2025-05-17T12:20:00+02:00")
    assert (inc["killed"], inc["injured"]) == (7, 2)


def test_a_toll_without_the_bombers_who_blew_themselves_up() -> None:
    text = (
        "Two suicide bombers blew themselves up on a crowded shopping street on Thursday evening, killing 20 people "
        "and wounding 80.\n\nThe toll, announced by the health minister shortly after midnight, does not include "
        "the two attackers."
    )
    assert main(text, "2015-11-13T07:30:00+02:00")["killed"] == 22


def test_a_toll_without_attackers_the_guards_shot() -> None:
    text = (
        "Two gunmen opened fire on a crowded shopping street on Thursday evening, killing 20 people before guards "
        "shot them dead.\n\nThe toll, announced by the health minister shortly after midnight, does not include the "
        "two attackers."
    )
    assert main(text, "2015-11-13T07:30:00+02:00")["killed"] == 20
