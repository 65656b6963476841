"""Round 1161: a court's or a remembrance's story tells the old attack it is about, dated to the attack's own day
(or year), not the hearing's or the memorial's; the same lede figures outside such a frame stay background. Until
this round, round 150 held that "sentenced a man ... for the 2015 attacks that killed 130 people" reports nothing;
it now reports the 2015 attacks, as a dated trial story already did ("sentenced Dylann Roof ... on June 17, 2015")."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts import parse_incidents


def test_a_sentence_for_an_attack_known_by_its_year() -> None:
    inc = main(
        "A court in Lyon sentenced a man to life in prison on Monday for the 2016 bombings that killed 41 people.",
        published="2024-05-13T12:00:00Z",
    )
    assert (inc["killed"], inc["event_date"], inc["date_precision"]) == (41, "2016-01-01", "year")


def test_a_sentence_for_a_dated_shooting_takes_its_toll_and_day() -> None:
    inc = main(
        "TEMPE, Ariz. — Roland Ashby was sentenced on Thursday to nine consecutive life terms for the March 2019 "
        "shooting that killed five people and wounded 11 at a shopping plaza.\n\n"
        "Ashby, 31, pleaded guilty in August under an agreement that spared him a death sentence.\n\n"
        "On March 2, 2019, Ashby opened fire with a rifle outside a grocery store in the plaza.",
        published="2020-11-05T18:00:00Z",
    )
    assert (inc["killed"], inc["injured"], inc["event_date"]) == (5, 11, "2019-03-02")


def test_a_remembrance_day_does_not_date_the_attack() -> None:
    inc = main(
        "BOSTON — At 2:49 p.m. on April 9, 2001, a van packed with explosives blew up in the garage beneath the "
        "courthouse. The blast killed four people and injured 60.\n\nThe man who planted it was captured in 2003."
        "\n\nOn Monday, relatives gathered at the courthouse memorial, where the names of the four people killed in "
        "the bombing are inscribed on a granite wall.",
        published="2021-04-09T15:00:00Z",
    )
    assert inc["event_date"] == "2001-04-09"


def test_a_trial_story_dates_the_attacks_told_on_the_evening_of_their_day() -> None:
    inc = main(
        "A special court on Wednesday convicted all 12 defendants in the trial over the attacks on Lille, and "
        "sentenced the only surviving attacker to life imprisonment.\n\n"
        "On the evening of June 4, 2016, three teams of gunmen struck almost simultaneously. Two bombers blew "
        "themselves up outside a stadium. In total, 61 people were killed and more than 200 injured.",
        published="2022-06-29T21:00:00Z",
    )
    assert inc["event_date"] == "2016-06-04"


def test_a_court_ruling_dates_the_attack_its_case_is_about() -> None:
    inc = main(
        "OTTAWA — The Supreme Court ruled unanimously on Friday that stacked parole bans are unconstitutional, "
        "meaning Gilles Morin, who killed five men at a Sherbrooke mosque, may apply for parole after 25 years.\n\n"
        "Chief Justice Anne Roy, writing for the nine judges, said a sentence that denies any prospect of release "
        "is cruel and unusual punishment. The court struck down a 2011 provision that let judges stack the bans.\n\n"
        "Morin, then 29, opened fire inside the mosque on the evening of Feb. 3, 2018, just after prayers. Five "
        "men were killed and 12 people were injured.\n\nThe trial judge had sentenced him to 40 years without parole. "
        "Friday's ruling upholds the appeal court's reduction, and relatives of those killed said they were "
        "disappointed.",
        published="2023-05-26T15:00:00Z",
    )
    assert inc["event_date"] == "2018-02-03"


def test_the_same_figure_outside_a_court_or_a_remembrance_stays_background() -> None:
    incidents = parse_incidents(
        "Police raided three flats in Brussels on Monday, eight years after the 2015 attacks that killed 130 people "
        "in Paris, and seized documents.",
        published="2023-11-13T10:00:00Z",
    )
    assert all(i["killed"] != 130 for i in incidents)
