"""Who did it and to whom: dictionary actors with aliases, plus perpetrator patterns for named people."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from newsfacts.facts.gazetteer import REFERENCE_DIR
from newsfacts.facts.types import Actor, Evidence


@dataclass(frozen=True)
class ActorEntry:
    name: str
    kind: str
    country: str | None


@dataclass
class ActorFacts:
    actors: list[Actor]
    countries: list[str]  # home countries of non-state perpetrators (weak place evidence)
    evidence: list[Evidence]


@lru_cache(maxsize=1)
def _dictionary() -> tuple[re.Pattern[str], dict[str, ActorEntry]]:
    """One alternation over every alias, longest first, so "Islamic State Khorasan" beats "Islamic State"."""
    with open(REFERENCE_DIR / "actors.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    by_alias: dict[str, ActorEntry] = {}
    for a in data["actors"]:
        entry = ActorEntry(a["name"], a.get("kind", "nonstate"), a.get("country"))
        for alias in [a["name"], *a.get("aliases", [])]:
            by_alias[_key(alias)] = entry
    aliases = sorted({a for a in by_alias}, key=len, reverse=True)
    parts = []
    for k in aliases:
        words = [re.escape(w) for w in k.split(" ")]
        parts.append(r"[\s-]+".join(words))
    # Short all-caps acronyms ("IS", "ADF") must match case-sensitively, or "is" would be an actor.
    rx = re.compile(r"(?<![\w'-])(?:" + "|".join(parts) + r")(?:'s)?(?![\w-])", re.IGNORECASE)
    return rx, by_alias


def _key(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("-", " ").split()).lower()


_PERP_BEFORE = re.compile(
    r"(?:\bby|claimed\s+by|attributed\s+to|blamed\s+(?:on|the)|accused|suspected|carried\s+out\s+by|"
    r"perpetrated\s+by|affiliated|member\s+of|connections\s+with|linked\s+to)\s+(?:the\s+)?(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_PERP_AFTER = re.compile(
    r"^(?:'s)?\s+(?:militants?|fighters?|gunmen|insurgents?|rebels?|warplanes?|jets?|drones?|forces|troops|army|"
    r"soldiers|claimed|said\s+(?:it|they)\s+(?:carried|was|were)|carried\s+out|launched|attacked|stormed|"
    r"ambushed|fired|shelled|struck|targeted|killed|kidnapped|abducted|are\s+suspected|were\s+suspected|"
    r"in\s+\w+(?:'s)?\s+are\s+suspected|(?:\w+\s+){0,3}(?:militants|fighters|gunmen|forces|warplanes)\b)",
    re.IGNORECASE,
)
_DENY_AFTER = re.compile(r"^(?:'s)?\s+(?:denied|rejected|condemned)", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"(?:\bagainst|targeting|targeted|on|at|attacked|ambushed|killing)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)

_NAME = r"[A-Z][a-zA-Z'’.-]+(?:\s+(?:[A-Z][a-zA-Z'’.-]+|\"[A-Z][a-z]+\"|[A-Z]\.)){1,4}"
_PERSON_PATTERNS = [
    # "John Smith, 34, opened fire": the house style of US crime reporting.
    re.compile(rf"(?P<name>{_NAME}),\s+(?:a\s+)?\d{{1,2}},"),
    re.compile(rf"\b(?:identified\s+as|named\s+as|the\s+(?:gunman|attacker|shooter|suspect|assailant|perpetrator|bomber),)\s+(?P<name>{_NAME})"),
    re.compile(rf"\b\d{{1,2}}[\s-]year[\s-]old\s+(?:[a-zA-Z-]+\s+){{0,3}}?(?P<name>{_NAME})\s+(?:opened|attacked|stabbed|shot|killed|drove|detonated)"),
]
_NOT_NAME_WORDS = {"the", "a", "an", "police", "army", "state", "islamic", "president", "prime", "minister",
                   "university", "college", "school", "school's", "hospital", "he", "she", "they", "in", "on", "at"}
_CLAIM_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)(?:\s+\([A-Z]{2,6}\))?\s+(?:claimed\s+(?:responsibility|the\s+attack)|"
    r"has\s+claimed|said\s+it\s+carried\s+out)"
)


def extract_actors(text: str) -> ActorFacts:
    """Perpetrators first; dictionary names normalised, other claimants and named attackers kept as written."""
    rx, by_alias = _dictionary()
    found: dict[str, tuple[str, int]] = {}  # name -> (role, first offset)
    countries: list[str] = []
    evidence: list[Evidence] = []
    for m in rx.finditer(text):
        alias = m.group(0)
        core = alias[:-2] if alias.endswith("'s") else alias
        if len(core) <= 4 and core.isupper() is False:
            continue  # "is", "ira": acronyms count only in capitals
        entry = by_alias.get(_key(core))
        if entry is None:
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        after = text[m.end() : m.end() + 60]
        if _DENY_AFTER.match(after):
            continue
        if _PERP_BEFORE.search(before) or _PERP_AFTER.match(after):
            role = "perpetrator"
        elif _TARGET_BEFORE.search(before):
            role = "target"
        else:
            role = "unknown"
        prev = found.get(entry.name)
        if prev is None or (prev[0] != "perpetrator" and role == "perpetrator"):
            found[entry.name] = (role, prev[1] if prev else m.start())
            evidence.append(Evidence(field="actors", start=m.start(), end=m.end(), text=alias))
        if entry.kind == "nonstate" and entry.country and role != "target":
            countries.append(entry.country)
    known = {_key(n) for n in found}
    for m in _CLAIM_RE.finditer(text):
        name = m.group("name").strip()
        words = name.split()
        while words and words[0].lower() in _NOT_NAME_WORDS | {"and", "but", "later", "it"}:
            words = words[1:]
        name = " ".join(words)
        if not name or _key(name) in known or any(_key(name) in k or k in _key(name) for k in known):
            continue
        found[name] = ("perpetrator", m.start())
        evidence.append(Evidence(field="actors", start=m.start(), end=m.start() + len(m.group("name")), text=name))
    if not any(r == "perpetrator" for r, _ in found.values()):
        for pat in _PERSON_PATTERNS:
            pm = pat.search(text)
            if pm is None:
                continue
            name = pm.group("name")
            if name.split()[0].lower() in _NOT_NAME_WORDS:
                continue
            found[name] = ("perpetrator", pm.start("name"))
            evidence.append(Evidence(field="actors", start=pm.start("name"), end=pm.end("name"), text=name))
            break
    order = sorted(found.items(), key=lambda kv: (kv[1][0] != "perpetrator", kv[1][1]))
    return ActorFacts([Actor(name=n, role=r) for n, (r, _) in order], countries, evidence)
