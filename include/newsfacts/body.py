"""The article body: two trafilatura readings reconciled, then the furniture that leaks into text removed."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"\w+")
# A dropped block is restored only when it reads as prose: long lines that end a sentence.
_SENTENCE_END = re.compile(r"[.!?…\"'”’»)。！？]\s*$")

# Promotion of other stories, calls to follow/subscribe/comment: never article text, in any position.
# Kept short-line only (see _is_furniture) so that a sentence starting "More than 100 ..." survives.
_PROMO = re.compile(
    r"""^\W*(
        read\ (more|next|also|the\ full|our)|also\ read|see\ (more|also)|more\ on\ this
        |related(\ (stories|articles|coverage))?|don'?t\ miss|must\ read|recommended|watch(\ now)?
        |listen\ to|more:|more\s*$|top\ stories|most\ read
        |follow\ (us\b|@|.{1,40}?\ on\ (instagram|facebook|twitter|x|youtube|tiktok|whatsapp|telegram
                               |linkedin))
        |subscribe|sign\ up|get\ (our|the)\ .*(newsletter|app)|download\ (our|the)
        |click\ (here|to)|tap\ here|join\ (our|the)\ (commenting|conversation|discussion)|share\ (this|on)
        |like\ this\ story|get\ in\ touch|for\ more\ (stories|news|on)|advertisement|sponsored|comments?\s*$
        |our\ standards:|this\ (article|story)\ (has\ been|was)\ (adapted|updated|originally)
        |this\ is\ a\ breaking|also\ on\ \S+|copyright|all\ rights\ reserved|©|\(c\)\ \d{4}
        |czytaj\ (więcej|też|także)|lesen\ sie\ (auch|mehr)|mehr\ zum\ thema|weiterlesen
        |anzeige\s*$|werbung\s*$
        |(à\ )?lire\ (aussi|également|la\ suite)|publicité\s*$|leer\ más|lee\ también|te\ puede\ interesar
        |publicidad\s*$|leia\ (também|mais)|lees\ ook|läs\ (även|mer)|devamını\ oku|ilgili\ haberler
        |читайте\ также|реклама\s*$
    )""",
    re.I | re.X,
)
# Credits that sit under a story or a photo.
_CREDIT = re.compile(
    r"""^\W*(
        (additional\ )?(reporting|writing|editing|edited|compiled|produced)\ by\b
        |(photo|photograph|image|picture|foto|bild|video|credit|source|fuente|quelle)s?(\ credit)?\s*[:|]
        |\[\d+/\d+\]
        |(by|von|par|por|di|door|av)\s+\S+(\s+\S+){0,3}\s*$
        |\S+@\S+\.\w+\s*$
        |\(end\)\s*$|_{3,}\s*$|-{3,}\s*$|\*{3,}\s*$
    )""",
    re.I | re.X,
)
_CAPTION_TAIL = re.compile(r"(REUTERS|AFP|AP Photo|Getty Images|EPA|Purchase Licensing Rights)\b.{0,40}$")
_DATE_BITS = re.compile(
    r"""\d{1,4}[./:-]\d{1,2}([./:-]\d{1,4})?|\d{1,2}:\d{2}|\b\d{1,4}\b|\b[ap]\.m\.|\b(am|pm|gmt|utc|[a-z]{2,4}t)\b
    |\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b
    |\b(posted|published|updated|last\ updated|modified|on|at|hace|minutos?|horas?|hours?|minutes?|ago)\b""",
    re.I | re.X,
)
_HAS_DATE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}|\b(19|20)\d{2}\b|\bago\b|\bhace\b", re.I
)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, the unit both the reconciliation and the evaluation count in."""
    return _WORD.findall(text.lower())


