"""Regexes that scan whole articles, compiled so the engine can pass over positions where no match starts.

Python's `re` tries a pattern at every position of the text unless the pattern opens with a literal or a
character set; `\\b(?:killed|wounded|...)` opens with neither, so each of a 3 KB text's 3,000 positions costs
a full attempt at every alternative. The characters a match can start with are read from the pattern itself
and handed to the engine as the pattern's start set, the same filter it builds for `[A-Z]\\w+`: it then steps
over the other positions in a tight loop of its own and attempts the pattern only where one of them stands.
The set only says where a match may start, so it can never change what the pattern finds. When the set
cannot be read exactly (a pattern that may open with any character), the pattern is compiled as written.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

_k: Any
_c: Any
_p: Any
_sre: Any
try:  # the parser and compiler behind re.compile; private (and untyped), so their absence only costs speed
    _sre = importlib.import_module("_sre")
    _k = importlib.import_module("re._compiler")
    _c = importlib.import_module("re._constants")
    _p = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python versions before 3.11
    _c = _p = _k = _sre = None

# Classes so broad a look-ahead for them would filter nothing.
_TOO_BROAD = {r"\w", r"\W", r"\S", r"\D"}


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with the characters a match can start with as the engine's start set.

    A case-blind pattern's set holds every case variant of its characters. When this Python's compiler
    internals differ from the ones known here, the pattern gets a look-ahead for the characters instead.
    """
    first = _first_class(pattern, flags)
    if first is not None:
        compiled = _with_start_set(pattern, flags, first)
        if compiled is not None:
            return compiled
        end = "\n)" if flags & re.VERBOSE else ")"  # a verbose pattern's last comment must not swallow the ")"
        try:
            return re.compile(f"(?=[{first}])(?:{pattern}{end}", flags)
        except re.error:  # "(?i)" and other flags that must open the pattern: compiled as written
            pass
    return re.compile(pattern, flags)


def _with_start_set(pattern: str, flags: int, first: str) -> re.Pattern[str] | None:
    """The pattern compiled as `re` compiles it, but for the info block that opens its code: there, the set
    of start characters `re` would have read from a leading `[...]` is given from `first` instead."""
    if _k is None:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        all_flags = parsed.state.flags | flags
        lo, hi = parsed.getwidth()
        if lo == 0:
            return None
        op, av = _p.parse(f"[{first}]", 0).data[0]  # a one-character class comes back as a literal
        items = av if op is _c.IN else [(op, av)]
        if all_flags & re.IGNORECASE:
            items = _case_variants(items, first)
            if items is None:
                return None
        charset, _ = _k._optimize_charset(items)
        code = [_c.INFO, 0, _c.SRE_INFO_CHARSET, min(lo, _k.MAXCODE), min(hi, _k.MAXCODE)]
        _k._compile_charset(charset, all_flags, code)
        code[1] = len(code) - 1  # the info block's length, counted from its second word as re counts it
        _k._compile(code, parsed.data, all_flags)
        code.append(_c.SUCCESS)
        names = parsed.state.groupdict
        index: list[str | None] = [None] * parsed.state.groups
        for name, i in names.items():
            index[i] = name
        return _sre.compile(pattern, all_flags, code, parsed.state.groups - 1, names, tuple(index))
    except (AttributeError, TypeError, ValueError, IndexError, RuntimeError):  # internals unlike 3.11's
        return None


# Outside ASCII, only these four characters match an ASCII letter when case is ignored ("K", the Kelvin
# sign, matches "k"): checked over every code point in the test suite.
_FOLDS_INTO_ASCII = "\u0130\u0131\u017f\u212a"


def _case_variants(items: list[tuple[Any, Any]], first: str) -> list[tuple[Any, Any]] | None:
    """A case-blind pattern's start set as the engine's case-sensitive start test needs it: every character
    that the class `[first]` matches when case is ignored, found by asking the engine itself. Sets with
    characters beyond ASCII (whose case variants are not listed here) are left alone."""
    kept: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _c.CATEGORY:
            kept.append((op, av))  # digits and spaces have no case
        elif not (op is _c.LITERAL and av < 128 or op is _c.RANGE and av[1] < 128):
            return None
    blind = re.compile(f"[{first}]", re.IGNORECASE)
    candidates = [chr(i) for i in range(128)] + list(_FOLDS_INTO_ASCII)
    return kept + [(_c.LITERAL, ord(ch)) for ch in candidates if blind.match(ch)]


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


