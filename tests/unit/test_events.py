"""Event linking on records we build: the same strike across outlets and days, a different one nearby."""

from __future__ import annotations

from datetime import UTC, date, datetime

from newsfacts.events import Event, Report, haversine_km, link_reports, summarize

STRIKE_TEXT = ("Warplanes struck a crowded market in the town on Tuesday morning, destroying shops and cars, "
               "residents said, as rescue workers searched the rubble for survivors through the afternoon. ")


def _report(incident_id: int, article_id: int, outlet: str, day: int, killed: int, **kw: object) -> Report:
    base: dict[str, object] = dict(
        incident_id=incident_id, article_id=article_id, outlet=outlet,
        reported_at=datetime(2026, 11, day, 9, tzinfo=UTC), event_date=date(2026, 11, 17), date_precision="day",
        country="SY", admin1="Idlib", location="Ariha", lat=35.81, lon=36.61, geo_precision="place",
        killed=killed, killed_low=killed, attack_type="air/drone strike",
        actors=[{"name": "Syrian government forces", "role": "perpetrator"}],
        text=f"{outlet} report {incident_id}: " + " ".join(f"word{incident_id}x{i}" for i in range(60)),
    )
    base.update(kw)
    return Report(**base)  # type: ignore[arg-type]


def test_haversine_is_in_kilometres() -> None:
    assert round(haversine_km(35.81, 36.61, 35.81, 36.61)) == 0
    assert 35 < haversine_km(35.81, 36.61, 36.10, 36.85) < 45


def test_rising_toll_across_outlets_is_one_event_and_a_strike_40_km_away_is_another() -> None:
    reports = [
        _report(1, 10, "Wire A", 17, 4),
        # a different strike the same day, about 40 km away (Jisr al-Shughur side)
        _report(2, 11, "Wire D", 17, 3, location="Jisr al-Shughur", lat=35.81, lon=36.17),
        _report(3, 12, "Paper B", 18, 7),
        _report(4, 13, "Radio C", 19, 11, actors=[]),
    ]
    events, touched = link_reports([], reports)
    assert len(events) == 2 and touched == {1, 2}
    main = next(e for e in events if e.event_id == 1)
    assert [r.incident_id for r in main.reports] == [1, 3, 4]
    row = summarize(main)
    assert (row["killed"], row["killed_low"], row["killed_high"]) == (11, 4, 11)
    assert (row["n_reports"], row["n_outlets"]) == (3, 3)
    assert row["first_reported_at"].day == 17 and row["last_updated_at"].day == 19
    assert main.links[3]["rule"].startswith("same place") and main.links[3]["distance_km"] == 0.0


def test_wire_copy_links_on_text_even_with_a_coarser_place() -> None:
    wire = _report(1, 10, "Wire A", 17, 6, text=STRIKE_TEXT * 3)
    copy = _report(2, 11, "Paper B", 17, 6, text="Paper B - " + STRIKE_TEXT * 3, location=None, lat=None,
                   lon=None, geo_precision="admin1", attack_type="other")
    events, _ = link_reports([], [wire, copy])
    assert len(events) == 1
    assert events[0].links[2]["rule"] == "near-duplicate text" and events[0].links[2]["text_similarity"] >= 0.6


def test_two_incidents_of_one_article_stay_two_events() -> None:
    first = _report(1, 10, "Wire A", 17, 5)
    second = _report(2, 10, "Wire A", 17, 2, seq=1)
    events, _ = link_reports([], [first, second])
    assert sorted(e.event_id for e in events) == [1, 2]


def test_incompatible_reports_do_not_link() -> None:
    base = _report(1, 10, "Wire A", 17, 5)
    other_country = _report(2, 11, "B", 17, 5, country="LB", lat=33.9, lon=35.5, admin1="Beirut")
    other_week = _report(3, 12, "C", 18, 5, event_date=date(2026, 11, 9))
    other_kind = _report(4, 13, "D", 18, 5, attack_type="suicide bomb")
    other_side = _report(5, 14, "E", 18, 5, actors=[{"name": "Hayat Tahrir al-Sham (HTS)", "role": "perpetrator"}])
    far_later = _report(6, 15, "F", 28, 5)  # reported 11 days after... still inside the window
    way_later = _report(7, 16, "G", 17, 5, reported_at=datetime(2026, 12, 20, tzinfo=UTC))
    events, _ = link_reports([], [base, other_country, other_week, other_kind, other_side, far_later, way_later])
    by_id = {e.event_id: [r.incident_id for r in e.reports] for e in events}
    assert by_id[1] == [1, 6]
    assert {2, 3, 4, 5, 7} <= set(by_id)


def test_linking_is_deterministic_and_stable_when_run_again() -> None:
    reports = [_report(i, 10 + i, f"Outlet {i}", 17 + i % 3, 4 + i) for i in range(1, 6)]
    first, _ = link_reports([], list(reports))
    again, _ = link_reports([], list(reports))
    assert [(e.event_id, [r.incident_id for r in e.reports]) for e in first] == [
        (e.event_id, [r.incident_id for r in e.reports]) for e in again]
    # feeding the existing events back with no new report changes nothing
    events = [Event(e.event_id, list(e.reports), dict(e.links)) for e in first]
    unchanged, touched = link_reports(events, [])
    assert touched == set() and [e.event_id for e in unchanged] == [e.event_id for e in first]


def test_events_suite_flags_broken_brackets_spans_and_outlet_counts(tmp_path: object) -> None:
    from pathlib import Path

    from newsfacts.quality import validate_events

    good = dict(event_id=1, killed=11, killed_low=4, killed_high=11, injured=None, injured_low=None,
                injured_high=None, n_reports=3, n_outlets=3, report_span_days=2.0)
    rows = [
        good,
        dict(good, event_id=2, killed_low=12),  # low above best
        dict(good, event_id=3, n_outlets=4),  # more outlets than reports
        dict(good, event_id=4, report_span_days=30.0),  # reports a month apart
    ]
    outcome = validate_events(rows, 14, run_name="unit", docs_dir=Path(str(tmp_path)))
    failed = {e["description"]: e["unexpected_count"] for e in outcome.expectations if not e["success"]}
    assert failed == {"event killed: low <= best": 1, "an event has at least as many reports as outlets": 1,
                      "an event's reports span at most 14 days": 1}
    assert all(e["severity"] == "warn" for e in outcome.expectations)
