"""Round 1169: social-media posts and threads. A line that opens with "UPDATE:", "3/ UPDATE 13:40:" or "REVISED TOLL:"
brings the count up to date; a thread's post number ("12/ Families of the dead ...") and the nationalities of the dead
count no one; a list of updates opens its lines with an em dash; a toll's colon opens its parts; a post's present
tense revises a toll ("Interior ministry revises the toll ... to 19"); a count the sentence rejects ("84, not 100 or
101") is no count."""

from __future__ import annotations

from facts_rules_support import main


def test_an_update_line_in_a_stream_of_posts() -> None:
    inc = main(
        "City Police @citypolice\nWe are responding to reports of an explosion at the Riverside Arena. Please avoid "
        "the area.\n\nCity Police @citypolice\nCurrently 12 confirmed fatalities and around 40 casualties.\n\n"
        "City Police @citypolice\nUPDATE: 15 people have now died, and 41 injured people have been taken to 6 "
        "hospitals across the region.",
        published="2023-06-12T10:00:00Z",
    )
    assert (inc["killed"], inc["injured"]) == (15, 41)


def test_a_numbered_thread_with_updates_and_post_numbers() -> None:
    inc = main(
        "THREAD on the strike at the bus station in Novohrad.\n\n"
        "1/ BREAKING: A missile has hit the bus station in Novohrad this morning.\n\n"
        "2/ Governor: \"at least 20 dead, over 60 wounded\". Numbers will move.\n\n"
        "3/ UPDATE 13:40: officials now say 27 dead.\n\n"
        "4/ Wounded are being moved to hospitals in the region.\n\n"
        "5/ UPDATE 21:50: the governor now says 31 killed. This is the latest official toll.\n\n"
        "12/ Families are searching the hospitals for relatives.",
        published="2023-06-12T22:15:00Z",
    )
    assert inc["killed"] == 31


def test_a_revised_toll_that_rejects_the_earlier_counts() -> None:
    inc = main(
        "Mon 5 Jun\n1/ A suicide bomber blew himself up in a mosque in Zarin. Hospital: 20 dead, more than 90 "
        "injured.\n\nTue 6 Jun\n2/ Officials put the toll at 70.\n\n"
        "Thu 8 Jun\n3/ REVISED TOLL: the government says the confirmed number of dead is 61, not 70 or 72, as some "
        "bodies were counted twice.",
        published="2023-06-08T13:00:00Z",
    )
    assert inc["killed"] == 61


def test_the_nationalities_of_the_dead() -> None:
    inc = main(
        "The government says 31 people from at least 14 nationalities were killed in Friday night's assault on the "
        "Grand Hotel; 40 wounded.",
        published="2023-06-12T10:00:00Z",
    )
    assert (inc["killed"], inc["injured"]) == (31, 40)


def test_a_posts_present_tense_revision_beside_the_attackers() -> None:
    inc = main(
        "#Lagune: Interior ministry revises the toll from Sunday's beach attack to 17 — 15 civilians and 2 soldiers "
        "— plus 3 attackers killed. 30 injured.",
        published="2023-06-12T10:00:00Z",
    )
    assert (inc["killed"], inc["injured"]) == (17, 30)


def test_a_tolls_colon_opens_its_parts() -> None:
    inc = main(
        "Death toll 19, not counting the gunmen: 17 hostages, mostly foreigners (8 Italians, 6 Germans), and 2 "
        "police officers killed in the first exchange of fire.",
        published="2023-06-12T10:00:00Z",
    )
    assert inc["killed"] == 19


def test_an_em_dash_list_of_updates() -> None:
    inc = main(
        "Tolls:\n— Last night: officials said 50 people + 9 soldiers killed, 120 wounded.\n"
        "— UPDATE: health officials today say at least 140 people were killed, including the 9 soldiers.",
        published="2023-06-12T10:00:00Z",
    )
    assert inc["killed"] == 140


def test_a_rows_spaced_slash_is_no_post_number() -> None:
    inc = main("Gunmen attacked a market in Gao. Killed: 3 / Injured: 5.", published="2023-06-12T10:00:00Z")
    assert inc["killed"] == 3
