"""When it happened: explicit dates and relative expressions resolved against publication, never after it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

from dateutil.easter import easter
from number_parser import parse_ordinal

from newsfacts.facts.casualties import KEYWORD_RE
from newsfacts.facts.numbers import word_value
from newsfacts.facts.scan import compile_scan
from newsfacts.facts.text import (
    LINE_MARK,
    MONTHS,
    OTHER_EVENT,
    OTHER_ITEMS_HEADING,
    WHAT_HAPPENED,
    ascii_lower,
    dateline,
    live_entries,
    live_stamps,
    live_steps,
    recalls_other_event,
    release_header_end,
)

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|"
    # a timeline's heading in capitals: "WEDNESDAY, 23 OCTOBER, about 21:05 —"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b)"  # the word's end, or its abbreviation's dot
)
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR2 = r"(?P<year2>(?:19|20)\d\d)"
# The end of a span of days after "June 8": "-9", " to 9", " and June 9", whose year ("June 8-9, 2022") is the span's.
_SPAN_END = rf"(?:\s*(?:-|–|to|and|or)\s*(?:{_MON.replace('?P<mon>', '?:')}\s+)?[0-3]?\d(?:st|nd|rd|th)?\b)?"
# Between a day and its year: ", " and, in hastily typed records, ",2015" ("On 6 October,2015").
_TO_YEAR = r"(?:,\s*|\s+)"
# Dates that name a day: ISO, numeric, "March 3", "3 March", and a span of days told by its first ("the night of
# 8 to 9 June", "8-9 June", the ISPR's "the night of 10/11 May": it began on the 8th, as "June 8-9" is read by its
# first day too, and "between May 2 and May 4, 2023" in the year written after its last day).
_DAY_DATES = [
    r"\b(?P<iso>(?P<iy>(?:19|20)\d\d)[-/.](?P<im>[01]?\d)[-/.](?P<id>[0-3]?\d))(?:\b|(?=T\d))",
    # (with slashes, the year may be written in two digits: a database row's "4/16/07")
    r"\b(?P<num>(?P<n1>[0-3]?\d)(?P<sep>[/.-])(?P<n2>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20)\d\d|(?<=/)\d\d))\b(?![/.-]\d)",
    # a police release's "responded to North High Street on 3/9 at approximately 1:40 a.m.": no year, after "on"
    r"\b[Oo]n\s+(?P<numy>(?P<u1>[0-3]?\d)/(?P<u2>[0-3]?\d))\b(?![/\d])",
    rf"\b{_MON}\s+{_DAY}\b(?:{_SPAN_END}{_TO_YEAR}{_YEAR})?",
    r"\b(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|/|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MON.replace("?P<mon>", "?P<mon4>")
    + r"(?:,?\s+(?P<year5>(?:19|20)\d\d))?",
    rf"\b{_DAY2}(?:\s+(?:of\s+)?|-){_MON2}(?:(?:{_TO_YEAR}|-){_YEAR2})?",
]
# Periods told with a preposition: "in March", "In mid-September 2021", "during the summer of 2022", "in the first
# week of May", "at the end of March", and "last May" (the latest May before publication's month).
_PERIOD_DATES = [
    r"\b(?P<prep>[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ll]ast|"
    r"[Aa]t(?=\s+the\s+(?:end|start|beginning)\s+of))"
    r"\s+(?:(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of|first\s+half\s+of|"
    r"second\s+half\s+of|(?:first|second|third|fourth|last|final)\s+(?:week|weeks|days|fortnight)\s+of)[\s-]*)?"
    r"(?P<mon3>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:,?\s+(?P<year3>(?:19|20)\d\d))?\b",
    r"\b(?:(?:[Ii]n|[Dd]uring)\s+(?:(?:the\s+)?(?:early|mid|late|spring|summer|autumn|fall|winter|first\s+half|"
    r"second\s+half|middle|end|beginning|start)(?:\s+of)?[\s-]*)?|[Aa]t\s+the\s+(?:end|start|beginning|turn)\s+of\s+)"
    r"(?P<year4>(?:19|20)\d\d)\b",
]
DATE_RE = compile_scan("|".join(_DAY_DATES + _PERIOD_DATES))  # what `_date_matches` finds, in one pattern
_DAY_DATE_RE = compile_scan("|".join(_DAY_DATES))
_PERIOD_DATE_RE = compile_scan("|".join(_PERIOD_DATES))
# A period's month or year: the prepositions before it open on common letters ("in", "at the end of"), which
# would make a scan stop at nearly every word; months and years are rare, so the scan starts from them.
_PERIOD_ANCHOR = compile_scan(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b"
)
_PERIOD_BEFORE = 64  # room for "during the second half of " and its spaces
# Cheap pre-check: a sentence with none of these cannot hold a date of its own.
DATE_HINT_RE = compile_scan(
    r"\b(?:(?:19|20)\d\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|yesterday|today|tonight|last|earlier|overnight|midnight|morning|previous|day|ago|weekend|"
    r"Christmas|New\s+Year|Easter|Valentine|Halloween|[0-3]?\d/[0-3]?\d/\d\d)",
    re.IGNORECASE,
)
# Holidays that name one day ("a bomb exploded outside a church on Christmas Day", "the Easter Sunday bombings"):
# that day in the year given, else the last one on or before publication. "Christmas" or "Easter" alone is a
# season ("over Christmas", "a Christmas market"), so only the day's own name counts, or "on" before the feast.
_HOLIDAY_RE = compile_scan(
    # ("during the Fourth of July parade", "on Bastille Day": national days with a date of their own)
    r"\b(?P<hol>christmas\s+(?:day|eve)|boxing\s+day|fourth\s+of\s+july|july\s+fourth|bastille\s+day|"
    # (not "the Good Friday Agreement", a treaty by the day it was signed)
    # (not "Lunar New Year's Eve", "the Persian New Year's": another calendar's)
    r"(?<!lunar\s)(?<!chinese\s)(?<!persian\s)(?<!jewish\s)(?<!islamic\s)(?<!tet\s)new\s+year['\u2019]?s\s+(?:day|eve)|"
    # ("the New Year's attack on the Reina nightclub": the night's attack, after midnight, on New Year's Day)
    r"(?<!lunar\s)(?<!chinese\s)(?<!persian\s)(?<!jewish\s)(?<!islamic\s)(?<!tet\s)new\s+year['\u2019]?s"
    # ("as worshippers left a New Year's Mass shortly after midnight": the Mass that opens the year)
    r"(?=\s+(?:attack|shooting|bombing|massacre|stabbing|rampage|mass)\b)|"
    r"good\s+friday(?!\s+(?:agreement|accord|peace))|"
    # "On Valentine's Day 2008", "on Halloween night" (not "a Halloween party", a season's word as "Christmas" is)
    r"(?:st\.?\s+)?valentine['\u2019]?s\s+day|halloween(?=\s+night)|(?<=on\s)halloween\b(?!\s+(?:party|parties|"
    r"costumes?|decorations?|celebrations?|parade|weekend)\b)|"
    r"(?:the\s+)?eve\s+of\s+(?:christmas|easter|new\s+year['\u2019]?s(?:\s+day)?)|"
    # "opened fire on colleagues the day after Christmas 2000"
    r"(?:the\s+)?day\s+after\s+(?:christmas(?:\s+day)?|easter(?:\s+sunday)?|new\s+year['\u2019]?s(?:\s+day)?)|"
    r"holy\s+saturday|palm\s+sunday|easter\s+(?:sunday|monday|day)|(?<=on\s)(?:christmas|easter)\b(?!\s+(?:market|"
    r"holidays?|break|season|week|weekend|period|celebrations?|parade|lights|shopping)\b))(?:,?\s+(?P<hy>(?:19|20)\d\d)\b)?"
)
# (month, day) of the fixed feasts; days after Easter Sunday of the moveable ones.
_FIXED_HOLIDAYS = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
                   "boxing day": (12, 26), "new years day": (1, 1), "new years eve": (12, 31), "new years": (1, 1),
                   "valentines day": (2, 14), "st valentines day": (2, 14), "halloween": (10, 31),
                   "fourth of july": (7, 4), "july fourth": (7, 4), "bastille day": (7, 14)}
_EASTER_OFFSETS = {"palm sunday": -7, "good friday": -2, "holy saturday": -1, "easter": 0, "easter sunday": 0,
                   "easter day": 0, "easter monday": 1}

_HOLIDAY_WORDS = compile_scan(
    r"christmas|easter|new\s+year|boxing\s+day|good\s+friday|holy\s+saturday|palm\s+sunday|valentine|halloween|"
    r"fourth\s+of\s+july|july\s+fourth|bastille\s+day"
)


_YEAR_AFTER = compile_scan(r"[^.;]{0,60}?,?\s+in\s+((?:19|20)\d\d)\b")
# a date's year, told with its month ("14 July 2016", "July 14, 2016")
_DATED_YEAR = compile_scan(rf"\b{MONTHS}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b")


def _full_year(written: str, pub: date | None) -> int:
    """A year as written, its century supplied when it has two digits: the latest year so written that is not
    after publication (or today, for a record with no date of its own): "07" is 2007, "95" 1995."""
    if len(written) == 4:
        return int(written)
    ceiling = (pub or date.today()).year
    year = 2000 + int(written)
    return year if year <= ceiling else year - 100


def _within_month(d: date, pub: date) -> bool:
    return 0 <= (pub - d).days <= 31


def _holiday(name: str, year: int) -> date:
    key = " ".join(name.replace("'", "").replace("\u2019", "").replace(".", "").split()).removeprefix("the ")
    if key.startswith("eve of "):  # "on the eve of Easter": the day before the feast
        feast = key[len("eve of "):]
        return _holiday(feast if feast != "new years" else "new years day", year) - timedelta(days=1)
    if key.startswith("day after "):  # "the day after Christmas 2000": the day after the feast
        feast = key[len("day after "):]
        return _holiday(feast if feast != "new years" else "new years day", year) + timedelta(days=1)
    if key in _FIXED_HOLIDAYS:
        return date(year, *_FIXED_HOLIDAYS[key])
    return easter(year) + timedelta(days=_EASTER_OFFSETS[key])


def _holiday_candidates(low: str, pub: date | None) -> list[tuple[date, str, int, int]]:
    """The days named by a holiday (`_HOLIDAY_RE`): in the year written after it, else the last by publication."""
    out = []
    for m in _HOLIDAY_RE.finditer(low):
        # "On 14 July 2016, a truck ploughed into crowds celebrating Bastille Day": the year the sentence gave before
        opening = max(low.rfind(". ", 0, m.start()), low.rfind("\n", 0, m.start())) + 1
        year = (
            m.group("hy")
            or next(reversed(_DATED_YEAR.findall(low, max(opening, m.start() - 200), m.start())), None)
            # "the mass shooting at the Fourth of July parade in Highland Park, Illinois, in 2022": the year after it
            or ((ym := _YEAR_AFTER.match(low, m.end())) and ym.group(1))
        )
        if year and (pub is None or int(year) <= pub.year):
            out.append((_holiday(m.group("hol"), int(year)), "day", m.start(), m.end()))
        elif pub is not None:  # the feast's year may differ from its day's: the eve of New Year's Day
            d = max(d for y in (pub.year + 1, pub.year, pub.year - 1) if (d := _holiday(m.group("hol"), y)) <= pub)
            out.append((d, "day", m.start(), m.end()))
    return out


# The attacker's own death told after a day: "was found dead Friday evening of a self-inflicted gunshot wound".
_SELF_INFLICTED_AFTER = compile_scan(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:of|from|with)\s+(?:an?\s+)?(?:apparently\s+|apparent\s+)?"
    r"self-inflicted\b"
)
# The event's date sits near the top of a report; later dates are mostly background.
SCAN_CHARS = 2500
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# A count of years in words, as anniversaries are told: "ten", "twenty-five", "forty".
_YEARS_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|a\s+hundred)"
)
_ORDINAL_YEARS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-])?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|"
    r"fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth"
)
_RELATIVE_BRANCHES = [
    # each prefix opens on a letter of its own, which the engine checks before trying the rest of it
    r"\b(?:(?:on(?:\s+the\s+night\s+of)?|late|early|(?P<last>last)|overnight|the\s+night\s+of|"
    # ("shortly after midnight Sunday": the American wires drop the "on")
    r"after\s+midnight(?:\s+on)?|midnight(?:\s+on)?)\s+)?"
    # (not "the Good Friday Agreement", a treaty)
    r"(?<!good\s)(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?P<lastweek>\s+(?:of\s+)?last\s+week)?",
    r"\b(?P<weekend>(?:over|during|at|on)\s+the\s+weekend|this\s+(?:past\s+)?weekend|last\s+weekend)\b",
    r"\b(?P<ago>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<agounit>days?|weeks?)\s+ago\b"
    r"(?P<agotoday>\s+today\b)?",
    r"\b(?P<rel>yesterday|today|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening|"
    r"overnight|after\s+midnight|earlier\s+this\s+month|earlier\s+this\s+week|last\s+(?:week|month)(?!\s+of\b)|"
    r"earlier\s+this\s+year|the\s+previous\s+(?:day|night|evening)|the\s+day\s+before\s+yesterday|"
    r"the\s+(?:day|night)\s+before|(?<!later\s)this\s+week|"
    r"(?:early|at\s+the\s+(?:start|beginning)\s+of)\s+this\s+month)\b",
    r"\bon\s+the\s+(?P<nth>[0-3]?\d)(?:st|nd|rd|th)(?=\s*[,.;)]|\s+(?:of\s+)?this\s+month)",
    # "the army said on Thursday it had repelled an attack a day earlier": days before the day it was told
    r"\b(?P<earlier>a|one|two|three|four|five|\d)\s+days?\s+(?:earlier|before(?=\s*[,.;)]))",
    # an anniversary told on its day: "twenty-five years ago today", "Forty years ago tonight", "Fifty years ago on
    # Saturday", "Thirty years ago tomorrow", "It is 20 years tonight since"
    # ("A year ago today", "Ten years ago tonight")
    rf"\b(?:(?P<annin>{_YEARS_WORDS}|\d{{1,3}}|a)\s+years?\s+ago\s+"
    rf"|it\s+is\s+(?P<annis>{_YEARS_WORDS}|\d{{1,3}})\s+years\s+)"
    # ("Ten years ago this week, marines found the bodies of 72 migrants": the week, not its day)
    r"(?P<annday>today|tonight|this\s+(?:morning|afternoon|evening|week)|tomorrow|yesterday|on\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    # "Bologna fell silent at 10.25 this morning, the moment forty years ago when a bomb exploded"
    # ("at 3.10pm today, the moment, 25 years ago, that a car bomb ... exploded")
    rf"|\bthe\s+(?:moment|minute|hour),?\s+(?P<annmo>{_YEARS_WORDS}|\d{{1,3}})\s+years\s+ago\b"
    # "Sarajevans laid flowers at the market on Tuesday, 25 years to the day after a mortar shell ... killed 68"
    rf"|\b(?P<annto>{_YEARS_WORDS}|\d{{1,3}}|a)\s+years?\s+to\s+the\s+day\s+(?:after|since|from)\b"
    # "members gathered in the hamlet of Acteal today, on the twentieth anniversary of the massacre there"
    # ("gathered in Bojaya on Wednesday, the tenth anniversary of the day a bomb struck the church", "lay flowers at
    # the cemetery on Nov. 12, 2011, the 20th anniversary of the day troops opened fire": the remembrance's day, told)
    r"|\b(?:(?:today|tonight)\s*,?\s+(?:on|marks|marked|marking|is|which\s+marks)"
    r"|on\s+(?P<annwd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,"
    r"|on\s+(?P<anndate>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d)\s*,)"
    rf"\s+the\s+(?P<annord>{_ORDINAL_YEARS}|\d{{1,3}}(?:st|nd|rd|th))\s+anniversary\b",
]
RELATIVE_RE = compile_scan("|".join(_RELATIVE_BRANCHES))  # what `_relative_matches` finds, in one pattern
# The rare forms are scanned for only when a word they need is in the text: their first words ("a", "on",
# "two", "this") would stop the scan at most words of every text.
# The hints open on a literal word, which `re` finds by a fast search of its own, where a pattern opening on a
# digit or on "\b" is tried at every digit or letter "d". "the\s+\d" is in every "on the 3rd," the branch
# matches. "day(?<!\wday)" is "\bday": the look-behind, after the word, keeps it the pattern's literal prefix.
_RELATIVE_RES = [
    (None, compile_scan(_RELATIVE_BRANCHES[0] + "|" + _RELATIVE_BRANCHES[3])),
    ("weekend", compile_scan(_RELATIVE_BRANCHES[1])),
    (" ago", compile_scan(_RELATIVE_BRANCHES[2])),
    (re.compile(r"the\s+\d"), compile_scan(_RELATIVE_BRANCHES[4])),
    (re.compile(r"day(?<!\wday)s?\s+(?:earlier|before)\b"), compile_scan(_RELATIVE_BRANCHES[5])),
    (re.compile(r" year|anniversary"), compile_scan(_RELATIVE_BRANCHES[6])),
]
_ANNIVERSARY_DAY_RE = _RELATIVE_RES[-1][1]  # "Forty years ago tonight", read alone by anniversary_date
_REPORTED_BEFORE = compile_scan(
    r"\b(?:said|says|told|announced|reported|added|confirmed|stated|tweeted|posted|published|released|issued|"
    r"unveiled|condemned|denounced|claimed|blamed|"
    # a court's or an inquiry's day: "the inquiry concluded on Thursday", "was sentenced on Friday"
    r"concluded|ruled|sentenced|convicted|jailed|acquitted|testified)\s+(?:\w+\s+){0,2}$"
    # "confirmed the attack in a statement on Saturday": the statement's day, however long the clause before it
    r"|\bin\s+an?\s+(?:statement|press\s+release|video\s+message)\s+(?:\w+\s+)?$"
    # ("In a televised address late on Tuesday, Kenyatta said": the address's day)
    r"|\b(?:televised|televized|radio|video|live)\s+(?:address|speech|broadcast|interview|message)\s+(?:\w+\s+)?$"
    r"|\b(?:news|press)\s+conference\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "Police on Friday named the gunman": the date of what follows it, a step after the event (with no comma
# between: "..., said police" tells who reports the whole sentence).
_NOT_EVENT_AFTER = compile_scan(
    r"\s+(?:named|identified|arrested|detained|charged|buried|mourned|held\s+(?:a\s+)?funerals?|said|says|"
    # "A federal jury on Tuesday sentenced Dylann Roof to death": the court's day
    r"sentenced|convicted|jailed|acquitted|ruled|concluded|"
    # "Human rights groups on Friday demanded an independent investigation into a police raid", "the security chief
    # on Friday defended the decision": the answer to the act
    r"demanded|called\s+for|urged|defended|offered|pledged|denied|admitted|praised|thanked|"
    r"announced|confirmed|reported|vowed|condemned|blamed|accused|(?:(?:morning|afternoon|evening|night)\s+)?(?:of|from)\s+(?:\w+\s+)?"
    r"(?:wounds|injuries|burns)|"
    # "President Santos on Wednesday ordered the military to resume air strikes after the guerrillas attacked": the
    # state's answer (not "gunmen on Wednesday ordered passengers off a bus", the attack itself)
    r"ordered\s+(?:the\s+)?(?:military|army|armed\s+forces|troops|police|security\s+forces|an?\s+(?:investigation|"
    r"inquiry|probe))|"
    # "Egyptian authorities on Tuesday lowered the death toll": the day of a revised count
    r"(?:lowered|raised|revised|updated|cut)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:toll|count|figure)|"
    # "The Defence Headquarters on Sunday raised to 17 the number of soldiers killed": the same, the figure first
    r"(?:lowered|raised|revised|put)\s+to\s+[\w,]+\s+the\s+(?:number|toll|count)|"
    # "Investigators on Sunday sought to determine what drove a gunman": the inquiry's day
    # ("German federal prosecutors on Sunday took over the investigation into a knife attack": the same)
    r"sought|searched\s+for\s+(?:a\s+)?motive|(?:took|take|takes)\s+over\s+the\s+(?:investigation|inquiry|probe|case)|"
    # "On Sunday it had reported 83 dead": the day an earlier count was given
    r"(?:it|they|officials|authorities|police)\s+(?:had\s+)?(?:reported|put|given|said))\b"
)
# "Police flooded the settlement on Saturday after gunmen went on a rampage": the day of a response, the act told
# after "after" (which its own day may date: "... on Friday evening")
_RESPONSE_AFTER = compile_scan(
    r"\s+after\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:gunm[ae]n|attackers?|militants|assailants|bombers?|rebels|"
    r"insurgents|bandits|fighters)\s+(?:had\s+)?(?:went|opened|attacked|killed|stormed|struck|shot|raided|ambushed)\b"
)
# "suspended all aid convoys on Tuesday after an attack on a convoy": a step taken after the act, named by its noun.
_AFTER_THE_ACT = compile_scan(
    r"\s+after\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){0,2}?(?:attack|strike|air\s?strike|bombing|blast|explosion|raid|ambush|"
    r"shelling)\s+(?:on|in|near|at|against)\b"
)
# "Authorities on Wednesday began moving inmates out of the state after Monday's gang battle at a prison": a step
# after the act its clause names by its day, in the possessive.
_AFTER_DAYS_ACT = compile_scan(
    rf"[^.;]{{0,100}}?\bafter\s+(?:last\s+)?(?:{'|'.join(_WEEKDAYS)})"
    r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s"
)
# "On Friday, Medecins Sans Frontieres said at least 25 people had died": a day opening the sentence, then the
# teller between a comma and its verb (not "... late Sunday, the presidency said", the act's day before its source)
_TELLER_AFTER = compile_scan(r",\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?(?:said|says|reported|announced|confirmed)\b")
# "The Islamic State group on Monday claimed responsibility for the assault": the day of the claim, which is the
# act's own day only when the text names no other (so it loses no score, as "said" does).
# ("on Thursday claimed Tuesday's attack on the military camp": the act's own day, named in its possessive)
_CLAIM_AFTER = compile_scan(
    # ("A Kurdish militant group on Sunday claimed twin bomb attacks": the attacks it claims, by their number)
    r"\s+claimed\s+(?:responsibility|(?:the|twin|two|three|(?P<own>[a-z]+day)['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|assaults?|bombings?|killings?|ambush|raids?))\b"
)
# "killed three people at a nightclub on Saturday": the date closes the clause that tells the act; so does "The
# attack took place on Thursday night" ("began on Friday evening" for a siege told when it ended) and "The
# militants arrived at the village on Sunday evening", the wire's second paragraph that dates an act its lede
# dated only vaguely ("overnight") or by the day it was told.
_ACT_BEFORE = compile_scan(
    r"\b(?:killed|killing|shot|stormed|attacked|ambushed|opened\s+fire|bombed|shelled|struck|exploded|"
    r"detonated|abducted|kidnapped|raided|hit|took\s+place|happened|occurred|went\s+off|arrived|"
    # "when troops of the battalion came under attack on Thursday"
    r"came\s+under\s+(?:attack|fire)|"
    # "an apartment building that was destroyed by rockets on Saturday night"
    r"destroyed|flattened|levell?ed|"
    # "an explosion injured nine people on Friday", "driving a truck into a crowded market on Monday evening"
    r"injured|injuring|wounded|wounding|driving|drove|ploughed|plowed|rammed|shooting|stabbing|stabbed|"
    # "attacked the village at about 2 a.m. on Tuesday": the clock's "a.m." ends no clause
    # ("The attack happened at about 9.40pm on Friday": a clock's dot ends no clause either)
    r"(?:attacks?|assault|siege|raid|shooting|crisis|massacre|standoff|rampage|bombing)\s+(?:began|started))\b(?:[^,.;:]|\b[ap]\.m\.|(?<=\d)[.:](?=\d)){0,70}$"
)
# "An explosion tore through a crowded night market ... late on Friday, killing 14 people": the act's participle
# right after its day, however long the clause before it.
_ACT_PARTICIPLE_AFTER = compile_scan(
    r",?\s+(?:killing|wounding|injuring|leaving\s+(?:at\s+least\s+)?\w+\s+(?:dead|people\s+dead))\b"
)
# (not "raids that began on May 28 and went on into Easter Monday, killing 40": the day a span of acts ended)
_SPAN_END_BEFORE = compile_scan(r"\b(?:into|until|till|through|to)\s+$")
# "The man suspected of the shooting on Monday was killed by police on Tuesday": the attacker's end, a sequel.
_SUSPECT_END_BEFORE = compile_scan(
    r"\b(?:was|were)\s+(?:later\s+)?(?:shot\s+dead|killed|arrested|detained|captured|caught)\s+by\s+(?:the\s+)?"
    r"(?:police|officers|troops|soldiers|security\s+forces)\b[^,.;:]{0,40}$"
)
# "French police were hunting two brothers early on Thursday for the massacre", "rescuers were still digging on
# Sunday": what comes after the act, told on its own day.
_AFTERMATH_BEFORE = compile_scan(
    r"\b(?:hunting|searching|digging|combing|mourning|burying|buried|mourned|manhunt)\b[^.;,]{0,40}$"
    # a second day's lede: "India vowed on Friday to isolate Pakistan ... after a suicide car bomber killed 40",
    # "Shi'ites refused on Friday to bury the victims", "police hunted on Sunday for the people behind a bomb attack",
    # "police sifted through rubble and studied CCTV footage on Thursday for clues"
    r"|\b(?:vowed|vows|pledged|pledges|refused|refuses|hunted|searched|sifted|scoured|dug|condemned|"
    # "Yemen's al Qaeda wing claimed responsibility on Friday for a suicide car bomb ... that killed 52"
    r"claimed\s+responsibility)\b[^.;,]{0,50}$"
    # "more bodies were discovered in the bush on Saturday by search teams": the day the toll grew, not the attack's
    r"|\b(?:bodies|corpses)\s+(?:were\s+|had\s+been\s+)?(?:discovered|recovered|retrieved)\b[^.;,]{0,40}$"
)
# "In March, a strike on the city killed seven": a month or a dated day that opens a sentence past the lede, with an
# attack told afresh ("a", "an", "another"), recalls an earlier attack among the background: never the event's date.
_RECALLED_OPENING = compile_scan(r"[\W_]*(?:[\w:]+\s+(?:gmt|utc)\s+-\s+)?(?:background:\s+)?(?:(?:on|in)\s+)?")
_NAMED_PERIOD = compile_scan(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b")
_FRESH_ATTACK_AFTER = compile_scan(
    r"(?:\s+(?:19|20)\d\d)?,\s+(?:a|an|another|two|twin)\s+|"
    r"(?:\s+(?:19|20)\d\d)?,\s+(?:[\w-]+\s+){1,3}?(?:attacked|killed|stormed|struck|bombed|shelled|ambushed|raided|hit|"
    r"opened\s+fire|blew\s+up|detonated)\b"
)
# A named date this many days before publication, opening a later sentence, is no longer the story's own day.
_RECALL_MIN_DAYS = 7
# An attack named by its place before its date: "in the London Bridge attack on 3 June", "the Manchester Arena
# bombing on 22 May".
_NAMED_ATTACK_ON_BEFORE = compile_scan(
    r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:attack|bombing|shooting|massacre|stabbing|siege)\s+(?:on|in)\s+$"
)
# "as of Sunday afternoon two people had died": the day a count stood; "before commandos ended a 12-hour siege on
# Saturday morning": the day a siege ended, not the day it began
_COUNT_OR_END_BEFORE = compile_scan(
    r"\bas\s+of\s+$|\bended\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:siege|stand-?off|hostage\s+crisis)\s+$"
)
# The act someone planned or led, named by its day: "one of the planners of the Oct. 7 attack", "who masterminded the
# 2008 attacks".
_PLANNED_BEFORE = compile_scan(
    r"\b(?:planners?|masterminds?|architects?|organi[sz]ers?|plotters?|ringleaders?)\s+of\s+(?:the\s+)?$|"
    r"\b(?:planned|masterminded|plotted|orchestrated)\s+(?:the\s+)?$"
)
# "revenge for Monday's suicide bombing in Suruc", "in retaliation for the May 3 raid": the attack avenged, not the
# one that avenges it
_AVENGED_BEFORE = compile_scan(r"\b(?:revenge|retaliation|reprisals?|vengeance)\s+for\s+(?:the\s+)?$")
# "a commander whom it held responsible for Saturday's rocket attack": the attack the victim was blamed for, after
# the lede told the strike that killed him
_BLAMED_FOR_BEFORE = compile_scan(
    r"\b(?:held|holds|hold)\s+(?:\w+\s+)?responsible\s+for\s+(?:the\s+)?$|\bwhom?\s+(?:\w+\s+){0,2}?blamed\s+for\s+"
    r"(?:the\s+)?$"
)
# The date as the attack's own name, "Monday night's massacre", "the March 15, 2019 attack": so told, it is never
# the date of the burial, sentence or arrest the clause before it reports.
_POSSESSIVE_AFTER = compile_scan(r"(?:\s+(?:night|morning|afternoon|evening))?(?:'s|’s)")


def _date_names_attack(low: str, s: int, e: int) -> bool:
    """Whether the date at low[s:e] is the possessive or attributive name of the attack that follows it."""
    return _POSSESSIVE_AFTER.match(low, e) is not None or low.endswith("the ", 0, s)


def names_its_attack(low: str, s: int, e: int) -> bool:
    """Whether the date at low[s:e] is told as the name of an attack ("Wednesday's attack in Kerman", "the May 3
    ambush"): the attack's own day, whatever else the text remembers."""
    return _NAMES_ATTACK_AFTER.match(low, e, min(len(low), e + 40)) is not None and _date_names_attack(low, s, e)


# A court's act told right after a day: "On Dec. 15, 2016, the same jury found Roof guilty on all 33 counts", "In
# February he pleaded guilty": the day of the trial, not of the attack (a release names both); and
# "was formally sentenced to death today" before one.
_COURT_ACT_AFTER = compile_scan(
    r",?\s+(?:[\w.'’-]+\s+){0,4}?(?:(?:found|find|finds)\s+(?:[\w.'’-]+\s+){1,3}?guilty|(?:pleaded|pled|pleads)\s+guilty|"
    r"(?:was|were)\s+(?:formally\s+)?(?:sentenced|convicted|indicted|arraigned)|(?:recommended|returned)\s+"
    r"(?:a|the)\s+(?:death\s+penalty|verdict|sentence)|jury\s+voted)\b"
)
_COURT_ACT_BEFORE = compile_scan(
    r"\b(?:was|were)\s+(?:formally\s+)?(?:sentenced|convicted|indicted|arraigned)\b[^.;]{0,50}?\s$"
    # ("X, 24, pleaded guilty in August under an agreement": the plea's day)
    r"|\b(?:pleaded|pled|pleads)\s+(?:not\s+)?guilty\b[^.;]{0,30}?\s$"
)


# "the anniversary of the September 11 attacks", "since the May 3 ambush": a date that names an attack remembered.
_RECALLED_BEFORE = compile_scan(r"\b(?:anniversary|commemorat\w*|since|(?:years?|months?)\s+after)\b[^.;]{0,40}$")
# A follow-up (a sentencing, a capture, an anniversary) dates the attack it recalls in so many words: "The attacks
# took place during Friday prayers on March 15, 2019", "The attack began at about 1.15 a.m. on January 1", "On the
# night of Friday, July 1, 2016, five militants stormed the cafe". That day is the event's, however old.
_ATTACK_DATED_BEFORE = compile_scan(
    r"\bthe\s+(?:attacks?|shootings?|bombings?|massacre|siege|assault|stabbings?|killings?)\s+"
    r"(?:took\s+place|began|started|happened|occurred|unfolded)\b(?:[^.;]|\b[ap]\.m\.){0,50}$"
)
_OPENING_DATE_BEFORE = compile_scan(r"\W*on\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?(?:[a-z]+,?\s+)?$")
# "attacks that began on the evening of December 23": the act's own start, though "the war began" is not.
# The end of a siege, before its day or after it.
_SIEGE_WORDS = r"(?:siege|standoff|stand-off|hostage[\w\s-]{0,12}|rampage|operation|occupation)"
_SIEGE_ENDED_BEFORE = compile_scan(
    rf"\b{_SIEGE_WORDS}\b[^.;]{{0,80}}?\b(?:ended|was\s+over|came\s+to\s+an\s+end)\s+(?:late\s+|early\s+)?(?:on\s+)?$|"
    # ("have ended the four-day siege of Nairobi's Westgate shopping mall, President Uhuru Kenyatta said ... late on
    # Tuesday")
    # (not "ending a standoff that began the previous night": the start, told in the end's clause)
    rf"\b(?:ended|ending)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{_SIEGE_WORDS}\b(?:(?!\b(?:began|started)\b)[^.;]){{0,120}}$"
)
_ENDING_SIEGE_AFTER = compile_scan(
    rf"[^.;]{{0,30}}?,\s+(?:ending|ended)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{_SIEGE_WORDS}"
)
_ACT_BEGAN_BEFORE = compile_scan(
    # ("The fighting began on Saturday after a member of an Arab tribe was stabbed to death": the clashes' own start)
    r"\b(?:attacks?|assaults?|siege|raids?|shooting|fighting|clashes|violence)\s+"
    # "The siege at Garissa University College began before dawn on Thursday": where it was, before its verb
    r"(?:(?:at|on|of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?)?"
    r"(?:that\s+|which\s+)?(?:began|started)\b"
    r"[^.;,]{0,40}$"
)
# "Separately, two soldiers were killed in Borno on Monday": a later sentence that opens on another event dates
# that event, not the one the story is about.
_OTHER_EVENT_OPENING = compile_scan(rf"[\W_]*(?:{OTHER_EVENT})\b")
# "The death toll rose to 16 on Sunday": the day closes the count's rise, so it dates the count, not the attack
# (told in the next sentence: "the bombs hit the store on Saturday").
# A heading line in capitals between items of a round-up: "JEWELRY STORE BURGLARY", "FATAL CRASH ON HIGHWAY 52".
# (a digest's region, alone on its line after a blank one: "\n\nSAHEL\n")
# (nor an agency report's own sections: "HIGHLIGHTS", "SITUATION OVERVIEW")
_KEY_ITEM = compile_scan(
    r"\s*(?:(?:KEY|MAIN|HEADLINE)\s+(?:INCIDENT|EVENT)S?|SITUATION\s+(?:OVERVIEW|UPDATE)|HIGHLIGHTS|KEY\s+POINTS)\b"
)
_ITEM_HEADING = compile_scan(
    r"\n[ \t]*[A-Z][A-Z0-9'’&-]+(?:[ \t]+[A-Z0-9'’&-]+){1,8}[ \t]*\n|\n[ \t]*\n[ \t]*[A-Z][A-Z'’&-]{3,}[ \t]*\n"
)
# "was in stable condition Monday", "remained hospitalized Tuesday": the day the victims' state was told.
_CONDITION_BEFORE = compile_scan(
    r"\b(?:in\s+(?:an?\s+)?(?:(?:stable|critical|serious|fair|good|grave|satisfactory)\s+(?:but\s+\w+\s+)?)+"
    r"condition|hospitali[sz]ed|in\s+hospital|(?:was|were)\s+(?:released|discharged)|recovering|"
    # "Hundreds of students were unaccounted for on Saturday after gunmen attacked the school on Friday night"
    r"unaccounted\s+for|(?:were|was|remained|remain)\s+(?:still\s+)?missing)\s+"
    r"(?:on\s+|as\s+of\s+|late\s+|early\s+)?$"
)
# "died Saturday, raising the number of service members killed to five": a day the toll moved on, told after it
_TOLL_RAISED_AFTER = compile_scan(
    r",?\s+(?:raising|bringing|taking|pushing)\s+(?:the\s+)?(?:(?:death\s+)?toll|number\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:killed|dead))\b"
)
_TOLL_ROSE_BEFORE = compile_scan(
    r"\b(?:rose|risen|climbed|jumped|increased|reached|grew|soared)\s+to\s+"
    r"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
    r"[\w,-]+(?:\s+(?:people|dead|deaths|victims))?\s+$"
    # "The number of civilians killed ... rose on Saturday to 117": the day between the verb and the figure
    r"|\b(?:rose|climbed|jumped|increased|grew|soared)\s+(?:late\s+|early\s+)?$"
)
# "Jordan revised down the death toll from three ... bombings at Amman hotels to 56 on Thursday": a correction's day
_TOLL_REVISED_BEFORE = compile_scan(
    r"\b(?:revised|raised|lowered|cut|updated)\s+(?:down\s+|up\s+)?(?:the\s+)?(?:official\s+)?(?:death\s+)?toll\s+"
    r"[^.;]{0,120}?\s+to\s+(?:at\s+least\s+)?[\w,-]+\s+$"
)
# A lede on the mourning: "Small coffins were carried through the streets of Peshawar on Wednesday", "began three
# days of Buddhist funeral rites on Saturday", "Thousands of mourners filled the streets of ... Saada on Monday": the
# day of the funerals, after the act's (not "a bomber struck a funeral in Nangarhar on Tuesday": _mourned_day).
# ("One man said he had helped bury bodies in mass graves on Sunday")
_MOURNING_BEFORE = compile_scan(r"\b(?:funerals?|burials?|coffins|mourners|vigils?|bur(?:y|ied|ying))\b[^.;,]{0,70}$")
# "on Monday for the funerals of dozens of children", "on Wednesday as families buried the children": the same, after
_MOURNING_AFTER = compile_scan(
    r"\s+(?:for|at|as)\s+(?:[\w'-]+\s+){0,3}?(?:funerals?|burials?|buried|mourned|memorials?|vigils?)\b"
)
# A remembrance years on, told before its day ("held a memorial ceremony at Naval Station Norfolk on Monday") or after
# it ("On Monday, family members gathered at the 9/11 Memorial")
_REMEMBRANCE_BEFORE = compile_scan(r"\b(?:memorial\s+(?:ceremony|service)|commemorations?|wreaths?)\b[^.;,]{0,70}$")
_REMEMBRANCE_AFTER = compile_scan(
    r",?\s+(?:[\w'-]+\s+){0,4}?(?:gathered|assembled|laid\s+wreaths|held\s+(?:a\s+)?(?:memorial|remembrance)|"
    r"observed\s+(?:a\s+)?(?:minute|moment))\b(?=[^.;]{0,60}?\b(?:memorial|ceremony|service|vigil|graves?|cemetery|"
    r"monument|silence|wreaths?|remembrance)\b)"
)
# "The army will retaliate on Friday": a day to come, which a weekday resolved into the past would misdate.
_FUTURE_BEFORE = compile_scan(
    # "their bodies were to be flown home on Saturday": a plan told in the past
    r"\b(?:will|shall|to\s+be\s+held|(?:is|are)\s+due|due\s+to|scheduled|plans?\s+to|set\s+to|expected\s+to|"
    r"(?:was|were)\s+to\s+be)\b"
    # ("will be held in Quebec City on Friday": a place between the plan and its day)
    r"(?:\s+[\w-]+){0,3}(?:\s+(?:in|at)(?:\s+[A-Za-z-]+){1,3})?\s+(?:on\s+)?$"
    # "attacks on election rallies ahead of the general elections of 25 July": what the act came before
    r"|\bahead\s+of\s+(?:the\s+|next\s+|this\s+)?(?:[\w-]+\s+){0,3}(?:of|on)\s+$"
)
# the weapon as the act's subject too: "The missile hit the restaurant on Tuesday evening"
_ATTACK_WORD = compile_scan(
    r"\b(?:attack|bomb|blast|explosion|shooting|strike|raid|ambush|massacre|missile|rocket|drone|mortar|shells?\b|"
    # ("for the victims of Thursday's gun and knife rampage")
    r"rampage|"
    # "militants took more than 800 people hostage", "the hostage crisis began" (not the hostages of another story:
    # "the four rescued hostages had been abducted on Oct. 7")
    r"hostage\s+(?:crisis|siege|taking|standoff)|hostage-taking|took\s+(?:[\w-]+\s+){0,5}?hostages?\b|"
    r"taken\s+hostage)"
)
# "The gunmen stormed the mall at around midday on Saturday": an attack told by its verb alone.
_ATTACK_VERB = compile_scan(
    # ("sat with the worshippers for an hour before opening fire at about 9 p.m.")
    r"\b(?:stormed|attacked|ambushed|raided|open(?:ed|ing)\s+fire|bombed|shelled|detonated|went\s+off|rammed|ploughed|"
    # ("fighters from a non-state armed group entered Macomia town ... and clashed with the Defence Armed Forces")
    r"plowed|clashed\s+with)\b"
)
# "In 2014, fighters abducted 276 schoolgirls": an abduction dates its year or month as an attack does, though the
# day it is told with is as often a release's or a video's as the abduction's own.
_ABDUCTION_WORD = compile_scan(r"\b(?:abduct|kidnap)")
# How long before publication a date past the lede is the past a report recalls, not the act it reports.
_OLD_DAYS = 365
_RECENT_DAYS = 31
# How long before publication a dated day may be that a later bare weekday of the same name points back to.
_SAME_WEEKDAY_DAYS = 62
# "the Oct. 13 attack", "Tuesday's airstrike", "Monday night's massacre": the date names the attack itself.
_NAMES_ATTACK_AFTER = compile_scan(
    # ("Thursday's gun and knife rampage": a possessive's three words)
    r"(?:\s+(?:night|morning|afternoon|evening))?(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?|\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:attacks?|air\s?strikes?|strikes?|"
    # ("Saturday's gunbattle with Maoists", "Friday's encounter")
    r"bombings?|blasts?|explosions?|shootings?|raids?|ambush|massacre|assault|shelling|stabbing|gun\s?battle|"
    r"gunfight|firefight|shootout|encounter|clash(?:es)?|rampage)\b"
)
# The harm done between a word of another act and a day: the day is the harm's.
_HARMED_BETWEEN = compile_scan(
    r"\b(?:were|was|been)\s+(?:[a-z]+ly\s+)?(?:killed|shot|murdered|stabbed|attacked|ambushed|abducted|kidnapped|"
    r"wounded|injured|gunned\s+down|hacked\s+to\s+death)\b"
)
# "six men killed at a Quebec City mosque on": the dead's killing, its place and then its day.
_KILLED_AT_BEFORE = compile_scan(
    r"\b(?:killed|shot\s+dead|gunned\s+down|murdered|slain)\s+(?:at|in|outside|near)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w'’.-]+\s+){1,5}?(?:on|late\s+on|early\s+on)\s+$"
)
# A funeral the opening tells the attack happened at ("during the funeral of", "at a funeral procession for").
_FUNERAL_OF = compile_scan(
    r"\b(?:during|at|on|targeting|struck|hit)\s+(?:the|a)\s+funeral\s+(?:[a-z]+\s+)?(?:of|for)\b"
)
# An attack verb with a funeral among its objects.
_FUNERAL_STRUCK = compile_scan(
    # ("Airstrikes by the Saudi-led coalition on a packed funeral hall": the strikes told by their noun)
    r"\b(?:struck|attacked|bombed|hit|targeted|stormed|raided|(?:air\s?)?strikes|attacks?|bombings?)\s+"
    r"(?:[\w'-]+,?\s+){0,8}?(?:a|the)\s+(?:packed\s+|crowded\s+)?funerals?\b"
)
_NOT_EVENT_BEFORE = compile_scan(
    r"\b(?:since|until|anniversary|commemorat\w*|released|freed|sentenced|convicted|trial|court|admitted|charged|"
    r"born|founded|agreement|deal|signed|elected|ceasefire|cease-fire|truce|arrested|detained|named|identified|buried|"
    # "authorities offered a reward on Sunday for information on who planted a bomb": the hunt's day
    r"offered\s+(?:an?\s+)?(?:[\w$,.-]+\s+){0,2}?rewards?|"
    # "Al-Shabaab claimed the bombing on 30 December": the day of the claim
    r"claimed\s+(?:responsibility|credit|the\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|assault|raid|ambush|killings?))|"
    # "was being held without bail Sunday": the suspect's custody, not the attack
    r"held\s+(?:without\s+bail|in\s+custody)|remanded|arraigned|jailed|"
    # the attacker's end after a manhunt: "was found dead of a self-inflicted gunshot wound on Friday night"
    r"surrendered|(?:turned|handed)\s+(?:himself|herself|themselves)\s+in|gave\s+(?:himself|herself)\s+up|"
    r"found\s+dead\s+(?:of|from)\s+(?:an?\s+)?(?:apparent(?:ly)?\s+)?self-inflicted|"
    # "the war began in 2011", never "The attack began on Friday evening" (the act's own start)
    # (nor "began firing at shoppers on Saturday afternoon", the act itself)
    # ("The In Amenas hostage crisis began on 16 January 2013": the act's own start, told by what it was)
    r"(?<!attack\s)(?<!attacks\s)(?<!assault\s)(?<!siege\s)(?<!raid\s)(?<!shooting\s)(?<!crisis\s)"
    r"(?<!massacre\s)(?<!standoff\s)(?<!rampage\s)(?<!bombing\s)"
    # ("The uprising began on Sunday afternoon at the Anisio Jobim Penitentiary Complex": a prison riot's start)
    r"(?<!riot\s)(?<!uprising\s)(?<!mutiny\s)(?<!battle\s)(?<!gunfight\s)(?<!shootout\s)(?:started|began)"
    r"(?!\s+(?:firing|shooting|stabbing|attacking|to\s+(?:fire|shoot|stab)))|"
    # "buried the victims", never "shot dead at a funeral" (the act's own place)
    r"(?<!\bat\sa\s)(?<!\bat\sthe\s)funerals?|"
    r"mourned|succumbed|died\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital|(?:last|also|previously|first)\s+(?:been\s+)?(?:hit|attacked|targeted|struck)|previously)\b"
    r"[^.;]{0,40}$"
    # "the deadliest attack since the US campaign against the Houthis resumed on 15 March": a longer subject
    # ("days of fighting since armed youth overran the army base there on 4 March": the fighting's start)
    r"|\bsince\s+[^.;]{1,55}?\s(?:resumed|began|started|erupted|broke\s+out|escalated|was\s+launched|overran|"
    r"seized|captured|took\s+(?:control|over))\b[^.;]{0,30}?\s(?:on|in)\s+$",
    re.IGNORECASE,
)


# "since the conflict began in April": the month a period of fighting began, the bound of that period.
_SINCE_STARTED_BEFORE = compile_scan(
    r"\bsince\s+[^.;]{1,40}?\s(?:resumed|began|started|erupted|broke\s+out|escalated)\s+(?:in\s+)?$", re.IGNORECASE
)


# "The bodies were recovered on Wednesday, two days after gunmen attacked the mine": the date of a sequel, and
# how long after the attack it came.
# "on Saturday morning, a day after", "on Sunday outside St John's church, two days after": the time of day or the
# place of the sequel may come between ("on Friday flushed out the last rebels holed up in the southern city of
# Nalchik, a day after": the sequel itself).
_DAYS_AFTER = compile_scan(
    r"(?:\s+[^,.;:()\n]{1,90}?,)?,?\s+(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<unit>days?|weeks?)\s+after\s+"
    r"(?!(?:another|a\s+similar|an\s+earlier|a\s+previous|a\s+separate)\b)"
)
# "... a day after the ambush.": the act the sentence has just reported, named again and nothing more.
_THE_ACT = compile_scan(
    r"the\s+(?:[\w-]+\s+)?(?:attack|ambush|bombing|blast|explosion|shooting|raid|massacre|killings?|strike)\s*[.,;]"
    # "officials said on Friday, a day after an Islamic State bomber struck the crowds": the act told by its agent
    r"|an?\s+(?:[\w-]+\s+){0,3}?(?:bomber|gunman|attacker)\s+(?:struck|attacked|blew|detonated|opened\s+fire)\b"
)
# An attack told in the clause before the date makes the date its own ("Gunmen killed 10 on Sunday, two days
# after a bombing"): the clause after it is then another event.
_ATTACK_CLAUSE = compile_scan(
    r"\b(?:attack(?:ed|s)?|stormed|opened\s+fire|shot|shelled|bombed|struck|killed|killing|ambushed|raided|"
    r"exploded|detonated|blew)\b"
)
_PARTICIPLE_OPENS = compile_scan(r"\s*(?:and\s+)?[a-z]+ing\b")
_SEQUEL_CAUSE = compile_scan(
    r"\b(?:attack(?:ed|s)?|stormed|opened\s+fire|shot|shooting|shelled|shelling|bombed|bombing|struck|strike|"
    r"ambush(?:ed)?|raid(?:ed)?|blast|explosion|massacre|kill(?:ed|ing)|stabbed|stabbing|abducted|kidnapped|"
    # "a day after a barrage of rockets fell on apartment blocks": the weapons that struck
    r"ploughed|plowed|rammed|drove|barrage|rockets?|missiles?|shells?|air\s?strikes?|drones?|rampage)\b"
)

# A log row's date, then a dash or a bar before its place: "10/04/2018 - Bangui (PK5): ...".
_ROW_SEPARATOR = compile_scan(
    # ("09/11/2024 (late night) - Mashghara ...", and a row that names its place first: "05/01/2022 Almaty,
    # Kazakhstan: protesters stormed ...")
    # ("08/06/2024, Nuseirat camp (Deir al-Balah gov.): ...", "01/12/2014 Sukma district, near ...": the place after a
    # comma, with its kind or its division)
    r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—|]\s|,?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
    r"(?:\s+(?:district|province|camp|city|town|village|region|state|county|governorate))?(?:\s*\([^()\n]{1,30}\))?"
    r"\s*[,:]"
    # ("01/03/2022, approx. 08:00, Kharkiv: ...": a log row keeps the hour, which the GTD's month-first rows never give)
    r"|,?\s+(?:approx\.?\s+|about\s+|around\s+|~\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d\b"
)
# A day that names a group or a movement: "the March 14 coalition", "the April 6 Youth Movement" (not "On 12 June
# the camp was attacked", "On 3 May the alliance of rebels attacked": the day of what follows).
_DAY_NAMES_AFTER = compile_scan(r"\s+(?:[A-Z][a-z]+\s+)?(?:[Cc]oalition|[Aa]lliance|[Mm]ovement|[Bb]loc)\b")
# What may stand between a weekday and the date it names ("Friday, October 8", "Sunday the 4th", "Sunday 4 June").
_TO_DATE_AFTER = compile_scan(r",?\s+(?:the\s+)?")
# "KHARKIV, Ukraine, Nov 22 (Wire) -": the filing date in a dateline is when it was reported, not when it happened.
# (multi-line, so that a dateline below a title is matched where its paragraph starts)
_DATELINE_END = compile_scan(
    r"^\s*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’/-]{2,40}?,[^\n]{0,80}?"
    # ("NALCHIK. Feb 19 (Interfax) -": Interfax's stop after the town, then always the day)
    r"|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ '’/-]{2,40}\.\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?"
    # "Goma, 8 February 2024 -", "Ouagadougou/Geneva, 10 June 2023 -", "Narayanpur (Chhattisgarh), Dec 4:",
    # "(Bangkok, 6 March 2025) -": an NGO's or a regional paper's dateline, its place in title case and always a
    # date after it
    r"|\(?[A-Z][\w'’.-]+(?:[\s/][A-Z][\w'’.-]+){0,2}(?:\s*\([A-Z][\w .]{1,30}\))?,\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?\)?"
    # a log's or a digest's heading and the day it was written: "Lac province log, 28/10/2024:", "Kaduna incident
    # log (updated 08-03-2024):", "Monitor log, entered 21/02/2018:", "Source dated 16 April 2023:"
    r"|[A-Z][\w'’ -]{0,50}?\b(?:log|digest|bulletin|roundup|round-up|summary|sitrep|dated|posted|entered|updated)\b"
    r",?\s+\(?(?:(?:updated|posted|entered|dated)\s+)?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\)?"
    r")\s*(?:\([^)\n]{1,40}\))?\s*\.?(?:[—–-]{1,2}|:)\s",
    re.MULTILINE,
)
# An agency's report under its title and the day it was issued: "SUDAN: Flash Update - Attack on Masteri, West Darfur
# (27 July 2020)", "MOZAMBIQUE: ... Flash Update No. 1: Attack on Macomia town (13 May 2024)".
_REPORT_TITLE = compile_scan(
    r"[^\n]{0,200}?\b(?:[Ff]lash\s+[Uu]pdate|[Ss]ituation\s+[Rr]eport|[Ss]itrep|[Bb]ulletin)\b[^\n]{0,150}?"
    r"\(\s*(?:as\s+of\s+)?\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}\s*\)"
)
_PARAGRAPH_START = compile_scan(r"\n[ \t]*\n")
# The lines a long article may put above its dateline: a title, a byline, a photo caption.
_TITLE_LINES = 400


