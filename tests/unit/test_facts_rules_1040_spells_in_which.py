"""Round 1040: the dead of a spell of violence or of a war counted in an "in which" clause ("set off days of
violence on the coast in which more than 1,400 people were killed"; "Israel's offensive in Gaza, in which 140
Palestinians and five Israelis have been killed") are not the event's; an event of its own there still counts.
Round 1041: "initial reports that 31 people had died" is a first count the report replaced."""

from __future__ import annotations

from facts_rules_support import main


def test_days_of_violence_in_which() -> None:
    text = (
        "On 6 March 2025, gunmen ambushed security patrols in and around Baniyas, killing 11 security personnel. The "
        "attack set off days of violence on the coast in which more than 1,000 people, most of them civilians, were "
        "killed."
    )
    assert main(text)["killed"] == 11


def test_a_wars_running_count_in_which() -> None:
    text = (
        "TEL AVIV - A bomb tore through a city bus near the defence ministry shortly after noon today. Medics said "
        "19 people were wounded, three of them seriously. No one was killed.\n\nThe bombing came on the seventh day "
        "of Israel's offensive in the Gaza Strip, in which about 130 Palestinians and four Israelis have been killed."
    )
    inc = main(text, "2012-11-21T15:05:00+02:00")
    assert (inc["killed"], inc["injured"]) == (0, 19)


def test_an_offensive_in_which_the_event_killed() -> None:
    text = (
        "On 12 May 2016, army troops launched an offensive on rebel positions near Kidal, in which 14 rebels were "
        "killed, the army said."
    )
    assert main(text)["killed"] == 14


def test_initial_reports_that_are_revised_down() -> None:
    text = (
        "TIMIKA, Papua - Security forces have recovered the bodies of 12 road workers who were killed by an armed "
        "group in Nduga regency, police said on Wednesday, revising down initial reports that 25 people had died."
    )
    assert main(text, "2018-12-05T17:00:00+09:00")["killed"] == 12
