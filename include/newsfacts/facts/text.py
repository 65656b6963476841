"""Input hygiene and sentence spans: bounded work on any text, offsets kept into the original."""

from __future__ import annotations

import re

# Work per text is capped: news bodies are far shorter; a 1 MB blob is read only up to here.
MAX_CHARS = 60_000

_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z])")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Gov|Sen|Rep|St|Jr|Sr|No|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Corp|Inc|Co|vs|U\.S|U\.N|a\.m|p\.m|[A-Z])\.)$"
)


def clip(text: str) -> str:
    """The part of `text` the parser reads; offsets into it are offsets into the original."""
    return text[:MAX_CHARS]


def looks_like_prose(text: str) -> bool:
    """Binary garbage and non-Latin scripts yield no incident rather than noise from stray matches."""
    sample = text[:4000]
    if not sample.strip():
        return False
    letters = sum(1 for c in sample if c.isascii() and c.isalpha())
    return letters >= 0.5 * len(sample.replace(" ", "").replace("\n", "")) and " " in sample


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; splits on end punctuation unless it closes a known abbreviation."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if _ABBREV.search(text[max(start, m.start() - 6) : m.start()]):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]