# A statement's date and dash, with no place, opening its first paragraph below the title: "WHO condemns attack on
# hospital\n\n26 January 2025 - WHO is appalled by the attack ... on 24 January" (a UN agency's news release).
_DATE_DASH = compile_scan(
    r"\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*[\u2014\u2013-]{1,2}\s"
)


def _dateline_below_title(text: str) -> re.Match[str] | None:
    """The dateline that opens a paragraph below the title and byline ("Toll rises to 13\n\nKYIV, June 29
    (Reuters) - ..."): its date is the day the story was filed, as at the top of a bare wire text. A date alone
    before the dash counts only there, below a title: a database row may open on its event's own day that way."""
    for at in (m.end() for m in _PARAGRAPH_START.finditer(text, 0, _TITLE_LINES)):
        if dm := _DATELINE_END.match(text, at) or _DATE_DASH.match(text, at):
            return dm
    return None


# A dateline's place and day on a line of their own, or before the dash, above a paper's story: "Madrid, Dec 20",
# "From Our Correspondent, Rome, March 16", "BELFAST, Aug 27 -".
_FILING_LINE = compile_scan(
    r"^[ \t]*(?:From\s+(?:Our|a)\s+(?:Own\s+)?(?:Special\s+)?Correspondents?,\s+)?"
    r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2},[ \t]+"
    # ("BAD HOMBURG, West Germany, Nov. 30 —": the country after the town)
    r"(?:[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+)?,[ \t]+(?=[A-Z][a-z]{2,8}\.?[ \t]+\d|\d))?"
    # ("ROME, May 28 (Reuters) -": an agency's name before the dash)
    r"(?:(?P<m>[A-Za-z]{3,9})\.?[ \t]+(?P<d>\d{1,2})|(?P<d2>\d{1,2})[ \t]+(?P<m2>[A-Za-z]{3,9}))[ \t]*"
    # (the Indian papers' "JAMMU, Jun 9:" and "JAMMU, June 9 (PTI) Nine persons were killed": a colon, or the agency
    # alone, before the story)
    # ("From Our Own Correspondent, Rome, Dec. 12.": a stop after the day; "BELFAST, Nov 9, Reuter -": the agency
    # after a comma)
    r"(?:\([^()\n]{1,30}\)[ \t]*|,[ \t]*[A-Z][A-Za-z]{1,15}[ \t]+(?=[—–-]))?\.?"
    r"(?:$|[—–-]{1,2}[ \t]|:[ \t]|(?<=\)[ \t])(?=[A-Z]))",
    re.MULTILINE,
)
# How many days before publication a paper's story may have been filed: the next morning's paper, a weekend's.
_FILING_DAYS = 3


