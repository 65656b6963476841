"""Round 1132: police and sheriff's releases. The header (agency, "NEWS RELEASE", the day it was issued) stands
above the lede: the issue day dates no act, its "NEWS RELEASE" line heads no item of a round-up, and the lede's
figures are counted from the first sentence below it. A release's words for the dead ("Six victims are deceased",
"the number of deceased"), a suspect "fatally wounded" (no one hurt), officers "shot and died of their injuries",
other victims "also killed" in the same number, and the head of "A woman who was stabbed while ... has died"."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.text import release_header_end, sentence_spans

SHERIFF = (
    "PINE RIDGE COUNTY SHERIFF'S OFFICE\n"
    "NEWS RELEASE -- March 6, 2021\n"
    "Update on Elm Street shooting\n\n"
    "At approximately 10:15 p.m. on Friday, March 5, 2021, deputies received reports of shots fired at a bowling "
    "alley on Elm Street in Cedar Falls. Two people were killed and four were wounded."
)

DEEP_FIGURES = (
    "HARBOR CITY POLICE DEPARTMENT\n"
    "News Release -- Sunday, October 10, 2021\n"
    "Update: Active Shooter Incident, 120 Dock Road\n\n"
    "On Saturday, October 9, 2021, at approximately 2:10 p.m., officers responded to the ferry terminal at 120 Dock "
    "Road in Harbor City regarding a report of shots fired. Officers arriving on scene were fired upon by the suspect, "
    "who was inside the terminal. Officers from the police department and the county sheriff's office contained the "
    "scene. A negotiator spoke with the suspect by telephone for two hours. At approximately 4:30 p.m. the suspect "
    "surrendered to tactical officers and was taken into custody. Four people were killed, including a ticket agent. "
    "Seven other people were wounded."
)

SUBJECT_LINES = (
    "LAKE COUNTY SHERIFF'S OFFICE\n"
    "NEWS RELEASE\n"
    "Date: April 3, 2022\n"
    "Subject: Shooting at Riverside Tavern\n\n"
    "At approximately 11:40 p.m. on Saturday, April 2, 2022, deputies received calls of shots fired at the "
    "Riverside Tavern in Millbrook. Three people were killed."
)


def test_release_day_dates_no_act() -> None:
    inc = main(SHERIFF, published="2021-03-06")
    assert (inc["event_date"], inc["killed"], inc["injured"]) == ("2021-03-05", 2, 4)


def test_release_date_line_below_its_name() -> None:
    text = SHERIFF.replace("NEWS RELEASE -- March 6, 2021", "PRESS RELEASE\nSaturday, March 6, 2021")
    assert main(text, published="2021-03-06")["event_date"] == "2021-03-05"


def test_lede_counted_below_the_header() -> None:
    inc = main(DEEP_FIGURES, published="2021-10-10")
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (4, 7, "2021-10-09")


def test_news_release_line_heads_no_item() -> None:
    assert main(SUBJECT_LINES, published="2022-04-03")["event_date"] == "2022-04-02"


def test_header_ends_after_its_date_lines() -> None:
    text = "CITY POLICE -- MEDIA RELEASE\nTuesday, 4 May 2021 06:30:12 AM\nStabbing update\n\nPolice said ..."
    assert text[: release_header_end(text)].endswith("06:30:12 AM")


def test_a_sentence_about_a_release_is_no_header() -> None:
    text = "Police said in a news release that two men were shot on Friday.\nBoth are in hospital."
    assert release_header_end(text) == 0


def test_deceased_as_a_release_says_it() -> None:
    text = "A gunman opened fire at the mall on Friday. Six victims are deceased. Nine other people were injured."
    assert (main(text)["killed"], main(text)["injured"]) == (6, 9)


def test_number_of_deceased_raised() -> None:
    text = (
        "A gunman opened fire at the dance hall on Saturday. Officers found eight victims deceased inside the hall. "
        "One of the wounded has since died, raising the number of deceased to nine."
    )
    assert main(text)["killed"] == 9


def test_suspect_fatally_wounded_is_no_one_hurt() -> None:
    text = (
        "A gunman opened fire at the depot on Monday. The suspect was fatally wounded in an exchange of gunfire with "
        "police. Five people were killed. Three other people were injured."
    )
    assert main(text)["injured"] == 3


def test_suspect_wounded_is_still_hurt() -> None:
    text = (
        "A gunman opened fire at the depot on Monday. The suspect was critically wounded in an exchange of gunfire "
        "with police. Five people were killed. Three other people were injured."
    )
    assert main(text)["injured"] == 4


def test_shot_and_died_of_their_injuries() -> None:
    text = "Gunmen attacked the checkpoint on Monday. Two officers were shot and died of their injuries."
    assert main(text)["killed"] == 2


def test_shooter_who_shot_and_died_kills_no_one() -> None:
    text = "A gunman shot three people at the depot on Monday and died in a shootout with police."
    assert main(text)["killed"] != 3


def test_other_victims_also_killed_in_the_same_number() -> None:
    text = (
        "Gunmen attacked the village on Monday. Two civilians were killed in the market. Two soldiers were also "
        "killed."
    )
    assert main(text)["killed"] == 4


def test_same_victims_told_again_are_not_added() -> None:
    text = "Gunmen attacked the village on Monday, killing two civilians. Two civilians were killed in the market."
    assert main(text)["killed"] == 2


def test_relative_clause_people_did_not_die() -> None:
    text = (
        "A woman who was stabbed while trying to stop a knife attack on a mother and her child at a bus stop in "
        "Suzhou has died, police said on Thursday."
    )
    assert main(text, published="2024-06-27")["killed"] == 1


def test_who_was_stabbed_then_died_without_has() -> None:
    text = (
        "A 10-year-old boy who was stabbed on his way to school in the southern city of Shenzhen died early "
        "Thursday, officials said."
    )
    assert main(text, published="2024-09-19")["killed"] == 1


def test_constable_abbreviation_ends_no_sentence() -> None:
    text = "Cst. Jane Doe, 41, and Cst. John Roe, 39, were shot. Both died."
    assert len(sentence_spans(text)) == 2
