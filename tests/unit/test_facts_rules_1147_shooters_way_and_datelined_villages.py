"""Round 1147: a summary's shooter named by a long way to his act or by his act in the next sentence after a date
opener, a village placed a sentence after a district town's dateline, and the United States' forces under a name
that holds the coalition it leads."""

from __future__ import annotations

from facts_rules_support import main


def _names(text: str, published: str | None = None) -> list[str]:
    return [a["name"] for a in main(text, published=published)["actors"] if a["role"] == "perpetrator"]


def test_a_long_way_to_the_act_told_by_its_participle() -> None:
    text = (
        "Dale Mercer, 41, walked down the aisle of a westbound regional commuter train of the Coastal Rail Line as "
        "it pulled into the Harbor Street station in Rockport, Maine, on the evening of March 9, 2004, firing a "
        "revolver at passengers. Four people were killed and nine wounded."
    )
    assert _names(text) == ["Dale Mercer"]


def test_a_door_blocked_then_a_walk_in_and_shots() -> None:
    text = (
        "Ronald Pike, 52, blocked the back door of the Millbrook community center in Millbrook, Ohio, with his "
        "pickup truck on Friday morning, then walked in through the front entrance and opened fire on people taking "
        "a class. Seven people were killed."
    )
    assert _names(text) == ["Ronald Pike"]


def test_a_date_before_the_name_and_the_act_by_his_pronoun_next() -> None:
    text = (
        "In October 1991, Gerald Tamm, 52, a machinist on sick leave, walked into the Harlan Tool plant in "
        "Dayton, Ohio, with a rifle and a bag of pistols. He killed six people and wounded nine before shooting "
        "himself."
    )
    assert _names(text) == ["Gerald Tamm"]


def test_a_first_deed_then_the_shots_in_the_next_sentence() -> None:
    text = (
        "Owen Ridley, 27, entered a cinema in Fairview, Oregon, through a fire exit during a late show. He threw "
        "smoke grenades and fired a rifle into the audience. Nine people were killed."
    )
    assert _names(text) == ["Owen Ridley"]


def test_a_date_opener_of_a_victims_name_is_no_attacker() -> None:
    text = (
        "In May 2001, Carla Diaz, 34, a nurse, walked into the hospital in Tucson, Arizona, for her shift. She was "
        "shot dead by a patient's relative an hour later."
    )
    assert "Carla Diaz" not in _names(text)


def test_a_village_a_sentence_after_a_district_towns_dateline() -> None:
    text = (
        "SUKMA: The bodies of nine more jawans were recovered on Sunday, taking the toll in Saturday's ambush by "
        "Maoists to 14. Twenty jawans were injured. The forces had gone out on an operation near Elmaguda village."
    )
    out = main(text, published="2021-04-05T10:00:00+05:30")
    assert (out["country"], out["location"]) == ("IN", "Elmaguda village")


def test_the_united_states_forces_name_holds_the_coalition() -> None:
    text = "A U.S.-led coalition air strike hit a school near Raqqa on Tuesday, killing 30 people, monitors said."
    names = _names(text, published="2017-03-22T10:00:00Z")
    assert names and names[0] == "United States armed forces (US military, U.S.-led coalition)"
