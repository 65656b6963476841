"""Round 920: a log row's one dead told by name first or by title, name and age; a total that says it counts the
attackers; the bombers a toll leaves out but the text says died; coordinated attacks in two cities are one
assault; a death told "also" after one named in the lede; an older siege named by place and kind; attackers "shot
dead" in passing; a force that "lost" its men; a figure of the hurt revised; a note of superseded figures."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    "text",
    [
        "27/01/2018 - Buenaventura (Valle del Cauca): Temístocles Machado, community leader who headed land claims "
        "in his neighbourhood, shot dead by two men on a motorcycle at the car wash he ran.",
        "Social leader María del Pilar Hurtado, 34, shot dead outside her home in Tierralta, Córdoba, 21 June 2019. "
        "No arrests reported.",
        "Taiz, Yemen, 21/04/2018: international ICRC staff member (Lebanese) shot dead by unidentified gunmen who "
        "opened fire on his vehicle.",
        "Village defence volunteer (44) shot dead by gunmen on a motorcycle in Bannang Sata, Yala, on 22 Aug 2013.",
        "RIO DE JANEIRO — Ágatha Vitória Sales Félix, 8, died early on Saturday at a hospital, hours after being hit "
        "in the back by a rifle bullet while riding in a van.",
    ],
)
def test_a_row_tells_one_dead_by_name_or_title(text: str) -> None:
    assert main(text, "2019-09-21T14:00:00-03:00")["killed"] == 1


def test_a_rows_pair_with_no_possessive_is_two() -> None:
    text = "Kano, 3 May 2021: Bank manager and guard shot dead by gunmen who robbed the branch."
    assert main(text)["killed"] == 2


@pytest.mark.parametrize(
    "text",
    [
        # a name, then what he did: no one dead by the row's pattern
        "KABUL — Ahmad Shah, the district police chief, said the checkpoint was attacked overnight.",
        # the words after the title are no name
        "Kano, 3 May 2021: Bank manager said gunmen robbed the branch.",
    ],
)
def test_a_name_or_title_without_a_death_is_no_dead(text: str) -> None:
    assert main(text)["killed"] is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("IZHEVSK - The number of people killed in Monday's shooting at a school has risen to 17, the Investigative "
         "Committee said. Counting the gunman, who shot himself in a classroom after the attack, 18 people died.", 18),
        ("IZHEVSK - Seventeen people were killed in Monday's shooting at a school. Including the gunman, 18 people "
         "died.", 18),
        # the attacker the police killed stays out, as the records leave him out
        ("AURORA - Seven people were killed in the shooting. Counting the gunman, who was shot dead by police, eight "
         "people died.", 7),
        # no figure that is one more
        ("IZHEVSK - Seventeen people were killed in Monday's shooting. Including the gunman, 25 people were hurt.", 17),
    ],
)
def test_a_total_that_counts_the_attacker(text: str, killed: int) -> None:
    assert main(text, "2022-09-27T09:30:00+04:00")["killed"] == killed


def test_bombers_a_toll_leaves_out_are_added_when_they_died_in_the_blasts() -> None:
    text = (
        "MOSCOW - Two explosions ripped through metro trains on Monday. By the evening the ministry said 38 passengers "
        "had died. That figure does not include the two women investigators believe carried the explosives on their "
        "bodies; both died in the blasts, prosecutors said."
    )
    assert main(text, "2010-03-29T19:40:00+04:00")["killed"] == 40


@pytest.mark.parametrize(
    ("tail", "killed"),
    [
        ("Investigators said Jalilov also died in the blast.", 15),
        # a victim named apart from the bomber is one of the fourteen
        ("Investigators said Petrova also died in the blast.", 14),
    ],
)
def test_the_named_bomber_who_also_died(tail: str, killed: int) -> None:
    text = (
        "ST PETERSBURG - Investigators named the suspected bomber in Monday's metro explosion as Akbarzhon Jalilov, a "
        "22-year-old born in Kyrgyzstan. Fourteen passengers were killed, the health ministry said. " + tail
    )
    assert main(text, "2017-04-04T10:05:00+03:00")["killed"] == killed


def test_coordinated_attacks_in_two_cities_are_one_assault() -> None:
    text = (
        "MAKHACHKALA - Gunmen launched coordinated attacks on two churches, a synagogue and a police post in two "
        "cities of Dagestan on Sunday evening, killing at least 15 police officers and four civilians, officials said."
        "\n\nAmong the civilians killed was Father Nikolai Kotelnikov, 66, a priest in Derbent. A security guard was "
        "also shot dead."
    )
    assert main(text, "2024-06-24T14:00:00+03:00")["killed"] == 19


def test_the_dead_who_also_died_after_one_named_in_the_lede() -> None:
    text = (
        "Sheikh Said Afandi, a Sufi leader in Dagestan, was killed on Tuesday when a woman posing as a pilgrim blew "
        "herself up at his home in the village of Chirkey.\n\nFive of his followers who were waiting to see him also "
        "died, officials said. The bomber died in the blast too."
    )
    assert main(text, "2012-08-28T20:00:00+04:00")["killed"] == 7


def test_an_older_siege_named_by_place_and_kind_is_background() -> None:
    text = (
        "NALCHIK - Officials said 24 police officers and 12 civilians had been killed in the fighting that began on "
        "Thursday morning. Basayev claimed responsibility.\n\nBasayev also claimed the September 2004 Beslan school "
        "siege in North Ossetia, which ended with the deaths of 331 hostages."
    )
    assert main(text, "2005-10-14T16:00:00+04:00")["killed"] == 36


def test_attackers_shot_dead_in_passing_are_the_forces_foes() -> None:
    text = (
        "On 19 May 2018, four men armed with knives and petrol bombs attacked a church in Grozny. Two police officers "
        "and a parishioner were killed before all four attackers were shot dead."
    )
    assert main(text)["killed"] == 3


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Chad has lost ninety-two soldiers in an attack by Boko Haram on an army base, President Idriss Deby said.",
         92),
        ("The army lost 12 men in the ambush on Monday, a spokesman said.", 12),
    ],
)
def test_a_force_that_lost_its_men(text: str, killed: int) -> None:
    assert main(text, "2020-03-25T09:00:00+01:00")["killed"] == killed


def test_the_village_that_lost_its_houses_lost_no_one() -> None:
    assert main("Gunmen set fire to the village, which lost 12 houses on Monday.", "2020-03-25")["killed"] is None


def test_a_count_of_the_killed_revised_by_the_figure() -> None:
    text = (
        "On 9 January 2020, militants attacked the army camp at Chinagodrar. The government first reported 25 "
        "soldiers killed, but later revised the figure to 89."
    )
    assert main(text)["killed"] == 89


def test_the_figure_revised_after_a_count_of_the_hurt_is_the_hurt() -> None:
    text = (
        "Two bombs exploded near the finish line on Monday, killing three people. Early counts put the injured at "
        "144; the figure was later revised to 264."
    )
    inc = main(text, "2013-04-16T10:00:00-04:00")
    assert (inc["killed"], inc["injured"]) == (3, 264)


def test_a_logs_note_of_superseded_figures_adds_nothing() -> None:
    text = (
        "29/10/2022, ~14:00 — Mogadishu, Banadir region: two car bombs minutes apart at Zoobe junction; 121 killed, "
        "333 injured (government update, earlier figures 100 killed, 300 injured). Al-Shabaab claimed."
    )
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (121, 333)
