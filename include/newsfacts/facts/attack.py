"""Attack type from the contract's fixed vocabulary, and the weapon as the text names it."""

from __future__ import annotations

import re
from functools import lru_cache

from newsfacts.facts.gazetteer import read_reference
from newsfacts.facts.scan import WordScan, compile_scan
from newsfacts.facts.text import ascii_lower
from newsfacts.facts.types import Evidence

# Attack type and weapon are read from the top of the article, where the event is described.
SCAN_CHARS = 1500

ATTACK_TYPES = (
    "air/drone strike",
    "shelling/artillery/missile attack",
    "remote explosive/landmine/IED",
    "suicide bomb",
    "armed clash",
    "armed attack",
    "grenade",
    "arson",
    "abduction",
    "other",
)


def _lower_pattern(p: str) -> str:
    """Lower-case a pattern's letters but not its escapes (\\S stays \\S), to run on ascii_lower text."""
    return re.sub(r"(?<!\\)[A-Z]", lambda m: m.group(0).lower(), p)


@lru_cache(maxsize=1)
def _vocab() -> tuple[WordScan, list[str], WordScan]:
    """One alternation, a named group per type: the text is scanned once whatever the vocabulary size."""
    data = read_reference("attack_types.yaml")
    names: list[str] = []
    groups: list[str] = []
    for name, phrases in data["types"].items():
        if name not in ATTACK_TYPES:
            raise ValueError(f"attack type {name!r} is not in the contract's vocabulary")
        groups.append(f"(?P<t{len(names)}>" + "|".join(_lower_pattern(x) for x in phrases) + ")")
        names.append(name)
    generic = data.get("generic", {})
    for name, phrases in generic.items():
        if name not in ATTACK_TYPES:
            raise ValueError(f"attack type {name!r} is not in the contract's vocabulary")
        groups.append(f"(?P<t{len(names)}>" + "|".join(_lower_pattern(x) for x in phrases) + ")")
        names.append(name)
    types = WordScan(r"\b(?:" + "|".join(groups) + r")\b")
    weapons = WordScan(r"\b(?:" + "|".join(_lower_pattern(x) for x in data["weapons"]) + r")\b")
    return types, names, weapons


@lru_cache(maxsize=1)
def _n_generic() -> int:
    return len(read_reference("attack_types.yaml").get("generic", {}))


# Armed-attack phrases that name the attackers rather than what they did.
_ATTACKER_ONLY = compile_scan(r"gunm[ae]n|assailants?|attackers?")
# Words for any explosion: "killed in the blast" after "a suicide bomber detonated ..." is the same blast.
_ANY_BLAST = compile_scan(r"blasts?|explosions?|exploded|detonated|bombings?")
# The dead told before a fire: "Gunmen killed 10 villagers and torched homes" killed them by other means.
_DEAD_BEFORE = compile_scan(r"\b(?:kill(?:ed|ing|s)?|dead|died|shot)\b")


def _fire_kills(low: str, start: int, fire: re.Match[str]) -> bool:
    """Whether the fire set is told before any death in its scope, so the deaths follow from it."""
    return _DEAD_BEFORE.search(low, start, fire.start()) is None


# Types that say what exploded, which a later sentence's bare "blast" refers back to.
_EXPLOSIVE_KINDS = ("suicide bomb", "air/drone strike", "shelling/artillery/missile attack", "grenade")


def classify_attack(
    text: str, lede_end: int, has_casualties: bool, event: tuple[int, int] | None = None
) -> tuple[str | None, list[Evidence]]:
    """The highest-priority type signalled in the event's own sentence, else the lede, else anywhere;
    "other" when violent but unnamed.

    `event` is the sentence that reports the incident ("Russian shelling killed three"): a second event in
    the lede ("a drone strike killed two in Sumy") must not lend it its type. One scan of the article's top
    (SCAN_CHARS) collects each type's first phrase; the choice is made after.
    """
    types, names, _ = _vocab()
    low = ascii_lower(text)
    n_specific = len(names) - _n_generic()
    first: dict[int, re.Match[str]] = {}
    in_event: dict[int, re.Match[str]] = {}
    acts: list[int] = []  # where an armed attack is told by its act ("shot", "stormed"), not by who did it
    armed = names.index("armed attack") if "armed attack" in names else -1
    abduction = names.index("abduction") if "abduction" in names else -1
    arson = names.index("arson") if "arson" in names else -1
    for m in types.finditer(low, 0, min(len(low), max(SCAN_CHARS, lede_end))):
        # The type's group is the outermost one and the last to close, so it is the match's last group: no need
        # to look through every group's value.
        k = int(str(m.lastgroup)[1:])
        first.setdefault(k, m)
        if event is not None and k < n_specific and event[0] <= m.start() < event[1]:
            in_event.setdefault(k, m)
        if names[k] == "armed attack" and not _ATTACKER_ONLY.fullmatch(m.group(0)):
            acts.append(m.start())
    in_lede = {k: m for k, m in first.items() if k < n_specific and m.start() < lede_end}
    specific = {k: m for k, m in first.items() if k < n_specific}
    scopes = (
        (in_event, event or (0, 0)),
        (in_lede, (0, lede_end)),
        (specific, (0, len(low))),
        (first, (0, len(low))),
    )
    for found, (a, b) in scopes:
        if not found:
            continue
        if not has_casualties and abduction in found:
            k = abduction  # a kidnapping with no one hurt is an abduction, gunmen or not
        else:
            k = min(found)
        if k == armed and abduction in found and not any(a <= x < b for x in acts):
            k = abduction  # "Gunmen kidnapped 15 passengers": the gunmen are who, the kidnapping what
        elif k == armed and arson in found and not any(a <= x < b for x in acts) and _fire_kills(low, a, found[arson]):
            k = arson  # "Gunmen set fire to a casino, killing 52": the same, for the fire that killed
        if found is in_event and _ANY_BLAST.fullmatch(found[k].group(0)):
            told = [j for j, jm in in_lede.items() if names[j] in _EXPLOSIVE_KINDS and jm.start() < found[k].start()]
            if told:
                k, found = min(told), in_lede  # "a suicide bomber detonated ... 9 were killed in the blast"
        m = found[k]
        return names[k], [Evidence(field="attack_type", start=m.start(), end=m.end(), text=text[m.start() : m.end()])]
    return ("other" if has_casualties else None), []


def find_weapon(text: str, event: tuple[int, int] | None = None) -> tuple[str | None, list[Evidence]]:
    """The first weapon the text names, as written ("cluster bomb", "ground-to-ground missiles"); one named in
    the event's own sentence (`event`) comes first."""
    _, _, weapons = _vocab()
    low = ascii_lower(text)
    m = weapons.search(low, event[0], event[1]) if event is not None else None
    if m is None:
        m = weapons.search(low, 0, SCAN_CHARS)
    if m is None:
        return None, []
    found = text[m.start() : m.end()]
    return found, [Evidence(field="weapon", start=m.start(), end=m.end(), text=found)]