def _filing_day(text: str, pub: date) -> date | None:
    """The day a story was filed, from a dateline that gives it without its year, a day or a few before the paper
    came out: "Madrid, Dec 20" over a story published on the 21st, whose "this morning" is the 20th."""
    fm = _FILING_LINE.search(text, 0, _TITLE_LINES)
    if fm is None:
        return None
    month = _MONTHS.get((fm.group("m") or fm.group("m2")).lower())
    if month is None:
        return None
    day = int(fm.group("d") or fm.group("d2"))
    try:
        d = date(pub.year, month, day)
        if d > pub:
            d = date(pub.year - 1, month, day)  # "Dec 31" over a paper of 2 January
    except ValueError:
        return None
    return d if 0 < (pub - d).days <= _FILING_DAYS else None


def filing_published(text: str, published: str | None) -> str | None:
    """`published`, or the day the text's dateline says the story was filed when that is a day or a few earlier
    (see _filing_day): every date read from the text, and from each of its sentences alone, counts from it."""
    pub = parse_published(published)
    filed = _filing_day(text, pub) if pub is not None else None
    return filed.isoformat() if filed is not None else published


# A factbox's field for the day: "• When: Shortly before noon on Friday 26 June."
_WHEN_FIELD = compile_scan(rf"{LINE_MARK}(?:When|Date|Date\s+of\s+attack)[ \t]*:")


