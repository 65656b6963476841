"""Round 1172: a village known only by another name is no namesake of a great city abroad ("a US drone strike in
Baghdad", in a story of Iran, is not Baghdadeh in South Khorasan); a town the lede measures an unlisted dateline's
town from ("about 30 miles southeast of San Antonio") is only the way to it."""

from __future__ import annotations

from facts_rules_support import main


def test_a_great_city_abroad_is_not_a_hamlet_at_home() -> None:
    inc = main(
        "Kerman blasts — recap\n\n"
        "Wednesday: two explosions on the road to the cemetery in Kerman, where crowds had gathered for the "
        "anniversary of a general's killing in a US drone strike in Baghdad. Toll: 91 killed, 280 wounded. #Iran",
        published="2024-01-05T11:00:00+03:30",
    )
    assert (inc["country"], inc["location"]) == ("IR", "Kerman")


def test_an_unlisted_dateline_town_measured_from_a_city() -> None:
    inc = main(
        "QUAIL HOLLOW, Texas — Nine people were killed when a gunman opened fire during a Sunday service at a church "
        "in this small community, about 40 miles southeast of San Antonio.",
        published="2023-06-12T10:00:00Z",
    )
    assert (inc["location"], inc["admin1"], inc["geo_precision"]) == ("Quail Hollow", "Texas", "admin1")


def test_a_listed_town_near_a_city_stays() -> None:
    inc = main(
        "Gunmen killed four people in Floresville, about 30 miles southeast of San Antonio, on Sunday, police said.",
        published="2023-06-12T10:00:00Z",
    )
    assert inc["location"] == "Floresville"
