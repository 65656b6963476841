"""Rules added from probes of casualty counts and event dates: people named in pairs and by kin, a whole stated
after "among the", combined and excluded figures, wounded who later died, more dead "along with" the first, those
kept in hospital, a second source's count, a toll corrected downwards, a month's name ending a sentence, a weekday
that names the date after it, a span of days told before its month, people out and about, the wounded who died
named as wounded, and one person named without an article in the telegraphic style of incident records."""

from __future__ import annotations

import pytest
from facts_rules_support import killed, main

# --- 1. People named in pairs and by kin -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("A couple and their four children were killed in an airstrike on Rafah on Saturday.", 6),
        ("A husband and wife were killed when a drone hit their car in Kharkiv on Thursday.", 2),
        ("A landmine killed a shepherd and his 12-year-old son near Deir ez-Zor on Friday.", 2),
        ("Jeffrey Hale shot and killed his estranged wife, her mother and two neighbors in Spokane on Monday.", 4),
    ],
)
def test_pairs_and_kin_are_counted(text: str, n: int) -> None:
    """ "a couple" is two; "a husband and wife" shares its article; "his 12-year-old son" is one person; a list
    that opens on a person named ("his wife, her mother and two neighbors") goes on after a bare comma."""
    assert killed(main(text)) == (n, n, n)


def test_their_child_is_one_person() -> None:
    """ "their daughter" is one person, as "his daughter" is."""
    inc = main("The shelling killed a woman and injured her husband and their daughter in Kherson on Sunday.")
    assert (inc["killed"], inc["injured"]) == (1, 2)


# --- 2. The whole after "among the" -------------------------------------------------------------------------------


def test_among_the_n_killed_is_the_whole() -> None:
    """ "Four Marines were among the seven people killed": "the seven" states the toll, it points back at nothing."""
    inc = main("Four Marines were among the seven people killed in the blast near the base on Monday.")
    assert killed(inc) == (7, 7, 7)


# --- 3. Figures that are no count of the dead ---------------------------------------------------------------------


def test_killed_or_injured_is_neither() -> None:
    """ "50 were killed or injured" counts two kinds of casualty in one figure: neither count is known."""
    inc = main("More than 50 people were killed or injured in the attack on a market in Gao on Thursday.")
    assert (inc["killed"], inc["injured"]) == (None, None)


def test_not_counted_note_after_the_verb() -> None:
    """The source's "(not counted here)" after the verb excludes its figure as it does after the noun."""
    inc = main(
        "Two MSF national staff were wounded by shrapnel when the hospital in Abs was shelled on 15 August 2016. "
        "Nineteen patients and visitors were killed (not counted here)."
    )
    assert (inc["killed"], inc["injured"]) == (None, 2)


# --- 4. Wounded who later died ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "k", "i"),
    [
        ("Five people were wounded in a grenade attack in Bujumbura on Saturday. One of them later died.", 1, 4),
        ("Twelve people were injured when a bomb exploded on a bus in Jos on Monday, two of whom later died.", 2, 10),
        ("Thirty-eight people were hospitalized after a chemical attack on Saturday; eight of them died.", 8, 30),
    ],
)
def test_wounded_who_later_died(text: str, k: int, i: int) -> None:
    """A share of the wounded that died moves to the dead, later in the sentence or in the next one."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (k, i)


def test_shot_then_share_died_in_next_sentence() -> None:
    """ "shot 14 people. Four of them died ... and another died": five dead, and the other nine of the 14 wounded."""
    inc = main(
        "The gunman shot 14 people at the festival on Saturday night. Four of them died at the scene and another "
        "died in hospital."
    )
    assert (inc["killed"], inc["injured"]) == (5, 9)


def test_share_of_the_dead_is_not_a_list_part() -> None:
    """ "Five were killed, three of them children, and 11 were injured": the three are some of the five."""
    inc = main("Five people were killed in the attack, three of them children, and 11 were injured.")
    assert (inc["killed"], inc["injured"]) == (5, 11)


# --- 5. More dead "along with" the first --------------------------------------------------------------------------


def test_along_with_adds() -> None:
    """ "Three attackers were killed along with two police officers": five dead."""
    inc = main("Three attackers were killed along with two police officers in a gunfight in Srinagar on Wednesday.")
    assert killed(inc) == (5, 5, 5)


# --- 6. Those kept in hospital ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An explosion at a market in Kano killed 14 people on Sunday, and 25 others remained in hospital.",
        "An explosion at a market in Kano killed 14 people on Sunday. Another 25 were admitted to hospital.",
    ],
)
def test_in_hospital_are_injured(text: str) -> None:
    """ "25 others remained in hospital": people the attack put in hospital are its injured."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (14, 25)


# --- 7. A second source's count -----------------------------------------------------------------------------------


def test_second_source_after_semicolon() -> None:
    """ "Health officials said 40 ...; the rebels said 52 had died": two counts of the same dead, not 92."""
    inc = main("Health officials said 40 people were killed in the strikes on Tuesday; the rebels said 52 had died.")
    assert killed(inc) == (40, 40, 52)


# --- 8. A month's name that ends a sentence -----------------------------------------------------------------------


