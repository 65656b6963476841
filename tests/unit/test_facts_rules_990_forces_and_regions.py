"""Round 990: Sri Lanka's forces by their service names, and groups of Sri Lanka, Tunisia, Greece and Russia's
border raids; Ukraine's SBU and military intelligence by their own names, and "Ukraine's SBU" is whose, not where;
a killer named after "by" and then described; a day named without its year and still to come is not last year's;
Morocco's regions since 2015, and Tunisian and Italian divisions as coders name them."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def perpetrators(text: str, published: str = "2024-05-05T10:00:00+00:00") -> list[str]:
    return [a["name"] for a in main(text, published)["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sri Lanka Air Force jets bombed a rebel camp near Puthukkudiyiruppu on Tuesday, killing 12 people, "
            "residents said.",
            "Sri Lankan armed forces (Sri Lanka Army, Sri Lanka Air Force, SLAF)",
        ),
        (
            "On 4 March 2018, mobs led by supporters of the Bodu Bala Sena set fire to Muslim shops in Teldeniya, "
            "killing one man.",
            "Bodu Bala Sena (BBS)",
        ),
        (
            "Militants of the Okba Ibn Nafaa Brigade ambushed an army patrol near Kasserine on Sunday, killing four "
            "soldiers, the defence ministry said.",
            "Okba Ibn Nafaa Brigade",
        ),
        (
            "A bomb planted by the Conspiracy of Cells of Fire exploded outside a courthouse in Thessaloniki, wounding "
            "a security guard.",
            "Conspiracy of Cells of Fire",
        ),
        (
            "Fighters of the Russian Volunteer Corps crossed into the Bryansk region on Thursday and attacked a "
            "village, killing two civilians, the governor said.",
            "Russian Volunteer Corps (RVC)",
        ),
        (
            "Drones launched by the SBU struck an oil depot in the town of Klintsy on Friday, injuring two workers, "
            "a source in the agency said.",
            "Security Service of Ukraine (SBU)",
        ),
    ],
)
def test_forces_and_groups_by_name(text: str, name: str) -> None:
    assert name in perpetrators(text)


def test_a_killer_named_after_by_then_described() -> None:
    text = (
        "On 2 May 2014, the student activist Nikos Petrou was stabbed to death in Perama, near Piraeus, by Stavros "
        "Dimou, a supporter of a far-right party."
    )
    assert "Stavros Dimou" in perpetrators(text)


def test_ukraines_sbu_is_whose_not_where() -> None:
    text = (
        "Drones launched by Ukraine's SBU security service struck the town's chemical plant in Seltso late on "
        "Thursday, wounding two guards, a source in the agency said. Russia's Defence Ministry said it had downed 40 "
        "drones overnight."
    )
    inc = main(text, "2024-03-12T16:00:00+03:00")
    assert (inc["country"], inc["admin1"]) == ("RU", "Bryansk")


def test_a_day_still_to_come_is_not_last_years() -> None:
    text = (
        "Russian forces repelled an attempt by armed groups from Ukraine to break into the village of Tyotkino in "
        "the Kursk region on Tuesday morning, the regional governor said.\n\nThe Russian Volunteer Corps said its "
        "fighters had entered the village. The Defence Ministry said raids on the border had been thwarted and that "
        "60 attackers had been killed.\n\nThe raids came days before the March 15-17 presidential election."
    )
    assert main(text, "2024-03-12T16:00:00+03:00")["event_date"] == "2024-03-12"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Two men blew themselves up near a police station in Casablanca on Saturday, wounding a woman.",
         "Casablanca-Settat"),
        ("A bomb in a cafe on the main square of Marrakesh killed 17 people on Thursday.", "Marrakesh-Safi"),
        ("Gunmen killed four national guards in a clash in the province of Sidi Bouzid on Wednesday.", "Sidi Bouzid"),
        ("Dozens of jihadists attacked army posts in Ben Guerdane at dawn on Monday, killing 12 soldiers.", "Medenine"),
        ("A parcel bomb exploded at the Chilean embassy in Rome on Thursday, injuring one employee.", "Lazio"),
    ],
)
def test_divisions_as_coders_name_them(text: str, admin1: str) -> None:
    assert main(text)["admin1"] == admin1