def _engine_skips(data: list[tuple[Any, Any]]) -> bool:
    """Whether the engine already skips ahead by itself: the pattern opens with a literal, a set, or
    alternatives that each open with a literal (a look-ahead would only add a test at every stop)."""
    if not data:
        return False
    op, av = data[0]
    if op is _c.SUBPATTERN:
        return _engine_skips(av[-1].data)
    if op in (_c.LITERAL, _c.IN):
        return True
    return op is _c.BRANCH and all(alt.data and alt.data[0][0] is _c.LITERAL for alt in av[1])


def _first(seq: list[tuple[Any, Any]], fold: bool) -> tuple[set[str] | None, bool]:
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
            items |= _cased(chr(av), fold)
            return items, False
        if op is _c.IN:
            got = _in_items(av, fold)
            return (None, False) if got is None else (items | got, False)
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            got, nullable = _first(sub.data, fold or bool(add_flags & re.IGNORECASE))
        elif op is _c.BRANCH:
            got, nullable = set(), False
            for alt in av[1]:
                alt_items, alt_nullable = _first(alt.data, fold)
                if alt_items is None:
                    return None, False
                got |= alt_items
                nullable = nullable or alt_nullable
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
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


def _in_items(av: list[tuple[Any, Any]], fold: bool) -> set[str] | None:
    out: set[str] = set()
    for op, v in av:
        if op is _c.LITERAL:
            out |= _cased(chr(v), fold)
        elif op is _c.RANGE:
            lo, hi = v
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


class WordScan:
    """A long alternation of phrases that all open a word (`\\b(?:phrase|...)`), scanned only where one of
    the phrases' first words begins.

    `re` tries every branch of an alternation at every word: two hundred phrases cost two hundred attempts
    per word, although a text holds a handful of their words. The literal word beginnings the phrases
    start with ("air", "military", "strike") are gathered into a trie-shaped pattern, whose branches each
    open with a letter, the case `re` rejects without entering the branch; the full pattern is then tried
    only where such a beginning stands. Every match of the full pattern opens with one of them at a word's
    start, and a word holds no other word's start, so the matches are the very ones the pattern finds on
    its own (same spans, same groups, same order). A pattern whose beginnings cannot be read is scanned as
    it is.
    """

    __slots__ = ("pattern", "_full", "_starts")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._full = compile_scan(pattern)
        stems = _word_stems(pattern)
        self._starts = compile_scan(r"\b" + _trie(stems)) if stems else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self._starts is None:
            yield from self._full.finditer(text, pos, end)
            return
        done = pos
        for cand in self._starts.finditer(text, pos, end):
            at = cand.start()
            if at < done:
                continue
            m = self._full.match(text, at, end)
            if m is not None:
                yield m
                done = max(m.end(), at + 1)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


def _word_stems(pattern: str) -> set[str] | None:
    """The literal word beginnings every match of `\\b(?:...)` opens with (none a prefix of another), or None."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern, 0)
        data = list(parsed.data)
        if parsed.state.flags & re.IGNORECASE or not data or data[0] != (_c.AT, _c.AT_BOUNDARY):
            return None
        stems = _stems(data[1:])
    except (AttributeError, TypeError, ValueError, IndexError, re.error):
        return None
    if not stems:
        return None
    return {s for s in stems if not any(o != s and s.startswith(o) for o in stems)}


def _stems(seq: list[tuple[Any, Any]]) -> set[str] | None:
    i = 0
    while i < len(seq) and seq[i][0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        i += 1  # a look-around is tested where the phrase starts; the stem still opens the phrase
    if i == len(seq):
        return None
    op, av = seq[i]
    if op is _c.LITERAL:
        stem = ""
        while i < len(seq) and seq[i][0] is _c.LITERAL and (chr(seq[i][1]).isalnum() or seq[i][1] == 95):
            stem += chr(seq[i][1])
            i += 1
        if stem and i < len(seq) and seq[i][0] in (_c.BRANCH, _c.SUBPATTERN):
            # `re` lifts the letters its branches share out in front ("a(?:ir|rson)"): read on into them
            more = _stems(seq[i:])
            if more and all(m[:1].isalnum() or m[:1] == "_" for m in more):
                return {stem + m for m in more}
        return {stem} if stem else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _stems(list(alt.data))
            if got is None:
                return None
            out |= got
        return out
    if op is _c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _stems(list(av[3].data))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _stems(list(av[2].data))
    return None


def _trie(words: set[str]) -> str:
    """A pattern matching exactly `words` (none a prefix of another), each branch opening with a letter."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node)]
        return "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)