def reconcile(default_text: str, precise_text: str) -> str:
    """One body from trafilatura's default reading and its precision-mode reading of the same page.

    Precision mode drops teasers, comment threads and photo credits that the default keeps, so it is
    the frame. It can also lose real paragraphs: a paragraph the default found *between* two
    paragraphs precision kept is put back (a hole in a story is never furniture), and when precision
    kept less than half the default's text, a run of prose the default found after precision's last
    paragraph is put back too (precision stopped at an in-article block). What the default found
    *before* precision's first paragraph is never restored: on news pages that is headlines,
    bylines and teasers.
    """
    # Lines are matched on their words alone: the two modes render links and spaces differently.
    d_lines = _lines(default_text)
    p_lines = _lines(precise_text)
    if not p_lines:
        return default_text
    if not d_lines:
        return precise_text
    p_keys = {_key(line) for line in p_lines}
    kept = [bool(_key(line)) and _key(line) in p_keys for line in d_lines]
    if not any(kept):
        return precise_text
    first, last = kept.index(True), len(kept) - 1 - kept[::-1].index(True)
    out = list(p_lines)
    # Re-insert each hole after the precision line that best matches the default line before it.
    anchors = {_key(line): i for i, line in enumerate(p_lines)}
    inserts: dict[int, list[str]] = {}
    anchor = -1
    for i in range(first, last + 1):
        line = d_lines[i]
        if kept[i]:
            anchor = anchors.get(_key(line), anchor)
        elif not _is_furniture(line) and not _shouts(line):
            inserts.setdefault(anchor, []).append(line)
    tail = d_lines[last + 1:]
    if len(precise_text) < 0.5 * len(default_text) and _reads_as_prose(tail):
        inserts.setdefault(len(p_lines) - 1, []).extend(line for line in tail if not _is_furniture(line))
    if not inserts:
        return precise_text
    merged: list[str] = list(inserts.get(-1, []))
    for i, line in enumerate(out):
        merged.append(line)
        merged.extend(inserts.get(i, []))
    return "\n".join(merged)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _key(line: str) -> str:
    return " ".join(tokens(line))


def _shouts(line: str) -> bool:
    """An all-capitals line inside a story is a link to another story, not a sub-headline."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _reads_as_prose(lines: list[str]) -> bool:
    """Mostly long lines that end a sentence: a story's paragraphs, not a list of links or comments."""
    chars = sum(len(line) for line in lines)
    prose = sum(len(line) for line in lines if len(line) >= 80 and _SENTENCE_END.search(line))
    return chars > 0 and prose >= 0.8 * chars


def _is_furniture(line: str) -> bool:
    """A line that belongs to the page around the story: promotion, credit, byline, a bare date."""
    if len(line) <= 200 and (_PROMO.match(line) or _CREDIT.match(line)):
        return True
    if len(line) <= 160 and _CAPTION_TAIL.search(line):
        return True
    return _is_date_line(line)


def _is_date_line(line: str) -> bool:
    """A short line that is only a date, a time or "posted on ... at ..." (or a byline | place | date)."""
    if len(line) > 90 or not _HAS_DATE.search(line):
        return False
    if line.count("|") >= 2 or line.count(" - ") >= 2:
        return True
    rest = _DATE_BITS.sub(" ", line)
    return len(tokens(rest)) <= 1


def strip_furniture(text: str, titles: Iterable[str] = ()) -> str:
    """Drop lines that are page furniture, and the headline repeated at the top of the body.

    Paragraph boundaries are kept (one paragraph per line). Sub-headlines stay: a short line is
    dropped only when it matches a rule, never for being short.
    """
    heads = {_key(t) for t in titles if t and _key(t)}
    out: list[str] = []
    for line in _lines(text):
        if len(out) < 3 and heads and _key(line) in heads:
            continue
        if _is_furniture(line):
            continue
        out.append(line)
    return "\n".join(out)


def second_opinion(text: str, article_body: str, min_cover: float = 0.8) -> str:
    """The publisher's JSON-LD articleBody when our reading lost part of it, else our reading.

    articleBody is the story as the publisher's CMS holds it, but it is sometimes a teaser, another
    story or the page's whole feed. So it wins only when it is the same story told longer: it holds
    at least 90% of our reading's words, and our reading covers less than ``min_cover`` of its words.
    """
    theirs_text = _html_unescape_lines(article_body)
    theirs = Counter(tokens(theirs_text))
    ours = Counter(tokens(text))
    n_theirs, n_ours = sum(theirs.values()), sum(ours.values())
    if n_theirs < 50 or n_theirs <= n_ours:
        return text
    common = sum((theirs & ours).values())
    if n_ours and common / n_ours >= 0.9 and common / n_theirs < min_cover:
        return theirs_text
    return text


def _html_unescape_lines(value: str) -> str:
    """articleBody as paragraphs: entities decoded, tags dropped, one paragraph per line."""
    value = html.unescape(value)
    value = re.sub(r"(?i)<\s*(br|/p|/div|/h\d|/li)\b[^>]*>", "\n", value)
    value = re.sub(r"<[^>]+>", "", value)
    return "\n".join(line.strip() for line in value.splitlines() if line.strip())
