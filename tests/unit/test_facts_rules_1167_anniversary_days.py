"""Round 1167: an anniversary piece tells the attack it remembers on the attack's own day. The piece is published on
that day of the year ("On the night of 16 July 1992 ... two vehicles loaded with explosives blew up", in a text of
16 July 2022), or its next sentence goes back to the attack ("Twenty years ago, on the evening of 21 February 2004,
fighters ... attacked the camp"). Its "today" and "on Wednesday" are the remembrance's."""

from __future__ import annotations

from facts_rules_support import main


def test_a_piece_published_on_the_day_of_the_year_of_an_old_attack() -> None:
    inc = main(
        "I was nine and lived two streets away. I remember the windows bowing inward before they broke.\n\n"
        "On the night of 3 March 1994, a little after ten, a car loaded with explosives blew up outside a cinema "
        "on Calle Real. The blast killed 19 people and wounded 80.\n\n"
        "Today there is a small plaque on the street, and each year the neighbours gather with candles.",
        published="2024-03-03T08:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (19, "1994-03-03")


def test_a_next_sentence_that_goes_back_years_to_the_attack() -> None:
    inc = main(
        "The mass grave at Odugu is fenced now, and on Wednesday a few hundred people stood around it while a "
        "priest read out the names he could.\n\n"
        "Twenty years ago, on the evening of 9 November 2003, rebels attacked the camp for displaced people at "
        "Odugu and set the huts alight with families inside. The official count put the dead at 87.",
        published="2023-11-15T17:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (87, "2003-11-09")


def test_a_new_attack_with_an_old_one_of_the_same_day_keeps_its_own_day() -> None:
    inc = main(
        "Gunmen killed six people at a market in Gao on Sunday, officials said. On 3 March 2019, an attack on the "
        "same market had killed 12.",
        published="2024-03-03T20:00:00Z",
    )
    assert (inc["killed"], inc["event_date"]) == (6, "2024-03-03")
