"""One event, many reports: incidents linked across articles, outlets and days, with a reconciled toll.

Linking is a pure function over plain records (`link_reports`), run in a fixed order (oldest report
first, then incident id), so the same inputs always give the same events. An event's id is the
incident id of its first report: stable across reruns, backfills and re-parses that keep that incident.

Rules, in the order they are tried for each new report against the open events:
1. never with another incident of the same article (one article can report two events);
2. a near-duplicate text (a wire copy: MinHash Jaccard >= 0.6) with a compatible place and date;
3. the same country, a compatible date (by precision), a place within reach (by geo precision),
   a compatible attack type, no clash of named perpetrators and no contradictory toll.
Among the events that pass, the best score wins (text similarity, nearness, shared actors, same day).

Toll rule: best = the latest report's figure (reports are updates: tolls rise as bodies are found);
low and high = the smallest and largest figures reported, as UCDP brackets its estimates.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from newsfacts.facts.actors import category_names

log = logging.getLogger(__name__)

REPORT_WINDOW = timedelta(days=14)  # a report more than this after the first one is a new event
NEAR_DUPLICATE = 0.6
DATE_SLACK = {"day": 1, "week": 7, "month": 31, "year": 366}  # days of slack on each side, by precision
REACH_KM = {("place", "place"): 15.0, ("place", "admin1"): 120.0, ("admin1", "admin1"): 150.0}
GEO_RANK = {"place": 0, "admin1": 1, "country": 2, None: 3}
DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}
NUM_PERM = 64


@dataclass
class Report:
    """One incident seen as a report of some event."""

    incident_id: int
    article_id: int
    outlet: str | None
    reported_at: datetime | None
    event_date: date | None = None
    date_precision: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    killed: int | None = None
    killed_low: int | None = None
    killed_high: int | None = None
    injured: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    attack_type: str | None = None
    actors: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""
    seq: int = 0


@dataclass
class Event:
    event_id: int
    reports: list[Report]
    links: dict[int, dict[str, Any]] = field(default_factory=dict)  # incident_id -> why it joined


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


_WORD = re.compile(r"\w+", re.UNICODE)
_SIGNATURES: dict[tuple[int, int], Any] = {}


def signature(article_id: int, text: str) -> Any:
    """MinHash of the article's word 4-shingles (cached per article text within a process)."""
    key = (article_id, hash(text))
    sig = _SIGNATURES.get(key)
    if sig is None:
        if len(_SIGNATURES) > 50_000:
            _SIGNATURES.clear()
        from datasketch import MinHash

        words = _WORD.findall(text.lower())
        sig = MinHash(num_perm=NUM_PERM, seed=7)
        sig.update_batch([" ".join(words[i:i + 4]).encode() for i in range(max(1, len(words) - 3))])
        _SIGNATURES[key] = sig
    return sig


def text_similarity(a: Report, b: Report) -> float:
    if not a.text or not b.text:
        return 0.0
    return float(signature(a.article_id, a.text).jaccard(signature(b.article_id, b.text)))


def _perpetrators(r: Report) -> set[str]:
    """The perpetrators a report names; a kind of actor ("Bandits") names no one, so it clashes with no name."""
    named = {str(x.get("name", "")).lower() for x in r.actors if x.get("role") == "perpetrator" and x.get("name")}
    return named - category_names()


def _names(r: Report) -> set[str]:
    return {str(x.get("name", "")).lower() for x in r.actors if x.get("name")}


def _dates_compatible(a: Report, b: Report) -> tuple[bool, int | None]:
    if a.event_date is None or b.event_date is None:
        return True, None
    gap = abs((a.event_date - b.event_date).days)
    slack = max(DATE_SLACK.get(a.date_precision or "day", 1), DATE_SLACK.get(b.date_precision or "day", 1))
    return gap <= slack, gap


def _place(a: Report, b: Report) -> tuple[bool, float | None, str]:
    """Whether two reports can be about the same place, the distance, and the rule that decided."""
    if a.country and b.country and a.country != b.country:
        return False, None, "different countries"
    if a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None:
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        pair = tuple(sorted((a.geo_precision or "country", b.geo_precision or "country"),
                            key=lambda g: GEO_RANK.get(g, 3)))
        reach = REACH_KM.get(pair)  # type: ignore[arg-type]
        if reach is not None:
            return km <= reach, km, f"within {reach:.0f} km"
        if a.admin1 and b.admin1:
            return a.admin1 == b.admin1, km, "same admin1"
        return bool(a.country and a.country == b.country), km, "same country only"
    if a.admin1 and b.admin1:
        return a.admin1 == b.admin1, None, "same admin1"
    return bool(a.country and a.country == b.country), None, "same country only"


