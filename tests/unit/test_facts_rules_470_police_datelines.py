"""Round 470: attackers police shot dead, the hurt who will live, fires set on purpose, victims named with an age,
and datelines that name a camp, a division or a national agency."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents


def _incidents(text: str) -> list[dict]:
    return parse_incidents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces as subject, the attacker told by what he was doing; his death told again after
        ("Armed officers have shot dead a man who was stabbing members of the public in Ilford, east London, "
         "police said. He was pronounced dead at the scene. A woman suffered stab wounds and was taken to "
         "hospital. The dead man has not yet been formally identified.", (0, 1)),
        ("French police shot dead a man who attacked officers with a knife outside a police station in "
         "Saint-Denis late on Monday. An officer was slightly wounded in the shoulder. A colleague opened fire, "
         "hitting the assailant twice in the chest. He died at the scene. Prosecutors opened an investigation for "
         "attempted murder.", (0, 1)),
        # the attacker's end with its agent unsaid, and told again as the officers' act
        ("An attacker was shot dead after he stabbed a police officer at a checkpoint in Karabulak, Ingushetia, "
         "on Wednesday. Other officers opened fire and killed him. The wounded officer was taken to hospital.",
         (0, 1)),
    ],
)
def test_an_attacker_police_shot_dead_is_not_counted(text: str, expected: tuple[int, int]) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == expected


def test_the_attackers_victim_still_counts() -> None:
    text = "Police shot dead a man who had stabbed his neighbour to death in Dayton, Ohio, on Monday."
    assert main(text)["killed"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "A 31-year-old man was seriously injured by gunshots in Berlin's Neukolln district on Saturday evening. "
        "His life is not in danger, a police spokeswoman said.",
        "Three people were wounded near a metro station in Paris on Saturday. \"The lives of the victims are not in "
        "danger,\" a police source said.",
        "A woman was shot in the arm in Everton, Liverpool, on Saturday, and two men were hurt by flying glass. None "
        "of the injuries are life-threatening, police said.",
        "Two men were injured when shots were fired in Copenhagen on Saturday evening. Both were taken to hospital; "
        "police said neither was in a life-threatening condition.",
        "Three people were injured in a knife attack in Cardiff city centre early on Sunday. \"Thankfully, nobody "
        "lost their life,\" the superintendent said.",
    ],
)
def test_the_hurt_who_will_live_mean_no_one_killed(text: str) -> None:
    assert main(text)["killed"] == 0


def test_one_out_of_danger_says_nothing_of_several() -> None:
    text = (
        "Three people were stabbed in Limerick on Saturday. A teenager is in a serious condition; his life is not "
        "in danger. Two others were treated for minor injuries."
    )
    assert main(text)["killed"] is None


def test_the_remains_of_a_device_are_no_dead() -> None:
    text = (
        "Two people were slightly injured when a bomb exploded in an apartment block in Stockholm early on "
        "Thursday. A bomb technician was examining the remains of the device."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (None, 2)


def test_a_condition_told_of_some_of_those_shot_is_no_count() -> None:
    text = (
        "DAYTON, Ohio (AP) - Five people were shot, two fatally, at a house party early Sunday in Dayton, police "
        "said. A 20-year-old man and an 18-year-old woman died at the scene. The three wounded were taken to "
        "hospital; one was in critical condition Sunday afternoon."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 11 May, a convoy of trucks was looted by armed men near Um Kadada, North Darfur. Three drivers were "
         "abducted; a fourth driver was shot and died of his wounds the following day.", (1, None)),
        ("Armed robbers raided an NGO office in Kaga-Bandoro on 21 June 2023, beating a national guard with a "
         "rifle butt.", (None, 1)),
    ],
)
def test_one_person_told_by_a_joined_fate_or_a_participle(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    inc = main(text, published="2024-05-20T12:00:00+02:00")
    assert (inc["killed"], inc["injured"]) == expected


def test_a_sports_win_is_no_beating() -> None:
    assert all(i["injured"] is None for i in _incidents("Liverpool won 2-0, beating a stubborn Everton side."))


@pytest.mark.parametrize(
    "text",
    [
        "MONTREAL - Police are investigating a suspected criminal fire that damaged a restaurant in the city's "
        "Saint-Leonard borough early Tuesday. Witnesses saw two people throw an incendiary object inside. No one "
        "was hurt.",
        "SPOKANE, Wash. - Investigators are treating an early-morning fire at a community center as a hate crime. "
        "The fire had been set using an accelerant. No one was hurt.",
    ],
)
def test_a_fire_set_on_purpose_is_an_arson_with_no_one_hurt(text: str) -> None:
    inc = main(text)
    assert (inc["killed"], inc["injured"], inc["attack_type"]) == (0, 0, "arson")


def test_an_accidental_fire_is_no_incident() -> None:
    assert _incidents("A kitchen fire damaged a restaurant in Montreal early Tuesday; no one was hurt.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The helper, Nayeem Hossain, 22, was sleeping inside the bus when miscreants set fire to it in Dhaka early "
        "Tuesday, killing him.",
        "A fire that killed a woman and two of her children in Rochester early Monday was deliberately set. "
        "Jasmine Carter, 29, and her sons were found in an upstairs bedroom and pronounced dead at the scene.",
    ],
)
def test_a_victim_named_with_an_age_is_no_attacker(text: str) -> None:
    assert not any(a["role"] == "perpetrator" for a in main(text)["actors"])


def test_an_attacker_named_with_an_age_and_his_act_still_is() -> None:
    text = "John Smith, 34, opened fire on a crowd in Dayton, Ohio, on Sunday, killing two people."
    assert [a["name"] for a in main(text)["actors"] if a["role"] == "perpetrator"] == ["John Smith"]


def test_a_camp_dateline_and_its_town_are_the_press_office() -> None:
    text = (
        "CAMP PERALTA, Jamindan, Capiz - Two members of the New People's Army were killed while a soldier was "
        "slightly wounded in an encounter in Barangay Trinidad, Guihulngan City, Negros Oriental yesterday morning."
    )
    assert where(text)[1] == "Negros Oriental"


def test_a_division_as_the_dateline_picks_the_namesake_in_it() -> None:
    text = "NANGARHAR - Mar 3: An IED struck a vehicle of an NGO in Behsud district, injuring 2 NGO staff."
    assert where(text)[1] == "Nangarhar"


def test_a_national_agency_dateline_is_the_bureau() -> None:
    text = (
        "Timika, Papua (ANTARA) - A soldier was killed when an armed group attacked a military post in Kenyam "
        "District, Nduga Regency, on Thursday. The injured soldiers were evacuated by helicopter to Timika."
    )
    assert where(text)[2] == "Kenyam"
