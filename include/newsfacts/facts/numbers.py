"""Counts in digits or words, with the bounds their qualifier implies ("at least", "up to", "dozens")."""

from __future__ import annotations

import re
from functools import lru_cache

from number_parser import parse_number

from newsfacts.facts.scan import compile_scan
from newsfacts.facts.text import lower_az
from newsfacts.facts.types import Quantity

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million"
).split()
_WORD = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
# One number word, for patterns elsewhere that take a count in words only where a cue stands before it
COUNT_WORD = _WORD
# A run of number words ("twenty-two", "one hundred and five"); bounded so it can never backtrack far.
_WORDS = rf"(?!hundred|thousand|million){_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD}){{0,5}}"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_SCALE = r"(?:\s+(?:million|thousand|hundred))?"
# Vague magnitudes are coded the way ACLED codes them: the smallest value the word can mean.
VAGUE: dict[str, int] = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "tens of millions": 10_000_000,
}
_DOZEN = r"(?:(?:a|one|two|three|four|five|half\s+a)\s+dozen)"
# "a hundred", "a thousand" (as "one hundred" is), and "a score of" (twenty; the "of" keeps out "a score of 2-1"
# only as far as a count needs: what it counts must still be a casualty's).
_A_SCALE = r"(?:a\s+(?:hundred|thousand)|a\s+score(?=\s+of\s+[a-z]))"

_QUAL_LOW = r"at\s+least|more\s+than|over|no\s+fewer\s+than|no\s+less\s+than|upwards\s+of|in\s+excess\s+of"
_QUAL_HIGH = r"up\s+to|as\s+many\s+as|nearly|almost|fewer\s+than|less\s+than|at\s+most|under"
_QUAL_ABOUT = (
    r"about|around|approximately|roughly|some|an\s+estimated|a\s+total\s+of|another|a\s+further|"
    r"an\s+additional"
)

