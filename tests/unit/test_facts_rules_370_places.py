"""Round 370: an attacker's past abroad, a town's own division, faiths, and a renamed province."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def where(text: str) -> tuple[str | None, str | None, str | None]:
    inc = main(text)
    return inc["country"], inc["admin1"], inc["location"]


@pytest.mark.parametrize(
    "past",
    [
        "a man who had fought in Syria",
        "Arben Krasniqi, who was convicted of trying to join the group in Syria,",
        "a gunman who returned from Iraq last year",
    ],
)
def test_the_attackers_past_abroad_is_no_scene(past: str) -> None:
    assert where(f"Police said {past} opened fire in Vienna, killing four people.")[0] == "AT"


def test_a_towns_own_division_beats_a_namesake_elsewhere() -> None:
    text = "Nine people were killed on Monday when gunmen opened fire on their convoy outside La Mora, in Sonora state."
    assert where(text) == ("MX", "Sonora", "La Mora")


def test_a_towns_own_division_after_a_landscape_beats_a_namesake_elsewhere() -> None:
    text = (
        "Nine people were killed on Monday when gunmen opened fire on a convoy outside La Mora, in the mountains "
        "of Sonora state."
    )
    assert where(text)[:2] == ("MX", "Sonora")


def test_a_faith_is_no_place() -> None:
    text = "Three women and six children, members of a Mormon family, were killed on Monday in an ambush."
    assert where(text)[2] is None


@pytest.mark.parametrize("name", ["North West Frontier Province", "NWFP"])
def test_the_old_name_of_a_renamed_province_is_reported_by_its_current_one(name: str) -> None:
    text = f"A car bomb killed 105 people in a market in Peshawar, in the {name}, on Wednesday."
    assert where(text) == ("PK", "Khyber Pakhtunkhwa", "Peshawar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CHARLOTTESVILLE, Va. — A 20-year-old Ohio man was charged with murder on Saturday after police said he "
            "drove his car into a crowd of counter-protesters, killing a woman. James Carter Jr., of Toledo, Ohio, "
            "was also charged with malicious wounding.",
            ("US", "Virginia", "Charlottesville"),
        ),
        (
            "Toronto — The 25-year-old man accused of driving a van onto a crowded sidewalk appeared in court on "
            "Tuesday. Alek Marsh, of Richmond Hill, Ont., stood in a white jumpsuit. Ten people were killed on "
            "Monday when the van mounted the sidewalk on Yonge Street.",
            ("CA", "Ontario", "Toronto"),
        ),
        (
            "BUFFALO, N.Y. — A gunman shot 13 people at a supermarket on Saturday afternoon, killing 10. Police said "
            "the suspect, Paul Grady, of Conklin, a town near Binghamton about 200 miles to the southeast, drove to "
            "the store and opened fire.",
            ("US", "New York", "Buffalo"),
        ),
    ],
)
def test_a_named_persons_home_town_is_no_scene(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected


def test_a_record_compared_with_since_names_no_scene() -> None:
    text = (
        "Gunmen stormed a college campus in northeast Kenya and killed 148 people, the government said on Friday, "
        "the deadliest attack in the country since the 1998 bombing of the U.S. embassy in Nairobi."
    )
    assert where(text) == ("KE", None, None)


def test_a_dateline_town_in_the_part_of_the_country_the_lede_names_stays() -> None:
    text = (
        "GARISSA, Kenya, April 3 (Reuters) - Gunmen killed 148 people in an assault on a university in northeast "
        "Kenya, the government said on Friday."
    )
    assert where(text) == ("KE", "Garissa", "Garissa")


def test_a_dateline_town_outside_the_part_of_the_country_the_lede_names_goes() -> None:
    text = "KABUL (Reuters) - A roadside bomb killed 11 people in northern Afghanistan on Friday, officials said."
    assert where(text) == ("AF", None, None)


def test_a_dateline_kept_in_capitals_is_reported_as_the_body_spells_it() -> None:
    text = (
        "MAZAR-I-SHARIF, Afghanistan (AP) — Fighters attacked a base in northern Afghanistan on Friday, killing at "
        "least 140 soldiers, officials said.\n\nThe attackers got through a series of checkpoints at the army "
        "headquarters on the outskirts of Mazar-i-Sharif, the capital of Balkh province."
    )
    assert where(text)[2] == "Mazar-i-Sharif"


def test_a_centre_bearing_a_sizable_towns_name_is_in_that_town() -> None:
    text = "A city engineer opened fire in Building 2 of the Virginia Beach Municipal Center, killing 12 people."
    assert where(text) == ("US", "Virginia", "Virginia Beach")


def test_where_the_attacker_was_caught_after_fleeing_is_no_scene() -> None:
    text = (
        "A gunman killed nine people at a church in Charleston. He fled and was arrested the next morning during a "
        "traffic stop in Shelby, North Carolina."
    )
    assert where(text) == ("US", "South Carolina", "Charleston")


def test_an_attacker_arrested_where_he_killed_keeps_that_place() -> None:
    assert where("A gunman who killed three people in Dallas was arrested later in Plano, police said.")[2] == "Dallas"


def test_a_states_own_bodies_and_its_capital_speaking_do_not_place_a_strike_abroad() -> None:
    text = (
        "An air strike destroyed the consular building next to Iran's embassy in the Mezzeh district of Damascus on "
        "Monday, killing seven members of Iran's Revolutionary Guards, Tehran said.\n\nIran's ambassador told state "
        "television that jets had fired six missiles at the building. Iran's Supreme Leader said the attack would "
        "be punished. Iran's foreign ministry summoned diplomats."
    )
    assert where(text)[:2] == ("SY", "Damascus")
