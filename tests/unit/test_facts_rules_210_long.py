"""Rules for the main incident of long wire stories: the day's other strikes told on in a paragraph that opened
with "Elsewhere", a share of the wounded, a total over a stretch of time, the day of a toll's rise, an overnight
attack told on a named day, a group's claim, and a patron named for what the attacker is."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.actors import extract_actors


def test_a_paragraph_opened_by_elsewhere_goes_on_with_that_other_event() -> None:
    text = (
        "A Russian missile slammed into a residential district of Odesa on Monday, killing 10 people and "
        "wounding 43 others, Ukrainian officials said.\n\n"
        "Rescuers pulled survivors from a damaged building.\n\n"
        "Elsewhere, a Russian drone attack on the northeastern city of Sumy killed two people on Monday "
        "morning, the regional administration said. A guided aerial bomb also struck the town of Kupiansk in "
        "the Kharkiv region, wounding three elderly women."
    )
    inc = main(text, "2024-11-18T14:00:00+00:00")
    assert (inc["killed"], inc["injured"]) == (10, 43)


def test_a_share_of_the_wounded_is_no_more_wounded() -> None:
    text = (
        "A suicide bomber blew himself up at a political rally in the town of Khar on Sunday, killing 54 "
        "people, officials said. More than 200 people were wounded, officials said, and 23 of the wounded "
        "remained in critical condition."
    )
    assert main(text, "2023-07-31T09:00:00+00:00")["injured"] == 200


def test_a_total_over_a_stretch_of_time_is_not_the_events_total() -> None:
    text = (
        "Gunmen opened fire on a convoy of vehicles in the Kurram district on Thursday, killing at least 42 "
        "people, officials said. At least 20 others were wounded. Kurram has a long history of sectarian "
        "violence. In total, 79 people had been killed in sectarian violence in the district this year before "
        "Thursday's attack, a rights group said."
    )
    assert main(text, "2024-11-22T08:00:00+00:00")["killed"] == 42


def test_the_day_a_toll_rose_is_not_the_day_of_the_attack() -> None:
    text = (
        "The death toll from a Russian attack on a crowded hardware store in Kharkiv rose to 16 on Sunday as "
        "rescuers recovered more bodies, the governor said. Two Russian guided bombs hit the store on Saturday "
        "afternoon when around 200 people were inside."
    )
    assert main(text, "2024-05-26T18:00:00+00:00")["event_date"] == "2024-05-25"


def test_an_overnight_attack_told_on_a_named_day() -> None:
    text = (
        "Gunmen killed at least 51 people in an overnight attack on a farming community in Plateau state, "
        "officials said Monday. The attackers stormed the village of Zike late on Sunday while residents slept, "
        "shooting people and setting homes on fire."
    )
    assert main(text, "2025-04-15T09:00:00+00:00")["event_date"] == "2025-04-13"


def test_a_group_claiming_by_its_kind_is_the_perpetrator() -> None:
    text = (
        "At least 32 people were killed when a suicide bomber blew himself up at a beach hotel on Friday, police "
        "said. The al-Shabab group claimed responsibility for the attack."
    )
    actors = extract_actors(text, 120).actors
    assert actors[0] == {"name": "Al-Shabaab", "role": "perpetrator"}


def test_a_patron_named_for_what_the_attacker_is_comes_after_the_attacker() -> None:
    text = (
        "Jihadi fighters linked to al-Qaida killed at least 200 people in an attack on the town of Barsalogho "
        "on Saturday. Jama'at Nusrat al-Islam wal-Muslimeen, known as JNIM, claimed responsibility."
    )
    perps = [a["name"] for a in extract_actors(text, 110).actors if a["role"] == "perpetrator"]
    assert perps[0] != "Al-Qaeda" and "Al-Qaeda" in perps
