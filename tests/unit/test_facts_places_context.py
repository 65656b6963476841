"""Place rules added in parser 1.3.0: demonyms of locals, routes, asides, state abbreviations, cue files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from newsfacts.facts.places import resolve_location

REFERENCE = Path(__file__).resolve().parents[2] / "include" / "reference"


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML keeps the last of two equal keys silently; a vocabulary file must not lose its first block."""


def _no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
    keys = [loader.construct_object(k) for k, _ in node.value]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, f"duplicate keys {sorted(map(str, dup))} at line {node.start_mark.line + 1}"
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


@pytest.mark.parametrize("name", sorted(p.name for p in REFERENCE.glob("*.yaml")))
def test_reference_files_have_no_duplicate_keys(name: str) -> None:
    with open(REFERENCE / name, encoding="utf-8") as fh:
        yaml.load(fh, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass


def test_an_actor_cue_alone_names_the_country() -> None:
    assert resolve_location("A mine hit a bus. The Taliban denied any role in the blast.").country == "AF"


@pytest.mark.parametrize(
    ("text", "cc"),
    [
        ("Gunmen shot dead four Malian villagers and a trader near a well.", "ML"),
        ("The raid left three Kenyan policemen dead at a roadblock.", "KE"),
        ("A bomb killed a Yemeni Red Crescent medic on the road.", "YE"),
        ("Two engineers were seized along with a Tajik govt official.", "TJ"),
    ],
)
def test_demonyms_of_locals_and_national_bodies_name_the_country(text: str, cc: str) -> None:
    assert resolve_location(text).country == cc


def test_foreign_staff_nationality_does_not_outvote_locals() -> None:
    text = "Gunmen killed 3 Dutch aid workers and 2 Malian villagers at a market."
    assert resolve_location(text).country == "ML"


def test_a_route_names_places_of_the_event_not_an_origin() -> None:
    loc = resolve_location("Two drivers were abducted while travelling from Gode to Degeh Bur on Monday.")
    assert loc.country == "ET"
    assert loc.location in ("Gode", "Degeh Bur")


def test_a_parenthesised_clause_placing_the_victim_is_not_a_nationality_aside() -> None:
    loc = resolve_location("A gunman shot three men at a bar. (One died later in a Denver hospital.)")
    assert (loc.country, loc.admin1, loc.location) == ("US", "Colorado", "Denver")


def test_a_short_nationality_aside_still_does_not_place_the_event() -> None:
    assert resolve_location("2 staff (1 Swiss, 1 Somali) were abducted at night.").country is None


@pytest.mark.parametrize(
    ("text", "admin1", "city"),
    [
        ("A man opened fire at a bowling alley in Lewiston, Maine, killing 18.", "Maine", "Lewiston"),
        ("Three were shot dead at a mall in Kalamazoo, Mich., on Saturday.", "Michigan", "Kalamazoo"),
        ("A gunman killed two people in Rochester, N.Y., police said.", "New York", "Rochester"),
        ("Two people were shot near a school in Stockton, Calif.", "California", "Stockton"),
    ],
)
def test_us_city_with_state_or_ap_abbreviation(text: str, admin1: str, city: str) -> None:
    loc = resolve_location(text)
    assert (loc.country, loc.admin1, loc.location) == ("US", admin1, city)
