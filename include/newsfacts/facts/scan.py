"""Regexes that scan whole articles, compiled so the engine can pass over positions where no match starts.

Python's `re` tries a pattern at every position of the text unless the pattern opens with a literal or a
character set; `\\b(?:killed|wounded|...)` opens with neither, so each of a 3 KB text's 3,000 positions costs
a full attempt at every alternative. A look-ahead for the characters a match can start with turns most of
those attempts into one character test. The characters are read from the pattern itself, so the look-ahead
can never disagree with it; when they cannot be read exactly (a pattern that may open with any character),
the pattern is compiled as written.
"""

from __future__ import annotations

import re

try:  # the parser behind re.compile; private, so its absence only costs speed
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python versions before 3.11
    _c = _p = None  # type: ignore[assignment]

# Classes so broad a look-ahead for them would filter nothing.
_TOO_BROAD = {r"\w", r"\W", r"\S", r"\D"}


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, behind a look-ahead for the characters a match can start with."""
    first = _first_class(pattern, flags)
    if first is not None:
        end = "\n)" if flags & re.VERBOSE else ")"  # a verbose pattern's last comment must not swallow the ")"
        try:
            return re.compile(f"(?=[{first}])(?:{pattern}{end}", flags)
        except re.error:  # "(?i)" and other flags that must open the pattern: compiled as written
            pass
    return re.compile(pattern, flags)


def _first_class(pattern: str, flags: int) -> str | None:
    """The body of a character class holding every character a match can start with, or None."""
    if _p is None:
        return None
    try:
        data = _p.parse(pattern, flags).data
        if _engine_skips(data):
            return None
        items, nullable = _first(data, fold=False)
    except (AttributeError, TypeError, ValueError):  # an internal format we do not know: no look-ahead
        return None
    if items is None or nullable or not items or items & _TOO_BROAD:
        return None
    return "".join(sorted(items))


def _engine_skips(data: list[tuple[object, object]]) -> bool:
    """Whether the engine already skips ahead by itself: the pattern opens with a literal, a set, or
    alternatives that each open with a literal (a look-ahead would only add a test at every stop)."""
    if not data:
        return False
    op, av = data[0]
    if op is _c.SUBPATTERN:
        return _engine_skips(av[-1].data)  # type: ignore[index]
    if op in (_c.LITERAL, _c.IN):
        return True
    return op is _c.BRANCH and all(alt.data and alt.data[0][0] is _c.LITERAL for alt in av[1])  # type: ignore[index]


def _first(seq: list[tuple[object, object]], fold: bool) -> tuple[set[str] | None, bool]:
    """(class items a match of `seq` can start with, whether `seq` can match the empty string); None items
    when any character could start it. Zero-width assertions (\\b, look-arounds) are passed over: skipping a
    condition can only widen the set, never make it miss a start.

    `fold`: inside a "(?i:...)" group, whose letters match in either case while the look-ahead, outside the
    group, would not; a pattern-wide IGNORECASE applies to the look-ahead as well, so needs no folding."""
    items: set[str] = set()
    for op, av in seq:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.LITERAL:
            items |= _cased(chr(av), fold)  # type: ignore[arg-type]
            return items, False
        if op is _c.IN:
            got = _in_items(av, fold)  # type: ignore[arg-type]
            return (None, False) if got is None else (items | got, False)
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av  # type: ignore[misc]
            got, nullable = _first(sub.data, fold or bool(add_flags & re.IGNORECASE))
        elif op is _c.BRANCH:
            got, nullable = set(), False
            for alt in av[1]:  # type: ignore[index]
                alt_items, alt_nullable = _first(alt.data, fold)
                if alt_items is None:
                    return None, False
                got |= alt_items
                nullable = nullable or alt_nullable
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av  # type: ignore[misc]
            got, nullable = _first(sub.data, fold)
            nullable = nullable or lo == 0
        else:  # any character, a back-reference, a conditional group: the start cannot be narrowed
            return None, False
        if got is None:
            return None, False
        items |= got
        if not nullable:
            return items, False
    return items, True


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _in_items(av: list[tuple[object, object]], fold: bool) -> set[str] | None:
    out: set[str] = set()
    for op, v in av:
        if op is _c.LITERAL:
            out |= _cased(chr(v), fold)  # type: ignore[arg-type]
        elif op is _c.RANGE:
            lo, hi = v  # type: ignore[misc]
            out.add(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
            if fold and (chr(lo).isalpha() or chr(hi).isalpha()):
                out.add(f"{re.escape(chr(lo).swapcase())}-{re.escape(chr(hi).swapcase())}")
        elif op is _c.CATEGORY and str(v) in _CATEGORIES:
            out.add(_CATEGORIES[str(v)])
        else:  # a negated set: nearly anything may start it
            return None
    return out


def _cased(ch: str, fold: bool) -> set[str]:
    return {re.escape(ch), re.escape(ch.swapcase())} if fold and ch.isalpha() else {re.escape(ch)}
