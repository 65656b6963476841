"""compile_scan: the set of a match's first characters must never change what a pattern finds."""

from __future__ import annotations

import importlib
import inspect
import re

import pytest
from newsfacts.facts.scan import _FOLDS_INTO_ASCII, WordScan, _first_class, _word_stems, compile_scan

TEXT = (
    "KABUL, Afghanistan (AP) — A suicide bomber killed 12 people and wounded 30 on Tuesday, Oct. 3, 2023, "
    "officials said. Two more died in hospital overnight. The attacker blew himself up at 9:30 a.m. near "
    "the ministry; his son was also hurt. No one else was injured, police said on 04/10/2023.\n\n"
    "ALEPPO — Shelling killed three (two children) in Aleppo's Salaheddine district last week. "
    "KILLED IN ACTION: 5. Residents of Jericho in Idlib fled. 'Dozens' were wounded, the UN said."
)


def _original(rx: re.Pattern[str]) -> str:
    """The pattern compile_scan was given: its own pattern without a look-ahead wrapper, if it has one."""
    m = re.match(r"\(\?=\[(?:\\.|[^\]])*\]\)\(\?:", rx.pattern)
    return rx.pattern[m.end() : -1] if m else rx.pattern


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize(
    "pattern, flags",
    [
        (r"\b(?:killed|wounded|injured)\b", 0),
        (r"\b(?:(?P<k>killed|dead)|(?P<i>wounded|hurt))\b", 0),
        (r"\b(?:on\s+)?(?:monday|tuesday)\b|\b(?:last\s+week|overnight)\b", 0),
        (r"(?:\b(?:no\s+one|nobody)\s+(?:else\s+)?was\s+(?:injured|hurt))", 0),
        (r"\b(?:himself|herself)\b", 0),
        (r"\b(?:killed|wounded)\b", re.IGNORECASE),
        (r"\b(?i:killed)\s+in\s+action", 0),
        (r"\b(?:[0-3]?\d)/(?:[01]?\d)/(?:19|20)\d\d\b|\b(?:Oct|Nov)\.?\s+\d{1,2}\b", 0),
        (r"\b\d+\s+(?:people|children)", 0),
        (r"(?:\s*,)?\s*(?:two|three)\b", 0),
    ],
)
def test_finds_exactly_what_the_plain_pattern_finds(pattern: str, flags: int) -> None:
    plain, scan = re.compile(pattern, flags), compile_scan(pattern, flags)
    for text in (TEXT, TEXT.lower(), TEXT.upper()):
        assert _spans(scan, text) == _spans(plain, text)
        for a in range(0, len(text), 37):  # searches inside a window, as the parser does per sentence
            plain_m, scan_m = plain.search(text, a, a + 80), scan.search(text, a, a + 80)
            assert (plain_m and plain_m.span()) == (scan_m and scan_m.span())


def test_alternatives_opening_with_a_boundary_start_with_their_first_letters() -> None:
    first = _first_class(r"\b(?:killed|wounded|(?:on\s+)?tuesday)\b", 0)
    assert first is not None and set(first) == {"k", "w", "o", "t"}  # "on" is optional: "tuesday" may open too


def test_the_start_set_goes_to_the_engine_not_into_the_pattern() -> None:
    """On this Python the set is the engine's own start test: the pattern stays as written."""
    pattern = r"\b(?:killed|wounded)\b"
    rx = compile_scan(pattern)
    assert rx.pattern == pattern
    assert [m.span() for m in rx.finditer("one killed, two wounded; unkilled")] == [(4, 10), (16, 23)]


@pytest.mark.parametrize("pattern", [r"\b(?:killed|skies)\b", r"\b(?:in|is)\s+\d+", r"\b[ks]\w+"])
def test_a_case_blind_start_set_admits_every_character_the_engine_folds(pattern: str) -> None:
    """"\u212a" (the Kelvin sign) matches "k" when case is ignored, "\u017f" (long s) matches "s", "\u0131"
    (dotless i) matches "i": a start set of ASCII letters alone would skip them."""
    text = "\u212aILLED Killed \u017fkies SKIES \u0131n 5 \u0130s 6 is 7"
    plain, scan = re.compile(pattern, re.IGNORECASE), compile_scan(pattern, re.IGNORECASE)
    assert _spans(scan, text) == _spans(plain, text)
    assert len(_spans(plain, text)) >= 3


def test_only_the_listed_characters_fold_into_ascii_letters() -> None:
    """The list the case-blind start sets rely on, checked against the engine over every code point."""
    ascii_class = re.compile(r"[a-zA-Z0-9]", re.IGNORECASE)
    found = {chr(c) for c in range(128, 0x110000) if ascii_class.match(chr(c))}
    assert found == set(_FOLDS_INTO_ASCII)


