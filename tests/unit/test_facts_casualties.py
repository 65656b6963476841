"""Which stated figures are the event's killed/injured, and how they combine."""

from __future__ import annotations

import pytest
from newsfacts.facts.casualties import _MAX_PER_SENTENCE, Casualties, extract_casualties, find_mentions
from newsfacts.facts.text import sentence_spans


def cas(text: str) -> Casualties:
    return extract_casualties(text, sentence_spans(text))


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Eleven people were killed and 40 were wounded in the blast.", 11, 40),
        ("A child was killed in the strike.", 1, None),
        ("Gunmen killed two soldiers and three civilians on the road.", 5, None),
        ("Six soldiers, 4 civilians and a police officer were killed.", 11, None),
        ("The explosion left 20 people dead and 47 injured.", 20, 47),
        ("Twin blasts kill 31 people and injure 18 worshippers.", 31, 18),
        ("A man stabbed four people to death and injured two others.", 4, 2),
        ("The gunman shot 10 students, killing 3.", 3, 7),
        ("Dozens of people were wounded in the clashes.", None, 12),
    ],
)
def test_counts(text: str, killed: int | None, injured: int | None) -> None:
    c = cas(text)
    assert (c.killed, c.injured) == (killed, injured)


def test_bounds_follow_the_qualifier() -> None:
    c = cas("At least 32 people were killed and up to 60 injured.")
    assert (c.killed, c.killed_low, c.killed_high) == (32, 32, None)
    assert (c.injured, c.injured_low, c.injured_high) == (60, None, 60)
    c = cas("Between 10 and 15 people were killed.")
    assert (c.killed, c.killed_low, c.killed_high) == (10, 10, 15)


def test_lede_total_is_not_added_to_its_parts() -> None:
    text = (
        "At least 9 people were killed and 34 were wounded in strikes on the province. "
        "Seven civilians were killed and 25 were injured in shelling on two towns. "
        "Two children were killed and nine people were wounded when warplanes hit a market."
    )
    c = cas(text)
    assert (c.killed, c.injured) == (9, 34)


def test_disjoint_counts_are_summed_without_a_total() -> None:
    text = "Two aid workers were killed in the morning ambush. Hours later, another three were killed at a checkpoint."
    assert cas(text).killed == 5


def test_updated_toll_supersedes_the_earlier_one() -> None:
    text = "Nine people were killed in the bombing on Sunday. By Monday the death toll rose to 15."
    assert cas(text).killed == 15


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed four people at the market. The bomber also died.",
        "The attacker detonated his vest, killing himself and four worshippers.",
    ],
)
def test_perpetrators_who_died_are_included(text: str) -> None:
    assert cas(text).killed == 5


def test_a_perpetrators_later_suicide_counts_among_the_dead() -> None:
    # GTD's convention, which the issue asks for: the attacker who dies in the incident is among its dead.
    assert cas("The gunman killed four people before killing himself.").killed == 5


@pytest.mark.parametrize(
    "background",
    [
        "The conflict has killed half a million people since 2011.",
        "In 2019 a similar attack killed 40 people.",
        "Some 2 million people have fled the fighting.",
        "Police arrested 11 people after the attack.",
        "A 24-year-old man was among those questioned.",
        "The 3rd Brigade, with 5,000 troops, took over the area in 2017.",
        "Damage was put at $3 million.",
        "The car exploded outside 12 Main Street at 10 p.m. on March 3, 2024.",
    ],
)
def test_background_figures_are_excluded(background: str) -> None:
    c = cas("Three people were killed in a car bombing in the town. " + background)
    assert c.killed == 3 and c.injured is None


@pytest.mark.parametrize("text", ["No casualties were reported.", "No one was hurt in the attack."])
def test_explicit_zero_is_zero(text: str) -> None:
    c = cas("A bomb exploded near a checkpoint. " + text)
    assert (c.killed, c.injured) == (0, 0)


def test_silence_is_null() -> None:
    c = cas("A bomb exploded near a checkpoint on the main road.")
    assert (c.killed, c.injured) == (None, None)


def test_breakdown_in_parentheses_is_not_added() -> None:
    c = cas("1 staff member killed and 3 staff (1 international, 2 nationals) wounded when their car hit a mine.")
    assert (c.killed, c.injured) == (1, 3)


def test_evidence_offsets_index_the_text() -> None:
    text = "Officials said at least 11 people were killed on Friday."
    c = cas(text)
    (ev,) = [e for e in c.evidence if e["field"] == "killed"]
    assert text[ev["start"] : ev["end"]] == ev["text"]
    assert "11" in ev["text"]


def test_source_exclusions_are_respected() -> None:
    text = "1 aid worker was killed along with eight other civilians (not counted here) when gunmen attacked a bus."
    assert cas(text).killed == 1


def test_people_already_counted_are_not_counted_again() -> None:
    assert cas("Four people were killed. The two gunmen were later killed by police.").killed == 4


