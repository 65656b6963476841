"""Country, admin1 and the most specific place, from the offline gazetteer and context."""

from __future__ import annotations

import pytest
from newsfacts.facts.places import resolve_location


def test_jericho_in_idlib_is_ariha_in_syria() -> None:
    loc = resolve_location("Smoke rose after a strike on the town of Jericho in Idlib, northwest Syria.")
    assert (loc.country, loc.admin1, loc.location, loc.geo_precision) == ("SY", "Idlib", "Ariha", "place")
    assert loc.lat is not None and 35 < loc.lat < 37


def test_jericho_alone_in_a_west_bank_story_stays_in_palestine() -> None:
    loc = resolve_location("Israeli troops raided a refugee camp near Jericho in the occupied West Bank.")
    assert loc.country == "PS"
    assert loc.location == "Jericho"


def test_rafah_follows_the_country_of_the_story() -> None:
    gaza = resolve_location(
        "An airstrike on a house in Rafah in the southern Gaza Strip killed seven people."
    )
    egypt = resolve_location(
        "Egyptian security forces said gunmen attacked a checkpoint near Rafah in North Sinai."
    )
    assert gaza.country == "PS"
    assert egypt.country == "EG"


def test_dateline_gives_the_place() -> None:
    loc = resolve_location("KABUL (Reuters) - A bomb exploded outside a bank, officials said.")
    assert (loc.country, loc.location) == ("AF", "Kabul")


def test_country_is_inferred_from_a_place() -> None:
    loc = resolve_location("Gunmen opened fire at a wedding in Maiduguri, killing nine guests.")
    assert loc.country == "NG"
    assert loc.admin1 == "Borno"


def test_admin1_only_gives_admin1_precision() -> None:
    loc = resolve_location("Two civilians were killed by a landmine in Logar province on Sunday.")
    assert (loc.country, loc.admin1, loc.location, loc.geo_precision) == ("AF", "Logar", None, "admin1")  # as written


def test_city_with_state() -> None:
    loc = resolve_location("A gunman opened fire at a clinic in Colorado Springs, Colorado, killing three.")
    assert (loc.country, loc.admin1, loc.location) == ("US", "Colorado", "Colorado Springs")


def test_person_names_are_not_places() -> None:
    loc = resolve_location("Robert Lewis Dear, 57, opened fire at a clinic in Tucson, Arizona.")
    assert loc.location == "Tucson"


def test_nationality_is_not_location() -> None:
    loc = resolve_location(
        "Two aid workers from France (one Danish) were killed in an ambush near Kaga-Bandoro."
    )
    assert loc.country == "CF"


def test_nothing_named_gives_nothing() -> None:
    loc = resolve_location("A man was stabbed outside a shop.")
    assert (loc.country, loc.admin1, loc.location, loc.lat) == (None, None, None, None)


def test_place_evidence_points_into_the_text() -> None:
    text = "A car bomb exploded in Mogadishu, Somalia, on Saturday."
    loc = resolve_location(text)
    for ev in loc.evidence:
        assert text[ev["start"] : ev["end"]] == ev["text"]
    assert {"location", "country"} <= {ev["field"] for ev in loc.evidence}


def test_in_text_place_beats_the_dateline() -> None:
    text = "KYIV, Ukraine (AP) - A missile strike on a block of flats in the city of Dnipro killed 23 people."
    loc = resolve_location(text)
    assert (loc.country, loc.location) == ("UA", "Dnipro")


def test_lede_place_beats_a_later_one() -> None:
    text = (
        "A car bomb killed eight people in Kirkuk on Monday. "
        "On Saturday, gunmen killed three shepherds near Tikrit."
    )
    assert resolve_location(text).location == "Kirkuk"


def test_named_facility_is_weak_evidence_of_place() -> None:
    text = (
        "A gunman opened fire at Cleveland Elementary School in Stockton, California, killing five children."
    )
    loc = resolve_location(text)
    assert (loc.admin1, loc.location) == ("California", "Stockton")


def test_a_capitalised_run_longer_than_prose_names_no_place() -> None:
    """ "Juba-Juba-...-Juba": forty joined words are no name (and each would have read all the others,
    quadratic in the run's length); a route's two ends still are."""
    garbage = "Gunmen killed three on the " + "-".join(["Juba"] * 40) + " road, officials said."
    assert resolve_location(garbage).location is None
    assert resolve_location("Gunmen killed three on the Juba-Nimule road, officials said.").location == "Juba"


@pytest.mark.parametrize(
    "text, admin1, town",
    [
        ("A shooting in St. Petersburg, Fla., killed two on Friday.", "Florida", "St. Petersburg"),
        ("A shooting in Moscow, Idaho, killed two on Friday.", "Idaho", "Moscow"),
    ],
)
def test_a_town_followed_by_its_division_is_the_namesake_there(text: str, admin1: str, town: str) -> None:
    """ "Moscow, Idaho": the division after the comma says which Moscow; Russia's must not outvote it."""
    loc = resolve_location(text)
    assert (loc.country, loc.admin1, loc.location) == ("US", admin1, town)


def test_reference_files_read_bare_words_as_strings() -> None:
    """YAML 1.1 reads `NO:` as False; our reference files are names and codes, so Norway must stay "NO"."""
    from newsfacts.facts.gazetteer import read_reference

    codes = list(read_reference("countries.yaml"))
    assert "NO" in codes
    assert all(isinstance(cc, str) and len(cc) == 2 and cc.isupper() for cc in codes)


def test_reference_files_refuse_a_key_given_twice() -> None:
    """A second "LB:" block at a file's end would silently drop the first block's entries."""
    import yaml
    from newsfacts.facts.gazetteer import _ReferenceLoader

    twice = 'LB:\n  "06": South Lebanon\nRS:\n  VO: Vojvodina\nLB:\n  "09": North Lebanon\n'
    with pytest.raises(yaml.constructor.ConstructorError, match="appears twice"):
        yaml.load(twice, Loader=_ReferenceLoader)
    once = "LB:\n  '06': South\n  '09': North\n"
    assert yaml.load(once, Loader=_ReferenceLoader) == {"LB": {"06": "South", "09": "North"}}


def test_norwegian_names_norway() -> None:
    loc = resolve_location("Norwegian police said a gunman killed two people outside a bar on Tuesday.")
    assert loc.country == "NO"


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("A bomb killed two people in Tripoli, Lebanon, on Sunday.", "LB", "Tripoli"),
        ("TRIPOLI, Lebanon (Reuters) - A bomb killed two people outside a mosque on Sunday.", "LB", "Tripoli"),
        # a town with no namesake in the country after the comma keeps its own
        ("In Tripoli, Libya's capital, militias clashed and killed five people.", "LY", "Tripoli"),
    ],
)
def test_a_town_followed_by_its_country_is_the_namesake_there(text: str, country: str, location: str) -> None:
    loc = resolve_location(text)
    assert (loc.country, loc.location) == (country, location)
