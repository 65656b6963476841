"""Round 1151: a feature that opens on a scene and reports the attack a few sentences on: its figures, a lede's
length after the first sentence that reports the act, are the incident's. A sentence that recalls an attack is no
such start."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts import parse_incidents

_SCENE = (
    "Every Friday the square in front of the old market filled with stalls. Farmers brought melons from the "
    "valley, and children chased pigeons between the tables. A fruit seller who had worked there for twenty years "
    "says he remembers the smell of bread that morning. \"It was an ordinary day,\" he said this week. The town "
    "had grown fast in the past decade. New shops lined the road to the port. Many of the traders came from the "
    "villages to the south. "
)


def test_the_figures_after_a_scene_setting_lede_are_the_incidents() -> None:
    text = (
        _SCENE + "Shortly after ten, two gunmen walked into the market in Garowe and opened fire on shoppers. "
        "The shooting lasted several minutes. Police say 14 people were killed and 22 wounded."
    )
    out = main(text, published="2023-06-12T10:00:00+00:00")
    assert (out["killed"], out["injured"]) == (14, 22)


def test_a_scene_then_a_recalled_attack_is_no_incident() -> None:
    text = _SCENE + "Officials recalled that a bombing in the capital killed 12 people in the past."
    assert parse_incidents(text, published="2023-06-12T10:00:00+00:00") == []


def test_a_scene_then_an_attack_dated_years_back_is_no_incident_of_today() -> None:
    text = _SCENE + "In 2014, gunmen stopped a bus near Mandera and killed 28 passengers."
    incidents = parse_incidents(text, published="2023-06-12T10:00:00+00:00")
    assert incidents == [] or incidents[0]["event_date"] != "2023-06-12"