def test_a_cumulative_war_toll_in_the_lede_is_not_the_event() -> None:
    text = "The war has killed more than 52,000 people, the ministry said. Officials gave no other figures."
    assert cas(text).killed is None


def test_a_repeated_figure_is_not_summed() -> None:
    text = (
        "Gunmen killed at least 19 people at a museum on Wednesday. Troops stormed the building. "
        "Gunmen in uniforms stormed the museum, killing at least 19 people, most of them tourists."
    )
    assert cas(text).killed == 19


# -- toll updates, moved casualties, lists closed by "and", "all four", "no one else", "N shot, M fatally" --


def _main(text: str, published: str = "2025-06-12") -> dict:  # type: ignore[type-arg]
    from newsfacts.facts import parse_incidents

    incidents = parse_incidents(text, published=published)
    assert incidents
    return incidents[0]


def test_a_toll_with_a_phrase_before_its_verb_is_an_update() -> None:
    main = _main(
        "The death toll from Monday's rocket attack on a bus station in Donetsk region has risen to 9, "
        "officials said, after two of the wounded died in hospital."
    )
    assert (main["killed"], main["injured"]) == (9, None)


def test_raising_the_toll_supersedes_and_moves_the_dead_out_of_the_injured() -> None:
    main = _main(
        "A car bomb exploded near a police station in Mosul on Tuesday, killing four people. "
        "Officials first said three people died and 12 were wounded. "
        "Two of the wounded died overnight, raising the death toll to four."
    )
    assert (main["killed"], main["injured"]) == (4, 10)


def test_later_bodies_are_part_of_the_same_toll_not_a_new_incident() -> None:
    from newsfacts.facts import parse_incidents

    text = (
        "Nine people are now known to have died in Sunday's shelling of a market in Kherson, officials said "
        "on Tuesday. Rescuers pulled three more bodies from the rubble overnight."
    )
    incidents = parse_incidents(text, published="2025-06-10")
    assert len(incidents) == 1
    assert incidents[0]["killed"] == 9


def test_a_list_joined_by_and_is_closed_before_the_speaker() -> None:
    main = _main("Gunmen attacked a checkpoint on Monday, killing four soldiers and a civilian, a police officer said.")
    assert main["killed"] == 5


def test_killing_all_four_counts_four_and_no_one_else_is_zero_injured() -> None:
    main = _main(
        "A drone strike hit a pickup truck in Marib late on Sunday, killing all four men inside. No one else was hurt."
    )
    assert (main["killed"], main["injured"]) == (4, 0)


def test_n_shot_m_fatally() -> None:
    main = _main("Eight people were shot, three of them fatally, at a party in Memphis, Tennessee.")
    assert (main["killed"], main["injured"]) == (3, 5)


def test_remains_found_and_reported_death_count() -> None:
    assert _main("The bodies of two kidnapped engineers were found near Kirkuk on Friday.")["killed"] == 2
    assert (
        _main("The aid agency reported the death of a driver in Kassala after gunmen fired on his truck.")["killed"]
        == 1
    )


def test_a_war_toll_with_an_aside_is_background() -> None:
    from newsfacts.facts import parse_incidents

    text = (
        "Envoys met in Geneva on Monday to discuss a truce. The talks ended without agreement. "
        "The conflict, which began in 2014, has killed more than 14,000 people, the UN says."
    )
    assert parse_incidents(text, published="2025-06-10") == []


def test_figures_of_speech_are_not_violence() -> None:
    from newsfacts.facts import parse_incidents

    text = (
        "Copper prices shot up on Tuesday as stocks fell. A cold spell killed off much of the cotton crop in "
        "Texas last month, traders said."
    )
    assert parse_incidents(text, published="2025-06-10") == []


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A gunman shot seven people, two of whom later died.", 2, 5),
        ("Police said he shot 11 people, three of whom died at the scene.", 3, 8),
        ("Nine people were shot, two of them fatally.", 2, 7),
    ],
)
def test_the_share_of_those_shot_who_died(text: str, killed: int, injured: int) -> None:
    c = cas(text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "A sniper killed a child near the bakery.",
        "An unknown gunman shot dead a volunteer outside the clinic.",
        "The agency reported the death of a volunteer in the shelling.",
    ],
)
def test_a_lone_victim_is_one(text: str) -> None:
    assert cas(text).killed == 1


def test_a_sentence_reads_a_bounded_number_of_casualty_words() -> None:
    """Thousands of casualty words with no sentence end are no report: each would read every figure in the
    sentence (quadratic); prose has a handful per sentence."""
    spam = "killed 3, " * 500
    mentions = find_mentions(spam, sentence_spans(spam))
    assert 0 < len(mentions) <= _MAX_PER_SENTENCE
    prose = "Two soldiers were killed and three wounded. " * 50  # fifty sentences: no cap applies
    assert len(find_mentions(prose, sentence_spans(prose))) == 100