@dataclass
class EventDate:
    value: str | None = None
    precision: str | None = None
    start: int | None = None
    end: int | None = None


# A text that dates its story this many days before publication tells "two days earlier" of its own days, not of
# the day it was published.
_STALE_ANCHOR_DAYS = 30
# How far after a day told "after midnight" may stand and still be that day's small hours.
_MIDNIGHT_ANCHOR_CHARS = 300


# "Thursday's strike", "Friday night's attack": a day in the possessive, which names the act it is the day of.
_POSSESSIVE_DAY = compile_scan(r"[A-Za-z]+day(?:\s+(?:night|morning|afternoon|evening))?['’]s\s", re.IGNORECASE)


def told_day(text: str, start: int, floor: int = 0) -> bool:
    """Whether the day named at `start` is when something was said ("the organization said today"), not done.
    A day in the possessive is the act's own ("the ministry said Thursday's strike killed 51")."""
    if _POSSESSIVE_DAY.match(text, start):
        return False
    return _REPORTED_BEFORE.search(text[max(floor, start - 25) : start]) is not None


def step_day(low: str, end: int) -> bool:
    """Whether the day ending at `end` is the day of a step taken after the event ("A federal jury on Wednesday
    sentenced Robert Bowers to death for the massacre of 11"): an arrest, a charge, a court's ruling, a burial.
    `low` is the ascii_lower text."""
    return _NOT_EVENT_AFTER.match(low, end, min(len(low), end + 30)) is not None


