"""Round 1104: a lede on a later death that raised the toll ("A Navy sailor wounded when a gunman attacked two
military sites died Saturday, raising the number of service members killed to five") is dated by the attack's own
day, told further on ("Thursday's attack"), as "the toll rose to 231 on Sunday" is."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("DAYTON, Ohio (AP) - A soldier wounded when a gunman attacked a recruiting office died Saturday, raising the "
         "number of service members killed to four, the Army said.\n\nThree soldiers were killed in Thursday's "
         "attack.", "2020-04-30"),
        ("A police officer wounded in the bombing of the station died on Sunday, bringing the death toll to 12. The "
         "bomb went off on Friday morning.", "2020-05-01"),
        # counter-case: with no other day told, the lede's stands
        ("A police officer wounded in the bombing of the station died on Sunday, bringing the death toll to 12.",
         "2020-05-03"),
    ],
)
def test_a_later_deaths_lede_is_dated_by_the_attack(text: str, day: str) -> None:
    assert main(text, "2020-05-05")["event_date"] == day
