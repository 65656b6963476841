"""Round 400: the wounded counted after one of them is told."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def counts(text: str) -> tuple[int | None, int | None]:
    inc = main(text)
    return inc["killed"], inc["injured"]


_FOLLOW_UP = (
    "HALDEN -- A woman who was hit by a van at the town's spring fair has died, bringing the number killed in "
    "Saturday's attack to three.\n\n"
    "Her husband, 70, suffered a broken pelvis and remains in hospital, their daughter said. "
    "The prosecutor said a third murder charge would be brought.\n\n"
    "The two other people killed were a stall holder and a retired teacher.\n\n"
)


def test_a_count_of_the_wounded_a_paragraph_after_one_of_them_is_the_total() -> None:
    text = _FOLLOW_UP + "Police said 41 people were injured when the van drove through the market square."
    assert counts(text) == (3, 41)


def test_one_wounded_stays_one_when_the_later_figure_is_further_away() -> None:
    text = (
        _FOLLOW_UP
        + "The fair had drawn thousands. Stalls were closed. The square reopened on Monday. Flowers were laid. "
        "Police said 41 people were injured when the van drove through the market square."
    )
    assert counts(text) == (3, 1)


def test_the_dead_named_one_by_one_keep_the_next_sentence_rule() -> None:
    text = (
        "Gunmen killed the district governor in an ambush on his convoy on Monday, officials said. "
        "The convoy was travelling to the provincial capital. "
        "Two of his guards were also left dead, a police spokesman said."
    )
    assert counts(text)[0] == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "A woman who was hit by a van at the spring fair on Saturday has died in hospital.",
        "A woman who was badly wounded in the attack on the spring fair has since died.",
    ],
)
def test_one_who_was_hurt_and_has_died_is_dead_not_hurt(sentence: str) -> None:
    assert counts(sentence) == (1, None)


def test_one_who_was_hurt_and_lives_is_hurt() -> None:
    assert counts("A woman who was badly wounded in the attack on the spring fair is recovering in hospital.")[1] == 1


def test_a_bomber_described_between_commas_who_also_died_is_counted() -> None:
    text = (
        "A car bomb exploded outside a restaurant in Baidoa on Friday evening, killing five people, police said. "
        "The bomber, who had parked the vehicle near the gate, also died in the blast."
    )
    assert counts(text)[0] == 6


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two other passengers, a woman in labour and her mother, were injured.", 2),
        ("Two passengers, a driver and a trader, were injured.", 2),
    ],
)
def test_passengers_named_in_an_aside_are_the_figure_told_again(sentence: str, expected: int) -> None:
    text = "Gunmen fired on an ambulance near Kaya on Monday, killing its driver. " + sentence
    assert counts(text)[1] == expected


def test_a_relative_clause_with_a_name_and_a_year_still_has_its_subject_killed() -> None:
    text = (
        "Three former combatants of the FARC who signed the 2016 peace agreement were shot dead on Sunday night "
        "in the municipality of Sardinata, the UN mission said on Tuesday."
    )
    assert counts(text)[0] == 3


def test_officers_who_fell_in_the_line_of_duty_are_dead() -> None:
    text = (
        "Gang members attacked the police sub-station in Tabarre on Monday. During the confrontation, two police "
        "officers fell in the line of duty and four others were injured."
    )
    assert counts(text) == (2, 4)


def test_figures_that_add_up_to_the_sentences_first_are_its_parts() -> None:
    text = (
        "Police confirmed four dead on Tuesday in the hills above the town: three men killed in clashes between "
        "rival gangs and one killed in an exchange of fire with police. Three people were wounded - two police "
        "officers and a woman hit by a stray bullet."
    )
    assert counts(text) == (4, 3)


def test_figures_that_do_not_add_up_to_the_first_are_more_people() -> None:
    text = "Gunmen killed four farmers in the hills on Tuesday, and three soldiers and one driver were killed nearby."
    assert counts(text)[0] == 8


def test_a_press_releases_header_lines_do_not_push_its_lede_down() -> None:
    text = (
        "Press release no. 208/2024 (English translation)\n\n"
        "Location: Gera, Bahnhofstrasse\nTime: 12.05.2024, approx. 01:10 hrs\n\n"
        "In the early hours of Sunday, unknown persons set fire to the entrance of a residential building. "
        "At the time, 21 people were in the building. Residents noticed the smoke and alerted the fire brigade. "
        "Most residents left the building on their own. Three residents suffered smoke inhalation and were taken "
        "to hospital. No one died."
    )
    assert counts(text) == (0, 3)


def test_one_found_hurt_who_was_pronounced_dead_is_the_dead_not_also_hurt() -> None:
    text = (
        "Detectives have launched a murder investigation after a man was fatally stabbed in Lewisham on Friday. "
        "Officers found a man suffering from stab injuries. Despite the efforts of emergency services, he was "
        "pronounced dead at the scene. No one else was injured."
    )
    assert counts(text) == (1, 0)


def test_one_not_injured_is_no_one_hurt() -> None:
    text = "Officers shot dead a man who pointed a gun at them. A passenger in the car was not injured."
    assert counts(text) == (1, None)


def test_figures_after_a_total_that_add_up_to_it_are_its_parts_though_one_says_other() -> None:
    text = (
        "Four people were injured on Saturday when a man drove his car into the seating area of a cafe in Odense, "
        "police said. A woman in her 70s was seriously injured. Three other guests, two men and a woman, suffered "
        "minor injuries. No one was killed."
    )
    assert counts(text) == (0, 4)


def test_other_people_beyond_the_first_figure_are_still_added() -> None:
    text = (
        "Two people were injured on Saturday when a man drove his car into a cafe in Odense, police said. "
        "Another three people were hurt when he struck a bus stop nearby."
    )
    assert counts(text)[1] == 5


def test_one_person_in_hospital_is_hurt() -> None:
    text = "A man has died and a woman is in hospital after a stabbing at a SkyTrain station in Surrey on Sunday."
    assert counts(text) == (1, 1)


def test_a_running_count_since_the_start_of_the_year_is_no_update_of_this_toll() -> None:
    text = (
        "Two young men were killed and four others were injured during a military raid on a refugee camp near "
        "Tubas at dawn on Thursday, the ministry said. With the two deaths, the number of Palestinians killed in "
        "the West Bank since the start of the year has risen to 152, according to the ministry."
    )
    assert counts(text) == (2, 4)


def test_a_toll_since_a_month_is_the_periods_not_the_events() -> None:
    text = (
        "Two men were moderately wounded on Wednesday when an anti-tank missile struck a house in Shtula. There "
        "were no fatalities. Since October, Hezbollah attacks have killed seven civilians and ten soldiers, while "
        "more than 200 Hezbollah fighters have been killed in Israeli strikes."
    )
    assert counts(text) == (0, 2)


def test_a_toll_risen_today_is_still_the_events() -> None:
    text = (
        "A car bomb exploded in the market on Friday. The number of people killed in the explosion has risen to "
        "40, officials said."
    )
    assert counts(text)[0] == 40


def test_people_doing_something_told_before_their_fate_are_its_subject() -> None:
    text = (
        "2 INGO national staff working on a door-to-door polio vaccination campaign were shot dead by unidentified "
        "gunmen on motorcycles in the Surkh Rod district of Nangarhar province on 12 March."
    )
    assert counts(text)[0] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two farmers, a man and his son, were killed when warplanes struck a poultry farm near Ariha.", 2),
        ("Two soldiers, a policeman and a civilian, were killed when gunmen attacked a checkpoint near Ariha.", 4),
    ],
)
def test_a_kin_pair_named_after_a_figure_is_its_people(text: str, expected: int) -> None:
    assert counts(text)[0] == expected


def test_a_ministrys_martyrs_beside_its_wounded_are_the_dead() -> None:
    text = (
        "The ministry said the strike on the town of Taraya on Wednesday evening resulted, in a preliminary toll, "
        "in five martyrs, including two women, and eight wounded. The cumulative toll of the aggression since "
        "October 2023 has risen to 3,102 martyrs and 13,819 wounded."
    )
    assert counts(text) == (5, 8)


def test_martyrs_honoured_alone_are_no_toll() -> None:
    text = (
        "Gunmen wounded two guards at a rally in the town on Friday held to honour the martyrs and the wounded of "
        "the 1982 war."
    )
    assert counts(text) == (None, 2)


def test_pronounced_deceased_is_a_death() -> None:
    text = (
        "On Tuesday, police officers responded to a report of a stabbing at a laundromat on 11th Avenue. A "
        "58-year-old man was pronounced deceased at the scene."
    )
    assert counts(text)[0] == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two teenagers were wounded when shots rang out outside a high school football stadium on Friday night, "
            "police said. Both were taken to hospital, and police said both teens are expected to recover.",
            (0, 2),
        ),
        (
            "A man was shot during a road-rage dispute on the freeway on Sunday. He was taken to a hospital in "
            "stable condition and is expected to survive.",
            (0, 1),
        ),
        (
            "Gunmen wounded three people at a party on Sunday. The youngest is expected to survive.",
            (None, 3),
        ),
    ],
)
def test_all_the_hurt_expected_to_survive_is_no_one_dead(text: str, expected: tuple[int | None, int]) -> None:
    assert counts(text) == expected


def test_a_gun_violence_archive_rows_fields_are_its_counts() -> None:
    text = (
        "Incident 2652891 | July 4, 2023 | Kansas | Wichita | 1900 block of North Grove Street\n"
        "Victims killed: 0 | Victims injured: 5 | Suspects: unknown\n"
        "Notes: Gunfire erupted at a crowded house party around 11:30 p.m."
    )
    assert counts(text) == (0, 5)


def test_a_police_releases_pronounced_deceased_below_its_header_counts() -> None:
    text = (
        "HARTFORD POLICE DEPARTMENT - PRESS RELEASE\nCase # 23-041277\n\n"
        "On Sunday at approximately 11:17 p.m., patrol officers were dispatched to the area of Albany Avenue on a "
        "ShotSpotter activation for six rounds. Officers located an adult male in the driver's seat of a parked "
        "vehicle suffering from multiple gunshot wounds. The victim was transported to Saint Francis Hospital, "
        "where he was pronounced deceased at 11:58 p.m. No other victims were located."
    )
    assert counts(text)[0] == 1