def parse_published(published: str | None) -> date | None:
    """The publication day from an ISO-ish timestamp; None when absent or unreadable."""
    if not published or not isinstance(published, str):
        return None
    return _published_day(published)


# A year written out, which a log row's short "17.01" or "Jan 17" does not give.
_FULL_YEAR = compile_scan(r"\d{4}")
# A time given again on another clock: "(2350 GMT on Wednesday)", "(0130 UTC Thursday)".
_CLOCK_ZONE_BEFORE = compile_scan(r"\b\d{3,4}\s*(?:gmt|utc)\s+(?:on\s+)?$")
# A sentence that opens on a month with no year: "In January, ...", "In late March, ...".
# ("In July a lorry attack in Nice killed 86": with no comma, before an article)
_MONTH_OPENING = compile_scan(rf"\W*in\s+(?:early\s+|late\s+|mid-?)?(?P<m>{MONTHS})(?:\s*,|\s+(?:an?|the)\s)")


def opens_on_old_month(low: str, a: int, b: int, published: str | None) -> bool:
    """Whether the sentence `low[a:b]` opens on a month two or more months before publication, or later in the year
    (so last year's): "In January, a woman was pushed to her death" in an April story."""
    if (mm := _MONTH_OPENING.match(low, a, b)) is None or (pub := parse_published(published)) is None:
        return False
    return (pub.month - _MONTHS[mm.group("m")]) % 12 >= 2


@lru_cache(maxsize=1024)
def _published_day(published: str) -> date | None:
    """parse_published for a timestamp string; cached, as the parser asks for one text's day several times."""
    s = published.strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return parsedate_to_datetime(s).date()  # RSS's "Mon, 09 Oct 2023 10:00:00 GMT"
        except (TypeError, ValueError, IndexError):
            pass
        m = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", s)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


# "on 5 January last year", "in March of last year": a month or day without its year, in the year before
# publication's.
_LAST_YEAR_AFTER = compile_scan(r",?\s+(?:of\s+)?last\s+year\b")
# "days after", "a week after": what puts the weekday after it before the day told ahead of it.
_AFTER_WORD = compile_scan(r"\bafter\b")


def _weekday_told_before(text: str, weekdays: list[tuple[date, int, int]], start: int) -> date | None:
    """The day of the weekday told just before `start` in its sentence when "after" stands between them ("arrested
    on Friday, days after the Monday night shooting"): the weekday at `start` then came before it."""
    if not weekdays:
        return None
    d, _, e = weekdays[-1]
    between = text[e:start]
    if start - e > 120 or "." in between or not _AFTER_WORD.search(between):
        return None
    return d


# A timestamp in UTC ("Z", "+00:00") whose hour is below this one.
_SMALL_HOURS_UTC = 6


def _evening_before(published: str | None) -> bool:
    """Whether an evening the text calls "tonight" or "this evening" fell on the day before the publication day:
    a story stamped in UTC between midnight and 06:00 was filed in the evening of the day before across the
    Americas and past midnight in Europe, while in Asia that evening is still to come. Midnight sharp is a date
    given without its time ("2024-05-06T00:00:00Z"), so it says nothing of the hour."""
    t = _published_time(published)
    if t is None:
        return False
    offset = t.utcoffset()
    return offset is not None and not offset and t.hour < _SMALL_HOURS_UTC and t.time() != time(0)


def _published_time(published: str | None) -> datetime | None:
    """The publication timestamp as given (its offset kept), or None when absent or unreadable."""
    if not published or not isinstance(published, str):
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            return parsedate_to_datetime(published)  # RSS's "Mon, 06 May 2024 01:40:00 GMT"
        except (TypeError, ValueError, IndexError):
            return None


# Clocks run at most this far ahead of UTC (Kiribati's UTC+14): a stamp later in the day than the publication's
# UTC time plus this was posted on an earlier day.
_MAX_CLOCK_AHEAD = 14 * 60


def live_first_day(low: str, published: str | None) -> tuple[date, int, int] | None:
    """The day of a live page's oldest entry, where its event begins, with the stamp's offsets; None when the page
    is no live page or its stamps cannot tell the day.

    A weekday in the stamp ("Saturday 16:10 -", "UPDATE 1 (Sunday 16:30):") is the last such day up to
    publication (or the day after it, for a page sent in the second half of a UTC day, which east of Greenwich is
    already the next). Without weekdays, a page whose clock only runs one way and shows a time later than the
    publication's UTC time can be anywhere on Earth was posted the day before: "10:45 p.m." on a page sent at
    04:00 UTC."""
    stamps = live_stamps(low)
    t = _published_time(published)
    if stamps is None or t is None:
        return None
    utc = t.astimezone(UTC) if t.utcoffset() is not None else t
    pub = utc.date()
    entries = live_entries(low)
    oldest = stamps[0] if entries is None or entries[1] else stamps[-1]
    if oldest.weekday is not None:
        if utc.hour >= 12 and (pub + timedelta(days=1)).weekday() == oldest.weekday:
            return pub + timedelta(days=1), oldest.start, oldest.end
        return pub - timedelta(days=(pub.weekday() - oldest.weekday) % 7), oldest.start, oldest.end
    if t.utcoffset() is None or t.time() == time(0) or any(s.weekday is not None or s.minute < 0 for s in stamps):
        return None  # no time of publication to set the clock against, a day named only further on, or no clock
    steps = set(live_steps(stamps))
    if -1 in steps and 1 in steps:
        return None  # a wrap past midnight: the oldest entry may be a day earlier still
    if max(s.minute for s in stamps) > utc.hour * 60 + utc.minute + _MAX_CLOCK_AHEAD:
        return pub - timedelta(days=1), oldest.start, oldest.end
    return None


# Where "3/10/2023" is the 10th of March: the United States and the few that write the month first.
# How far after publication a day named without its year is read as one to come (an election, a deadline, a
# funeral), not as the same day a year before.
_NEAR_FUTURE = timedelta(days=60)
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "PR", "VI", "MP", "UM"})


class _Found:
    """A match of one of the split scans below; a group its pattern does not have is None, as an unmatched group
    of the one pattern with all the branches would be."""

    __slots__ = ("_m",)

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str) -> Any:  # typed as re.Match.group is: a str, or None for a group not taking part
        return self._m.group(name) if name in self._m.re.groupindex else None

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


def _first_come(found: list[re.Match[str]]) -> list[_Found]:
    """The matches one scan with all the branches would give: by start (earlier branch first), none overlapping."""
    out: list[_Found] = []
    end = 0
    for m in sorted(found, key=lambda m: m.start()):  # stable: a day date before a period at the same start
        if m.start() >= end:
            out.append(_Found(m))
            end = m.end()
    return out


def _date_matches(text: str) -> list[_Found]:
    """DATE_RE's matches, found by two cheaper scans: day dates everywhere, periods around a month or year."""
    found = list(_DAY_DATE_RE.finditer(text))
    seen: set[tuple[int, int]] = set()
    for a in _PERIOD_ANCHOR.finditer(text):
        for m in _PERIOD_DATE_RE.finditer(text, max(0, a.start() - _PERIOD_BEFORE), min(len(text), a.end() + 32)):
            if m.start() <= a.start() < m.end() and m.span() not in seen:
                seen.add(m.span())
                found.append(m)
    return _first_come(found)


def _anniversary_day(m: _Found, pub: date) -> tuple[date, str] | None:
    """The day an anniversary told on or near its day recalls, and its precision: "Forty years ago tonight" in a
    story of 6 December 2022 is 6 December 1982; "Fifty years ago on Saturday" in Friday's story is the Saturday
    fifty years back; "Ten years ago this week" is the week (from its Monday) of publication's day ten years back."""
    told = m.group("annin") or m.group("annis") or m.group("annmo") or m.group("annto")
    if told is None:  # "the twentieth anniversary", "the 20th anniversary"
        nth = m.group("annord")
        years = int(nth[:-2]) if nth[0].isdigit() else parse_ordinal(" ".join(nth.replace("-", " ").split()))
    else:
        years = 1 if told == "a" else word_value(" ".join(told.replace("-", " ").split()))
    if not years:
        return None
    when = " ".join((m.group("annday") or (f"on {m.group('annwd')}" if m.group("annwd") else "today")).split())
    shift = {"tomorrow": 1, "yesterday": -1}.get(when, 0)
    if when.startswith("on "):
        wd = _WEEKDAYS.index(when[3:])
        shift = (wd - pub.weekday() + 3) % 7 - 3  # the weekday nearest publication, before or after it
    day = pub + timedelta(days=shift)
    if (told_day := m.group("anndate")) is not None:
        mon, dd, yy = told_day.replace(".", " ").replace(",", " ").split()
        try:
            day = date(int(yy), _MONTHS[mon], int(dd))
        except (KeyError, ValueError):
            return None
    try:
        then = day.replace(year=day.year - years)
    except ValueError:  # 29 February
        then = day.replace(year=day.year - years, day=28)
    if when == "this week":
        return then - timedelta(days=then.weekday()), "week"
    return then, "day"


