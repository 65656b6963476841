"""Round 360: the day of the act when the lede dates the report, the toll's rise or the hunt."""

from __future__ import annotations

from facts_rules_support import main

MONDAY = "2024-07-01T12:00:00+00:00"  # a Monday


def day(text: str, published: str = MONDAY) -> str | None:
    return main(text, published=published)["event_date"]


def test_a_funeral_among_the_attacked_places_is_the_act_not_a_burial() -> None:
    text = (
        "MAIDUGURI, Nigeria (Reuters) - The number of people killed in suicide bombings in the town of Gwoza has "
        "risen to 32, the state emergency agency said on Monday.\n\nSuspected suicide bombers struck a wedding, a "
        "funeral and a hospital in the town on Saturday."
    )
    assert day(text) == "2024-06-29"


def test_a_burial_is_still_no_act() -> None:
    text = (
        "Gunmen killed 12 villagers in Kukawa on Saturday, officials said on Monday. Mourners gathered for a funeral "
        "of the victims on Sunday."
    )
    assert day(text) == "2024-06-29"


def test_the_act_told_by_its_verb_alone_past_the_lede() -> None:
    text = (
        "NAIROBI — The number of people killed in the attack on the Westgate shopping mall rose to 59 on Monday, "
        "the interior minister said.\n\nAt least 175 people were injured, the Red Cross said. About 1,000 people "
        "were rescued from the mall.\n\nThe gunmen, estimated at between 10 and 15, stormed the upmarket mall in the "
        "Westlands district at around midday on Saturday, throwing grenades."
    )
    assert day(text) == "2024-06-29"


def test_the_day_an_explosion_injured_people_not_the_day_police_released_images() -> None:
    text = (
        "BENGALURU: Police on Monday released CCTV images of a man they believe left a bag containing an explosive "
        "device at a cafe in east Bengaluru, where an explosion injured nine people on Saturday afternoon."
    )
    assert day(text) == "2024-06-29"


def test_the_day_a_truck_was_driven_into_a_crowd_not_the_day_of_the_manhunt() -> None:
    text = (
        "BERLIN — German authorities on Monday launched a Europe-wide manhunt for a man suspected of driving a truck "
        "into a crowded market in Berlin on Saturday evening, killing 12 people."
    )
    assert day(text) == "2024-06-29"
