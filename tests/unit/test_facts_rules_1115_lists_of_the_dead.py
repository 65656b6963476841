"""Round 1115: lists of the dead as the Indian press and the wires write them. An army's ranks that are common words
("a Major", never "a major offensive"); "a Jammu and Kashmir Police constable", one person with an "and" in his name;
a headline's list without an "and" ("DD cameraman, two policemen killed", "8 DRG jawans, driver killed"); a list
that goes on "along with"; a titled man apposed before "and five other policemen"; a unit's ordinal inside a part
("75 CRPF personnel of the 62nd battalion and one head constable"); a toll that rose "to six soldiers and a
civilian". And figures that are not more dead: militants "also killed" in the forces' gunfight, the bodies found
that brought a toll up to date, "Most of the dead were worshippers; five soldiers were also killed", an earlier
estimate lowered, a chronology's "the government says 77 insurgents die", a second bombing on a day of its own,
"images of charred bodies"; and "the killing and mutilation of four civilians" counts four."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "published", "dead"),
    [
        ("An Army Colonel, a Major and a police inspector were killed in an encounter with militants in Anantnag "
         "district on Wednesday, officials said.", "2023-09-14", 3),
        # counter-case: "a major offensive" is no person
        ("The army launched a major offensive in Anantnag district on Wednesday, killing five militants, officials "
         "said.", "2023-09-14", 5),
        ("A Jammu and Kashmir Police constable and two soldiers were killed in an encounter in Shopian on Wednesday.",
         "2023-09-14", 3),
        ("6 CRPF jawans, driver killed in IED blast in Sukma", "2025-01-07", 7),
        ("Journalist, two policemen killed in ambush in Sukma\n\nRAIPUR: A journalist and two policemen were killed "
         "when Maoists ambushed a patrol in Sukma district on Tuesday, police said. Two other personnel were injured. "
         "The team was in the area to cover the election campaign. Journalist Ravi Kumar was hit by a bullet and died "
         "on the spot. A head constable and a constable were also killed.", "2018-10-31", 3),
        ("A police chief, his wife and their daughter, along with three guards, were killed when militants ambushed "
         "his convoy in Manipur on Saturday.", "2021-11-14", 6),
        # counter-case: "along with" after the verb goes on to the list's last part, as before
        ("Gunmen killed the mayor of a town in Guerrero along with his father and 12 other people on Wednesday, "
         "authorities said.", "2022-10-06", 14),
        ("Deputy Superintendent of Police, Rakesh Kumar, and three other policemen were killed when Maoists ambushed "
         "their jeep in Jharkhand on Tuesday.", "2013-07-03", 4),
        # counter-case: the titled man's name after the verb, counted once
        ("A car bomb exploded at a checkpoint in Baghdad on Monday, killing the governor of the province, Ahmad Khan, "
         "and four other people.", "2004-05-17", 5),
        ("06/04/2012 | Chhattisgarh | Sukma | 40 CRPF personnel of the 74th battalion and one driver killed when "
         "Maoists ambushed the convoy.", None, 41),
        ("The toll in the attack on the army camp in Jammu rose to five soldiers and a civilian on Monday, officials "
         "said.", "2018-02-12", 6),
    ],
)
def test_a_list_of_the_dead(text: str, published: str | None, dead: int) -> None:
    assert main(text, published)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "published", "dead"),
    [
        ("Four soldiers were killed in a gunfight with militants in Kupwara district on Saturday, officials said. "
         "Three militants were also killed.", "2020-05-03", 4),
        ("Fifteen soldiers were killed in Saturday's ambush in Bijapur district, police said on Sunday after the "
         "bodies of 11 more were recovered from the forest.", "2021-04-04", 15),
        ("A bomb exploded at a church in Jolo on Sunday, killing 15 people. Most of the dead were worshippers; three "
         "soldiers were also killed.", "2019-01-28", 15),
        ("Security forces have recovered the bodies of nine workers killed by rebels in Papua, police said on "
         "Wednesday, lowering an earlier estimate that 20 people had died.", "2018-12-05", 9),
        ("4 March 2003 – Davao City, Philippines: A bomb explodes at the airport terminal, killing 21 people. A "
         "second bombing, at the port on 2 April, kills 16 more.", None, 21),
        ("25 August 2017 – Rakhine State, Myanmar: Insurgents attack police posts around Maungdaw. Eight members of "
         "the security forces are killed; the government says 30 insurgents die.", None, 8),
        ("Troops set fire to a house in Sagaing region on Tuesday, killing nine villagers, according to a local "
         "official, a witness and images of charred bodies.", "2021-12-08", 9),
        ("Military police have named five soldiers as suspects in the killing and mutilation of four civilians in "
         "Mimika regency, the army said on Wednesday.", "2022-08-31", 4),
    ],
)
def test_figures_that_are_no_more_dead(text: str, published: str | None, dead: int) -> None:
    assert main(text, published)["killed"] == dead