def test_month_ending_a_sentence_is_no_date_of_the_next_number() -> None:
    """ "on 2 June. Forty-four others were injured": the full stop ends the date; "Jan. 13" still is one."""
    inc = main(
        "Seventeen people died when a bomb exploded at a bus station in Nairobi on 2 June. Forty-four others were "
        "injured, six of them critically."
    )
    assert (inc["killed"], inc["injured"]) == (17, 44)


# --- 9. A weekday followed by its date ----------------------------------------------------------------------------


def test_weekday_names_the_date_after_it() -> None:
    """ "on Friday, October 8, 2021": the date that follows, not the Friday before publication."""
    inc = main("An explosion at a mosque in Kunduz killed more than 50 worshippers on Friday, October 8, 2021.")
    assert (inc["event_date"], inc["date_precision"]) == ("2021-10-08", "day")


# --- 10. A figure with a verb of its own ends the list ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An explosion at a market in Kano killed 14 people on Sunday, and 25 others were wounded.",
        "Gunmen killed 14 people and 25 others were wounded.",
    ],
)
def test_list_after_verb_stops_at_a_new_clause(text: str) -> None:
    """ "killed 14 people, and 25 others were wounded": the 25 are the subject of their own clause, not more dead."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (14, 25)


# --- 11. A share inside a list before the verb --------------------------------------------------------------------


def test_share_before_a_second_figure_is_not_its_part() -> None:
    """ "nine people dead, including eight children, and seven wounded": the eight are some of the nine, so the
    seven are the wounded on their own."""
    inc = main("A shooting at a school in Belgrade left nine people dead, including eight children, and seven wounded.")
    assert (inc["killed"], inc["injured"]) == (9, 7)


# --- 12. A toll corrected downwards -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials initially said 12 people had died, but later revised the toll down to nine.",
        "A bomb killed 12 people on Friday. The death toll was later revised down to nine.",
        "A bomb killed 12 people on Friday. The toll fell to nine after a recount.",
    ],
)
def test_toll_revised_down_replaces_the_first(text: str) -> None:
    """ "revised the toll down to nine": a correction replaces the higher first figure, as a rise does."""
    assert killed(main(text)) == (9, 9, 9)


# --- 13. A span of days before the month --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Three people were killed on the night of 8 to 9 June when gunmen raided a village.", "2023-06-08"),
        ("Gunmen killed nine people in raids on 8-9 June 2021 near Bandiagara.", "2021-06-08"),
    ],
)
def test_span_of_days_is_read_by_its_first(text: str, day: str) -> None:
    """ "the night of 8 to 9 June" began on the 8th, as "June 8-9" is read by its first day."""
    inc = main(text)
    assert (inc["event_date"], inc["date_precision"]) == (day, "day")


# --- 14. People out and about -------------------------------------------------------------------------------------


def test_a_jogger_is_one_person() -> None:
    """ "shot and wounded a jogger": a person the vocabulary lacked, so the wounded went uncounted."""
    inc = main(
        "The gunman killed two men and a woman at the shop before driving to a nearby park, where he shot and wounded "
        "a jogger."
    )
    assert (inc["killed"], inc["injured"]) == (3, 1)


# --- 15. The wounded who died, named as wounded ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "k", "i"),
    [
        (
            "A car bomb killed at least 10 people in Mogadishu on Saturday. The toll rose to 13 on Sunday as two "
            "wounded people died in hospital. Some 17 people were injured.",
            13,
            17,
        ),
        ("Three wounded people died on the way to hospital after the blast on Friday.", 3, None),
    ],
)
def test_wounded_who_died_are_dead(text: str, k: int, i: int | None) -> None:
    """ "two wounded people died in hospital": the figure names who died, not the injured."""
    inc = main(text)
    assert (inc["killed"], inc["injured"]) == (k, i)


# --- 16. One person in the telegraphic style of incident records -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "k", "i", "country"),
    [
        ("INGO national staff member killed by stray bullet in Port-au-Prince, Haiti.", 1, None, "HT"),
        ("ICRC staff member wounded by crossfire in Kidal, northern Mali.", None, 1, "ML"),
        ("Aid worker shot dead by gunmen in Bangui.", 1, None, "CF"),
        ("National staff member abducted and killed in Kunduz.", 1, None, "AF"),
        ("Driver killed when convoy hit landmine near Gao.", 1, None, "ML"),
    ],
)
def test_a_person_without_an_article_is_one(text: str, k: int | None, i: int | None, country: str) -> None:
    """Aid-worker records and headlines drop the article ("Aid worker shot dead"): a singular person opening the
    sentence with the harm right after it is one person, and a stray bullet or crossfire is an act of violence."""
    inc = main(text)
    assert (inc["killed"], inc["injured"], inc["country"]) == (k, i, country)


@pytest.mark.parametrize(
    ("text", "k"),
    [
        ("INGO staff killed in ambush near Kismayo.", None),  # "staff" may be many: no figure
        ("Soldier killed three civilians in Kabul.", 3),  # an active verb: the three are the dead
    ],
)
def test_a_body_of_people_or_an_active_verb_is_no_one_person(text: str, k: int | None) -> None:
    """ "INGO staff" says no number; "Soldier killed three civilians" counts the three, not the soldier."""
    assert main(text)["killed"] == k
