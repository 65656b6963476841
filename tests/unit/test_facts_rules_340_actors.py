"""Round 340: the FARC and its dissidents are two actors; a state's air force is its armed forces."""

from __future__ import annotations

from facts_rules_support import main


def names(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"]]


def test_the_farc_before_its_disarmament_is_the_farc() -> None:
    inc = main(
        "05/21/2012: Assailants attacked a police post in Suarez, Cauca department, Colombia, killing two officers. "
        "The Revolutionary Armed Forces of Colombia (FARC) claimed responsibility."
    )
    assert names(inc)[0] == "Revolutionary Armed Forces of Colombia (FARC)"


def test_dissidents_of_the_farc_stay_dissidents() -> None:
    inc = main("On 9 March 2023, dissidents of the FARC killed two soldiers in Argelia, Cauca.")
    assert names(inc)[0] == "FARC dissidents"


def test_a_state_air_force_blamed_is_its_armed_forces() -> None:
    inc = main("An air strike hit a bakery queue in Atarib, killing six people. Rescuers blamed the Russian air force.")
    assert "Russian armed forces" in names(inc)
