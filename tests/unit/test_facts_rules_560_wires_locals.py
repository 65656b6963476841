"""Round 560: Middle East wire copy (a monitor's running total, a same-day separate attack, where rockets came from,
a valley and a neighbourhood named like a country, a people's town), Indian agency datelines and districts, US
local news (a park named like a town, a funeral for an earlier victim), and a state named like its seat."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where
from newsfacts.facts import parse_incidents

PUB = "2024-06-10T09:40:00+05:30"  # a Monday


def test_a_monitors_running_total_since_part_of_a_year_is_not_the_toll() -> None:
    text = ("Gunmen ambushed a military bus near Palmyra in the eastern countryside of Homs yesterday evening, killing "
            "seven soldiers, the monitor said.\n\nWith these losses, the number of soldiers killed in the desert "
            "since early 2024 has risen to 93, according to the monitor's documentation.")
    assert main(text, published=PUB)["killed"] == 7


def test_killing_him_on_the_spot_counts_one() -> None:
    text = ("Unknown gunmen opened fire on a former commander in the town of Tafas on Sunday evening, killing him on "
            "the spot and injuring his son.")
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == (1, 1)


def test_a_same_day_separate_attack_leaves_the_main_one_its_zero_and_its_place() -> None:
    text = ("Around 12 rockets were fired from southern Lebanon at the northern city of Nahariya on Sunday evening, "
            "the army said.\n\nNo one was hurt, according to medics.\n\nEarlier on Sunday, a farmer was seriously "
            "hurt when an anti-tank missile hit his tractor near Shtula, in a separate attack.")
    incidents = parse_incidents(text, published=PUB)
    main_one = incidents[0]
    assert (main_one["country"], main_one["location"], main_one["injured"]) == ("IL", "Nahariya", 0)
    assert [i["injured"] for i in incidents[1:]] == [1]


@pytest.mark.parametrize(
    "text",
    [
        # a valley several countries share, and a city's neighbourhood, named like a country
        "Two civilians were killed when a gunman opened fire on their car near the settlement of Hamra in the "
        "northern Jordan Valley on Tuesday.",
        "Five people were wounded outside a funeral home in north Minneapolis on Wednesday. The funeral was for a "
        "man who was shot on Sept. 21 in the Jordan neighborhood.",
    ],
)
def test_a_place_named_like_a_country_is_not_the_country(text: str) -> None:
    assert main(text, published="2024-10-03T07:00:00-05:00")["country"] != "JO"


def test_the_funeral_of_an_earlier_victim_is_not_the_days_event() -> None:
    text = ("Five people were wounded outside a funeral home in north Minneapolis on Wednesday afternoon, police "
            "said.\n\nThe funeral was for a 22-year-old man who was shot and killed on Sept. 21 in the Jordan "
            "neighborhood.")
    assert main(text, published="2024-10-03T07:00:00-05:00")["event_date"] == "2024-10-02"


def test_a_park_named_like_a_town_is_the_dateline_citys() -> None:
    text = ("CHICAGO — A 16-year-old boy was killed and three men were wounded when gunfire erupted near a "
            "basketball court in Humboldt Park on Saturday night, police said.")
    assert where(text) == ("US", "Illinois", "Chicago")


def test_a_state_named_like_its_seat_yields_to_the_town() -> None:
    text = "Authorities in Zacatecas found the bodies of nine men in Fresnillo early Sunday, prosecutors said."
    assert where(text) == ("MX", "Zacatecas", "Fresnillo")


def test_an_ani_dateline_with_state_and_country_is_the_filing_day() -> None:
    text = ("Srinagar (Jammu and Kashmir) [India], June 10 (ANI): Seven civilians were injured after terrorists hurled "
            "a grenade at a security bunker in Sopore on Sunday evening, officials said.")
    assert main(text, published=PUB)["event_date"] == "2024-06-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a namesake in the division of the district's town (Punjab's Kalanaur, not Haryana's)
        ("A grenade exploded at a police post in Kalanaur town of Gurdaspur district late Monday night.",
         ("IN", "Punjab", "Kalanaur")),
        # the end of a route a village lies beside
        ("Gunmen killed four travellers on the road linking Gao with Ansongo near the village of Fafa Koira on "
         "Monday.", ("ML", "Gao", "Fafa Koira")),
        # a people's village, named after "of"
        ("Militiamen killed 12 people when they attacked the Fulani village of Sobane, in the Bankass district of "
         "central Mali, on Monday.", ("ML", "Mopti", "Sobane")),
    ],
)
def test_where_it_happened(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected


def test_a_peoples_town_is_no_place_name() -> None:
    text = ("Three fighters were killed in a drone strike on a car near Sinjar on Sunday, as residents of the Yazidi "
            "town said they feared more attacks.")
    assert main(text, published=PUB)["location"] != "Yazidi"


def test_an_initials_dot_inside_an_aside_ends_no_sentence() -> None:
    text = ("A tourist was killed on Sunday when a gunman opened fire at a beach bar in Tulum. Three other people, "
            "including two U.S. citizens, were wounded and taken to a hospital.")
    inc = main(text, published="2024-03-25T20:00:00-05:00")
    assert (inc["killed"], inc["injured"]) == (1, 3)