def anniversary_date(low: str, published: str | None) -> EventDate | None:
    """The day the first anniversary told on its day recalls ("the car bomb that tore through the town twenty-five
    years ago today"), for a story about an old attack whose other dates are the remembrance's own ("Shops closed
    their doors at ten past three this afternoon"). `low` is the ascii_lower text."""
    pub = parse_published(published)
    if pub is None or " year" not in low and "anniversary" not in low:
        return None
    for m in _ANNIVERSARY_DAY_RE.finditer(low, 0, SCAN_CHARS):
        if (then := _anniversary_day(_Found(m), pub)) is not None:
            return EventDate(then[0].isoformat(), then[1], m.start(), m.end())
    return None


def first_dated_before(text: str, published: str | None, days: int) -> EventDate | None:
    """The first day or month `text` names that lies more than `days` days before publication ("on June 17, 2015",
    not the "Wednesday evening" beside it), or None."""
    pub = parse_published(published)
    if pub is None:
        return None
    for d, prec, s, e in sorted(_candidates(text, pub), key=lambda c: c[2]):
        if prec in ("day", "month") and (pub - d).days > days:
            return EventDate(d.isoformat(), prec, s, e)
    return None


def _relative_matches(low: str) -> list[_Found]:
    """RELATIVE_RE's matches on lower-cased text; its rare forms only where their words occur."""
    found: list[re.Match[str]] = []
    for hint, rx in _RELATIVE_RES:
        if hint is None or (hint in low if isinstance(hint, str) else hint.search(low)):
            found += rx.finditer(low)
    return _first_come(found)


def _candidates(
    text: str, pub: date | None, day_first: bool = False, evening_before: bool = False
) -> list[tuple[date, str, int, int]]:
    """Every date the text names, as (day, precision, start, end); `evening_before` reads "tonight" as the day
    before publication's (see `_evening_before`)."""
    out: list[tuple[date, str, int, int]] = []
    told_years: list[tuple[int, int]] = []  # (month, year) of the day dates told with their year, in text order
    dated_days: list[tuple[date, int]] = []  # the day dates told with their year, and where
    for m in _date_matches(text):
        try:
            if m.group("iso"):
                iso_day = date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
                out.append((iso_day, "day", m.start(), m.end()))
                dated_days.append((iso_day, m.start()))
                continue
            if m.group("num"):
                n1, n2, y = int(m.group("n1")), int(m.group("n2")), _full_year(m.group("ny"), pub)
                # "05/01/2015" is month first (US, GTD) with slashes, day first with dots or dashes ("01.05.2015",
                # "01-05-2015": the US writes neither) and
                # with slashes where the event's country writes the day first; a first number above 12 can only
                # be a day, a second above 12 only a day.
                # A record that opens on its date ("12/03/2016: ...", "On 12/03/2016, ...") is in the GTD's
                # month-first form whatever the country.
                # (but a log row's "10/04/2018 - Bangui ..." and "07/06/2024 | Masala ..." write the day as
                # the country does)
                opening = text[: m.start()].strip().lower() in ("", "on") and not _ROW_SEPARATOR.match(text, m.end())
                first_is_day = (m.group("sep") in ".-" or n1 > 12 or (day_first and not opening)) and n2 <= 12
                if opening and not first_is_day and n1 <= 12 and n2 <= 12 and n1 != n2 and pub is not None:
                    # ("01/09/2019 | Dhamar governorate ..." filed on 2 September 2019: a monitor's log, day first,
                    # whose date is the reading within a month before publication when the other is not)
                    first_is_day = _within_month(date(y, n2, n1), pub) and not _within_month(date(y, n1, n2), pub)
                dd, mm = (n1, n2) if first_is_day else (n2, n1)
                out.append((date(y, mm, dd), "day", m.start(), m.end()))
                dated_days.append((date(y, mm, dd), m.start()))
                continue
            if m.group("numy"):
                if pub is None:
                    continue
                u1, u2 = int(m.group("u1")), int(m.group("u2"))
                first_is_day = (u1 > 12 or day_first) and u2 <= 12
                dd, mm = (u1, u2) if first_is_day else (u2, u1)
                d = date(pub.year, mm, dd)
                if d > pub:
                    d = date(pub.year - 1, mm, dd)  # the latest such day up to publication
                out.append((d, "day", m.end() - len(m.group("numy")), m.end()))
                continue
            if m.group("year4"):
                out.append((date(int(m.group("year4")), 1, 1), "year", m.start(), m.end()))
                continue
            if m.group("mon3"):
                if m.group("prep").lower() in ("since", "by", "until", "till"):
                    continue  # "the deadliest attack since March": a bound of a period, never the event's month
                if _SINCE_STARTED_BEFORE.search(text, max(0, m.start() - 70), m.start()):
                    continue  # "the deadliest since the conflict began in April": the war's month, as above
                mon = _MONTHS[m.group("mon3").lower()]
                year = int(m.group("year3")) if m.group("year3") else (pub.year if pub else None)
                if year is None:
                    continue
                d = date(year, mon, 1)
                last = m.group("prep").lower() == "last"
                if pub and not m.group("year3") and (
                    d > pub or _LAST_YEAR_AFTER.match(text, m.end()) or (last and mon == pub.month)
                ):
                    d = date(year - 1, mon, 1)  # "in May last year"; "last May" told in May is a year ago
                out.append((d, "month", m.start(), m.end()))
                continue
            mon_s = m.group("mon") or m.group("mon2") or m.group("mon4")
            day_s = m.group("day") or m.group("day2") or m.group("day3")
            year_s = m.group("year") or m.group("year2") or m.group("year5")
            mon = _MONTHS[mon_s.lower().rstrip(".")]
            day = int(day_s)
            if year_s:
                d = date(int(year_s), mon, day)
                told_years.append((mon, d.year))
                dated_days.append((d, m.start()))
            elif year_told := next((y for mo, y in reversed(told_years) if mo == mon), None):
                # "killed between 27 and 31 March 2022 ... opened fire on the morning of 27 March": the month's
                # year as the text told it before, not publication's (a report published a year on)
                d = date(year_told, mon, day)
            elif pub:
                d = date(pub.year, mon, day)
                # (in late December, a day of January is next year's: "ahead of the 8 January vote")
                # (a 29 February has no next year)
                ahead = d if d > pub or (mon, day) == (2, 29) else date(pub.year + 1, mon, day)
                if pub < ahead <= pub + _NEAR_FUTURE and not _LAST_YEAR_AFTER.match(text, m.end()):
                    continue  # "days before Russia's March 15-17 election": a day still to come, not last year's
                if d > pub or _LAST_YEAR_AFTER.match(text, m.end()):
                    d = date(pub.year - 1, mon, day)
            else:
                continue
            if _DAY_NAMES_AFTER.match(text, m.end()):
                continue
            out.append((d, "day", m.start(), m.end()))
        except (ValueError, KeyError):
            continue  # "February 30" and the like
    low = ascii_lower(text)
    feasts = _holiday_candidates(low, pub) if _HOLIDAY_WORDS.search(low) else []
    out += feasts
    if pub:
        previous: list[tuple[int, int, int]] = []
        weekdays: list[tuple[date, int, int]] = []  # the weekdays read so far, for "Friday, days after the Monday"
        overnight: list[tuple[int, int]] = []
        midnights: list[tuple[int, int]] = []  # "shortly after midnight"
        day_starts = {s for _, p, s, _ in out if p == "day"}
        for m in _relative_matches(low):
            wd = m.group("wd")
            if wd and any(s <= m.start() < e for _, _, s, e in feasts):
                continue  # the Sunday of "Easter Sunday" is the feast's, not last Sunday
            if wd:
                gm = _TO_DATE_AFTER.match(text, m.end())
                if gm is not None and gm.end() in day_starts:
                    continue  # "on Friday, October 8, 2021": the weekday of the date that follows, not the last one
                wd_index = _WEEKDAYS.index(wd.lower())
                # (within two months of publication: "born on 12 May 1990" was a Saturday too)
                same_day = [
                    x
                    for x, at in dated_days
                    if at < m.start() and x.weekday() == wd_index and 0 <= (pub - x).days <= _SAME_WEEKDAY_DAYS
                ]
                if same_day and not m.group("last") and not m.group("lastweek"):
                    # "16/02/2017, evening: a bomber struck devotees at the Thursday ritual": the weekday of the day
                    # the text dated with its year before, not the last one before publication
                    weekdays.append((same_day[-1], m.start(), m.end()))
                    out.append((same_day[-1], "day", m.start(), m.end()))
                    continue
                back = (pub.weekday() - _WEEKDAYS.index(wd.lower())) % 7
                if m.group("lastweek"):  # "on Thursday last week": that day of the week before publication's
                    back = pub.weekday() + 7 - _WEEKDAYS.index(wd.lower())
                elif m.group("last") and back == 0:
                    back = 7  # "last Thursday" in a Thursday story is a week ago
                d = pub - timedelta(days=back)
                if not m.group("lastweek") and (told_before := _weekday_told_before(text, weekdays, m.start())):
                    # "charged on Friday, days after the Monday night shooting": the Monday before that Friday
                    anchor = told_before
                    d = anchor - timedelta(days=(anchor.weekday() - _WEEKDAYS.index(wd.lower())) % 7)
                weekdays.append((d, m.start(), m.end()))
                out.append((d, "day", m.start(), m.end()))
                continue
            if m.group("weekend"):
                # a weekend is given by its Saturday: the last one begun by publication ("over the weekend" in a
                # Monday story), the one before it for "last weekend" told on a weekend
                back = (pub.weekday() - 5) % 7
                if m.group("weekend").startswith("last") and back <= 1:
                    back += 7
                out.append((pub - timedelta(days=back), "week", m.start(), m.end()))
                continue
            if m.group("annday") or m.group("annmo") or m.group("annto") or m.group("annord"):
                if (then := _anniversary_day(m, pub)) is not None:
                    out.append((then[0], then[1], m.start(), m.end()))
                continue
            if m.group("ago"):
                n = 1 if m.group("ago") in ("a", "an") else word_value(m.group("ago")) or 0
                if m.group("agounit").startswith("week"):  # "two weeks ago": that week, from its Monday
                    d = pub - timedelta(days=7 * n)
                    if m.group("agotoday"):  # "a week ago today": the very day
                        out.append((d, "day", m.start(), m.end()))
                    else:
                        out.append((d - timedelta(days=d.weekday()), "week", m.start(), m.end()))
                elif n:
                    out.append((pub - timedelta(days=n), "day", m.start(), m.end()))
                continue
            if m.group("nth"):  # "on the 3rd,": that day of publication's month, else of the month before
                try:
                    d = pub.replace(day=int(m.group("nth")))
                    if d > pub:
                        d = (pub.replace(day=1) - timedelta(days=1)).replace(day=d.day)
                    out.append((d, "day", m.start(), m.end()))
                except ValueError:
                    pass
                continue
            if m.group("earlier"):
                n = 1 if m.group("earlier") == "a" else word_value(m.group("earlier")) or 0
                previous.append((m.start(), m.end(), n))
                continue
            rel = " ".join(m.group("rel").lower().split())
            if rel == "the day before yesterday":
                out.append((pub - timedelta(days=2), "day", m.start(), m.end()))
            elif rel.startswith("the "):
                previous.append((m.start(), m.end(), 1))
            elif rel == "overnight":
                overnight.append((m.start(), m.end()))
            elif rel in ("yesterday", "last night"):
                out.append((pub - timedelta(days=1), "day", m.start(), m.end()))
            elif rel in ("tonight", "this afternoon", "this evening"):
                out.append((pub - timedelta(days=1 if evening_before else 0), "day", m.start(), m.end()))
            elif rel == "after midnight":
                midnights.append((m.start(), m.end()))
            elif rel in ("today", "this morning"):
                out.append((pub, "day", m.start(), m.end()))
            elif rel in ("earlier this week", "this week", "last week"):
                # a week is given by its Monday: "earlier this week" is this week's, "last week" the one before
                d = pub - timedelta(days=7 if rel == "last week" else 0)
                out.append((d - timedelta(days=d.weekday()), "week", m.start(), m.end()))
            elif rel.endswith("this month"):
                out.append((pub.replace(day=1), "month", m.start(), m.end()))
            elif rel == "last month":
                first = pub.replace(day=1) - timedelta(days=1)
                out.append((first.replace(day=1), "month", m.start(), m.end()))
            elif rel == "earlier this year":
                out.append((pub.replace(month=1, day=1), "year", m.start(), m.end()))
        # "the previous night ... the governor said on Wednesday": the day (or days: "two days earlier") before the
        # day its sentence is told from, publication's when the sentence names none
        told = [(d, s, e) for d, p, s, e in out if p == "day"]
        for s0, e0, n_back in previous:
            near = [
                (abs(s - s0), d)
                for d, s, e in told
                if abs(s - s0) < 160 and "." not in text[min(e, s0) : max(s, e0)] and not s <= s0 < e
            ]
            if not near and any((pub - d).days > _STALE_ANCHOR_DAYS for d, _, _ in told):
                continue  # "an intervention launched five days earlier" in a history of 2013: before no day told here
            anchor = min(near)[1] if near else pub
            out.append((anchor - timedelta(days=n_back), "day", s0, e0))
        # "killed 51 in an overnight attack, officials said Monday": the night that ended on the day it was told
        for s0, e0 in overnight:
            near = [
                (abs(s - s0), d) for d, s, e in told if abs(s - s0) < 160 and "." not in text[min(e, s0) : max(s, e0)]
            ]
            out.append((min(near)[1] if near else pub, "day", s0, e0))
        # "... at a party early Sunday. ... armed men arrived shortly after midnight": the day last told, a paragraph
        # up, whose small hours these are (publication's day when none is told)
        for s0, e0 in midnights:
            near = [(s0 - e, d) for d, s, e in told if 0 <= s0 - e < _MIDNIGHT_ANCHOR_CHARS]
            out.append((min(near)[1] if near else pub, "day", s0, e0))
    else:
        out += _days_before_told(text, low, out)
    return out


