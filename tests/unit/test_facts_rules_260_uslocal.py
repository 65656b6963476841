"""Round 260, US local news and aid-worker notes: each rule with sentences written for it."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    "text",
    [
        "A deputy was shot dead during a traffic stop in Gwinnett County, Georgia, on Tuesday night.",
        "Two men were killed in a shooting at a gas station in Clayton County, Georgia, police said.",
    ],
)
def test_a_state_after_a_us_county_is_the_state(text: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == ("US", "Georgia")


def test_the_country_georgia_after_its_own_town_stays() -> None:
    inc = main("A man was shot dead in Kutaisi, Georgia, on Tuesday.")
    assert inc["country"] == "GE"


def test_a_share_joined_by_and_to_those_shot() -> None:
    inc = main("Two officers were shot and one of them died after a traffic stop on Tuesday night, police said.")
    assert (inc["killed"], inc["injured"]) == (1, 1)


def test_the_ledes_fatal_share_stands_beside_a_later_death() -> None:
    text = (
        "Four people were shot, one fatally, at a park on Sunday evening, police said. "
        "A 24-year-old man died at the scene. The others were taken to a hospital."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (1, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Five people were shot outside a store early Saturday. All five were taken to a hospital with injuries "
        "ranging from minor to serious. No deaths were reported.",
        "Five people were shot at a backyard party on Saturday night, police said. No one was killed.",
    ],
)
def test_those_shot_are_wounded_when_no_one_died(text: str) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (0, 5)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A man killed his two children and his ex-girlfriend before killing himself at their home.", 4),
        ("A woman shot her three children at a motel, killing two of them.", 2),
    ],
)
def test_a_figure_after_a_possessive_is_the_verbs_object(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    "text",
    [
        "A man shot five co-workers, killing two, at a plant on Friday morning. The gunman, 52, then turned the "
        "gun on himself, police said.",
        "A gunman killed two people at a bar on Friday night. He later died of a self-inflicted gunshot wound.",
        "A gunman killed one person before the shooter was found dead of a self-inflicted gunshot wound.",
    ],
)
def test_the_attackers_suicide_told_next_is_not_one_of_his_dead(text: str) -> None:
    dead = 2 if "two" in text.split(".")[0] else 1
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    "text",
    [
        "A gunman killed two people at a bar on Friday. In 2019, a man killed three people at the same bar before "
        "turning the gun on himself.",
        "A gunman killed two people at a bar on Friday. Police said his brother had committed suicide last year.",
    ],
)
def test_another_persons_suicide_is_not_the_attackers(text: str) -> None:
    assert main(text)["killed"] == 2


def test_a_persons_home_town_is_not_the_place() -> None:
    text = (
        "A man was shot dead outside a bar in Elgin, Illinois, early Sunday. The suspect, identified as John Doe, "
        "34, of Carpentersville, was arrested. The gunman, 52-year-old Ronald Pike of Aurora, fled."
    )
    assert main(text)["location"] == "Elgin"
    text = "A man was shot dead outside a bar early Sunday. Police identified the victim as Jose Ruiz, 27, of Akron."
    assert main(text)["location"] is None


@pytest.mark.parametrize(
    ("text", "town", "division"),
    [
        ("A suicide bomber struck near the gate of Bagram air base, killing three civilians.", "Bagram", "Parvan"),
        ("Two aid workers were killed in an ambush near Pibor on Monday.", "Pibor", "Jonglei"),
        ("A roadside bomb killed four soldiers in Mir Ali on Sunday.", "Mir Ali", "Khyber Pakhtunkhwa"),
    ],
)
def test_towns_the_gazetteer_lacks_by_their_english_name(text: str, town: str, division: str) -> None:
    inc = main(text)
    assert (inc["location"], inc["admin1"]) == (town, division)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen attacked a checkpoint outside Bagram, north of Kabul, killing two policemen.", "Bagram"),
        ("A roadside bomb killed five soldiers in Sangin, 40 km north of Lashkar Gah, on Monday.", "Sangin"),
    ],
)
def test_the_town_a_place_is_told_by_is_not_the_place(text: str, town: str) -> None:
    assert main(text)["location"] == town


def test_a_town_the_gazetteer_lacks_keeps_its_landmarks_place() -> None:
    inc = main("A car bomb killed 12 people in Kargil Nagar, west of Quetta.")
    assert (inc["location"], inc["admin1"]) == ("Kargil Nagar", "Balochistan")


def test_two_peoples_militants_sharing_one_noun_are_both_named() -> None:
    text = "Kuki and Meitei militants exchanged fire in Bishnupur district, Manipur, on Tuesday, killing two villagers."
    names = [a["name"] for a in main(text)["actors"]]
    assert "Kuki militants" in names and "Meitei militants" in names


def test_the_attacker_named_after_his_relation_to_a_victim() -> None:
    text = (
        "A gunman killed a woman at a nail salon in Gainesville, Florida, on Saturday, police said. "
        "The shooter was identified as the woman's former boyfriend, Eric Dunn, 39."
    )
    assert [a["name"] for a in main(text)["actors"]] == ["Eric Dunn"]


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("Aid worker from a local NGO killed by unidentified gunmen near Bentiu, Unity State.", 1, None),
        ("Local staff member of a UN agency shot dead at his home in Taiz city by unknown assailants.", 1, None),
        ("Driver for an international NGO wounded when convoy hit landmine near Kismayo.", None, 1),
    ],
)
def test_a_record_names_one_person_by_employer(text: str, dead: int | None, hurt: int | None) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (dead, hurt)


def test_an_ordinal_past_the_fourth_is_one_more_person() -> None:
    inc = main("A gunman shot four people dead at a car wash in Jackson, Mississippi, and wounded a fifth.")
    assert (inc["killed"], inc["injured"]) == (4, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Two men, ages 19 and 22, were shot and wounded outside a barbershop in Macon, Ga., on Tuesday afternoon.",
        "A gunman wounded her two sisters at a salon on Friday. The sisters, 24 and 30, were in serious condition.",
        "Two people, aged between 16 and 51, were wounded in a shooting at a park on Sunday.",
    ],
)
def test_ages_listed_after_people_are_no_count(text: str) -> None:
    assert main(text)["injured"] == 2


def test_those_expected_to_survive_are_wounded() -> None:
    text = (
        "Three people were shot, including a 6-year-old girl, at a cookout in Birmingham, Ala., on Sunday. "
        "All are expected to survive."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (0, 3)  # all of the hit live: no one died (round 400)


def test_a_county_named_in_the_possessive_is_a_us_county() -> None:
    text = "A teenager was killed in a shooting in Prince George's County, Md., on Friday."
    inc = main(text)
    assert (inc["country"], inc["admin1"], inc["location"]) == ("US", "Maryland", "Prince George's County")
    inc = main("A man was shot dead at a gas station in Prince George's County on Friday, police said.")
    assert inc["country"] == "US"


def test_another_harm_with_its_own_figure_ends_a_list_of_the_dead() -> None:
    text = "INGO guesthouse attacked by armed men in Juba; 2 international staff raped, 1 national staff killed."
    assert main(text)["killed"] == 1
    assert main("Two aid workers were robbed and shot dead near Bria on Monday.")["killed"] == 2


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "SHREVEPORT, La. — Four people were shot, two fatally, at a house party in the 2900 block of Mansfield "
            "Road late Saturday, police said.",
            "Shreveport",
        ),
        ("A man was shot dead in the 100 block of Jackson Street in Memphis on Saturday, police said.", "Memphis"),
        ("A man was shot dead on Dallas Avenue on Saturday night, police said.", None),
    ],
)
def test_a_street_named_after_a_town_is_not_the_town(text: str, town: str | None) -> None:
    assert main(text)["location"] == town


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Deputies say three men were found shot to death inside a home early Friday.", 3),
        ("A woman was found shot to death in her car on Friday morning, police said.", 1),
    ],
)
def test_those_found_shot_to_death_are_dead(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    "text",
    [
        "SARC volunteer and his driver killed by a mortar shell in Deir ez-Zor city.",
        "Aid worker and his guard shot dead by gunmen near Kidal.",
    ],
)
def test_a_record_names_a_person_and_a_companion(text: str) -> None:
    assert main(text)["killed"] == 2


def test_a_part_of_the_city_is_not_a_namesake_town() -> None:
    text = (
        "One person was killed and four were injured in a shooting at a block party in the city's Hyde Park "
        "neighborhood, Chicago police said."
    )
    inc = main(text)
    assert (inc["location"], inc["admin1"]) == ("Chicago", "Illinois")


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        (
            "Five people were struck by gunfire at a party in Indianapolis; one of them, a 21-year-old man, died "
            "at a hospital.",
            1,
            4,
        ),
        ("Two men were struck by gunfire and killed outside a store in Memphis on Friday.", 2, None),
        ("A bystander was struck by a stray bullet and killed during a shootout in Baltimore on Saturday.", 1, None),
    ],
)
def test_struck_by_gunfire_is_shot(text: str, dead: int, hurt: int | None) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (dead, hurt)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunfire erupted at a graduation party in Cincinnati late Saturday, leaving a 17-year-old dead.", 1),
        ("A 17-year-old and a 19-year-old were killed in a shooting in Cincinnati on Friday.", 2),
    ],
)
def test_an_age_stands_for_the_person(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "town", "division"),
    [
        (
            "A man opened fire near a terminal at Kennedy Airport on Monday, killing a security guard and wounding "
            "two travelers, the Port Authority said.",
            "New York City",
            "New York",
        ),
        ("A security guard was shot dead at Kennedy Airport in Queens on Monday.", "Queens", "New York"),
        ("Gunmen attacked Ataturk Airport on Tuesday, killing 45 people.", "Istanbul", "Istanbul"),
    ],
)
def test_an_airport_named_after_a_person_is_the_town_it_serves(text: str, town: str, division: str) -> None:
    inc = main(text)
    assert (inc["location"], inc["admin1"]) == (town, division)


def test_a_school_named_after_a_person_is_still_no_place() -> None:
    assert main("Two people were shot dead at Kennedy High School on Friday.")["location"] is None


@pytest.mark.parametrize(
    ("text", "division"),
    [
        ("CHICAGO (AP) — A shooting in suburban Aurora left four people dead on Friday, police said.", "Illinois"),
        ("DENVER (AP) — A shooting in Aurora left four people dead on Friday, police said.", "Colorado"),
    ],
)
def test_a_town_with_namesakes_is_the_one_in_the_datelines_state(text: str, division: str) -> None:
    inc = main(text)
    assert (inc["location"], inc["admin1"]) == ("Aurora", division)


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("Four people were shot at a house party in Shreveport late Saturday, one fatally, police said.", 1, 3),
        ("Police say six people were shot outside a bar in Akron early Sunday, two of them fatally.", 2, 4),
    ],
)
def test_a_fatal_share_closing_the_clause(text: str, dead: int, hurt: int) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (dead, hurt)


def test_a_fatal_shooting_in_another_sentence_is_no_share() -> None:
    text = "Four people were shot at a party in Akron on Saturday. Last year, a man was fatally shot at the house."
    assert main(text)["killed"] != 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two UN national staff were abducted by gunmen near Mopti; their bodies were found a week later.", 2),
        (
            "Three NNGO staff members were kidnapped on the road to Yei. Their bodies were recovered two days later.",
            3,
        ),
        ("Two aid workers were abducted near Mopti; they were released a week later.", None),
    ],
)
def test_the_abducted_whose_bodies_were_found_are_dead(text: str, dead: int | None) -> None:
    assert main(text)["killed"] == dead


def test_a_lake_named_after_a_country_is_not_the_country() -> None:
    text = (
        "Two Save the Children national staff killed when the boat they were travelling in was attacked by gunmen "
        "on Lake Chad near Baga, Borno."
    )
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == ("NG", "Borno")
    assert main("Gunmen killed 12 people in Chad on Monday.")["country"] == "TD"