def _counts_contradict(event: Event, r: Report) -> bool:
    """A toll ten times another is not an update of it; rising or falling by less is."""
    known = [x.killed for x in event.reports if x.killed]
    if not known or not r.killed:
        return False
    return r.killed > 10 * max(known) or r.killed * 10 < min(known)


def match(event: Event, r: Report) -> dict[str, Any] | None:
    """Why `r` belongs to `event`, with a score; None when it does not."""
    first = event.reports[0]
    if any(x.article_id == r.article_id for x in event.reports):
        return None
    if first.reported_at and r.reported_at and r.reported_at - first.reported_at > REPORT_WINDOW:
        return None
    best: dict[str, Any] | None = None
    for other in event.reports:
        ok_date, gap = _dates_compatible(other, r)
        ok_place, km, place_rule = _place(other, r)
        if not (ok_date and ok_place):
            continue
        sim = text_similarity(other, r)
        shared = sorted(_names(other) & _names(r))
        if sim >= NEAR_DUPLICATE:
            rule = "near-duplicate text"
        else:
            if not (other.country and r.country):
                continue
            if other.attack_type and r.attack_type and "other" not in (other.attack_type, r.attack_type) \
                    and other.attack_type != r.attack_type:
                continue
            if _perpetrators(other) and _perpetrators(r) and not (_perpetrators(other) & _perpetrators(r)):
                continue
            if place_rule == "same country only" and not shared and sim < 0.3:
                continue  # a country is too wide to link on place and date alone
            rule = f"same place ({place_rule}) and date"
        score = 2 * sim + (0.5 if gap == 0 else 0) + 0.5 * len(shared)
        if km is not None:
            score += max(0.0, 1 - km / 150)
        why = {"rule": rule, "linked_to": other.incident_id, "date_gap_days": gap,
               "distance_km": None if km is None else round(km, 1), "shared_actors": shared,
               "text_similarity": round(sim, 2), "score": round(score, 3)}
        if best is None or why["score"] > best["score"]:
            best = why
    if best is not None and best["rule"] != "near-duplicate text" and _counts_contradict(event, r):
        return None
    return best


def link_reports(events: list[Event], new: Iterable[Report]) -> tuple[list[Event], set[int]]:
    """Add each new report, in order, to its best-matching event or to a new one; returns (events, touched)."""
    touched: set[int] = set()
    for r in new:
        best: tuple[float, int, Event, dict[str, Any]] | None = None
        for ev in events:
            why = match(ev, r)
            if why is not None and (best is None or (why["score"], -ev.event_id) > (best[0], best[1])):
                best = (why["score"], -ev.event_id, ev, why)
        if best is None:
            ev = Event(event_id=r.incident_id, reports=[r], links={r.incident_id: {"rule": "first report"}})
            events.append(ev)
        else:
            ev = best[2]
            ev.reports.append(r)
            ev.links[r.incident_id] = best[3]
        touched.add(ev.event_id)
    return events, touched


def _bracket(reports: list[Report], kind: str) -> tuple[int | None, int | None, int | None]:
    figures = [(r.reported_at or datetime.min, r.incident_id, r) for r in reports if getattr(r, kind) is not None]
    if not figures:
        return None, None, None
    latest = max(figures, key=lambda t: (t[0].timestamp() if t[0] != datetime.min else 0, t[1]))[2]
    lows = [getattr(r, f"{kind}_low") if getattr(r, f"{kind}_low") is not None else getattr(r, kind)
            for _, _, r in figures]
    highs = [getattr(r, f"{kind}_high") if getattr(r, f"{kind}_high") is not None else getattr(r, kind)
             for _, _, r in figures]
    return getattr(latest, kind), min(lows), max(highs)