def _days_before_told(text: str, low: str, out: list[tuple[date, str, int, int]]) -> list[tuple[date, str, int, int]]:
    """With no publication day, only a day counted back from the day its sentence says it was told: "WFP confirmed on
    20 December 2024 that 3 UN national staff had been killed the previous day" (a record's text, dated by nothing
    else)."""
    # (a day of telling only: "confirmed on 20 December 2024 that"; not "stormed the office on 6 September 2000; the
    # attack followed the killing of a militia leader the previous day", the act's own day and its cause's)
    told = [(d, s, e) for d, p, s, e in out if p == "day" and told_day(text, s)]
    found = []
    for m in _relative_matches(low) if told else ():
        if m.group("earlier"):
            n = 1 if m.group("earlier") == "a" else word_value(m.group("earlier")) or 0
        elif m.group("rel") and " ".join(m.group("rel").lower().split()) in ("the previous day", "the day before"):
            n = 1
        else:
            continue
        near = [
            (abs(s - m.start()), d)
            for d, s, e in told
            if abs(s - m.start()) < 160 and "." not in text[min(e, m.start()) : max(s, m.end())]
        ]
        if near and n:
            found.append((min(near)[1] - timedelta(days=n), "day", m.start(), m.end()))
    return found


# "a week ago, on December 9", "last month (May 3)": what stands between a period and the day that says it exactly.
_APPOSITION = compile_scan(r"\s*[,(–-]\s*(?:on\s+|the\s+)?")


# How far past a week or month the text may name its exact day (the next sentence or two).
_EXACT_DAY_CHARS = 400


def _day_in_apposition(
    text: str, cands: list[tuple[date, str, int, int]], chosen: tuple[date, str, int, int], pub: date | None
) -> tuple[date, str, int, int]:
    """The day told right after the chosen week or month ("The attack took place a week ago, on December 9"), or
    the one day of it the next lines name, in its place: the same time, told exactly. The chosen one when no such
    day follows it."""
    am = _APPOSITION.match(text, chosen[3])
    if am is not None:
        for d, prec, s, e in cands:
            if s == am.end() and prec == "day" and (pub is None or d <= pub) and _within(d, chosen[0], chosen[1]):
                return d, prec, s, e
    # "... killed in Hempstead earlier this month. Detectives say the men lured him ... in the early hours of
    # April 2": the one day the next lines name in that time, told exactly
    near = [
        c
        for c in cands
        if c[1] == "day"
        and chosen[3] < c[2] <= chosen[3] + _EXACT_DAY_CHARS
        and (pub is None or c[0] <= pub)
        and _within(c[0], chosen[0], chosen[1])
        and not told_day(text, c[2])  # ("over the weekend, police said on Monday": when it was told)
        and not _NOT_EVENT_BEFORE.search(text[max(0, c[2] - 60) : c[2]])
    ]
    return near[0] if len({c[0] for c in near}) == 1 else chosen


def _recalls_other_attack(low: str, a: int, s: int, e: int) -> bool:
    """Whether a date named by its month or year (never a weekday nor "yesterday", which are the story's own
    days) opens the sentence at `a` and is followed by an attack told as new: a list of earlier attacks ("In May, a
    bombing killed 30")."""
    return bool(
        _NAMED_PERIOD.search(low, s, e)
        and _RECALLED_OPENING.fullmatch(low, a, s)
        and _FRESH_ATTACK_AFTER.match(low, e)
    )


def _within(day: date, start: date, precision: str) -> bool:
    """Whether `day` falls in the week, month or year that begins on `start`."""
    if precision == "week":
        return 0 <= (day - start).days < 7
    if precision == "month":
        return (day.year, day.month) == (start.year, start.month)
    return day.year == start.year


# UCDP's event rows code the day in a field of their own ("date_start: 2021-03-06"): the coder's date, which
# outranks the weekdays of the source quoted after it.
_ROW_DATE = compile_scan(r"\bdate_start\s*[:=]\s*(?P<d>(?:19|20)\d\d-[01]\d-[0-3]\d)\b")


def _row_date(text: str, pub: date | None) -> EventDate | None:
    """The row's own coded day (see _ROW_DATE), unless it is after publication."""
    m = _ROW_DATE.search(text)
    if m is None:
        return None
    try:
        day = date.fromisoformat(m.group("d"))
    except ValueError:
        return None
    if pub is not None and day > pub:
        return None  # never a date after publication
    return EventDate(day.isoformat(), "day", m.start("d"), m.end("d"))


# How far into the text a day of the act may stand to replace the opening's day of telling; how many days before
# that day it may be; the least standing it must have (no background, no procedure).
_ACT_DAY_SENTENCES = 3
_ACT_DAY_MAX_BEFORE = 3
_ACT_DAY_MAX_BEFORE_SAME = 6
_ACT_DAY_MIN_SCORE = 0.5


# "A week after a gunman killed 21 people at the school, this town began burying its dead on Tuesday": a sentence
# that opens on how long after the act its day is.
_HOW_LONG_AFTER_OPENING = compile_scan(
    r"(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<unit>days?|weeks?)\s+after\s+"
    r"(?!(?:another|a\s+similar|an\s+earlier|a\s+previous|a\s+separate)\b)"
)


def _opening_days_after(
    text: str, low: str, spans: list[tuple[int, int]], span_starts: list[int], s: int
) -> re.Match[str] | None:
    """The opening "A week after <the act>," of the sentence that holds the day at `s`, where the act is told in
    the clause it opens and the day comes after that clause, in a clause of no act of its own."""
    si = max(0, bisect_right(span_starts, s) - 1)
    a, b = spans[si] if spans else (0, len(text))
    if si == 0 and (dl := dateline(text)) is not None and a <= dl.end() < s:
        a = dl.end()
    while a < s and low[a] in " \t\n\"'":
        a += 1
    om = _HOW_LONG_AFTER_OPENING.match(low, a)
    if om is None:
        return None
    cause_end = _next_comma(low, om.end(), b)
    if cause_end >= s or not _SEQUEL_CAUSE.search(low, om.end(), cause_end):
        return None
    # ("Two days after a bombing killed five, a second blast killed ten on Friday": the day of an act of its own)
    return None if _ATTACK_CLAUSE.search(low, cause_end, s) else om


# The dead found, recovered or pulled out, told before the day, with the act's own day named in the possessive on the
# way: the day of the search, after the act ("The bodies of 17 personnel missing since Saturday's ambush were
# recovered on Sunday"). Found with no act's day beside ("Ten bodies were found on Thursday"), the finding dates it.
_BODIES_FOUND_BEFORE = compile_scan(
    r"\b(?:bodies|body|remains)\b[^.;]{0,90}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s"
    r"[^.;]{0,60}?\b(?:were|was|had\s+been|have\s+been)\s+(?:later\s+)?(?:recovered|retrieved|found|"
    r"pulled\s+(?:out|from)|dug\s+up|exhumed)\b[^.;]{0,30}$"
)


def _mourned_day(low: str, a: int, s: int, e: int) -> bool:
    """Whether the day at `s` is the day of a funeral or a vigil for the dead, told before or after it, with no act
    told before the mourning ("a suicide bomber struck a funeral on Tuesday": the funeral attacked)."""
    if low.startswith(("'s", "’s"), e):
        return False  # "for the victims of Thursday's rampage": the act's own day, in its possessive
    mm = _MOURNING_BEFORE.search(low, max(a, s - 90), s)
    if mm is not None:
        # (not "the funeral of three of the six men killed at a Quebec City mosque on Sunday evening": the dead's
        # own day, told after the mourning)
        return not _ATTACK_CLAUSE.search(low, max(a, mm.start() - 60), mm.start()) and not (
            _KILLED_AT_BEFORE.search(low, mm.end(), s)
        )
    return _MOURNING_AFTER.match(low, e, min(len(low), e + 40)) is not None and not _ATTACK_CLAUSE.search(low, a, s)


def _remembered_day(low: str, a: int, s: int, e: int) -> bool:
    """Whether the day at `s` is a remembrance's (a memorial ceremony, a gathering at a memorial), with no act told
    before it in its sentence: an anniversary story's day, not its attack's."""
    if _ATTACK_CLAUSE.search(low, a, s):
        return False
    return bool(
        _REMEMBRANCE_BEFORE.search(low, max(a, s - 90), s) or _REMEMBRANCE_AFTER.match(low, e, min(len(low), e + 110))
    )


def _next_comma(low: str, start: int, end: int) -> int:
    """Where the clause from `start` ends: its next comma or semicolon, else `end`."""
    return min((i for i in (low.find(",", start, end), low.find(";", start, end)) if i >= 0), default=end)


def _act_day_before(
    days: list[tuple[float, date, int, int, bool, int]], told_day: date, told_sentence: int
) -> tuple[float, date, str, int, int] | None:
    """The act's own day, told near the opening, a little before the day the opening reports it on: "At least 110
    civilians were killed ..., the United Nations said on Sunday. Residents said fighters rounded up labourers ...
    on Saturday". A report's day of telling is when the news came, and the act it tells came first; the best-scored
    earlier day that is not itself a day of telling is the act's."""
    # The sentence that tells the day may name the act's own day further back: "claimed responsibility on Monday
    # for the assault ..., since insurgents attacked it on Wednesday".
    # That sentence's own act day comes first ("since insurgents attacked it on Wednesday", not a later episode's
    # "a convoy was ambushed on Friday").
    earlier = [
        x
        for x in days
        if not x[4]
        and x[0] >= _ACT_DAY_MIN_SCORE
        and 0 < (told_day - x[1]).days <= (_ACT_DAY_MAX_BEFORE_SAME if x[5] == told_sentence else _ACT_DAY_MAX_BEFORE)
    ]
    if not earlier:
        return None
    score, d, s, e, _, _ = max(earlier, key=lambda x: (x[5] == told_sentence, x[0]))
    return score, d, "day", s, e


