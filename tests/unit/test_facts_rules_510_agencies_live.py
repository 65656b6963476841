"""Round 510: national agencies' datelines and officialese, live pages whose entries restate the toll as it stood,
and the hurt who have since died."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the filing date of an agency's dateline, with no dash after the agency, is not the day of the attack
        (
            "Kohima, Nov 26 (PTI) Three persons were killed and two others injured in a clash between two groups of "
            "armed miscreants in Nagaland's Mon district on Monday night, police said.",
            "2024-11-26T11:40:00+05:30",
            "2024-11-25",
        ),
        (
            "Lima, Oct 14 (Prensa Latina) The number of inmates killed in a riot at a prison in the Peruvian city of "
            "Trujillo rose to nine, the authorities reported on Saturday. The riot, which began on Friday night in one "
            "of the wings, also left 14 injured.",
            "2023-10-14T20:00:00-05:00",
            "2023-10-13",
        ),
        # an agency named after the date on a line of its own, and a dateline told in full stops
        (
            "Ganja, June 3, AZERTAC\n\nOn June 1, at around 15:10, a tractor ran over an anti-tank mine in the "
            "territory of a village of the district, the ministry said. As a result, 01 (one) person, the driver, died "
            "on the spot.",
            "2024-06-03T10:00:00+04:00",
            "2024-06-01",
        ),
        (
            "Ganja. 3 June. APA. Artillery fire hit two villages of the district last night, the ministry said. As a "
            "result, two civilians were killed.",
            "2024-06-03T10:00:00+04:00",
            "2024-06-02",
        ),
        # the day more bodies turned up is not the day of the attack
        (
            "MONROVIA, May 5 (Wire) -- The toll from an attack on a farming village rose to 17, officials said "
            "Sunday. More bodies were discovered in the forest on Sunday by volunteers. The gunmen raided the village "
            "on Friday night, killing farmers with machetes.",
            "2024-05-05T18:00:00+00:00",
            "2024-05-03",
        ),
    ],
)
def test_the_day_of_an_agency_report(text: str, published: str, expected: str) -> None:
    assert main(text, published=published)["event_date"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a victim's year of birth is no earlier event that would make the sentence background
        (
            "Enemy forces shelled the district centre overnight. As a result, 1 (one) resident, Rauf Aliyev, born in "
            "1974, was killed, and 2 (two) civilians sustained injuries.",
            (1, 2),
        ),
        # the divisions holding the victims' village stand between the figure and its verb
        (
            "Three farmers of Sukamaju village, Lore sub-district, Poso district, Central Sulawesi province, were "
            "killed by an armed group on Tuesday, police said.",
            (3, None),
        ),
        # a blow on the body is a wound
        ("A local staff member of an NGO was robbed at gunpoint and struck on the head outside his office.", (None, 1)),
        # "a Fourth of July" is a holiday, no fourth dead; "three deceased" are the dead
        (
            'Gunfire broke out at a Fourth of July party in Eastside on Sunday night. "We have three deceased and '
            'nine injured," the police chief said.',
            (3, 9),
        ),
        # the one hurt who has since died is the dead, not one of the hurt
        (
            "A 71-year-old man stabbed during a robbery at a kiosk in Graz on Friday night has died of his injuries, "
            "police said on Sunday.",
            (1, None),
        ),
    ],
)
def test_counts_in_officialese(text: str, expected: tuple[int | None, int | None]) -> None:
    inc = main(text, published="2024-06-03T10:00:00+02:00")
    assert (inc["killed"], inc["injured"]) == expected


def test_the_hurt_fall_as_the_toll_rises() -> None:
    text = (
        "DAYTON, Ohio - A woman wounded in a shooting at a bar on Saturday has died, police said Monday, bringing "
        "the number of people killed to two.\n\nPolice first said one person was killed and six injured. "
        '"We now have two deceased and five injured," a police spokesman said.'
    )
    inc = main(text, published="2024-06-03T10:00:00-04:00")
    assert (inc["killed"], inc["injured"]) == (2, 5)


OLDEST_FIRST = """Follow our coverage of the attack on a bus station in Bauchi. All times local.

Monday 17:10 — A loud blast is reported at the main bus station. Witnesses describe panic.

17:40 — Police say at least three people were killed and 12 injured.

Tuesday 08:15 — The state emergency agency says the toll now stands at 8 dead and 25 injured. Four of the
injured are in critical condition.

09:00 — Police say a suspect was arrested overnight."""

NEWEST_FIRST = """Live updates on the stabbing attack at a school in Kemi. Newest entries first.

15:30 GMT — Police say three people were killed and seven wounded. The suspect, a former pupil, is in custody.

13:05 GMT — Officials say two people were killed and four wounded.

12:40 GMT — Reports of a knife attack at a school in central Kemi."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [(OLDEST_FIRST, (8, 25)), (NEWEST_FIRST, (3, 7))],
)
def test_a_live_page_counts_its_newest_entry(text: str, expected: tuple[int, int]) -> None:
    inc = main(text, published="2024-06-04T10:00:00+01:00")
    assert (inc["killed"], inc["injured"]) == expected


def test_a_live_page_whose_toll_comes_entries_down_is_still_an_incident() -> None:
    text = (
        "Follow our live coverage of the siege of a hotel in Kismayo.\n\n"
        "Thursday 16:20 GMT — Loud bangs are heard near the hotel gate.\n\n"
        "16:45 GMT — Police say gunmen have entered the building.\n\n"
        "17:05 GMT — Security forces have cordoned off the area.\n\n"
        "19:40 GMT — Guests are being rescued from the upper floors.\n\n"
        "Friday 03:15 GMT — The government says the siege is over.\n\n"
        "06:50 GMT — Police say six people were killed and 14 injured."
    )
    inc = main(text, published="2024-03-15T11:00:00+03:00")
    assert (inc["killed"], inc["injured"], inc["country"]) == (6, 14, "SO")