_VAGUE_CORE = (
    r"(?:(?:tens|hundreds)\s+of\s+thousands|tens\s+of\s+millions|tens|dozens|scores|hundreds|thousands)"
    r"(?=\s+of\b|\s+(?:were|have|had|are|more|others?|people|civilians|killed|dead|wounded|injured|hurt)\b)"
    # "killing 19 and injuring dozens, activists said": the object of a casualty verb, ending its clause
    r"|(?:(?<=killing\s)|(?<=wounding\s)|(?<=injuring\s))(?:dozens|scores|hundreds)(?=\s*[,.;]|\s+(?:more|others)\b)"
)
# "Twenty 2 people": a tens word and a digit, the way text converted number by number writes twenty-two.
_TENS = _UNITS[20:28]  # twenty ... ninety
_TENS_DIGIT = rf"(?:{'|'.join(_TENS)})(?:\s+|-)[1-9](?![\d.,-])"
_CORE = rf"(?:{_DOZEN}|{_A_SCALE}|(?:{_DIGITS}){_SCALE}|{_TENS_DIGIT}|{_WORDS}|{_VAGUE_CORE})"
NUMBER_RE = compile_scan(
    rf"(?<![\w$£€.,-])(?:(?P<qual>{_QUAL_LOW}|{_QUAL_HIGH}|{_QUAL_ABOUT})\s+)?"
    rf"(?:between\s+(?P<lo>{_DIGITS}|{_WORDS})\s+and\s+(?P<hi>{_DIGITS}|{_WORDS})"
    rf"|(?P<a>{_DIGITS})\s*(?:-|–|to|or)\s*(?P<b>{_DIGITS})(?=\s+[a-z])"
    rf"|(?P<a2>{_WORDS})\s+(?:to|or)\s+(?P<b2>{_WORDS})(?=\s+[a-z])"
    rf"|(?P<core>{_CORE}))(?![\w%])",
    re.IGNORECASE,
)
# What makes a number not a head count: ages, times, years, money, measures, ordinals, durations.
_NOT_COUNT_AFTER = compile_scan(
    # ("10.50pm": the hour of a time written with a dot)
    r"\s*(?:-|\s)?(?:years?[\s-]old|year-old|yrs?\b|%|percent|per\s*cent|(?:\.[0-5]\d\s*)?[ap]\.?m\b|:\d|th\b|st\b|"
    r"nd\b|rd\b|"
    # ("12/ Families of the dead are demanding answers": a thread's post number, the slash right after it; not
    # "Killed: 3 / Injured: 5")
    r"(?<=\d)/(?=[ \t])|"
    r"kms?\b|kilomet|miles?\b|metres?\b|meters?\b|inch(?:es)?\b|cm\b|mm\b|kg\b|hours?\b|minutes?\b|seconds?\b|days?\b|"
    r"weeks?\b|months?\b|years?\b|decades?\b|dollars|euros|pounds|usd|bst\b|gmt\b|utc\b|rounds?\b|"
    # ("three Home Guard jawans": India's auxiliary police, named by their "home")
    r"counts?\b|times\b|cars?\b|vehicles?\b|cattle|homes?\b(?!\s+guards?\b)|"
    # "She was hit by five bullets and died": the bullets, not the people they hit
    r"bullets\b|pellets\b|"
    # "in Diallassagou and two nearby villages": places told with a word of where they lie
    r"(?:nearby|neighbou?ring|surrounding|adjacent|adjoining|other)\s+(?:villages|towns|communities|settlements|"
    r"hamlets|districts|houses|homes|buildings|vehicles)\b|"
    # "slaughtered 300 sheep", "killed 40 cows in the raid": livestock, not people
    r"(?:sheep|goats?|cows?|camels?|donkeys?|pigs?|chickens?|livestock|animals?|head\s+of\s+cattle)\b|"
    r"houses?\b|buildings?\b|explosions?\b|blasts?\b|"
    # "with at least two gunshot wounds": wounds on one body, not people
    r"(?:(?:gunshot|stab|bullet|knife|shrapnel|puncture)\s+)?wounds\b|"
    # "fired six shots", "one shot": the rounds, but not a headline's "6 shot, 1 dead" or "3 shot (2 fatally)"
    r"bombs?\b|rockets?\b|missiles?\b|drones?\b(?!\s+(?:operators?|pilots?|crews?|units?|teams?))|uavs?\b|shots\b|shot\b(?!\s*(?:[,;:(]|$|and\b|in\b|at\b|after\b|outside\b|near\b|"
    r"during\b|dead\b))|percent|degrees|storey|floors?\b|"
    # ("Ten District Reserve Guard personnel": Chhattisgarh's police force, named by its district)
    r"districts?\b(?!\s+reserve\s+guards?\b)|"
    # "two villages", but "two village volunteers", "three village defence guards": people the village names
    r"villages\b|village\b(?!\s+(?:defen[cs]e\s+)?(?:volunteers|guards|elders|heads|chiefs|headmen|chairmen|"
    r"watchmen|leaders|officials|councill?ors|residents|youths)\b)|"
    r"locations?\b|separate\b|different\b|agencies|groups?\b|teams?\b|massage|shisha|bars?\b|cities\b|towns?\b|"
    r"provinces?\b|countries\b|states\b|regions?\b|municipalities\b|neighbou?rhoods?\b|"
    # "29 people from at least 18 nationalities were killed": the countries the dead came from
    r"nationalities\b|"
    # "six members of one family": the family is counted by its members, not as one person
    # (not "10 family members": its people)
    r"famil(?:y|ies)\b(?!\s+members\b)|households?\b|clans?\b|"
    # "neutralised two IEDs", "three explosive devices": weapons, not people
    r"ieds?\b|(?:explosive\s+)?devices?\b|explosives?\b|(?:land)?mines?\b(?!\s+(?:workers?|employees|guards|staff)\b)|grenades?\b|shells?\b|"
    # "Two AK rifles were recovered from the slain ultra", "on 40 motorcycles": arms and rides, not people
    # (not "Two Assam Rifles personnel were killed": a regiment's name before its people)
    r"(?:[\w-]+\s+)?(?:rifles?|pistols?|magazines?|motorcycles?|motorbikes?)\b"
    r"(?!\s+(?:personnel|men|soldiers|troops|jawans|riflemen|officers|members|commandos)\b))",
    re.IGNORECASE,
)


