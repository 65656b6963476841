"""The parser scored on the demo site's golden facts (include/demo_site/expected.json), through extraction.

Each page is extracted as the pipeline extracts it, parsed, and its main incident compared field by field
with what a careful coder recorded. Where expected.json's convention conflicts with issue #3, the issue wins
and the case says so below.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from newsfacts.extract import extract_article
from newsfacts.facts import parse_incidents

SITE = Path(__file__).resolve().parents[2] / "include" / "demo_site"
BASE = "http://demo.test"
FIELDS = ("killed", "injured", "country", "admin1", "location", "event_date")

# Issue #3, item 2: perpetrators who died ("the bomber also died") are counted in killed, as the big databases
# do; expected.json excludes them. Here the issue's figure is expected instead of the golden one.
ISSUE_OVERRIDES: dict[tuple[str, int, str], Any] = {
    ("/articles/bannu-suicide-attack.html", 0, "killed"): 6,  # 5 police officers + "The bomber was also killed."
}
# expected.json codes killed=0 for the second Kharkiv incident; the text states no death for it at all
# ("injuring two people"), and by the contract silence is null, so null is accepted as well.
SILENCE_OK = {("/articles/kharkiv-shelling.html", 1, "killed")}

_ADMIN_WORDS = re.compile(r"\b(?:province|governorate|state|oblast|region|district|territory|city|of|the|near)\b")


def _fold(s: object) -> str:
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").replace("\u2019", "")
    s = s.replace("\u2018", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", _ADMIN_WORDS.sub(" ", s)).split())


def _same_place(gold: object, got: object) -> bool:
    """Names compared as the eval does: designators dropped, one contained in the other, or spelled alike."""
    g, p = _fold(gold), _fold(got)
    if not g or not p:
        return False
    if g == p or p in g.split() or g in p.split() or set(p.split()) <= set(g.split()):
        return True
    return difflib.SequenceMatcher(None, g.replace(" ", ""), p.replace(" ", "")).ratio() >= 0.8


def _pages() -> dict[str, dict[str, Any]]:
    return json.loads((SITE / "expected.json").read_text("utf-8"))["articles"]  # type: ignore[no-any-return]


def _parse(path: str, published: str) -> tuple[str, list[dict[str, Any]]]:
    html = (SITE / path.lstrip("/")).read_text("utf-8").replace("{{BASE_URL}}", BASE)
    art = extract_article(html, BASE + path)
    assert art is not None, path
    return art.text, parse_incidents(art.text, published=published)


def _right(path: str, k: int, field: str, gold: Any, inc: dict[str, Any], text: str) -> bool:
    gold = ISSUE_OVERRIDES.get((path, k, field), gold)
    if field in ("killed", "injured"):
        return inc[field] == gold or (gold == 0 and inc[field] is None and (path, k, field) in SILENCE_OK)
    if field == "event_date" or field == "country":
        return bool(inc[field] == gold)
    if field == "admin1":
        return _same_place(gold, inc["admin1"])
    # location: the gazetteer's name ("Hyosha") or the name as the text wrote it ("Oicha"), per the evidence
    written = [e["text"] for e in inc["evidence"] if e["field"] == "location"]
    return any(_same_place(gold, name) for name in [inc["location"], *written])


def score_demo_site() -> tuple[int, int, list[str]]:
    right = total = 0
    misses: list[str] = []
    for path, page in _pages().items():
        text, incidents = _parse(path, page["published"])
        for k, gold in enumerate(page["incidents"]):
            inc = incidents[k] if k < len(incidents) else None
            for field in FIELDS:
                total += 1
                if inc is not None and _right(path, k, field, gold[field], inc, text):
                    right += 1
                else:
                    misses.append(f"{path}#{k} {field}: gold={gold[field]!r} got={inc and inc[field]!r}")
    return right, total, misses


@pytest.mark.parametrize("path", [p for p, page in _pages().items() if not page["incidents"]])
def test_no_incident_pages_give_nothing(path: str) -> None:
    assert _parse(path, _pages()[path]["published"])[1] == []


@pytest.mark.parametrize("path", [p for p, page in _pages().items() if page["incidents"]])
def test_each_reported_incident_is_found(path: str) -> None:
    page = _pages()[path]
    _, incidents = _parse(path, page["published"])
    assert len(incidents) >= len(page["incidents"])


def test_demo_site_golden_score() -> None:
    """A CI gate on the main figures: every field of every golden incident, after extraction."""
    right, total, misses = score_demo_site()
    assert right == total, "\n".join(misses)
