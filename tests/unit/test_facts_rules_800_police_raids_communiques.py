"""Round 800: a communique's enemy dead "on the enemy side", a monitor's note with only its coded fatalities or
"Civilians reported killed", a record's chain of divisions down to the town, a deadly police raid's force as the
perpetrator, an attacker described between commas and shot dead by police, captives killed far from where they were
taken, a schoolteacher and a sacristan, a constable "escorting him", two ages in a list, "years of self-imposed
exile", and an older count "well above" which the toll stands."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents

PUB = "2024-08-28T10:00:00+00:00"  # a Wednesday


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state's count of its enemies killed is a claim, not the attack's dead
        ("On Sunday at dawn the military post of Tin-Ghar was attacked by armed men on motorbikes. Provisional "
         "toll: on the friendly side, four (4) soldiers killed and nine (9) wounded; on the enemy side, about sixty "
         "terrorists neutralised.", (4, 9)),
        ("The gunman, a 25-year-old man, was shot dead by police after he killed two people at a bar on Friday.",
         (2, None)),
        # those taken, however long the way to where they were killed
        ("Gunmen abducted nine quarry workers from their living quarters near a stone quarry on the edge of the "
         "district early on Sunday, marched them to the nearby hills and shot them dead, officials said.", (9, None)),
        ("Unidentified gunmen shot dead a schoolteacher outside his home on Saturday evening, police said.", (1, None)),
        ("A polio vaccinator and the police constable escorting him were shot dead in the district, officials said.",
         (2, None)),
        ("Two men aged 67 and 56 and a 56-year-old woman were killed.", (3, None)),
        ("Two men, aged 67 and 56, and a woman were killed in the attack.", (3, None)),
        ("A man with a machete attacked a church on Wednesday evening, killing the sacristan and wounding four "
         "people.", (1, 4)),
        # a life's years are no war's
        ("The opposition leader, who had returned after eight years of self-imposed exile, escaped unhurt, but at "
         "least 130 people were killed and more than 400 injured when two bombs exploded near her truck.",
         (130, 400)),
        # the older count the sentence's own replaces
        ("At least 44 people were killed when militiamen attacked the village on Sunday, the UN agency said, well "
         "above the 27 deaths reported by local officials.", (44, None)),
        # a monitor's field, "reported" between whom and the harm
        ("Incident date: 17 March 2017. Location: a neighbourhood of west Mosul, Nineveh governorate, Iraq. "
         "Civilians reported killed: between 105 and 141. Summary: a single munition struck a building where "
         "families were sheltering.", (105, None)),
    ],
)
def test_counts(text: str, expected: tuple) -> None:
    inc = main(text, published=PUB)
    assert (inc["killed"], inc["injured"]) == expected


def test_a_monitors_note_with_its_coded_fatalities_is_an_incident() -> None:
    inc = main(
        "Burkina Faso, Centre-Nord region, Sanmatenga province, Barsalogho. Event date: 24 August 2024. Actor 1: "
        "JNIM. Actor 2: Civilians digging a defensive trench around the town. Fatalities coded: 80 (conservative; "
        "the group claimed about 200).",
        published=PUB,
    )
    assert (inc["killed"], inc["event_date"], inc["country"], inc["location"]) == (80, "2024-08-24", "BF", "Barsalogho")


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("A police operation against a gang in the Mare favela complex in Rio de Janeiro on Thursday left 14 people "
         "dead, authorities said.", "Police"),
        ("Eight farm workers were killed on Tuesday by Military Police officers during an eviction on a ranch in "
         "Para state.", "Military Police"),
        ("Six men were killed early on Wednesday during an operation by Bahia's Military Police in a neighbourhood "
         "of Salvador, the state security secretariat said.", "Military Police"),
    ],
)
def test_a_deadly_police_raid_names_the_police(text: str, force: str) -> None:
    assert perpetrators(main(text, published=PUB)) == [force]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A gunman killed three people at a store in Dallas on Monday before he was shot dead by police.", 3),
        ("Two gunmen opened fire at an office party in Riverside, killing 14 people. The two were later killed by "
         "police as they fled in an SUV.", 14),
    ],
)
def test_an_attackers_end_at_police_hands_names_no_police_perpetrator(text: str, killed: int) -> None:
    incidents = parse_incidents(text, published=PUB)
    assert incidents[0]["killed"] == killed
    assert "Police" not in perpetrators(incidents[0])
