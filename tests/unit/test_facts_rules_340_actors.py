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


def test_age_before_the_name_and_the_way_in_before_the_shots() -> None:
    inc = main(
        "Wearing a tactical vest, 20-year-old Bryce Allan Kimbrough walked into the gym of a middle school in Conway, "
        "Ark., and fired more than 30 rounds, killing a coach."
    )
    assert names(inc)[0] == "Bryce Allan Kimbrough"


def test_a_description_then_the_age_and_the_name() -> None:
    inc = main("A parishioner, 66-year-old Walter Deane, opened fire during a funeral in Duluth, killing two mourners.")
    assert names(inc)[0] == "Walter Deane"


def test_a_sailors_rank_is_no_police_officer() -> None:
    inc = main("Navy Petty Officer Second Class Lyle Brandt, 24, opened fire in a hangar at a base, killing one.")
    assert names(inc)[0] == "Lyle Brandt"


def test_a_police_officer_named_is_still_no_attacker() -> None:
    inc = main("A gunman killed two people at a diner. Police Officer Dana Reyes, 41, shot the gunman dead.")
    assert "Dana Reyes" not in names(inc)


def test_the_islamic_state_carries_the_name_the_databases_give_it() -> None:
    inc = main("04/03/2017: Assailants detonated a car bomb in Tikrit, killing 31. ISIL claimed responsibility.")
    assert names(inc)[0] == "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)"


def test_a_team_leader_is_no_office_holder() -> None:
    inc = main("At a warehouse in Chesapeake, Va., overnight team leader Dale Rooks, 33, shot and killed four men.")
    assert names(inc)[0] == "Dale Rooks"


def test_fired_from_and_a_truck_driven_into_crowds() -> None:
    inc = main("A 58-year-old retiree, Harold Penn, fired from a hotel window onto a crowd in Reno, killing nine.")
    assert names(inc)[0] == "Harold Penn"
    inc = main("Tunisian-born Karim Ben Salah drove a 19-tonne truck into crowds on a promenade in Nice, killing 40.")
    assert names(inc)[0] == "Karim Ben Salah"


def test_an_ethnic_militia_by_its_people() -> None:
    inc = main("On 9 June 2022, Fulani ethnic militia attacked Mangu (Mangu, Plateau), killing 8. Fatalities: 8.")
    assert names(inc)[0] == "Fulani militia"


def test_the_person_arrested_before_the_group_he_pledged_allegiance_to() -> None:
    inc = main(
        "A man drove a van into shoppers in Malmo, killing two. Police arrested a 41-year-old Uzbek national, Karim "
        "Nazarov, who had pledged allegiance to the Islamic State."
    )
    assert names(inc)[0] == "Karim Nazarov"


def test_dissidents_of_the_former_farc_and_fano_militias() -> None:
    inc = main("Dissidents of the former FARC guerrilla attacked the police station in Suarez, Cauca, killing two.")
    assert names(inc)[0] == "FARC dissidents"
    inc = main("On 2 March 2023, Fano militias attacked an army post in Debark (North Gondar, Amhara). Fatalities: 6.")
    assert names(inc)[0] == "Fano"