def summarize(ev: Event) -> dict[str, Any]:
    """The event row: toll by the stated rule, the most precise place and date among its reports."""
    reports = sorted(ev.reports, key=lambda r: ((r.reported_at.timestamp() if r.reported_at else 0),
                                                 r.incident_id))
    where = min(reports, key=lambda r: (GEO_RANK.get(r.geo_precision, 3), reports.index(r)))
    when = min(reports, key=lambda r: (DATE_RANK.get(r.date_precision, 4) if r.event_date else 9,
                                       reports.index(r)))
    killed, killed_low, killed_high = _bracket(reports, "killed")
    injured, injured_low, injured_high = _bracket(reports, "injured")
    kinds = [r.attack_type for r in reports if r.attack_type and r.attack_type != "other"]
    actors: dict[tuple[str, str], dict[str, Any]] = {}
    for r in reports:
        for a in r.actors:
            actors.setdefault((str(a.get("name")), str(a.get("role"))), {"name": a.get("name"), "role": a.get("role")})
    stamps = [r.reported_at for r in reports if r.reported_at]
    return {
        "event_id": ev.event_id, "event_date": when.event_date, "date_precision": when.date_precision,
        "country": where.country, "admin1": where.admin1, "location": where.location, "lat": where.lat,
        "lon": where.lon, "geo_precision": where.geo_precision, "killed": killed, "killed_low": killed_low,
        "killed_high": killed_high, "injured": injured, "injured_low": injured_low, "injured_high": injured_high,
        "attack_type": max(set(kinds), key=lambda k: (kinds.count(k), k)) if kinds else (reports[0].attack_type),
        "actors": list(actors.values()), "n_reports": len(reports),
        "n_outlets": len({r.outlet for r in reports if r.outlet} or {None}),
        "first_reported_at": min(stamps) if stamps else None, "last_updated_at": max(stamps) if stamps else None,
    }


EVENT_COLUMNS = (
    "event_id", "event_date", "date_precision", "country", "admin1", "location", "lat", "lon", "geo_precision",
    "killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high", "attack_type", "actors",
    "n_reports", "n_outlets", "first_reported_at", "last_updated_at",
)
REPORT_FIELDS = set(Report.__dataclass_fields__)


def _report(row: dict[str, Any]) -> Report:
    data = {k: row[k] for k in REPORT_FIELDS if k in row}
    data["actors"] = row.get("actors") or []
    data["text"] = row.get("text") or ""
    return Report(**data)


def _group(rows: list[dict[str, Any]]) -> list[Event]:
    events: dict[int, Event] = {}
    for row in rows:
        ev = events.setdefault(row["event_id"], Event(event_id=row["event_id"], reports=[]))
        ev.reports.append(_report(row))
    return list(events.values())


def link_events(run_id: str) -> dict[str, int]:
    """Link every incident not yet in an event, then refresh the events this run touched."""
    from newsfacts import warehouse as wh

    counts = {"reports_linked": 0, "events_new": 0, "events_updated": 0}
    with wh.connect() as conn:
        new = [_report(r) for r in wh.fetch_dicts(conn, wh.sql("events_unlinked"))]
        touched: set[int] = set()
        created: set[int] = set()
        if new:
            stamps = [r.reported_at for r in new if r.reported_at]
            start = (min(stamps) if stamps else datetime(1970, 1, 1)) - REPORT_WINDOW
            end = (max(stamps) if stamps else datetime(2999, 1, 1)) + timedelta(days=1)
            open_events = _group(wh.fetch_dicts(conn, wh.sql("events_candidates"), {"start": start, "end": end}))
            known = {ev.event_id for ev in open_events}
            events, touched = link_reports(open_events, new)
            created = {e.event_id for e in events if e.event_id not in known}
            counts["events_new"] = len(created)
            rows = []
            new_ids = {r.incident_id for r in new}
            for ev in events:
                for r in ev.reports:
                    if r.incident_id in new_ids:
                        rows.append((ev.event_id, r.incident_id, r.article_id, r.outlet, r.reported_at,
                                     r.killed, r.injured, wh.json(ev.links[r.incident_id])))
            # new events first: their rows must exist before reports point at them
            _write_events(conn, [summarize(ev) for ev in events if ev.event_id in touched])
            wh.execute_batch_values(conn, wh.sql("events_insert_reports"), rows)
            counts["reports_linked"] = len(rows)
        touched |= {r["event_id"] for r in wh.fetch_dicts(conn, wh.sql("events_touched"), {"run_id": run_id})}
        if touched:
            ids = sorted(touched)
            with conn.cursor() as cur:
                cur.execute(wh.sql("events_sync_reports"), {"event_ids": ids})
            refreshed = _group(wh.fetch_dicts(conn, wh.sql("events_reports_of"), {"event_ids": ids}))
            _write_events(conn, [summarize(ev) for ev in refreshed])
            # "updated" is what the run changed in events that existed before it; new ones are counted above
            counts["events_updated"] = len([ev for ev in refreshed if ev.event_id not in created])
        with conn.cursor() as cur:
            cur.execute(wh.sql("events_delete_empty"))
            counts["events_deleted"] = cur.rowcount
    if touched:
        counts["events_checks_failed"] = check_events(run_id, sorted(touched))
    log.info("link_events: %s", counts)
    return counts


