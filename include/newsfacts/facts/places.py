"""Where it happened: country, admin1 and the most specific named place, with coordinates and evidence."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from newsfacts.facts.gazetteer import REFERENCE_DIR, Gazetteer, Place, clean_admin1, fold, load
from newsfacts.facts.types import Evidence

_TOKEN = r"(?:[A-Z]\.(?=\s+[A-Z])|[A-Z](?:[\w'’-]|\.(?=\w))*)"
_CONNECT = r"(?:al|el|ad|ar|as|ash|an|az|at|de|del|da|do|du|la|le|e|i|bin|ibn|on|upon|sur|am|an\s+der)"
_RUN_RE = re.compile(rf"(?<![\w'’-])(?:{_TOKEN})(?:(?:\s|-)(?:{_CONNECT}(?:\s|-))?{_TOKEN}){{0,5}}")
_WORD_RE = re.compile(r"[\w'’.-]+")
_OPEN_PAREN = re.compile(r"\([^()]{0,60}$")
_DESIGNATOR = {
    "province", "governorate", "state", "district", "region", "county", "city", "town", "village", "camp",
    "oblast", "prefecture", "department", "municipality", "commune", "township", "division", "territory",
}
_FACILITY = {
    "branch", "office", "compound", "hotel", "bazaar", "stadium", "port", "harbour", "harbor", "refugee",
    "barracks", "checkpoint", "district's", "valley", "border", "crossing", "corridor", "neighbourhood",
    "neighborhood", "town's", "city's", "mall", "park", "plaza", "church", "cathedral", "synagogue", "temple",
    "airport", "university", "college", "school", "hospital", "police", "mosque", "church", "market", "base",
    "center", "centre", "station", "square", "road", "highway", "bridge", "prison", "camp", "area", "countryside",
    "high", "middle", "elementary", "community", "international", "central", "downtown", "army", "post",
}
_DIRECTION = {"northern", "southern", "eastern", "western", "north", "south", "east", "west", "central", "northwest",
              "northeast", "southwest", "southeast", "greater", "the", "in", "at", "on", "near", "from", "of"}
_STRONG_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|at|into|inside|across|around|toward|towards|between|of|"
    r"town|city|village|province|district|region|governorate|county|area|suburb|outskirts)\s+(?:the\s+)?|"
    r"\b(?:in|near|outside)\s+(?:the\s+)?(?:\w+\s+)?(?:town|city|village|area|district|province)\s+of\s+)$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z .'’-]{2,40}?)(?:,\s*[A-Z][A-Za-z .]{2,30})?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s")
_INSTITUTION_AFTER = re.compile(
    r"^\s+(?:army|forces|troops|police|government|military|soldiers|warplanes|jets|aircraft|authorities|"
    r"officials?|security|regime|navy|air\s+force|prime|president|minister|ministry|interior|capital|border|"
    r"side|state|city|town|village|province|coast|intelligence|special|defen[cs]e|drones?|artillery)\b",
    re.IGNORECASE,
)
_NATIONALITY_BEFORE = re.compile(
    r"\b(?:workers?|staff|staffers?|nationals?|citizens?|tourists?|volunteers?|engineers?|journalists?|"
    r"experts?|delegates?|migrants?|refugees?|immigrants?|native|man|woman|men|women)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PERSONAL_AFTER = re.compile(
    r"^(?:-born|\s+(?:born|national|nationals|citizen|citizens|staff|staffer|man|woman|men|women|engineer|"
    r"engineers|worker|workers|tourists?|asylum|migrants?|refugees?|origin|descent|volunteer|doctor|nurse|"
    r"journalist|student|teen|boy|girl|immigrants?)\b)",
    re.IGNORECASE,
)


@dataclass
class Mention:
    """A span of text that names a place, a country, or a nationality."""

    start: int
    end: int
    text: str
    places: list[Place]
    strong: bool
    weight: float = 1.0
    hint: str | None = None  # "admin1" when followed by "province", "city" when by "city"/"town"


@dataclass
class Location:
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    with open(REFERENCE_DIR / "place_stopwords.yaml", encoding="utf-8") as fh:
        return frozenset(fold(w) for w in yaml.safe_load(fh)["words"])


@lru_cache(maxsize=1)
def _cues() -> list[tuple[re.Pattern[str], str]]:
    with open(REFERENCE_DIR / "country_cues.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return [(re.compile(rf"(?<![\w-]){re.escape(c)}(?!\w)", re.IGNORECASE if c.islower() or len(c) >= 5 else 0), cc)
            for cc, cues in data.items() for c in cues]


def find_mentions(text: str, g: Gazetteer) -> list[Mention]:
    """Place-name spans: the longest gazetteer match inside each capitalised run, names of people left out."""
    stop = _stopwords()
    out: list[Mention] = []
    person_tokens: set[str] = set()
    dl = _DATELINE.match(text)
    for run in _RUN_RE.finditer(text):
        toks = [(m.start() + run.start(), m.end() + run.start(), m.group(0)) for m in _WORD_RE.finditer(run.group(0))]
        for k, (_, _, w) in enumerate(toks):
            if w.endswith(("'s", "’s")):
                toks = toks[: k + 1]  # "Bubanza's Gihanga commune": the possessor is a name of its own
                break
        toks = [(s, e - 2 if w.endswith(("'s", "’s")) else e, w[:-2] if w.endswith(("'s", "’s")) else w.rstrip("."))
                for s, e, w in toks]
        i = 0
        matched_any = False
        pending: list[Mention] = []
        while i < len(toks):
            hit = None
            for j in range(min(len(toks), i + 5), i, -1):
                words = [t[2] for t in toks[i:j]]
                key = fold(" ".join(words))
                if not key or (j - i == 1 and key in stop):
                    continue
                places = g.lookup(key)
                if places:
                    hit = (j, places)
                    break
            if hit is None:
                i += 1
                continue
            j, places = hit
            s, e = toks[i][0], toks[j - 1][1]
            left = [fold(t[2]) for t in toks[:i]]
            right = [fold(t[2]) for t in toks[j:]]
            # Unknown capitalised words beside a place name make it part of a person's or an organisation's
            # name ("Robert Lewis Dear", "Maurice Clemmons"), unless they are designators or known names.
            left_ok = all(_known_word(w, g, stop) for w in left)
            right_ok = all(w in _DESIGNATOR or w in _FACILITY or w in _DIRECTION or w in stop for w in right)
            if not (left_ok and right_ok):
                i = j
                continue
            after = text[e : e + 30]
            hint = None
            nxt = re.match(r"\s+(\w+)", after)
            if nxt and nxt.group(1).lower() in ("province", "governorate", "state", "region", "oblast", "prefecture"):
                hint = "admin1"
            elif nxt and nxt.group(1).lower() in ("city", "town", "village", "district"):
                hint = "city"
            strong = bool(_STRONG_BEFORE.search(text[max(0, s - 40) : s])) or bool(
                re.match(r"^\s*,\s*[A-Z]", after)) or bool(dl and dl.start("place") <= s < dl.end("place"))
            key = fold(" ".join(t[2] for t in toks[i:j]))
            if key in g.demonyms and hint is None:
                places = [p for p in places if p.kind == "country"]  # "a Somali" is a person, not Somali region
            if not places:
                i = j
                continue
            main = any(p.kind != "city" or fold(p.name) == key for p in places)
            if not main and j - i == 1 and not strong:
                i = j
                continue  # a lone alternate spelling with no place cue ("Twin") is too weak to use
            weight = 1.0
            if _OPEN_PAREN.search(text[max(0, s - 60) : s]) or _NATIONALITY_BEFORE.search(text[max(0, s - 40) : s]):
                weight = 0.15  # "(US) staff", "aid workers from France": nationality, not location
                strong = False
            pending.append(Mention(s, e, text[s:e], places, strong, weight=weight, hint=hint))
            matched_any = True
            i = j
        if not matched_any and len(toks) >= 2:
            person_tokens.update(fold(t[2]) for t in toks)
        out.extend(pending)
    # A lone surname repeated after a full name ("Jimmy Lam ... Lam killed") is a person, not a town.
    return [m for m in out if m.strong or fold(m.text) not in person_tokens]


def _known_word(w: str, g: Gazetteer, stop: frozenset[str]) -> bool:
    return w in _DESIGNATOR or w in _FACILITY or w in _DIRECTION or w in stop or w in g.demonyms or any(
        p.kind != "city" for p in g.lookup(w))


def _size(pop: int) -> float:
    """How much a bare city name says about the country: a hamlet namesake says little."""
    return min(1.0, max(0.25, (math.log10(pop + 1) - 2.0) / 3.0))


def _demonyms(text: str, g: Gazetteer) -> list[tuple[int, int, str, float]]:
    out = []
    for m in re.finditer(r"(?<![\w-])[A-Z][a-zè]+(?:\s+[A-Z][a-z]+)?", text):
        for cand in (m.group(0), m.group(0).split()[0]):
            cc = g.demonyms.get(fold(cand))
            if cc:
                e = m.start() + len(cand)
                if text[max(0, m.start() - 1) : m.start()] == "(" or _PERSONAL_AFTER.match(text[e : e + 20]):
                    w = 0.0
                elif _INSTITUTION_AFTER.match(text[e : e + 25]):
                    w = 1.2
                else:
                    w = 0.3
                out.append((m.start(), e, cc, w))
                break
    return out


def resolve_location(text: str, actor_countries: list[str] | None = None) -> Location:
    """Pick the country by weighted votes, then the most specific place inside it that the text names."""
    g = load()
    mentions = find_mentions(text, g)
    lede_end = min(len(text), 400)
    votes: dict[str, float] = defaultdict(float)
    for m in mentions:
        lede = (1.5 if m.start < lede_end else 1.0) * m.weight
        kinds = {p.kind for p in m.places}
        if "country" in kinds:
            for p in m.places:
                if p.kind == "country":
                    votes[p.cc] += 3.0 * lede
            continue
        admins = [p for p in m.places if p.kind == "admin1"]
        cities = [p for p in m.places if p.kind == "city"]
        if admins:
            # Namesake divisions ("Florida" in the US and in Uruguay): the bigger one is the likelier.
            sizes = {p.cc: math.sqrt(p.pop + 1) for p in admins}
            tot_a = sum(sizes.values())
            for cc, sz in sizes.items():
                votes[cc] += 2.5 * lede * sz / tot_a
        if cities and (m.strong or max(p.pop for p in cities) >= 15000):
            w = (2.0 if m.strong else 0.6) * lede
            by_cc: dict[str, int] = defaultdict(int)
            for p in cities:
                by_cc[p.cc] = max(by_cc[p.cc], p.pop)
            tot = sum(math.sqrt(v + 1000) for v in by_cc.values())
            for cc, pop in by_cc.items():
                votes[cc] += w * _size(pop) * math.sqrt(pop + 1000) / tot
    for s, e, cc, w in _demonyms(text, g):
        votes[cc] += w * (1.3 if s < lede_end else 1.0)
    for cc in actor_countries or []:
        votes[cc] += 1.0
    cue_votes: dict[str, float] = defaultdict(float)
    for rx, cc in _cues():
        if rx.search(text):
            cue_votes[cc] = min(cue_votes[cc] + 0.6, 1.8)
    for cc, v in cue_votes.items():
        votes[cc] += v
    loc = Location()
    if not votes:
        return loc
    cc, best = max(votes.items(), key=lambda kv: kv[1])
    if best < 0.5:
        return loc
    loc.country = cc
    admin_mentions = [(m, p) for m in mentions for p in m.places if p.kind == "admin1" and p.cc == cc]
    admin_names = {p.admin1 for _, p in admin_mentions}
    best_city: tuple[float, Mention, Place] | None = None
    for m in mentions:
        if m.hint == "admin1":
            continue
        cands = [p for p in m.places if p.kind == "city" and p.cc == cc]
        if not cands:
            continue
        if any(p.kind == "country" for p in m.places):
            continue
        in_admin = [p for p in cands if p.admin1 in admin_names]
        p = max(in_admin or cands, key=lambda x: x.pop)
        if not m.strong and p.pop < 15000:
            continue
        is_admin_too = any(q.kind == "admin1" and q.cc == cc for q in m.places)
        if is_admin_too and m.hint != "city" and p.pop < 100_000:
            continue  # "in Indiana", "Logar": the division, unless the namesake city is a major one
        score = (2.0 if m.strong else 1.0) + (1.0 if m.start < lede_end else 0.0) + (0.5 if m.hint == "city" else 0.0)
        score -= 0.8 if is_admin_too and m.hint != "city" else 0.0
        score -= m.start / max(len(text), 1) * 0.5
        if best_city is None or score > best_city[0]:
            best_city = (score, m, p)
    if best_city is not None:
        _, m, p = best_city
        loc.location, loc.lat, loc.lon, loc.geo_precision = p.name, p.lat, p.lon, "place"
        loc.admin1 = clean_admin1(p.admin1) if p.admin1 else None
        loc.evidence.append(Evidence(field="location", start=m.start, end=m.end, text=m.text))
        for am, ap in admin_mentions:
            if ap.admin1 == p.admin1:
                loc.evidence.append(Evidence(field="admin1", start=am.start, end=am.end, text=am.text))
                break
    elif admin_mentions:
        counts: dict[str, float] = defaultdict(float)
        for am, ap in admin_mentions:
            counts[ap.admin1 or ""] += 1.0 + (1.0 if am.start < lede_end else 0.0) + (1.0 if am.hint == "admin1" else 0.0)
        name = max(counts.items(), key=lambda kv: kv[1])[0]
        am, ap = next((am, ap) for am, ap in admin_mentions if ap.admin1 == name)
        loc.admin1 = clean_admin1(name)
        loc.lat, loc.lon, loc.geo_precision = ap.lat, ap.lon, "admin1"
        loc.evidence.append(Evidence(field="admin1", start=am.start, end=am.end, text=am.text))
    else:
        cp = next((p for p in g.lookup(fold(g.country_names.get(cc, ""))) if p.kind == "country" and p.cc == cc), None)
        if cp is None:
            cp = next((p for p in g.places if p.kind == "country" and p.cc == cc), None)
        if cp is not None:
            loc.lat, loc.lon, loc.geo_precision = cp.lat, cp.lon, "country"
    for m in mentions:
        if any(p.kind == "country" and p.cc == cc for p in m.places):
            loc.evidence.append(Evidence(field="country", start=m.start, end=m.end, text=m.text))
            break
    return loc
