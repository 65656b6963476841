"""Round 1179: who did it, by the dictionary and by the charge sheet. The Janjaweed keep their own name (the RSF
grew out of them in 2013); a state's air force is its armed forces ("a Sudanese Air Force Antonov"). A police or
prosecutor's release names the accused in its own words: "X, 21, of Allen, Texas, near Dallas, has been charged with
capital murder", "was arraigned on Saturday night before Buffalo City Court on one count of Murder in the First
Degree", "appeared at the courthouse", "seven counts of first-degree murder against X", "We can now name him as X"."""

from __future__ import annotations

from facts_rules_support import actor_names, main, perpetrators


def test_the_janjaweed_keep_their_own_name() -> None:
    inc = main(
        "KHARTOUM, March 3 - Militiamen on horses and camels attacked a camp for displaced people in West Darfur "
        "on Tuesday, killing at least 20 people, the African Union said. Residents blamed the Janjaweed.",
        published="2005-03-03T14:00:00+03:00",
    )
    assert "Janjaweed" in actor_names(inc)
    assert not any("Rapid Support" in n for n in actor_names(inc))


def test_a_states_air_force_is_its_armed_forces() -> None:
    inc = main(
        "KAUDA, South Kordofan — Four children were killed on Sunday when a Sudanese Air Force Antonov dropped bombs "
        "on the village, residents said.",
        published="2012-05-14T10:00:00+03:00",
    )
    assert any("Sudanese Air Force" in n for n in actor_names(inc))


def test_charged_after_a_town_its_state_and_what_it_is_near() -> None:
    inc = main(
        "Three people were shot dead at a supermarket on Saturday, police said.\n\n"
        "Daniel Reyes Ortiz, 24, of Odessa, Texas, near Midland, has been charged with capital murder and is held "
        "without bond.",
        published="2019-08-05T12:00:00-06:00",
    )
    assert perpetrators(inc) == ["Daniel Reyes Ortiz"]


def test_arraigned_before_a_court_on_a_count_of_murder() -> None:
    inc = main(
        "OFFICE OF THE DISTRICT ATTORNEY\nFOR IMMEDIATE RELEASE\n\nThe District Attorney announces that Kevin T. "
        "Marsh, 19, of Clarksville, was arraigned on Saturday night before Albany City Court on one count of Murder "
        "in the First Degree. It is alleged that the defendant shot and killed four people at a grocery store.",
        published="2022-05-16T09:00:00-04:00",
    )
    assert perpetrators(inc) == ["Kevin T. Marsh"]


def test_appeared_at_the_courthouse() -> None:
    inc = main(
        "A gunman killed five worshippers at a mosque on Sunday evening.\n\nMarc Tremblay, 29, of Laval, appeared at "
        "the Montreal courthouse this afternoon. He is charged with five counts of first-degree murder.",
        published="2017-01-31T18:00:00-05:00",
    )
    assert perpetrators(inc) == ["Marc Tremblay"]


def test_counts_of_murder_against_the_accused() -> None:
    inc = main(
        "The county prosecutor today announced six counts of first-degree murder against Dennis R. Hale III, 22, "
        "of Fairview, for the shooting at the town's summer parade.",
        published="2022-07-06T12:00:00-05:00",
    )
    assert perpetrators(inc) == ["Dennis R. Hale III"]


def test_we_can_now_name_him_as() -> None:
    inc = main(
        "A man set off a bomb in the station foyer at 9.10pm last night, killing 14 people. We believe the attack "
        "was carried out by one man, who died at the scene. We can now name him as Adil Hamza, 24.",
        published="2017-06-02T11:00:00+01:00",
    )
    assert perpetrators(inc) == ["Adil Hamza"]
