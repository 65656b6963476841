"""Round 360: actors of another event in the opening, groups that denied, and attackers named later or by their act."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


def test_the_attacker_of_an_attack_a_week_before_is_not_this_ones() -> None:
    text = (
        "At least 14 people were killed when gunmen attacked the village of Kukawa in Borno state, a week after "
        "militants from Islamic State West Africa Province killed 20 in nearby Monguno."
    )
    assert "perpetrator" not in roles(text).values()


def test_a_lede_opening_on_the_time_since_the_attack_keeps_its_attacker() -> None:
    text = (
        "KANO, Nigeria (Reuters) - Three days after Boko Haram gunmen on motorbikes killed 14 people in Kano, "
        "residents were still fleeing."
    )
    assert roles(text) == {"Boko Haram": "perpetrator"}


def test_a_group_that_denied_with_its_kind_named_is_not_the_perpetrator() -> None:
    text = (
        "GOMA, Congo (AP) — Rebels attacked a camp for displaced people near the eastern city of Goma on Friday, "
        "killing 18 people, a local official said. The M23 rebel group denied responsibility and blamed the army."
    )
    assert roles(text) == {"M23": "unknown"}


def test_a_group_that_killed_and_then_denied_an_accusation_is_still_named_for_the_killing() -> None:
    text = "M23 rebels killed 18 people in the town on Friday, officials said. The rebels have denied the accusations."
    assert roles(text) == {"M23": "perpetrator"}


# --- the attacker named later in a local report ------------------------------------------------------------------


def test_the_arrested_man_named_by_the_media_though_described_as_a_father() -> None:
    text = (
        "A van was driven into worshippers near a mosque in north London shortly after midnight on Monday, killing "
        "one man and injuring ten. The man, aged 47, was arrested on suspicion of attempted murder. Media named him "
        "as Derek Ashworth, a father of four from the Cardiff area."
    )
    assert roles(text) == {"Derek Ashworth": "perpetrator"}


def test_the_suspect_identified_by_the_media_though_described_as_a_resident() -> None:
    text = (
        "A gunman killed ten people at an adult education centre in Orebro on Tuesday. Police have not named the "
        "suspect, but Swedish media identified him as Nils Berglund, 35, a local resident."
    )
    assert roles(text) == {"Nils Berglund": "perpetrator"}


def test_a_victim_named_by_the_police_is_no_attacker() -> None:
    text = (
        "A gunman shot dead a shopkeeper in Leeds on Monday. Police named the victim as John Parker, a father of "
        "two. A man was arrested."
    )
    assert roles(text) == {}


def test_a_suspect_identified_only_by_his_family_names_initial() -> None:
    text = (
        "A man stabbed three people to death at a festival in Solingen on Friday night. The suspect, identified "
        "only as Yusuf al K. under German privacy rules, handed himself in."
    )
    assert roles(text) == {"Yusuf al K.": "perpetrator"}


def test_the_student_who_faces_counts_of_murder() -> None:
    text = (
        "QUEBEC CITY — A university student was charged with six counts of first-degree murder on Monday, a day "
        "after a gunman opened fire at a mosque, killing six and wounding 19.\n\nMarc Tremblay, a political science "
        "student at a local university, also faces five counts of attempted murder."
    )
    assert roles(text) == {"Marc Tremblay": "perpetrator"}



def test_the_group_holding_the_place_struck_is_not_the_perpetrator() -> None:
    text = (
        "DUBAI, United Arab Emirates (AP) — U.S. airstrikes on a fuel port held by Yemen's Houthi rebels killed at "
        "least 74 people, the rebels said Friday."
    )
    assert roles(text) == {
        "United States armed forces (US military, U.S.-led coalition)": "perpetrator",
        "Houthis (Houthi movement, Ansar Allah)": "unknown",
    }


def test_a_states_strike_with_its_weapon_named() -> None:
    text = (
        "The death toll from Russia's ballistic missile strike on the center of Sumy on Sunday has risen to 35, the "
        "State Emergency Service reported."
    )
    assert roles(text) == {"Russian armed forces": "perpetrator"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karim Haddad drove a 19-tonne cargo truck into crowds on the seafront in Nice, killing 86 people.",
         "Karim Haddad"),
        ("Omar Benali hijacked a lorry, killing its driver, and later rammed a market in Berlin, killing 12.",
         "Omar Benali"),
    ],
)
def test_the_driver_of_a_truck_into_a_crowd_named_by_the_act(text: str, name: str) -> None:
    assert roles(text) == {name: "perpetrator"}


def test_the_driver_named_after_a_car_driven_into_a_crowd_told_by_its_time() -> None:
    """Named past the opening, where only the car driven into people makes "the driver" the attacker."""
    text = (
        "MELBOURNE — The death toll from Friday's rampage through the city's busiest mall has risen to five, police "
        "said on Saturday.\n\nThree people were killed at the scene when a man drove a maroon sedan into lunchtime "
        "crowds at about 1.30pm, spinning the car in circles at an intersection before speeding north along the "
        "street and into the pedestrian mall.\n\nAnother 31 people were injured, and several remain in a critical "
        "condition at two hospitals in the city centre, where surgeons worked through the night.\n\n"
        "Witnesses described people being thrown into the air as the car mounted the footpath, and shoppers "
        "sheltering in stores along the mall as police followed the vehicle.\n\n"
        "The driver, Peter Kallis, 26, was shot in the arm by police and arrested."
    )
    assert roles(text) == {"Peter Kallis": "perpetrator"}
