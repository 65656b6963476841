"""Counts read from a table's columns: "Date | Type | Dead | Injured | Location" over "14 August 2007 | Truck
bombings | 796 | 1,562 | ...", as lists of attacks copied from an encyclopedia or a tracker give them.

A row's cells hold bare figures that no verb governs, so the prose reader finds nothing in them; the header says
which column is which. Only a header with a column of the dead or the hurt, followed at once by a row of the same
number of cells, is read: the first row is the record's own incident.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsfacts.facts.scan import compile_scan

# How far into a text the header is looked for: it opens the record.
_HEAD_CHARS = 600
_KINDS = {
    "dead": "killed", "killed": "killed", "deaths": "killed", "fatalities": "killed", "death toll": "killed",
    "injured": "injured", "wounded": "injured", "injuries": "injured", "non-fatal injuries": "injured",
}
_PERP_COLUMNS = ("perpetrator", "perpetrators", "perpetrator(s)", "attacker", "attackers", "responsible")
# "796", "1,562", "~50", "at least 12", "30+", "26 (+1)" (the attackers in brackets, which the count leaves out).
_CELL_FIGURE = compile_scan(
    r"\s*(?P<qual>~|≈|c\.\s*|about\s+|at\s+least\s+|over\s+|more\s+than\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})"
    r"(?P<plus>\+)?(?=\s*(?:\(|$|\[))",
    re.IGNORECASE,
)


class CellCount(NamedTuple):
    kind: str  # "killed" | "injured"
    value: int
    open_ended: bool  # "30+", "at least 30": the figure is a floor
    start: int
    end: int


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the line text[start:end], without its outer pipes and blanks."""
    line = text[start:end]
    inner_start = start + (len(line) - len(line.lstrip()))
    inner = line.strip()
    if inner.startswith("|"):
        inner, inner_start = inner[1:], inner_start + 1
    if inner.endswith("|"):
        inner = inner[:-1]
    out = []
    pos = inner_start
    for cell in inner.split("|"):
        lead = len(cell) - len(cell.lstrip())
        out.append((pos + lead, pos + lead + len(cell.strip())))
        pos += len(cell) + 1
    return out


def first_row(text: str) -> dict[str, tuple[int, int]]:
    """The first row's cells by their header's name in lower case ("dead": (start, end)); {} when the text opens
    with no table whose header names the dead or the hurt."""
    if text.count("|", 0, _HEAD_CHARS) < 4:
        return {}
    line_start = 0
    while line_start < min(len(text), _HEAD_CHARS):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        header = _cells(text, line_start, line_end)
        names = [text[a:b].lower().strip(" *") for a, b in header]
        if len(header) >= 3 and any(n in _KINDS for n in names):
            row_start = line_end + 1
            while text.startswith(("\n", "|-", "|:", "---", "| -", "| :"), row_start):
                row_start = text.find("\n", row_start) + 1 or len(text)  # a rule under the header, as Markdown draws
            row_end = text.find("\n", row_start)
            row = _cells(text, row_start, len(text) if row_end < 0 else row_end)
            return dict(zip(names, row, strict=True)) if len(row) == len(header) else {}
        line_start = line_end + 1
    return {}


# A row that opens on its day: "20 March 2015 |", "1974-11-21 |", "June 19, 1987 |", "27 March |".
_ROW_DAY = compile_scan(
    r"\s*(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})\s*$"
)
# A cell that is a figure and nothing else, or a figure with its floor's words: "142", "At least 75", "More than 340".
_BARE_CELL = compile_scan(
    r"(?:(?P<qual>at\s+least|more\s+than|over|about|~)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?P<plus>\+)?",
    re.IGNORECASE,
)


def bare_row_counts(text: str) -> list[CellCount]:
    """The dead and the hurt of a list's row that has no header: "20 March 2015 | Sanaa, Yemen | Four suicide bombers
    struck two mosques ... | 142 | 351 | The Islamic State claimed it", as lists of attacks give their rows out of
    their table. Two cells that are bare figures, side by side after the row's day, place and prose, are its dead
    and its hurt, in the order those lists keep; anything else is left to the prose reader."""
    end = text.find("\n")
    cells = _cells(text, 0, len(text) if end < 0 else end)
    if len(cells) < 5 or not _ROW_DAY.match(text, *cells[0]):
        return []
    for i in range(2, len(cells) - 1):
        dead, hurt = _BARE_CELL.fullmatch(text, *cells[i]), _BARE_CELL.fullmatch(text, *cells[i + 1])
        if dead is not None and hurt is not None:
            return [_bare_count("killed", dead), _bare_count("injured", hurt)]
    return []


def _bare_count(kind: str, fm: re.Match[str]) -> CellCount:
    """A bare cell's figure, open-ended where its words make it a floor ("At least 75", "30+")."""
    qual = (fm.group("qual") or "").lower().split()
    open_ended = bool(fm.group("plus")) or bool(qual) and qual[0] in ("at", "more", "over")
    return CellCount(kind, int(fm.group("n").replace(",", "")), open_ended, fm.start("n"), fm.end("n"))


def table_counts(text: str) -> list[CellCount]:
    """The dead and the hurt of a table's first row, by its header's columns; [] when the text opens with none."""
    out = []
    for name, (a, b) in first_row(text).items():
        kind = _KINDS.get(name)
        fm = _CELL_FIGURE.match(text, a, b) if kind else None
        if kind is None or fm is None:
            continue
        qual = (fm.group("qual") or "").lower().strip()
        open_ended = bool(fm.group("plus")) or qual in ("at least", "over", "more than")
        out.append(CellCount(kind, int(fm.group("n").replace(",", "")), open_ended, fm.start("n"), fm.end("n")))
    return out


def perpetrator_cell(text: str) -> tuple[int, int] | None:
    """Where the first row's column of who did it is ("Perpetrator", "Perpetrators", "Attacker")."""
    row = first_row(text)
    return next((row[n] for n in _PERP_COLUMNS if n in row), None)