# "the 6 Dogra Regiment", "42 Commando": a unit's number, which the army writes before its name.
UNIT_NAME_AFTER_NUMBER = (
    r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:Regiment|Battalion|Brigade|Division|Corps|Rifles|Infantry|Squadron|Commando|"
    r"Para|Cavalry|Artillery)\b"
)
_UNIT_NUMBER_AFTER = compile_scan(UNIT_NAME_AFTER_NUMBER)
# "John Smith, 34, opened fire" (an age) and "on July 13" / "Jan. 13" (a day of the month). A full month name with
# a full stop ends a sentence ("on 2 June. Forty-four others were injured"): the number after it is a count.
_AGE_OR_DATE_BEFORE = compile_scan(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w.'’-]*,\s*$)|(?:\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\s+$)"
)
# "in Baidoa, 3 soldiers killed", "Kharkiv oblast, 2 civilians killed": a record's figure after a place and a
# comma names whom it counts; an age after a name ("Smith, 34, opened fire") never does.
# ("In an attack by Naxalites, 75 CRPF personnel were killed": a unit's letters before its people)
_PEOPLE_AFTER = compile_scan(
    r"\s+(?:[A-Za-z-]+\s+)?(?:people|persons|civilians|soldiers|troops|police(?:men)?|officers|fighters|militants|"
    r"children|women|men|villagers|workers|students|passengers|others|dead|killed|wounded|injured|personnel|jawans|"
    r"commandos|staff|members|residents|hostages|worshippers|pilgrims|guards|rebels|insurgents|attackers)\b"
)
# "this town of 16,000", "a city of about 2 million": a place's people, not a count of those harmed.
_POPULATION_BEFORE = compile_scan(
    r"\b(?:town|city|village|community|nation|country|county|suburb|island|municipality)\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|fewer\s+than|less\s+than|over|under|just)\s+)?$",
    re.IGNORECASE,
)
_SHARE_OF_AFTER = compile_scan(r"\s+of\s+(?:his|her|their|its|the|them)\b")
# "a second man, 19, was shot": a person's age between commas after the word for the person.
_PERSON_AGE_BEFORE = compile_scan(
    r"\b(?:man|woman|boy|girl|teen(?:ager)?|son|daughter|wife|husband|mother|father|brother|sister|suspect|victim|"
    r"driver|student|resident|shooter|gunman|friend|neighbou?r|passenger|officer|"
    # aid-worker logs and shooting rows: "UNICEF national staff member, 34, killed", "a security guard, 41,"
    r"member|staff(?:er)?|worker|employee|guard|nurse|doctor|teacher|contractor|volunteer|delegate|engineer|"
    r"vaccinator|co-?worker|colleague|official|policeman|farmer|trader|pastor|priest|imam|journalist|clerk|"
    r"bystander|customer|child)\s*,\s*$",
    re.IGNORECASE,
)
# "A shopkeeper, 51, and his nephew", "an off-duty nurse, 29,": one person named with "a", then the age, then a comma
_ONE_AGE_BEFORE = compile_scan(r"\b(?:a|an)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]{3,}\s*,\s*$", re.IGNORECASE)
_AGE_COMMA_AFTER = compile_scan(r"\s*,")
# "The gunman, who was 27, was shot dead": an age in a relative clause between commas
_WHO_WAS_AGE_BEFORE = compile_scan(r",\s+who\s+(?:was|is)\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
_BOTH_AGE_BEFORE = compile_scan(r",\s+both\s+(?:also\s+)?(?:aged\s+)?$", re.IGNORECASE)
# "Three young men, the youngest of them 17, were shot dead": the age of one of those counted
_EXTREME_AGE_BEFORE = compile_scan(
    r",\s+the\s+(?:youngest|oldest|eldest)(?:\s+of\s+(?:them|whom|the\s+[a-z]+))?\s+(?:was\s+|being\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)
_AGE_BOUND_BEFORE = compile_scan(r"\b(?:were|was|are|is|aged|all|mostly|half|children|minors|kids)\s+$", re.IGNORECASE)
_PEOPLE_NOUN_AFTER = compile_scan(
    r"\s+(?:[a-z-]+\s+)?(?:people|persons|others|civilians|men|women|children|soldiers)\b"
)
# "Two men, ages 19 and 22, were shot", "victims aged 16 to 51": the ages of people a figure before counted.
_AGES_BEFORE = compile_scan(
    # "victims, ranging in age from 16 to 40,": the range of their ages
    # "about half of them under the age of 16": an age limit
    r"\b(?:ages?(?:\s+of)?|aged(?:\s+between)?|(?:ranging|ranged)\s+in\s+age\s+from)\s+"
    r"(?:(?:\d{1,3}|[a-z]+)\s*(?:,|and|to|through|or|-)\s*(?:and\s+)?)*$",
    re.IGNORECASE,
)
# "The sisters, 24 and 30, were in serious condition": bare ages in apposition to people named in the plural.
_PLURAL_AGE_BEFORE = compile_scan(
    r"\b(?:men|women|boys|girls|teens|teenagers|sisters|brothers|sons|daughters|victims|siblings|cousins|friends|"
    # ("Two Black shoppers, 69 and 67,", "two tourists, 24 and 26,": people by what they were doing)
    r"suspects|twins|couple|[a-z]{3,}(?:ers|ists|ents|ians))\s*,\s*(?:\d{1,3}\s*(?:,|and)\s*(?:and\s+)?)*$",
    re.IGNORECASE,
)
_AGE_LIST_AFTER = compile_scan(r"(?:\s*(?:,|and)\s*(?:and\s+)?\d{1,3})*\s*,")
_STREET_AFTER = compile_scan(
    r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Drive|Way|"
    r"Highway|Square|Place)\b"
)
# A month's full name or its abbreviation, never a word that merely starts like one ("four Marines", "two Mayors").
# A date written as one token: "13-Jan-2006", "02-Sep-2012", "13-01-2006", "13.01.2006".
_JOINED_DATE = compile_scan(
    r"\b\d{1,2}(?P<sep>[-.])(?:\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*)(?P=sep)"
    r"(?:19|20)?\d\d\b"
)
_MONTH_AFTER = compile_scan(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)


_A_WORDS = {"a hundred": 100, "a thousand": 1000, "a score": 20}


def _squash(words: str) -> str:
    """Lower case, one space between words: "Tens  of\nthousands" is the VAGUE key "tens of thousands"."""
    return " ".join(words.lower().split())


@lru_cache(maxsize=4096)
def word_value(words: str) -> int | None:
    """Digits or words to an int; number-parser reads the words ("twenty-two", "a hundred and five")."""
    w = _squash(words).replace(",", "")
    if not w:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return int(float(w))
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s+(million|thousand|hundred)", w)
    if m:
        return int(float(m.group(1)) * {"million": 1_000_000, "thousand": 1000, "hundred": 100}[m.group(2)])
    if w in VAGUE:
        return VAGUE[w]
    m = re.fullmatch(r"([a-z]+ty)[\s-]+([1-9])", w)
    if m and m.group(1) in _TENS:
        return 10 * (_TENS.index(m.group(1)) + 2) + int(m.group(2))  # "twenty 2" -> 22
    if w in _A_WORDS:
        return _A_WORDS[w]
    m = re.fullmatch(r"(a|one|two|three|four|five|half\s+a)\s+dozen", w)
    if m:
        k = m.group(1)
        return 6 if k.startswith("half") else 12 * (1 if k in ("a", "one") else _UNITS.index(k))
    try:
        v = parse_number(w)
    except Exception:  # the library is strict about odd word runs; an unreadable run is no number
        return None
    return int(v) if isinstance(v, int | float) else None


# Words that open a number by themselves: number words (but "hundred", "thousand" and "million", which only
# follow one), vague magnitudes, one-word qualifiers and "between".
_OPENERS = [w for w in _UNITS if w not in ("hundred", "thousand", "million")] + (
    "over nearly almost under about around approximately roughly some another between tens dozens scores hundreds "
    "thousands"
).split()
# Words that open one only when their phrase goes on ("at least", "a dozen", "a total of", "no fewer than"):
# "a", "at", "in" and "as" alone are among the commonest words of English.
_PHRASE_OPENERS = {
    "at": "least|most", "more": "than", "no": "fewer|less", "upwards": "of", "in": "excess", "up": "to",
    "as": "many", "fewer": "than", "less": "than", "a": "total|further|dozen|hundred|thousand|score",
    "an": "estimated|additional", "half": "a",
}
_YEAR = compile_scan(r"(?:19|20)\d\d")
# "No. 3", "Route 9", "Highway 61": a label, not a count.
# ("Gurugram's Sector 57", "Ward 12", "Gate 3": a numbered part of a town or a building)
# ("chairman of Barangay 20 (Zone 2)": a Philippine village's number, "Block 4", "Camp 3", "Precinct 9")
_LABEL_BEFORE = compile_scan(
    r"\b(?:No|no|Route|RN|Highway|Sector|Ward|Phase|Gate|Platform|Zone|Terminal|Barangay|Brgy|Block|Camp|Precinct|"
    r"Purok|Area|Section|Building|Unit|Cell|Hall)\.?\s$"
)
# "a vehicle carrying 4 staff was hit", "a bus transporting 30 passengers": who was aboard, not who was hurt.
_ABOARD_BEFORE = compile_scan(r"\b(?:carrying|transporting|ferrying)\s$")
# A count's change told by the count it left: "rose from", "revised the death toll down from".
_CHANGED_FROM_BEFORE = compile_scan(
    r"\b(?:rose|risen|rising|climbed|climbing|increased|increasing|jumped|grew|soared|fell|fallen|dropped|revised|"
    r"revising|lowered|lowering|raised|raising|corrected|correcting|updated|updating)"
    r"(?:\s+(?:the\s+)?(?:death\s+)?(?:toll|figure|count|tally))?(?:\s+(?:down|up)(?:wards?)?)?\s+from\s+$",
    re.IGNORECASE,
)
# Between a count and the upper bound told after it: "eight people, and possibly as many as 10".
_POSSIBLY_BETWEEN = compile_scan(r"(?:\s+[a-z]+)?,?\s+(?:and|or)\s+(?:possibly|perhaps|maybe|probably|potentially)\s+")
# Where NUMBER_RE can match (run on A-Z-lowered text): after what its own look-behind allows, a digit, a whole
# opener word, or the first word of a qualifier phrase that goes on as the phrase does.
_START_RE = compile_scan(
    r"(?<![\w$£€.,-])(?:\d|(?:" + "|".join(sorted(_OPENERS, key=len, reverse=True)) + r")(?![A-Za-z])|"
    + "|".join(f"{w}(?=\\s+(?:{nxt}))" for w, nxt in sorted(_PHRASE_OPENERS.items())) + ")"
)


# A capitalised number word inside a name: a capitalised word (not a sentence's first) before, another after.
_IN_NAME_BEFORE = compile_scan(r"[a-z,][ \t]+[A-Z][a-z]+[ \t]$")  # (a line break ends a headline, not a name)
_NAME_WORD_AFTER = compile_scan(r"\s[A-Z][a-z]")
_PROSE_BEFORE = compile_scan(r"\b[a-z]{4,}\b")


# Two number words side by side that no number is written as ("three nine-year-old children", "the two
# twenty-year-olds"): the first ends the number, the second opens its own (not "twenty one", "three hundred").
_SMALL_WORD = "|".join(sorted(_UNITS[:20], key=len, reverse=True))
_TENS_WORD = "|".join(_TENS)
_TWO_NUMBERS = compile_scan(
    rf"\b(?:(?P<small>{_SMALL_WORD})[\s-]+(?:{_SMALL_WORD}|{_TENS_WORD})"
    rf"|(?P<tens>{_TENS_WORD})[\s-]+(?:{_TENS_WORD}))\b",
    re.IGNORECASE,
)


def _matches(text: str) -> list[re.Match[str]]:
    """NUMBER_RE tried only where a number or qualifier can start: one case-blind alternation tried at every
    character costs far more than finding those starts first."""
    out: list[re.Match[str]] = []
    pos = 0
    for t in _START_RE.finditer(lower_az(text)):
        if t.start() < pos:
            continue
        m = NUMBER_RE.match(text, t.start())
        if (
            m
            and text[m.start()].isalpha()  # (a run of words only: most matches are digits)
            and (bad := _TWO_NUMBERS.search(text, m.start(), m.end())) is not None
        ):
            # "three nine-year-old children": two numbers, the first a count of its own
            m = NUMBER_RE.match(text, t.start(), bad.end(bad.lastgroup or 0))
        if m:
            out.append(m)
            pos = m.end()
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Every head-count-like number in `text`, with offsets; ages, years, times and money are left out."""
    out: list[Quantity] = []
    dates: list[tuple[int, int]] | None = None  # scanned for only once a figure touches a hyphen or a stop
    for m in _matches(text):
        s, e = m.start(), m.end()
        if _NOT_COUNT_AFTER.match(text, e):
            continue
        if text[e : e + 1] in ("-", ".") or text[s - 1 : s] in ("-", "."):
            if dates is None:
                dates = [d.span() for d in _JOINED_DATE.finditer(text)]
            if any(a <= s < b for a, b in dates):
                continue  # "13-Jan-2006", "02-09-2012": a record's date, its parts joined by hyphens or stops
        prev = text[max(0, s - 2) : s]
        if prev[-1:] == ":" and prev[:1].isdigit():
            continue  # "updated at 18:40": the minutes of a time
        if prev[-1:] == "/" and prev[:1].isdigit() or text[e : e + 1] == "/" and text[e + 1 : e + 2].isdigit():
            continue  # "7/7 victims", "9/11 families": a day written as its numbers, not a count
        # (wide enough for a long family name: "Srinivas Kuchibhotla, 32, died")
        age_or_date = _AGE_OR_DATE_BEFORE.search(text[max(0, s - 24) : s])
        if (
            age_or_date
            and age_or_date.group("name")
            and (m.group("qual") or _PEOPLE_AFTER.match(text, e) or _SHARE_OF_AFTER.match(text, e))
        ):
            # "Smith, 34, opened fire" is an age; "the UN, at least 23" never is, nor "killed Sunil Mahato, two of
            # his bodyguards and a party worker"
            age_or_date = None
        elif age_or_date and not age_or_date.group("name") and m.group("qual"):
            age_or_date = None  # "retaken on 27 May at least 165 civilians are dead": no day is "at least" one
        if age_or_date or _MONTH_AFTER.match(text, e):
            continue
        if text.find(" of ", max(0, s - 30), s) >= 0 and _POPULATION_BEFORE.search(text, max(0, s - 40), s):
            continue  # "this town of 16,000 began burying its dead": how many live there
        if (
            (m.group("qual") or "").lower() in ("under", "over")
            and _AGE_BOUND_BEFORE.search(text, max(0, s - 24), s)
            and not _PEOPLE_NOUN_AFTER.match(text, e)
            and (word_value(text[s:e].split()[-1]) or 99) <= 21
        ):
            continue  # "roughly half were under 18": an age limit, not a count
        if (
            not m.group("qual")
            and _AGE_COMMA_AFTER.match(text, e)
            and (
                _PERSON_AGE_BEFORE.search(text, max(0, s - 14), s)
                or _ONE_AGE_BEFORE.search(text, max(0, s - 40), s)
                # "The two other children, both also 12, were seriously wounded"
                or _BOTH_AGE_BEFORE.search(text, max(0, s - 20), s)
                or _WHO_WAS_AGE_BEFORE.search(text, max(0, s - 20), s)
                or _EXTREME_AGE_BEFORE.search(text, max(0, s - 45), s)
            )
        ):
            continue  # "a second man, 19, was shot in the leg": an age
        if not m.group("qual") and (
            text.find("ag", max(0, s - 40), s) >= 0
            and _AGES_BEFORE.search(text, max(0, s - 40), s)
            # ("children aged between 7 and 14, and 17 people were injured": a figure with its people's noun after
            # a comma and "and" is a count of its own)
            and not (text.startswith(", and ", s - 6) and _PEOPLE_NOUN_AFTER.match(text, e))
            # a list's first age follows its comma, the next ones "and" or a comma
            or (text.startswith(", ", s - 2) or text.startswith("and ", s - 4))
            and _PLURAL_AGE_BEFORE.search(text, max(0, s - 40), s)
            and _AGE_LIST_AFTER.match(text, e)
        ):
            continue  # "Two men, ages 19 and 22,", "The sisters, 24 and 30,": ages of people counted before
        if _STREET_AFTER.match(text, e):
            continue  # "12 Main Street": an address
        if (
            text[s].isupper()
            and _IN_NAME_BEFORE.search(text, max(0, s - 20), s)
            and _NAME_WORD_AFTER.match(text, e)
            and _PROSE_BEFORE.search(text, max(0, s - 40), s)
        ):
            # "taken to Regional One Health", "Channel Four News": a word of a name, not a count (a headline in
            # title case, "Gunmen in Kano Killed Two Villagers", has no lower-case word of prose before it)
            continue
        if text[s].isdigit() and _UNIT_NUMBER_AFTER.match(text, e):
            continue  # "soldiers of the 6 Dogra Regiment": a unit's number, not a head count
        if prev.endswith(("$", "£", "€", "#")) or _LABEL_BEFORE.search(text[max(0, s - 12) : s]):
            continue
        if prev == "g " and _ABOARD_BEFORE.search(text, max(0, s - 13), s):
            continue  # "a vehicle carrying 4 staff was hit by gunfire": the occupants, not the hurt
        qual = (m.group("qual") or "").lower()
        qual = " ".join(qual.split())
        if m.group("lo") or m.group("a") or m.group("a2"):
            if _YEAR.fullmatch(m.group("lo") or m.group("a") or m.group("a2") or ""):
                continue  # "between 2010 and 2015": a period, not a count
            lo = word_value(m.group("lo") or m.group("a") or m.group("a2"))
            hi = word_value(m.group("hi") or m.group("b") or m.group("b2"))
            to = m.start("b") if m.group("b") else m.start("b2") if m.group("b2") else -1
            changed = to > 0 and "to" in text[s:to] and _CHANGED_FROM_BEFORE.search(text, max(0, s - 60), s)
            if changed and hi is not None:
                # "the toll rose from 10 to 15", "revised the toll down from 103 to 95": the count left, then the
                # new one, not a range
                out.append(Quantity(hi, hi, hi, to, e, text[to:e]))
                continue
            if lo is not None and hi is not None and hi < lo and m.group("b"):
                sep = text[m.end("a") : m.start("b")]
                if sep.startswith(" ") and sep.endswith(" ") and sep.strip() in ("-", "–"):
                    # "put the death toll at 20 – 15 police officers and five civilians –": a dash opening an
                    # aside, no range; two figures
                    a0, a1 = m.span("a")
                    out.append(Quantity(lo, lo, lo, a0, a1, text[a0:a1]))
                    out.append(Quantity(hi, hi, hi, to, e, text[to:e]))
                    continue
            if lo is None or hi is None or hi < lo:
                continue
            out.append(Quantity(lo, lo, hi, s, e, text[s:e]))
            continue
        core = m.group("core")
        if _YEAR.fullmatch(core):
            continue  # a year, never a head count
        v = word_value(core)
        if v is None:
            continue
        vague = _squash(core) in VAGUE
        low: int | None = v
        high: int | None = v
        if vague or qual in (
            "at least",
            "more than",
            "over",
            "no fewer than",
            "no less than",
            "upwards of",
            "in excess of",
        ):
            high = None
        elif qual in (
            "up to",
            "as many as",
            "nearly",
            "almost",
            "fewer than",
            "less than",
            "at most",
            "under",
        ):
            low = None
        elif qual in ("about", "around", "approximately", "roughly", "some", "an estimated"):
            low = high = None
        if (
            out
            and low is None
            and high == v
            and _POSSIBLY_BETWEEN.fullmatch(text, out[-1].end, s) is not None
            and out[-1].value < v
        ):
            # "At least eight people, and possibly as many as 10, were killed": one count with its upper bound
            first = out.pop()
            out.append(Quantity(first.value, first.low, v, first.start, e, text[first.start : e], first.vague))
            continue
        out.append(Quantity(v, low, high, s, e, text[s:e], vague))
    return out