def test_a_case_blind_group_admits_both_cases_of_its_first_letter() -> None:
    rx = compile_scan(r"\b(?i:killed)\b")
    assert [m.group(0) for m in rx.finditer("Killed, KILLED, killed")] == ["Killed", "KILLED", "killed"]


@pytest.mark.parametrize(
    "pattern",
    [
        r"killed|wounded",  # alternatives opening with literals: the engine skips ahead by itself
        r"[A-Z][a-z]+",  # a set first: likewise
        r"(?P<dem>[A-Z][a-z]+)\s+forces",  # a group opening with a set
        r"\s*(?:all\s+)?",  # may match the empty string: any position may match
        r"\b[^,]+,",  # a negated set may start with nearly anything
        r"\b\w+\b",  # a class so broad a look-ahead would filter nothing
        r"\b.{3}",  # any character
    ],
)
def test_patterns_the_look_ahead_cannot_narrow_are_compiled_as_written(pattern: str) -> None:
    assert compile_scan(pattern).pattern == pattern


def test_verbose_patterns_and_leading_flags_keep_working() -> None:
    verbose = compile_scan(
        r"""\b(?:killed   # the dead
                               |wounded)  # the hurt""",
        re.VERBOSE,
    )
    assert [m.group(0) for m in verbose.finditer("two killed, three wounded")] == ["killed", "wounded"]
    leading = compile_scan(r"(?i)\b(?:killed|wounded)\b")  # global flags may only open a pattern
    assert [m.group(0) for m in leading.finditer("KILLED and Wounded")] == ["KILLED", "Wounded"]


@pytest.mark.parametrize("module", ["actors", "attack", "casualties", "dates", "numbers", "parser", "places", "text"])
def test_every_parser_pattern_finds_what_it_would_find_compiled_plainly(module: str) -> None:
    """The parser's own patterns, on a text with their vocabulary: the start set changes no match."""
    mod = importlib.import_module(f"newsfacts.facts.{module}")
    patterns = [v for v in vars(mod).values() if isinstance(v, re.Pattern)]
    for table in (v for v in vars(mod).values() if hasattr(v, "cache_info") and v.__module__ == mod.__name__):
        if not inspect.signature(table).parameters:  # patterns built from the YAML vocabularies
            built = table()
            patterns += [v for v in (built if isinstance(built, tuple) else (built,)) if isinstance(v, re.Pattern)]
    assert patterns
    for rx in patterns:
        plain = re.compile(_original(rx), rx.flags & ~re.UNICODE)
        for text in (TEXT, TEXT.lower()):
            assert _spans(rx, text) == _spans(plain, text), rx.pattern[:80]


# --- WordScan: a long alternation tried only where one of its phrases' first words begins ------------------

LOW = TEXT.lower() + " the jets bombed it; an air strike, airstrikes and a shell. shelling went on. blasts."


@pytest.mark.parametrize(
    "pattern",
    [
        # named groups per kind, shared letters lifted out by re ("a(?:ir|ttack)"), look-behinds in front
        r"\b(?:(?P<t0>suicide (?:car )?bomb(?:ers?)?|blew (?:himself|herself) up)|(?P<t1>air ?strikes?|"
        r"(?:military|fighter)? ?jets?|(?<!missile )strikes? (?:on|in))|(?P<t2>shell(?:ing|ed|s)|"
        r"shell (?:hit|landed)|artillery|attack(?:ed)?))\b",
        # a phrase that is a prefix of another's first word, and one whose first word is one letter
        r"\b(?:shell|shelling went on|a shell|blasts?|no one|killed \d+)\b",
        # a phrase opening with a class: no first word to read, so the pattern is scanned as it is
        r"\b(?:[a-z]+ed|jets)\b",
    ],
)
def test_word_scan_finds_what_the_pattern_finds(pattern: str) -> None:
    plain, scan = re.compile(pattern), WordScan(pattern)
    for pos, endpos in ((0, len(LOW)), (7, 300), (120, len(LOW) - 9)):
        want = [(m.span(), m.groupdict()) for m in plain.finditer(LOW, pos, endpos)]
        assert [(m.span(), m.groupdict()) for m in scan.finditer(LOW, pos, endpos)] == want
        first = plain.search(LOW, pos, endpos)
        found = scan.search(LOW, pos, endpos)
        assert (found.span() if found else None) == (first.span() if first else None)


def test_word_scan_reads_the_first_words_of_its_phrases() -> None:
    assert _word_stems(r"\b(?:air ?strikes?|(?:military|fighter) ?jets?|attack(?:ed|s)?)\b") == {
        "air", "military", "fighter", "attack"}
    assert _word_stems(r"\b(?:shell|shelling)\b") == {"shell"}  # a longer one is found where the shorter is
    assert _word_stems(r"(?:air|jet)") is None  # no word boundary in front: a match may start inside a word
    assert _word_stems(r"\b(?:air|-jet)") is None
