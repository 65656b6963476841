"""Input hygiene and sentence spans: bounded work on any text, offsets kept into the original."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from newsfacts.facts.scan import compile_scan

# Work per text is capped: news bodies are far shorter; a 1 MB blob is read only up to here.
MAX_CHARS = 60_000
_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())

# A sentence ends at end punctuation (a closing quote may follow) before a capital, a digit or a list's bullet, at
# a blank line, or at a line break before a capital, a bracket or a quote ("...in Kirkuk\n(Reuters) - Islamic
# State militants ...": a feed's headline line) or a bullet ("- Since 25 February, ..." is an item of its own).
# The punctuation is matched but left in its sentence (group "gap" starts after it): a pattern opening with
# [.!?\n] lets the engine step over all other characters on its own.
_SENT_END = compile_scan(
    # (a post's list of updates opens its lines with an em dash, a reply with an arrow: "— UPDATE: ...", "↳ reply:")
    r"[.!?](?P<gap>[\"'\u201d\u2019)]?\s+)(?=[\"'\u201c\u2018(]?[A-Z0-9]|[-\u2013\u2014\u2022\u21b3*]\s)|\n\s*\n|"
    r"\n(?=[A-Z(\"\u201c]|[-\u2013\u2014\u2022\u21b3*]\s)"
    # a feed snippet's date and dash below its headline: "... knife attack that killed 29\n2 Mar 2014 — Attackers"
    r"|\n(?=\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d\s*[\u2014\u2013-]\s)"
)
_ABBREV = compile_scan(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Gov|Sen|Rep|St|Jr|Sr|No|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|"
    # (titles of priests, teachers and police ranks: "Catholic priest Fr. M.X. Karunaratnam", "Det. Supt. Ross")
    # (a log row's "14 personnel killed incl. 2 officers": what the count holds, not a sentence's end)
    # ("Cst. Sara Burns", "Pte. Lee Rigby", "Spc. Ana Ruiz": constables' and privates' ranks too)
    r"Aug|Sep|Sept|Corp|Inc|Co|vs|U\.S|U\.N|a\.m|p\.m|Fr|Rev|Prof|Brig|Cpl|Det|Supt|Insp|Cst|Const|Pte|Pvt|Spc|"
    r"Cmdr|Adm|incl|excl|[A-Z])\.)$"
)

# An American dateline, its state abbreviated the AP's way: "BLACKSBURG, Va.", "SPRINGFIELD, Ill.", "ALBANY, N.Y."
_STATE_DATELINE = compile_scan(r"[A-Z][A-Z.'’ -]{1,30},\s+(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z]|W\.\s?Va)\.")

# The word after "a.m."/"p.m." that goes on with the hour's own sentence: a day, a month or a time zone.
_AFTER_HOUR_OPENS = compile_scan(
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?:Local|Eastern|Central|Pacific|"
    r"Mountain|Moscow|Kyiv|Beijing|Greenwich|Standard|Daylight|Time)\b)[A-Z][a-z]"
)

ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ASCII_LOWER_BYTES = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


def lower_az(text: str) -> str:
    """`text.translate(ASCII_LOWER)`: A-Z lowered, every other character kept, offsets unchanged.

    str.translate looks each character of a text beyond ASCII (an em dash is enough) up in the table, some 20
    times slower than a byte table: in UTF-8 the bytes of A-Z stand for those letters only, and "surrogatepass"
    carries a lone surrogate through and back, so the round trip changes nothing else.
    """
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER_BYTES).decode("utf-8", "surrogatepass")


@lru_cache(maxsize=8)
def ascii_lower(text: str) -> str:
    """Lower-cased text with offsets unchanged, so case-blind scans run without IGNORECASE (2-3x faster).

    str.lower() is used when it keeps the length (it only ever expands, e.g. "İ"), else A-Z only.
    """
    low = text.lower()
    return low if len(low) == len(text) else lower_az(text)


def clip(text: str) -> str:
    """The part of `text` the parser reads; offsets into it are offsets into the original."""
    return text[:MAX_CHARS]


def looks_like_prose(text: str) -> bool:
    """Binary garbage and non-Latin scripts yield no incident rather than noise from stray matches."""
    sample = text[:2000]
    if not sample.strip():
        return False
    letters = len(sample.encode("ascii", "ignore").translate(None, _NON_LETTERS))
    # Letters are half the characters that are not spaces: certainly so when they are half of all the characters,
    # as in any prose, which spares it the split (the costly part).
    if letters < 0.5 * len(sample) and letters < 0.5 * len("".join(sample.split())):
        return False
    return " " in sample


# Bytes a-z kept, every other byte a space: words as runs of a-z, with no regex pass over the text.
_ONLY_AZ = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# The same with A-Z lowered: str.lower() spared (see looks_english).
_ONLY_AZ_LOWERED = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
# The only characters beyond ASCII whose lower case holds an ASCII letter: "İ" ("i" and a dot), the Kelvin sign.
_LOWER_TO_ASCII = ("\u0130", "\u212a")
# The same with capitals kept, to tell a lower-case article ("el", "la") from one a place name opens ("El-Arish").
_ONLY_LETTERS = bytes(c if 97 <= c <= 122 or 65 <= c <= 90 else 32 for c in range(256))
# The commonest English function words, and those of other languages news feeds carry
# (German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Indonesian, Turkish).
_ENGLISH = frozenset(
    b"the and of to in a was were is are on for that with by at from as has have had it".split()
)
# ASCII words only: a word is a run of a-z, so one with another letter ("için") could never be read.
_FOREIGN = frozenset(
    b"der die das und ist nicht mit von den dem ein eine le la les et est des une du dans pour que qui "
    b"el los las "
    b"y es por con una del se il della che di per sono em os uma com het een van zijn och att dan yang "
    b"ini itu dengan untuk bir ve ile bu".split()
)
# +1 for an English function word, -1 for another language's (the sets share none): the sum says which kind wins.
_BALANCE = {**dict.fromkeys(_ENGLISH, 1), **dict.fromkeys(_FOREIGN, -1)}


def looks_english(text: str) -> bool:
    """Non-English text yields no incident: the vocabularies here are English and would misfire.

    Telegraphic English ("1 UN staff killed March 6.") has few function words, so the test is that
    another language's function words outnumber the English ones, not that English ones abound.
    """
    # Each character beyond ASCII becomes one "?" and then a space, as it ends a run of a-z. Lower-casing the
    # bytes gives the words str.lower() would, but for two characters that lower-case into ASCII letters.
    sample = text[:1500]
    if any(ch in sample for ch in _LOWER_TO_ASCII):
        words = sample.lower().encode("ascii", "replace").translate(_ONLY_AZ).split()
    else:
        words = sample.encode("ascii", "replace").translate(_ONLY_AZ_LOWERED).split()
    if not words:
        return False
    if sum(map(_BALANCE.get, words, repeat(0))) >= 0:
        return True  # no more foreign words than English ones: one pass settles most texts
    english = sum(map(_ENGLISH.__contains__, words))
    foreign = sum(map(_FOREIGN.__contains__, words))
    if foreign > english and foreign >= 0.08 * len(words):
        # "An IED hit a convoy near El-Arish": in a telegraphic record, the article of a place's name ("El Fasher",
        # "Las Vegas") may be its only function word; another language writes its articles in lower case too.
        cased = text[:1500].encode("ascii", "replace").translate(_ONLY_LETTERS).split()
        foreign = sum(map(_FOREIGN.__contains__, cased))
    return not (foreign > english and foreign >= 0.08 * len(words))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; splits on end punctuation unless it closes a known abbreviation."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.start("gap") if m.group("gap") is not None else m.start()
        # A word of five letters or more before the stop is no abbreviation (the longest are four): most are spared
        # the pattern.
        if (
            text[end - 1 : end] == "."
            and not (end - 6 >= start and text[end - 6 : end - 1].isalpha())
            and _ABBREV.search(text[max(start, end - 6) : end])
            # "shortly after 1 a.m. Besides Soleimani, the dead included": the hour ends its sentence before a word
            # that is none of its day, month or zone ("at 9 a.m. Monday", "at 10 p.m. Eastern")
            and not (text.endswith(("a.m.", "p.m."), start, end) and _AFTER_HOUR_OPENS.match(text, m.end()))
        ):
            continue
        if text[end - 1 : end] == "." and _STATE_DATELINE.fullmatch(text, start, end):
            continue  # "BLACKSBURG, Va. - The student who ...": an American dateline's state, not a sentence
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    # A sentence that opens on a non-space is not blank: only the others are sliced to be sure.
    return [(s, e) for s, e in spans if not text[s].isspace() or text[s:e].strip()]


# The narrowest fold read as one: plain-text copy is folded at 60 to 80 characters or more.
_MIN_FOLD = 50
# How a line folded inside a sentence ends: a letter, a digit, a comma or a hyphen, not end punctuation.
_FOLD_END = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,;-")


def wrap_width(text: str) -> int:
    """The width a hard-wrapped text was folded at (plain-text wire copy, e-mailed releases), else 0.

    It is folded when most of its lines that run on into another line end mid-sentence, at least two of them
    do, most of those are of one width (a short line is a headline, a dateline or a live blog's entry), some go
    on in lower case (a list's rows each open with a capital), and no line is much longer than that width: a
    text laid out by paragraphs has lines of any length.
    """
    if text.count("\n") < 2:
        return 0
    lines = [line.rstrip() for line in text.split("\n")]
    folded: list[int] = []
    runs = lowered = 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        if line and nxt.strip():
            runs += 1
            if line[-1] in _FOLD_END:
                folded.append(len(line))
                lowered += nxt.lstrip()[:1].islower()
    if len(folded) < 2 or 2 * len(folded) < runs or 4 * lowered < len(folded):
        return 0
    widest = max(folded)
    if widest < _MIN_FOLD or any(len(line) > 1.2 * widest for line in lines):
        return 0
    return widest if sum(n >= 0.6 * widest for n in folded) >= 0.5 * len(folded) else 0


def unfold(text: str) -> str:
    """`text` with each line break that folds a sentence ("in southwestern\nPakistan rose to 26") made a space.

    Hard-wrapped copy breaks its sentences across lines, and a break before a capital would otherwise end a
    sentence, as a headline's does; patterns that stop at a line would miss the rest of the clause. One character
    stands for one, so every offset still indexes the original text. A line shorter than the fold, or ending in
    end punctuation, ends where it ends.
    """
    width = wrap_width(text)
    if not width:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for line, nxt in zip(lines, [*lines[1:], ""], strict=True):
        out.append(line)
        kept = line.rstrip()
        fold = bool(kept) and bool(nxt.strip()) and kept[-1] in _FOLD_END and len(kept) >= 0.6 * width
        out.append(" " if fold else "\n")
    return "".join(out)[: len(text)]


_HASHTAG = re.compile(r"#(?=[A-Za-z])")


def unhash(text: str) -> str:
    """`text` with the "#" of each hashtag made a space: a police post's "#Brighton" or "in #Leeds city centre" names
    its town as the word alone would. One character stands for one, as in `unfold`."""
    return _HASHTAG.sub(" ", text) if "#" in text else text


# The dateline may follow a headline line (RSS items carry one: "Gunmen kill 12 in Zamfara community\nGUSAU -
# ..."), and South Asian papers end it with a colon, the city often in title case: "QUETTA: ...", "Srinagar,
# Apr 14: ...".
# AFP's feeds write the city in title case before the agency: "Niamey (AFP) - ...".
# National and international agencies whose name closes a dateline.
_AGENCIES = (
    r"AFP|Reuters|AP|Xinhua|Anadolu|dpa|IANS|PTI|EFE|ANTARA|Antara|Bernama|PNA|Yonhap|Kyodo|ANI|UNI|APP|WAFA|SANA|IRNA|"
    r"KUNA|TASS|Ukrinform|BSS|NAN|ENA|AA|MENA|AKIpress|Kabar|Trend|AZERTAC|APA|SPA|WAM|QNA|BNA|ONA|Prensa\s+Latina|"
    r"AGI|ANSA|Lusa|KNA|APS|MAP|RSS|Xinhua\s+News\s+Agency|UNB|"
    # (East Asia's and Europe's national agencies: Taiwan's CNA, Vietnam's VNA, Japan's Jiji, Australia's AAP)
    r"CNA|VNA|KCNA|Jiji|AAP|Interfax|RIA\s+Novosti|Sputnik|PAP|CTK|MTI|BTA|Tanjug|HINA|Belga|ANP|Fars|Tasnim|ISNA|"
    r"Mehr|NNA|INA|Petra|TAP|"
    # (a paper that writes its own name where an agency's stands: "Cairo, Asharq Al-Awsat - ...")
    r"Asharq\s+Al-Awsat|Sudan\s+Tribune|Radio\s+Dabanga|Libya\s+Observer|Libya\s+Herald|"
    # a news site by its address: "Dhaka, Apr 25 (bdnews24.com) - ..."
    r"[a-z][a-z0-9-]{2,30}\.(?:com|net|org)"
)
DATELINE = compile_scan(
    # (capitals with accents too: "POPAYÁN, Colombia (AP)", "BOGOTÁ")
    r"^(?:[^\n]{8,200}\n+)?\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’/-]{2,40}?"
    # (a quarter or a district in brackets before the colon: "Gaza City (al-Daraj): ..."; a log row's division and
    # numeric date: "Ashkelon (Southern District), 05/05/2019: ...")
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=(?:\s\([^()\n]{1,30}\))?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}))?(?:\s\([^()\n]{1,30}\))?:\s)"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
    # (national agencies too: "Timika, Papua (ANTARA) -", "Cotabato City (PNA) -")
    rf"(?=(?:,\s*[A-Z][\w .]{{1,40}}?){{0,2}}\s*\((?:{_AGENCIES})\)))"
    # (AFP's year after the day: "BEIRUT, Nov 26, 2014 (AFP) -")
    r"(?:,\s*(?:[A-Z][\w .]{1,40}?|(?:19|20)\d\d)){0,3}"
    # (EFE's "Quito, Aug 10 (EFE).- ...": a full stop before the dash)
    # (TASS's agency between slashes: "MOSCOW, November 17. /TASS/. The Airbus ...")
    r"\s*(?:\([^)\n]{1,30}\))?(?:,\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?=:))?\s*\.?(?:[—–-]{1,2}|:|\s*/TASS/\.?)\s"
)
# "Imphal, Nov 26 (PTI) Three persons were killed": a national agency's dateline needs no dash after its name,
# nor brackets round it on a line of its own ("Baku, May 12, AZERTAC"), nor commas ("Baku. 6 October. APA.").
_AGENCY_DATELINE = compile_scan(
    # (a place with accents, "Bogotá, Oct 6 (EFE).-"; the date's parts, "Gusau, Sept. 7, 2022 (NAN)", "Addis Ababa,
    # August 24/2024(ENA)")
    rf"^\s*(?P<place>[A-Z][a-zà-öø-ÿ]+(?:\s[A-Z][a-zà-öø-ÿ]+)?)"
    # ANI's state and country after the town: "Srinagar (Jammu and Kashmir) [India], June 10 (ANI):"
    r"(?:\s\([A-Z][A-Za-z ]{1,30}\))?(?:\s\[[A-Z][A-Za-z ]{1,20}\])?(?:"
    # ("Riyadh, Rajab 12, 1441, March 07, 2020, SPA --": the calendar's date, then the Gregorian one)
    rf"(?:,\s*[A-Z0-9][\w ./]{{0,40}}?){{0,4}}(?:\s*\((?:{_AGENCIES})\)(?:\.?[—–-]{{1,2}}|:)?[ \t]+(?=[A-Z0-9])"
    rf"|,\s*(?:{_AGENCIES})(?:[ \t]*\n|\s*[—–-]{{1,2}}\s))"
    rf"|\.\s+\d{{1,2}}\s+[A-Z][a-z]+\.\s+(?:{_AGENCIES})\.\s)"
)


# A paper's dateline on a line of its own under the headline: "Madrid, Dec 20", "From Our Correspondent, Rome, March
# 16", "From Our Correspondent, Bologna".
_PAPER_DATELINE = compile_scan(
    r"^(?:[^\n]{8,200}\n+)?[ \t]*(?:(?P<corr>From\s+(?:Our|a)\s+(?:Own\s+)?(?:Special\s+)?Correspondents?),\s+)?"
    r"(?P<place>[A-Z][a-zà-öø-ÿ]+(?:\s[A-Z][a-zà-öø-ÿ]+)?)"
    r"(?:,[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})|(?(corr)|(?!)))[ \t]*\n"
)


@lru_cache(maxsize=8)
def dateline(text: str) -> re.Match[str] | None:
    """The text's dateline (DATELINE), matched once per text: the pattern backtracks through the whole first
    line, and the place mentions, the check for a dateline abroad and the casualty asides all read it."""
    return DATELINE.match(text) or _AGENCY_DATELINE.match(text) or _PAPER_DATELINE.match(text)


# A live page's entry opens its line with the time it was posted: "16:45 GMT —", "Thursday 16:20 GMT —",
# "11:40 p.m. —", "10.42: ", "21:15 Thursday -", "12:01 Moscow time -", "UPDATE 2 (Sunday 17:50): ". The stamp may
# stand alone on its line above the entry's heading ("11:52 BST"), before the entry's words with a space only
# ("17:20 The Borno state education commissioner says", "Updated 9.20pm Clark County Sheriff"), as a 24-hour clock
# of four digits with its zone ("2010 GMT"), or as the time since it was posted ("35 mins ago", "2h ago").
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_ZONE = r"(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|ist|aest|aedt|nzdt|nzst|msk|eat|cat|wat|pkt|[a-z]+[ \t]+time)"
_LIVE_STAMP = compile_scan(
    rf"^[ \t]*(?:update[ \t]+\d{{1,2}}[ \t]*\([ \t]*|updated[ \t]+)?(?:(?P<wd>{_DAY_NAME}),?[ \t]+)?"
    r"(?:(?P<ago>\d{1,3})[ \t]*(?P<unit>mins?|minutes?|h|hrs?|hours?)[ \t]+ago|"
    rf"(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=[ \t]+{_ZONE}\b)|"
    # (a clock of four digits without its zone is none at 19 or 20, where it may be a year: "2005 was the worst")
    r"(?P<hh2>0\d|1[0-8]|2[1-3])(?P<mm2>[0-5]\d)(?=[ \t]+[a-z])|"
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?[ \t]*(?P<ap>[ap]\.?m\.?)?)"
    rf"(?:[ \t]+{_ZONE}|[ \t]+\({_ZONE}\))?"  # ("09:15 (Kabul time)")
    rf"(?:,?[ \t]+(?P<wd2>{_DAY_NAME}))?[ \t]*\)?(?:[ \t]*(?:[—–-]{{1,2}}|:)[ \t]|[ \t]*$|[ \t]+(?=[a-z\"“]))",
    re.MULTILINE,
)
# A page of this many stamped entries is a live page: each entry may restate the toll as it stood then.
_LIVE_MIN_ENTRIES = 3
_DAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class LiveStamp(NamedTuple):
    """A live page entry's stamp: where it stands, the minute of the day it tells (negative for "35 mins ago": the
    minutes before the page was sent) and its weekday (0 for Monday), when it names one."""

    start: int
    end: int
    minute: int
    weekday: int | None


@lru_cache(maxsize=8)
def live_stamps(low: str) -> tuple[LiveStamp, ...] | None:
    """A live page's entry stamps in text order; None for a text that is no live page: a stamp needs minutes or
    am/pm, so "3 - 1" in a sports table starts no entry. `low` is the ascii_lower text."""
    stamps = [
        m
        for m in _LIVE_STAMP.finditer(low)
        if m.group("m") or m.group("ap") or m.group("hh") or m.group("hh2") or m.group("ago")
    ]
    if len(stamps) < _LIVE_MIN_ENTRIES:
        return None
    out = []
    for m in stamps:
        ap = m.group("ap") or ""
        day = m.group("wd") or m.group("wd2")
        if m.group("ago"):
            # "2h ago": the minutes before the page was sent, as a negative minute (a newer entry is a later one)
            minute = -int(m.group("ago")) * (60 if m.group("unit")[0] == "h" else 1)
        elif m.group("hh") or m.group("hh2"):
            minute = int(m.group("hh") or m.group("hh2")) * 60 + int(m.group("mm") or m.group("mm2"))
        else:
            h = int(m.group("h")) % 12 + (12 if ap.startswith("p") else 0) if ap else int(m.group("h"))
            minute = h * 60 + int(m.group("m") or 0)
        out.append(LiveStamp(m.start(), m.end(), minute, _DAY_STEMS.index(day[:3]) if day else None))
    return tuple(out)


def live_step(a: LiveStamp, b: LiveStamp) -> int:
    """+1 when entry b was posted after entry a, -1 when before, 0 when the stamps cannot tell. Two weekdays tell
    by the shorter way round the week ("Friday 22:30" before "Saturday 09:40"); otherwise the clock does."""
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return 1 if (b.weekday - a.weekday) % 7 <= 3 else -1
    return (b.minute > a.minute) - (b.minute < a.minute)


def live_steps(stamps: tuple[LiveStamp, ...]) -> list[int]:
    """The order of each pair of neighbouring stamps (live_step)."""
    return [live_step(a, b) for a, b in zip(stamps, stamps[1:], strict=False)]


def live_entries(low: str) -> tuple[tuple[int, ...], bool] | None:
    """The start offsets of a live page's entries, in text order, and whether the newest comes last; None for a
    text that is no live page.

    Pages run oldest-first or newest-first; the stamps, read pair by pair, say which (a night's wrap past midnight
    is one step against the many)."""
    stamps = live_stamps(low)
    if stamps is None:
        return None
    steps = live_steps(stamps)
    return tuple(s.start for s in stamps), steps.count(1) >= steps.count(-1)


# The months by name, lower-cased, for the patterns that run on ascii_lower text.
MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"

# How many short lines (a release's number, its place and time) may stand above a lede.
_HEADER_LINES = 6
# A line that names the release it heads ("BOULDER POLICE DEPARTMENT -- NEWS RELEASE", "Media Statement", "NEWS
# RELEASE -- May 24, 2014"), never a sentence that tells of one ("Police said in a news release that ...").
_RELEASE_LINE = re.compile(
    r"^[^\n]{0,80}?\b(?:press|news|media)[ \t]+(?:release|statement|advisory|bulletin)[ \t]*"
    r"(?:[-\u2013\u2014:|]+[^\n]{0,50})?$",
    re.IGNORECASE | re.MULTILINE,
)
# A line that is a date and nothing else ("Tuesday, 16 December 2014 06:30:12 AM", "Date: November 8, 2018",
# "2014-06-06 04:15 ADT").
_DATE_LINE = re.compile(
    r"[ \t]*(?:date:[ \t]*)?(?:[a-z]+day,?[ \t]+)?"
    rf"(?:\d{{1,2}}[ \t]+{MONTHS}|(?:{MONTHS}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)[ \t]+\d{{1,2}},?|"
    r"(?:19|20)\d\d-\d\d-\d\d)(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]+[\d:.]+(?:[ \t]*(?:[ap]\.?m\.?|[a-z]{2,4}))?)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def release_header_end(text: str) -> int:
    """Where a press release's header ends: its agency and the line naming the release, with the release's date on
    that line or on the lines below it; 0 for a text that opens on no release. The release's date is the day it was
    issued, which a police update puts a day or more after the shooting it tells ("NEWS RELEASE -- May 24, 2014 ...
    At approximately 9:27 p.m. on Friday, May 23, 2014")."""
    head = text[:400]
    rm = _RELEASE_LINE.search(head)
    if rm is None or head.count("\n", 0, rm.start()) > 2:
        return 0
    end = rm.end()
    while (dm := _DATE_LINE.match(text, end + 1, end + 60)) is not None and text[end] == "\n":
        end = dm.end()
    return end


def lede_start(text: str, spans: list[tuple[int, int]]) -> int:
    """The index of the first sentence of prose: a press release's header lines ("HARTFORD POLICE DEPARTMENT -
    PRESS RELEASE", "Case # 23-041277", "Location: Plauen", "Time: 02:35 hrs", "NEWS RELEASE -- May 24, 2014")
    come before its lede, and the lede's cues are counted from it."""
    header = release_header_end(text) if "\n" in text else 0
    return next(
        (i for i, (a, b) in enumerate(spans[:_HEADER_LINES]) if b > header and len(text[a:b].split()) >= 6), 0
    )


# A sentence about another, earlier event ("since the war began on Oct. 7, when Hamas-led militants stormed",
# "since Russia invaded in 2022", "more than 150 killed since 2000",
# "the last major attack was in 2002, when ...", "two years ago"); run on ascii_lower text.
BACKGROUND_RE = compile_scan(
    # "Since October, Hezbollah attacks have killed seven civilians": a month without its year is a period too
    # ("since early 2024": a year's part as a period)
    rf"\b(?:since\s+(?:the|it|its|then|(?:early\s+|late\s+|mid-?)?\d+|\w+\s+\d{{4}}|(?:early\s+|late\s+|mid-?)?{MONTHS}\b)|"
    r"since\s+[\w-]+\s+(?:began|started|resumed|launched|invaded|"
    r"seized|took|returned|broke|attacked|ended|collapsed)|(?:war|conflict|insurgency|fighting|violence|crisis|uprising)"
    # "Ethnic violence in India's northeastern state of Manipur has killed more than 150 people since May"
    r"(?:,[^.;]{0,80},|\s+(?:in|across|on)\s+[^.;,\n]{1,60}?)?\s+(?:has|have|had)\s+(?:killed|left|claimed)|so\s+far\s+this\s+year|last\s+(?:year|month)|"
    # ("escalated after the murder of Gary Hutch in Marbella, Spain, last September": a month gone by)
    rf"last\s+{MONTHS}\b|"
    # "Year-to-date, 19 NGO staff have been killed": a count kept over the year
    r"year[\s-]+to[\s-]+date|"
    # "More than 200 people, including 80 militants, have been killed in the Valley this year": the year's count
    r"(?:have|has)\s+been\s+(?:killed|wounded|injured)\s+(?:[^.;,]{0,40}?\s)?(?:this|last)\s+year\b|"
    # "Background: Ms Bhutto survived a double suicide bombing ... on 18 October": a live page's section on the past
    r"background(?=\s*:)|"
    # "Turkey has been hit by a series of attacks in the past year, including a suicide bombing at Istanbul's airport
    # in June that killed 45": the attacks before this one
    r"(?:has|have|had)\s+been\s+(?:hit|rocked|shaken|struck)\s+by\s+(?:a\s+)?(?:series|string|spate|wave)\s+of\b|"
    # "That year attacks on the Bardo museum and on a beach resort killed 60 people": the year an aside went back to
    r"that\s+(?:same\s+)?year\b|"
    # "It is the fifth terror attack in Britain this year, after Westminster, ... in which 36 people were killed":
    # the ones before it, counted
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|bombings?|shootings?|stabbings?|massacres?)\b[^.;]{0,40}?\b(?:this\s+(?:year|month|week)|"
    # ("It is the second massacre of young people in the south-west in less than a week, after five teenagers were
    # killed in Cali": the one before it)
    r"in\s+(?:less\s+than\s+)?(?:a|one|two|three|four)\s+(?:days?|weeks?|months?)),?\s+(?:after|following)\b|"
    # "at least a dozen people had been killed in the violence that followed": riots the news set off, not the news
    r"in\s+the\s+(?:violence|riots|rioting|unrest|clashes|protests|arson|reprisals)\s+that\s+(?:followed|ensued)|"
    # "a ceasefire brokered in July, which ended five days of fighting that killed at least 48 people": a spell of
    # fighting counted as a whole
    r"(?:days|weeks|months|years)\s+of\s+(?:[\w-]+\s+)?(?:fighting|clashes|violence|war|hostilities|unrest)\s+"
    r"(?:that|which)\s+(?:had\s+|has\s+)?(?:killed|left|claimed)|"
    # "at least 10,000 people have been killed in the conflict overall": the war's toll, told in the passive
    r"(?:have|has)\s+been\s+killed\s+in\s+the\s+(?:[\w-]+\s+)?(?:war|conflict|insurgency)\b|"
    # "Eight days later, a second bomber struck soldiers at the same base, killing 52": the next attack, told after
    r"(?:days|weeks|months)\s+later,?\s+(?:an?\s+|the\s+)?(?:second|third|another|new)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bombers?|attacks?|bombings?|blasts?|explosions?|strikes?|raids?|gunm[ae]n|attackers?|car\s+bombs?)\b|"
    # ("Five days later, bombs at the HSBC headquarters and the British consulate killed another 30": more dead of
    # a later act)
    r"(?:days|weeks|months)\s+later,?\s+[^.;]{0,100}?\b(?:killed|killing|kill|left)\s+(?:another|a\s+further)\s+\d+|"
    # "A second bombing, at the Sasa wharf on 2 April, kills 16 more": the next attack, by a day of its own
    r"\ba\s+(?:second|third|further)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|explosion|massacre|raid)\b[^.;]{0,60}?"
    rf"\bon\s+(?:\d{{1,2}}\s+{MONTHS}\b|{MONTHS}\s+\d{{1,2}}\b)|"
    # "in the first three months of 2018, 763 civilians were killed", "In all of 2017, UNAMA recorded 3,438 civilian
    # deaths": a part of a year, or all of it, counted as a whole
    r"(?:in|during)\s+(?:the\s+(?:first|last|past|final|previous)\s+(?:[\w-]+\s+)?(?:months?|weeks?|quarters?|half)|"
    r"all)\s+of\s+(?:19|20)\d\d\b|"
    # "In the first two days, the hospital received well over 100 wounded": a count over the days of the fighting
    r"\bin\s+the\s+(?:first|past|last)\s+(?:two|three|four|five|six|seven|few|\d+)\s+(?:days|weeks)\b(?!\s+of\s+the\s+"
    r"(?:attack|siege|raid|assault))|"
    # "since a shooting at Perry High School in January 2024 killed two": a month of a year named, as a year is
    # (not a victim's "born in 1961": an age, told as officialese tells it)
    # (nor a victim's later death: "a twelfth victim fell into a coma and died in December 2000")
    # (nor the attacker's fate after it: "the tenth, Ajmal Kasab, was captured and hanged in 2012")
    rf"(?<!born\s)(?<!died\s)(?<!hanged\s)(?<!executed\s)(?<!convicted\s)(?<!sentenced\s)in\s+(?:{MONTHS}\s+)?"
    # "had earlier" an act, not a count of this one ("officials had earlier put the toll at 132")
    r"(?:19|20)\d\d|earlier\s+(?:attacks?|this\s+year)|"
    # "The group also carried out the 2013 siege at Nairobi's Westgate mall, in which 67 people died", "after the
    # April 2015 attack on Garissa University College, in which 148 people were killed"
    # ("the September 2004 Beslan school siege": a place's name and a kind of place between)
    rf"the\s+(?:{MONTHS}\s+)?(?:19|20)\d\d\s+(?:[a-z]+\s+){{0,2}}?(?:attacks?|bombings?|siege|massacre|shooting|raid|assault|ambush|"
    # ("the deadliest postwar mass killing in Japan was the 2001 fire at a building in Tokyo's Kabukicho")
    # ("who had earlier spoken of 22 dead": an earlier count of this event's dead)
    r"blasts?|explosions?|fires?|stabbings?|rampage|hijackings?|air\s*strikes?)|had\s+earlier(?!\s+(?:put|given|said|reported|announced|"
    r"confirmed|told|spoken|cited|mentioned|estimated|counted))|previously|"
    # (not "which began at home the previous afternoon": the event's own day before)
    r"previous(?!\s+(?:afternoon|evening|night|morning|day)\b)|a\s+similar\s+attack|"
    # ("bore similarities to a suicide bombing in the border town of Suruc in July": another attack, compared)
    r"(?:bore|bears|had|has)\s+(?:\w+\s+)?similarit(?:y|ies)\s+(?:to|with)|"
    # ("decades of conflict", not "after eight years of self-imposed exile": a life's span, not a war's)
    # ("exchanged near-daily fire since October 8, 2023 ... More than 600 people have been killed in Lebanon during
    # that time": the span the sentence before opened)
    r"in\s+recent\s+(?:years|months)|over\s+the\s+past|(?:during|over|throughout)\s+that\s+(?:time|period)\b|"
    # ("after years of opposing the dam": a life's work, told by its gerund, not a war's fighting or killing)
    r"(?:years|decades)\s+of(?!\s+(?:(?:self-imposed|political|forced)\s+)?(?:exile|imprisonment|prison|service|marriage|"
    r"study|experience|age)\b)(?!\s+(?!fighting|killing|bombing|shelling|raiding|kidnapping)[a-z]+ing\b)|"
    # (not an anniversary told on its day: "Ten years ago this week, marines found the bodies of 72 migrants")
    r"(?:years?|decades?)\s+ago(?!\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week)|on\s+\w+day)\b)|"
    # "Today is also the sixth anniversary of the Piazza della Loggia bombing, in which eight people died": an old
    # attack the day recalls (not "tens of thousands had gathered to mark the fourth anniversary of the martyrdom of
    # General Soleimani": a day the crowd kept)
    r"anniversary\s+of\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|massacres?|shootings?|blasts?|"
    r"explosions?|siege|ambush|raid|assault)\b|"
    # "The funeral was for a 22-year-old man who was shot on Sept. 21": the earlier death the mourners marked
    r"funeral\s+(?:was|is|had\s+been)\s+(?:held\s+)?for\s+(?:a|an|the)|"
    # "The blast came a day after a gunfight in which a commander was killed": the event before this one
    # ("This comes days after last Friday's strike on a displacement site": a span without its count)
    r"(?:came|comes|followed|follows)\s+(?:just\s+|only\s+)?(?:(?:a|one|two|three|four|five|six|\d+|a\s+few)\s+)?"
    r"(?:days?|weeks?|months?)\s+after)\b",
)


# "Catalan police shot dead Younes Abouyaaqoub, the 22-year-old Moroccan who drove a van down Las Ramblas": a person
# named, then described by his own attack (the attacker, though the words before make him the one shot)
ATTACKER_DESCRIBED = (
    r",\s+(?:the|an?)\s+[^,.;()]{1,60}?\s+who\s+(?:had\s+)?(?:drove|killed|shot|stabbed|attacked|opened\s+fire|"
    r"detonated|rammed|carried\s+out|murdered)\b"
)


# A list's mark at the start of a line, if any: "- ", "– ", "• ", "* ".
LINE_MARK = r"[ \t]*(?:[-\u2013\u2022*][ \t]*)?"
# An explainer's question on the event, whose answer is its lede: "What happened?", "1. What happened at Sandy
# Hook?", "What happened on the night of 26 September 2014?" (the day, in group "on").
WHAT_HAPPENED = compile_scan(
    r"[ \t]*(?:\d+\.[ \t]+)?what\s+happened(?:\s+(?:(?P<on>on)|in|at|to)\s+[^?\n]{1,60})?\s*\?"
)


# Words by which a text says a new event starts ("Separately, ...", "In a separate attack ...", "a separate
# ambush"): the parser splits such a sentence into an incident of its own, and its attacker is not the main one's.
OTHER_EVENT = (
    r"separately|in\s+(?:a|another)\s+separate|in\s+another\s+(?:attack|strike|incident|raid|bombing|shooting|"
    # "killed by police in Cambrils after a second attack there in which a woman died"
    # (not "Meanwhile, the Directorate of Health Affairs said the number of those who died in the bombing had reached
    # 21": the same attack's toll, told by another office)
    r"assault)|elsewhere|meanwhile(?![^.;]{0,120}?\b(?:said|says|reported|announced|confirmed)\b[^.;]{0,80}?"
    r"\b(?:in|from|of|by)\s+the\s+(?:bombing|attack|blast|explosion|shooting|strike|assault)\b)|"
    # "Hours earlier, the Israeli military said it had killed a senior Hezbollah commander", "Earlier, Earl
    # Mountbatten of Burma was murdered by an IRA bomb": a sentence that opens on the time before, and tells a killing
    # (not "Earlier, police said the gunman had fled"; not "as reported earlier, ...")
    r"(?<![a-z,]\s)(?:(?:a\s+few\s+|several\s+|some\s+)?hours\s+|(?:a|one|two|three)\s+days?\s+|a\s+week\s+)?"
    r"earlier(?=,[^.;]{0,200}?\b(?:killed|murdered|assassinated)\b)|"
    # "A few hours earlier, another attack, on the village of Tadaryat, had killed 14 people"
    # ("followed hours later by another mass shooting, more than 1,500 miles away in Dayton")
    r"another\s+(?:(?:deadly|suicide|similar|jihadist|militant|mass)\s+)?(?:attack|raid|bombing|shooting|assault|ambush)(?=,)|"
    # "In separate operations in the region on Tuesday, troops killed another 27 militants"
    r"in\s+separate\s+(?:[\w-]+\s+)?(?:operations|raids|incidents|clashes|attacks|strikes)|(?:in|after|during)\s+a\s+second\s+(?:attack|strike|incident)|"
    r"(?:a|another)\s+separate\s+(?:attack|strike|incident|raid|bombing|shooting|assault|ambush|blast|explosion)|"
    # "Also on Tuesday, a Russian strike on Hrakove killed one": the same day's other attack, told afresh
    # (not "Also on Monday, a second bomb went off nearby": the same attack's next blast)
    r"also\s+on\s+[\w.]+(?:\s+\d{1,2})?,\s+(?:a|an)(?=\s)(?!\s+(?:second|third|fourth)\b)|"
    # an event dataset's note: "Strikes on Idleb city the same day killed 4 more and are coded as a separate event"
    r"(?:coded|counted|recorded|reported|treated)\s+as\s+(?:a\s+)?separate\s+(?:event|incident)|"
    # "A trolleybus bombing the next morning killed 16 more": another attack, told by its own day
    # ("A second wave the next day, targeting hand-held radios, killed 25 more")
    r"\ban?\s+(?:[\w-]+\s+)?(?:bombing|attack|blast|explosion|shooting|raid|strike|wave)\s+(?:on\s+)?(?:the\s+)?"
    r"(?:next|following)\s+(?:morning|day|evening|night|afternoon)\b|"
    # "The next morning two car bombs in Bouira killed a further 11 people": a new attack's own agents
    # (not "ended the siege the next morning, killing the five attackers": this attack's end, its dead the objects)
    r"\bthe\s+(?:next|following)\s+(?:morning|day|evening|night|afternoon),?\s+"
    r"(?:(?!(?:killing|wounding|injuring|leaving|shooting)\b)[\w-]+\s+){0,3}?"
    # ("The following night a raid on nearby villages killed another 15": one act, told in the singular)
    r"(?:bombs?|bombings?|gunmen|attackers|militants|bombers|blasts?|explosions?|attacks?|raids?|ambush(?:es)?|"
    r"suicide\s+bomber)\b"
)


# A digest's heading over the rest of its items: "Other incidents:", "OTHER INCIDENTS OF NOTE". What follows it
# are events of their own, not the headline incident's.
OTHER_ITEMS_HEADING = compile_scan(
    r"(?im)^[ \t]*(?:(?:other|further|additional)\s+(?:(?:security\s+)?incidents|events|attacks)(?:\s+of\s+note)?|"
    # a sitrep's or a daily's "ALSO" and "ELSEWHERE" lines, over one-line items of their own
    r"also|elsewhere|in\s+brief)"
    r"[ \t]*:?[ \t]*$"
)


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`, cut cheaply at ". " and line ends (no abbreviation rules: for local cues)."""
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    stop, line_end = text.find(". ", pos), text.find("\n", pos)
    return a, min(stop if stop >= 0 else len(text), line_end if line_end >= 0 else len(text))


def in_background(text: str, pos: int) -> bool:
    """Whether the sentence around `pos`, beyond the opening, recalls another event; the opening is never
    background, since it reports the news itself."""
    if pos < 300:
        return False
    return _background(text, *sentence_at(text, pos))


def background_up_to(text: str, pos: int, end: int) -> bool:
    """`in_background` for the sentence's words up to `end` only: "X, a group based in Pakistan, claimed
    responsibility and circulated a video of the bomber, who had joined the rebels last year" recalls nothing
    before its claim."""
    if pos < 300:
        return False
    a, b = sentence_at(text, pos)
    return _background(text, a, min(b, max(end, pos)))


@lru_cache(maxsize=256)
def _background(text: str, a: int, b: int) -> bool:
    """Cached per sentence: every place or actor named in one sentence asks about it again, and a text with
    no sentence ends is one sentence (read once, not once per name in it)."""
    return recalls_other_event(ascii_lower(text), a, b)


# "making it the deadliest attack in Iraq since 2003": a comparison the event's own sentence draws, by a bare year
# that ends the clause (not "the worst since the FARC attacked the El Nogal club in 2003, killing 36", which tells
# the other event)
_COMPARED_BEFORE = compile_scan(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|most\s+[a-z]+)\b[^.;:]{0,60}$"
)
# "the worst single atrocity in 30 years of ...", "the deadliest attack in nearly three decades of": a comparison
_N_YEARS_COMPARED_BEFORE = compile_scan(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|most\s+[a-z]+)\b[^.;:]{0,60}?\s"
    r"(?:in|of)\s+(?:(?:more\s+than|nearly|almost|over|some)\s+)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+$"
)
_MONTH_YEAR = rf"(?:{MONTHS}\s+)?(?:19|20)\d\d"
# "the start of Russia's full-scale invasion", "the outbreak of the civil war": a war's beginning, the past a toll is
# measured against (ascii_lower text)
WAR_BEGAN = (
    r"the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,4}?(?:war|conflict|invasion|fighting|"
    r"crisis|insurgency|uprising|revolution)"
)
_BARE_SINCE = compile_scan(
    # ("one of the deadliest assaults on civilians in the country in recent years": the same, without "since")
    # ("one of the deadliest single attacks on the army since the conflict began in April": a month alone)
    rf"(?:in\s+recent\s+(?:years|months)|since\s+(?:{_MONTH_YEAR}|{MONTHS}|the\s+(?:war|conflict|fighting|crisis|insurgency|"
    rf"uprising)\s+(?:began|started|escalated|erupted|broke\s+out)(?:\s+in\s+(?:{_MONTH_YEAR}|{MONTHS}))?"
    # ("one of the deadliest single attacks on civilians since the start of Russia's full-scale invasion")
    rf"|{WAR_BEGAN}"
    # "the deadliest attack in Italy since the Second World War": an era, not an event of its own
    r"|(?:the\s+)?(?:second|first)\s+world\s+war|(?:the\s+)?world\s+war\s+(?:ii|two|2|i|one)|(?:the\s+)?"
    r"(?:end\s+of\s+the\s+)?(?:civil\s+)?war|independence|records\s+began|(?:the\s+)?(?:19|20)\d0s"
    # "the deadliest single bombing in Iraq since the 2003 invasion", "the highest toll of any attack in Kenya since
    # the 1998 bombing of the United States embassy in Nairobi": the past event the toll is measured against
    r"|the\s+(?:19|20)\d\d\s+(?:[a-z-]+\s+)?(?:invasion|bombings?|attacks?|war|coup|revolution|massacre|uprising)"
    # ("the deadliest coordinated bombing since the U.S.-led invasion of 2003")
    r"|the\s+(?:[a-z.-]+\s+)?(?:invasion|war|coup|revolution|uprising)\s+of\s+(?:19|20)\d\d"
    r"(?:\s+(?:of|on|in)\s+(?:the\s+)?[a-z][\w.'’ -]{1,50}?)?))"
    r"\s*(?:[.;:!?)]|$|,\s+(?:according|said|says|officials|police|while|and|but))"
)


# "The hospital, supported by MSF since 2012, was hit on Wednesday": a year in an aside on what was hit
_ASIDE_BEFORE = compile_scan(r",\s+(?:[a-z]+ed|run|built|known|open|operating)\s[^,.;:]{0,50}$")
_SINCE_CLAUSE_BEFORE = compile_scan(r"\bsince\s+[^.;:!?]{1,100}$")
# "since the blast,", "since the attack.": the time since the event itself, named by "the" and nothing more
_SINCE_THE_ACT = compile_scan(
    r"since\s+the\s+(?:blasts?|attacks?|bombings?|explosions?|shooting|strike|assault|raid|massacre)"
    r"(?=\s*[,.;)]|\s+(?:and|but|while|as)\b)"
)
_ASIDE_SINCE = compile_scan(rf"since\s+{_MONTH_YEAR}\s*,(?!\s*(?:when|in\s+which|after)\b)")


# A clause on a person's own past ("who had joined a militant group", "who had moved to the city"), up to a time it
# names; the harms it may tell instead ("who had killed two guards the previous year") are a recalled event.
_LIFE_CLAUSE_BEFORE = compile_scan(r"\bwho\s+had\s+(?:[a-z'-]+\s+){1,10}?$")
_HARM_WORD = compile_scan(
    r"\b(?:kill\w*|attack\w*|bomb\w*|shot|shoot\w*|stabb\w*|murder\w*|massacre\w*|wound\w*|injur\w*|died|dead)\b"
)


def recalls_other_event(low: str, a: int, b: int) -> bool:
    """Whether the sentence `low[a:b]` (lower-cased) recalls an event other than the one reported (BACKGROUND_RE),
    a comparison with the past that the event's own toll draws ("the deadliest attack in Iraq since 2003") and a
    year in an aside ("The hospital, supported by MSF since 2012, was hit") aside."""
    pos = a
    while (m := BACKGROUND_RE.search(low, pos, b)) is not None:
        if _SINCE_THE_ACT.match(low, m.start(), b):
            pos = m.end()  # "221 injured people had been brought to the facility since the blast": this event's
            continue
        aside = _ASIDE_SINCE.match(low, m.start(), b)
        if aside and _ASIDE_BEFORE.search(low, max(a, m.start() - 60), m.start()):
            pos = aside.end()
            continue
        if low.startswith(("years of", "decades of"), m.start()) and _N_YEARS_COMPARED_BEFORE.search(
            low, max(a, m.start() - 80), m.start()
        ):
            # "making it the worst single atrocity in 30 years of violence in Northern Ireland": the event measured
            # against the years before it, no other event recalled
            pos = m.end()
            continue
        if (bio := _LIFE_CLAUSE_BEFORE.search(low, max(a, m.start() - 80), m.start())) is not None and not (
            _HARM_WORD.search(low, bio.start(), m.start())
        ):
            # "the bomber, a young local man who had joined a militant group the previous year, also died": a past
            # of the person's own life, told in a clause on him, no other event recalled
            pos = m.end()
            continue
        bare = _BARE_SINCE.match(low, m.start(), b)
        if bare is None and (sc := _SINCE_CLAUSE_BEFORE.search(low, max(a, m.start() - 110), m.start())) is not None:
            # "the worst shooting in Colorado since two students killed 13 people at Columbine High School in 1999":
            # the past attack a toll is measured against, told in a clause of its own and dated by its year
            if _COMPARED_BEFORE.search(low, max(a, sc.start() - 70), sc.start()):
                pos = m.end()
                continue
        if bare is None or not _COMPARED_BEFORE.search(low, max(a, m.start() - 70), m.start()):
            return True
        pos = bare.end()
    return False
