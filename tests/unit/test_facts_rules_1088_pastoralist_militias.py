"""Round 1088: the pastoralist militias of the Kenya-Uganda-Ethiopia borderlands, named by their people and the raid
("armed Pokot raiders", "Karimojong warriors from Uganda", "Merille raiders from Ethiopia"); the people or their
county alone name no attacker."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A police reservist was shot dead and two herders wounded when armed Pokot raiders attacked homesteads in "
         "Mukutani, Baringo County.", "Pokot militia"),
        ("Two police reservists were killed by Karimojong warriors from Uganda during a cross-border cattle raid near "
         "Alale, West Pokot County.", "Karimojong militia"),
        ("At least 40 residents were killed when Merille raiders from Ethiopia attacked Todonyang village, Turkana "
         "County.", "Merille (Dassanech) militia"),
        ("Forty-two police officers were killed when Turkana raiders ambushed them in the Suguta Valley near Baragoi "
         "on Saturday.", "Turkana militia"),
    ],
)
def test_a_militia_named_by_its_people(text: str, who: str) -> None:
    assert who in perpetrators(main(text))


def test_the_people_alone_name_no_attacker() -> None:
    # counter-case: the dead were Turkana residents; the attackers are not named
    inc = main("At least 40 Turkana residents were killed when gunmen attacked Todonyang village in Turkana County.")
    assert not any("Turkana" in name for name in perpetrators(inc))
