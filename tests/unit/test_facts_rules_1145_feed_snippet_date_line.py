"""Round 1145: a feed snippet's date and dash below its headline ("...knife attack that killed 29\\n2 Mar 2014 —
Attackers ... killed 29 people") start a sentence of their own, so the headline's toll and the lede's are one count,
not two in one sentence (had been 58)."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.text import sentence_spans


def test_the_date_and_dash_start_a_sentence() -> None:
    text = "Knife attack that killed 29\n2 Mar 2014 — Attackers killed 29 people."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Knife attack that killed 29",
        "2 Mar 2014 — Attackers killed 29 people.",
    ]


def test_a_wrapped_line_that_opens_on_a_date_stays_in_its_sentence() -> None:
    text = "Gunmen killed 29 people at a station in the city on\n2 March 2014 in an attack that shocked the country."
    assert len(sentence_spans(text)) == 1


def test_the_headlines_toll_and_the_ledes_are_one() -> None:
    text = (
        "Gunmen torch casino in Monterrey, killing at least 52\n26 Aug 2011 — At least 52 people were killed on "
        "Thursday afternoon when gunmen burst into a casino in Monterrey and set it ablaze, officials said."
    )
    out = main(text, published="2011-08-26")
    assert (out["killed"], out["event_date"]) == (52, "2011-08-25")
