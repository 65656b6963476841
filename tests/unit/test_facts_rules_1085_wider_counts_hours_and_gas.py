"""Round 1085: a later count over a wider area ("By evening, at least 27 people had been killed ... across Kyiv") is
no rise of the lede's toll; a bracket of up to 60 characters inside a list of the dead; "ten people in all were
killed" is the total; an hour ("1 a.m.") ends its sentence before a word that is none of its day, month or zone; a
log row with an hour after its date writes the day first; a step taken "on Tuesday after an attack on a convoy"
dates the step, not the attack; a gas's harm ("treated for breathing difficulties", "suffered suffocation
symptoms") and "sought medical help" are the hurt; a state's embassy, press or voice ("Danish embassy", "Denmark
said") is not where it happened; "before opening fire at about 9 p.m." dates the attack."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.text import sentence_spans


def test_a_wider_count_later_is_no_rise_of_the_toll() -> None:
    inc = main(
        "A Russian missile struck the children's hospital in Kyiv late on Monday morning, killing two adults and "
        "injuring 16 people, officials said. The strike was part of one of the largest combined attacks in months. "
        "By evening, at least 27 people had been killed and 82 injured across Kyiv, where missiles also hit homes."
    )
    assert (inc["killed"], inc["injured"]) == (2, 16)


def test_a_rise_of_the_toll_still_counts() -> None:
    # counter-case: the same toll risen, with no wider area
    inc = main("A missile struck the hospital on Monday morning, killing two adults. By evening, the toll had risen "
               "to five.")
    assert inc["killed"] == 5


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Militants attacked the army headquarters. 9 soldiers (incl. a brigadier and a lieutenant colonel) and 2 "
         "civilians killed.", 11),
        ("A US airstrike hit two vehicles near the airport, killing the general. The militia said ten people in all "
         "were killed when the missiles hit.", 10),
        ("A US airstrike hit two vehicles near the airport early on Friday, killing the general. The militia said "
         "ten people were killed when missiles hit the cars shortly after 1 a.m. Besides the general and his deputy, "
         "the dead included four members of his entourage and four militiamen.", 10),
    ],
)
def test_the_dead(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("It happened at 1 a.m. Besides him, two died.", 2),
        ("He was shot at 9 a.m. Monday near the school. Police came.", 2),
        ("At 10 p.m. Eastern the game ended.", 1),
    ],
)
def test_an_hour_ends_its_sentence_before_another_word(text: str, parts: int) -> None:
    assert len(sentence_spans(text)) == parts


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("01/03/2022, approx. 08:00, Kharkiv: cruise missile struck the regional administration building; 29 people "
         "killed.", None, "2022-03-01"),
        ("GENEVA - The United Nations suspended all aid convoys in Syria on Tuesday after an attack on a convoy near "
         "Aleppo killed about 20 civilians.\n\nThe convoy was unloading food at a warehouse west of Aleppo city on "
         "Monday evening when it was hit.", "2016-09-20T12:00:00+00:00", "2016-09-19"),
        ("CHARLESTON, S.C. - A man accused of killing nine people at a church was arrested on Thursday morning after "
         "a traffic stop in Shelby, N.C.\n\nHe was taken into custody about 14 hours after the shooting, the police "
         "said.\n\nThe police said the gunman walked into the church on Wednesday evening and sat with worshippers "
         "for an hour before opening fire around 9 p.m. Six women and three men were killed.",
         "2015-06-18T16:30:00-04:00", "2015-06-17"),
    ],
)
def test_the_day(text: str, published: str | None, day: str) -> None:
    kwargs = {"published": published} if published else {}
    assert main(text, **kwargs)["event_date"] == day


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("A Russian missile hit the mall. Fifty-nine people sought medical help, 25 of whom were hospitalised.", 59),
        ("Sarin was released on five trains. 12 dead; about 5,500 people sought hospital treatment.", 5500),
        ("Eleven people were treated for breathing difficulties after a suspected chlorine attack on the town late on "
         "Sunday.", 11),
        ("A helicopter dropped a chlorine cylinder on the hospital. 2 killed; 32 others suffered suffocation "
         "symptoms.", 32),
    ],
)
def test_a_gas_harm_and_those_who_sought_help(text: str, hurt: int) -> None:
    assert main(text)["injured"] == hurt


def test_a_states_embassy_and_voice_are_not_the_place() -> None:
    inc = main("ISLAMABAD - A car bomb exploded outside the Danish embassy in Islamabad on Monday, killing six people. "
               "Denmark said its diplomats were safe. The embassy had faced threats since Danish newspapers reprinted "
               "cartoons.")
    assert inc["country"] == "PK"
