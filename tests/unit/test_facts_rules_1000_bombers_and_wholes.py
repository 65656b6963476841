"""Round 1000: a bomber's end told as "the figure does not include the bomber", "as did the bomber", "in addition
to the driver", "besides the two bombers", or by the name of the one who set the bomb off; bullets are no people;
a court's "sentenced X and four others to death" however long the names; the whole a later figure gives when the
lede told a share of it; a hunted group's earlier deed, a spell's count "since the clashes began", deaths "in the
following days" and a wider whole ("out of 136 killed across the country") are not the event's dead."""

from __future__ import annotations

from facts_rules_support import main


def test_the_figure_does_not_include_the_bomber() -> None:
    text = (
        "A suicide bomber blew himself up at a bus stand in Peshawar on Monday, killing 14 people and wounding 30, "
        "police said. The figure does not include the bomber."
    )
    assert main(text, "2023-06-12T18:00:00+05:00")["killed"] == 15


def test_as_did_the_bomber() -> None:
    text = (
        "A suicide bomber rammed a car into a police convoy in Karachi on Thursday. Two constables died, as did the "
        "bomber. Nine people were wounded."
    )
    assert main(text, "2014-01-09T22:00:00+05:00")["killed"] == 3


def test_the_one_who_set_off_the_bomb_died_in_the_blast() -> None:
    text = (
        "Karim Haddad, 24, set off a homemade bomb in the lobby of the concert hall in Lyon at about 11 p.m. on 3 "
        "March. Fourteen people were killed. Haddad died in the blast."
    )
    assert main(text, "2023-03-05T10:00:00+01:00")["killed"] == 15


def test_a_victim_who_died_in_the_blast_is_counted_once() -> None:
    text = (
        "A bomb went off in the lobby of the concert hall in Lyon on 3 March. Fourteen people were killed, among "
        "them the hall's manager. Dupont died in the blast as he greeted guests."
    )
    assert main(text, "2023-03-05T10:00:00+01:00")["killed"] == 14


def test_in_addition_to_the_driver() -> None:
    text = (
        "A car bomb driven into the UN compound in Algiers on 11 Dec 2007 killed 17 people in addition to the "
        "driver, 11 of them UN staff."
    )
    assert main(text)["killed"] == 18


def test_besides_the_two_bombers() -> None:
    text = (
        "On 5 August 2003, suicide bombers struck two hotels in central Jakarta minutes apart, killing eleven people "
        "besides the two bombers and injuring more than 40."
    )
    assert main(text)["killed"] == 13


def test_bullets_are_no_people() -> None:
    text = (
        "KARACHI: Sara Malik, founder of an arts cafe in Clifton, was shot dead on Friday night as she drove home. "
        "Police said two gunmen on a motorcycle fired at her car. She was hit by four bullets and died on the way to "
        "hospital."
    )
    assert main(text, "2015-04-25T01:20:00+05:00")["killed"] == 1


def test_a_sentence_to_death_with_long_names() -> None:
    text = (
        "A special court on Tuesday sentenced the group's co-founder Mohammed Ahmed Zarar, alias Abu Hamza, and "
        "three others to death for the twin bombings in the city in 2013, which killed 16 people and injured 120."
    )
    assert main(text, "2016-12-13T17:30:00+05:30")["killed"] == 16


def test_the_whole_a_later_figure_gives() -> None:
    text = (
        "LONDON - Twelve British tourists shot dead by a gunman at a beach resort in 2016 were unlawfully killed, a "
        "coroner ruled on Tuesday.\n\nThe gunman opened fire on sunbathers on 4 July 2016.\n\nTwenty people were "
        "killed, 12 of them British, and 25 were wounded."
    )
    assert main(text, "2018-02-27T17:00:00+00:00")["killed"] == 20


def test_the_hunted_groups_earlier_deed() -> None:
    text = (
        "Turkana County: army helicopters fired on hideouts during the operation against the raiders who killed 12 "
        "police reservists at Lokori; three herders reported killed."
    )
    assert main(text)["killed"] == 3


def test_a_count_since_the_clashes_began() -> None:
    text = (
        "20 Dec 2013 - near Moyale, Marsabit County (Kenya): two herders killed in renewed fighting over a "
        "grazing area; about 25 dead and 5,000 displaced since the clashes began in November."
    )
    assert main(text)["killed"] == 2


def test_deaths_in_the_following_days() -> None:
    text = (
        "On 23 April 2013, security forces stormed a protest camp in Hawija, killing more than 30 people. The raid "
        "set off clashes across the north that killed dozens more in the following days."
    )
    assert main(text)["killed"] == 30


def test_a_wider_whole_out_of_which() -> None:
    text = (
        "On 31 July 2011, army tanks entered Hama after weeks of siege. Activists said more than 80 people were "
        "killed in the city, out of at least 120 killed across the country that day."
    )
    assert main(text)["killed"] == 80