def extract_date(
    text: str, spans: list[tuple[int, int]], published: str | None = None, country: str | None = None
) -> EventDate:
    """The event's date: the one nearest the attack in the lede; background and procedure dates set aside.

    `country` (ISO alpha-2, when known) reads "3/10/2023" day first outside the month-first countries.
    `published` is the day relative dates count from: parse_incidents passes the filing day a paper's dateline gives
    (filing_published), once for the text and all its sentences.
    """
    pub = parse_published(published)
    if "date_start" in text and (row := _row_date(text, pub)) is not None:
        return row
    day_first = bool(country) and country not in MONTH_FIRST_COUNTRIES
    cands = _candidates(text[:SCAN_CHARS], pub, day_first, _evening_before(published))
    if not cands:
        return EventDate()
    rank = {"day": 3, "week": 2, "month": 1, "year": 0}
    low = ascii_lower(text)
    best: tuple[float, date, str, int, int] | None = None
    best_told = False
    best_si = 0
    days: list[tuple[float, date, int, int, bool, int]] = []  # the opening's days: (score, day, start, end, told, si)
    span_starts = [a for a, _ in spans]
    sentence_score: dict[int, float] = {}  # each sentence's event/background standing, computed once
    asides: set[int] = set()  # the sentences of the background or of another event
    # (or a national agency's, which needs no dash: "Imphal, Nov 26 (PTI) Three persons ...", text.dateline)
    dm = _DATELINE_END.match(text) or _dateline_below_title(text) or dateline(text)
    dateline_end = dm.end() if dm else 0
    if (rt := _REPORT_TITLE.match(text)) is not None:
        dateline_end = max(dateline_end, rt.end())
    # a report that also dates something in the last month (its act, as a rule) recalls whatever is older
    recent = pub is not None and any(0 <= (pub - c[0]).days <= _RECENT_DAYS for c in cands[:200])
    # a round-up's next item under its own heading ("FATAL CRASH ON HIGHWAY 52") is another event
    release_end = release_header_end(text) if "\n" in text else 0  # the day a release was issued dates no act
    # (a release's "NEWS RELEASE" line heads no item)
    hm = _ITEM_HEADING.search(text, max(spans[0][1], release_end)) if spans and "\n" in text else None
    while hm is not None and _KEY_ITEM.match(text, hm.start()):
        hm = _ITEM_HEADING.search(text, hm.end() - 1)  # "KEY INCIDENT - KHOST": the headline item's own heading
    next_item = hm.start() if hm else len(text)
    if "\n" in text and (oh := OTHER_ITEMS_HEADING.search(text)) is not None:
        next_item = min(next_item, oh.start())  # "Other incidents:": the rest of a digest
    # "An explosion tore through a mosque on Thursday during the funeral of the deputy governor ... He was killed in
    # a car bombing on Tuesday": an attack on a funeral, whose dead was killed before it by an attack of its own
    funeral_lede = bool(spans) and _FUNERAL_OF.search(low, *spans[0]) is not None
    lede_day: date | None = None
    for d, prec, s, e in cands[:200]:
        if pub and d > pub or s < release_end:
            continue
        si = max(0, bisect_right(span_starts, s) - 1)
        a, b = spans[si] if spans else (0, len(text))
        if si not in sentence_score:
            act = KEYWORD_RE.search(low, a, b) or _ATTACK_WORD.search(low, a, b) or _ATTACK_VERB.search(low, a, b)
            # (an explainer's answer to "What happened?" is its lede, and tells the act)
            answer = si > 0 and WHAT_HAPPENED.fullmatch(low, *spans[si - 1]) is not None
            sc = 2.0 if act or answer else 0.0
            sc += 1.0 if si <= 1 or answer else 0.0
            recalled = si > 0 and recalls_other_event(low, a, b)
            # ("In July a lorry attack in Nice killed 86" in a December story: a month long gone, another event)
            other = si > 0 and (
                bool(_OTHER_EVENT_OPENING.match(low, a, b)) or opens_on_old_month(low, a, b, published)
            )
            sc -= (3.0 if recalled else 0.0) + (3.0 if other else 0.0)
            sentence_score[si] = sc
            aside = recalled or other
            if aside:
                asides.add(si)
        score = sentence_score[si] - (3.0 if s > next_item else 0.0)
        if funeral_lede and si == 0 and prec == "day" and lede_day is None:
            lede_day = d
        elif funeral_lede and si > 0 and lede_day is not None and d < lede_day:
            score -= 3.0
        if prec in ("month", "year") and score < 2 and not _ABDUCTION_WORD.search(low, a, b):
            continue  # "In July 2017, he was arrested": a month or year alone must be told with the act itself
        if _FUTURE_BEFORE.search(low[max(a, s - 50) : s]):
            continue
        if _CLOCK_ZONE_BEFORE.search(low, max(a, s - 16), s):
            continue  # "at about 7:50 a.m. (2350 GMT on Wednesday)": the same moment on another clock
        if _COURT_ACT_AFTER.match(low, e, min(b, e + 60)) or _COURT_ACT_BEFORE.search(low, max(a, s - 70), s):
            # "On Dec. 15, 2016, the same jury found Roof guilty", "In February he pleaded guilty", "was formally
            # sentenced to death today": the court's day, not the attack's
            score -= 3
        names_attack = _NAMES_ATTACK_AFTER.match(low, e, min(len(low), e + 40)) is not None
        nm = _NOT_EVENT_BEFORE.search(text[max(a, s - 60) : s])
        nm_at = max(a, s - 60) + nm.start() if nm else 0
        if nm and _FUNERAL_STRUCK.search(low, max(a, nm_at - 60), nm_at + 9):
            nm = None  # "bombers struck a wedding, a funeral and a hospital on Saturday": the funeral was attacked
        elif nm and _HARMED_BETWEEN.search(low, nm_at + 1, s):
            nm = None  # "combatants who signed the peace agreement were shot dead on Sunday": the killing's day
        bm = _ACT_BEGAN_BEFORE.search(low[max(a, s - 60) : s]) if nm else None
        named = names_attack and _date_names_attack(low, s, e)
        if (
            nm
            and not (named and not _RECALLED_BEFORE.search(low, max(a, s - 60), s))
            and not (bm and nm.start() >= bm.start())  # "raids that began on", never "since the raids began"
        ):
            if pub and (pub - d).days > 31:
                continue  # "despite a ceasefire agreed on Jan. 19" in an October report: never the event
            score -= 3
        if s <= 3 and prec == "day" and d != pub and _ROW_SEPARATOR.match(text, e) and _FULL_YEAR.search(text, s, e):
            # "1 September 2004 | Beslan ... | ... the siege ends on 3 September": the row's own date (not a log's
            # day of writing, which is its publication's: "17.01.2023 | Dnipro | ... hit ... on Saturday")
            score += 2.0
        told = False
        if told_day(text, s, a):
            score -= 1.5  # "the army said on Wednesday": when it was told, not when it happened
            told = True
        dated = prec == "day" and (
            _ATTACK_DATED_BEFORE.search(low, max(a, s - 90), s) is not None
            # (a sentence opened by a recent day may tell the week's other attacks: "On 19 September a truck bomb
            # detonated in Qalat")
            or recent
            and pub is not None
            and (pub - d).days > _OLD_DAYS
            and _OPENING_DATE_BEFORE.match(low, a, s) is not None
            and _ATTACK_VERB.search(low, e, b) is not None
            and not recalls_other_event(low, a, b)
        )
        if not dated and _WHEN_FIELD.match(text, a):
            dated = True  # a factbox's "• When: Shortly before noon on Friday 26 June.": the field for the day
        if dated:
            score += 3.0  # "The attacks took place ... on March 15, 2019": the recalled attack's own day
        elif (
            recent
            and pub
            and si > 0
            and (pub - d).days > _OLD_DAYS
            and not _ANNIVERSARY_DAY_RE.fullmatch(low, s, e)  # "20 years ago today": the act's own day, told so
        ):
            score -= 3  # "the village, scene of a massacre in March 2019" past the lede of a news report: background
        if si > 1 and (pub is None or (pub - d).days > _RECALL_MIN_DAYS) and _recalls_other_attack(low, a, s, e):
            score -= 3
        elif (
            si > 1
            and pub is not None
            and (pub - d).days > _RECALL_MIN_DAYS
            and _NAMED_ATTACK_ON_BEFORE.search(text, max(a, s - 60), s)
        ):
            score -= 3  # "Eight people were killed in the London Bridge attack on 3 June": another attack, by its name
        if (
            _TOLL_ROSE_BEFORE.search(low[max(a, s - 50) : s])
            or _TOLL_RAISED_AFTER.match(low, e)
            or _TOLL_REVISED_BEFORE.search(low, max(a, s - 170), s)
        ):
            # "the toll rose to 231 on Sunday", "A sailor wounded in the attack died Saturday, raising the number
            # killed to five": the day of the count
            score -= 1.5
            told = True
        elif _COUNT_OR_END_BEFORE.search(low, max(a, s - 40), s):
            score -= 1.5
            told = True
        elif _CONDITION_BEFORE.search(low, max(a, s - 60), s):
            score -= 1.5
            told = True  # "was shot in the leg and was in stable condition Monday": the day of the victim's state
        elif _AFTERMATH_BEFORE.search(low, max(a, s - 50), s):
            told = True  # "police were hunting two brothers early on Thursday for the massacre": the day after it
        elif _mourned_day(low, a, s, e):
            told = True  # "Small coffins were carried through the streets of Peshawar on Wednesday": the funerals' day
        elif _remembered_day(low, a, s, e):
            # "On Monday, family members gathered at the 9/11 Memorial": a remembrance's, years after the act the
            # lede dates
            score -= 1.5
            told = True
        elif _BODIES_FOUND_BEFORE.search(low, max(a, s - 120), s):
            # "The bodies of 17 personnel missing since Saturday's ambush were recovered on Sunday": the search's day
            score -= 1.5
            told = True
        elif _SELF_INFLICTED_AFTER.match(low, e, min(len(low), e + 60)):
            # "the Army reservist was found dead Friday evening of a self-inflicted gunshot wound": the end of the
            # manhunt, days after the attack
            score -= 1.5
            told = True
        if low.startswith("overnight", s) and e - s == 9:
            # "in an overnight attack, officials said Monday": the night nearest the report, read as its day;
            # a day the text names for the act ("late on Sunday", "on Monday night" in the next sentence, however
            # many cues the lede's "overnight attack" carries) says which night it was.
            score -= 2.25  # a margin that holds when a title line pushes that next sentence one further down
            if names_attack:
                score -= 1.0  # (and when the noun after it, "an overnight raid", earns the bonus below)
        if s < dateline_end:
            score -= 2.5
        if low.endswith("by ", 0, s) and not low.startswith("'s", e):
            score -= 1.5  # "By Friday the toll had reached 52": when a count stood (not "by Friday's strike")
        if _NOT_EVENT_AFTER.match(low, e, min(len(low), e + 30)) or (
            low[a:s].strip() in ("", "on")
            and _TELLER_AFTER.match(low, e, min(len(low), e + 48))
        ):
            score -= 1.5
            told = True
        elif _RESPONSE_AFTER.match(low, e, min(len(low), e + 60)):
            score -= 1.0  # "Police flooded the settlement on Saturday after gunmen went on a rampage": a step after
        elif _AFTER_THE_ACT.match(low, e, min(len(low), e + 60)) or _AFTER_DAYS_ACT.match(
            low, e, min(len(low), e + 130)
        ):
            # "The UN suspended all aid convoys on Tuesday after an attack on a convoy near Aleppo": the day of the
            # step taken after the act, which a day the text gives the act itself ("on Monday evening when it was
            # hit") dates
            score -= 1.0
            told = True
        elif (cm := _CLAIM_AFTER.match(low, e, min(len(low), e + 40))) is not None:
            told = True
            if cm.group("own"):
                score -= 1.5  # the act's own day follows, in its possessive
        if (
            " end" in low[max(a, s - 170) : min(b, e + 40)]
            and (
                _SIEGE_ENDED_BEFORE.search(low, max(a, s - 170), s) or _ENDING_SIEGE_AFTER.match(low, e, min(b, e + 70))
            )
            and not KEYWORD_RE.search(low, a, s)
        ):
            # "stormed the compound on Sunday morning, ending a 25-hour rampage and hostage siege", "The operation
            # ... ended on Tuesday, more than 80 hours after militants breached the base": the siege's end, not its
            # start, when the text names another day (not "snipers shot dead three pirates ... on Sunday, ending a
            # five-day standoff": the killing is the end)
            score -= 2.0
        if (bm or " began " in low[max(a, s - 60) : s]) and _ACT_BEGAN_BEFORE.search(low[max(a, s - 60) : s]):
            # "ended a siege of the hotel that began on Saturday night": the act's start dates it, not its end
            score += 0.5
        if _ACT_BEFORE.search(low[max(a, s - 90) : s]) or (
            _ACT_PARTICIPLE_AFTER.match(low, e) and not _SPAN_END_BEFORE.search(low, max(a, s - 12), s)
        ):
            score += 0.75
            if _SUSPECT_END_BEFORE.search(low[max(a, s - 90) : s]):
                score -= 1.0
        if names_attack:
            score += 1.0
            if _AVENGED_BEFORE.search(low, max(a, s - 30), s):
                score -= 4.0  # the act the news avenges, named by its day
            elif _PLANNED_BEFORE.search(low, max(a, s - 40), s):
                score -= 4.0  # "killed a commander it said was one of the planners of the Oct. 7 attack": his past act
            elif si > 0 and _BLAMED_FOR_BEFORE.search(low, max(a, s - 40), s):
                score -= 2.0  # the act the victim was blamed for, past the lede that dates his own death
        score += rank[prec] * 0.3 - si * 0.05
        if prec == "day" and si <= _ACT_DAY_SENTENCES and si not in asides:
            days.append((score, d, s, e, told, si))
        if best is None or score > best[0]:
            best = (score, d, prec, s, e)
            best_told = told
            best_si = si
    if best is None or best[0] < -1:
        return EventDate()
    if best_told and best[2] == "day" and (act_day := _act_day_before(days, best[1], best_si)) is not None:
        best = act_day
    _, d, prec, s, e = best
    if prec != "day":
        d, prec, s, e = _day_in_apposition(text, cands, (d, prec, s, e), pub)
    am = _DAYS_AFTER.match(low, e) if prec == "day" else None
    if am is not None:
        si = max(0, bisect_right(span_starts, s) - 1)
        a, b = spans[si] if spans else (0, len(text))
        # "Five aid workers were killed, the UN said on Tuesday, a day after the ambush": a day of telling counts
        # back to the act even after the clause that reports it, when "the ambush" is that act (not "a day after
        # rebels shelled the town", an act of its own)
        told = told_day(text, s, a) and bool(_THE_ACT.match(low, am.end()))
        # the act "after" names stands before the clause ends ("on Saturday, a day after communal clashes during a
        # procession, with one youth killed": the killing is the day's own, the clashes the day before)
        cause_end = _next_comma(low, am.end(), b)
        # ("On the morning of 30 December 2013, a day after the bombing of the city's railway station, a suicide
        # bomber blew up a trolleybus": the day opens a clause whose own act follows the aside, and is its day)
        if (
            (told or not _ATTACK_CLAUSE.search(low, a, s))
            and _SEQUEL_CAUSE.search(low, am.end(), cause_end)
            # (not "a day after a barrage of rockets fell on apartment blocks, killing 30": the cause's own toll)
            and not (
                low[cause_end : cause_end + 1] == ","
                and not _PARTICIPLE_OPENS.match(low, cause_end + 1)
                and _ATTACK_CLAUSE.search(low, cause_end, _next_comma(low, cause_end + 1, b))
            )
        ):
            n = 1 if am.group("n") == "a" else word_value(am.group("n")) or 0
            weeks = am.group("unit").startswith("week")
            d -= timedelta(days=7 * n if weeks else n)
            prec = "week" if weeks else "day"
    elif prec == "day" and (om := _opening_days_after(text, low, spans, span_starts, s)) is not None:
        n = 1 if om.group("n") == "a" else word_value(om.group("n")) or 0
        weeks = om.group("unit").startswith("week")
        d -= timedelta(days=7 * n if weeks else n)
        prec = "week" if weeks else "day"
    value = d.isoformat() if prec == "day" else d.isoformat()
    return EventDate(value, prec, s, e)
