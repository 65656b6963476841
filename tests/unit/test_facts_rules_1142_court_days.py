"""Round 1142: a court release names the days of the trial beside the attack's ("On Dec. 15, 2016, the same jury
found him guilty", "In February he pleaded guilty", "was formally sentenced today"): those are the court's days,
not the attack's; and a release title's "Formally Sentenced" is no part of the attacker's name."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    "court",
    [
        "In February he pleaded guilty to 45 counts of hate crimes",
        "On Feb. 8, 2023, the same jury found Dorsey guilty on all counts",
    ],
)
def test_the_courts_day_is_not_the_attacks(court: str) -> None:
    text = (
        "Texas Man Sentenced to Life for 2019 Mass Shooting at Walmart\n\n"
        f"Ray Dorsey, 24, of Allen, Texas, was sentenced in federal court in El Paso. {court}. On Aug. 3, 2019, "
        "Dorsey opened fire at a Walmart store in El Paso, killing 23 people and injuring 22 others."
    )
    assert main(text, published="2023-07-07")["event_date"] == "2019-08-03"


def test_a_release_title_is_no_part_of_the_name() -> None:
    text = (
        "Boston Marathon Bomber Ivan Petrov Formally Sentenced to Death\n\n"
        "Ivan Petrov, 21, was formally sentenced to death. On April 15, 2013, he set down two bombs near the finish "
        "line of the marathon in Boston. The explosions killed three people and injured more than 260 others."
    )
    names = [a["name"] for a in main(text, published="2015-06-24")["actors"]]
    assert names[:1] == ["Ivan Petrov"]
