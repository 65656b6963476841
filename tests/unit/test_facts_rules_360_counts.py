"""Round 360: the attacker's death told twice, and counts found missing in the 20th to 22nd blind sets."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


# --- the attacker among the dead ----------------------------------------------------------------------------------


def test_a_bomber_the_toll_includes_is_not_added_again() -> None:
    text = (
        "Thirteen people, including the bomber, were killed when a suicide attacker blew himself up at a market "
        "in Maiduguri on Monday, police said. The bomber also died."
    )
    assert counts(text)[0] == 13


def test_a_bomber_the_toll_leaves_out_is_added() -> None:
    text = (
        "Twelve people were killed when a suicide attacker blew himself up at a market in Maiduguri on Monday, "
        "police said. The bomber also died."
    )
    assert counts(text)[0] == 13


# --- an earlier attack told as the time since it ------------------------------------------------------------------


def test_the_toll_of_an_attack_a_week_before_is_not_added() -> None:
    text = (
        "At least 14 people were killed when gunmen attacked the village of Kukawa in Borno state, a week after "
        "militants from Islamic State West Africa Province killed 20 in nearby Monguno."
    )
    assert counts(text)[0] == 14


def test_a_lede_that_opens_on_the_time_since_its_own_killing_keeps_it() -> None:
    text = (
        "KANO, Nigeria (Reuters) - Three days after gunmen on motorbikes from a rival village killed 14 people "
        "in Kano, residents were still fleeing."
    )
    assert counts(text)[0] == 14


# --- updated tolls told with the event between the toll and its figure ---------------------------------------------


def test_the_number_killed_when_then_the_update_verb() -> None:
    text = (
        "The number of people killed when gunmen raided a village in northern Burkina Faso has risen to 160, local "
        "sources said Sunday. The government had earlier put the toll at 132, and said about 40 people were wounded."
    )
    assert counts(text) == (160, 40)


def test_raising_the_number_killed_by_the_strike_to() -> None:
    text = (
        "Rescue crews pulled more bodies from the rubble, raising the number of people killed by Saturday's "
        "missile strike to 40, officials said on Monday. On Sunday evening officials had put the toll at 30."
    )
    assert counts(text)[0] == 40


def test_raising_the_death_toll_from_the_bombing_to() -> None:
    text = (
        "Rescuers pulled more bodies from the rubble on Tuesday, raising the death toll from a suicide bombing a day "
        "earlier to 100, officials said. At least 225 people were wounded."
    )
    assert counts(text) == (100, 225)


def test_the_number_of_a_people_killed() -> None:
    text = (
        "The number of Palestinians killed when crowds rushed an aid convoy on Thursday has risen to 112, with 760 "
        "wounded, the ministry said. The ministry had earlier reported 104 dead and 280 injured."
    )
    assert counts(text) == (112, 760)


def test_a_long_event_between_the_toll_and_its_verb() -> None:
    text = (
        "The death toll from Sunday's suicide bombing at a political convention of the Jamiat Ulema-e-Islam-Fazl in "
        "Khar, the headquarters of Bajaur district, rose to 54 on Monday, officials said. At least 23 of the dead were "
        "children."
    )
    assert counts(text)[0] == 54


@pytest.mark.parametrize(
    ("later", "expected"),
    [("By Wednesday, rescuers had counted 165 bodies.", 165),
     ("By Tuesday evening, the health ministry said 413 people had been killed.", 413)],
)
def test_a_count_reached_by_a_later_time_updates_the_lede(later: str, expected: int) -> None:
    text = f"An air strike on a village ceremony on Tuesday killed at least 100 people, witnesses said. {later}"
    assert counts(text)[0] == expected


# --- sources, lists of the dead and explicit zeros -------------------------------------------------------------------


def test_the_sources_of_a_toll_are_no_more_dead() -> None:
    text = "A drone strike on the town killed more than 20 people, two residents and a hospital official said."
    assert counts(text)[0] == 20


def test_the_dead_named_one_by_one_with_also() -> None:
    text = (
        "Missiles struck a residential area of Erbil late on Monday, killing four civilians and wounding six, "
        "officials said. Among the dead were a businessman and his 11-month-old daughter. A guest and a member of "
        "the household staff were also killed."
    )
    assert counts(text) == (4, 6)


def test_more_dead_told_with_also_are_added() -> None:
    assert counts("A bomb killed four soldiers in Kirkuk on Monday. Two civilians were also killed.")[0] == 6


def test_an_attack_on_the_same_place_months_before_is_not_added() -> None:
    text = (
        "Militants attacked a military camp in western Niger on Tuesday, killing 71 soldiers. The camp was also "
        "targeted in July, when 18 soldiers were killed."
    )
    assert counts(text)[0] == 71


@pytest.mark.parametrize(
    "zero", ["No injuries were reported.", "There were no victims among civilians or troops."]
)
def test_no_injuries_and_no_death_told_is_no_one_killed_either(zero: str) -> None:
    text = f"A bomb damaged an oil pipeline near the town of Saravena on Tuesday. {zero}"
    assert counts(text) == (0, 0)


def test_no_one_else_injured_after_a_killing_keeps_the_dead() -> None:
    assert counts("Gunmen shot dead a guard at the gate of the depot. No one else was injured.") == (1, 0)


# --- one person, by title or role ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead journalist Maria Lopez in Tijuana on Monday.",
        "Gunmen kill police officer in Kano",
        "Teacher Ann Maguire has died after being stabbed at a school in Leeds.",
        "Conservative MP Sir David Amess has died after being stabbed at a church in Leigh-on-Sea, Essex.",
    ],
)
def test_one_person_by_a_title_and_a_name(text: str) -> None:
    assert counts(text)[0] == 1


def test_a_plural_or_mass_role_after_the_verb_is_no_one_person() -> None:
    assert counts("Gunmen killed staff and soldiers killed militants near Kano on Monday, the army said.")[0] is None


def test_his_superior_is_one_of_the_dead() -> None:
    text = (
        "A Railway Protection Force constable opened fire on a train early on Monday, killing his superior and three "
        "passengers, officials said."
    )
    assert counts(text)[0] == 4


def test_the_counts_of_an_initial_toll_give_way_together() -> None:
    text = (
        "A third person has died after a gunman opened fire near the Christmas market on Tuesday evening. The "
        "minister had given an initial toll of two dead and 14 wounded late on Tuesday. The prosecutor said on "
        "Wednesday that the number of dead had risen to three and that 12 people were wounded, six of them seriously."
    )
    assert counts(text) == (3, 12)


def test_an_arson_told_as_setting_it_alight_with_no_one_hurt() -> None:
    text = "A man broke into the mosque and set it alight early on Saturday. No one was killed or injured."
    assert counts(text) == (0, 0)


def test_a_toll_revised_down_with_the_event_between() -> None:
    text = (
        "PESHAWAR: The police on Wednesday revised the death toll from Monday's suicide bombing at a mosque inside "
        "the Police Lines to 84, down from the 101 announced a day earlier. More than 220 people were injured."
    )
    assert counts(text) == (84, 220)


def test_an_aside_between_dashes_is_a_breakdown_of_the_figure() -> None:
    text = (
        "RAIPUR: Nine persons — eight personnel of the District Reserve Guard and the civilian driver of their "
        "vehicle — were killed when Maoists set off an IED in Bijapur district on Monday."
    )
    assert counts(text)[0] == 9


def test_shot_to_death_with_two_nouns_for_the_people() -> None:
    text = "A student shot 32 students and faculty members to death on a campus in Virginia, wounding 17 others."
    assert counts(text) == (32, 17)


def test_a_count_after_a_lede_that_told_of_one_person_by_a_phrase() -> None:
    text = (
        "A man hijacked a lorry, killing its Polish driver, and drove it into a Christmas market in Berlin. Twelve "
        "people were killed and 56 were injured."
    )
    assert counts(text) == (12, 56)


def test_one_person_counted_then_others_hurt_stays_one() -> None:
    text = "A gunman shot dead a police officer at a checkpoint in Kano on Monday. Three other officers were wounded."
    assert counts(text) == (1, 3)
