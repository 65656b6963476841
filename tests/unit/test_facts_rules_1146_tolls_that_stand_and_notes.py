"""Round 1146: tolls that stand now, totals told "in all", counts an aid-worker note leaves out, asides that hold an
initial's dot, a biography's past that recalls no event, and a later act's "another 30"."""

from __future__ import annotations

from facts_rules_support import main


def test_a_toll_that_now_stands_replaces_the_later_dead() -> None:
    text = (
        "A gunman fired into a crowd at a fairground in Dunmore on May 3. The first count was 31 dead. "
        "Three of the wounded later died, and the official death toll now stands at 34."
    )
    assert main(text)["killed"] == 34


def test_a_total_in_all_closes_the_sentence() -> None:
    text = (
        "The attacker shot three guards at the gate of the depot in Harlow on Tuesday, then walked through the "
        "offices firing. He killed 14 people in all."
    )
    assert main(text)["killed"] == 14


def test_the_whole_then_its_parts_after_in_all() -> None:
    text = (
        "A drone strike hit two cars near the border post on Friday. It killed nine people in all, four Kenyans and "
        "five Somalis."
    )
    assert main(text)["killed"] == 9


def test_other_people_noted_as_not_counted_with_their_wounded() -> None:
    text = (
        "1 NNGO national staff killed when a shell hit a clinic in Taiz on 4 May 2017. "
        "Eleven other people were killed and 20 injured (not counted here)."
    )
    assert main(text)["killed"] == 1


def test_staff_among_a_larger_toll_whose_others_a_note_leaves_out() -> None:
    text = (
        "Gunmen raided a clinic in Ndele on 2 March 2015. Two INGO national staff were among at least 12 people "
        "killed (the others not counted here)."
    )
    assert main(text)["killed"] == 2


def test_no_staff_of_a_named_agency_killed_is_a_zero() -> None:
    text = "Two WFP staff injured when their truck came under fire near Malakal. No WFP staff were killed."
    out = main(text)
    assert (out["killed"], out["injured"]) == (0, 2)


def test_an_aside_between_dashes_may_hold_initials() -> None:
    text = (
        "Six volunteers with a food charity — from Chile, Spain, a U.S.-Irish dual national and a local man — were "
        "killed on Monday when a strike hit their van near Rafah."
    )
    assert main(text, published="2024-05-08T09:00:00Z")["killed"] == 6


def test_a_biography_in_a_who_had_clause_recalls_no_event() -> None:
    text = (
        "A car bomb hit a police bus near Sopore on Thursday. 22 policemen were killed and 30 injured; the driver, "
        "a man from a nearby village who had joined an armed group the previous year, also died."
    )
    assert main(text)["killed"] in (22, 23)  # the bomber's death is the convention to add; the 22 must stand


def test_a_harm_in_a_who_had_clause_still_recalls() -> None:
    text = (
        "A gunman shot dead two guards at a bank in Lodwar on Thursday. The gunman, who had killed 5 people in a raid "
        "the previous year, fled."
    )
    assert main(text)["killed"] == 2


def test_bombers_before_an_anniversary_are_the_news() -> None:
    text = (
        "Two suicide bombers blew themselves up on the road to the shrine in Qasr, among crowds marking the tenth "
        "anniversary of the killing of a cleric. Officials said 61 people were killed."
    )
    assert main(text, published="2023-06-12")["killed"] == 61


def test_a_later_act_killing_another_n_is_not_added() -> None:
    text = (
        "Two car bombs exploded outside a church in Ankara on Sunday, killing 19 people. Six days later, bombs at a "
        "bank and a hotel killed another 25."
    )
    assert main(text)["killed"] == 19


def test_bodies_buried_are_some_of_the_dead() -> None:
    text = (
        "Militants killed farmers at Gudumbali on Saturday. Officials said 70 civilians were killed; 30 bodies were "
        "buried on Sunday."
    )
    assert main(text)["killed"] == 70


def test_a_records_count_field_told_again_in_its_notes() -> None:
    text = (
        "2019-05-02 | Mexico | Guerrero | Chilapa | Violence against civilians | Fatalities: 12 | Notes: On 2 May "
        "2019, 12 bodies were found in Chilapa."
    )
    assert main(text)["killed"] == 12


def test_more_dead_at_another_place_on_another_day_are_apart() -> None:
    text = (
        "Inmates killed 40 prisoners during a riot at the state jail in Boa Vista on 5 March. Six more prisoners "
        "were killed at another jail in the state on 9 March."
    )
    assert main(text)["killed"] == 40


def test_the_second_massacre_in_a_week_after_others_is_background() -> None:
    text = (
        "Armed men opened fire on a party at a farm in Tumaco on Saturday night. It is the second massacre in the "
        "region in less than a week, after six farmers were killed in Barbacoas."
    )
    assert main(text)["killed"] is None


def test_a_warrants_murder_is_its_case_not_the_dead() -> None:
    text = (
        "Seven squatters were killed on a ranch in Redencao on Monday during an operation by police officers who "
        "had gone to serve warrants related to the murder of a ranch guard."
    )
    assert main(text)["killed"] == 7
