"""Round 310: Russian divisions under their English names, and camps named with what they are for."""

from __future__ import annotations

from facts_rules_support import main


def test_moscow_oblast_named_in_the_text_keeps_its_town() -> None:
    inc = main("Three attackers stormed a concert at Lotus City Hall in Krasnogorsk, Moscow Oblast, killing 20 people.")
    assert (inc["country"], inc["admin1"], inc["location"]) == ("RU", "Moscow", "Krasnogorsk")


def test_krai_is_named_in_english_when_only_the_town_is_given() -> None:
    inc = main("A Ukrainian drone hit an oil depot in Tuapse, killing one worker, the governor said.")
    assert inc["admin1"] == "Krasnodar Krai"
    assert inc["location"] == "Tuapse"


def test_displacement_camp_on_the_outskirts_of_a_town() -> None:
    inc = main(
        "Artillery fire on the Kalma displacement camp on the outskirts of Nyala killed nine people on Tuesday."
    )
    assert inc["location"] == "Kalma"


def test_listed_camp_named_with_its_purpose() -> None:
    inc = main(
        "Drone strikes by the paramilitaries on the Abu Shouk displacement camp on the outskirts of El Fasher "
        "killed 14 people."
    )
    assert inc["location"] == "Abu Shouk"
