"""Round 1135: a paper that writes its own name where an agency's stands ("Tripoli, Asharq Al-Awsat - ...") files
from its dateline's town, which need not be the scene; "The U.S. ambassador, J. Christopher Stevens, and three other
Americans were killed" counts others than the man named beside them, not more than the headline's four."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts.text import dateline


def test_papers_own_name_closes_a_dateline() -> None:
    assert dateline("Tripoli, Asharq Al-Awsat - Officials met on Thursday.") is not None


def test_filed_from_tripoli_about_benghazi() -> None:
    text = (
        "Tripoli, Asharq Al-Awsat - Libyan officials were on Thursday trying to piece together how an armed attack on "
        "the consulate in Benghazi on Tuesday night killed four people."
    )
    assert main(text, published="2012-09-13")["location"] == "Benghazi"


def test_others_than_the_man_named_beside_them() -> None:
    text = (
        "Ambassador among four Americans killed in Benghazi attack\n\n"
        "BENGHAZI, Libya, Sept 12 - The U.S. ambassador to Libya, J. Christopher Stevens, and three other Americans "
        "were killed when armed men stormed the consulate on Tuesday night."
    )
    assert main(text, published="2012-09-12")["killed"] == 4


def test_three_other_soldiers_later_are_more() -> None:
    text = "Four soldiers were killed in the ambush on Monday. Three other soldiers were killed in a second ambush."
    assert main(text, published="2012-09-12")["killed"] == 7
