"""Attack type from the contract's fixed vocabulary, and the weapon as the text names it."""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from newsfacts.facts.gazetteer import REFERENCE_DIR
from newsfacts.facts.types import Evidence

ATTACK_TYPES = (
    "air/drone strike", "shelling/artillery/missile attack", "remote explosive/landmine/IED", "suicide bomb",
    "armed clash", "armed attack", "grenade", "arson", "abduction", "other",
)


@lru_cache(maxsize=1)
def _vocab() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    with open(REFERENCE_DIR / "attack_types.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    types = []
    for name, phrases in data["types"].items():
        if name not in ATTACK_TYPES:
            raise ValueError(f"attack type {name!r} is not in the contract's vocabulary")
        types.append((name, re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)))
    weapons = re.compile(r"\b(?:" + "|".join(data["weapons"]) + r")\b", re.IGNORECASE)
    return types, weapons


def classify_attack(text: str, lede_end: int, has_casualties: bool) -> tuple[str | None, list[Evidence]]:
    """The highest-priority type signalled in the lede, else anywhere; "other" for a violent event with none."""
    types, _ = _vocab()
    for end in (lede_end, len(text)):
        for name, rx in types:
            m = rx.search(text, 0, end)
            if m:
                return name, [Evidence(field="attack_type", start=m.start(), end=m.end(), text=m.group(0))]
    return ("other" if has_casualties else None), []


def find_weapon(text: str) -> tuple[str | None, list[Evidence]]:
    """The first weapon the text names, most specific phrase first (vocabulary order), as written."""
    _, weapons = _vocab()
    m = weapons.search(text)
    if m is None:
        return None, []
    return m.group(0), [Evidence(field="weapon", start=m.start(), end=m.end(), text=m.group(0))]