def check_events(run_id: str, event_ids: list[int]) -> int:
    """The GX events suite over the touched events; results go to dq_results. Returns the failed rules."""
    from newsfacts import quality
    from newsfacts import warehouse as wh
    from newsfacts.monitor import describe_failure, result_rows

    with wh.connect() as conn:
        rows = wh.fetch_dicts(conn, wh.sql("events_for_check"), {"event_ids": event_ids})
    outcome = quality.validate_events(rows, REPORT_WINDOW.days, run_name=run_id)
    failed = [e for e in outcome.expectations if not e["success"]]
    with wh.connect() as conn:
        wh.execute_batch_values(conn, wh.sql("dq_upsert_results"), result_rows(run_id, outcome))
    for e in failed:
        log.warning("events suite: %s", describe_failure(e))
    return len(failed)


def _write_events(conn: Any, rows: list[dict[str, Any]]) -> None:
    from newsfacts import warehouse as wh

    values = [tuple(wh.json(r[c]) if c == "actors" else r[c] for c in EVENT_COLUMNS) for r in rows]
    wh.execute_batch_values(conn, wh.sql("events_upsert"), values)


def show_event(event_id: int) -> str:
    """The event, its toll history, and why each report was linked: for `newsfacts events show`."""
    from newsfacts import warehouse as wh

    with wh.connect() as conn:
        found = wh.fetch_dicts(conn, wh.sql("events_show"), {"event_id": event_id})
        if not found:
            raise LookupError(f"no event {event_id}")
        history = wh.fetch_dicts(conn, wh.sql("events_history"), {"event_id": event_id})
    e = found[0]
    names = ", ".join(f"{a.get('name')} ({a.get('role')})" for a in e["actors"]) or "-"
    lines = [
        f"event {e['event_id']}: {e['attack_type'] or 'incident'} in {e['location'] or e['admin1'] or '?'}, "
        f"{e['admin1'] or '-'}, {e['country'] or '?'} on {e['event_date'] or '?'} ({e['date_precision'] or '-'})",
        f"  killed {e['killed']} (low {e['killed_low']}, high {e['killed_high']}); "
        f"injured {e['injured']} (low {e['injured_low']}, high {e['injured_high']})",
        f"  actors: {names}",
        f"  {e['n_reports']} reports from {e['n_outlets']} outlets, "
        f"{e['first_reported_at']:%Y-%m-%d %H:%M} .. {e['last_updated_at']:%Y-%m-%d %H:%M}"
        if e["first_reported_at"] else f"  {e['n_reports']} reports from {e['n_outlets']} outlets",
        "  toll history (best = latest report; low/high = smallest/largest reported):",
    ]
    for h in history:
        when = h["reported_at"].strftime("%Y-%m-%d %H:%M") if h["reported_at"] else "?"
        lines.append(f"    {when}  {h['outlet'] or '?':<20} killed {h['killed']!s:>4}  injured {h['injured']!s:>4}"
                     f"  {h['title'] or h['url']}")
        link = h["link"] or {}
        if link.get("rule") == "first report":
            lines.append("               first report: the event's id is this incident's")
        else:
            parts = [link.get("rule", "?"), f"linked to incident {link.get('linked_to')}"]
            if link.get("date_gap_days") is not None:
                parts.append(f"date gap {link['date_gap_days']} d")
            if link.get("distance_km") is not None:
                parts.append(f"distance {link['distance_km']} km")
            if link.get("shared_actors"):
                parts.append("shared actors: " + ", ".join(link["shared_actors"]))
            parts.append(f"text similarity {link.get('text_similarity')}")
            lines.append("               " + "; ".join(parts))
    return "\n".join(lines)
