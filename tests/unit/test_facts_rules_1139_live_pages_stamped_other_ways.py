"""Round 1139: live pages whose entries are stamped other ways (a stamp alone on its line, "17:20 The minister
says" with a space only, "2010 GMT", "09:15 (Kabul time)", "35 mins ago"), a toll that says whom it leaves out, a
"Background:" section, an entry's dead attackers beside its victims, and a January day named in late December."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.text import ascii_lower, live_stamps

_ENTRIES = {
    "alone": ("11:52 BST\nPolice release footage", "10:30 BST\nSecond device", "09:15 BST\nToll now 20"),
    "space": ("17:20 The minister says", "14:05 Residents say", "11:30 Police say"),
    "four": ("2010 GMT\nThe spokesman says", "1745 GMT\nRioting", "1530 GMT\nThe president"),
    "zone in brackets": ("09:15 (Kabul time)\nToll rises", "07:40 (Kabul time)\nWitness", "05:20 (Kabul time)\nSpeech"),
    "ago": ("35 mins ago\nGroup claims it", "2h ago\nToll revised", "4h ago\nMourning declared"),
}


@pytest.mark.parametrize("form", list(_ENTRIES))
def test_stamps_of_each_form_make_a_live_page(form: str) -> None:
    text = "Attack in the city: live\n\n" + "\n\n".join(f"{e}. More words follow here." for e in _ENTRIES[form])
    stamps = live_stamps(ascii_lower(text))
    assert stamps is not None and len(stamps) == 3
    assert stamps[0].minute > stamps[1].minute > stamps[2].minute  # newest first, as written


def test_years_opening_lines_make_no_live_page() -> None:
    text = "2005 was a bad year.\n\n2006 was worse.\n\n2007 was the worst of all, officials said."
    assert live_stamps(ascii_lower(text)) is None


def _page(day: str, *entries: str) -> str:
    return f"Blast in the capital: live\n{day}\n\n" + "\n\n".join(entries)


def test_the_newest_entry_of_a_page_stamped_alone_on_its_lines() -> None:
    text = _page(
        "Tuesday 18 August 2015",
        "11:52 BST\nFootage\nPolice released footage of a man leaving a backpack near the shrine.",
        "09:15 BST\nToll now 20\nPolice say 20 people died in Monday evening's blast at the shrine in Bangkok, and 125 "
        "were wounded. Earlier figures had put the dead at 12.",
        "08:00 BST\nThe prime minister called it the worst attack on the country.",
    )
    out = main(text, published="2015-08-18T12:00:00+01:00")
    assert (out["killed"], out["injured"], out["event_date"]) == (20, 125, "2015-08-17")


def test_an_entrys_dead_attackers_beside_its_victims() -> None:
    text = _page(
        "Tuesday 16 December 2014",
        "18:05 PKT\nThe army says the operation is over and all seven attackers have been killed. He says 141 people "
        "died at the school in Peshawar. At least 121 other people were wounded.",
        "12:00 PKT\nThe chief minister says 84 people have been killed.",
        "10:45 PKT\nGunmen have entered the school. Heavy gunfire is being heard.",
    )
    assert main(text, published="2014-12-16")["killed"] == 141


def test_a_toll_that_says_whom_it_leaves_out() -> None:
    text = (
        "A suicide bomber struck a rally in Rawalpindi on Thursday. The death toll, not counting the bomber, has "
        "risen to at least 22."
    )
    out = main(text, published="2007-12-27")
    # the toll's 22, and the bomber it leaves out, whom the convention counts among the dead
    assert out["killed"] == 23
    assert any(e["text"].startswith("death toll, not counting") for e in out["evidence"] if e["field"] == "killed")


def test_a_background_section_dates_nothing() -> None:
    text = _page(
        "Thursday 27 December 2007",
        "2010 GMT\nThe attacker fired at the vehicle and then blew himself up. The death toll has risen to 22.",
        "1745 GMT\nRioting has broken out in other cities.",
        "1215 GMT\nReports of an explosion at a park in Rawalpindi.",
        "Background: the leader survived a double suicide bombing on 18 October, which killed about 140 people.",
    )
    assert main(text, published="2007-12-27")["event_date"] == "2007-12-27"


@pytest.mark.parametrize(("day", "dated"), [("8 January", None), ("8 December", "2007-12-08")])
def test_a_january_day_in_late_december_is_to_come(day: str, dated: str | None) -> None:
    text = f"A suicide bomber killed 20 people at an election rally in Rawalpindi on {day}, ahead of the vote."
    assert main(text, published="2007-12-27")["event_date"] == dated
