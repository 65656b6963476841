"""Text -> incidents: the orchestration of the fact extractors, main incident first."""

from __future__ import annotations

import re
from typing import Any

from newsfacts.facts.actors import extract_actors
from newsfacts.facts.attack import classify_attack, find_weapon
from newsfacts.facts.casualties import KEYWORD_RE, Mention, extract_casualties
from newsfacts.facts.dates import extract_date, parse_published
from newsfacts.facts.places import resolve_location
from newsfacts.facts.text import clip, looks_like_prose, sentence_spans
from newsfacts.facts.types import Evidence, Incident, empty_incident

PARSER_VERSION = "1.0.0"

_VIOLENCE_RE = re.compile(
    r"\b(?:attack(?:ed|s)?|bomb(?:ing|ed|er|s)?|blast|explosion|explod(?:ed|es)|shell(?:ing|ed)|air\s?strikes?|"
    r"opened\s+fire|gunm[ae]n|shoot(?:ing)?|shot|stabb(?:ed|ing)|kidnapp(?:ed|ing)|abduct(?:ed|ion)|"
    r"ambush(?:ed)?|massacre|rampage|clash(?:es)?|raid(?:ed)?|hostages?|assault(?:ed)?|assassinat(?:ed|ion)|"
    r"grenade|militants?|insurgents?|landmine|IED|rocket|missile|mortar|drone)\b",
    re.IGNORECASE,
)


def parse_incidents(
    text: str, published: str | None = None, title: str | None = None, url: str | None = None
) -> list[dict[str, Any]]:
    """Incidents reported in `text` (contract in /work/shared/eval/README.md); [] when none is violent.

    Offsets in evidence always index `text` itself. Work is bounded: only the first MAX_CHARS are read.
    """
    if not isinstance(text, str):
        return []
    body = clip(text)
    if not looks_like_prose(body):
        return []
    spans = sentence_spans(body)
    if not spans:
        return []
    cas = extract_casualties(body, spans)
    violent = bool(_VIOLENCE_RE.search(body)) or bool(KEYWORD_RE.search(body))
    if not violent and cas.killed is None and cas.injured is None:
        return []
    actors = extract_actors(body)
    loc = resolve_location(body, actors.countries)
    when = extract_date(body, spans, published)
    lede_end = spans[min(1, len(spans) - 1)][1]
    attack_type, attack_ev = classify_attack(body, lede_end, cas.killed is not None or cas.injured is not None)
    weapon, weapon_ev = find_weapon(body)

    inc = empty_incident()
    for k in ("killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high"):
        inc[k] = getattr(cas, k)
    inc["event_date"], inc["date_precision"] = when.value, when.precision
    for k in ("country", "admin1", "location", "lat", "lon", "geo_precision"):
        inc[k] = getattr(loc, k)
    inc["actors"] = actors.actors
    inc["attack_type"], inc["weapon"] = attack_type, weapon
    evidence: list[Evidence] = list(cas.evidence) + list(loc.evidence)
    if when.start is not None and when.end is not None:
        evidence.append(Evidence(field="event_date", start=when.start, end=when.end, text=body[when.start : when.end]))
    evidence += actors.evidence + attack_ev + weapon_ev
    inc["evidence"] = sorted(evidence, key=lambda e: (e["start"], e["field"]))
    _check(inc, published)
    return [inc, *_separate_incidents(body, spans, cas.mentions, inc, published)]


def _separate_incidents(
    text: str, spans: list[tuple[int, int]], mentions: list[Mention], main: Incident, published: str | None
) -> list[Incident]:
    """Casualty reports set on another day than the main event become incidents of their own."""
    out: list[Incident] = []
    seen_dates = {main["event_date"]}
    for m in mentions:
        if m.kind not in ("killed", "injured") or m.sent == 0:
            continue
        a, b = spans[m.sent]
        when = extract_date(text[:b], spans[: m.sent + 1], published)
        if when.value is None or when.start is None or when.start < a or when.value in seen_dates:
            continue
        if main["event_date"] is None:
            continue
        seen_dates.add(when.value)
        inc = empty_incident()
        inc[m.kind], inc[m.kind + "_low"], inc[m.kind + "_high"] = m.value, m.low, m.high
        inc["event_date"], inc["date_precision"] = when.value, when.precision
        inc["country"] = main["country"]
        loc = resolve_location(text[a:b])
        if loc.country == main["country"] and loc.geo_precision:
            for k in ("admin1", "location", "lat", "lon", "geo_precision"):
                inc[k] = getattr(loc, k)
            for ev in loc.evidence:
                inc["evidence"].append(Evidence(field=ev["field"], start=ev["start"] + a, end=ev["end"] + a, text=ev["text"]))
        inc["evidence"] += [
            Evidence(field=m.kind, start=m.start, end=m.end, text=text[m.start : m.end]),
            Evidence(field="event_date", start=when.start, end=when.end, text=text[when.start : when.end]),
        ]
        _check(inc, published)
        out.append(inc)
    return out[:5]


def _check(inc: Incident, published: str | None) -> None:
    """Enforce the loader's invariants here, so a parser slip nulls a field instead of failing a row."""
    for k in ("killed", "injured"):
        best, lo, hi = inc[k], inc[k + "_low"], inc[k + "_high"]
        if best is not None and best < 0:
            inc[k] = inc[k + "_low"] = inc[k + "_high"] = None
            continue
        if lo is not None and best is not None and lo > best:
            inc[k + "_low"] = best
        if hi is not None and best is not None and hi < best:
            inc[k + "_high"] = best
    pub = parse_published(published)
    if pub and inc["event_date"] and inc["event_date"] > pub.isoformat():
        inc["event_date"] = inc["date_precision"] = None
    for k, lim in (("lat", 90.0), ("lon", 180.0)):
        if inc[k] is not None and not -lim <= inc[k] <= lim:
            inc["lat"] = inc["lon"] = inc["geo_precision"] = None
    if inc["country"] is not None and not re.fullmatch(r"[A-Z]{2}", inc["country"]):
        inc["country"] = None
