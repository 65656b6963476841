"""The parse_incidents contract: keys, evidence, several incidents, golden files, and bad input."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from newsfacts.facts import PARSER_VERSION, parse_incidents
from newsfacts.facts.types import INCIDENT_KEYS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "facts"


def golden() -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) | {"name": p.stem} for p in sorted(FIXTURES.glob("*.json"))]


@pytest.mark.parametrize("case", golden(), ids=lambda c: c["name"])
def test_golden_files(case: dict[str, Any]) -> None:
    incidents = parse_incidents(case["text"], published=case["published"])
    assert incidents, "a violent incident was expected"
    main = incidents[0]
    exp = case["expected"]
    for key in INCIDENT_KEYS:
        if key in exp:
            assert main[key] == exp[key], key
    if "attack_type_in" in exp:
        assert main["attack_type"] in exp["attack_type_in"]
    got_names = {a["name"] for a in main["actors"]}
    assert set(exp.get("actor_names_include", [])) <= got_names


@pytest.mark.parametrize("case", golden(), ids=lambda c: c["name"])
def test_contract_shape_and_evidence(case: dict[str, Any]) -> None:
    text = case["text"]
    for inc in parse_incidents(text, published=case["published"]):
        assert set(inc) == set(INCIDENT_KEYS)
        for k in ("killed", "injured"):
            best, lo, hi = inc[k], inc[k + "_low"], inc[k + "_high"]
            if best is not None:
                assert best >= 0
                assert lo is None or lo <= best
                assert hi is None or best <= hi
        assert inc["event_date"] is None or inc["event_date"] <= case["published"][:10]
        for ev in inc["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
        fields = {ev["field"] for ev in inc["evidence"]}
        for key, field in (("killed", "killed"), ("event_date", "event_date"), ("location", "location")):
            if inc[key] is not None:
                assert field in fields, key


def test_seed_style_article_keeps_background_out() -> None:
    case = next(c for c in golden() if c["name"] == "seed_style_hama")
    main = parse_incidents(case["text"], published=case["published"])[0]
    killed_ev = [e for e in main["evidence"] if e["field"] == "killed"]
    assert all("300,000" not in e["text"] and "million" not in e["text"] for e in killed_ev)


def test_separate_events_on_different_days_are_separate_incidents() -> None:
    text = (
        "A car bomb killed eight people in Kirkuk on Monday, police said. "
        "On Saturday, gunmen had killed three shepherds near Tikrit."
    )
    incidents = parse_incidents(text, published="2024-04-16T10:00:00Z")
    assert len(incidents) == 2
    assert incidents[0]["killed"] == 8 and incidents[0]["event_date"] == "2024-04-15"
    assert incidents[1]["killed"] == 3 and incidents[1]["event_date"] == "2024-04-13"


def test_non_violent_text_gives_no_incident() -> None:
    assert parse_incidents("The city council approved a new budget for schools on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen.",
        "مقتل ثلاثة أشخاص في انفجار",
        "\x00\x01\x02\xff" * 5000,
        "((((((((((" * 20000,
        "at least at least at least " * 20000,
    ],
)
def test_bad_input_never_crashes(text: str) -> None:
    result = parse_incidents(text)
    assert isinstance(result, list)


def test_one_megabyte_is_bounded_in_time() -> None:
    body = "Gunmen killed 3 people in Kabul on Monday. " * 25_000  # ~1 MB
    t0 = time.perf_counter()
    result = parse_incidents(body, published="2024-01-02")
    assert time.perf_counter() - t0 < 5.0
    assert result and result[0]["killed"] is not None


def test_parser_version_is_a_string() -> None:
    assert isinstance(PARSER_VERSION, str) and PARSER_VERSION != "0.0.0"


def test_another_place_a_day_apart_is_a_separate_incident() -> None:
    text = (
        "A car bomb killed eight people in Kirkuk on Monday, police said. "
        "On Sunday, gunmen had killed three shepherds near Tikrit."
    )
    incidents = parse_incidents(text, published="2024-04-16T10:00:00Z")
    assert [(i["killed"], i["event_date"]) for i in incidents] == [(8, "2024-04-15"), (3, "2024-04-14")]
    assert incidents[0]["location"] == "Kirkuk"


def test_a_part_of_the_lede_total_stays_inside_the_main_incident() -> None:
    case = next(c for c in golden() if c["name"] == "seed_style_hama")
    assert len(parse_incidents(case["text"], published=case["published"])) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people died when a bus collided with a lorry on the highway on Sunday, police said.",
        "The outbreak has killed 40 people in the province since January, health officials said.",
        "Lawmakers debated a bill on drone attacks and terrorism financing on Tuesday.",
        "Bei einem Anschlag in der Stadt wurden am Montag drei Menschen getötet, teilte die Polizei mit.",
        "Trois civils ont été tués dans une frappe de drone sur le marché de la ville, selon les autorités.",
        "Dos soldados murieron en un ataque con explosivos contra una patrulla del ejército en la región.",
    ],
)
def test_no_incident_for_accidents_disease_policy_or_other_languages(text: str) -> None:
    assert parse_incidents(text, published="2024-01-10") == []


def test_telegraphic_english_still_counts() -> None:
    (inc,) = parse_incidents("1 UN national staff killed March 6.")
    assert inc["killed"] == 1


def test_each_incident_takes_its_attack_type_from_its_own_sentence() -> None:
    text = (
        "Artillery fire killed four people in the town of Nikopol in Dnipropetrovsk region on Monday, officials "
        "said. Separately, a drone strike killed a man in the city of Kherson on Tuesday, the governor said."
    )
    incidents = parse_incidents(text, published="2025-06-11")
    assert [i["attack_type"] for i in incidents] == ["shelling/artillery/missile attack", "air/drone strike"]
    assert [i["killed"] for i in incidents] == [4, 1]


def test_a_separate_attack_the_text_marks_is_its_own_incident_even_a_day_apart_nearby() -> None:
    text = (
        "Shelling killed two people in the town of Kupiansk in Kharkiv region on Sunday, the governor said. "
        "In a separate attack late on Saturday, a drone struck a car near the village of Kivsharivka, injuring "
        "three people."
    )
    incidents = parse_incidents(text, published="2025-06-08")
    assert len(incidents) == 2
    assert incidents[1]["injured"] == 3 and incidents[1]["event_date"] == "2025-06-07"
    assert incidents[1]["attack_type"] == "air/drone strike"


def test_a_dateline_date_and_city_are_where_and_when_it_was_filed() -> None:
    text = (
        "ADEN, Yemen, June 11 (Our Wire) - A drone strike hit a car in the Bani Matar district of Yemen's "
        "Sanaa province late on Monday, killing three people, local sources said."
    )
    main = parse_incidents(text, published="2025-06-11")[0]
    assert main["event_date"] == "2025-06-09"
    assert main["admin1"] == "Sanaa" and main["location"] == "Bani Matar district"
    assert main["geo_precision"] == "admin1"


def test_a_place_after_a_possessive_country_is_read() -> None:
    text = "MAIDUGURI, Nigeria (Our Wire) - Gunmen killed six farmers in Damboa in Nigeria's Borno state on Friday."
    main = parse_incidents(text, published="2025-06-08")[0]
    assert (main["country"], main["admin1"], main["location"]) == ("NG", "Borno", "Damboa")
