"""Round 1122: a headline's list of countries before "borders" ("attack near Niger, Burkina borders") names the
other side of the line, not where it happened; a gun is a word of violence ("drew a Glock pistol and killed nine",
which a "Storm" in the gunman's name had turned into weather); one age for a list's part ("killing two students,
both 14, and two math teachers")."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts import parse_incidents


def test_a_headlines_countries_before_borders() -> None:
    inc = main(
        "Benin says 28 soldiers killed in attack near Niger, Burkina borders\n\nCOTONOU, Jan 10 - Twenty-eight "
        "soldiers were killed in Wednesday's attack on an army position in northern Benin, an army spokesman said.",
        "2025-01-10",
    )
    assert inc["country"] == "BJ"


def test_a_town_near_a_border_is_still_the_place() -> None:
    # a town before "border town" is where it happened, not the side of the line
    assert main("Gunmen killed five people in the border town of Mandera on Sunday.")["country"] == "KE"


def test_a_gun_is_violence_whatever_the_gunman_is_called() -> None:
    inc = main(
        "Dylann Storm Roof, 21, sat with a Bible study group at a church in Charleston, South Carolina, on the "
        "evening of June 17, 2015, then drew a Glock pistol and killed nine worshippers.",
        None,
    )
    assert (inc["killed"], inc["location"]) == (9, "Charleston")


def test_a_storm_still_kills_no_one_by_hand() -> None:
    incs = parse_incidents("A storm swept through the town on Sunday, killing nine people.", published="2015-06-18")
    assert incs == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A student opened fire at the school on Wednesday, killing two students, both 14, and two math teachers "
         "and wounding nine others.", 4),
        ("Gunmen opened fire on the bus, killing three men, all aged 20, and a woman.", 4),
        ("Gunmen opened fire on the bus, killing a man, 34, and his wife.", 2),
    ],
)
def test_one_age_for_a_lists_part(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected
