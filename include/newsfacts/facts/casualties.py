"""Killed and injured counts: which stated figures belong to the event, and how they combine."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from newsfacts.facts.gazetteer import fold, load
from newsfacts.facts.numbers import COUNT_WORD, UNIT_NAME_AFTER_NUMBER, find_quantities, word_value
from newsfacts.facts.scan import WordScan, compile_scan
from newsfacts.facts.tables import bare_row_counts, table_counts
from newsfacts.facts.text import (
    ATTACKER_DESCRIBED,
    MONTHS,
    ascii_lower,
    dateline,
    in_background,
    lede_start,
    live_entries,
    recalls_other_event,
)
from newsfacts.facts.types import Evidence, Quantity

# A small count of people, in figures or words, as headlines and log rows write it: "3 soldiers", "two policemen".
_SMALL_COUNT = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PERSON = (
    r"(?:man|woman|child|boy|girl|baby|infant|toddler|teen(?:ager)?|youth|civilian|soldier|policem[ae]n|"
    r"police\s+officer|officer|guard|worker|staff(?:er|\s+member)?|employee|volunteer|driver|journalist|reporter|"
    r"(?:school)?teacher|student|pupil|doctor|nurse|medic|paramedic|fighter|militant|member|resident|villager|farmer|"
    r"shepherd|passenger|pilot|victim|person|citizen|deputy|marine|sailor|trooper|bystander|protester|"
    r"worshipper|priest|imam|pastor|lawyer|judge|official|contractor|engineer|customer|patron|shopper|"
    # people out and about: "shot and wounded a jogger", "a commuter was killed"
    r"jogger|hiker|commuter|diner|guest|visitor|spectator|churchgoer|concertgoer|partygoer|revell?er|homeowner|"
    r"tenant|"
    # "tortured to death a Sri Lankan national": a foreigner, by his country (not "national staff", "a national park")
    r"national(?!\s+(?:staff|guard|army|police|park|team|assembly|highway|security|level|elections?|day|"
    r"government|unity|interest|anthem|flag|holiday|news|television|tv|radio|broadcaster|media)\b)|"
    # people at work, at school, in care and in public life: "a patient", "her new partner", "a classmate"
    r"patient|partner|classmate|teammate|coach|principal|janitor|deacon|chaplain|airman|conscript|recruit|cadet|"
    r"trainee|intern|professor|lecturer|researcher|scientist|blogger|candidate|senator|minister|ambassador|"
    r"diplomat|envoy|prosecutor|magistrate|mourner|onlooker|passer-?by|widow|orphan|landlord|store\s+owner|"
    r"shop\s+owner|owner|proprietor|manager|supervisor|foreman|forewoman|steward|stewardess|teller|receptionist|waiter|waitress|"
    r"bartender|bouncer|dentist|superior|mp|mla|mep|"
    # police ranks: "Detective Chief Inspector John Caldwell was shot"
    r"inspector|detective|constable|sergeant|superintendent|lieutenant|corporal|"
    # an army's ranks that are also common words ("a Major and a DSP were killed", never "a major attack", "a general
    # strike"): only where the person's phrase ends
    r"(?:major|general|brigadier)(?=\s*(?:[,.;)]|$|(?:and|were|was|who|of|from)\b))|"
    # a firm's and a school's heads: "killing the company's founder, four other employees and a driver"
    r"founder|co-?founder|president|executive|director|ceo|boss|superintendent|administrator|dean|detective|"
    r"refugee|migrant|cleric|commander|security\s+guard|service\s+member|relative|neighbou?r|pedestrian|chief|"
    # "his mother-in-law": the in-law forms before the bare kin word, which would stop at the hyphen
    r"mother-in-law|father-in-law|sister-in-law|brother-in-law|son-in-law|daughter-in-law|"
    r"leader|elder|wife|husband|son|daughter|mother|father|brother|sister|mayor|governor|lawmaker|politician|"
    r"conductor|collector|"
    # "killing the head of the Iraqi Governing Council": one person, by the body he led (not "20 head of cattle")
    r"head(?=\s+of\s+(?!cattle|livestock|sheep|goats|cows|camels)\w)|"
    # "a village chairman", "a barangay captain": the heads of villages in the Philippine and South Asian press
    r"chairman|chairwoman|chairperson|kagawad|"
    # South Asia's village heads and site hands: "a former sarpanch", "a munshi and a machine operator"
    r"sarpanch|pradhan|mukhiya|chowkidar|munshi|operator|"
    r"council+or|activist|businessman|trader|vendor|tourist|pilgrim|prisoner|inmate|hostage|miner|fisherman|"
    r"herder|monk|nun|nephew|niece|cousin|grandson|granddaughter|bodyguard|assistant|colleague|companion|friend|"
    r"escort|shopkeeper|storekeeper|labou?rer|constable|sergeant|lieutenant|captain|colonel|interpreter|"
    r"translator|cameraman|photographer|photojournalist|watchman|merchant|pharmacist|surgeon|physician|ranger|"
    # a courthouse's and an office's people: "killing his ex-wife, her attorney and a bailiff"
    r"attorney|bailiff|sheriff|marshal|juror|paralegal|secretary|courier|postman|dispatcher|lifeguard|aide|"
    r"sheikh|tribesman|militiaman|gendarme|policewoman|firefighter|rescuer|commando|cook|chef|gardener|maid|"
    r"usher|catechist|seminarian|sexton|sacristan|verger|muezzin|sweeper|cleaner|gatekeeper|doorman|agent|"
    r"housekeeper|nanny|clerk|cashier|mechanic|missionary|"
    r"bishop|rabbi|parishioner|schoolgirl|schoolboy|newborn|grandmother|grandfather|uncle|aunt|stepson|"
    r"stepdaughter|girlfriend|boyfriend|roommate|co-?worker|motorist|cyclist|motorcyclist|rider|rickshaw\s+puller|tapper|"
    r"tailor|barber|carpenter|butcher|herdsman|delegate|consultant|coordinator|logistician|vaccinator|midwife|helper|"
    # the trades of aid-worker records: "shot and killed a Spanish physiotherapist", "a nutritionist was abducted"
    r"physiotherapist|nutritionist|psychologist|agronomist|enumerator|mobili[sz]er|accountant|surveyor|"
    r"epidemiologist|adviser|advisor|specialist|expert|analyst|monitor|observer|educator|pensioner|retiree|"
    r"peacekeeper|technician|deminer|fianc[eé]e?|stepfather|stepmother|stepbrother|stepsister|grandchild|"
    # South Asian, Nigerian and Philippine press: "a jawan", "a sepoy", "a village head", "a patrolman".
    r"jawan|sepoy|havildar|naik|subedar|cop|patrol(?:man|woman)|sub-inspector|inspector|broadcaster|vigilante|hunter|porter|"
    # Iraqi, Syrian and Afghan incident logs: "a local mukhtar", "a village headman", "a tribal malik".
    r"mukhtar|headman|chieftain|malik|"
    # people at work where tourists and customers are: "four tourists and their guide", "a stylist at the salon"
    r"guide|chauffeur|caretaker|custodian|hairdresser|stylist|counsel+or|therapist|"
    # a school's head and a bus's crew: "shot dead a headmaster and his wife", "wounded his conductor"
    r"headmaster|headmistress|headteacher|conductor|"
    r"(?:village|district|community|ward|clan|traditional)\s+(?:head|ruler|chief)|"
    # people of a world feed's sport and culture pages: "Boxer stabbed to death in Dublin", "a rapper was shot"
    r"boxer|footballer|player|cricketer|athlete|wrestler|jockey|rapper|singer|musician|actor|actress|comedian|novelist|"
    # the press's own: "publisher X found hacked to death in his office", "a columnist was stabbed to death"
    r"publisher|editor|columnist|correspondent|commentator|presenter|anchor|author|"
    r"writer|poet|artist|filmmaker|influencer|youtuber|vlogger|celebrity)"
)
# "a child", "an elderly woman", "a female national staff member", "another service member": one person.
# The words between may not be a verb or an article: "a sniper killed a child" holds one person, not two; nor "of":
# "a growing share of civilian deaths" is a part of many.
_ONE_PERSON = compile_scan(
    # ("a Jammu and Kashmir Police Deputy Superintendent": the one "and" inside a name)
    r"\b(?:a|an|another)\s+(?:jammu\s+and\s+kashmir\s+|"
    r"(?!(?:a|an|the|of|and|or|was|were|is|killed|killing|wounded|wounding|injured|injuring|"
    # "an INGO international (Australian) staff member": a note in brackets among the words
    rf"shot|stabbed|murdered|gunned|beat|beaten)\b)[\w'-]+\s+|\([^()\d]{{1,25}}\)\s+){{0,3}}?{_PERSON}\b"
    # (not "stopped a passenger bus": a person's word that names a vehicle or a place)
    r"(?!\s+(?:bus|buses|train|vehicle|car|boat|ferry|plane|aircraft|jet|flight|van|truck|convoy|camp|hostel|"
    r"union|card|wing|association|compound|residence|quarters)\b)"
    # "leaving a 17-year-old dead", "a 17-year-old and a 19-year-old were killed": an age standing for the person
    r"|\b(?:a|an)\s+\d{1,2}-year-old(?=\s+(?:dead|was|were|and)\b)"
)
# The telegraphic style of incident records and headlines drops the article: "INGO national staff member killed
# by stray bullet", "Aid worker shot dead in Bangui", "Driver wounded when convoy hit landmine". A singular person
# opening the sentence, with at most three words before it and its harm right after it (not an active "killed
# three"), is one person, as "A staff member was killed" is.
_HEADLINE_ONE = compile_scan(
    r"\s*(?P<one>(?:(?!(?:a|an|the|one|his|her|their|its|this|that|two|three|four|five|six|seven|eight|nine|ten|"
    # "International (French) staff member stabbed": a note in brackets among the words
    rf"several|many|some|no|\d[\d,]*)\b)[\w'-]+\s+|\([^()\d,;]{{1,25}}\)\s+){{0,4}}?{_PERSON})"
    # "INGO international staff member (Canadian) killed", "NNGO national staff (deminer) killed": a note on the person
    r"(?:\s*\((?P<note>[^()\d,;]{1,40})\))?"
    # "Aid worker from a local NGO killed", "Truck driver for UN agency killed": the employer after the person
    r"(?:\s+(?:of|from|with|for)\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,3}?(?:ngo|ingo|nngo|agency|organi[sz]ation|"
    r"charity|ministry|society|committee|mission))?"
    # "UNICEF national staff member, 34, killed in crossfire": the person's age between commas
    r"(?:\s*,\s*\d{1,2}\s*,)?"
    # "SARC volunteer and his driver killed by a mortar shell": a companion joined by the possessive
    rf"(?:\s+and\s+(?:his|her|their)\s+(?:[\w'-]+\s+)?{_PERSON})?\s+(?:was\s+|were\s+|is\s+|are\s+)?"
    r"(?:(?:fatally\s+|critically\s+|seriously\s+)?(?:shot(?:\s+dead)?|killed|martyred|wounded|injured|hurt|stabbed|beaten)"
    r"(?:\s+to\s+death)?|(?:abducted|kidnapped|shot|beaten)\s+and\s+(?:killed|wounded|injured)"
    # "robbed at gunpoint and beaten", "detained and beaten by soldiers": the harm after another act
    r"|(?:robbed|detained|arrested|attacked|assaulted|abducted|kidnapped)\s+(?:at\s+gunpoint\s+)?and\s+"
    r"(?:beaten|stabbed|shot|wounded|injured|killed))"
    # "killed along with 6 civilians (not counted)", "killed together with his wife"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:by|in|at|on|when|while|after|during|near|outside|as|and|inside|along|together)\b)"
)
# "One national staff member of an INGO, a local journalist, was shot dead", "1 UN international (Cameroonian)
# staff, an epidemiologist deployed for the Ebola response, shot dead": the second phrase describes the one person
# the first counted, between commas, before the harm ("a driver, a guard and a cook were killed" lists three).
_APPOSED_ONE_BEFORE = compile_scan(
    rf"\b(?:one|1|an?)\s+(?:[\w'-]+\s+|\([^()\d]{{1,25}}\)\s+){{0,5}}?(?:{_PERSON}|staff)"
    r"(?:\s+(?:of|from|with|for)\s+(?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?\s*,\s*$"
)
_APPOSED_ONE_AFTER = compile_scan(
    r"[^,;.()]{0,80}?,\s+(?:(?:was|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?(?:shot|killed|executed|murdered|"
    r"stabbed|wounded|injured|abducted|kidnapped|beheaded|found|died|hacked|beaten|burned|lynched)\b"
)
# "Two people, one of them a woman, were killed": who one of the figure's people was, not one more.
_SHARE_ONE_BEFORE = compile_scan(r"\b(?:one|1)\s+of\s+(?:them|whom|those)\s+(?:was\s+)?$")
# "were among seven people killed": the figure is a whole the people before it belong to.
_AMONG_FIGURE_BEFORE = compile_scan(r"\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?$")
# Between a person's name and a description of the same person: "Juan Usuga, a leader", "Usuga, alias 'Giovanni', a"
_NAME_APPOSITION_GAP = compile_scan(r",\s+(?:alias\s+['\"‘“][^'\"’”]{1,30}['\"’”],\s+)?")
_TOLL_FROM_BEFORE = compile_scan(
    r"\b(?:rais|revis|updat|lift|push|bring|increas)\w*\s+(?:its|the|their|an\s+earlier)\s+(?:death\s+)?"
    r"(?:toll|count|tally|figure)\s+from\s+$"
)
_NO_ONE_ELSE_BEFORE = compile_scan(
    r"\bno(?:\s+one|body|-one)\s+else\b[^.;]{0,40}?,\s+including\s+(?:his|her|their|the)?\s*$"
)
_ATTACKER_APPOSED_BEFORE = compile_scan(
    r"\bthe\s+(?:suspected\s+|alleged\s+)?(?:suspect|attacker|assailant|gunman|knifeman|shooter|stabber|"
    r"perpetrator),\s+$"
)
_HURT_TOO_AFTER = compile_scan(
    r"[^,;.()]{0,60}?,\s+(?:was|had\s+been|has\s+been)\s+(?:also\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt)\b"
    # "The gunman, a 25-year-old man, was shot dead by police": the attacker's end at the forces' hands, uncounted
    r"|[^,;.()]{0,60}?,\s+(?:was|had\s+been)\s+(?:later\s+)?(?:shot\s+dead|shot\s+and\s+killed|killed)\s+by\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:police|officers?|troops|soldiers|security\s+forces|deputies)\b"
)
_APPOSED_ONE_ASIDE = compile_scan(r",\s*an?\s+[^,;.()]{1,90},")
# Person words that may be plural or a body of people ("INGO staff killed", "policemen"): no single person.
_NOT_ONE = ("staff", "men", "youth")
# The same telegraphic style with the verb first: "Gunmen kill cleric, wound 2 in Peshawar", "Militants behead aid
# worker". A headline's present tense only: prose says "killed the cleric", and "injured worker" may be an adjective.
_HEADLINE_VERB_ONE = compile_scan(
    r"\b(?:kill|kills|wound|wounds|injure|injures|behead|beheads|slay|slays|shoot\s+dead|shoots\s+dead)\s+"
    rf"(?P<one>(?:(?!(?:a|an|the|his|her|their|its|one|two|three|several|many|some|\d[\d,]*)\b)[\w'-]+\s+)?"
    rf"{_PERSON})\b(?![s'’-])"
)

# A headline's list without an "and": "DD cameraman, two policemen killed in Maoist attack": the person who opens it,
# a comma, then a figure and its harm.
_HEADLINE_LIST_ONE = compile_scan(
    rf"\s*(?P<one>(?:(?!(?:a|an|the|his|her|their|its|one|two|three|several|many|some|\d[\d,]*)\b)[\w'-]+\s+){{0,3}}?"
    rf"{_PERSON}),\s+(?={_SMALL_COUNT}\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:killed|dead|shot\s+dead|injured|wounded|hurt)\b)"
)
# ... or the person who closes it: "8 DRG jawans, driver killed in IED blast".
_HEADLINE_LIST_LAST = compile_scan(
    rf"\s*{_SMALL_COUNT}\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+,\s+"
    rf"(?P<one>(?:(?!(?:a|an|the|his|her|their|its|one|two|three|\d[\d,]*)\b)[\w'-]+\s+){{0,2}}?{_PERSON})\s+"
    r"(?:killed|dead|shot\s+dead|injured|wounded|hurt)\b"
)


_AND_RE = re.compile(r"\sand(?=\s)")


def _one_by_note(person: str, note: str | None) -> bool:
    """ "UN national staff (WFP) killed", "NNGO national staff (deminer) killed": a note that names one employer, trade
    or nationality makes the records' "staff" one person ("(drivers)", "(a driver and a guard)" do not)."""
    if not person.endswith("staff") or not note:
        return False
    words = note.split()
    return " and " not in f" {note} " and not words[-1].endswith("s")


def _headline_ones(low: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of a person without an article (see _HEADLINE_ONE, _HEADLINE_VERB_ONE) in low[a:b]; the verb-first
    style is read in the text's first sentence only, where a headline stands."""
    out: list[tuple[int, int]] = []
    # Nothing but spaces before the sentence: a text that opens on anything else needs no copy of its start.
    if a == 0 or low[0].isspace() and not low[:a].strip():
        out = [m.span("one") for m in _HEADLINE_VERB_ONE.finditer(low, a, b) if not m.group("one").endswith(_NOT_ONE)]
        for rx in (_HEADLINE_LIST_ONE, _HEADLINE_LIST_LAST):
            if (hm := rx.match(low, a, b)) is not None and not hm.group("one").endswith(_NOT_ONE):
                out.append(hm.span("one"))
    # "... killed by artillery shell near Mrauk-U; volunteer ambulance driver injured": a record's clause after a
    # semicolon opens as its sentence does
    starts = [a]
    semi = low.find(";", a, b)
    while semi != -1:
        starts.append(semi + 1)
        semi = low.find(";", semi + 1, b)
    for start in starts:
        m = _HEADLINE_ONE.match(low, start, b)
        if m is not None and (not m.group("one").endswith(_NOT_ONE) or _one_by_note(m.group("one"), m.group("note"))):
            out.append(m.span("one"))
            # "Staff member stabbed in the arm and national staff guard beaten": a second person and harm, told
            # the same way after "and"
            for am in _AND_RE.finditer(low, m.end(), b):
                m2 = _HEADLINE_ONE.match(low, am.end(), b)
                if m2 is not None and not m2.group("one").endswith(_NOT_ONE):
                    out.append(m2.span("one"))
    return sorted(out)


# Words that say people hit by an attack survived it ("taken to hospital"), and words that say someone died.
_SURVIVED = compile_scan(
    r"\b(?:taken\s+to\s+(?:a\s+|the\s+)?hospital|hospitali[sz]ed|treated\s+for|(?:non|not)[\s-]life[\s-]threatening|"
    r"(?:critical|serious|stable)\s+condition|injuries|wounds|expected\s+to\s+(?:survive|recover)|"
    # "was stabbed during a robbery. He survived." (not the obituary's "is survived by his wife")
    r"survived(?!\s+by\b))\b"
)
# "Five people were shot ... No deaths were reported": those hit all survived, whatever death word the text holds.
_NO_DEATHS = compile_scan(
    r"\bno\s+(?:one\s+(?:was\s+)?(?:killed|died)|deaths?\s+(?:were|was|has\s+been|have\s+been)\s+reported|"
    r"fatalities\s+(?:were|have\s+been)\s+reported)\b"
)
# ("the attempted murder of": no death)
_DEATH_WORD = compile_scan(
    r"\b(?:died|dead|death|deaths|killed|killing|fatal(?:ly)?|(?<!attempted\s)murder(?:ed)?|slain|bodies)\b"
)
# "shot dead a police officer and his son", "his 12-year-old son", "their daughter": a person named by the
# possessive is one person.
# "killed his landlord and the landlord's son": a person named by another's possessive is one person too.
# ("their private vehicle's driver": two words before the person)
_KIN = compile_scan(
    rf"\b(?:his|her|their|the\s+[a-z-]+['’]s)\s+(?:(?!(?:and|or)\b)[\w'-]+\s+){{0,2}}(?:ex-|former\s+)?{_PERSON}\b"
)
# "killed his mother and stepfather", "a husband and wife": the second person shares the first's possessive or
# article, and is one more person. Found from "and": the person words are tried only after it, not after every "a".
# "and(?<!\wand)" is "\band" with the word first: `re` searches for a pattern's literal opening by a fast loop of its
# own, where "\b" first makes it try every "a". "and teenage son", "and 12-year-old son": an age before the kin.
_KIN_AGE = (
    r"(?:[\w-]+-year-old|[\w-]+-month-old|teenage|young|younger|elder|older|eldest|youngest|infant|baby|pregnant)\s+"
)
_AND_PERSON = re.compile(rf"and(?<!\wand)\s+(?P<one>(?:{_KIN_AGE})?(?:ex-|former\s+)?{_PERSON})\b(?![s'’-])")
# "his mother, father and four-year-old brother": the people between commas share the first one's possessive too
_KIN_FIRST_BEFORE = compile_scan(
    rf"\b(?:his|her|their|a|an)\s+(?:[\w'-]+\s+)?(?:ex-|former\s+)?{_PERSON}"
    rf"(?P<mid>(?:\s*,\s*(?:[\w'-]+\s+)?{_PERSON}(?![s'’-])){{0,4}})\s*,?\s+$"
)
_KIN_MID = re.compile(rf",\s*(?P<one>(?:[\w'-]+\s+)?{_PERSON})")


def _kin_and(low: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the second person of a pair (see _AND_PERSON) in low[a:b], and of those listed between."""
    out = []
    for m in _AND_PERSON.finditer(low, a, b):
        first = _KIN_FIRST_BEFORE.search(low, max(a, m.start() - 90), m.start())
        if first is not None:
            out.append(m.span("one"))
            out += [mid.span("one") for mid in _KIN_MID.finditer(low, *first.span("mid"))]
    return out


# "killed his fiancée and her parents", "a couple and their four children": two people named as one pair.
_PARENTS = compile_scan(
    r"\b(?:(?:his|her|their)\s+(?:own\s+)?(?:parents|grandparents)|(?:a|an|the)\s+(?:[\w'-]+\s+)?couple)\b"
    r"(?!\s+of\b)"
)
# "Both volunteers and a shop owner were killed", "both of them died": two people, named by "both".
_BOTH = compile_scan(
    rf"\bboth\s+(?:of\s+them|(?:the\s+|(?:his|her|their)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_PERSON}s|men|women|children))\b"
)
# "Two other people, both health ministry staff working on the response, were wounded": an aside on the two, which
# the gap between the figure and its verb may hold ...
# (only right before the verb: "A couple and their two children, who were asleep upstairs, managed to get out and no
# one was injured" goes on with a clause of its own)
_WHO_ASIDE = compile_scan(
    r",\s*who\s+[^,.;()]{1,80},(?=\s*(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s*)?$)"
)
_BOTH_ASIDE = compile_scan(r",\s*both\s+[^,.;()]{1,80},")
# ... and which "both" opens after a figure of two, pointing back at it rather than counting two more.
_TWO_TOLD_BEFORE = compile_scan(r"\b(?:two|2)\s[^,.;]{0,40},\s+$")
# After a verb of harm, one person hit:
# - "killing the driver and injuring his assistant": a definite singular (not a pointer back to a figure, as
#   "the three" is);
# - "shot dead a Palestinian in Jenin", "wounding a 17-year-old during the raid": an age or a nationality with no
#   noun after it, when a preposition or the clause's end follows.
# One pattern for both, so the verbs are looked for once.
_ONE_AFTER_VERB = compile_scan(
    # "assassinated the chief minister", "murdered the headman": the killing verbs of a named target, too
    rf"\b(?:killing|killed|kills|wounding|wounded|injuring|injured|shot\s+dead|shooting\s+dead|gunned\s+down|"
    rf"assassinated|assassinating|murdered|murdering|(?:fatally|mortally)\s+(?:shot|shooting|stabbed|stabbing)|"
    # ("Rebels executed the governor of Antioquia province, a former defence minister and eight soldiers")
    r"executed|executing|beat(?:\s+up)?)\s+"
    # ("killed the prominent pro-war military blogger Vladlen Tatarsky")
    rf"(?:(?P<one>(?:the|its)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON})\b(?![s'’-])"
    # "shot dead journalist Maria Lopez", "Gunmen kill police officer in Kano": a singular role with no article is
    # a title before a name, or a headline's one person ("killed former university football player X")
    r"|(?P<titled>(?:(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|both|dozens|"
    r"scores|hundreds|more|other|another|his|her|their|its|the|a|an|and|or|but|in|at|on|by|with|when|while|as|"
    r"after|before|near|during|from|to|for|of|was|were|is|are|had|has|have)\b)[a-z-]+\s+){0,3}?"
    rf"(?!(?:staff|youth|police|member)\b){_PERSON})\b(?![s'’-])(?=\s+[a-z])"
    # "killed one person and injured another": one more, the clause's end right after it
    r"|(?P<another>another)(?=\s*(?:[,.;)]|$)|\s+(?:in|at|near|during|on|when|while|before|after)\b)"
    # "killing 32-year-old Heather Heyer": one person by age and name, with no article (not "17-year-old twins")
    r"|(?P<aged>\d{1,3}-year-old)(?=\s+[a-z])(?!\s+(?:[a-z]+\s+)?(?:boys|girls|men|women|twins|brothers|sisters|"
    r"children|students|friends|cousins|sons|daughters|people|persons|teenagers|teens)\b)"
    r"|(?P<bare>an?\s+(?:(?P<age>\d{1,3}-year-old)\s*)?(?P<dem>[a-z]+)?)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:in|at|near|during|on|from|who|as|and|after|while|when|outside|inside|with)\b))"
)


# "Conservative MP Sir David Amess has died after being stabbed", "Teacher Ann Maguire was killed": one person, by
# a title and a name, as the subject of a death (read in the text's own case, where a name shows), or of a wound
# ("Detective Chief Inspector John Caldwell, who was shot several times"), whose outcome the text tells after.
# The death or wound is found first (a rare phrase), then the title and name are read back from it.
_HARM_OF_ONE = compile_scan(
    # ("Police officer Chingtham Anand was hit by sniper fire and died")
    r"(?:\s(?:has\s+|had\s+)?(?:died|was\s+(?:killed|shot|stabbed|murdered|assassinated|wounded|injured|hit\s+by))|"
    r",\s+who\s+was\s+(?:shot|stabbed|wounded|injured))\b"
)
_TITLED_BEFORE = compile_scan(
    # ("General Abdul Raziq": an officer's rank, capitalised, which as a plain word is no person)
    rf"\b(?P<one>(?:(?:[A-Z][a-z]+\s+)?(?i:{_PERSON})|General|Gen\.|Brigadier|Major)"
    r"(?:\s+(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?))?(?:\s+[A-Z][\w'’-]+){1,4})$"
)
# "General Abdul Raziq, the powerful police chief of Kandahar, was killed": who he was, between the name and the verb
_WHO_HE_WAS_BEFORE = compile_scan(r",\s+(?:the|a|an)\s+[^,.;:]{3,60},$")
# A name of two or three words opening its sentence (or the text after a dateline's dash).
_NAME_OPENS_BEFORE = compile_scan(
    r"(?:^|(?<=[.!?]\s)|(?<=[—–-]\s)|(?<=\n))(?P<one>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){1,2})$"
)


def _titled_ones(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of _TITLED_BEFORE's people, each right before a death or a wound of one (_HARM_OF_ONE)."""
    out = []
    for dm in _HARM_OF_ONE.finditer(text, a, b):
        end = dm.start()
        wm = None
        if text[end - 1 : end] == "," and (wm := _WHO_HE_WAS_BEFORE.search(text, max(a, end - 70), end)):
            end = wm.start()
        tm = _TITLED_BEFORE.search(text, max(a, end - 90), end)
        if tm is None and wm is not None:
            # "Malalai Maiwand, a presenter with the private Enikass Radio and TV, was shot dead": a name that opens
            # the sentence, described between commas, needs no title
            tm = _NAME_OPENS_BEFORE.search(text, max(a, end - 60), end)
        if tm is not None:
            out.append(tm.span("one"))
    return out


# A word of a person's name, accents kept ("Juan de Dios Úsuga", "Kåre"), and what may join two of them.
_NAME_WORD_CASED = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+"
_NAME_JOIN = r"[ -](?:(?:al|el|bin|ibn|de|da|van|von|del|dos)[ -])?"
# "The car bomb which killed Darya Dugina", "gunmen shot dead Carlos Ruiz near his home": a person by name right
# after the killing verb, read in the text's own case. The name ends the clause, so "killed Boko Haram fighters" (a
# group's name before its people's noun) is none; a demonym or country first ("killed US Marines") is a people.
_NAMED_AFTER_VERB = compile_scan(
    r"\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead|gunned\s+down|assassinated|assassinating|murdered|"
    r"murdering|stabbed\s+to\s+death|(?:fatally|mortally)\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding))\s+"
    # ("killed senior Hezbollah Radwan Force commander Wissam al-Tawil": his rank and force before his name)
    # (Spanish and French names keep their accents: "Juan de Dios Úsuga", "Jérôme Élie")
    r"(?P<one>(?:(?:(?:senior|top|veteran|prominent|local)\s+)?(?:[A-Z][\w'’-]+\s+){0,4}?"
    r"(?:commander|leader|chief|official|cleric|journalist|activist)\s+"
    # ("killing retired Major General Janaka Perera": a rank, retired or not, before the name)
    r"|(?:(?:retired|former)\s+)?(?:(?:Major|Lieutenant|Brigadier|Rear|Vice|Air|Staff)\s+)?"
    r"(?:General|Colonel|Captain|Admiral|Marshal|Major|Lieutenant|Sergeant|Commander)\s+)?"
    rf"(?P<first>{_NAME_WORD_CASED})(?:{_NAME_JOIN}{_NAME_WORD_CASED}){{1,2}})"
    r"(?=\s*[,.;]|\s+(?:in|at|near|on|outside|inside|as|when|while|after|before|and|with|during|from)\b)"
)
# "killed Yevkurov's driver and a bodyguard": a named man's companion, by the possessive of his name.
_NAMES_KIN_AFTER_VERB = compile_scan(
    r"\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead|gunned\s+down|murdered|wounded|wounding|injured|"
    r"injuring)\s+(?P<one>[A-Z][\w-]+['’]s\s+(?:[a-z][\w-]+\s+)?(?i:" + _PERSON + r"))\b(?![s'’-])"
)
# "Gandhi and 14 others were killed": a name before "and N others" is one more of them, as before "and five other
# LTTE members" or "and three of his supporters".
_NAMED_AND_OTHERS = compile_scan(
    # ("Superintendent of Police ..., Amarjit Balihar, and five other policemen": the comma before "and" too)
    r"(?<![\w'’-])(?P<one>(?P<first>[A-Z][a-z'’-]+))(?=,?\s+and\s+(?:at\s+least\s+)?(?:\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+"
    # ("Amarjit Balihar and five other policemen": a plural in -men)
    # (not "In Lahore and two other towns": places)
    r"(?:others\b|other\s+(?!(?:[\w-]+\s+)?(?:towns|cities|villages|districts|provinces|regions|areas|places|"
    r"countries|states|locations|sites|parts|settlements|communities)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:[a-z]+(?:s|men)|people|personnel|police|staff)\b|"
    r"of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?[a-z]+s\b|"
    # ("Bhima Mandavi and four security personnel accompanying him were killed": his escort, by its duty)
    r"(?:[\w-]+\s+){0,2}?[a-z]+\s+(?:accompanying|escorting|guarding)\s+(?:him|her)\b))"
)
_NAMED_AND_OTHERS_HINTS = (
    " other", " of his ", " of her ", " of their ", " accompanying ", " escorting ", " guarding "
)
_NAMED_NOT_PERSON = frozenset(
    "marines rangers guards forces troops fighters rebels soldiers commandos militants police army state "
    "haram shabaab qaeda hezbollah hamas taliban "
    # a day's or a month's name before "and 25 others": "killed 14 people on Sunday, and 25 others were wounded"
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january february march april "
    "june july august september october november december".split()
)


# A person's name of two to four words, its words as _NAMED_AFTER_VERB reads them ("Kåre Arvid Hesvik").
_PERSON_NAME = rf"{_NAME_WORD_CASED}(?:{_NAME_JOIN}{_NAME_WORD_CASED}){{1,3}}"
# What the person was, between commas after the age: "Claude Erignac, 60, the prefect of Corsica, was shot dead",
# or where from: "Felani Khatun (15), of Nageshwari upazila, Kurigram, shot dead".
_AGED_ASIDE = (
    r"(?:\s+(?:the|a|an)\s+[^,;.()]{1,60}?,|\s+of\s+[^,;.()]{1,40}?,(?:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,)?)?"
)
# The age after a name, between commas or in brackets as South Asian and British papers give it: "X, 15," "X (15),".
_AGE_AFTER_NAME = r"(?:,\s+\d{1,3},|\s+\(\d{1,3}\),?)"
# People named, each with an age, as the subject of a passive harm: "Kåre Arvid Hesvik, 60, and Jon Erik Isachsen,
# 54, were killed", "Makram Ali, 51, was killed", "Jane Doe, 34, and John Roe, 41, were wounded"; a row's or a
# headline's passive has no "was" but its agent: "X (15) shot dead by border guards".
_NAMED_AGED_SUBJECTS = compile_scan(
    rf"(?<![\w'’-])(?P<list>{_PERSON_NAME}{_AGE_AFTER_NAME}{_AGED_ASIDE}"
    rf"(?:\s+(?:and\s+)?{_PERSON_NAME}{_AGE_AFTER_NAME}{_AGED_ASIDE})*)"
    r"\s+(?:(?:were|was)\s+(?:also\s+|both\s+|all\s+)?(?:killed|shot\s+dead|stabbed\s+to\s+death|murdered|"
    r"fatally\s+(?:shot|stabbed|wounded)|injured|wounded|hurt)\b|"
    r"(?:killed|shot\s+dead|stabbed\s+to\s+death|hacked\s+to\s+death|murdered|gunned\s+down)\s+by\b)"
)
_NAME_IN_LIST = compile_scan(rf"{_PERSON_NAME}(?={_AGE_AFTER_NAME})")
# First words that make a capitalised run no one's name: "Police Constable ..." is a title, not a person listed.
_NOT_FIRST_NAME = frozenset(
    "the a an two three four five six police officer officers constable sergeant detective mr mrs ms dr".split()
)


# One person named after the age, as the subject of a passive harm: "12-year-old Ava White was stabbed".
_AGED_NAMED_SUBJECT = compile_scan(
    rf"\b\d{{1,3}}-year-old\s+(?P<one>{_PERSON_NAME})\s+(?:was|has\s+been)\s+(?:fatally\s+)?"
    r"(?:shot|stabbed|killed|murdered|attacked|beaten|wounded|injured|hurt)\b"
)


def _named_subjects(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the people _NAMED_AGED_SUBJECTS names: each one a person counted by the passive verb after; and the
    one _AGED_NAMED_SUBJECT names."""
    out = []
    for m in _NAMED_AGED_SUBJECTS.finditer(text, a, b):
        for nm in _NAME_IN_LIST.finditer(text, m.start("list"), m.end("list")):
            if nm.group(0).split()[0].lower() not in _NOT_FIRST_NAME:
                out.append(nm.span())
    if "-year-old " in text[a:b]:
        out += [m.span("one") for m in _AGED_NAMED_SUBJECT.finditer(text, a, b)]
    return out


def _named_ones(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of _NAMED_AFTER_VERB's people: not a people or a group by its demonym, country or noun."""
    out = []
    g = load()
    found = itertools.chain(
        _NAMED_AFTER_VERB.finditer(text, a, b),
        _NAMED_AND_OTHERS.finditer(text, a, b) if any(w in text[a:b] for w in _NAMED_AND_OTHERS_HINTS) else (),
    )
    for m in found:
        words = m.group("one").replace("-", " ").split()
        first = fold(m.group("first"))
        if (
            first in g.demonyms
            or fold(words[-1]) in _NAMED_NOT_PERSON
            or any(p.kind == "country" for p in g.lookup(first))
        ):
            continue
        out.append(m.span("one"))
        end = m.end("one")
        while (nx := _AGED_NAME_NEXT.match(text, end, b)) is not None:
            # "killing John Smith, 60, and Peter Jones, 54": the list of the named, each with an age, goes on
            out.append(nx.span("one"))
            end = nx.end("one")
    return out


# The next person of a list named with ages, after the one before and its age: ", 60, and Peter Jones" (", 54").
_AGED_NAME_NEXT = compile_scan(rf",\s+\d{{1,3}},?\s+(?:and\s+)?(?P<one>{_PERSON_NAME})(?=,\s+\d{{1,3}}\b)")


def _ones_after_verb(low: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the one person hit right after a verb of harm (see _ONE_AFTER_VERB)."""
    out = []
    for m in _ONE_AFTER_VERB.finditer(low, a, b):
        group = next((g for g in ("one", "another", "titled", "aged") if m.group(g)), None)
        if group is not None:
            out.append(m.span(group))
            continue
        dem = m.group("dem")
        if (dem is None and m.group("age")) or (dem is not None and dem in load().demonyms):
            out.append(m.span("bare"))
    return out


# "shot dead two aid workers and wounded a third": an ordinal after the verb is one more person.
_ORDINAL_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_ORDINAL_ONE_AFTER_VERB = compile_scan(
    rf"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?P<one>an?\s+(?:{_ORDINAL_WORDS}))\b"
    r"(?!\s+(?:time|day|attack|blast|bomb|explosion|strike|shooting|round|wave))"
)
_ORDINAL_HINTS = tuple(f" {'an' if w[0] in 'aeiou' else 'a'} {w}" for w in _ORDINAL_WORDS.split("|"))
# Whether any hint is in a text, in one search: the hints share their opening " a", which `re` searches for by a fast
# loop of its own, where nine substring tests are nine passes over the text.
_ORDINAL_HINT = re.compile("|".join(re.escape(w) for w in _ORDINAL_HINTS))
_NOT_COUNTED_NOTE = r"\s*\((?:[^()]{0,40}\b(?:not\s+(?:counted|included)|excluded)\b[^()]{0,40})\)"
# "killed along with around 20 civilians, most of them truck drivers (not counted here)": the note after an aside
# on those it leaves out
_NOT_COUNTED_AFTER = compile_scan(
    r"(?:\s+[A-Za-z'-]+){0,4}(?:,\s+(?:most|many|all|some|several)\s+of\s+them(?:\s+[A-Za-z'-]+){1,4},?)?"
    + _NOT_COUNTED_NOTE,
    re.IGNORECASE,
)
# The same note as a clause of the figure's sentence: "Four patients were also killed but are not counted here",
# "six other civilians, who are not included in this count, died". Read on to the sentence's end, no further.
_NOT_COUNTED_CLAUSE = compile_scan(
    r"[^.;()]{0,80}?(?:\bbut|\bwho|\bwhich|\bthey|,)\s+(?:are|were|is|was)\s+not\s+(?:counted|included)\b"
)


# "More than 20 other people died in the 30-hour siege (not counted here)": the note at the clause's end.
_NOTED_FAR_AFTER = compile_scan(r"(?:\s+[\w'-]+){1,9}?" + _NOT_COUNTED_NOTE, re.IGNORECASE)


_AND_ANOTHER_PERSON = compile_scan(
    rf"\s(?:and|as\s+well\s+as)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\b"
)


# "43 bodies were buried", "the bodies were recovered": the dead told by what was done with them.
_BODIES_TENDED_AFTER = compile_scan(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:bodies|corpses)\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:later\s+)?"
    r"(?:buried|recovered|retrieved|collected|identified|handed\s+over|returned|laid\s+to\s+rest|taken)\b"
)


def _noted_far(text: str, q: Quantity, quantities: list[Quantity]) -> bool:
    """Whether a "(not counted here)" note closes the clause of `q`, with no other figure between them; or, when `q`
    counts others than the record's own ("Eighteen other people were killed and 24 injured (not counted here)"),
    with only the figures the same clause joins to it by "and"."""
    nm = _NOTED_FAR_AFTER.match(text, q.end)
    if nm is not None and _AND_ANOTHER_PERSON.search(text, q.end, nm.end()):
        return False  # "two women vaccinators and the police constable guarding them (not counted here)": the last
    if nm is None:
        return False
    between = [o for o in quantities if q.end < o.start < nm.end()]
    return not between or (
        _OTHERS_NOTED.match(text, q.end) is not None
        and all(text[max(q.end, o.start - 5) : o.start].lower().endswith("and ") for o in between)
    )


# "Eighteen other people", "12 others": people other than the record's own, whom a note may leave out.
_OTHERS_NOTED = compile_scan(r"\s+(?:others\b|other\s|more\s)", re.IGNORECASE)


def _noted_clause(low: str, q: Quantity, quantities: list[Quantity]) -> bool:
    """Whether the sentence's "who are not counted" clause is about the figure `q`: not when another figure
    stands between ("1 staff member killed, along with six other civilians who are not counted here": the six)."""
    nc = _NOT_COUNTED_CLAUSE.match(low, q.end)
    return nc is not None and not any(q.end < o.start < nc.end() for o in quantities)


# "Nineteen patients were killed (not counted here)": the note right after the verb that took the figure.
_NOTE_AFTER_VERB = compile_scan(_NOT_COUNTED_NOTE, re.IGNORECASE)
# "Two INGO national staff were among 12 people killed": aid-worker records count their own staff only (as
# "(not counted here)" says elsewhere), so the figure after "among" is the whole toll, not theirs.
# "2 staff were among the 35 killed"; in a record's telegraphic style, "3 INGO national staff among 16 civilians
# killed"
_AMONG_BEFORE = compile_scan(
    r"\b(?:(?:were|was|are)\s+(?:reportedly\s+)?)?among\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$"
)
_AID_SUBJECT = compile_scan(
    # (AWSD's "INGO", "NNGO" (national) and "LNGO" (local))
    r"\b(?:[inl]?ngos?|un|unicef|wfp|unhcr|icrc|msf|nrc|red\s+cross|red\s+crescent|aid\s+workers?|humanitarian\w*|"
    # the agencies by their names ("Twelve staff members of Medecins Sans Frontieres were among")
    r"medecins\s+sans\s+frontieres|doctors\s+without\s+borders|save\s+the\s+children|oxfam|mercy\s+corps|"
    r"world\s+vision|caritas|unrwa|international\s+rescue\s+committee|action\s+against\s+hunger|care\s+international|"
    r"halo\s+trust|relief\s+workers?)\b"
)
_HOW_BADLY_AFTER = compile_scan(
    r"\s+(?:of\s+them\s+)?(?:critically|seriously|severely|gravely|badly|fatally|mortally|slightly|lightly)\b",
    re.IGNORECASE,
)
_AND_OR = compile_scan(r"\b(?:and|or)\b", re.IGNORECASE)
_SELF = compile_scan(r"\b(?:himself|herself)\b")
# "the other was critically injured", "another was wounded", "a third injured", "another died": one more person.
_ONE_MORE_TAIL = (
    r"(?:\s+one)?(?=\s+(?:was|is|had|has|sustained|later|also|critically|seriously|"
    # "Three staff were wounded and a fourth killed": the telegraphic form drops the "was"
    r"injured|wounded|hurt|died|succumbed|killed|lost)\b)"
)
# The two openings ("the other", "another" or "a third") are scanned apart, each from its literal first word, which
# `re` searches for by a fast loop of its own (see _AND_PERSON): no match of one can overlap one of the other.
_ONE_MORE_THE = re.compile(rf"the(?<!\wthe)\s+other{_ONE_MORE_TAIL}")
_ONE_MORE_A = re.compile(rf"a(?<!\wa)(?:nother|n?\s+(?:{_ORDINAL_WORDS})){_ONE_MORE_TAIL}")


def _one_more(low: str) -> list[re.Match[str]]:
    """Each "the other", "another" or "a" and an ordinal ("a third") with _ONE_MORE_TAIL after it, in order: what one
    scan of the three openings finds."""
    return sorted([*_ONE_MORE_THE.finditer(low), *_ONE_MORE_A.finditer(low)], key=lambda m: m.start())


# Transitive uses read forward when a number follows at once ("X, 38, fatally shot three coworkers").
_ACTIVE = compile_scan(
    r"killed|(?:fatally|mortally)\s+(?:shot|stabbed|wounded|injured)|shot\s+and\s+killed|gunned\s+down|murdered|"
    r"assassinated|beheaded|decapitated|"
    r"neutrali[sz]ed",  # "troops neutralised 12 bandits" (a number of IEDs or mines is no head count)
    re.I,
)
# "A man shot and wounded four people": a wounding verb in the active voice takes the figure after it as its
# object; the subject before it ("a man") is who did it. Read forward only when not passive ("were wounded").
_ACTIVE_HURT = compile_scan(r"(?:shot|stabbed)\s+and\s+(?:\w+ly\s+)?(?:wounded|injured)|wounded|injured", re.I)
# "A man shot dead his wife and four children", "A mob burned alive three suspected thieves": the killing verb's
# object is the figure after it, not the subject before it ("a man", read as a victim in "A man shot dead in
# Lagos"). Read forward only when not passive ("were shot dead two days ago").
_ACTIVE_DEATH = compile_scan(r"shot\s+dead|(?:shot|stabbed|beaten|burned)\s+to\s+death|burn(?:ed|t)\s+alive", re.I)
# The words after a killing verb that make it active ("Two officers fatally shot the gunman", "... shot dead Hale"):
# its object, a person or people with their article or name, not a headline's "Two shot dead Saturday", "Four killed
# the same night".
_OBJECT_AFTER = compile_scan(
    # (not past a blank line: "five bodyguards shot dead" ends its headline)
    r"(?![ \t]*\n[ \t]*\n)\s+(?!(?:the\s+)?(?:same|previous|next|following|day|night|morning|evening|week|weekend)\b)"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|Last|This|Early|Late|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?:(?P<indef>a|an)|the|his|her|their|him|them|[A-Z][a-z]+)\b"
)
def _doers_before(cased: str, items: list[Item], live: list[int], km: re.Match[str]) -> bool:
    """Whether the figure before an active killing verb is who did it: the verb has an object ("Two officers
    fatally shot the gunman", "... shot dead Hale"). An indefinite object after one person stays ambiguous ("A man
    armed with a machete killed a church sacristan": the one dead is read from the subject, as before)."""
    om = _OBJECT_AFTER.match(cased, km.end())
    if om is None:
        return False
    if om.group("indef"):
        prior = [i for i in live if items[i].q.end <= km.start() and not items[i].used]
        return bool(prior) and items[prior[-1]].q.value > 1
    return True


_ACTIVE_KILL = compile_scan(rf"{_ACTIVE.pattern}|{_ACTIVE_DEATH.pattern}|shot\s+and\s+(?:wounded|injured)", re.I)
_ORDINAL = compile_scan(rf"\b(?:{_ORDINAL_WORDS})\b", re.I)
_PARENT_OF_BEFORE = compile_scan(r"\b(?:father|mother|parent|grandfather|grandmother|grandparent)\s+of\s+$")
_PLURAL_VERB_BEFORE = compile_scan(r"\b(?:are|were)\s+(?:now\s+|all\s+)?$", re.I)
_ORDINAL_RANK = {w: i for i, w in enumerate(_ORDINAL_WORDS.split("|"), 2)}
# The forces' fight with those they name, in which both sides' men fell: "killed in a gunfight with militants".
_GUNFIGHT = compile_scan(
    r"\b(?:gun\s*fights?|encounters?|exchanges?\s+of\s+fire|fire\s*fights?|shoot-?outs?|clash(?:es)?)\s+with\b"
)
# "..., police said after the bodies of 17 more jawans were recovered": the finding that brought a toll up to date.
_FOUND_AFTER_BEFORE = compile_scan(r"\bafter\s+(?:the\s+)?(?:bodies|remains)\s+of\s+(?:another\s+|a\s+further\s+)?$")
_ALSO = re.compile(r"also(?<!\walso)\b")  # "\balso\b", its literal first (see _AND_PERSON)
_SEVERAL_BLASTS = compile_scan(
    r"\b(?:two|twin|three|multiple|both)\s+(?:[\w-]+\s+){0,2}?(?:bombs|blasts|explosions|bombings|car\s+bombs|"
    r"suicide\s+bombers|explosive\s+devices)\b",
    re.IGNORECASE,
)
_ALONE_BEFORE = compile_scan(r"\b(?:crews?|teams?|hospitals?|clinics?|it|they|he|she|staff)\s+alone\b", re.IGNORECASE)
# After a semicolon in the opening, another attack told by its own noun: "; funeral bombing kills 24 in east", "; 33
# die in separate attack in Ghor" (not "; 40 wounded" nor "; second victim, a 29-year-old woman, treated for a graze
# wound", more of the same attack).
_OTHER_STORY_AFTER_SEMI = compile_scan(
    r"\bseparate\b|\b(?:bombing|blast|explosion|attack|strike|air\s?strike|raid|ambush|shelling)s?\b"
)
_ADDITIVE_EVENT = compile_scan(r"\b(?:second|third|another|further)\s+(?:blast|explosion|attack|bomb|strike|shooting)")
# A second attack told in the lede's sentence, somewhere else: "while a second blast in the northern city of
# Mazar-i-Sharif killed four more", "and a second blast hours later killed five worshippers at a mosque in the
# northwest", "while a suicide bomber killed 24 mourners at a funeral in the east of the country".
_ELSEWHERE_ACT = compile_scan(
    # ("while a fourth woman blew herself up at a Kurdish protest rally in the northern city of Kirkuk")
    # ("while a separate suicide car bombing at a police station in the city killed 13": told apart, wherever it was)
    r"\b(?:while|whereas|and)\s+a\s+separate\s+(?:[\w-]+\s+){0,2}?(?:blast|explosion|bomb(?:ing)?|attack|strike|"
    r"shooting)\b"
    r"|\b(?:while|whereas|and)\s+(?:a\s+(?:second|third|fourth|separate)\s+|another\s+|a\s+)(?:[\w-]+\s+){0,2}?"
    # ("while a series of bombings in a Shi'ite shrine area south of Damascus killed dozens more")
    r"(?:blast|explosion|bomb(?:ing)?|attack|strike|suicide\s+bomber|shooting|(?:wo)?man\s+blew\s+(?:her|him)self\s+up|"
    r"series\s+of\s+(?:bombings|blasts|explosions|attacks))"
    r"\b[^.;]{0,100}?\bin\s+(?:the\s+|an?\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|east|west)?(?:ern)?\s+(?:city|town|province|region|district|state)\b|"
    r"(?:[\w'-]+\s+){0,3}?(?:area|district|suburbs?|outskirts)\s+(?:north|south|east|west)\s+of\s+"
    r"(?!the\s+(?:city|town|village|capital)\b)[a-z]|"
    # ("while a smaller bomb in the Shaab district the same night killed five": a quarter named)
    r"(?!same\b|nearby\b)[a-z-]+\s+(?:district|neighbou?rhood|quarter|province)\b|"
    r"(?:north|south|east|west)(?:east|west)?(?:\s+of\s+the\s+country)?\b(?!\s+(?:of\s+(?!the\s+country)|side|gate|wing|end|bank)))"
)
_AGGREGATE = compile_scan(
    # (not where the hurt were taken: "59 injured people have been taken to 8 hospitals across Greater Manchester")
    r"\b(?:(?<!hospitals\s)(?<!hospital\s)across|throughout|nationwide|in\s+(?:a\s+)?(?:series|wave)\s+of|in\s+(?:several|separate|multiple|"
    r"different)\s+(?:attacks|strikes|incidents|places|areas|locations)|"
    # "In all, at least 57 people died in the two cities": the day's attacks in two places, summed
    r"in\s+(?:the\s+)?(?:two|three|four|both)\s+(?:cities|towns|attacks|bombings|blasts|places|provinces)|"
    # "Russian attacks killed 14 people in the Kharkiv region": a day's attacks summed, told one by one after
    r"(?:attacks|strikes|air\s?strikes|raids|shelling)\s+(?:on\s+[\w\s'-]{1,40}?\s+)?(?:killed|have\s+killed|left)|"
    # "The eight coordinated bombings across the country killed more than 250 in total": the acts counted
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|serial)\s+(?:(?:coordinated|suicide|separate|"
    r"simultaneous)\s+)?(?:bombings|attacks|blasts|explosions))\b"
)
# "In total, 79 people had been killed in the district this year before Thursday's attack": a total over a
# stretch of time, the event's background, never a fuller count of the event itself.
_OVER_A_PERIOD = compile_scan(
    r"\b(?:(?:this|last|the\s+past)\s+(?:year|month)|so\s+far|since\s+(?:the\s+start|the\s+beginning|january|"
    r"[12]\d{3})|before\s+(?:the|this|\w+'s)\s+(?:attack|strike|bombing|ambush|shooting|massacre|raid))\b",
    re.IGNORECASE,
)
# "killed five persons, including the village head": one of those counted named beside the figure.
_INCLUDING_ONE_AFTER = compile_scan(
    r"\s+(?:[\w-]+\s+){0,2}?(?:persons|people|villagers|residents|others)?,?\s*(?:including|among\s+them)\s+"
    # ("killed three people, among them Gov. Mohammad Dawood Muzammil": a title before the name)
    r"(?:the|a|an|his|her|their|(?:gov|gen|col|maj|capt|lt|dr|sen|rep)\.)\s"
)
# "a weekend in which at least 14 people were murdered": the period's toll, which holds the event's own dead.
_PERIOD_CLAUSE_BEFORE = compile_scan(
    r"\b(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?(?:weekend|week|day|night|month|year|period|fortnight|spell|stretch)\s+"
    r"in\s+which\s+(?:[\w-]+\s+){0,2}$"
)
# "in all, four people died" (not "fired in all directions")
# "In all, five people died", "In all 29 people died, including the six attackers"
# ("ten people in all were killed when missiles hit two vehicles": the count's own words, before its verb)
_IN_TOTAL = compile_scan(
    # ("He killed 32 people in all.": the sentence's last words)
    r"\bin\s+(?:total\b|all(?=[,.;]|\s+\d|\s+(?:were|was|have|had|died)\b))|\baltogether\b|\boverall\b"
)
_SET_APART_BEFORE = compile_scan(r"\b(?:not\s+counting|not\s+including|excluding|apart\s+from)\s+$")
# The words between a figure and its death verb, when the verb is its own: "2,191 people died", "1,500 villagers were
# killed" (not "evacuate some 75,000 people, and no one was killed").
_FIGURE_VERB_GAP = compile_scan(r"\s+(?:[a-z-]+\s+){0,2}?(?:were\s+|had\s+been\s+|have\s+been\s+)?")


def _bound_to_verb(text: str, parts: list[Item], km: re.Match[str]) -> bool:
    """Whether the death verb `km` follows the last figure of `parts` as its own verb (see _FIGURE_VERB_GAP)."""
    end = parts[-1].q.end
    return km.start() >= end and _FIGURE_VERB_GAP.fullmatch(text, end, km.start()) is not None


# What marks a large toll as a war's or a period's: its war, its years, a count still running.
_RUNNING_TOLL_CUE = compile_scan(
    r"\b(?:wars?|conflicts?|insurgency|fighting|crisis|uprising|revolution|occupation|campaign|offensive|violence|"
    r"since|so\s+far|to\s+date|total|overall|cumulative|years?|months?|decades?|per\s+year|annually|"
    r"have\s+been|has\s+been|had\s+been|have\s+(?:died|killed|lost)|has\s+(?:killed|claimed|left)|country|nationwide|"
    r"across|estimated|by\s+(?:mid|late|early|the\s+end))\b"
)
_EVENT_CUE = compile_scan(
    r"\b(?:attack|blast|bomb|bombing|explosion|strike|raid|shooting|massacre|ambush|assault|shelling|"
    r"earthquake|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # "On 12 June 2014, fighters killed an estimated 1,566 cadets": a day, not a period
    rf"on\s+(?:\d{{1,2}}\s+{MONTHS}|{MONTHS}\s+\d{{1,2}}\b)"
    # a record's row opening on its day: "12 June 2014, near Tikrit: ISIL fighters executed some 1,700 cadets"
    rf"|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}:?,|{MONTHS}\s+\d{{1,2}},\s+\d{{4}}:?,)"
)
# A bracket, or an aside between two dashes, as a bracket is read: "Nine persons — eight personnel of the District
# Reserve Guard and the civilian driver of their vehicle — were killed".
# An aside between dashes may hold a bracket of its own: "— eight personnel of the District Reserve Guard (DRG) and
# the driver —".
_PAREN = compile_scan(
    # (a hyphen between spaces is the plain-text writer's dash: "Ten members - six Americans and four others - were")
    # ("— from Britain, Poland, a U.S.-Canadian dual national and a Palestinian —": an initial's dot ends no aside)
    r"\([^()]{0,200}\)|(?<=\s)[—–-](?=\s)(?:[^—–()\n.;]|\([^()\n]{1,40}\)|(?<=\S)-(?=\S)|(?<=\b[a-z])\.){1,200}?"
    r"\s[—–-](?=\s)"
)
# "At least 11 people, including the bomber, were killed", "27 people, among them seven children, died": an
# aside between the figure and its verb.
# "a second man, 19, was shot": the age after the person (numbers.py drops it as a count) is no gap.
_AGE_ASIDE = compile_scan(
    r"^\s*,\s*\d{1,3}\s*,"
    # "Two children, aged 6 and 9, were killed", "three men aged between 20 and 35 were shot": their ages
    r"|,?\s+(?:aged|ages?)\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|or|-)\s*(?:and\s+)?\d{1,3})*\s*,?(?=\s)"
    # "a woman in her 50s, was taken to hospital": an age by its decade
    r"|\s+in\s+(?:his|her)\s+(?:early\s+|mid-?|late\s+)?\d0s\s*,?(?=\s)"
)
# "Four residents of Lembantongoa village, Palolo sub-district, Sigi district, Central Sulawesi province, were
# killed": the divisions that hold the victims' village, an aside as long as the chain of units goes.
_UNIT_CHAIN_ASIDE = compile_scan(
    r"(?:,\s*(?:[a-z][\w'-]*\s+){1,3}(?:sub-?districts?|districts?|provinces?|regency|state|region|county|"
    r"governorate|lga|territory|oblast|municipality|zone|township|woreda))+(?=,)"
    # "residents of Lemban Tongoa village in Sigi regency, Central Sulawesi, were killed": the unit's division
    r"|(?:(?<=regency)|(?<=district)|(?<=province)|(?<=county)|(?<=state))(?:,\s*(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)(?=,)"
)
# A US state's or a title's abbreviation closed by its dot inside the subject, not a sentence's end: "Ga.,", "Pa.,"
_STATE_ABBREV_DOT = compile_scan(r"(?<=[\s,])(?:[a-z]{1,5}|[a-z]\.[a-z])\.(?=,\s)", re.IGNORECASE)
_INCLUDING_ASIDE = compile_scan(
    # "Three women and six children, members of extended Mormon families who ..., were killed"
    # ("at least 600 civilians, mostly seasonal labourers of Amhara origin, were killed": who most of them were)
    r",\s*(?:including|among\s+(?:them|whom)(?:\s+(?:were|are))?|most\s+of\s+them|many\s+of\s+them|members\s+of|"
    # ("Three women and six children, all dual U.S.-Mexican citizens from the LeBaron family, were killed")
    r"mostly|mainly|largely|all|"
    # "Seven people, three of them children, were killed"
    # ("Three other people, including two U.S. citizens, were wounded": an initial's dot ends no aside)
    r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+of\s+them)\s+(?:[^;.()]|(?<=\b[A-Za-z])\.){1,100},"
    # "at least 100 people, children among them, were killed": who some were, the "among them" after
    r"|,\s*(?:[\w'-]+\s+){1,4}?among\s+them\s*,"
)
# "Nine people including a child were wounded": the same aside without its commas, up to the verb.
_INCLUDING_BARE = compile_scan(r"\s+including\s+(?:[\w'-]+\s+){1,5}?(?=(?:were|was|are|have\s+been|had\s+been)\s+$)")
# "In addition to the two assailants, 103 people were killed": attackers who died on top of the figure.
_IN_ADDITION_PERP = compile_scan(
    # ("killing seven people besides the two bombers and injuring more than 50")
    # (a record's "Police: 18 killed plus the 3 bombers; 22 injured")
    r"\b(?:in\s+addition\s+to|besides|plus)\s+(?:the\s+)?(?:(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+)??(?:suicide\s+)?"
    # ("A car bomb driven into UN House killed 21 people in addition to the driver, 13 of them UN staff")
    r"(?P<who>assailants?|attackers?|bombers?|gunm[ae]n|perpetrators?|militants?|shooters?|driver)(?:\s*[,;.]|\s+and\b)"
)
# "killing 17 people in addition to himself", "killing 40 people besides themselves": the bombers are more dead, as
# in "killing himself and 17 others" (their number, for "themselves", told before in the sentence).
# ("killing three civilians as well as themselves": "themselves" is no item of a list, as "himself" is)
_BESIDES_SELF = compile_scan(
    r"\b(?:in\s+addition\s+to|besides)\s+(?P<who>himself|herself|themselves)\b"
    r"|\b(?:as\s+well\s+as|and)\s+(?P<who2>themselves)\b"
    # "killing eleven people, eight of them police officers, as well as himself"
    r"|\bas\s+well\s+as\s+(?:himself|herself)\b"
)
_SINGULAR_PERP = frozenset("assailant attacker bomber gunman perpetrator militant shooter driver".split())
# "A court sentenced a rapper to death", "condemned three men to death": a sentence, not a killing.
_SENTENCED_BEFORE = compile_scan(r"\b(?:sentenc|condemn)(?:ed|es|ing)\b[^.;]*$", re.IGNORECASE)
# A lone victim first "shot" and then said to have died ("He died as a result of the attack").
# ("She was taken to Alder Hey Children's Hospital but died a short time later": the way to hospital first)
_LATER_DIED = compile_scan(
    r"\b(?:he|she)\s+(?:was\s+(?:taken|rushed|flown|airlifted|transported|driven)\s+to\s+[^.;]{0,60}?\s+"
    r"(?:but|and|where\s+(?:he|she))\s+)?"
    r"(?:later\s+|subsequently\s+)?(?:died|succumbed|was\s+(?:later\s+)?pronounced\s+(?:dead|deceased))\b"
)
_THEN_DIED_AFTER = compile_scan(
    r"[^.;]{0,40}?\s+and\s+(?:was\s+)?(?:later\s+)?(?:(?:pronounced|declared)\s+(?:dead|deceased)|died)\b"
)
_SHOT_BODY_PART = compile_scan(
    r"\b(?:shot|stabbed|wounded|hit)\s+(?:\w+\s+){0,4}?in\s+(?:(?:the|his|her)\s+)?(?:leg|legs|arm|arms|hand|foot|"
    r"feet|shoulder|back|chest|head|stomach|abdomen|thigh|knee|neck|face)\b",
)
_NOMINAL = compile_scan(
    r"deaths?|killing|murders?|homicides?|remains|bodies|fatal\s+(?:shootings?|stabbings?|beating)|massacre|executions?|"
    r"slaughter|"
    r"(?:claimed|claiming|claims)\s+the\s+lives|injur(?:y|ies)",
    re.I,
)
# After "shot" a second verb may intervene ("shot and wounded 5"); after any other word only space may.
# "shot his two sons": the possessive before the figure of the attacker's own kin.
_HIT_GAP = compile_scan(r"\s*(?:(?:and|or)\s+(?:killed|wounded|injured)\s+)?(?:(?:his|her|their)\s+)?")
# "killed a family of five": the family's size is the count; "killed his two children": his kin. A communique's
# words may be quoted: 'had neutralised "around fifty terrorists"'.
_PLAIN_GAP = compile_scan(
    r"\s*(?:[\"“‘']\s*)?"
    # ("blasts that killed the attackers and two guards": the attackers uncounted, then the figure)
    r"(?:(?:the|both|all)\s+(?:suicide\s+)?(?:attackers|bombers|assailants|gunmen)\s+and\s+)?"
    r"(?:all\s+|(?:a|an|the|his|her|their|one|an\s+entire)\s+family\s+of\s+|(?:his|her|their)\s+)?"
)
# "deaths of 12 people", "the killing and mutilation of four civilians"
_OF_GAP = compile_scan(
    r"(?:\s+and\s+(?:mutilation|torture|beheading|dismemberment|burning|rape|disappearance|kidnapping|abduction))?"
    r"\s+of\s+"
)
# "The dead were six soldiers and two civilians", "Among the dead were ...", "Killed were ...", "Those killed included
# ...": the dead named after the word for them. After a toll they are its parts (the first figure stands); alone,
# they are the dead the text knows of.
_DEAD_NAMED_BEFORE = compile_scan(r"\b(?:the|among\s+the|those)\s+$")
_DEAD_NAMED_GAP = compile_scan(r"\s+(?:were|included|include|includes)\s+(?:also\s+)?")
_DEAD_NAMED_WORDS = frozenset(("dead", "killed", "wounded", "injured"))
# "Six soldiers and two civilians were among the dead": the same, the dead named before the word for them.
_AMONG_DEAD_GAP = compile_scan(r"(?:\s+[a-z'-]+){0,3}?\s+(?:were|was)\s+(?:also\s+)?among\s+the\s+")
# "Fatalities: 9" ("Deaths (best estimate): 103": the coders' note on the figure, between)
_LABEL_GAP = compile_scan(r"\s*(?:\([a-z ]{1,30}\)\s*)?:\s*")
_FIELD_NOUNS = frozenset(("victims", "people", "persons", "civilians", "total"))
# ACLED's tags before the field: "[size=no report] Fatalities: 0."
_CODER_TAGS = compile_scan(r"\[[^\[\]]{1,40}\]")


def _opens_field(text: str, s0: int, label: int) -> bool:
    """Whether the label at `label` opens a record's field: the line's start, or right after a sentence the
    splitter kept with it ("... in Boni. [size=no report] Fatalities: 3.")."""
    before = _CODER_TAGS.sub("", text[s0:label]).rstrip(" \t\n*-\u2022")
    if before.endswith((" reported", " Reported")):
        before = before[: -len(" reported")]  # "Civilians reported killed: between 105 and 141"
    # "Victims killed: 0 | Victims injured: 5": the Gun Violence Archive's fields, named by whom and split by bars
    head, _, last = before.rpartition(" ")
    if (last or head).lower() in _FIELD_NOUNS:
        before = head.rstrip(" \t\n*-\u2022") if last else ""
    # ("...; fatalities: 27; injured: 2": a row whose fields are split by semicolons; "South Waziristan — Total
    # killed: 6-10 — Injured: 2-3": by dashes)
    return not before or before.endswith((".", "!", "?", "|", ";", "\u2014", "\u2013"))


# "injuries to three other civilians", "the injury of six others"
_TO_GAP = compile_scan(r"\s+(?:to|of)\s+(?:(?:the|another|an\s+additional)\s+)?")
_PASSIVE_BEFORE = compile_scan(r"\b(?:was|were|been|being)\s+(?:found\s+)?$")


_ASIDE_CLOSE = compile_scan(r"[^,.;]{0,38},\s+(?:and\s+)?(?:was|were|is|are|has|had|survived|died|remains?|later)\b")


def _passive_before(window: str) -> bool:
    """Whether the words before a verb make it passive ("were found killed"); most windows hold none of them."""
    return ("was" in window or "were" in window or "been" in window or "being" in window) and bool(
        _PASSIVE_BEFORE.search(window)
    )


# "..., a police officer said": the source of the figures before it; "..., two residents and a hospital official
# said": two sources
_SPEECH_AFTER = compile_scan(
    # ("killing at least 49 people, a government doctor working in the area said")
    r"(?:\s+[\w'-]+){0,4}?(?:\s+and\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s+(?:said|says|told|reported|added|confirmed|"
    r"stated|tweeted)\b",
    re.IGNORECASE,
)
# "An aid worker said", "a resident told Reuters": one person speaking, the figures' source, not one of the dead.
_ONE_SPEAKS_AFTER = compile_scan(r"\s+(?:said|says|told|tells|added|confirmed|believed|believes)\b")
# "shot 32 students and faculty members to death": the people's words, two nouns joined, before the fate
_TO_DEATH_AFTER = compile_scan(r"^(?:\s+[a-z'-]+){0,5}\s+(?:to\s+death|dead)\b")

_STRUCK = r"struck\s+by\s+(?:gunfire|bullets|a\s+(?:stray\s+)?bullet|stray\s+bullets)"
_KILL = (
    # "Chad has lost ninety-two soldiers", "the army lost 12 men": a force's own dead
    r"lost(?=\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|over\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?|dozens|scores|"
    r"hundreds)\s+(?:of\s+(?:its|their)\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|men|officers|policemen|personnel|"
    r"fighters|servicemen|peacekeepers|gendarmes|guards|members)\b)|"
    # "A bystander was struck by a stray bullet and killed": the hit and the death, one casualty word
    rf"{_STRUCK}\s+and\s+killed|"
    # "fatally wounding two students": the participle of a killing, read forward as "killing two" is
    # (not "before fatally shooting himself": the records leave that gunman out, see _PERP_SUICIDE)
    r"(?:fatally|mortally)\s+(?:shot|stabbed|wounded|injured|"
    r"(?:shooting|stabbing|wounding|injuring)(?!\s+(?:himself|herself|themselves)\b))|"
    r"fatal\s+(?:shootings?|stabbings?|beating)|shot\s+(?:and\s+killed|dead|to\s+death)|stabbed\s+to\s+death|"
    r"beaten\s+to\s+death|burned\s+to\s+death|trampled\s+to\s+death|tortured\s+to\s+death|gunned\s+down|"
    r"lost\s+their\s+lives|"
    # "Two soldiers paid the supreme price": the Nigerian military's words for its dead
    r"paid\s+the\s+(?:supreme|ultimate)\s+price|"
    # "beaten and hacked to death", "found shot execution-style": two harms that kill, and a killing's manner
    r"(?:beaten|tortured|stabbed|shot)\s+and\s+(?:hacked|stabbed|beaten|burned|clubbed)\s+to\s+death|"
    r"shot\s+(?:dead\s+)?execution[\s-]style|lined\s+up\s+and\s+shot(?:\s+dead)?|"
    r"killed|killing|kills?|"
    # "the massacre of 30 villagers", and the headline's verb: "Militants massacre 30 in eastern Congo"; "the murder
    # of five men and two women", "the homicide of" (a prosecutor's word), with the figure right after "of"
    # ("the execution of more than 200 men", "the slaughter of 194 prisoners": a court's words for a massacre)
    r"(?:massacres?|(?:murders?|homicides?|executions?|slaughter)(?=\s+of\s))(?=\s+(?:of\s+)?(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|over\s+|around\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty\b|dozens|scores|hundreds))|"
    # "investigating the murder of a man in Leeds": one person, named by "a"
    # (not "the highest-profile killing of a Taliban official since 2021": a comparison with others)
    r"(?<!attempted\s)(?<!profile\s)(?<!deadliest\s)(?<!worst\s)(?<!latest\s)(?:murder|homicide|killing)"
    r"(?=\s+of\s+an?\s)|"
    # Headline verbs in the present: "Gunmen slay 6 farmers", "Militants behead 11", "Gunmen gun down 4 traders",
    # "Man murders 3" (the noun "murders" counts nothing: "300 murders this year" is a crime rate), "Mob lynches 2"
    # (never the bare "lynch": "David Lynch", "Lynch syndrome").
    r"slays?|beheads?|guns?\s+down|gunning\s+down|lynch(?:ed|es|ing)|slaughter(?:ed|ing|s)?|massacring|"
    r"murders(?=\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty\b))|"
    # "Twelve lives were lost", "30 people perished", "eight were burnt alive": the dead in other words.
    r"lives\s+(?:were|have\s+been|had\s+been)\s+lost|perish(?:ed|es|ing)?|burn(?:ed|t)\s+alive|"
    # "Two others succumbed to their wounds": the dead, and "wounds" no second figure of the injured.
    r"succumb(?:ed|s|ing)?(?:\s+to\s+(?:their|his|her|the)\s+(?:wounds|injuries))?|"
    r"(?:claimed|claiming|claims)\s+the\s+lives|neutrali[sz]ed|"
    # (police releases: "A 58-year-old man was pronounced deceased at the scene")
    # "A woman in her 40s was found with fatal injuries": a police release's words for the dead
    r"(?:found|discovered)\s+with\s+fatal\s+(?:[\w-]+\s+)?(?:injuries|wounds)|"
    r"(?:suffered|sustained)\s+fatal\s+(?:[\w-]+\s+)?(?:injuries|wounds)|"
    # (not "described as being between life and death": hurt, critically)
    r"to\s+death|found\s+dead|(?:pronounced|declared)\s+deceased|dead|died|die|(?<!\blife\sand\s)deaths?|slain|"
    r"murdered|massacred|"
    # "We now have three deceased and 13 injured": the dead, as a police statement counts them
    # "Six victims are deceased.", "found two men deceased inside the home": a release's words for the dead
    r"(?<=\d\s)deceased|(?<=[a-z]\s)deceased(?=\s+(?:and|,)\s|\s*[.;]|\s+(?:at|in|inside)\s+the\s)|"
    r"executed|beheaded|decapitated|"
    # "Insurgents attacked the village, beheading 3 civilians" (Cabo Delgado's and the Sahel's incident logs)
    r"beheading|decapitating|"
    r"assassinated|fatalities|"
    # South Asian and Arab outlets' word for soldiers, police or civilians killed in an attack: "two soldiers
    # were martyred", "a sepoy embraced martyrdom". Only verb forms: "martyrs" names the honoured dead of any age.
    r"martyred|martyring|(?:embraced|embracing|attained|attaining)\s+(?:martyrdom|shahadat)|"
    # ...but a ministry's toll that pairs them with the wounded counts them: "resulted in five martyrs, including
    # two women, and eight wounded"
    r"martyrs(?=\s*(?:,[^.;]{0,50},)?\s+and\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:others?\s+)?(?:wounded|injured)\b)|"
    # A force's own communique: "two police officers fell in the line of duty", "soldiers who fell in combat"
    r"fell\s+in\s+(?:the\s+line\s+of\s+duty|combat|action|battle)|"
    # "the remains of three victims", not the verb: "A fourth staff member remains missing"
    r"bodies|remains(?!\s+(?:missing|unaccounted|in|at|under|unclear|unknown|critical|stable|closed|open|high|tense|"
    r"on|a|an|the|to|hospitali[sz]ed|detained|held|captive)"
    # nor a thing's: "examining the remains of the device"
    r"|\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:device|bomb|vehicle|car|truck|bus|building|house|rocket|missile|drone|"
    r"shell|aircraft|plane|helicopter|ied)s?\b)|lifeless|lives"
)
# "claimed at least 14 lives": "lives" counts the dead only as the object of a toll verb ("saved 14 lives" not).
_LIVES_TOLL_BEFORE = compile_scan(
    r"\b(?:claimed|claiming|claims|claim|cost|costing|costs|took|taking|takes)\s+(?:(?:at\s+least|more\s+than|over|"
    r"nearly|almost|about|some|around|up\s+to|an\s+estimated)\s+)?[\w,-]+\s+(?:more\s+|other\s+|civilian\s+|human\s+)?$"
)
_INJURE = (
    r"(?:shot|stabbed)\s+and\s+(?:(?:seriously|critically|severely|gravely|badly|slightly)\s+)?(?:wounded|injured)|wounded|wounding|wounds?|injured|injuring|injur(?:y|ies)|injures?|hurt|hurting|hospitali[sz]ed|maimed|"
    r"assaulted|beaten|hit\s+(?:with|by)|"
    # "a man was stabbed to death and two others were cut during a fight": knife wounds, told plainly
    # (told with the fight or the blade, so "ten trees were cut" is no one; a look-behind of one width keeps the
    # phrases' first words readable to WordScan)
    r"(?<=were\s)(?:cut|slashed)(?=\s+(?:during|in)\s+(?:a|an|the)\s+(?:fight|brawl|attack|stabbing|melee|"
    r"scuffle|altercation)\b|\s+(?:by|with)\s+(?:a|an|the)\s+(?:knife|machete|blade|attacker|assailant)\b)|"
    # "robbed at knifepoint and struck on the head": a blow the text puts on the body is a wound
    r"(?:struck|hit|punched|kicked|slashed)\s+(?:repeatedly\s+)?(?:on|in)\s+(?:the|his|her|their)\s+(?:head|face|"
    r"neck|back|chest|arm|leg)|"
    # "beating a national guard with a rifle butt": the participle, read forward to the one it hurt
    r"beating(?=\s+(?:a|an|two|three|four|five|six|\d{1,2})\s)|"
    # "beat the national driver and took the car": the beating of one person named by "the"
    r"beat(?=\s+(?:up\s+)?(?:the|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:driver|guard|man|woman|worker|staff|volunteer|"
    r"nurse|doctor|teacher|journalist|officer|watchman|employee)\b(?!\s+to\s+death))|"
    # "A fourth child lost a leg", "two passers-by lost their eyes": maimed, so hurt
    r"lost\s+(?:a|an|one|both|his|her|their)\s+(?:legs?|arms?|limbs?|eyes?|hands?|feet|foot|fingers?|sight)|"
    # ("were listed in fair to serious condition": a US hospital's grades)
    r"in\s+(?:a\s+)?(?:(?:fair|good|stable|serious)\s+(?:to|or)\s+)?(?:critical|serious|grave|stable|fair)"
    r"(?:\s+but\s+(?:stable|critical|serious))?\s+condition|"
    # "25 others remained in hospital", "12 were admitted to hospital": those the attack put in hospital
    # "32 people were being treated at the Ndosho hospital": a hospital named before its word
    # ("Thirty-four others remain confined in various hospitals")
    r"(?:remained|remain|remains|being\s+treated|(?:are|were)\s+still)\s+(?:confined\s+)?(?:in|at)\s+(?:a\s+|the\s+)?"
    r"(?:[\w'-]+\s+){0,2}?hospitals?|"
    # "At least 16 others are still being treated in Peshawar and Parachinar": the towns of the hospitals
    r"(?:are|were)\s+(?:still\s+)?being\s+treated\s+(?:in|at|for)\b|"
    # "rushed to the General Hospital in Kuta", "shifted to the District Headquarters Hospital": a hospital's name
    # ("taken to Temple University Hospital, where he was pronounced dead" keeps the plain form only)
    # ("were transported to area hospitals": a US police release's words)
    r"(?:admitted|taken|rushed|shifted|transported)\s+to\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+|area\s+)?"
    r"(?:hospitals?|trauma\s+cent(?:re|er)s?)|"
    r"(?:rushed|shifted)\s+to\s+(?:a\s+|the\s+)?(?:[\w'.-]+\s+){1,3}?hospitals?|"
    # "two residents who sustained gunshot injuries"
    r"sustained\s+(?:(?!fatal\b)[\w-]+\s+){0,2}?(?:injuries|wounds|burns)|"
    # "The three remaining victims are recovering", "The other four were expected to recover": those who live
    r"(?:(?:are|were|is|was)\s+(?:still\s+)?recovering|(?:are|were|is|was)\s+expected\s+to\s+(?:recover|survive))|"
    # "a caretaker suffered burns to his hands", "twelve residents were treated for smoke inhalation"
    # ("A firefighter suffered a burn to his neck")
    r"suffered\s+(?:a\s+)?(?:(?:minor|serious|severe|critical|first-degree|second-degree|third-degree)\s+)?"
    r"(?:burns|burn(?=\s+(?:to|on)\b))|"
    r"treated\s+for\s+(?:smoke\s+inhalation|burns|(?:gunshot\s+|stab\s+)?wounds|cuts|injuries|symptoms|"
    # "Eleven people were treated for breathing difficulties after a suspected chlorine attack", "32 others suffered
    # suffocation symptoms": a gas's harm
    r"breathing\s+(?:difficult(?:y|ies)|problems)|respiratory\s+(?:problems|symptoms|distress)|suffocation)|"
    r"suffered\s+(?:from\s+)?(?:suffocation|breathing\s+(?:difficult(?:y|ies)|problems)|respiratory\s+"
    r"(?:problems|symptoms|distress))|"
    # "Fifty-nine people sought medical help", "about 5,500 people sought hospital treatment"
    r"sought\s+(?:hospital\s+|medical\s+)(?:help|treatment|care|attention)|"
    # "more than 160 people were treated after the attack": those a chemical or gas attack hurt
    r"treated\s+after\s+the\s+(?:[\w-]+\s+)?(?:attack|strike|air\s?strike|blast|explosion|bombing|shelling)|"
    # "23 people needed hospital treatment", "another 15 were in hospital"
    r"(?:needed|needing|required|requiring|received|receiving)\s+(?:hospital\s+|medical\s+)?treatment|"
    r"(?:were|are|is|was)\s+in\s+(?:a\s+|the\s+)?hospitals?|"
    # "four other people were treated in hospital", "three were treated at the scene"
    r"treated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+)?(?:hospitals?|scene)"
)
# "caused 11 casualties": the killed and the injured together, unsplit, as those shot are (a later share, "four
# of them fatally", splits them); a figure of neither kind by itself.
# "Five people were struck by gunfire": hit, as "shot" is, by what US crime reports call the bullets.
# "A guard was hacked with machetes", "five pilgrims were trampled in the stampede": hurt, unless told dead ("to death")
# ("hacked" only with a blade or a mob: an account or a website is hacked too).
_HIT = (
    # (not "61 drones had been shot down": aircraft brought down hurt no one by that)
    rf"shot(?!\s+down\b)|stabbed|shooting|stabbing|casualties|{_STRUCK}|trampled|"
    # "shots were fired into a crowd ..., and 11 people were struck, police said": hit by them, the clause ends
    r"(?<=were\s)struck(?=\s*[,.;])|"
    # "robbers beat three staff members; one of them died": hurt, or killed as a share says
    r"beat(?=\s+(?:up\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)|"
    # "fired into a crowded party, hitting 11 people, three of whom died": those the shots hit, as "shot" reads
    rf"(?:hitting|striking)(?=\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
    rf"(?:people|persons|others|men|women|children|passers-by|(?:{_PERSON})s)\b)|"
    r"hacked(?=\s+(?:with|by)\s+(?:a\s+|an\s+)?(?:machetes?|axes?|cutlass(?:es)?|knives|knife|swords?|hoes?|mob))|"
    # "killed four supervisors and hit four others": the shots' other victims (not "a missile hit two houses")
    r"hit(?=\s+(?:at\s+least\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:others|other\s+people|more\s+people|bystanders)\b)"
)
# Sixty-odd phrases, read in every text: tried only where one of their first words begins (WordScan).
KEYWORD_RE = WordScan(rf"\b(?:(?P<k>{_KILL})|(?P<i>{_INJURE})|(?P<h>{_HIT}))\b")
_FORWARD_ONLY = compile_scan(
    # "ambushed worshippers, fatally shooting three congregants": a participle reads forward, its adverb or not
    r"(?:(?:fatally|mortally)\s+(?:shooting|stabbing|wounding|injuring)|killing|kills?|martyring|wounding|injuring|hurting|injures?|shot|stabbed|shooting|stabbing|hitting|striking|beating|gunned|"
    r"slays?|beheads?|guns?\s+down|gunning\s+down|murders|massacres?|massacring|executions?|lynch(?:es|ing)|slaughter(?:s|ing)?)",
    re.I,
)
# "The toll climbed on Friday to at least 182", "rose overnight to 40": when the toll changed, between its verb
# and the new figure.
# "rose over the following weeks to 324": when the toll moved
_UPDATE_WHEN = (
    # ("the provisional toll was revised this afternoon to 44")
    r"(?:(?:on|late|early|overnight|this|that)(?:\s+[\w-]+){0,2}?\s+|by(?:\s+[\w-]+){0,3}?\s+|"
    r"over\s+the\s+(?:following|next|next\s+few|coming)\s+(?:hours?|days?|weeks?|months?)\s+)"
)
# The count a toll moved from, in digits or words ("from 103 to 95", "from seven to nine").
_OLD_COUNT = (
    r"(?:about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)"
)
_TOLL_RE = compile_scan(
    # "bringing the number of people he killed to 14": the killer's own toll
    # "Estimates of the dead ranged from 150 to 2,000": two counts of the same dead
    # ("Estimates of the number of civilians killed range from 86 to 147")
    r"\b(?:(?P<d>death\s+tolls?(?=\s+range[ds]?\b)|estimates?\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|death\s+toll|"
    r"number\s+of\s+(?:[a-z-]+\s+){0,3}?(?:dead|killed))(?=\s+range[ds]?\b)|"
    # ("bringing the number of students killed to four": the dead named by who they were)
    # ("survivors put the dead at no fewer than 75": the toll named by its dead)
    r"(?:(?<=\bput\s)|(?<=\bputs\s)|(?<=\bputting\s)|(?<=\bplaced\s))the\s+(?:dead|deaths)(?=\s+at\s)|"
    # "the toll could rise; a regional official later put it at 132": the toll as a pronoun (kept only after a toll)
    r"(?:(?<=\bput\s)|(?<=\bputs\s))it(?=\s+at\s+(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+)?\d)|"
    r"death\s+toll|toll|number\s+of\s+(?:dead|deceased|deaths|(?:[a-z-]+\s+){1,3}?(?:(?:he|she|they)\s+(?:had\s+)?)?killed|"
    # "bringing the number killed in Sunday's attack to six"
    # ("The official count of the dead stands at 334 hostages")
    r"fatalities|martyrs)|number\s+(?:killed|dead)|count\s+of\s+the\s+dead|"
    # ("The official count is 2,191 dead": a count whose figure names its dead)
    r"count(?=\s+(?:is|was|stands\s+at|stood\s+at)\s+(?:[a-z]+\s+){0,2}?\d[\d,]*\s+(?:dead|deaths|killed)\b)|"
    # "Early reports put the toll at 40 dead; it later rose to 145": the toll as a pronoun (kept only after a toll)
    # ("The initial official toll was 71; it was later raised to 88 dead")
    r"it(?=\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:later|subsequently|since|has\s+since)\s+"
    r"(?:rose|risen|climbed|increased|jumped|raised|revised\s+up(?:wards?)?)\s+to\b)|"
    # "Officials put the toll at 235, later raising it to 305", "first reported 235 dead, later raising the figure to
    # 305": the toll as a pronoun or a figure, moved by the verb before it
    # ("initially put the death toll at 103 but revised it to 95": a correction, either way)
    r"(?:(?<=raising\s)|(?<=raised\s)|(?<=revising\s)|(?<=revised\s)|(?<=lowered\s)|(?<=corrected\s)|"
    r"(?<=bringing\s)|(?<=pushing\s)|(?<=lifting\s))"
    r"(?:it|the\s+figure)(?=\s+(?:(?:up|down)(?:wards?)?\s+)?to\b)|"
    # "Authorities said 3 had died. The figure was later revised to 5": "figure" is a toll only when it changes
    # ("83 people were reported killed, a figure that later rose to 134")
    r"figure(?=\s+(?:(?:that|which|has|had|was|later|since|now|been|then|subsequently)\s+)*(?:rose|risen|climbed|increased|"
    r"jumped|revised|raised|lowered|corrected|fell|dropped)\b)|"
    # "more than doubling an earlier count of 27 dead": a count the report names as the one it replaces
    # "revising down the figure of 54 dead that had been widely reported": the figure a correction replaces
    r"(?:(?<=earlier\s)|(?<=initial\s)|(?<=previous\s)|(?<=preliminary\s)|(?<=original\s)|(?<=down\sthe\s))"
    r"(?:count|tally|figure)"
    r"(?=\s+of\s)|"
    # "Fatalities were first reported as 43 and later revised upward to 110": the toll of the clause before (kept
    # only after a toll's noun)
    # ("was initially given as 134 and later revised by the United Nations to 157": who revised it, between)
    r"(?<=\band\s)later(?=\s+(?:revised(?:\s+up(?:wards?)?)?|raised)(?:\s+by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?\s+to\b)|"
    # "the final figure was at least 323 killed": the count that replaced the first ones
    # ("a government committee put the final figure at 587 killed")
    r"(?:(?<=final\s)|(?<=eventual\s))(?:figure|count|tally)(?=\s+(?:was|is|stood|stands|at)\b))|"
    r"(?P<w>number\s+of\s+(?:people\s+|persons\s+)?(?:injured|wounded|injuries)))\b"
    # "The death toll, not counting the bomber, has risen to at least 22": who the toll leaves out, told between
    r"(?:,\s+(?:not\s+counting|excluding|not\s+including)\s+[^,.;]{1,40},)?"
    # "killing five people, a toll that later rose to six": the toll's own relative clause
    r"(?:,?\s+(?:that|which)(?:\s+(?:has|had|later|since))*(?=\s+(?:rose|risen|climbed|increased|jumped|grew)\b))?"
    # ("the official death toll now stands at 60": the figure that stands now, as after the verb)
    r"(?:\s+(?:has|had|have|(?P<now0>now)|later|also|then|further))*"
    # "with the death toll rising to 21": the participle of an ablative clause
    # ("BOLOGNA STATION BOMB TOLL PASSES 80": the count past a floor)
    r"(?:\s+(?P<up>rose|risen|climbed|increased|jumped|reached|grew|soared|raised|rises|climbs|jumps|soars|doubled|"
    r"tripled|passe[sd]|tops|topped|exceed(?:s|ed)|stands|"
    r"stood|is|was|rising|climbing|standing|stayed|remained|remains))?"
    # "the toll fell to nine", "was later revised down to nine", "revised the toll down to nine": a correction
    r"(?:\s+(?:later|since|been|subsequently|(?P<now>now)))*"
    r"(?:\s+(?P<down>fell|fallen|dropped|(?:revised|lowered|corrected)(?!\s+up)(?:\s+down(?:wards?)?)?|down(?:wards?)?)"
    # "the toll was later raised to 11", "revised upward to 110": a correction upwards, an update like "rose"
    r"|\s+(?P<raised>raised|revised\s+up(?:wards?)?)"
    # "after the rubble had been cleared the toll was established at 94": the count made final
    r"|\s+(?P<final>established|confirmed|fixed|finali[sz]ed|settled))?"
    # "Reported death tolls ranged from 63 to 80": two counts of the same dead, as a range
    # "the toll rose from 10 to 15", "revised the toll down from 103 to 95": the count it left, then the new one
    # ("the final figure was at least 323": the "at" of the figure's own floor is none)
    rf"(?:\s+{_UPDATE_WHEN}?(?:to|at(?!\s+least\b)|of)|\s+range[ds]?\s+from|(?<=[a-z])\s+from\s+{_OLD_COUNT}\s+to)?\s+(?=\S)",
)
# ("first reported 25 soldiers killed, but later revised the figure to 89": a count of the killed, as of the dead)
# The hurt counted last, right before a toll's pronoun: "put the injured at 144;", "the number of wounded, 30,".
_HURT_COUNT_TOLD = compile_scan(
    # ("Officials initially said 25 troops had been hurt, a figure raised to 34")
    r"\b(?:the\s+(?:injured|wounded)|(?:injured|wounded|injuries|hurt))\b(?![^.;]{0,60}?\b(?:dead|killed|deaths|died)\b)"
    r"[^.;]{0,25}[;,]\s+(?:[a-z]+\s+)?$"
)
_TOLL_NOUN_BEFORE = compile_scan(
    # ("The government first said 134 people had been killed, raised the figure to 160")
    rf"\b(?:fatalities|death\s+toll|toll|deaths|dead|{_OLD_COUNT}\s+(?:[\w-]+\s+){{0,3}}?killed)\b[^.;]*$"
)
# "the number of Palestinians killed", "the number of people killed": a toll named by its dead.
_GAPPED_TOLL_NOUN = (
    # ("The number of soldiers martyred in Wednesday's attack rose to nine": the word South Asia's press gives them)
    # ("cut the number of people confirmed dead on the island to 68")
    # ("the number of people known to have died in Saturday's bomb explosion rose to at least 80")
    r"death\s+toll|toll|number\s+of\s+(?:dead|deceased|deaths|fatalities|martyrs|(?:[\w-]+\s+){0,5}?(?:killed|martyred|dead|died))|"
    r"number\s+(?:killed|dead)"
    # "The initial count of 125 dead rose over the following week to 340"
    r"|(?:initial|earlier|first|preliminary)\s+(?:count|tally)"
)
# "the official death toll", "the latest toll": the toll's kind, before its noun
_TOLL_ADJECTIVE = r"(?:official|confirmed|overall|total|provisional|preliminary|latest)"
# "raising the death toll from a suicide bombing a day earlier to 100", "raising the number of people killed by
# Saturday's missile strike to 40": the update told by its participle, with the event between the toll and "to".
_RAISING_GAP_RE = compile_scan(
    # "revised the death toll from Monday's bombing at a mosque to 84, down from 101": a correction, told the same way
    # "have raised the death toll in an attack on a road project to four", "the toll among government troops"
    rf"\b(?P<raised>raising|raised|bringing|brought|pushing|taking|lifting|revised|revising|lowered|lowering|updated|"
    r"cut|cutting|reduced|reducing|"
    # ("Interior ministry revises the toll from Sunday's beach attack to 19": a post's or a headline's present)
    r"raises|brings|revises|lowers|updates|reduces|"
    # ("Iran revised down the death toll from Wednesday's bombings to 84")
    # ("raised the number of people hurt in Saturday night's shooting to 32": the hurt's count, told the same way)
    # ("raised the official death toll from the weekend bombings in this Red Sea resort to 88")
    rf"updating)(?:\s+(?:down|up)(?:wards?)?)?\s+(?:the\s+)?(?:{_TOLL_ADJECTIVE}\s+)?(?:(?P<d>{_GAPPED_TOLL_NOUN})|"
    r"(?P<w>number\s+of\s+(?:people\s+|persons\s+)?(?:wounded|injured|hurt)))\s+"
    r"(?:from|in|of|after|for|at|by|when|among|on)\s+[^.;:!?\n\d]{1,120}?\s+to\s+(?=\S)"
)
# "The death toll from Tuesday's airstrike on a market in Ariha has risen to 7": a gap, then an update verb.
_TOLL_GAP_RE = compile_scan(
    # ("The number of people wounded in the bombing ... rose to 50": the wounded's count, told the same way)
    rf"\b(?:(?P<d>{_GAPPED_TOLL_NOUN})|(?P<w>number\s+of\s+(?:people\s+|persons\s+)?(?:wounded|injured|hurt)))(?=[\s,])\s*"
    # the gap stays on its line: a title's "Toll in Kismayo attack rises to 26" never reaches into the lede below
    # "The number of people killed by Saturday's car bomb in Omagh rose to 29": "by" opens the gap too, and
    # "when" ("The number of people killed when gunmen raided a village has risen to 160")
    # ("The death toll from U.S. air strikes on the port ... has climbed to 74": an initial's stop ends no gap)
    # ("killed by Monday's explosion in a St. Petersburg metro train has risen to 14": a place's short title too)
    # ("The death toll from the U.S. air strike on its hospital in ... Kunduz on Oct. 3 had risen to 42": a month's)
    # ("The number of people killed since security forces stormed the protest camp ... has risen to 108": the act
    # that began the count, not a war's start)
    r"(?:(?<=\s)(?:from|in|of|after|for|at|by|when|among|since(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:stormed|attacked|"
    r"raided|struck|opened\s+fire)\b))\s+(?:[^.;:!?\n]|(?<=\b[a-z])\.|(?<=\bst)\.|(?<=\bmt)\.|"
    r"(?<=\bft)\.|(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))\.|(?<=\bsept)\.){1,220}?,?"
    # "The death toll, first put at 125, rose ... to 324": the first count as an aside
    # ("The death toll, first reported by aid agencies as 90, later rose to 112")
    r"|,\s+(?:first|initially|originally|earlier)\s+(?:put|given|reported|set|estimated)(?:\s+by\s+[^.;:!?\n,]{1,40}?)?"
    r"\s+(?:at|as)\s+[^.;:!?\n,]{1,40},"
    # ("The toll, initially 38, rose to 46": the first count alone)
    r"|,\s+(?:first|initially|originally|at\s+first)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s*,)"
    r"(?:\s+(?:has|had|have|now|later|also|then|further))*"
    # ("The number of people killed when insurgents ambushed a convoy ... has doubled to 30")
    r"\s+(?:(?P<up>rose|risen|climbed|increased|jumped|reached|grew|soared|rises|climbs|jumps|soars|rising|climbing|"
    r"doubled|tripled|passe[sd]|tops|topped|exceed(?:s|ed))|"
    # "The death toll in the attack on the station has been revised down to 14": a correction, told the same way
    r"(?:(?:been|later|since|subsequently)\s+)*(?:(?P<raised>raised|revised\s+up(?:wards?)?)|"
    # (a toll falls to a figure: "a memorial meal for a fallen soldier, has risen to 52" is no fall)
    rf"(?P<down>(?:fell|fallen|dropped)(?=\s+{_UPDATE_WHEN}?(?:back\s+)?(?:to|at|from|by)\b)|"
    r"(?:revised|lowered|corrected)(?!\s+up)(?:\s+down(?:wards?)?)?)))"
    rf"(?:\s+{_UPDATE_WHEN}?(?:to|at))?\s+(?=\S)",
)

# "with the death toll from Saturday's missile strike standing at 45", "The final toll from Saturday's drone strike,
# which hit the building after midnight, is a dozen people": a gap, then the count as it stands. Found apart from
# the rising tolls above, so that a gap's own "is" ("the toll from the bombing, which is the worst in years, rose to
# 45") never hides the rise; a match with no figure right after it counts nothing.
_TOLL_GAP_STANDS_RE = compile_scan(
    # ("The number of martyrs of Wednesday evening's terrorist attack on the holy shrine ... stands at 13")
    rf"\b(?P<d>{_GAPPED_TOLL_NOUN})\s+(?:from|in|of|after)\s+[^.;:!?\n]{{1,120}}?\s+"
    r"(?P<up>stood|stands|standing|remained|remains|stayed|is|was)(?:\s+(?:now|still))?(?:\s+at)?\s+"
    # ("The death toll from Friday's twin bombings ... stands at nine": a word after "at" only, as "is one of the
    # worst" is no count)
    rf"(?=\d|a\s+dozen\b|(?:at\s+least|about|around|nearly|more\s+than|over|some)\s|(?<=\sat\s){COUNT_WORD}\b)"
)
# "The United Nations put the death toll from an air strike on a migrant detention centre ... at 53": the count
# given, its event between.
# ("The Ondo State government put the number of people killed in the June 5 attack on St Francis Xavier Catholic
# Church in Owo at 40": the dead named by their number, and a day's figure in the gap)
_TOLL_PUT_GAP_RE = compile_scan(
    r"(?:(?<=\bput\s)|(?<=\bputs\s))the\s+(?P<d>death\s+toll|toll|number\s+of\s+(?:people\s+|persons\s+)?(?:killed|dead))"
    r"\s+(?:from|in|of|after)\s+(?:[^.;:!?\n\d]|\d(?!\d*\s+(?:dead|killed|people)\b)){1,120}?\s+at\s+"
    r"(?=\d|a\s+dozen\b|(?:least|about|around|nearly|more\s+than|over|some)\s)"
)
# A toll's figure told as two kinds of people: "169 Afghans and 13 U.S. service members" (plural nouns both).
_TOLL_PEOPLE_AND = compile_scan(r"\s+(?:[a-z-]+\s+)?[a-z]+s\s+and\s+")
# (not "rose to 20 civilians, and 30 soldiers were wounded": a clause of its own)
_OWN_HARM_AFTER = (
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:wounded|injured|hurt|missing|rescued|arrested)"
)
_TOLL_PEOPLE_AFTER = compile_scan(rf"\s+(?:[a-z.-]+\s+){{0,2}}?(?:{_PERSON})s\b(?!{_OWN_HARM_AFTER})")
_OWN_HARM_AFTER_RE = compile_scan(_OWN_HARM_AFTER)
# The marks that open a source's own words before a toll's figure ('risen to "at least 200"')
_OPENING_QUOTES = frozenset("\"“'‘")
# "rose to 305 and then to 311": the toll's next count, moved on once more
_CHAINED_TO = compile_scan(
    # ("Initial toll 134, raised to 160 on 24 Mar, revised down to 157 on 1 Apr": a log's corrections, each dated)
    # ("first put at 44, rose to 54 the next day and later to 63": the steps dated by the words of a story)
    r"(?:\s+dead)?(?:\s+on\s+\d{1,2}\s+[A-Za-z][a-z]{2,8}\.?|\s+(?:on|by)\s+[a-z]+day|"
    r"\s+the\s+(?:next|following)\s+(?:day|morning|evening|week)|\s+overnight)?,?\s+"
    # ("rose to 59 overnight and to 100 by 1 February", "raised the figure to 160 and then revised it to 157")
    r"(?:and\s+(?:then\s+)?(?=to\s)|(?:and\s+)?(?:(?:then|later|finally|eventually|subsequently|ultimately)\s+)?"
    r"(?:raised|increased|lowered|cut|revised|rose|climbed|fell|dropped)(?:\s+(?:it|the\s+figure|the\s+toll))?"
    r"(?:\s+(?:up|down)(?:wards?)?)?\s+|(?:and\s+)?(?:then|later|finally|eventually|subsequently|ultimately)\s+)"
    r"to\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?"
)


def _toll_just_told(low: str, it: re.Match[str]) -> bool:
    """Whether the toll was named in the words before "it later rose to" that stands for it."""
    return "toll" in low[max(0, it.start() - 80) : it.start()]


# "raising the death toll to six", "bringing the toll to 15": an update without an update verb after "toll".
_RAISING_BEFORE = compile_scan(
    # "he updated the number of wounded to 11"
    r"\b(?:raising|bringing|pushing|taking|lifting|putting|revised|revising|lowered|lowering|corrected|correcting|"
    # "the ministry raised the toll to 11", "two more deaths brought the toll to 9"
    r"updated|updating|raised|raises|increased|brought|took|pushed|lifted|"
    # "local sources later put the toll at 160": a later count of the same dead
    # ("Officials eventually put the toll at 130 dead")
    r"(?:later|since|subsequently|eventually|finally|ultimately)\s+put|"
    # "later reports from a local rescue group put the death toll at 23": a newer source's count
    r"(?:later|subsequent|latest|updated|newer)\s+(?:reports?|figures|counts?|tall(?:y|ies)|estimates?)\s+"
    r"(?:[^.;:\d]{0,50}?\s)?(?:put|gave|placed))"
    r"\s+(?:the\s+)?$"
)
# "officials said 31 were killed, revising an earlier toll of 25", "police had earlier put the toll at 25": a
# count the report itself has replaced.
_RAISED_TO_AFTER = compile_scan(r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:at\s+least\s+|more\s+than\s+)?\d")
_EARLIER_TOLL_BEFORE = compile_scan(
    r"\b(?:(?:earlier|previous|initial|preliminary|prior|original|first)\s+(?:official\s+)?(?:death\s+)?|"
    # "147 people were killed, a rights group said, more than double the toll of about 60 announced by the
    # prosecutor": a rival's count the report sets its own against
    r"(?:double|twice|triple|treble|three\s+times|(?:higher|lower|more|fewer|less)\s+than)\s+(?:the\s+)?"
    r"(?:official\s+|government\s+|army['’]s\s+|authorities['’]\s+)?(?:death\s+)?|"
    # "160 killed, officials said on Tuesday, updating a toll of 16 given on Sunday": the toll the update replaces
    r"(?:updating|revising|correcting|raising|replacing|superseding)\s+(?:an?\s+|the\s+)(?:earlier\s+)?(?:death\s+)?|"
    # ("Police revised the toll to 24, after earlier putting the number of dead at 26")
    r"(?:earlier|initially|first|previously)\s+(?:put|putting|gave|giving|given|set|setting|placing|reported)\s+"
    r"(?:the\s+)?(?:death\s+)?|"
    # "revising down the death toll of 54": the toll the correction replaces
    r"revis(?:ed|ing)\s+down(?:wards?)?\s+(?:the\s+)?(?:death\s+)?|"
    # "On Sunday evening officials had put the toll at 30": the pluperfect of a count since replaced
    r"\bhad\s+(?:put|given|set)\s+(?:the\s+)?(?:death\s+)?)$",
    re.IGNORECASE,
)
# "Police initially reported one dead and five wounded", "early reports said three were killed": a first count.
_FIRST_REPORT_BEFORE = compile_scan(
    # ("who had earlier spoken of 22 dead including the attackers")
    r"\b(?:(?:initially|first|earlier|originally)\s+(?:reported|said|put|gave|announced|spoken\s+of|spoke\s+of|"
    r"cited|mentioned)|"
    # ("First reports from the scene on Monday spoke of "over 50" dead")
    # ("Initial reports stated that 43 farmers had been killed")
    r"(?:early|initial|first|preliminary)\s+reports\s+(?:from\s+[^.;]{1,40}?\s+)?(?:said|put|gave|suggested|spoke\s+of|"
    r"mentioned|cited|stated|indicated)|"
    # "40 people were killed, contrary to earlier reports of more than 50 dead"
    # ("revising down initial reports that 31 people had died", "lowering an earlier estimate that 31 people had died")
    r"(?:early|earlier|initial|first|preliminary|previous)\s+(?:reports?|estimates?)\s+(?:of|that)|"
    # "earlier official figures had given 12 dead": a count the report has since replaced
    r"(?:earlier|initial|first|preliminary|previous|original)\s+(?:official\s+)?(?:reports?|figures|tolls?|counts?|"
    # ("Initial figures from Libyan authorities had given 44 dead": whose figures, between)
    r"estimates?|tall(?:y|ies))\s+(?:(?:from|by|of)\s+[^.;\d]{1,40}?\s+)?(?:had\s+)?"
    r"(?:said|put|gave|given|suggested|showed|shown|reported|listed)"
    # "17 civilians were killed and 8 injured, up from 11 killed and 5 injured in initial reports"
    r"|(?:up|down|revised|raised|lowered|increased|rising)\s+from"
    # a log's note: "121 killed, 333 injured (government update, earlier figures 100 killed, 300 injured)"
    r"|(?:earlier|initial|previous|original|preliminary)\s+(?:official\s+)?(?:figures|tolls?|counts?|tall(?:y|ies))"
    r"(?:\s*:)?(?:\s+\d[\d,]*\s+[a-z]+\s*[,;])?"
    r")\s+(?:that\s+)?(?:[\w-]+\s+){0,4}[\"“]?$",
    re.IGNORECASE,
)
# "bringing to 28 the number of children killed": the figure first, the toll it states after it.
# ("Forensic officials on Thursday raised to 46 the number of women killed": the past tense too)
_RAISED_TO_BEFORE = compile_scan(
    r"\b(?:raising|bringing|pushing|taking|lifting|putting|raised|brought|pushed|lifted)\s+to\s+$"
)
_INVERTED_TOLL_AFTER = compile_scan(
    r"\s+the\s+(?:(?:total|overall)\s+)?(?:(?P<d>death\s+toll|toll|number\s+of\s+(?:dead|deceased|deaths|fatalities|"
    r"(?:[\w-]+\s+){0,2}?(?:killed|dead)))|(?P<w>number\s+of\s+(?:injured|wounded|injuries|"
    r"(?:[\w-]+\s+){0,2}?(?:wounded|injured))))\b"
)
# A count kept over a period ("... killed by explosive remnants this year"): many events, not this one.
_CUMULATIVE_AFTER = compile_scan(
    r"\b(?:this\s+(?:year|month)|so\s+far|to\s+date|since|in\s+(?:19|20)\d\d|(?:over|in)\s+the\s+(?:past|last)|"
    # ("brought to 50 the number of people killed in bombings in Istanbul in less than a week")
    r"in\s+recent|(?:in|within)\s+(?:less\s+than|under)\s+a\s+(?:week|month))\b"
)
# A toll counted over a period, not for one event ("the number killed since the start of the year", "since
# October"), where "the toll since the explosion" is the event's own.
# A digest's count of events, then of their dead: "ACLED recorded 61 political violence events and 214 reported
# fatalities this week" is a period's tally of many events, not one event's toll.
_DIGEST_TALLY = compile_scan(
    r"\b(?:recorded|registered|documented|counted|logged|reported|verified)\s+(?:a\s+total\s+of\s+)?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,3}?(?:events|incidents)\b",
    re.IGNORECASE,
)
_PERIOD_TOLL = compile_scan(
    # (not "the deadliest since 2021": a comparison the event's own toll draws)
    # ("since the end of April": a stretch of time from a month's end)
    r"\b(?:this\s+(?:year|month)|so\s+far\s+this|since\s+(?:the\s+(?:start|beginning|end|middle)\s+of|"
    # ("since early 2024": a part of a year, unlike the bare year of a comparison)
    # ("since Oct. 7": a month's abbreviation)
    rf"(?:early\s+|late\s+|mid-?)?{MONTHS}\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s|"
    r"(?:early|late|mid-?)\s*(?:19|20)\d\d\b|"
    # ("since ethnic clashes broke out in the state on May 3")
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict|invasion|uprising|insurgency|fighting|clashes|violence|unrest|"
    r"riots|crisis)\s+(?:began|started|erupted|broke\s+out)))",
    re.IGNORECASE,
)
# The rest of a toll told by where they died: "(four died) at the scene and two in hospital".
_SCENE_SPLIT_AFTER = compile_scan(
    r"\s+(?:at|on)\s+the\s+scene\s+(?:and|while)\s+(?:the\s+other\s+)?(?P<n>[\w-]+)\s+(?:more\s+)?(?:later\s+)?"
    r"(?:(?:died|succumbed)\s+)?(?:in|at)\s+(?:the\s+)?(?:a\s+)?hospital\b",
    re.IGNORECASE,
)
# "escaped without injury", "came through without a scratch or injury": the harm no one came to.
_WITHOUT_BEFORE = compile_scan(r"\bwithout\s+(?:any\s+|serious\s+|an?\s+)?$", re.IGNORECASE)
_FOUND_DEAD_NEXT = compile_scan(
    r"[\s\"“”']*(?:they|he|she|all\s+of\s+them|both)\s+(?:were|was)\s+(?:all\s+|later\s+)?"
    r"(?:certified|declared|pronounced|confirmed)\s+dead\b",
    re.IGNORECASE,
)
# A toll of several events together: "taking the number of people killed in the three incidents to fourteen".
_EVENTS_TOLL = compile_scan(
    r"\b(?:in|from|of)\s+(?:the|these|those|all)\s+(?:"
    # (not "the number of people killed in the two explosions that struck the procession": twin blasts, one attack)
    r"two\s+(?:separate\s+(?:incidents|attacks|shootings|killings|bombings|blasts|explosions|raids|strikes)|"
    r"(?:incidents|attacks|shootings|killings|raids|strikes))|"
    r"(?:three|four|five|six|seven|several|\d)\s+(?:separate\s+)?"
    r"(?:incidents|attacks|shootings|killings|bombings|blasts|explosions|raids|strikes))\b",
    re.IGNORECASE,
)
# A toll the war keeps: "the death toll in the war", "the toll of the conflict" (not "the toll from the strike").
_WAR_TOLL = compile_scan(
    r"\b(?:in|of)\s+the\s+(?:[\w-]+\s+)?(?:war|conflict|offensive|fighting|insurgency|uprising|genocide)\b",
    re.IGNORECASE,
)
# "the overall death toll", "the total toll": a sum that, with thousands in it, is a war's or a year's
# ("puts the overall Palestinian death toll at more than 32,900": a people's word between)
_OVERALL_BEFORE = compile_scan(
    r"\b(?:overall|total|cumulative)\s+(?:(?!(?:the|a|an|of|and|in)\s)[a-z]+\s+)?$", re.IGNORECASE
)
# "122 of the most seriously injured had been flown abroad", "40 of the wounded were children": a part of the
# wounded the text counts as a whole (not "One of the victims died": the dead told by their share).
_PARTITIVE_AFTER = compile_scan(
    r"\s+of\s+the\s+(?:(?:most|more|least|badly|seriously|critically|gravely|severely|worst)\s+){0,2}"
    # ("residents recovered eight of the bodies", "five of the dead were children": some of those counted)
    r"(?:injured|wounded|bodies|dead|corpses)\b"
)
# "Two of the wounded died overnight": people moved from the injured to the dead, not new injured.
# "one of the deadliest attacks this year": one attack among others, no person
_ONE_OF_SUPERLATIVE = compile_scan(r"one\s+of\s+(?:the|its|their)\s+(?:most|worst|[a-z]+iest|[a-z]+est)\b")
_MOVED_AFTER = compile_scan(
    r"\s+of\s+(?:the|those)\s+(?:wounded|injured)(?:\s+(?:people|victims))?\s+"
    r"(?:(?:later|subsequently|have|had|also|since|then)\s+)*(?:died|succumbed)\b",
)
_MOVED_AT = compile_scan(r"\s+of\s+(?:the|those)\s+(?:wounded|injured)\b")
# with a headline's present tense: "Death toll rises to 47"
_UPDATE_WORDS = (
    "rose", "risen", "climbed", "increased", "jumped", "reached", "grew", "soared", "raised",
    "rises", "climbs", "jumps", "soars", "doubled", "tripled", "passes", "passed", "tops", "topped", "exceeds",
    "exceeded",
)
# A gap between a number and its casualty word may hold a noun phrase, never a new clause or another event.
_GAP_BLOCK = compile_scan(
    # (an initial's dot is no stop: "Three women and six children, all U.S. citizens, were killed")
    r"(?<!\b[A-Za-z])\.|[;:!?]|\b(?:who|whom|which|that|when|while|after|before|since|because|if|but|fled|fleeing|flee|"
    # "killed 5 and displaced 200", though not "22 displaced people were hacked to death" (who they were)
    r"arrested|detained|kidnapped|abducted|missing|"
    r"displaced(?!\s+(?:people|persons|civilians|families|villagers|residents|women|children|men)\b)|"
    r"rescued|released|taken|held|evacuated|"
    # "took 20 hostages and killed two" holds another figure; "Two hostages were killed" is the figure's own noun
    # nor is "Two hostages and a rescuer were killed", the noun of a part of the list of dead, nor "333 hostages and
    # rescuers were killed", one figure of two nouns
    r"hostages?(?!\s+(?:(?:and|or)\s+(?:[a-z'-]+\s+){1,2})?(?:were|was|have\s+been|had\s+been)(?:\s+\w+ly)?\s*$|\s*$)|"
    # "2 international staff raped, 1 national staff killed": other harms, each with its own figure
    r"raped|robbed|assaulted|threatened|harassed|"
    # "Thousands of mourners gathered on Friday for the funerals of children killed": the crowd's own verb
    r"gathered|attended|marched|rallied|funerals?|vigils?|"
    # (not an age: "Two 8-year-old girls were killed")
    r"than|including|incl|among|of\s+whom|except|\d(?!-year-old\b))\b",
    re.IGNORECASE,
)
# "130 hostages died", "two hostages were killed": hostages as the subject of the casualty verb itself are its
# dead (not "took 30 hostages, killing 2", where the hostages are another figure).
_HOSTAGES_SUBJECT = compile_scan(r"\s+hostages\s+(?:(?:were|have\s+been|had\s+been|later|also)\s+)?")
# "2 INGO national staff working on a door-to-door polio vaccination campaign were shot dead": the people, then a
# participle saying what they were doing, then their fate
# "Four residents of Arantepacua, an indigenous Purepecha community in the municipality of Nahuatzen, were killed":
# who they were, then a long description of their place between commas
_APPOSED_PLACE_GAP = compile_scan(
    r"(?:\s+[\w'’-]+){1,4}\s*,\s+(?:an?|the)\s+[^,.;:()]{3,90},\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
)
_PARTICIPLE_GAP = compile_scan(r"(?:\s+[\w'-]+){1,4}?\s+[a-z]+ing\s")
# "Mourners buried 9 people who were killed on Sunday": a relative clause whose verb is the casualty word itself
# names the figure's people as its dead (not "arrested 9 men who had killed", where the verb is active); so does
# the main verb after a short relative clause ("two passengers who resisted were shot dead"), unless it reports.
_WHO_WERE_GAP = compile_scan(
    # ("Three former combatants of the FARC who signed the 2016 peace agreement were shot dead": a name and a
    # year before or in the clause)
    # ("Inspector John Caldwell, who was shot several times": the clause after a comma)
    # ("11 provincial lawmakers they had held hostage for more than five years were killed": a clause with no "who",
    # whose captors held them)
    r"(?:\s+[\w'-]+){0,5}?,?\s+(?:who|that|they\s+(?:had\s+)?(?:held|kidnapped|abducted|seized|captured))"
    r"(?:\s+(?!(?:said|says|told|claimed|reported|believe[ds]?|think|thought|knew|know)\b)[\w'-]+){0,6}?"
    # "two adults who tried to protect them were also seriously hurt"; "a man who tried to intervene was stabbed in
    # the arm" (one person: read only for the hurt, as one killed is told by the passive's own patterns, which keep
    # the event's sentence where the death is)
    # ("Nine elderly villagers who had stayed behind ... were found shot dead": the dead as they were found; not one
    # person, "the van's driver, who was found stabbed in the cab", an aside inside a list)
    r"\s+(?:were|had\s+been|have\s+been|(?P<one>was|has\s+been))\s+(?:(?:also|later|\w+ly)\s+){0,2}(?(one)|(?:found\s+)?)"
)
# "a caretaker who tried to put out the flames suffered burns": a clause about the person before the harm
# ("His two sons, who were with him, sustained machete wounds": the clause may stand between commas)
_WHO_DID_GAP = compile_scan(r"(?:\s+[a-z'-]+){0,3}?,?\s+who(?:\s+(?!(?:said|says|told)\b)[a-z'-]+){0,6}?,?\s+")
# "the burial of five soldiers who died in the ambush": the same with an intransitive death verb
_WHO_GAP = compile_scan(r"(?:\s+[a-z'-]+){0,3}?\s+(?:who|that)\s+(?:had\s+|have\s+|later\s+)?")
_INTRANSITIVE_DEATH = frozenset(("died", "perished", "succumbed"))
# "Three staff were abducted and killed", "detained and beaten": a verb joined by "and" to the casualty word
# shares its subject, so it ends the gap without opening a new clause.
_JOINED_VERB_END = compile_scan(
    r"\b(?:arrested|detained|kidnapped|abducted|held|taken\s+hostage|robbed|tortured|captured|seized|"
    # aid-worker logs: "was stopped at a checkpoint near Kamina, Haut-Lomami, and killed by militiamen"
    r"stopped|intercepted|ambushed|dragged\s+out|taken(?=\s+(?:from|out|away|off)\b)|pulled\s+(?:out|from|off)|"
    # "were singled out for their ethnicity and killed", "rounded up and killed": the victims picked out first
    r"singled\s+out|rounded\s+up|separated|tied\s+up|blindfolded)\s+"
    # "were abducted in Zamfara and later killed", "kidnapped by gunmen on July 3 and killed": where, when or by whom
    r"(?:(?:in|near|from|on|by|at|outside|for|out|away|off)\s+[^;.]{1,80}?,?\s+)?"
    r"(?:and|then|before\s+being)\s+(?:(?:later|then|subsequently|eventually|allegedly)\s+)?(?:\w+ly\s+)?$"
)
# A clause about an earlier event inside the sentence: "since 2019, when", "in 2017, when", "years ago",
# "a week after another bombing killed 10".
_PAST_CLAUSE = compile_scan(
    r"\b(?:since|in|of)\s+(?:19|20)\d\d\s*,?\s+(?:when|in\s+which|after)\b|\bsince\s+(?:19|20)\d\d\b[^,.;]*,\s*when\b|"
    # "Between 2010 and 2012, four Iranian nuclear scientists were assassinated": years gone by
    r"\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\s*,\s+|"
    # (not an anniversary told on its day, "Forty years ago tonight, a bomb killed 11": the text's own subject)
    r"\b(?:years?|decades?)\s+ago\b(?!\s+(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|on\s+\w+day)\b)|"
    r"\blast\s+(?:year|month)\s*,?\s+when\b|"
    r"\b(?:days?|weeks?|months?|years?)\s+(?:after|since)\b|"
    # "the 2015 attacks that killed 130"; "the war has killed tens of thousands" (a toll, even in the lede)
    # "the 2013 siege at Nairobi's Westgate shopping mall, in which 67 people died"
    r"\b(?:19|20)\d\d\s+(?:\w+\s+)?(?:attacks?|bombings?|shootings?|massacres?|war|uprising|genocide|sieges?|raids?|"
    r"ambush(?:es)?|assaults?|blasts?|explosions?|stampede)\b|"
    # "the deadliest attack of the fighting, which has killed more than 190": the war's toll in a relative clause
    r"\b(?:war|conflict|insurgency|fighting|violence|crisis|uprising|unrest)(?:\s*,\s*which|\s+(?:which|that))?"
    r"\s+(?:has|have|had)\s+(?:\w+\s+)?$"
)
# The strikes that answered the attack, told after a figure's verb (not "killed in the retaliatory fire", the
# attackers' end in the same fight).
_RESPONSE_STRIKES_AFTER = compile_scan(
    r"[\"”’']?\s+(?:in|during)\s+(?:the\s+)?(?:retaliatory|reprisal|counter-?)\s*(?:air\s*)?(?:strikes|raids|attacks|"
    r"operations|shelling|bombardments?)\b",
    re.IGNORECASE,
)
# A row's last field of counts, "... killed a teacher and two students ... | killed 3, wounded 1": its coders' count,
# however the prose before it adds up.
_COUNT_FIELD_BEFORE = compile_scan(
    r"\|\s*(?:(?:killed|dead|deaths|wounded|injured|hurt)\s+\d[\d,]*\s*[,;]\s*)?$", re.IGNORECASE
)
_COUNT_FIELD_END = compile_scan(r"[ \t]*(?:[,;|\n]|$)")
# Animals killed beside the people: "seven of their horses", "40 head of cattle", "200 sheep".
_ANIMALS_AFTER = compile_scan(
    r"\s+(?:of\s+(?:their|the|his|its|our)\s+|head\s+of\s+)?(?:[a-z-]+\s+)?(?:horses|cattle|cows|camels|goats|sheep|"
    r"donkeys|mules|dogs|livestock|animals)\b"
    # (not the people who keep them: "two Fulani cattle herders", "three camel traders")
    r"(?!\s+(?:herders?|herdsmen|owners?|traders?|handlers?|breeders?|keepers?|rustlers?|thieves|raiders))"
)
# "opened fire on colleagues the day after Christmas 2000, killing seven of them": the day of the main clause's act,
# its figure told by a participle after the comma (not "The day after gunmen killed 14, residents fled": the clause
# opens the sentence).
_DAY_AFTER_ADVERB = compile_scan(
    r"\b[a-z]+\s+(?:on\s+)?the\s+day\s+after\s+[^,;:.]{1,40},\s+$"
)
# The past attack a toll is measured against, told in a clause of its own: "the worst shooting in Colorado since two
# students killed 13 people".
_COMPARED_SINCE = compile_scan(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest)\b[^.;:]{0,60}?\bsince\s+"
    # ("the deadliest in Kenya since the 1998 bombing of the U.S. embassy in Nairobi, which killed more than 200": an
    # initial's stop, and the past attack's toll in a relative clause of its own)
    r"(?:[^,;:.()]|(?<=\b[a-z])\.){1,80}(?:,\s+(?:which|that|when|in\s+which)\s+(?:[^,;:.()]{0,30}\s)?)?$"
)
# "a week after militants from Islamic State West Africa Province killed 20": the time since an earlier killing,
# with a subject too long for the near window of _PAST_CLAUSE; the clause runs on to the figure unbroken.
_SINCE_FAR = compile_scan(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|since)\b(?=[^,;:.()]{0,100}$)")
# "Inates was also targeted in July, when 18 soldiers were killed": a month named for an act past the lede, and
# what happened then.
_MONTH_WHEN = compile_scan(
    rf"\bin\s+{MONTHS}(?:\s+(?:19|20)\d\d)?\s*,?\s+when\b"
)
# "KANO, Nigeria (Reuters) - Three days after": what comes before the past clause in a lede that opens on it, a
# dateline and a number with no lower-case word.
_DAYS_AFTER_OPENING = compile_scan(
    r"(?:[^a-z]|\b[A-Z][a-z'’]*)*?\b(?:days?|weeks?)\s+after\b"
    # an anniversary's opening, whose killing is the story's own: "It is 20 years since 15 backpackers died"
    r"|\s*It\s+(?:is|has\s+been|was)\s+(?:\w+[\s-]){1,2}years\s+(?:\w+\s+)?since\b"
)
# "for the murder of Wall Street Journal reporter Daniel Pearl", "for assassinating Governor Salmaan Taseer": one
# person killed, by a noun or a participle and a name (two capitalised words among the seven after it)
_MURDER_OF_NAMED = compile_scan(
    r"\b(?:(?:murder|killing|assassination|beheading|lynching)\s+of|murdering|assassinating|beheading|lynching|"
    r"stabbing\s+to\s+death|shooting\s+dead)\s+(?:[\w'’.-]+\s+){0,5}?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
)
_YEARS_SINCE = compile_scan(r"(?:months?|years?|decades?)\s+(?:after|since)")
_YEARS_AFTER_OPENING = compile_scan(r"(?:[^a-z]|\b[A-Z][a-z'’]*)*?\b(?:months?|years?|decades?)\s+after\b")
# The dated attack of _PAST_CLAUSE ("the 2015 attacks"), and a court's or a remembrance's words before it in a lede.
_YEAR_ATTACK = compile_scan(r"\b(?:19|20)\d\d\s+(?:\w+\s+)?[a-z]")
_JUDGED_OR_REMEMBERED_BEFORE = compile_scan(
    r"\b(?:sentenced|convicted|condemned|jailed|acquitted|jury|trial|verdict|pleaded\s+guilty|inquest|anniversary|"
    r"commemorat\w*|memorial|remembers?|remembered|marks?|marked)\b",
    re.IGNORECASE,
)
# What a lede tells of the days after an attack: funerals, mourning, the search for the dead.
_AFTERMATH_BEFORE = compile_scan(
    r"\b(?:buried|bury|burying|burials?|mourned|mourning|mourners|funerals?|vigils?|grieving|grieved|"
    r"counting\s+the\s+cost|searched|searching|sifted|sifting|combed|combing|"
    # "Rescue workers were still pulling bodies from basements on Wednesday, a day after a chemical attack killed 72"
    r"rescuers|rescue\s+workers|(?:pulling|pulled|recovering|recovered|retrieving|retrieved)\s+(?:more\s+)?bodies|"
    r"digging|dug|"
    # "Police on Friday identified the man suspected of setting the fire, a day after the blaze killed 33": the
    # inquiry's next step
    r"identified|named|arrested|detained|charged|questioned|investigating)\b"
)
# A killing named as the cause of the text's own event ("riots broke out after three girls were murdered in a
# stabbing last month"): a cause word before the figure, an earlier time after it, and before the cause word
# an event of another kind (riots, protests, a retaliatory strike). Without all three the killing may be the news.
_CAUSE_BEFORE = compile_scan(
    r"\b(?:after|following|sparked\s+by|triggered\s+by|prompted\s+by|in\s+response\s+to|in\s+retaliation\s+for|"
    # ("in retaliation for the U.S. drone strike that killed Iranian commander Qassem Soleimani": an initial's dot)
    r"to\s+avenge|in\s+protest\s+(?:at|over|against))\s+(?:[\w'’.-]+\s+){0,6}?$"
)
_EARLIER_AFTER = compile_scan(
    r"\b(?:last\s+(?:week|month|year|weekend|summer|winter|spring|autumn)|earlier\s+this\s+(?:week|month|year)|"
    r"the\s+(?:previous|preceding)\s+(?:week|month|year)|(?:days|weeks|months|years)\s+(?:ago|earlier|before)|"
    r"(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before))\b"
)
# A crowd's anger at a killing, told as what moved it to the attack: "angered by the killing of a militia leader".
_MOTIVE_BEFORE = compile_scan(r"\b(?:angered|enraged|incensed|outraged|infuriated)\s+(?:by|over|at)\s+(?:the\s+)?$")
# The case a warrant is about: "arrest warrants related to the murder of" (not an inquiry's: "an investigation into
# the killing of three people" is often the news itself).
_PURSUED_FOR_BEFORE = compile_scan(
    r"\bwarrants?\s+(?:related\s+to|over|for|concerning|in\s+connection\s+with)\s+(?:the\s+)?$"
)
# An act told as the answer to a killing before it: "reprisal raids", "in retaliation", "to avenge".
_REPRISAL_BEFORE = compile_scan(r"\b(?:reprisals?|retaliat\w*|revenge|aveng\w*)\b", re.IGNORECASE)
# A crowd that had come together before the attack, for a death before it: "where mourners had gathered after".
_GATHERED_BEFORE = compile_scan(
    r"\bhad\s+(?:gathered|assembled|converged|flocked|massed)\b[^.;,]{0,30}$", re.IGNORECASE
)
_OTHER_EVENT_BEFORE = compile_scan(
    r"\b(?:riots?|rioting|rioters|protests?|protesters|demonstrat(?:ions?|ors|ed)|unrest|disorder|clash(?:es|ed)|"
    r"marche[sd]|curfew|erupted|broke\s+out|flared|retaliat\w*|offensive|(?:air\s?)?strikes|airstrike|"
    r"raids?|launched|manhunt)\b"
)
# A figure a side gives for its own feat ("claimed to have killed dozens", "said it killed 30 soldiers",
# "claims 57 soldiers were killed", "said in a statement that its fighters killed 14", "claimed responsibility for
# the attack, saying 40 soldiers were killed"); not "claimed responsibility for ...", nor "claimed the lives of".
_CLAIM_BEFORE = compile_scan(
    # ("claimed through their media outlets to have killed 30 soldiers": where the claim was made)
    r"\b(?:claim(?:s|ed|ing)?|counter-?claims?)\s+(?:(?:through|via|in|on)\s+(?:its|their|a|an|the)\s+"
    r"(?:[\w-]+\s+){1,3}?)?(?:that\s+)?(?:(?:it|they|its|their|his|her)\s+(?:[\w-]+\s+)?)?"
    r"(?:(?:had|has|have|to\s+have)\s+)?$"
    # ("said on Thursday its fighters had killed three": the day it was said, between)
    r"|\b(?:said|says|saying|announced)\s+(?:on\s+[a-z]+day\s+)?"
    r"(?:in\s+an?\s+(?:[\w-]+\s+)?statement\s+(?:on\s+[\w-]+\s+)?)?(?:that\s+)?"
    r"(?:it|they|its\s+(?:[\w-]+\s+)?(?:fighters|forces|troops|"
    r"men|militants|soldiers|units)|their\s+(?:[\w-]+\s+)?(?:fighters|forces|troops|men|units))\s+"
    r"(?:(?:had|has|have)\s+)?$"
    r"|\bclaim(?:s|ed|ing)\s+responsibility\b[^.;]{0,80}?,\s+saying\s+(?:that\s+)?$"
    # ("the group itself had boasted of killing 1,700": a side's boast of its feat)
    r"|\b(?:boast(?:s|ed|ing)?|brag(?:s|ged|ging)?)\s+(?:of|about|that\s+(?:it|they)\s+(?:had\s+)?)\s*"
    r"(?:(?:having\s+)?(?:killed|killing|executed|executing|slaughtered|slaughtering)\s+)?$"
)
# "killed four soldiers, the ministry said, while a war monitor said the strikes killed seven": a second source's
# figure for the same event in the same sentence, not more dead.
# "The rebels killed 30 soldiers, a spokesman for the group claimed": the side's claim told after its figure.
_CLAIM_AFTER = compile_scan(r"[^.;:]{0,80}?,\s+(?:[\w'-]+\s+){1,6}?claim(?:ed|s)\s*[.;]")
_SUPERSEDED_BEFORE = compile_scan(
    r"\b(?:well\s+|far\s+|much\s+)?(?:above|higher\s+than|up\s+from)\s+(?:the\s+|an\s+earlier\s+|the\s+earlier\s+)?$"
)
_RIVAL_GAP = compile_scan(
    r"\b(?:while|whereas|but|however)\b[^.;]{0,80}?\b(?:said|says|reported|put|estimated|according\s+to)\b"
    r"[^.;]{0,40}?\b(?:the|that|those|these)\s+(?:[\w-]+\s+)?(?:strikes?|air\s?strikes?|attacks?|raids?|"
    r"bombings?|blasts?|explosions?|shelling|clashes|fighting|assault)\b"

)
# "Health officials said 40 people were killed; the rebels said 52 had died": each source's count, after a
# first figure that a source was also named for, is another count of the same dead (unless of other victims).
_RIVAL_SAID_BEFORE = compile_scan(
    r"(?:;|,\s*(?:while|whereas|but|(?:al)?though))\s+(?!and\b)(?:[\w'-]+\s+){1,4}?"
    r"(?:said|says|put|claimed|reported|estimated)"
    r"\s+(?:that\s+)?$"
)
_SAID = compile_scan(r"\b(?:said|says|according\s+to|reported|told)\b")
# "..., while in Zaporizhzhia officials said the attack killed two more": more dead, not a rival count of the same.
_MORE_DEATH_WORDS = ("died", "succumb", "perish", "killed", "to death", "shot dead", "slain", "murdered")
# A person, by his role and name or by his name, then "and" right before "N other ...": the others are other than him.
_ONE_NAMED_AND_BEFORE = compile_scan(
    # (an initial's stop is no sentence's: "The U.S. ambassador to Libya, J. Christopher Stevens, and")
    r"(?:\b(?:the|a|an)\s+(?:[^,.;]|(?<=[A-Z])\.){2,60}?,\s+[A-Z](?:[^,.;]|(?<=[A-Z])\.){2,50},"
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][\w.'’-]+){1,3},?)\s+and\s+$"
)
_MORE_AFTER = compile_scan(r"\s+(?:more|others?|additional|further)\b")
_LIVES_AFTER = compile_scan(r"\s+(?:[\w-]+\s+){0,2}?lives\b")
# "Two officers were seriously wounded ... Three other officers were lightly wounded": the wounded told by how
# badly, the lighter cases after the grave ones, so more wounded rather than a share or a rival figure.
_OTHER_AFTER = compile_scan(r"\s+(?:[\w-]+\s+)?others?\b")
_LIGHTLY = compile_scan(r"\b(?:lightly|slightly|moderately|minor|superficial)\b")
_GRAVELY = compile_scan(r"\b(?:seriously|critically|severely|badly|gravely)\s+(?:wound|injur|hurt)(?:ed|ing|s)?\b")
# Who the dead were, in three kinds a claim and a rival figure can be compared by: a claim of soldiers killed
# competes with "four were killed" or "four soldiers died", not with "12 militants were killed".
_VICTIMS_AFTER = compile_scan(
    r"(?:\s+of\s+(?:its|their|his|her|the|them|whom))?(?:\s+[\w-]+){0,2}?\s+(?:"
    r"(?P<forces>soldiers?|troops?|peacekeepers?|servicem[ae]n|service\s+members|personnel|policem[ae]n|"
    r"police(?:\s+officers)?|officers|guards|marines|recruits|conscripts|security\s+forces)|"
    r"(?P<armed>militants?|fighters?|rebels?|insurgents?|terrorists?|jihadists?|gunm[ae]n|attackers?|assailants?|"
    r"combatants?|extremists?|bandits?)|"
    r"(?P<civil>civilians?|villagers?|residents?|children|women|worshippers?|students?|passengers?|farmers?|patients?|"
    r"passers-by|passersby|bystanders?|demonstrators?|protesters?|journalists?)|"
    # "1 UN national staff killed ... The raid also killed 17 villagers": an aid-worker record's own count
    r"(?P<aid>staff(?:ers?|\s+members?)?|aid\s+workers?|humanitarian\s+workers?|volunteers?|paramedics?|"
    r"vaccinators?|deminers?))\b"
)
_SUBSET_BEFORE = compile_scan(
    # ("14 personnel killed incl. 2 officers": a log's short form)
    r"(?:including|incl\.|among\s+(?:them|whom)(?:\s+(?:were|are))?|of\s+whom|(?<!along\s)(?<!together\s)with|mostly|"
    r"most\s+of\s+them)\s*$",
    re.I,
)
# "23 of the wounded", "three of the dead": a share of people a figure has already counted, never more of them.
_OF_THOSE_AFTER = compile_scan(r"\s+of\s+(?:the|those)\s+(?P<noun>wounded|injured|dead|killed)\b", re.IGNORECASE)
_KIND_OF_NOUN = {"wounded": "injured", "injured": "injured", "dead": "killed", "killed": "killed"}
_DEFINITE_BEFORE = compile_scan(r"\b(?:the|both|all|these|those|his|her|their)\s+$", re.IGNORECASE)
# "..., were hospitalized; all three were expected to survive": the fate of people counted before.
_FATE_AFTER = compile_scan(
    r"\s+(?:were|are|have)\s+(?:all\s+)?(?:expected\s+to\s+(?:survive|recover)|recovering|survived)\b", re.IGNORECASE
)
# "all 329 people on board were killed": "all" before a figure no earlier one gave is the whole count, first told.
_ALL_WHOLE_BEFORE = compile_scan(r"\ball\s+$", re.IGNORECASE)
# "killing all four people inside": the count itself, not a pointer back to people counted before.
_ALL_AFTER_VERB = compile_scan(r"\b(?:killing|killed|kills|wounding|wounded|injuring|injured)\s+all\s+$", re.I)
# "..., and 25 others were wounded", "and 25 others remained in hospital": a figure with a verb of its own. A verb
# after a word that opens another clause is that clause's ("killing 19 children and two teachers before he was
# shot dead": the gunman's, not the teachers').
_OWN_CLAUSE_AFTER = compile_scan(
    r"(?:\s+(?!who\b|which\b|that\b|whom\b|before\b|after\b|when\b|while\b|until\b|as\b|he\b|she\b|they\b)"
    r"[a-z'-]+){0,3}?\s+(?:were|was|are|is|have|has|had|remained|remain|remains|"
    r"died|suffered|sustained|lost)\b",
    re.IGNORECASE,
)
# "Three attackers were killed along with two police officers": more of the same dead after the verb.
# ("was shot dead together with his bodyguard": the same)
_ALONG_WITH = compile_scan(r",?\s+(?:\w+ly\s+)?(?:along|together)\s+with\s+")
_SHARE_THEN_ALONG = compile_scan(r",\s+[\w-]+\s+of\s+them(?:\s+\w+ly)?,\s+along\s+with\s+")
# "The mayor was killed in a car bomb along with two of her bodyguards", "killed along with his two sons": the
# companions of the one killed, named by the possessive, are more dead, with the place or cause between.
_ALONG_WITH_KIN = compile_scan(
    r"(?:\s+(?:in|at|on|near|outside|inside|during|by)\s+[^.,;:()]{1,50}?)?\s*,?\s+(?:along|together)\s+with\s+"
    r"(?=(?:his|her|their)\b|[\w-]+\s+of\s+(?:his|her|their)\b)"
)

# "The mayor was killed in the ambush along with two of her bodyguards", "The governor and his driver were shot
# dead": a person named by "the" is no count of its own, but here opens a list of dead that goes on after it.
_DEATH_PASSIVE = (
    r"(?:also\s+)?(?:\w+ly\s+)?(?:killed|shot\s+dead|gunned\s+down|murdered|assassinated|slain|stabbed\s+to\s+death|"
    r"martyred)\b"
)
_DEFINITE_ONE_LIST = compile_scan(
    rf"\bthe\s+(?:(?!(?:a|an|the|of|and|or|was|were)\b)[\w'-]+\s+){{0,3}}?{_PERSON}"
    # ("The provincial intelligence chief, Abdul Momin, and a local journalist were also killed": his name between)
    # ("The governor of Yemen's second city Aden was killed ... along with six of his bodyguards": four words of where)
    r"(?:\s+of\s+[\w'-]+(?:\s+[\w'-]+){0,3}|,\s+[^,.;:]{2,40},)?"
    rf"(?=\s+(?:was|had\s+been|has\s+been)\s+{_DEATH_PASSIVE}[^.;:]{{0,80}}?\balong\s+with\s"
    rf"|\s+and\s+(?:(?:his|her|their|one|an?|two|three|four|five|six|\d+|[\w-]+\s+of\s+(?:his|her|their))\s+)"
    rf"[^.;:]{{0,50}}?\s(?:were|had\s+been|have\s+been)\s+{_DEATH_PASSIVE})",
)
# "Gunmen killed two soldiers and the district governor": a person named by "the" closing the list after the verb.
_DEFINITE_ONE_LAST = compile_scan(
    # "shot dead a patient and the relative who was caring for him"
    r"\b(?:killing|killed|kills|wounding|wounded|injuring|injured|shot\s+dead|shooting\s+dead|gunned\s+down|"
    r"murdered|stabbed\s+to\s+death)\s+[^.;:]{1,60}?\s(?:and|as\s+well\s+as)\s+"
    rf"(?P<one>the\s+(?:(?!(?:a|an|the|of|and|or|was|were)\b)[\w'-]+\s+){{0,2}}?{_PERSON})\b(?![s'’-])"
    # the list's end, not the subject of a clause of its own ("and the governor ordered an inquiry"); a participle
    # with its object still tells who he was ("and the policeman guarding her")
    # ("killed at least 20 people as well as the driver and wounded 138": the next verb's list after it)
    r"(?=\s*(?:[,.;)]|$)|\s+(?:in|at|near|during|on|from|as|after|while|when|outside|inside|with|who)\b"
    r"|\s+and\s+(?:wounded|wounding|injured|injuring)\s"
    r"|\s+(?:guarding|escorting|protecting|accompanying|driving|caring\s+for)\s+(?:him|her|them)\b)"
)
# "Ten police officers and the civilian driver were killed": a person named by "the" closing the list of the dead.
_DEFINITE_ONE_PASSIVE = compile_scan(
    rf"\band\s+(?P<one>the\s+(?:(?!(?:a|an|the|of|and|or|was|were)\b)[\w'-]+\s+){{0,2}}?{_PERSON})"
    # "... and the civilian driver of their vehicle were killed": whose driver, between the person and the verb
    # ("... and the driver of their private vehicle were killed": a word may describe it)
    r"(?:\s+of\s+(?:their|his|her|the)\s+(?:[\w-]+\s+)?[\w-]+)?"
    # ("A polio vaccinator and the police constable escorting him were shot dead": who he was, told by his duty)
    r"(?:\s+(?:guarding|escorting|protecting|accompanying|driving)\s+(?:him|her|them))?"
    rf"\s+(?:were|had\s+been|have\s+been)\s+{_DEATH_PASSIVE}"
)
# "Eight personnel of the District Reserve Guard and their driver": a unit's capitalised name, not a person.
_UNIT_NUMBER = compile_scan(rf"\b\d+(?={UNIT_NAME_AFTER_NUMBER})")
_UNIT_NAME = compile_scan(r"\b[A-Z][\w'-]*\s+(?:Guards?|Police|Force|Corps|Army|Brigade)\b")
# What a sentence needs before _DEFINITE_ONE_LIST (slow: a person after every "the") is worth trying in it.
_DEFINITE_ONE_GATE = compile_scan(rf"\balong\s+with\b|\b(?:were|been)\s+{_DEATH_PASSIVE}")
# "MP Ibrahim Abiriga and his brother were shot dead": the named man before his companion, one more of the dead.
_NAME_AND_KIN_DEAD = compile_scan(
    r"(?<![\w'’-])(?!(?:The|A|An|This|That)\b)(?P<one>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    # ("Kieth Absalon, 21, and his cousin Nolven were killed": his age between; the kin's own name after)
    r"(?:,\s+\d{1,3},)?\s+and\s+(?:his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    # ("Ján Kuciak and his fiancée, Martina Kušnírová, both aged 27, were found shot dead": her name and their ages)
    rf"{_PERSON}(?:\s+[A-Z][\w'’-]+|(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})?,\s+both\s+aged\s+\d{{1,3}},)?"
    rf"\s+(?:were|have\s+been|had\s+been)\s+(?:found\s+)?{_DEATH_PASSIVE}"
)
# "Carrero Blanco, his driver and a police bodyguard were killed": a named man, then a list of his people.
_NAME_COMMA_KIN_DEAD = compile_scan(
    r"(?<![\w'’-])(?!(?:The|A|An|This|That)\b)(?P<one>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:his|her)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_PERSON}\s+and\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\s+"
    rf"(?:were|have\s+been|had\s+been)\s+{_DEATH_PASSIVE}"
)
# "cameraman Achyuta Nand Sahu and two policemen were killed": a named man before a figure of the dead, one more.
_NAME_AND_COUNT_DEAD = compile_scan(
    r"(?<![\w'’-])(?!(?:The|A|An|This|That|In|On|At)\b)(?P<one>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3})\s+and\s+"
    rf"{_SMALL_COUNT}\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:[a-z]+s|[a-z]+men)\s+(?:were|have\s+been|had\s+been)\s+{_DEATH_PASSIVE}"
)
# "19/12/2012 - Female polio campaign supervisor and her driver shot dead by unidentified gunmen": a log row's
# subject, a person with no article, before a companion; one more of the dead (read only where the row or sentence
# opens with it, so "two soldiers and his driver" keeps its figure)
_BARE_ONE_AND_KIN_DEAD = compile_scan(
    rf"(?<![\w'’-])(?P<one>(?:(?!(?:a|an|the|one|his|her|their|and)\b)[\w'’-]+\s+){{0,3}}?{_PERSON})\s+and\s+"
    rf"(?:his|her)\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\s+(?:(?:were|have\s+been|had\s+been)\s+)?{_DEATH_PASSIVE}"
)
_ROW_OPENING = compile_scan(r"\s*(?:[\d/.-]+\s*)?(?:[-\u2013\u2014:]\s*)?")


def _bare_one_and_kin(low: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of _BARE_ONE_AND_KIN_DEAD's first person, where nothing but a row's date stands before it."""
    return [
        m.span("one")
        for m in _BARE_ONE_AND_KIN_DEAD.finditer(low, a, b)
        if _ROW_OPENING.fullmatch(low, a, m.start("one"))
    ]


def _name_and_count(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of _NAME_AND_COUNT_DEAD's named man: not a group, a people or a place by that name."""
    g = load()
    out = []
    for m in _NAME_AND_COUNT_DEAD.finditer(text, a, b):
        words = m.group("one").split()
        if fold(words[-1]) in _NAMED_NOT_PERSON or fold(words[0]) in g.demonyms or g.lookup(fold(m.group("one"))):
            continue
        out.append(m.span("one"))
    return out


# The words between a title and the name of the man who holds it: capitalised words, "of" ("Superintendent of
# Police Vinod Kumar Choubey").
_SAME_NAME_RUN = compile_scan(r"(?:\s+(?:of|[A-Z][\w'’.-]*))+\s+")
# "Saleh al-Arouri, deputy head of the political bureau, was killed together with six other members": the named man
# opens the list of the dead that goes on after the verb, as "The commander was killed along with six" does.
_NAME_ALONG_DEAD = compile_scan(
    r"(?<![\w'’-])(?!(?:The|A|An|This|That|He|She|They|It)\b)"
    # ("The police spokesperson, Andrew Felix Kaweesi, was this morning shot dead together with his bodyguard": the
    # name as the apposition closed by a comma, the time between the auxiliary and the verb)
    # ("its president, Saleh Ali al-Sammad, who was martyred together with six of his companions")
    r"(?P<one>[A-Z][\w'’-]+(?:\s+(?:[A-Z]|al-|el-|bin\s|ibn\s)[\w'’-]+){1,3})"
    r"(?:,\s+[^,.;:]{2,60},|,(?=\s+was\s)|,\s+who)?"
    r"\s+(?:was|had\s+been|has\s+been)\s+(?:(?:this|yesterday|early|late|last|on)\s+(?:[\w-]+\s+)?)?"
    rf"{_DEATH_PASSIVE}[^.;:]{{0,40}}?\b(?:along|together)\s+with\s"
)


def _along_with_kin(low: str, verb_end: int, start: int) -> bool:
    """Whether the figure at `start` follows the verb as its companions (see _ALONG_WITH_KIN)."""
    m = _ALONG_WITH_KIN.match(low, verb_end, start + 24)
    return m is not None and low[m.end() : start] in ("", "his ", "her ", "their ")
# "More than 50 people were killed or injured", "dead or wounded": one figure for two kinds of casualty.
_EITHER_HURT_AFTER = compile_scan(r"\s+or\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|maimed)\b")
# "two wounded people died in hospital", "three injured soldiers later succumbed": the hurt, named by what they
# were before they died.
_HURT_DIED_AFTER = compile_scan(
    r"\s+(?:(?:people|persons|civilians|soldiers|troops|victims|men|women|children|policemen|officers|passengers|"
    r"patients|workers)\s+)?(?:(?:later|subsequently|since|have|had|also)\s+)*(?:died|succumbed)\b"
    # "a third was injured and later died in hospital", "was wounded in the blast and died": hurt, then dead
    # "was hit by sniper fire at about 11:30 a.m. and died before he could be evacuated"
    r"|(?:\s+(?:(?:in|by|during|at)\s+)?(?:[\w:.'-]+\s+){0,7}?[\w:.'-]+)?\s+and\s+(?:(?:later|subsequently|then)\s+)?"
    r"(?:died|succumbed)\b"
)
# A singular verb right before the harm: "A taxi driver and father of four has died" is one man described twice.
_SINGULAR_VERB_BEFORE = compile_scan(r"\b(?:has|was|is)\s+(?:been\s+)?(?:\w+ly\s+)?$")
# A list's later part with an article of its own is another person: "A soldier and a policeman".
_DETERMINER_OPENS = compile_scan(r"(?:an?|the|his|her|their|one|another)\s")
# "A woman who was hit by a van at the fair has died": the relative clause tells how she died, not one more hurt.
_WHO_WAS_BEFORE = compile_scan(r"\bwho\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?$")
# The harms a relative clause tells of its head ("who was stabbed"), read both where its people are set aside and
# where its head's death is counted (_ONE_DEAD).
_WHO_HARM = r"(?:shot|stabbed|wounded|injured|attacked|beaten|hit)"
# "A woman who was stabbed while trying to stop an attack on a mother and her child has died": the relative clause's
# people are not those who died, its head is; the death is hers, read by `_one_named`.
_WHO_HIT_CLAUSE_BEFORE = compile_scan(rf"\bwho\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?{_WHO_HARM}\b[^.;,]{{0,160}}$")
_SINCE_DIED_AFTER = compile_scan(r"[^.;]{0,120}?\s(?:(?:has|had)\s+(?:since\s+|now\s+)?|later\s+)?(?:died|succumbed)\b")
# "Four Marines were among the seven people killed": the whole the few belong to, stated here, not a pointer back.
_AMONG_THE_BEFORE = compile_scan(r"\bamong\s+the\s+$", re.IGNORECASE)
_POSSESSIVE_BEFORE = compile_scan(r"\b(?:his|her|their)\s+$", re.IGNORECASE)
# "the three remaining victims are recovering": the rest of those hit, counted for the first time
_CASUALTY_NOUN_AFTER = compile_scan(
    r"\s+(?:(?:remaining|surviving)\s+)?(?:fatalities|deaths|dead|victims|casualties)\b", re.IGNORECASE
)
# "died in Iraq last year", "killed so far this year", "killed in 2006": a period's toll, not one event's
_YEARS_TOLL_AFTER = compile_scan(
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:last|this|that|the\s+previous)\s+year|in\s+(?:19|20)\d\d)\b|\s+so\s+far\b"
)
# "Funerals were held on Sunday for the 12 people killed on Friday", "mourners buried the nine villagers slain in
# the raid": a story told from the aftermath names its dead by the definite article, with no figure before it
# (not "the two men killed the guards": the subject of an active verb).
# "The four men who died in the siege were killed soon after the gunman burst in": the same, by a relative clause.
_KILLED_NAMED_AFTER = compile_scan(
    # "the names of the 11 worshippers shot to death Saturday morning"
    # ("The bodies of the 40 CRPF personnel killed in Thursday's suicide attack": a force's initials before its men)
    # ("The 52 people murdered in the 7 July 2005 London bombings")
    # ("The seven World Central Kitchen staff killed when their convoy was hit": an employer's name before its staff)
    r"(?:(?:\s+(?:[a-z'-]+|[A-Z]{2,6}\b)){0,2}?|(?:\s+[A-Z][\w'-]+){1,4}\s+(?:staff|workers|employees|volunteers|"
    r"members|personnel))\s+"
    r"(?:(?:killed|slain|shot\s+dead|(?:shot|stabbed|hacked|beaten|burned)\s+to\s+death|gunned\s+down|murdered)\b"
    # (not "killed a", "killed 12": the killer's object; "killed at a school" is where)
    r"(?!\s+(?:(?:a|an|the|his|her|their)\b|\d))|"
    r"(?:who|that)\s+(?:died|were\s+killed|lost\s+their\s+lives)\b)"
)
# "a 23rd victim died in a hospital", "The 13th victim, a waiter, has died": the toll told by the newest death's rank.
_ORDINALS = (
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINALS_SET = frozenset(_ORDINALS)
# ("A 10-year-old girl has become the sixth person to die": the rank told in words, and "to die")
_NTH_DIED = compile_scan(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|(?P<w>{'|'.join(_ORDINALS)}))\s+"
    # ("a twelfth victim, the school headmaster, fell into a coma two days later and died in December 2000")
    # (and two asides: "A twelfth victim, headmaster Ronnie Hill, who fell into a coma, died in 2000")
    r"(?:victim|person|casualty|fatality)(?:(?:(?:,[^,.;]{1,50}){1,2},)?(?:\s+[a-z][^,.;]{0,60}?\s+and)?\s+"
    r"(?:has\s+|had\s+|later\s+|also\s+|subsequently\s+)*(?:died|succumbed)\b|\s+to\s+(?:die|have\s+died)\b)"
)
# "Fourteen people died at the scene and a fifteenth in hospital a few days later": the verb left out before the rank
_NTH_ELIDED = compile_scan(
    rf"\b(?:died|were\s+killed)\b[^.;]{{0,60}}?\band\s+(?:a|the)\s+(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|"
    rf"(?P<w>{'|'.join(_ORDINALS)}))\s+(?:(?:victim|person)\s+)?(?:later\s+)?(?:in\s+(?:a\s+|the\s+)?hospital|later|"
    r"at\s+(?:a|the)\s+hospital|on\s+the\s+way)\b"
)
# A place's or a period's running toll, told in a clause after the event's own figure: "where ethnic clashes have
# killed", "in which the fighting has claimed".
_PERFECT_CLAUSE_BEFORE = compile_scan(
    r"\b(?:where|in\s+which|during\s+which)\s+[^.;:]{0,80}?\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?"
    r"(?:killed|claimed(?:\s+the\s+lives\s+of)?|left)\s+$"
)
# "the deadliest mass shooting in modern US history, surpassing the 32 killed at Virginia Tech": another event's toll.
_SURPASSED_BEFORE = compile_scan(
    r"\b(?:surpass(?:ing|ed|es)|exceed(?:ing|ed|s)|eclips(?:ing|ed|es)|overtak(?:ing|en|es)|topp(?:ing|ed))\s+"
    r"(?:the\s+)?$"
    # "28 people were killed ..., fewer than the 54 dead that officials announced": the count it is set against
    r"|\b(?:fewer|lower|less|higher|greater)\s+than\s+the\s+$"
)
# "a truck bomb killed six, hours after 13 police officers died in another attack": an earlier event's dead, told as
# the time of this one.
_HOURS_AFTER_BEFORE = compile_scan(
    r"\b(?:hours|minutes|days|a\s+day|a\s+week|weeks|shortly|just)\s+(?:after|before)\s+(?:[\w'-]+\s+){0,3}$"
)
# ", 31 of them women, and ": a share between two parts of a list, after the first part's people.
# ("Twenty hostages, nine of them Italian and seven Japanese, and two police officers": two shares)
_SHARE = (
    # ("10 family members, including 4 children, and 2 neighbours": a share told by "including")
    r"(?:(?:most|many|some|several|half|\d{1,3}|[a-z]+)\s+of\s+them|including\s+(?:\d{1,3}|[a-z]+))(?:\s+[a-z-]+){1,3}?"
    r"(?:\s+and\s+(?:\d{1,3}|[a-z]+)(?:\s+[a-z-]+){1,2})?"
)
_SHARE_WORDS = compile_scan(rf",\s*{_SHARE}")
_SECOND_SHARE_BEFORE = compile_scan(r"\bof\s+them(?:\s+[A-Za-z-]+){1,2}\s+and\s+$")
# The same second part inside a total's aside, the share's figure after a comma: "A total of 184 people, 59 of them
# on the aircraft and [125 inside the building], were killed". The comma lets it reach four words, which the bare
# pattern above cannot ("Four of them died at the scene and another died").
_SHARE_SECOND_PART_BEFORE = compile_scan(r",\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+of\s+them(?:\s+[a-z-]+){1,4}\s+and\s+$")
_SHARE_ASIDE = compile_scan(rf"(?:\s+[\w'-]+){{1,3}}\s*,\s*{_SHARE}\s*,\s*(?:and\s+)?")
# "killing everyone on board", "killing all 298 people aboard": all those a plane or a boat carried ...
_ALL_ABOARD_KILLED = compile_scan(
    r"\b(?:killing|killed)\s+(?:all|everyone|everybody)(?:\s+of\s+the)?(?:\s+\d[\d,]*)?\s+"
    r"(?:(?:people|passengers|persons)(?:\s+and\s+crew)?\s+)?(?:on\s+board|aboard)\b",
    re.IGNORECASE,
)
# ... as many as the text says it carried: "carrying 298 people", "with 239 passengers and crew aboard".
_CARRYING = compile_scan(
    r"\b(?:carrying|with)\s+(?P<n>\d[\d,]*)\s+(?:people|passengers|persons)(?:\s+and\s+crew)?\b"
    r"|\bwith\s+(?P<n2>\d[\d,]*)\s+(?:on\s+board|aboard)\b",
    re.IGNORECASE,
)
# The dead told by their burial (not those buried alive or under rubble, who may be found alive).
_BURIED = compile_scan(
    r"\b(?P<n>\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:(?:people|persons|victims|villagers|civilians|bodies)\s+)?(?:were|had\s+been|have\s+been)\s+(?:mass-?\s*)?"
    r"buried\b(?!\s+(?:alive|under|beneath|in\s+(?:the\s+)?rubble))",
    re.IGNORECASE,
)
_BODIES_OF_FOUND = compile_scan(
    r"\bthe\s+bod(?:y|ies)\s+of\s+(?P<n>one|two|three|four|five|six|\d{1,2})(?:\s+of\s+them)?\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:later\s+)?(?:found|recovered|discovered)\b"
)
_ONLY_PERPS_DIED = compile_scan(
    r"\bno(?:\s+one|body|-one)\s+(?:else\s+)?(?:besides|other\s+than|apart\s+from|except(?:\s+for)?|but)\s+(?:the\s+)?"
    r"(?:(?P<n>two|three|four|five|six|\d{1,2})\s+)?(?:suicide\s+)?(?:attackers?|bombers?|gunm[ae]n|assailants?|"
    r"shooters?|perpetrators?)\s+(?:was\s+|were\s+)?(?:killed|died)\b"
)
_LATER_SAID_BEFORE = compile_scan(r"\blater\s+(?:said|reported|confirmed)\s+(?:that\s+)?$")
# (the last "said" before the figure is the state's: not "the ministry said, while a war monitor said ...")
_STATE_SAID_BEFORE = compile_scan(
    # ("The new statement said that 37 assailants had also been killed": the forces' own statement)
    r"\b(?:army|military|ministry|police|government|officials|troops|authorities|spokes(?:man|woman|person)|"
    # ("...; the government says 77 insurgents die": a chronology's present tense)
    r"command|statement|communiqu[eé])\b(?:(?!\bsaid\b)[^.;]){0,40}?\b(?:said|says)\b(?:(?!\bsaid\b|\bwhile\b)[^.;]){0,30}$|"
    # "Seven soldiers were killed, according to a communique, while 38 terrorists were neutralised"
    r"\baccording\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:communiqu[eé]|statement)\b[^.;]{0,30}$"
    # "The army said 17 soldiers were killed and 13 wounded, and that around 100 militants died": the same saying
    r"|\b(?:army|military|ministry|police|government|officials|authorities|command)\b[^.;]{0,40}?\bsaid\b[^.;]{0,120}?"
    r",?\s+and\s+that\s+(?:(?:around|about|some|nearly|almost|at\s+least|more\s+than|over)\s+)?$"
    # a log's speaker and its colon: "Defence ministry: 17 soldiers killed and 20 wounded, ...; more than 100
    # attackers 'neutralised'"
    r"|\b(?:army|military|ministry|police|government|presidency|authorities|command|statement|communiqu[eé])"
    r"\s*:\s[^.]{0,120}$"
    # a communique's own balance sheet: "Provisional toll: on the friendly side, six (6) soldiers killed ...; on the
    # enemy side, about a hundred terrorists neutralised"
    r"|\bon\s+the\s+enemy(?:['’]s)?\s+side\s*[,:]?\s*$"
)
_ENEMY_LEFT_BEFORE = compile_scan(
    r"\b(?:attackers|assailants|insurgents|militants|terrorists|gunmen|jihadists|rebels|bandits|enemy)\s+"
    r"(?:had\s+)?left(?:\s+behind)?\s+(?:some\s+|at\s+least\s+)?$"
)
# The enemies a state counts: not "fighters", whom a monitor may count among the victims.
_ENEMY_AFTER = compile_scan(
    # ("The military said 13 of the militants were also killed": some of them)
    r"\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:attackers|assailants|insurgents|militants|terrorists|gunmen|jihadists|rebels|bandits|"
    r"maoists|naxals|naxalites|criminals|gangsters|sicarios|(?:gang|cartel)\s+members)\b"
    # "19 suspected members of the Sinaloa Cartel had also been killed by troops": those the forces suspect
    r"|\s+suspected\s+(?:[\w-]+\s+){0,2}?(?:members|criminals|kidnappers|robbers|smugglers|traffickers)\b"
)
_ALL_ATTACKERS_BEFORE = compile_scan(r"\ball\s+(?:the\s+|of\s+the\s+)?$")
# Attackers who died by their own blast: "blew themselves up", "suicide bombers", "detonated their vests".
_OWN_BLAST = compile_scan(
    r"\bblew\s+themselves\s+up\b|\bsuicide\s+(?:bombers?|bombings?|attackers?|vests?|belts?)\b|"
    r"\bdetonated\s+(?:their|his|her)\b"
)
# "ended when Malian special forces stormed the building", "commandos stormed the hotel": the forces who ended a siege
_FORCES_STORMED = compile_scan(
    r"\b(?:special\s+forces|commandos|troops|soldiers|police|security\s+forces|army)\b[^.;]{0,40}?"
    r"\b(?:stormed|raided|retook|freed)\b"
)
_AMONG_THEM_AFTER = compile_scan(r"(?:\s+[\w'’-]+){0,2}?\s+among\s+them\b", re.IGNORECASE)
_OF_WHOM_AFTER = compile_scan(r"\s+of\s+(?:whom|them|those)\b", re.IGNORECASE)
_ADDITIVE = compile_scan(r"^(?:another|a\s+further|an\s+additional)\b", re.IGNORECASE)
_TOTAL = compile_scan(r"^(?:a\s+total\s+of)\b|\bin\s+total\b|\btotal\b", re.IGNORECASE)
_MOSTLY_ASIDE = r",\s*(?:mostly|mainly|largely|all)\s+[A-Za-z'-]+(?:\s+(?:and|or)\s+[A-Za-z'-]+)?"
_MOSTLY_WORDS = compile_scan(_MOSTLY_ASIDE)
_LIST_GAP = compile_scan(
    # "A man, 34, and his wife": the age between commas is a word of the part, not a part
    # "Five jawans of the Central Reserve Police Force's elite CoBRA unit and their civilian driver": a unit's long name
    # "three 9-year-old children and three adults": an age in the part's words
    # "At least 141 victims, most of them children, and all seven assailants": an aside on the part's people
    # "A man in his 20s and a woman", "a member of staff, aged 22, and a customer": the police's ages
    # ("killing 14 people and kidnapping the pastor and his wife": another act's verb ends the list of the dead)
    # "Fifteen commandos of the police's elite C-60 force and their civilian driver": a unit's letter and number
    # ("9 soldiers (incl. a brigadier and a lieutenant colonel) and 2 civilians": who some of the part were)
    # ("About 80 suspects remain at large, and at least three witnesses were killed": the first part's own predicate
    # ends it, which no list of the dead has)
    r"^((?:\s+(?:\([^()]{0,60}\)|(?!(?:kidnapp|abduct|seiz|loot|torch|burn)\w*\b|(?:remain(?:s|ed)?|fled|escaped|are|is)\b)"
    r"[A-Za-z'’-]+|\d{1,3}-year-old|\d0s|"
    # ("75 CRPF personnel of the 62nd battalion and one head constable": a unit's ordinal)
    r"[A-Za-z]{1,3}-\d{1,4}|\d{1,3}(?:st|nd|rd|th)|"
    # ("Two men aged 67 and 56 and a 56-year-old woman", "Two men, aged 67 and 56, and a woman": both ages at once)
    # ("killing two students, both 14, and two math teachers": one age for the part's people)
    r"aged\s+\d{1,3}(?:\s+and\s+\d{1,3})?)|\s*,\s*(?:(?:both|all)\s+)?(?:aged\s+)?\d{1,3}(?:\s+and\s+\d{1,3})?(?=\s*,)"
    # ("Thirty-five civilians, 31 of them women, and seven soldiers": a share told by its own figure)
    rf"|\s*,\s*{_SHARE}(?=\s*,)"
    # ("Twenty hostages, mostly Italian and Japanese, and two police officers": who most of the part were)
    rf"|\s*{_MOSTLY_ASIDE}(?=\s*,)"
    # ("killed MP Walid Eido, a critic of Syria, along with his son": who the named man was, before his companions)
    r"|\s*,\s*(?:an?|the)\s+[a-z][^,.;:()]{1,40}(?=,\s+along\s+with\s)){0,10}?)"
    r"(\s*,\s*(?:and\s+)?|\s+and\s+|"
    r",?\s+along\s+with\s+|"
    r"\s+as\s+well\s+as\s+)"
    # "killed his parents and then two students": the victims told in the order the attacker reached them
    r"(?:then\s+)?(?:(?:his|her|their|the|all)\s+)?$"
)

_ZERO_WHO = (
    # aid-worker logs: "No staff were hurt", "no aid workers were harmed"; a hospital's "No patients or staff"
    r"staff(?:\s+members?)?|(?:aid|humanitarian)\s+workers?|personnel|employees|passengers|civilians?|patients|"
    r"crew(?:\s+members?)?|doctors|nurses|"
    # "No officer was killed in the blast", "no soldiers were hurt"
    r"(?:police\s+)?officers?|soldiers?|troops|policem[ae]n|students?|residents|worshippers|children|"
    # "said none of the guards had been killed": those the attack was on, by their post or work
    r"guards?|villagers|workers|miners|tourists|customers|pupils|"
    # "none of the victims had died": those it was done to, all alive
    r"victims"
)
_ZERO_RE = compile_scan(
    # "None of the passengers or crew was injured"
    # "No one else in the home, including four other children, was hurt": where they were, and who, told between
    # ("None of the five was killed or injured")
    r"\b(?:no(?:\s+one|-one|body|\s+1)?|none(?:\s+of\s+(?:the|them|those)(?:\s+(?:two|three|four|five|six|seven|"
    # ("No other passengers were hurt": none besides the one the text counted)
    r"eight|nine|ten|\d{1,3})(?=\s+(?:was|were)\b))?)?)(?:\s+else|(?<=no)\s+other(?=\s+[a-z]))?"
    r"(?:(?<=else)(?:\s+(?:in|at|inside)\s+the\s+[a-z-]+)?\s*,\s+including\s+[^,.;]{1,50},)?\s+"
    # ("No ICRC staff were killed": the agency's own)
    r"(?:(?:[inl]?ngo|un|icrc|msf|wfp|unicef|unhcr|unrwa|iom)\s+(?=staff|personnel|employees|workers))?"
    rf"(?:(?P<what>casualties|deaths|fatalities|injuries|people|person|one|{_ZERO_WHO})"
    rf"(?:\s+(?:or|and)\s+(?:{_ZERO_WHO}))?\s+)?"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:immediately\s+)?(?:reported\s+)?"
    # ("but no one has died, the prosecutor said")
    r"(?:(?:has|have|had)\s+(?=died\b))?"
    # "no one was struck" (by the shots fired): no one hit, so neither hurt nor killed
    r"(?P<verb>hurt|injured|wounded|harmed|killed|struck|reported(?!\s+(?:casualties|injuries|deaths|fatalities)\b)|"
    r"died)\b"
    # "no one was killed or injured": both kinds at once
    r"(?:\s+or\s+(?P<verb2>hurt|injured|wounded|harmed|killed))?"
    # ACLED's "No fatalities." and "Fatalities: 0" close a record with no verb at all
    # "there were no reported casualties"
    r"|\b(?:unharmed|unhurt|without\s+(?:causing\s+|any\s+)*casualties|"
    # "There were no victims among civilians or troops"
    r"no\s+(?:reported\s+)?(?:casualties|injuries|deaths|fatalities|victims)|"
    # "There were no immediate reports of deaths or injuries", "no reports of casualties"
    r"no\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?(?:(?P<both>(?:deaths|fatalities)\s+or\s+injuries|"
    r"injuries\s+or\s+(?:deaths|fatalities))|casualties|injuries|deaths|fatalities|victims))\b"
    # "There was no loss of life", "no lives were lost": no one died
    r"|\bno\s+(?:loss\s+of\s+(?:human\s+)?li(?:fe|ves)|"
    r"(?:human\s+)?li(?:fe|ves)\s+(?:was|were|has\s+been|have\s+been)\s+lost)\b"
    r"|\bno(?:body|\s+one)\s+lost\s+(?:their|his|her)\s+li(?:fe|ves)\b"
    # "the largest bomb ever exploded on the mainland, which injured 212 people but killed no one"
    r"|\b(?:killed|killing|kills)\s+(?:no\s+one|no-one|nobody)\b",
)
# "Police shot dead a man who attacked officers": forces, and their killing of someone read as the attacker by the
# clause after him (the active telling of _ATTACKER_SHOT_DEAD).
_FORCES_SHOT = (
    r"\b(?:police|policem[ae]n|officers|troops|soldiers|security\s+forces|gendarmes|deputies)\b(?:\s+[\w-]+){0,3}?"
    r"\s+(?:have\s+|had\s+)?(?:shot\s+dead|shot\s+and\s+killed|fatally\s+shot|gunned\s+down)\s+"
)
_WHO_ATTACKED = (
    r"\s+(?:who|after\s+(?:he|she))\s+(?:had\s+|was\s+|allegedly\s+|previously\s+|earlier\s+|just\s+)*"
    r"(?:stabb|attack|injur|wound|open(?:ed)?\s+fire|fired|shot|kill|threaten|ram|lung|charg)"
)
_ATTACKER_SHOT_BEFORE = compile_scan(_FORCES_SHOT + "$")
_WHO_ATTACKED_AFTER = compile_scan(_WHO_ATTACKED)
# "The attacker was shot dead by police", "injuring seven before being shot dead by police": the attacker's own
# death at the hands of police or troops, which the killed count leaves out (the project's convention).
_ATTACKER_SHOT_DEAD = compile_scan(
    r"\b(?:(?:the\s+)?(?:attacker|assailant|gunman|perpetrator|shooter|stabber|knifeman|suspect)s?(?:,[^,.;]{0,80},)?\s+"
    r"(?:was|were)|\b(?:he|she)\s+was|\b(?:before|after)\s+(?:being|he\s+was|she\s+was))\s+"
    # ("before he was himself shot and killed by a passer-by": whoever ended the attack)
    r"(?:(?:himself|herself)\s+)?(?:(?:later|then|instantly|eventually)\s+)?(?:shot\s+(?:instantly\s+)?dead|"
    r"shot\s+and\s+killed|fatally\s+shot|killed)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:police|officers?|troops|"
    r"soldiers|security\s+forces|deputies|passer-?by|bystanders?|(?:security\s+)?guards?|member\s+of\s+the\s+public)\b"
    # "An attacker was shot dead after he stabbed a police officer": the attacker's end, its agent unsaid
    r"|\b(?:an?|the)\s+(?:attacker|assailant|knifeman|stabber)\s+was\s+(?:later\s+)?shot\s+dead\b"
    # "attacked two officers, wounding both before he was shot dead": the end of the one who attacked
    r"|(?P<before>\bbefore\s+(?:being|he\s+was|she\s+was)\s+(?:(?:later|then|eventually)\s+)?shot\s+dead\b)"
    # "A Palestinian who tried to stab an Israeli soldier at a checkpoint was shot dead": the attempt makes him one
    r"|(?P<tried>\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|palestinian|youth|teenager|assailant|attacker|suspect|"
    r"knifeman|gunman)\s+who\s+(?:had\s+)?(?:allegedly\s+)?(?:tried|attempted)\s+to\s+(?:stab|attack|ram|shoot|kill|"
    r"run\s+over)\b[^.;]{1,120}?\s(?:was|were)\s+(?:later\s+)?(?:shot\s+dead|shot\s+and\s+killed)\b)"
    # "Officers at the scene shot the attacker, a 19-year-old from the camp, who died of his wounds"
    r"|(?P<shotwho>\b(?:police|policem[ae]n|officers?|troops|soldiers|security\s+forces)\b[^.;]{0,30}?\bshot\s+the\s+"
    r"(?:attacker|assailant|knifeman|stabber|gunman|suspect)(?:,[^,.;]{0,80},)?\s+who\s+(?:later\s+)?died\b"
    r"(?:\s+(?:of|from)\s+(?:his|her)\s+(?:wounds|injuries))?)"
    # "Armed officers have shot dead a man who was stabbing members of the public"
    rf"|{_FORCES_SHOT}(?P<one>an?\s+(?:[\w-]+\s+){{0,2}}?(?:man|woman|suspect|person|teenager|youth))"
    rf"(?={_WHO_ATTACKED})"
)
_ATTEMPT_ON_BEFORE = compile_scan(r"\b(?:tried|attempted)\s+to\s+(?:stab|attack|ram|shoot|kill|run\s+over)\s+$")
_ATTEMPTED_MURDER = compile_scan(r"\b(?:attempted\s+murder|attempt(?:ing|s)?\s+to\s+murder)\b")
# The attacker's own death told again of him ("He was pronounced dead at the scene", "The man, a 38-year-old
# German, died at the scene", "Other officers opened fire and killed him"), where police killed an attacker.
_ATTACKER_DIED_AGAIN = compile_scan(
    r"\b(?:he|she|the\s+(?:man|woman|suspect|attacker|assailant|knifeman))(?:,[^,.;]{0,60},)?\s+"
    r"(?:was\s+(?:later\s+)?(?:pronounced|declared|confirmed)\s+dead|(?:later\s+)?died)\b"
    r"|\b(?:police|officers?|troops|soldiers|deputies)\b[^.;]{0,40}?\bkilled\s+(?:him|her)\b"
    r"|\bthe\s+dead\s+(?:man|woman|suspect|attacker)\b"
)
_UNCOUNTED_PERPS_BEFORE = compile_scan(
    r"\b(?:(?:an\s+)?unknown\s+number|an\s+undisclosed\s+number|a\s+number|several|some|dozens|scores)\s+of\s+"
    r"(?:the\s+)?$|\b(?:several|some|many)\s+$"
)
_PERP_ALSO = compile_scan(
    # ("Car bomb driven into the gendarmerie: 1 gendarme killed; the driver also died")
    r"\b(?:bomber|attacker|gunman|assailant|perpetrator|shooter|militant|driver)s?\b"
    # "The bomber, who had parked the vehicle near the gate, also died": a clause between commas may describe him
    # ("The bomber, identified by police as Adil Ahmad Dar, a 20-year-old from Gundibagh, was also killed": who he was)
    r"(?:,\s+(?:who|whose)\b[^.;,]{0,80},|,\s+(?:identified|named)\s[^.;]{0,140}?,)?"
    r"[^.;]{0,30}?\b(?:also\s+(?:died|killed|was\s+killed|were\s+killed|dead|blew\s+(?:himself|herself)\s+up)|"
    # "The bomber died in the blast too"
    r"(?:died|was\s+killed)\s+in\s+the\s+(?:blast|explosion|attack)\s+too\b)"
    # "... the toll had risen to 22. The bomber died at the scene": a bomber's death needs no "also" (a gunman's
    # may be at the police's hands)
    r"|\bbombers?\b(?:,\s+(?:who|whose)\b[^.;,]{0,80},)?\s+(?:died|was\s+killed|were\s+killed)\s+(?:at\s+the\s+scene|"
    r"in\s+the\s+(?:blasts?|explosions?)|instantly|on\s+the\s+spot)\b"
    # "Two suicide bombers struck ... Both attackers died" (read only where bombers blew themselves up)
    r"|\b(?P<both>both)\s+(?:suicide\s+)?(?:bombers|attackers|assailants)\s+(?:also\s+)?(?:died|were\s+killed)\b"
    # "Two army commandos were killed along with the bomber"; "His guard and his driver also died, as did the bomber"
    r"|(?<=killed\s)(?:along|together)\s+with\s+the\s+(?:suicide\s+)?(?:bomber|attacker)\b"
    r"|\bas\s+(?:did|was)\s+the\s+(?:suicide\s+)?bomber\b"
    # "The bomber, who was killed in the blast, was identified as ...": his death told in the clause that names him
    # (and "the attacker, who died at the scene, set off a homemade bomb", where a suicide bomber is told)
    r"|\b(?P<who>bomber|attacker),\s+who\s+(?:also\s+)?(?:died|was\s+killed)\s+(?P<own>at\s+the\s+scene|in\s+the\s+(?:blast|explosion)|"
    r"instantly|on\s+the\s+spot)\s*,",
)
# Attackers killed by those they attacked, which the count leaves out as it does an attacker shot dead by police:
# "four of the attackers were also killed in the exchange of fire", "... were also killed by security forces".
_FORCES_KILLED_AFTER = compile_scan(
    # ("32 militants were also killed, some of them in air strikes called in once the attack was under way")
    r"[^.;]{0,30}?\b(?:in\s+(?:the\s+|an\s+)?(?:ensuing\s+|subsequent\s+)?(?:exchange\s+of\s+fire|gun\s*fights?|"
    r"air\s?strikes?|(?:helicopter|drone)\s+strikes?|"
    r"fire\s*fights?|shoot-?outs?|clash(?:es)?|crossfire|return\s+fire|retaliatory\s+fire|counter-?attack)|"
    r"by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|troops|soldiers|security\s+forces|forces|officers|guards)|"
    # "the five attackers were killed when army commandos stormed the cafe"
    r"when\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|troops|soldiers|security\s+forces|forces|officers|commandos)\s+"
    r"(?:stormed|raided|moved\s+in|opened\s+fire|returned\s+fire))\b"
)
_SHOT_DEAD_WORD = compile_scan(r"shot\s+dead|shot\s+and\s+killed|gunned\s+down", re.IGNORECASE)
_PERP_COUNT_BEFORE = compile_scan(
    r"\b(?:the\s+|all\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:(?:suicide|female|male)\s+)?$"
)
# "three suspected female suicide bombers": the attackers counted where the text first tells of them
_PERPS_COUNTED = compile_scan(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bombers|attackers|gunmen|assailants|perpetrators|shooters|militants)\b"
)
# "The bomber and five worshippers were killed" (GTD): the attacker heads the list of the dead and is one more.
_PERP_HEADS_LIST = compile_scan(
    r"\bthe\s+(?:suicide\s+|lone\s+)?(?:bomber|attacker|gunman|assailant|perpetrator|shooter)\s+and\s+"
    # ("The bomber and 34 other people died")
    r"(?=(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+[^.;]{0,60}?\b(?:(?:were|have\s+been|had\s+been)\s+killed|died)\b)"
)
# "killing the bomber and six others", "killed six worshippers and the bomber": the attacker as a part of the
# object of the killing verb is one of the dead (as "killing himself and six others" is).
_PERP_OBJECT = (
    r"the\s+(?:suicide\s+|lone\s+)?(?:bomber|attacker|gunman|assailant|perpetrator|shooter)"
)
_PERP_IN_OBJECT = compile_scan(
    rf"\b(?:killing|killed|kills)\s+(?P<a>{_PERP_OBJECT})(?:\s+and|\s+as\s+well\s+as|,)\s"
    rf"|\b(?:killing|killed|kills)\s+[^.;:]{{1,60}}?\sand\s+(?P<b>{_PERP_OBJECT})(?=\s*[,.;]|\s+(?:in|at|on|near|when|as)\b)"
)
# "The assailant was killed along with six guests" (the Global Terrorism Database's wording): the attacker is
# the first of the dead the sentence lists.
_PERP_KILLED_ALONG = compile_scan(
    rf"\b(?P<p>{_PERP_OBJECT})\s+(?:was|were)\s+(?:also\s+)?killed\s+along\s+with\s"
)
# "all five attackers were killed by Kenyan security forces": the attackers' deaths at the forces' hands, which the
# toll of their victims told before leaves out.
_BY_FORCES_AFTER = compile_scan(
    r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:police|troops|soldiers|security\s+forces|forces|army|officers|"
    r"commandos|guards)\b"
    # "Three terrorists were also killed in the retaliatory fire": the forces' return fire, by other words
    r"|\s+(?:in|during)\s+(?:the\s+)?(?:retaliatory\s+fire|return(?:ing)?\s+fire|retaliation|exchange\s+of\s+fire"
    r"|(?:ensuing\s+)?(?:gun\s?fight|firefight|gun\s+battle|shoot-?out)|ensuing\s+(?:exchange|clash))\b"
)
_ATTACKER_DESCRIBED_AFTER = compile_scan(ATTACKER_DESCRIBED)
# "Police killed the gunman and two accomplices": the attacker's death at the hands of the police stays out.
_FORCES_SUBJECT_BEFORE = compile_scan(
    r"\b(?:police|officers?|troops|soldiers|security\s+forces|army|deputies)\s+(?:[\w-]+\s+){0,2}?$"
)
# "Twenty hostages and both assailants were killed", "40 personnel and the bomber were killed": the attackers
# closing the list of the dead, in the passive.
_PERP_CLOSES_LIST = compile_scan(
    # (not after a comma: "At least 32 people were killed, and both attackers were killed after a standoff" is
    # the attackers' own end, which the records leave out)
    # "Five Israelis, the Bulgarian driver and the bomber were killed": a person named before them is one more
    rf"(?:,\s+(?P<d>the\s+(?:(?!(?:a|an|the|of|and|or|was|were)\b)[\w'-]+\s+){{0,2}}?{_PERSON})\s+)?"
    rf"(?<=[a-z]\s)and\s+(?P<p>{_PERP_OBJECT}|both\s+(?:the\s+)?(?:bombers|attackers|gunmen|assailants|perpetrators|shooters))"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+)?killed\b"
)
_PERP_OBJECT_HINTS = ("bomber", "attacker", "gunman", "assailant", "perpetrator", "shooter")
# The pattern's own words, looked for first: most texts hold none.
_PERP_HEADS_HINTS = tuple(f"{w} and " for w in ("bomber", "attacker", "gunman", "assailant", "perpetrator", "shooter"))
# The coder's own figure in an event database's note: ACLED's "Fatalities coded as 10", "[Fatalities coded as 10]",
# "(coded as 10 fatalities)", "Total fatalities: 15". It is the record's count of the dead, whatever the sources it
# weighed claimed ("The army claimed over 100 militants were killed; fatalities coded as 10").
_CODED_FATALITIES = compile_scan(
    r"\bfatalities\s+(?:were\s+)?coded\s+as\s+(?P<a>\d[\d,]*)\b|\bcoded\s+as\s+(?P<b>\d[\d,]*)\s+fatalit(?:y|ies)\b"
    r"|\btotal\s+fatalities\s*:\s*(?P<c>\d[\d,]*)\b"
    # a monitor's field: "Fatalities coded: 133", "Fatalities (coded): 84", "Fatalities used: 61", "Fatalities coded
    # for security forces: 17"
    r"|\bfatalities\s*(?:\(coded\)|coded|used)(?:\s+for\s+[\w\s-]{1,30}?)?\s*:\s*(?P<d>\d[\d,]*)\b",
    re.IGNORECASE,
)
# UCDP's three figures of the dead: "the best estimate of fatalities was 23 (low 20, high 31)", "Fatalities: best
# 11, low 8, high 14". Like a coded figure, the coder's best estimate is the record's count of the dead.
_BEST_ESTIMATE = compile_scan(
    r"\bbest\s+estimate\s+of\s+(?:the\s+)?(?:fatalities|deaths|dead|killed)\s*(?:was\s+|is\s+|at\s+|[:=]\s*)?"
    r"(?P<a>\d[\d,]*)\b"
    # the bare form only with its dead or its bounds after it: "best estimate 11 deaths", "best estimate: 9 (low 7"
    r"|\bbest\s+estimate\s*[:=]?\s*(?:was\s+|is\s+|of\s+)?(?P<c>\d[\d,]*|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
    # "Between four and six gendarmes were killed; best estimate five." closes the record's sentence
    r"(?=\s*(?:deaths|fatalities|dead|killed|[(,;]\s*low\b|\.(?:\s|$)|$))"
    # a range of the dead, then its best estimate in brackets: "Between 30 and 45 were killed (best estimate: 38)"
    r"|\(\s*best\s+estimate\s*[:=]?\s*(?P<d>\d[\d,]*)\s*\)"
    # "Best 18, low 17, high 20.", "best: 13 | low: 13 | high: 19": the row's own three figures, the best first
    r"|\bbest\s*[:=]?\s*(?P<e>\d[\d,]*)\s*[,;|\n]\s*low\s*[:=]?\s*\d"
    # "Fatalities: best 11, low 8, high 14", "Fatalities: low 15, best 20, high 40", "Fatality estimates: low 4,
    # best 6, high 9"
    r"|\b(?:fatalities|fatality|deaths?)(?:\s+estimates?)?\s*[:=]\s*(?:low(?:\s+estimate)?\s*[:=]?\s*\d[\d,]*\s*[,;]\s*)?"
    r"best(?:\s+estimate)?\s*[:=]?\s*(?P<b>\d[\d,]*)\b",
    re.IGNORECASE,
)
# The bounds told beside it: "(low 20, high 31)", "low estimate: 8; high estimate: 14", "low 15, best 20, high 40".
_LOW_HIGH = compile_scan(
    r"\blow(?:\s+estimate)?\s*[:=]?\s*(?P<low>\d[\d,]*)[^.]{0,30}?\bhigh(?:\s+estimate)?\s*[:=]?\s*(?P<high>\d[\d,]*)\b",
    re.IGNORECASE,
)
# "Gunmen killed six ... The attacker then blew himself up": the bomber's death told after the figure, one more (as
# "killing himself" is); "A suicide bomber blew himself up, killing six" is six, the figure of the blast's victims.
# A gunman's suicide told apart ("before taking his own life", "then turned the gun on himself") is not counted:
# the mass-shooting records count the dead he left, and a sentence that adds him gives his figure itself.
_PERP_SUICIDE = compile_scan(r"\b(?:blew|blowing)\s+(?:himself|herself|themselves)\s+up\b")
# "including the gunman, who", "among them Ruiz-Carter, who": the attacker named among the dead of the figure.
_AMONG_DEAD_WHO = compile_scan(
    r"\b(?:including|among\s+them|among\s+whom\s+was)\s+(?:the\s+[a-z]+|[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,3}),?"
    r"\s+who\s+(?:then\s+|later\s+)?$"
)
# "killing 88 people, including the bomber", "Eight people, Castille included, died": the figure names him.
_PERP_AMONG_DEAD = compile_scan(
    r"\b(?:including|among\s+them|among\s+whom\s+(?:was|were))\s+(?:the\s+)?(?:suicide\s+)?(?:bombers?|attackers?|"
    r"gunm[ae]n|assailants?|perpetrators?|shooters?)\b|\b(?:the\s+)?(?:bomber|attacker|gunman|assailant|shooter)\s+included\b"
)
# The attacker named as the subject of a sentence of his own: "The gunman ... then turned the gun on himself".
_PERP_SUBJECT = compile_scan(
    r"\W*(?:the\s+|a\s+)?(?:(?:lone|alleged|suspected)\s+)?(?:gunman|shooter|attacker|assailant|suspect|bomber|"
    r"perpetrator|he|she)\b"
    # "Two of the attackers blew themselves up": some of them, counted
    r"|\W*(?:one|two|three|four|five|six|\d)\s+of\s+the\s+(?:gunmen|attackers|assailants|bombers|militants)\b"
    r"|\W*one\s+of\s+them\b(?=\s+blew\s+himself\s+up\b)"
)
# A sentence that opens by counting on from the one before: "Six months later, ...".
_LATER_OPENING = compile_scan(
    r"\W*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a\s+few)\s+)?"
    r"(?:days?|weeks?|months?|years?)\s+later\b",
    re.IGNORECASE,
)
# "Both victims died at ...": the death of two already counted, told again with where or when (not "Both soldiers
# later died", the hurt who died since).
_BOTH_DIED_AGAIN = compile_scan(r"\s+(?:(?:were|had\s+been)\s+)?(?:died|killed|dead)\s+(?:at|in|on|before|after)\b")
_TWO_WORD = compile_scan(r"\b(?:two|2)\b")
# A total that counts the attacker the forces killed: "Eight people died in all, counting the gunman, who was shot
# dead by officers outside a movie theater".
_PERP_FORCES_COUNTED = compile_scan(
    r"\b(?:counting|including)\s+the\s+(?:lone\s+|suspected\s+)?(?:shooter|gunman|attacker|assailant|suspect)\s*,\s+"
    r"who\s+was\s+(?:later\s+)?(?:shot\s+dead|shot\s+and\s+killed|killed|fatally\s+shot|shot)\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:police|officers?|deputies|troopers|security\s+forces|soldiers|agents)\b"
)
# A total that counts the attacker, where the text tells apart that the forces killed him: "Nine people died in all,
# counting the shooter", after "... before a police officer who happened to be nearby shot him dead".
_PERP_COUNTED_BARE = compile_scan(
    r"\b(?:counting|including)\s+the\s+(?:lone\s+|suspected\s+)?(?:shooter|gunman|attacker|assailant|suspect)\b"
    r"(?!\s*,\s+who\b)"
)
_FORCES_KILLED_HIM = compile_scan(
    r"\b(?:police|officers?|deputies|deputy|troopers?|soldiers|guards?|agents?)\b[^.;]{0,80}?\b(?:shot\s+(?:him|her)\s+dead|"
    r"shot\s+and\s+killed\s+(?:him|her|the\s+(?:gunman|shooter|attacker))|killed\s+(?:him|her|the\s+(?:gunman|shooter|"
    r"attacker))|fatally\s+shot\s+(?:him|her|the\s+(?:gunman|shooter|attacker)))\b"
)


def _counts_perp_forces_killed(low: str, a: int, b: int) -> bool:
    """Whether the sentence low[a:b] gives a total that counts an attacker the forces killed (see
    _PERP_FORCES_COUNTED and _PERP_COUNTED_BARE)."""
    return _PERP_FORCES_COUNTED.search(low, a, b) is not None or (
        _PERP_COUNTED_BARE.search(low, a, b) is not None
        # (the attacker's end told with him as the subject, "the gunman was shot dead by officers", is
        # _ATTACKER_SHOT_DEAD's)
        and (_FORCES_KILLED_HIM.search(low) is not None or _ATTACKER_SHOT_DEAD.search(low) is not None)
    )


# "Two suicide bombers blew themselves up": how many attackers died with their victims.
_BOMBERS_BEFORE = compile_scan(
    r"\b(?P<n>two|three|four|five|\d)\s+(?:[\w-]+\s+|of\s+the\s+)?(?:suicide\s+)?(?:bombers|attackers|assailants|militants)\b"
    r"[^.;]*$"
)
_TRIED_BEFORE = compile_scan(r"\b(?:tried|attempted|attempting|trying|threatened|threatening)\s+to\s+$")
# "Fritz von Weizsaecker was stabbed to death", "the mayor was shot dead": one person, named rather than counted.
# A shooting tracker's row or a headline: one person, no verb "to be" ("Milwaukee, WI: Man, 34, shot dead in his
# car", "2022-07-30 | Springfield, IL | 17-year-old girl grazed by gunfire").
_ROW_PERSON = (
    r"(?:\A|(?<=[:|\u2014\u2013]\s)|(?<=\n))(?:an?\s+)?(?:\d{1,2}-year-old\s+)?"
    r"(?:man|woman|teen|teenager|boy|girl|person|driver|victim|officer|deputy|clerk)(?:,\s+\d{1,2},)?\s+"
)
# What follows a participle, not a verb with its object ("Man shot in leg", not "A man stabbed 5 people").
_PASSIVE_AFTER = (
    r"(?=\s+(?:in|by|at|on|during|near|outside|inside|after|while|early|late|overnight|multiple|several|twice|"
    r"once)\b|\s*[,;.:]|\s*$)"
)
_ONE_DEAD = compile_scan(
    rf"{_ROW_PERSON}(?:shot\s+dead|shot\s+and\s+killed|fatally\s+(?:shot|stabbed)|stabbed\s+to\s+death|gunned\s+down)"
    rf"{_PASSIVE_AFTER}|"
    r"\b(?:was|has\s+been|had\s+been)\s+(?:later\s+|subsequently\s+)?(?:(?:fatally|mortally)\s+(?:shot|stabbed|wounded|injured)|"
    # ("Mohsen Fakhrizadeh was martyred on Friday afternoon")
    r"(?:stabbed|beaten|hacked|burned|shot)\s+to\s+death|shot\s+dead|shot\s+and\s+killed|killed|murdered|martyred|"
    r"assassinated|slain|beheaded|(?:pronounced|declared)\s+(?:dead|deceased)|(?:later\s+)?found\s+(?:dead|murdered))\b"
    # "Saunders died of his wounds in hospital later that day": one person, by the possessive of the wounds
    r"|\bdied\s+(?:later\s+)?(?:of|from)\s+(?:his|her)\s+(?:wounds|injuries)\b"
    # "de Vries died in hospital on Thursday, nine days after he was shot in the head": one person, by the pronoun
    r"|\bdied\s+(?:[^.;]{0,60}?\s)?after\s+(?:he|she)\s+(?:was|had\s+been)\s+(?:shot|stabbed|attacked|beaten|wounded)\b"
    # "The driver, X, suffered severe burns and died in hospital on 2 August"
    r"|\b(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}?(?:burns|injuries|wounds)\s+and\s+(?:later\s+)?died\b"
    # a row's wound, then the death: "X, 47, shot by an officer in the garage of a home ...; died at hospital"
    r"|\b(?:shot|stabbed)\b[^.;]{0,200};\s+(?:later\s+)?died\s+(?:at|in)\s+(?:the\s+)?(?:hospital|scene)\b"
    # "A staff member was abducted by armed men in Zamfara and killed": the taking, then the death, one person
    # "a fourth driver was shot and died of his wounds the following day": the wound, then the death
    # ("was hit in the head and died on the way to hospital")
    # ("He was found shot twice in the head near Lasarte-Oria on 12 July and died in hospital")
    r"|\b(?:was|had\s+been)\s+(?:found\s+)?(?:(?:critically|seriously|badly|gravely)\s+)?(?:shot|stabbed|wounded|"
    r"injured|hit|beaten)(?:\s+(?:in|on)\s+the\s+[a-z]+|\s+(?:twice|once|several\s+times|repeatedly)\s+[^.;]{0,80}?)?"
    r"\s+and\s+(?:(?:later|then|subsequently|eventually)\s+)?(?:died|succumbed)\b"
    r"|\b(?:was|had\s+been)\s+(?:abducted|kidnapped|taken\s+hostage)\b[^.;]{0,80}?\band\s+"
    r"(?:(?:later|then|subsequently|eventually)\s+)?(?:killed|murdered|executed|beheaded|shot\s+dead)\b"
    # "The body of a national NGO staff member was found": AWSD's wording for one dead.
    r"|\bthe\s+body\s+of\s+(?:(?:a|an)\s+[^.;]{1,60}?|the\s+other(?:\s+[^.;]{1,40}?)?)\s+(?:was|has\s+been)\s+"
    r"(?:found|discovered|recovered)\b"
    # a log row's "body of HRN news coordinator X found by a roadside", "Kajiado County, 15/08/2022: body of X,
    # returning officer, recovered in a forest"
    r"|(?:\A|(?<=[:|\u2014\u2013]\s))body\s+of\s+[^.;]{1,120}?\s(?:found|discovered|recovered)\b"
    # GTD's "The victim's body was found the following day": the one abducted, found dead.
    r"|\bthe\s+(?:victim|hostage)['’]s\s+(?:body|remains)\s+(?:was|were|has\s+been)\s+(?:later\s+)?"
    r"(?:found|discovered|recovered)\b"
    # "The victim, identified as Carlos Ramirez, 45, died at a hospital": the one victim the report is about.
    r"|\bthe\s+victim(?:\s*,[^,.;]{1,80},)?\s+(?:later\s+)?(?:died|succumbed)\b"
    # "A police officer who was stabbed during an attack on a rally has died of his injuries": one hurt, since dead
    rf"|\bwho\s+was\s+(?:(?:fatally|critically|seriously|badly)\s+)?{_WHO_HARM}\b"
    # ("a man who was stabbed in Kelowna on Oct. 3, 2024, has died in hospital": a date's abbreviation between)
    r"(?:(?:[^.;]|\.(?=\s+\d)){0,120}?\s(?:has|had)\s+(?:since\s+|now\s+)?"
    # ("A 10-year-old boy who was stabbed on his way to school in Shenzhen died early Thursday": no comma between)
    r"|[^.;,]{0,120}?\s(?:later\s+)?)(?:died|succumbed)\b"
    # ... and with the participle right after the person: "A 67-year-old woman stabbed during an attack at a street
    # festival ... has died of her injuries"
    rf"|\ban?\s+(?:\d{{1,3}}-year-old\s+)?(?:[a-z-]+\s+){{0,2}}?{_PERSON}\s+(?:(?:critically|seriously|badly|gravely)\s+)?"
    r"(?:stabbed|wounded|injured|shot|hurt|burned)\s[^.;]{0,160}?\s(?:has|had)\s+(?:since\s+|now\s+)?died\b"
    # "A man has died after being stabbed in Leeds": the British police release's one dead
    # ("Gdansk mayor dies after being stabbed on stage", "died on Monday, a day after being stabbed in the heart")
    r"|\b(?:(?:has|had)\s+died|dies|died(?:\s+on\s+[a-z]+day)?,?(?:\s+(?:a|one|two|three)\s+days?|\s+hours)?)\s+"
    r"after\s+(?:being|he\s+was|she\s+was)\s+(?:\w+ly\s+)?"
    r"(?:shot|stabbed|attacked|assaulted|beaten|struck|hit|run\s+over)\b"
)
# A log row's or a headline's one death with no "was": "Kiryat Gat, 05/05/2019: Israeli man, 58, killed when a
# rocket struck", "18-month-old child burned to death and 2 relatives injured", "Opposition MP Karim Haddad shot dead
# outside his home" (the words after the title checked in the text's own case: a name, not "and his son"); a row
# after its date's stop ("2 Mar 2017. Journalist X shot dead by two men"); a pair, "Bus driver and his fare collector
# shot dead", is two.
_ROW_ONE_DEAD = compile_scan(
    r"(?:\A|(?<=[:|\u2014\u2013]\s)|(?<=\n)|(?<=\d\.\s))(?:an?\s+)?(?:\d{1,2}-(?:year|month)-old\s+)?(?:[a-z-]+\s+){0,3}?"
    rf"(?!(?:staff(?!\s+member)|youth|police|member)\b){_PERSON}"
    # the name, its age or a bracket after the title: "Social leader María del Pilar Hurtado, 34,", "staff member
    # (Lebanese)", "Village defence volunteer (44)"; a name's initials ("Catholic priest Fr. M.X. Karunaratnam") and
    # who the person was after it ("..., chair of a rights body,")
    r"(?P<name>(?:\s+(?!and\b)[^\W\d_][\w'’.-]*){1,4}?)?"
    r"(?:,\s+\d{1,2},|\s+\([^()]{1,30}\)|(?(name),\s+(?!and\b)[^,.;:()\d]{3,60}?,))?"
    # (the pair with no "his": "Security guard and administrator killed")
    rf"(?P<pair>\s+and\s+(?:(?:his|her|their)\s+)?(?:[a-z-]+\s+){{0,2}}?{_PERSON})?\s+"
    # ("Geo TV reporter X found shot dead near Matta", "reporter X abducted and beaten to death")
    r"(?:found\s+|(?:abducted|kidnapped|seized)\s+and\s+)?"
    r"(?:shot\s+dead|shot\s+and\s+killed|fatally\s+(?:shot|stabbed)|(?:stabbed|burned|burnt|beaten|hacked)\s+to\s+death|"
    r"gunned\s+down|killed|beheaded)"
    r"(?=\s+(?:in|by|at|on|during|near|outside|inside|after|while|when|as|and|from)\b|\s*[,;.:]|\s*$)"
)
# ... and with the name first, then who the person was: "Buenaventura (Valle del Cauca): Temístocles Machado,
# community leader, shot dead by two men", "RIO DE JANEIRO — Ágatha Félix, 8, died ... hours after being hit by a
# rifle bullet". Read in the text's own case, where the capitals tell the name.
_UPPER = "A-ZÀ-ÖØ-Þ"
_ROW_NAMED_DEAD = compile_scan(
    rf"(?:\A|(?<=[:|\u2014\u2013]\s)|(?<=\n)|(?<=\d\.\s))[{_UPPER}][\w'’.-]+"
    rf"(?:\s+(?:(?:de|del|da|das|dos|van|von|al|bin)\s+)?[{_UPPER}][\w'’.-]+){{1,4}},\s+"
    # ("Arnel Parce, chairman of Barangay 20 (Zone 2), shot dead": a numbered place in who he was)
    r"(?:\d{1,3}|[^,.;:()\d]{3,80}?(?:\d{1,3}(?:\s+\([^()]{1,20}\))?)?)(?:,\s+\d{1,3})?,\s+"
    r"(?:(?:shot\s+dead|shot\s+and\s+killed|gunned\s+down|(?:stabbed|hacked|beaten)\s+to\s+death|beheaded|assassinated|"
    r"killed|murdered)(?=\s+(?:in|by|at|on|near|outside|inside|while|when|as|after)\b|\s*[,;.])"
    r"|died\b(?=[^.;]{0,120}?\b(?:after\s+being\s+(?:shot|hit|stabbed|wounded|struck|attacked|beaten)|"
    # "X, 32, died and his co-worker was wounded when a man opened fire at a bar"
    r"when\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:gunman|man|attacker|shooter|assailant)\s+opened\s+fire)\b))"
)
_ONE_HURT = compile_scan(
    rf"{_ROW_PERSON}(?:shot|stabbed|wounded|injured|grazed\s+by\s+(?:gunfire|a\s+bullet)){_PASSIVE_AFTER}|"
    r"\b(?:was|has\s+been|had\s+been)\s+(?:(?:seriously|critically|badly|severely|slightly|lightly)\s+)?"
    # "was shot at and injured while driving through Kidal": the shots aimed, then the wound
    r"(?:wounded|injured|hurt|(?:shot(?:\s+at)?|stabbed|beaten|assaulted|attacked)\s+and\s+(?:wounded|injured|hurt))\b"
    # not one hurt who then died ("was injured and later died in hospital")
    r"(?!(?:\s+(?:in|by|during|at)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+and\s+(?:(?:later|subsequently|then)\s+)?"
    r"(?:died|succumbed)\b)"
    # "A man is in a serious but stable condition after being shot by police": one hurt, told by his condition
    r"|\b(?:is|was|remains|remained)\s+in\s+(?:an?\s+)?(?:(?:serious|critical|stable|life-threatening|"
    r"grave|satisfactory|fair|good)\s+(?:but\s+|and\s+)?){1,2}condition\s+(?:in\s+hospital\s+)?after\s+being\s+"
    r"(?:\w+ly\s+)?(?:shot|stabbed|attacked|assaulted|beaten|struck|hit|injured|wounded)\b"
    # "One of the most senior detectives is fighting for his life after being shot several times"
    r"|\b(?:is|was|remains|remained)\s+fighting\s+for\s+(?:his|her)\s+life\s+after\s+being\s+(?:\w+ly\s+)?"
    r"(?:shot|stabbed|attacked|assaulted|beaten|struck|hit)\b"
    # "The driver survived with gunshot wounds": one hurt, told by his surviving
    r"|\b(?:survived|escaped)\s+with\s+(?:[a-z-]+\s+){0,2}?(?:wounds|injuries|cuts|bruises|burns|fractures)\b"
    # aid-worker logs: "The national staff driver was beaten with rifle butts", "He sustained cuts to his arm"
    r"|\b(?:was|had\s+been)\s+(?:severely\s+|badly\s+)?beaten\s+(?:with|by|and)\b(?![^.;]{0,60}\bto\s+death\b)"
    r"|\b(?:he|she)\s+(?:sustained|suffered)\s+(?:[a-z-]+\s+)?(?:cuts|bruises|fractures|stab\s+wounds|a\s+broken)\b"
)
# "admitted to 3 counts of murder and 3 counts of attempted murder": a court's count of the dead and of
# those who survived the attack; read only when the text gives no figure of its own.
_CHARGE_RE = compile_scan(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+counts?\s+of\s+"
    r"(?:(?:first|second|third)[- ]degree\s+)?(?P<att>attempted\s+)?murder\b"
)
# A perpetrator wounded in the attack counts among the injured, as one killed in it counts among the dead
# (the big event databases do both): "Clemmons, who was wounded fleeing", "before being wounded by police".
_PERP_WOUNDED_WORDS = ("being", "gunman", "shooter", "attacker", "assailant", "perpetrator", "suspect", "bomber")
_PERP_WOUNDED = compile_scan(
    # (not "The suspect was fatally wounded in an exchange of gunfire": a wound he died of)
    r"\b(?:before|after)\s+being\s+(?:(?!fatally|mortally)\w+ly\s+)?(?:wounded|injured|shot\s+and\s+wounded)\b"
    r"|\b(?:gunman|shooter|attacker|assailant|perpetrator|suspect|bomber)\s+(?:was|were)\s+"
    r"(?:also\s+|later\s+)?(?:(?!fatally|mortally)\w+ly\s+)?(?:wounded|injured)\b"
)
_SELF_DEATH = compile_scan(
    r"\b(?:killed|shot)\s+(?:himself|herself)\b|\btook\s+(?:his|her)\s+own\s+life\b|\bcommitted\s+suicide\b|"
    r"\bturned\s+the\s+(?:gun|weapon)\s+on\s+(?:himself|herself)\b"
)
_SUBJECT_NAME = compile_scan(r"^(?:[\w.'’-]+\s+){0,3}?(?P<name>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+),\s+\d{1,2},")


@dataclass(slots=True)
class Item:
    """A countable phrase: a number, "a child", or "himself" (the perpetrator)."""

    q: Quantity
    perp: bool = False
    used: bool = False
    in_paren: bool = False  # inside a parenthesis: a breakdown ("2 staff (1 Kenyan, 1 Ugandan)") or an aside
    named: bool = False  # a person named, not a figure ("his wife"): never a total a subset could follow


@dataclass(slots=True)
class Mention:
    """One figure of one kind (killed/injured/hit) as the text states it, possibly a summed list."""

    kind: str
    value: int
    low: int | None
    high: int | None
    start: int
    end: int
    sent: int
    update: bool = False
    total: bool = False
    additive: bool = False
    explicit_total: bool = False
    perp: int = 0
    parts: list[Quantity] = field(default_factory=list)
    aggregate: bool = False  # the sentence sums several strikes or places ("across the Gaza Strip")
    toll: bool = False  # stated as a toll ("the death toll stood at 15"): a total, never a part
    claim: bool = False  # a side's own claim of its feat ("claimed to have killed dozens")
    victims: str = ""  # "forces", "armed", "civil" or "" (unsaid or anyone: "people", "four were killed")
    down: bool = False  # a toll corrected downwards ("revised the toll down to nine"): it replaces a higher one
    rival: bool = False  # another source's count of the same dead ("..., while a monitor said the strikes killed 7")
    more: bool = False  # "Two more victims died": more dead, unless a part told before makes it the rest of a breakdown
    one_named: bool = False  # "killed five persons, including the village head": one of them named beside the figure
    among: bool = False  # "The officer and his wife were among seven people killed": a whole some are named in
    # A figure used only when no other of its kind is given: a count the text says is out of date ("revising an
    # earlier toll of 25"), or a killing told as the time of the lede's news ("Three days after gunmen killed 14").
    fallback: bool = False
    # "killed 42 people, 35 of them civilians": the part of the figure its aside names; "Seven members of the
    # security forces were also killed" after it may be the rest of the 42, not more
    share: int = 0
    # another attack told in the sentence of this one's figure, somewhere else ("while a second blast in the northern
    # city of Mazar-i-Sharif killed four more"): its dead are not this incident's
    apart: bool = False


@dataclass
class Casualties:
    """Counts with their bounds and evidence; None where the text is silent."""

    killed: int | None = None
    killed_low: int | None = None
    killed_high: int | None = None
    injured: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


# "the worst attack since March 2021, when 141 villagers were massacred": the figures of the clause that recalls
# the earlier event a superlative is measured against are that event's, even in the sentence of this one.
# ("the heaviest loss ... since the bombing of their barracks in Beirut in 1983, which killed 58 paratroopers": the
# earlier event told by what it was, then by its year)
_PRIOR_WHEN_BEFORE = compile_scan(
    r"\bsince\s+(?:(?:[\w.]+\s+){0,2}?(?:19|20)\d\d\s*,?\s+when"
    r"|the\s+(?:[\w'’-]+\s+){1,10}?in\s+(?:19|20)\d\d\s*,\s+(?:which|that|in\s+which))\s+[^.;:]*$"
)

# "describing them as revenge for Monday's suicide bombing in Suruc, which killed 32 people": the attack the news is
# revenge for, and its toll
_REVENGE_FOR_BEFORE = compile_scan(
    r"\b(?:revenge|retaliation|reprisal|reprisals|vengeance)\s+for\s+[^.;:]{3,80}?,\s+which\s+(?:had\s+)?"
    r"(?:killed|left|claimed)\s+(?:[\w-]+\s+){0,2}?$"
)


# "the operation against the bandits who killed 21 police officers at Kasarani": the deed the hunted are known by
_HUNTED_KILLERS_BEFORE = compile_scan(
    r"\b(?:against|hunt(?:ing)?\s+for|pursuit\s+of|search(?:ing)?\s+for|track(?:ing)?\s+down)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:bandits|militants|gunmen|attackers|rebels|insurgents|fighters|killers|raiders|men|group)\s+"
    r"(?:who|that)\s+(?:had\s+)?(?:killed|murdered|massacred|shot\s+dead)\s+(?:at\s+least\s+|some\s+|about\s+)?$"
)
# "about 15 dead and 6,600 displaced since the clashes began in November": a count over the spell, not the day's
_SINCE_BEGAN_AFTER = compile_scan(
    # (within the figure's clause: not "310 killed and 700 wounded, the worst incident since the war began")
    r"(?:[^.;,]|,(?=\d)){0,40}?\bsince\s+the\s+(?:[\w-]+\s+)?(?:clashes|fighting|violence|conflict|war|unrest|"
    r"insurgency|crisis|raids|attacks)\s+(?:began|started|erupted|broke\s+out)\b"
)
# A spell of violence, or a war, and the clause that counts its dead (see _items): "days of violence on the coast in
# which", "Israel's offensive in the Gaza Strip, in which"
_SPELL_IN_WHICH_BEFORE = compile_scan(
    r"\b(?P<days>days|weeks|months|years)\s+of\s+(?:[\w-]+\s+)?(?:fighting|clashes|violence|war|hostilities|unrest|"
    r"bloodshed|bombardment|shelling)\b[^.;]{0,60}?\s+in\s+which\s+(?:[\w-]+\s+){0,3}?$"
    # ("one of the deadliest incidents of an uprising in which more than 9,000 people have died": no comma)
    r"|\b(?:offensive|war|campaign|conflict|insurgency|uprising)\b[^.;]{0,60}?,?\s+in\s+which\s+(?:[\w,-]+\s+){0,6}?$"
)
# ("... in which about 140 Palestinians and five Israelis have been killed": a count still running)
_HAVE_BEEN_AFTER = compile_scan(r"[^.;]{0,60}?\b(?:have|has)\s+(?:been\s+killed|died)\b")
# "The raid set off clashes that killed dozens more in the following days": deaths of the days after, not the raid's
_MORE_LATER_AFTER = compile_scan(
    r"\s+more\s+(?:[\w-]+\s+){0,3}?(?:in|over|during)\s+the\s+(?:following|next|ensuing)\s+(?:days|weeks|months)\b"
)
# "out of at least 136 killed across Syria that day", "Across the country at least 38 people died on Sunday": a
# whole the event's own dead are a part of
_WIDER_WHOLE_BEFORE = compile_scan(
    r"\bout\s+of\s+(?:at\s+least\s+|a\s+total\s+of\s+|some\s+|about\s+|nearly\s+)?$"
    # (not a toll's clause, "the number of people killed when pagers exploded across the country had risen to 12")
    r"|\b(?:across|throughout)\s+the\s+(?:country|nation)\s*,?\s+(?!(?:had|has|have|now)\b)(?:[\w-]+\s+){0,3}?$"
)
# "killing two police officers and the two attackers": the attackers, named by "the" as people told of before, are
# still a part of the list of dead after the killing verb, not a pointer back at a figure already counted.
_ATTACKERS_IN_LIST = compile_scan(
    r"\b(?:killing|killed|kills)\s+[^.;:]{1,60}?\s(?:and|as\s+well\s+as)\s+the\s+$"
)
# ("security forces killed nine of the attackers": some of them)
_ATTACKERS_AFTER = compile_scan(
    r"\s+(?:of\s+the\s+)?(?:suicide\s+)?(?:attackers|assailants|bombers|gunmen|perpetrators)\b"
)


def _items(text: str, ranges: list[tuple[int, int]] | None = None) -> list[Item]:
    """Numbers plus one-person phrases, minus those pointing back at people already counted ("the two").

    Only `ranges` (the sentences that hold a casualty word) are read, when given: most of an article has none.
    """
    items: list[Item] = []
    taken: list[tuple[int, int]] = []
    quantities: list[Quantity] = []
    if ranges is None:
        quantities = find_quantities(text)
    else:
        # Neighbouring sentences are read as one block: one call per block, not one per sentence.
        blocks: list[tuple[int, int]] = []
        for a, b in ranges:
            if blocks and not text[blocks[-1][1] : a].strip():
                blocks[-1] = (blocks[-1][0], b)
            else:
                blocks.append((a, b))
        for a, b in blocks:
            quantities += [
                Quantity(q.value, q.low, q.high, q.start + a, q.end + a, q.text, q.vague)
                for q in find_quantities(text[a : min(len(text), b + 40)])
                if q.start + a < b
            ]
    seen_values: set[int] = set()
    low = ascii_lower(text)  # once, not once per figure
    noted = "not counted" in low or "not included" in low
    # A note in brackets holds one of these words ("ncluded": the pattern's "i" also matches a dotless or dotted
    # capital I, which lower-casing keeps apart): most texts hold none, and the figures are spared the pattern.
    bracket_note = "counted" in low or "ncluded" in low or "excluded" in low
    # The clause cues below are rare: a text with none of their words spares each figure the searches.
    perfect_clause = " where " in low or " which " in low
    compared = "surpass" in low or "exceed" in low or "eclips" in low or "overtak" in low or "topp" in low
    compared = compared or " than the " in low
    timed = " after " in low or " before " in low
    avenged = " for " in low and ("revenge" in low or "retaliation" in low or "reprisal" in low or "vengeance" in low)
    hunted = " who " in low or " that " in low
    for q in quantities:
        pointer = (
            # ("The three other cyclists were injured": others than those counted, no pointer back at them)
            not text.startswith((" other ", " others"), q.end)
            and _DEFINITE_BEFORE.search(text[max(0, q.start - 12) : q.start])
            and not _ALL_AFTER_VERB.search(text, max(0, q.start - 30), q.start)
            and not _AMONG_THE_BEFORE.search(text, max(0, q.start - 12), q.start)
        )
        if pointer and _ATTACKERS_AFTER.match(text, q.end):
            pointer = not _ATTACKERS_IN_LIST.search(text, max(0, q.start - 90), q.start)
        seen = q.value in seen_values
        seen_values.add(q.value)
        # "The three were buried": people counted before. With no earlier figure of that size, "the three
        # fatalities" is the body's first statement of a count its headline gave, and "his two wives" are
        # new people, so they count.
        # "..., were hospitalized; all three were expected to survive": the fate of people already counted
        told_before = seen or _FATE_AFTER.match(text, q.end)
        if pointer and (told_before or not (_POSSESSIVE_BEFORE.search(text, max(0, q.start - 7), q.start)
                                            or _CASUALTY_NOUN_AFTER.match(text, q.end)
                                            or _KILLED_NAMED_AFTER.match(text, q.end)
                                            or _ALL_WHOLE_BEFORE.search(text, max(0, q.start - 5), q.start))):
            continue
        if (
            bracket_note
            and (_NOT_COUNTED_AFTER.match(text, q.end) or _noted_far(text, q, quantities))
            # (not the whole the record's own were among: "Three INGO staff were among at least 16 people killed (the
            # others not counted here)", whose staff the figure's verb counts)
            and not _AMONG_BEFORE.search(low, max(0, q.start - 40), q.start)
            or noted
            and _noted_clause(low, q, quantities)
        ):
            continue  # "eight other civilians (not counted here)": the source says so itself
        if "since" in low and _PRIOR_WHEN_BEFORE.search(low, max(0, q.start - 120), q.start):
            continue
        if avenged and _REVENGE_FOR_BEFORE.search(low, max(0, q.start - 130), q.start):
            continue
        if hunted and _HUNTED_KILLERS_BEFORE.search(low, max(0, q.start - 100), q.start):
            continue  # "the operation against the bandits who killed 21 police officers": their earlier deed
        if "since" in low and _SINCE_BEGAN_AFTER.match(low, q.end):
            continue  # "a woman and four herders killed ...; about 15 dead since the clashes began": the spell's
        if " in which " in low and (sm := _SPELL_IN_WHICH_BEFORE.search(low, max(0, q.start - 130), q.start)):
            if sm.group("days") or _HAVE_BEEN_AFTER.match(low, q.end):
                # "set off days of violence on the coast in which more than 1,400 people were killed"; "Israel's
                # offensive in the Gaza Strip, in which about 140 Palestinians have been killed": the spell's toll
                continue
        if "follow" in low and _MORE_LATER_AFTER.match(low, q.end):
            continue  # "clashes across the north that killed dozens more in the following days": later deaths
        if _WIDER_WHOLE_BEFORE.search(low, max(0, q.start - 60), q.start):
            continue  # "more than 100 killed in the city, out of at least 136 across Syria": the wider count
        if (
            perfect_clause
            and (pm := _PERFECT_CLAUSE_BEFORE.search(low, max(0, q.start - 100), q.start))
            and KEYWORD_RE.search(low, max(0, low.rfind(". ", 0, pm.start())), pm.start())
        ):
            continue  # "shot dead three men ..., in the state where ethnic clashes have killed more than 170 people"
        if compared and _SURPASSED_BEFORE.search(low, max(0, q.start - 20), q.start):
            continue  # "the deadliest mass shooting ..., surpassing the 32 killed at Virginia Tech": another toll
        if (
            timed
            and (hm := _HOURS_AFTER_BEFORE.search(low, max(0, q.start - 60), q.start))
            # (in the sentence: not a headline's "Second Mass Shooting" above "Police arrested a man ..., some hours
            # after he killed eight people")
            and KEYWORD_RE.search(
                low, max(0, low.rfind(". ", 0, hm.start()), low.rfind("\n", 0, hm.start())), hm.start()
            )
        ):
            continue  # "killing six civilians ..., hours after 13 police officers died when their helicopter ..."
        if low.endswith(" from ", 0, q.start) and _TOLL_FROM_BEFORE.search(low, max(0, q.start - 40), q.start):
            continue  # "killed 39 civilians, the monitor said, raising its toll from 31": the count it replaced
        if " else" in low and _NO_ONE_ELSE_BEFORE.search(low, max(0, q.start - 70), q.start):
            continue  # "No one else in the flat, including his two sisters, was hurt": the unhurt
        if _MOVED_AFTER.match(low, q.end):
            continue  # "three of the wounded died": already in an injured figure, and in the updated toll
        if _ANIMALS_AFTER.match(low, q.end):
            continue  # "Four troopers were killed and seven of their horses were killed": no people
        if low.endswith(" of ", 0, q.start) and _PARENT_OF_BEFORE.search(low, max(0, q.start - 24), q.start):
            continue  # "a 29-year-old father of four ... was shot dead": his children, not the dead
        if " of the " in low[q.end : q.end + 8] and _PARTITIVE_AFTER.match(low, q.end):
            continue  # "122 of the most seriously injured had been flown to Turkey": some of those counted
        if q.value == 1 and low.endswith(", ", 0, q.start) and _ONE_OF_SUPERLATIVE.match(low, q.start):
            continue  # "killed 14 soldiers on Monday, one of the deadliest attacks": the attack (not "One of the
            # oldest residents was shot dead", a person)
        items.append(Item(q))
        taken.append((q.start, q.end))
    spans_to_scan = ranges if ranges is not None else [(0, len(text))]
    ones = [m.span() for a, b in spans_to_scan for rx in (_ONE_PERSON, _KIN) for m in rx.finditer(low, a, b)]
    ones += [span for a, b in spans_to_scan for span in _ones_after_verb(low, a, b)]
    if "died" in low or " was " in low:
        ones += [span for a, b in spans_to_scan for span in _titled_ones(text, a, b)]
    ones += [span for a, b in spans_to_scan for span in _named_ones(text, a, b)]
    if " was " in low or " were " in low or " by " in low:
        ones += [span for a, b in spans_to_scan for span in _named_subjects(text, a, b)]
    if "'s " in text or "’s " in text:
        ones += [m.span("one") for a, b in spans_to_scan for m in _NAMES_KIN_AFTER_VERB.finditer(text, a, b)]
    if ", his " in low or ", her " in low:
        ones += [m.span("one") for a, b in spans_to_scan for m in _NAME_COMMA_KIN_DEAD.finditer(text, a, b)]
    if " and his " in low or " and her " in low:
        ones += [m.span("one") for a, b in spans_to_scan for m in _NAME_AND_KIN_DEAD.finditer(text, a, b)]
        ones += [span for a, b in spans_to_scan for span in _bare_one_and_kin(low, a, b)]
    if " and " in low and (" were " in low or " been " in low):
        ones += [span for a, b in spans_to_scan for span in _name_and_count(text, a, b)]
    ones += [span for a, b in spans_to_scan for span in _headline_ones(low, a, b)]
    if "along with" in low or "together with" in low:
        ones += [m.span("one") for a, b in spans_to_scan for m in _NAME_ALONG_DEAD.finditer(text, a, b)]
    if "along with" in low or " and " in low:
        ones += [
            m.span()
            for a, b in spans_to_scan
            if _DEFINITE_ONE_GATE.search(low, a, b)
            for m in _DEFINITE_ONE_LIST.finditer(low, a, b)
            if not _UNIT_NAME.search(text, m.start(), m.end())
        ]
    if " and the " in low or " as well as the " in low:
        ones += [
            m.span("one")
            for a, b in spans_to_scan
            if " and the " in low[a:b] or " as well as the " in low[a:b]
            for rx in (_DEFINITE_ONE_LAST, _DEFINITE_ONE_PASSIVE)
            for m in rx.finditer(low, a, b)
        ]
    if " and " in low:
        ones += [span for a, b in spans_to_scan for span in _kin_and(low, a, b)]
    ordinal = _ORDINAL_HINT.search(low) is not None  # "and wounded a fifth": the patterns' own words, found cheaply
    if ordinal:
        ones += [m.span("one") for a, b in spans_to_scan for m in _ORDINAL_ONE_AFTER_VERB.finditer(low, a, b)]
    if "parents" in low or "couple" in low or "both " in low:
        for a, b in spans_to_scan:
            for m in itertools.chain(_PARENTS.finditer(low, a, b), _BOTH.finditer(low, a, b)):
                if low.startswith("both", m.start()) and _TWO_TOLD_BEFORE.search(low, a, m.start()):
                    continue  # "Two other people, both health workers, were wounded": the two told again
                if (
                    low.startswith("both", m.start())
                    and _BOTH_DIED_AGAIN.match(low, m.end())
                    and _TWO_WORD.search(low, max(0, a - 400), a)
                ):
                    # "Two more people wounded in Saturday's attack died ..., raising the number of dead to 22. Both
                    # victims died at Del Sol Medical Center": the two of an earlier sentence, told again
                    continue
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    # "killed his parents, his sister and a neighbor": people named, so a comma goes on with the list
                    items.append(Item(Quantity(2, 2, 2, m.start(), m.end(), text[m.start() : m.end()]), named=True))
                    taken.append(m.span())
    forces_shot = "shot dead" in low or "killed" in low or "gunned down" in low
    named_end: int | None = None  # where the last one-person item that is a name ends
    last_one: Item | None = None  # the last one-person item
    for a, b in sorted(ones):
        if any(s < b and a < e for s, e in taken):
            continue
        if (" tried to " in low or " attempted to " in low) and _ATTEMPT_ON_BEFORE.search(low, max(0, a - 30), a):
            taken.append((a, b))
            continue  # "A Palestinian who tried to stab an Israeli soldier": the one the attempt was on, not hit
        if (
            forces_shot
            and _ATTACKER_SHOT_BEFORE.search(low, max(0, a - 70), a)
            and _WHO_ATTACKED_AFTER.match(low, b)
        ):
            taken.append((a, b))
            continue  # "Police shot dead a man who attacked officers": the attacker, left out as by the passive
        if _APPOSED_ONE_AFTER.match(low, b) and _APPOSED_ONE_BEFORE.search(low, max(0, a - 120), a):
            taken.append((a, b))
            continue  # the same person described again between commas
        if low.startswith(("a ", "an "), a) and _SHARE_ONE_BEFORE.search(low, max(0, a - 20), a):
            taken.append((a, b))
            continue  # "Two people, one of them a woman, were killed": one of the two
        if (
            named_end is not None
            and low.startswith(("a ", "an "), a)
            and _NAME_APPOSITION_GAP.fullmatch(text, named_end, a) is not None
            # (not "killed Juan Pérez, a taxi driver and a shopkeeper": a list goes on with "and")
            and not low.startswith(" and ", b)
        ):
            taken.append((a, b))
            continue  # "killed Juan de Dios Usuga, alias 'Giovanni', a leader of the Urabenos": the named man again
        if _ATTACKER_APPOSED_BEFORE.search(low, max(0, a - 30), a) and _HURT_TOO_AFTER.match(low, b):
            taken.append((a, b))
            continue  # "The suspect, a man in his 50s, was also injured": the attacker, none of the hurt
        if _ONE_SPEAKS_AFTER.match(low, b):
            taken.append((a, b))
            continue  # "an aid worker told Reuters the number of dead was higher": who tells of the dead
        nc = _NOT_COUNTED_AFTER.match(text, b) if bracket_note else None
        if nc is not None and not _AND_OR.search(nc.group(0).split("(", 1)[0]):
            taken.append((a, b))
            continue  # "and his driver (not counted here)": the one the note is about, not the one before "and"
        if last_one is not None and _SAME_NAME_RUN.fullmatch(text, last_one.q.end, a):
            # "killing Superintendent of Police Vinod Kumar Choubey", "political wing leader S.P. Thamilselvan": his
            # title and his name, one man, whose list goes on after the name
            start = last_one.q.start
            last_one.q = Quantity(1, 1, 1, start, b, text[start:b])
            taken.append((a, b))
            named_end = b
            continue
        items.append(Item(Quantity(1, 1, 1, a, b, text[a:b]), named=True))
        taken.append((a, b))
        named_end = b if text[a : a + 1].isupper() and not low.startswith(("a ", "an ", "the "), a) else None
        last_one = items[-1]
    for m in _one_more(low) if ordinal or "other" in low else ():
        if not any(s < m.end() and m.start() < e for s, e in taken):
            items.append(Item(Quantity(1, 1, 1, m.start(), m.end(), text[m.start() : m.end()])))
    for a, b in spans_to_scan if ("him" in low or "her" in low) and _PRONOUN_KILLED.search(low) else ():
        # (as many as a sentence's casualty words: a text of one phrase repeated makes no more)
        for m in itertools.islice(_PRONOUN_KILLED.finditer(low, a, b), _MAX_PER_SENTENCE):
            if _FORCES_BEFORE_PRONOUN.search(low, max(a, m.start() - 60), m.start()):
                continue  # "before police killed him in a shootout": the attacker's end at the forces' hands
            if not any(s < m.end("one") and m.start("one") < e for s, e in taken):
                pa, pb = m.span("one")
                items.append(Item(Quantity(1, 1, 1, pa, pb, text[pa:pb]), named=True))
                taken.append((pa, pb))
    for m in _SELF.finditer(low) if "self" in low else ():
        if low.endswith(("was ", "were "), 0, m.start()):
            continue  # "before he was himself shot and killed by a passer-by": the emphatic pronoun, no one more
        items.append(Item(Quantity(1, 1, 1, m.start(), m.end(), text[m.start() : m.end()]), perp=True))
    if any(w in low for w in _PERP_OBJECT_HINTS):
        for a, b in spans_to_scan:
            for m in _PERP_IN_OBJECT.finditer(low, a, b):
                pa, pb = m.span(m.lastgroup or 0)
                if _FORCES_SUBJECT_BEFORE.search(low, max(a, m.start() - 40), m.start()):
                    continue
                if not any(s < pb and pa < e for s, e in taken):
                    items.append(Item(Quantity(1, 1, 1, pa, pb, text[pa:pb]), perp=True))
            for m in _PERP_KILLED_ALONG.finditer(low, a, b):
                pa, pb = m.span("p")
                if not any(s < pb and pa < e for s, e in taken):
                    items.append(Item(Quantity(1, 1, 1, pa, pb, text[pa:pb]), perp=True))
            closing = _PERP_CLOSES_LIST.finditer(low, a, b) if " killed" in low[a:b] else iter(())
            for m in itertools.islice(closing, _MAX_PER_SENTENCE):
                pa, pb = m.span("p")
                n = 2 if low.startswith("both", pa) else 1
                if not any(s < pb and pa < e for s, e in taken):
                    items.append(Item(Quantity(n, n, n, pa, pb, text[pa:pb]), perp=True))
                if m.group("d") and not any(s < m.end("d") and m.start("d") < e for s, e in taken):
                    da, db = m.span("d")
                    items.append(Item(Quantity(1, 1, 1, da, db, text[da:db]), named=True))
                    taken.append((da, db))
    items.sort(key=lambda it: it.q.start)
    return _title_with_name(text, items)


# Only a name's words and initials between a title and a name: "LTTE political wing leader S.P. Thamilselvan".
_NAME_WORDS_GAP = re.compile(r"(?:\s+[A-Z][\w.'’-]*)*\s+")


def _title_with_name(text: str, items: list[Item]) -> list[Item]:
    """One person where a title ("political wing leader") and the name after it ("S.P. Thamilselvan and five
    other members") were each read as one: the title's span reaches over the name, so the list after the name
    goes on from it."""
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.named
            and it.named
            and it.q.value == 1
            and prev.q.value == 1
            and _NAME_WORDS_GAP.fullmatch(text, prev.q.end, it.q.start)
        ):
            a, b = prev.q.start, it.q.end
            out[-1] = Item(Quantity(1, 1, 1, a, b, text[a:b]), named=True)
            continue
        if (
            prev is not None
            and it.q.value == 1
            and prev.q.value == 1
            and text.startswith(" and ", prev.q.end)
            and prev.q.end + 5 == it.q.start
            and text[prev.q.start : prev.q.start + 2].lower() in ("a ", "an")
            and _NAME_COMMA_BEFORE.search(text, max(0, prev.q.start - 40), prev.q.start) is not None
            and it.q.text.isalpha()
            and it.q.text.islower()
            and it.q.text not in _SEX_AGE_KIN
        ):
            # "Gauri Lankesh, a journalist and publisher, was shot dead": one person's two trades, told of a name
            # (not "killed a soldier and policeman", nor "a man and woman": two people)
            a, b = prev.q.start, it.q.end
            out[-1] = Item(Quantity(1, 1, 1, a, b, text[a:b]), named=prev.named)
            continue
        out.append(it)
    return out


# "Gauri Lankesh, " before "a journalist and publisher": the trades are an aside on a named person
_NAME_COMMA_BEFORE = compile_scan(r"[A-Z][\w'’.-]+,\s+$")
_SEX_AGE_KIN = frozenset(
    "man woman boy girl child baby infant toddler teenager teen youth son daughter wife husband mother father "
    "brother sister".split()
)


_POSSESSOR_BEFORE = compile_scan(r"\b(?:his|her|their)\s+$")
# The people an aid-worker record names beside its staff and does not count ("three displaced people", "two patients").
_OTHER_CIVILIANS_AFTER = compile_scan(
    r"\s+(?:[\w-]+\s+)?(?:people|persons|civilians|villagers|patients|residents|passers-by|bystanders|idps)\b"
)
# Family, not a colleague: "his driver" and "her guard" are most often aid workers too.
_FAMILY_OF = compile_scan(
    r"(?:his|her|their)\s+(?:[\w'-]+\s+)?(?:sons?|daughters?|wife|wives|husband|child|children|famil(?:y|ies)|"
    r"brothers?|sisters?|mother|father|parents|relatives|nephews?|nieces?|grandsons?|granddaughters?|grandchild(?:ren)?|"
    r"cousins?|baby|infant|toddler)"
)


def _aid_workers_only(low: str, s0: int, parts: list[Item]) -> list[Item]:
    """An aid-worker record counts aid workers only: "A Red Crescent volunteer and his young son were killed" is
    one. Kin named by their possessive after an aid worker are left out, as the record's "(not counted)" would."""
    kin = []
    for p in parts[1:]:
        owner = _POSSESSOR_BEFORE.search(low, max(0, p.q.start - 7), p.q.start)  # "her two children"
        if _FAMILY_OF.match(low, owner.start() if owner else p.q.start):  # or the item itself: "his young son"
            kin.append(p)
        elif _OTHER_CIVILIANS_AFTER.match(low, p.q.end):
            kin.append(p)  # "A national INGO staff member and three displaced people were killed": not staff
    # the employer may follow the person: "A national staff member of an INGO and his wife"
    if not kin or _AID_SUBJECT.search(low, s0, kin[0].q.start) is None:
        return parts
    return [p for p in parts if p not in kin]


def _joined(sep: str) -> bool:
    """Whether a list's separator joins its last part ("and", "as well as", "along with") rather than being a bare
    comma."""
    return "and" in sep or "well" in sep or "along" in sep


# A finite verb among a list part's words: the part is a clause with its own predicate.
_FINITE_IN_PART = compile_scan(r"\b(?:were|was)\b")


_AGE_WORD = compile_scan(r"\d{1,3}-year-old")


def _list_words(m: re.Match[str] | None) -> str:
    """The words between two parts of a list (_LIST_GAP's first group), without an aside in brackets or an age
    ("three 9-year-old children and three adults"), which hold no other figure."""
    if m is None:
        return ""
    words = _PAREN.sub(" ", m.group(1)) if "(" in m.group(1) else m.group(1)
    if " of them" in words or "including " in words:
        words = _SHARE_WORDS.sub(" ", words)  # "Twenty hostages, most of them foreigners, and": an aside on the part
    if ", " in words:
        words = _MOSTLY_WORDS.sub(" ", words)  # "Twenty hostages, mostly Italians, and": the same
    return _AGE_WORD.sub(" ", words) if "-year-old" in words else words


_SHARE_NAMED_BEFORE = compile_scan(r"\b(?:one|two|three|four|five|\d{1,2}|most|many|some|all)\s+of\s+them\s+$", re.I)
# A list's part, then an aside naming some of its people, then the list goes on: "Eight security personnel,
# including a deputy superintendent of police, and a boy".
_INCLUDING_OPENS = compile_scan(r"(?:\s+[\w'-]+){0,3}\s*,\s*including\s+")
_ASIDE_THEN_AND = compile_scan(r"(?:\s+[\w'-]+){0,4}\s*,\s*and\s+(?:(?:his|her|their|the)\s+)?")


def _including_aside_head(text: str, items: list[Item], j: int, cur: Item) -> int | None:
    """The index of the list part an "including" aside ending at items[j] describes, when ", and" after the aside
    goes on with the list at `cur` (see _INCLUDING_OPENS)."""
    if not _ASIDE_THEN_AND.fullmatch(text, items[j].q.end, cur.q.start):
        return None
    for k in range(j - 1, max(-1, j - 4), -1):
        if items[k].used or items[k].perp:
            return None
        if _INCLUDING_OPENS.fullmatch(text, items[k].q.end, items[k + 1].q.start):
            return k
    return None


# A harm word and the comma after it: what a list opening right there tells more of.
_HARM_COMMA_BEFORE = compile_scan(
    # ("148 people were killed by the gunmen, 142 students, three police officers and three soldiers, and 79 others")
    r"\b(?:killed|dead|died|injured|wounded|hurt)(?:\s+by\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?\s*,\s*$",
    re.IGNORECASE,
)


def _list_backward(text: str, items: list[Item], idx: int) -> list[int]:
    """Indices of a list ending at items[idx] ("six soldiers, 6 civilians and a police officer"); `text` is lower-cased,
    as the headline patterns read it."""
    chosen = [idx]
    joined = False  # whether an "and" has closed the list yet
    j = idx - 1
    while j >= 0 and len(chosen) < 6:
        prev, cur = items[j], items[chosen[-1]]
        if prev.in_paren and not cur.in_paren:
            j -= 1  # "2 UN staff (1 Kenyan, 1 Ugandan) and 1 national staff": a breakdown inside the list
            continue
        if prev.used or prev.perp:
            break
        if (
            j > 0
            and (_OF_WHOM_AFTER.match(text, prev.q.end) or text.endswith(", including ", 0, prev.q.start))
            and _SHARE_ASIDE.fullmatch(text, items[j - 1].q.end, cur.q.start)
        ):
            # "Thirty-five civilians, 31 of them women, and seven soldiers": a share of the part before (and "10
            # family members, including 4 children, and 2 neighbours")
            j -= 1
            continue
        if " of them " in text[max(0, prev.q.start - 40) : prev.q.start] and _SECOND_SHARE_BEFORE.search(
            text, max(0, prev.q.start - 40), prev.q.start
        ):
            j -= 1  # "Twenty hostages, nine of them Italian and seven Japanese, and": the share's second part
            continue
        between = text[prev.q.end : cur.q.start]
        m = _LIST_GAP.match(between)
        words = _list_words(m)
        if not m or _GAP_BLOCK.search(words) or KEYWORD_RE.search(words):
            break
        if " w" in words and _FINITE_IN_PART.search(words):
            break  # "Four staff were ambushed near Kamina and 2 were killed": a clause of its own, not a part
        if (
            not _joined(m.group(2))
            and not m.group(1).strip()
            and (len(prev.q.text.split()) == 1 or not joined)
            # (but a headline's "DD cameraman, two policemen killed" lists without an "and")
            and not (prev.named and not text[: prev.q.start].strip() and _HEADLINE_LIST_ONE.match(text))
        ):
            # "wounding 21, ten critically": a bare comma after a bare number opens a subset; after a person named
            # with its noun it goes on a list only when an "and" closes ("A teacher, a nurse and a driver were
            # killed"): "A customer, a woman in her 50s, was taken to hospital" is one person told twice
            break
        if (
            not joined
            and not _joined(m.group(2))
            and cur.named
            and cur.q.value == 1
            and len(chosen) == 1
            and not (not text[: prev.q.start].strip() and _HEADLINE_LIST_LAST.match(text))
        ):
            # "1 ICRC staff, a water engineer, was shot dead": the one before the verb, told again (not a headline's
            # "8 DRG jawans, driver killed")
            break
        joined = joined or _joined(m.group(2))
        if _OF_WHOM_AFTER.match(text, prev.q.end):
            break  # "Five were killed, three of them children, and 11 were injured": a share of the five
        if " of them " in text[max(0, prev.q.start - 20) : prev.q.start] and _SHARE_NAMED_BEFORE.search(
            text, max(0, prev.q.start - 20), prev.q.start
        ):
            break  # "29 people were killed, one of them a pregnant woman, and about 220 were injured": who one was
        if text.startswith(", ", prev.q.start - 2) and _HARM_COMMA_BEFORE.search(
            text, max(0, prev.q.start - 36), prev.q.start
        ):
            # "six people were killed, five women and one man, and 12 others remain in hospital": who the dead were,
            # told after their word, not more of those the list ends on
            return [idx]
        sub = _SUBSET_BEFORE.search(text, max(0, prev.q.start - 25), prev.q.start)
        if (
            "including" in text[max(0, prev.q.start - 120) : prev.q.start]
            and (head := _including_aside_head(text, items, j, cur)) is not None
        ):
            # "Eight security personnel, including a deputy superintendent, and a boy were killed": the aside names
            # some of the eight; the part before it goes on the list
            chosen.append(head)
            joined = True
            j = head - 1
            continue
        if sub is not None and not sub.group(0).lower().startswith("with"):
            break  # "nine dead, including eight children, and seven wounded": a share of the nine
        if _ASIDE_THEN_AND.fullmatch(text, prev.q.end, cur.q.start) and _in_list_aside(
            text, max(0, prev.q.start - 200), prev.q, cur.q.start
        ):
            # "166 people were killed, among them 18 security personnel and 26 foreign nationals, and more than
            # 300 were wounded": the aside's last part, of another figure than the one after it
            break
        chosen.append(j)
        j -= 1
    return chosen


# A headline's "6 shot, 1 dead": the figure right before "shot", the clause ending or placed right after it.
_HEADLINE_HIT_BEFORE = compile_scan(
    rf"(?:^|[\s:]){_SMALL_COUNT}(?:\s+(?:people|others|men|women))?"
    r"\s+$",
    re.IGNORECASE,
)
_HEADLINE_HIT_AFTER = compile_scan(r"\s*(?:[,;:(]|$)|\s+(?:in|at|on|after|outside|near|during)\b")
# "two are in critical condition": how some of those hurt are, not how many were hurt.
_CONDITION_ONLY = compile_scan(r"\bin\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+condition\b")
# "shot six people, two dead": a figure followed by its own kind of harm is a share, not a part of the list.
_KIND_RIGHT_AFTER = compile_scan(r"\s+(?:dead|killed|injured|wounded|hurt)\b")
_HURT_RIGHT_AFTER = compile_scan(
    r"\s+(?:injured|wounded|hurt)(?=\s*[,.;)]|\s*$|\s+(?:in|at|on|by|when|while|after|and|as|during)\b)"
)


# "killed the chief minister of Punjab, Beant Singh, and 16 other people": a titled man's name, apposed between
# commas before the list goes on, read in the text's own case.
_APPOSED_NAME = compile_scan(
    r",\s*[A-Z][a-z'’-]+(?:\s+(?:(?:al|el|bin|de|van|von)[ -])?[A-Z][a-z'’-]+){1,3}(?=\s*,\s+and\s)"
)


# One relative, named by whose he or she was: "his grandfather", "her husband", "their son".
_KIN_ONE = compile_scan(
    r"(?:his|her|their)\s+(?:[\w'’-]+\s+)?(?:grandfather|grandmother|father|mother|husband|wife|son|daughter|brother|"
    r"sister|uncle|aunt|cousin|nephew|niece|stepfather|stepmother|fianc[eé]e?|girlfriend|boyfriend|partner)"
)


# A short clause on who a one-person part was, before the list's "and": "the teacher who had failed him and".
_WHO_WAS_ASIDE = compile_scan(r"\s+who\s+(?:[a-z'’]+\s+){0,3}[a-z'’]+(?P<and>\s+and\s+)")


def _list_forward(text: str, items: list[Item], idx: int, limit: int, cased: str = "") -> list[int]:
    """Indices of a list starting at items[idx] ("killing 14 civilians and a police officer").

    `cased` is the text in its own case, where a name apposed between two parts can be told by its capitals.
    """
    chosen = [idx]
    j = idx + 1
    apposed_to = -1  # the end of an aside on the part before, which the gap to the next part leaves out
    while j < len(items) and len(chosen) < 6 and items[j].q.start < limit:
        prev, nxt = items[chosen[-1]], items[j]
        if nxt.in_paren and not prev.in_paren:
            j += 1  # "2 UN staff (1 Kenyan, 1 Ugandan) and 1 national staff": a breakdown inside the list
            continue
        if nxt.used:
            break
        if (
            j + 1 < len(items)
            and items[j + 1].q.start < limit
            and (_OF_WHOM_AFTER.match(text, nxt.q.end) or text.endswith("including ", 0, nxt.q.start))
            and _SHARE_ASIDE.fullmatch(text, prev.q.end, items[j + 1].q.start)
        ):
            j += 1  # "killed 12 villagers, four of them children, and two soldiers": a share of the part before
            continue
        if (
            cased
            and prev.named
            and nxt.named
            and (nm := _APPOSED_NAME.search(cased, prev.q.end, min(len(cased), nxt.q.end + 8))) is not None
            and nm.start() < nxt.q.start < nm.end()
        ):
            j += 1  # "killing the head of the council, Izzedine Salim, and six other people": the head's own name
            continue
        if (
            prev.named
            and nxt.named
            and nxt.q.text.startswith(("a ", "an "))
            and text.startswith(", ", prev.q.end)
            and prev.q.end + 2 == nxt.q.start
            and text.startswith(", and ", nxt.q.end)
            and _KIN_ONE.fullmatch(prev.q.text)
        ):
            apposed_to = nxt.q.end  # the list goes on after the aside
            j += 1  # "killed his grandfather, a tribal police sergeant, and his grandfather's companion": who he was
            continue
        if (
            prev.named
            and apposed_to < prev.q.end
            and (wm := _WHO_WAS_ASIDE.fullmatch(text, prev.q.end, nxt.q.start)) is not None
            and not KEYWORD_RE.search(wm.group(0))
        ):
            # "killed the teacher who had failed him and three students": who she was, then the list goes on
            apposed_to = wm.start("and")
        gap_from = max(prev.q.end, apposed_to)
        between = text[gap_from : nxt.q.start]
        m = _LIST_GAP.match(between)
        if m is None and cased and prev.named and (nm := _APPOSED_NAME.search(cased, gap_from, nxt.q.start)):
            between = between[: nm.start() - gap_from] + between[nm.end() - gap_from :]
            m = _LIST_GAP.match(between)
        words = _list_words(m)
        if not m or _GAP_BLOCK.search(words) or KEYWORD_RE.search(words):
            break
        if not _joined(m.group(2)) and not m.group(1).strip() and not prev.named:
            break  # "wounding 21, ten critically": a bare comma after a bare number opens a subset
        if "and" not in m.group(2) and _SPEECH_AFTER.match(text, nxt.q.end):
            # "killing five soldiers and two civilians, a police officer said": the source; "killed more than 20
            # people, two residents and a hospital official said": the sources
            break
        if _OF_WHOM_AFTER.match(text, nxt.q.end) or _AMONG_THEM_AFTER.match(text, nxt.q.end):
            # "shot seven people, two of whom died", "killed eight people, his ex-wife among them": a share of
            # the first figure, not more people
            break
        if _OWN_CLAUSE_AFTER.match(text, nxt.q.end):
            break  # "killed 14 people, and 25 others were wounded": the subject of a clause of its own
        if "and" not in m.group(2) and _HOW_BADLY_AFTER.match(text, nxt.q.end):
            break  # "wounded 14 others, four critically": how badly some of the 14 were hurt
        if "and" not in m.group(2) and _KIND_RIGHT_AFTER.match(text, nxt.q.end):
            break  # "6 shot, 1 dead", "shot six people, two dead": the figure of its own word, a share
        if _HURT_RIGHT_AFTER.match(text, nxt.q.end):
            break  # "received the bodies of 87 people and 266 wounded": the hurt, a figure of their own
        chosen.append(j)
        j += 1
        if _joined(m.group(2)) and "along" not in m.group(2):
            # "A, B and C" is complete: what follows a comma after it is not another part ("killed the mayor along
            # with his father and 18 other people" goes on)
            break
    return chosen


def _kind(m: re.Match[str]) -> str:
    return "killed" if m.group("k") else "injured" if m.group("i") else "hit"


# "30 people, 20 men and 10 women": a figure of people in general, then (after a comma or dash) its breakdown.
# ("All 224 people on board, 217 passengers and seven crew members, were killed": those aboard, then by kind)
_PEOPLE_APPOSED = compile_scan(
    r"\s+(?:people|persons|individuals|victims)(?:\s+(?:on\s+board|aboard))?\s*(?:,|--?|\u2013|\u2014|:)"
)
# ("Three other soldiers were killed in a second ambush" are more of the same day's dead: the other place's own day
# tells it apart)
_AT_ANOTHER_AFTER = compile_scan(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:at|in)\s+(?:another|a\s+(?:different|separate))\s[^.;]{0,60}?"
    rf"\bon\s+(?:\d{{1,2}}\s+{MONTHS}|{MONTHS}\s+\d{{1,2}}\b)"
)
_IN_ALL_APPOSED = compile_scan(r"\s+(?:[a-z-]+\s+){0,2}?(?:in\s+all|in\s+total|altogether)\s*(?:,|--?|\u2013|\u2014|:)")
_ONE_BY_SEX_AGE = compile_scan(r"\b(?:man|woman|boy|girl|child|baby|infant|toddler|teenager)$", re.IGNORECASE)
_NOUN_THEN_COMMA = compile_scan(r"(?:\s+[a-z][\w-]*){1,3}\s*(?:,|--?|\u2013|\u2014|:)")
_BY_SEX_AGE_AFTER = compile_scan(
    r"\s+(?:(?:adult|young|elderly|teenage)\s+)?(?:men|women|children|boys|girls|adults|minors|man|woman|child|boy|"
    r"girl)\b"
)
# "Two aid workers, a driver and a guard, were killed": a list closed by a comma before its passive verb, after a
# word that holds people of any role, is an aside that names the first figure's people; a list that runs on to the
# verb ("..., a guard were"), or whose first people are of one kind ("Two soldiers, a policeman and a civilian,
# were killed"), is more people.
_UMBRELLA_AFTER = compile_scan(
    r"\s+(?:[\w-]+\s+){0,2}?(?:staff|staffers|staff\s+members|workers|employees|members|personnel|people|persons|"
    # "Two other passengers, a woman in labour and her mother, were injured"
    r"civilians|volunteers|colleagues|relatives|contractors|passengers|occupants|travell?ers|patients|guests|"
    # "Two foreign tourists, a German woman and a travel blogger, were killed"
    r"tourists|visitors|pilgrims|students|pupils|children|journalists|teachers|doctors|"
    r"nurses|farmers|villagers|residents|friends|brothers|sisters|worshippers|customers|shoppers|hostages)"
    # "10 INGO staff of a medical team, eight internationals ... and two Afghan nationals, were shot dead"
    r"(?:\s+of\s+(?:an?|the|their)\s+[\w-]+(?:\s+[\w-]+)?)?\s*,"
)
# "Two farmers, a man and his son, were killed": a pair of kin named after the figure is its people, whatever
# the first noun (where "Two soldiers, a policeman and a civilian" are four people)
_KIN_PAIR_APPOSED = compile_scan(
    r"\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|father|mother|husband|wife)"
    r"\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:son|daughter|wife|husband|brother|sister|father|mother|child|"
    r"nephew|niece|grandson|granddaughter)\s*,"
)
_APPOSITION_CLOSED = compile_scan(
    # ("Three MSF staff, one Spanish and two Ethiopian nationals, were found killed"; "Twelve security personnel,
    # ten soldiers and two men of the Frontier Constabulary, were martyred")
    # ("Seven members of the security forces, four soldiers and three gendarmes, were also killed")
    r"(?:\s+[\w'-]+){0,6}\s*,\s*(?:(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:\w+ly\s+)?(?:found\s+)?"
    # "Three other guests, two men and a woman, suffered minor injuries"
    r"|(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}?)"
)
_NATIONALS_AFTER = compile_scan(r"\s+(?P<who>[A-Z][a-z]+?)(?:s|men)?\s*,")
_ONE_NATIONAL = compile_scan(r"(?:an?|one)\s+(?P<who>[A-Z][a-z]+?)(?:man|woman)?\b")


def _is_nationals(text: str, at: int, singular: bool = False) -> bool:
    """Whether a people by nationality follows ("two Americans,", "three Frenchmen,"; "a Briton" when singular)."""
    m = (_ONE_NATIONAL if singular else _NATIONALS_AFTER).match(text, at)
    if m is None:
        return False
    return fold(m.group("who")) in load().demonyms


_PICTURED_BEFORE = compile_scan(r"\b(?:images|photos|photographs|pictures|footage|videos?)\s+of\s+(?:[\w-]+\s+)?$")
_PUT_BEFORE = compile_scan(r"\b(?:put|puts|putting|placed)\s+the\s+$", re.IGNORECASE)
# A bare verb after "to" names what was wanted or feared, not done: "threatening to behead two hostages".
_BARE_VERBS = frozenset(("kill", "slay", "behead", "gun down"))
# ... and so after a modal: "saying he could kill 470 disabled people".
_MODAL_BEFORE = compile_scan(r"\b(?:could|would|might|may|will|shall)\s+$")
# Casualty words read per sentence: prose has a handful; a text with thousands and no sentence end is no
# report, and each word would read every figure in it.
_MAX_PER_SENTENCE = 40


def find_mentions(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """Attach each casualty word to the number it governs (before it when passive, after it when active)."""
    low = ascii_lower(text)
    # One scan for casualty words over the whole text, then each sentence takes its share (bisect).
    kw_all = list(KEYWORD_RE.finditer(low))
    toll_all: list[re.Match[str]] = []
    if (
        "toll" in low
        or "number of" in low
        or "number killed" in low
        or "number dead" in low
        or "figure" in low
        or "count of" in low
        or "tally of" in low
        or " and later r" in low
        or "estimate" in low
        or " the dead at " in low
        or " count is " in low
        or " count was " in low
        or " count st" in low
    ):
        toll_all = [
            t
            for t in _TOLL_RE.finditer(low)
            if not low.startswith(("it", "later", "the figure"), t.start())
            or _toll_just_told(low, t)
            # ("first reported 235 dead, later raising the figure to 305": the figure of the dead just told)
            or low.startswith(("later", "the figure"), t.start())
            and _TOLL_NOUN_BEFORE.search(low, max(0, t.start() - 80), t.start())
        ]
        gapped = list(_TOLL_GAP_RE.finditer(low))
        gapped += (m for m in _TOLL_GAP_STANDS_RE.finditer(low) if all(m.start() != g.start() for g in gapped))
        if "put" in low:
            gapped += (m for m in _TOLL_PUT_GAP_RE.finditer(low) if all(m.start() != g.start() for g in gapped))
        if "to " in low:
            gapped += _RAISING_GAP_RE.finditer(low)
        gap_starts = {m.start() for m in gapped}
        toll_all = sorted([t for t in toll_all if t.start() not in gap_starts] + gapped, key=lambda m: m.start())
    kw_starts = [m.start() for m in kw_all]
    toll_starts = [m.start() for m in toll_all]

    def in_span(ms: list[re.Match[str]], st: list[int], a: int, b: int) -> list[re.Match[str]]:
        return ms[bisect_left(st, a) : bisect_left(st, b)]

    def has(st: list[int], a: int, b: int) -> bool:  # whether in_span would be non-empty, without the slice
        return bisect_left(st, a) < bisect_left(st, b)

    live_spans = [(a, b) for a, b in spans if has(kw_starts, a, b) or has(toll_starts, a, b)]
    items = _items(text, live_spans)
    set_apart = "counting" in low or "including" in low or "excluding" in low or "apart from" in low
    cased = text  # for the few cues that read capitals (a lede's opening words)
    text = low  # offsets unchanged; every scan below is case-blind
    # (a dateline's dash, "TRIPOLI - The toll ...", opens no aside: the first pair of dashes starts after it)
    dm = dateline(cased)
    parens = [(m.start(), m.end()) for m in _PAREN.finditer(text, dm.end() if dm else 0)]

    paren_starts = [a for a, _ in parens]

    def inside(pos: int) -> tuple[int, int] | None:
        k = bisect_left(paren_starts, pos) - 1  # parens never nest in _PAREN matches, so one candidate
        return parens[k] if k >= 0 and parens[k][0] < pos < parens[k][1] else None

    for it in items:
        it.in_paren = inside(it.q.start) is not None
    starts = [it.q.start for it in items]

    mentions: list[Mention] = []
    left_out: set[int] = set()  # sentences whose figure is background or a cumulative toll
    for si, (s0, s1) in enumerate(spans):
        sent_items = list(range(bisect_left(starts, s0), bisect_left(starts, s1)))
        if not sent_items:
            continue
        background = si > 0 and recalls_other_event(text, s0, s1)
        if (
            not background
            and si > 1
            and _LATER_OPENING.match(text, s0)
            and "\n" not in text[spans[si - 1][1] : s0]
            and recalls_other_event(text, *spans[si - 1])
        ):
            # "... since November 2017, when a gunman killed 26 people at a church. Six months later, 10 people were
            # shot to death at a high school": the recalled past goes on, counted from its own day
            background = True
        for i in sent_items if "to " in text[s0:s1] else ():
            it = items[i]
            im = _INVERTED_TOLL_AFTER.match(text, it.q.end)
            if it.used or it.perp or im is None:
                continue
            if not _RAISED_TO_BEFORE.search(text, max(s0, it.q.start - 12), it.q.start):
                continue
            it.used = True
            if _CUMULATIVE_AFTER.search(text, im.end(), s1):
                continue  # "bringing to 28 the number of children killed ... this year": a running count
            mentions.append(
                Mention(
                    "killed" if im.group("d") else "injured",
                    it.q.value,
                    it.q.low,
                    it.q.high,
                    it.q.start,
                    im.end(),
                    si,
                    update=True,
                    total=True,
                    parts=[it.q],
                    toll=True,
                )
            )
        for tm in in_span(toll_all, toll_starts, s0, s1)[:_MAX_PER_SENTENCE]:
            for i in sent_items:
                it = items[i]
                # ('the toll had risen to "at least 200"': the figure in a source's own words)
                quoted = it.q.start == tm.end() + 1 and text[tm.end()] in _OPENING_QUOTES
                if it.used or it.perp or it.q.start != tm.end() and not quoted:
                    continue
                it.used = True
                while (
                    nxt := next(
                        (
                            items[j]
                            for j in sent_items
                            # (past a day's number between: "raised to 160 on 24 Mar, revised down to 157")
                            if items[j].q.start > it.q.end and _CHAINED_TO.fullmatch(text, it.q.end, items[j].q.start)
                        ),
                        None,
                    )
                ) is not None:
                    # "later raising the figure to 305 and finally to 311": the last count the toll reached
                    nxt.used = True
                    it = nxt
                value, low_, high_ = it.q.value, it.q.low, it.q.high
                second_part = next((items[j] for j in sent_items if items[j].q.start > it.q.end), None)
                if (
                    second_part is not None
                    and not second_part.used
                    and _TOLL_PEOPLE_AND.fullmatch(text, it.q.end, second_part.q.start)
                    and (
                        _TOLL_PEOPLE_AFTER.match(text, second_part.q.end)
                        # ("rose to six soldiers and a civilian": one person, named by the noun)
                        or second_part.named
                        and second_part.q.value == 1
                        and not _OWN_HARM_AFTER_RE.match(text, second_part.q.end)
                    )
                ):
                    # "has risen to 169 Afghans and 13 U.S. service members": the toll told as its two parts
                    second_part.used = True
                    value += second_part.q.value
                    low_ = None if low_ is None or second_part.q.low is None else low_ + second_part.q.low
                    high_ = None if high_ is None or second_part.q.high is None else high_ + second_part.q.high
                    it = second_part
                if (
                    _PERIOD_TOLL.search(text, tm.start(), it.q.start)
                    or _WAR_TOLL.search(text, tm.start(), it.q.start)
                    or _EVENTS_TOLL.search(text, tm.start(), it.q.start)
                ):
                    # "the number of Palestinians killed ... since the start of the year has risen to 152", "the death
                    # toll in the war had risen to 15,207": a running count over the period, not this event's toll
                    left_out.add(si)
                    continue
                if (
                    it.q.value >= 1000
                    and _OVERALL_BEFORE.search(text, max(s0, tm.start() - 30), tm.start())
                    and not _EVENT_CUE.search(low, s0, s1)
                ):
                    left_out.add(si)
                    continue  # "The health ministry said the overall death toll had risen to 15,207": the war's count
                kind = "killed" if tm.group("d") else "injured"
                if kind == "killed" and text.startswith(("figure", "the figure", "it", "toll", "the toll"), tm.start()):
                    # "Early counts put the injured at 144; the figure was later revised to 264": the count of the
                    # hurt the clause before told ("first reported eight people wounded; the toll was later raised to
                    # 13": a toll without a word of death)
                    # (a bare toll only after a sentence of the hurt alone: "16 civilians were killed and seven
                    # wounded; the toll later rose to 18" is the dead's)
                    if _HURT_COUNT_TOLD.search(text, max(s0, tm.start() - 80), tm.start()) is not None and not (
                        text.startswith(("toll", "the toll"), tm.start()) and _DEATH_WORD.search(text, s0, tm.start())
                    ):
                        kind = "injured"
                groups = tm.groupdict()  # the toll patterns name different parts
                high = high_
                if tm.group(0).rstrip().endswith("from"):
                    # "death tolls ranged from 63 to 80": the second figure is the range's top, not more dead
                    top = next((items[j] for j in sent_items if items[j].q.start > it.q.end), None)
                    if top is not None and _RANGE_TO.fullmatch(text, it.q.end, top.q.start):
                        top.used = True
                        high = max(top.q.value, it.q.value)
                down = bool(groups.get("down"))
                up = (
                    down
                    or (groups.get("up") or "").lower() in _UPDATE_WORDS
                    or bool(groups.get("raised"))
                    or bool(groups.get("final"))
                    # "the toll is now 44": a figure that stands now has replaced the ones before it
                    or bool((groups.get("now") or groups.get("now0")) and groups.get("up"))
                    or bool(_RAISING_BEFORE.search(text, max(0, tm.start() - 90), tm.start()))
                    or text.endswith(("final ", "eventual "), max(0, tm.start() - 9), tm.start())
                    or _on_update_line(text, tm.start())  # "REVISED TOLL: the confirmed number of dead is 84"
                )
                mentions.append(
                    Mention(
                        kind,
                        value,
                        low_,
                        high,
                        tm.start(),
                        it.q.end,
                        si,
                        update=up,
                        total=True,
                        parts=[it.q],
                        toll=True,
                        down=down,
                        # ("The initial toll of 28 dead rose to 100": the first count is the one inside, and the
                        # figure it rose to the new one)
                        fallback=bool(_EARLIER_TOLL_BEFORE.search(text, max(s0, tm.start() - 40), tm.start()))
                        and not (up and any(tm.start() < items[j].q.start < it.q.start for j in sent_items))
                        # ("raising the death toll to 22": the toll it was raised to, not the one replaced)
                        and not (tm.group(0).endswith(("to ", " to")) or _RAISED_TO_AFTER.match(text, tm.end()))
                        # "The toll had stood at 50 on Saturday night but rose as more of the wounded died"
                        or (groups.get("up") or "").lower() == "stood" and " had " in tm.group(0),
                    )
                )
        for km in in_span(kw_all, kw_starts, s0, s1)[:_MAX_PER_SENTENCE]:
            kind = _kind(km)
            kp = inside(km.start())
            # Numbers in a parenthesis the keyword is outside of are a breakdown ("3 staff (1 international,
            # 2 nationals) wounded"); they are neither the figure nor a part to add.
            live = [i for i in sent_items if inside(items[i].q.start) in (None, kp)]
            chosen: list[int] = []
            labelled = False  # a record's field ("Dead: 130"): the record's own total
            word = km.group(0)
            if word == "lives" and not _LIVES_TOLL_BEFORE.search(text, max(s0, km.start() - 50), km.start()):
                continue
            if word == "death" and text.startswith((" toll", "-toll"), km.end()):
                continue  # "A local senator put the death toll at 300": the toll's word, not the senator's death
            if word == "dead" and text.startswith(" at ", km.end()) and _PUT_BEFORE.search(text, s0, km.start()):
                continue  # "survivors pointed to five mass graves and put the dead at 75": the toll's word
            if word == "bodies" and _PICTURED_BEFORE.search(text, max(s0, km.start() - 30), km.start()):
                continue  # "according to an official, a witness and images of charred bodies": the sources' pictures
            if word in _BARE_VERBS and (
                text.endswith("to ", max(s0, km.start() - 3), km.start())
                or _MODAL_BEFORE.search(text, max(s0, km.start() - 7), km.start())
            ):
                continue  # "threatening to kill her parents", "he could kill 470 people": no one died of it
            if word == "to death" and _SENTENCED_BEFORE.search(text, max(s0, km.start() - 160), km.start()):
                continue  # "sentenced a rapper to death": a court's sentence, no one has died
            if kind == "killed" and _EITHER_HURT_AFTER.match(text, km.end()):
                continue  # "50 were killed or injured": the dead and the hurt in one figure, neither count
            if word in ("died", "succumbed") and _WHO_HIT_CLAUSE_BEFORE.search(
                text, max(s0, km.start() - 200), km.start()
            ):
                continue  # the head of "A woman who was stabbed while ... has died", not the clause's people
            if text.endswith(("not ", "n't "), max(s0, km.start() - 4), km.start()):
                continue  # "a passenger in the car was not injured": no one hurt, read as a zero (_zero)
            if kind == "injured" and (
                _HURT_DIED_AFTER.match(text, km.end())
                or _WHO_WAS_BEFORE.search(text, max(s0, km.start() - 30), km.start())
                and _SINCE_DIED_AFTER.match(text, km.end())
            ):
                kind = "killed"  # "as two wounded people died in hospital": the hurt who died are dead now
            elif (
                kind == "hit"
                and _HURT_DIED_AFTER.match(text, km.end())
                and _passive_before(text[max(s0, km.start() - 14) : km.start()])
            ):
                kind = "killed"  # "Two responding officers were shot and died of their injuries"
            # (not past the sentence's end: a headline's "five bodyguards shot dead" over a lede naming a man)
            after = [i for i in live if km.end() <= items[i].q.start < s1 and not items[i].used]
            if (
                after
                and (
                    _ACTIVE.fullmatch(word)
                    or (
                        (_ACTIVE_HURT.fullmatch(word) or _ACTIVE_DEATH.fullmatch(word))
                        and not _passive_before(text[max(s0, km.start() - 14) : km.start()])
                    )
                )
                and _PLAIN_GAP.fullmatch(text, km.end(), items[after[0]].q.start)
            ):
                chosen = _list_forward(text, items, after[0], s1, cased)
            if not chosen and _NOMINAL.fullmatch(word) and after:
                gap_rx = _TO_GAP if word.startswith("injur") else _OF_GAP
                if gap_rx.fullmatch(text, km.end(), items[after[0]].q.start):
                    chosen = _list_forward(text, items, after[0], s1, cased)
            passive = _passive_before(text[max(s0, km.start() - 14) : km.start()]) or (
                # "A fifth person, shot in the neck, survived": the participle between commas
                word in ("shot", "stabbed", "wounded", "injured")
                and text.endswith(", ", 0, km.start())
                and bool(_ASIDE_CLOSE.match(text, km.end(), km.end() + 40))
            ) or (
                # a headline's "6 shot, 1 dead", "Three stabbed outside Leeds pub": the figure right before
                word in ("shot", "stabbed")
                and bool(_HEADLINE_HIT_BEFORE.search(text, max(s0, km.start() - 24), km.start()))
                and bool(_HEADLINE_HIT_AFTER.match(text, km.end()))
            )
            if (
                not chosen
                and (passive or not _FORWARD_ONLY.fullmatch(word))
                # "Two police officers fatally shot the gunman": the figure before an active killing is its doers
                and (passive or not _ACTIVE_KILL.fullmatch(word) or not _doers_before(cased, items, live, km))
            ):
                same_kind = any(x.sent == si and x.kind == kind for x in mentions)
                before = [
                    i
                    for i in live
                    if items[i].q.end <= km.start()
                    and not items[i].used
                    and not _is_share(text, s0, items[i].q.start, same_kind)
                    # "Four others remained hospitalized, one in critical condition": how one of the four is
                    and not (same_kind and word.endswith("condition") and text.endswith(", ", 0, items[i].q.start))
                    # "Seven people, three of them children, were killed": a share of the figure before it
                    and not (i > sent_items[0] and _OF_WHOM_AFTER.match(text, items[i].q.end))
                    # ("A total of 184 people, 59 of them on the aircraft and 125 inside the building, were killed":
                    # the share's second part)
                    and not (
                        i > sent_items[0]
                        and _SHARE_SECOND_PART_BEFORE.search(text, max(s0, items[i].q.start - 60), items[i].q.start)
                    )
                    # "Nine other people, including a candidate and two police officers, were wounded"
                    and not (i > sent_items[0] and _in_list_aside(text, s0, items[i].q, km.start()))
                    # "Two national staff of a local NGO partner were killed": one person after "of" is whose
                    and not (
                        items[i].named
                        and items[i].q.value == 1
                        and i > sent_items[0]
                        and text.endswith((" of ", " for "), max(s0, items[i].q.start - 5), items[i].q.start)
                    )
                    # "Ten people who went to ... drive a neighbor home on a sunny afternoon are dead": one person
                    # words away is no subject of a plural verb ("and the bomber were killed" closes a list)
                    and not (
                        items[i].named
                        and items[i].q.value == 1
                        and km.start() - items[i].q.end > 20
                        and _PLURAL_VERB_BEFORE.search(text, max(s0, km.start() - 12), km.start())
                        # (not the last of a list: "two officers and a woman in a nearby house were killed", nor
                        # the first: "A staff member and their family were killed")
                        and not text.endswith(("and ", ", "), max(s0, items[i].q.start - 6), items[i].q.start)
                        and " and " not in text[items[i].q.end : km.start()]
                    )
                ]
                among = (
                    _AMONG_BEFORE.search(text, max(s0, items[before[-1]].q.start - 40), items[before[-1]].q.start)
                    if len(before) >= 2 and "among" in text[s0 : km.start()]
                    else None
                )
                if among is not None and _AID_SUBJECT.search(text, items[before[-2]].q.start, among.start()):
                    chosen = [before[-2]]
                    items[before[-1]].used = True  # the whole toll, which the aid-worker record does not count
                elif before:
                    i = before[-1]
                    gap = text[items[i].q.end : km.start()]
                    if any(ch.isdigit() for ch in gap):
                        # "Eighteen soldiers of the 6 Dogra Regiment were killed": a unit's number (in the cased text)
                        gap = _UNIT_NUMBER.sub(lambda um: " " * len(um.group(0)), cased[items[i].q.end : km.start()])
                        gap = ascii_lower(gap)
                    gap = _INCLUDING_ASIDE.sub(" ", _PAREN.sub(" ", gap))
                    gap = _AGE_ASIDE.sub(" ", gap)
                    if ", both " in gap:
                        gap = _BOTH_ASIDE.sub(" ", gap)  # "Two other people, both health ministry staff ..., were"
                    if ", who " in gap:
                        # "Eleven people and the truck's driver, who was found shot dead in the cab, were killed": the
                        # clause tells of the last part, the verb after it of the whole list
                        gap = _WHO_ASIDE.sub(" ", gap)
                    if gap.count(",") >= 2:
                        gap = _UNIT_CHAIN_ASIDE.sub("", gap)
                    if items[i].q.value == 1 and ", a" in gap:
                        gap = _APPOSED_ONE_ASIDE.sub(" ", gap)  # "One staff member, a local journalist, was shot"
                    if "., " in gap:
                        gap = _STATE_ABBREV_DOT.sub(" ", gap)  # "employees of a plant in Rome, Ga., were killed"
                    if "including" in gap:
                        gap = _INCLUDING_BARE.sub(" ", gap)
                    if " and " in gap or " then " in gap or " being " in gap:
                        jv = _JOINED_VERB_END.search(gap)
                        gap = gap[: jv.start()] if jv else gap
                    # (a relative clause may say more: "of the FARC who signed the 2016 peace agreement were")
                    if (
                        len(gap) <= 70
                        or len(gap) <= 100 and (" who " in gap or " they " in gap or _PARTICIPLE_GAP.match(gap))
                        or len(gap) <= 130 and _APPOSED_PLACE_GAP.fullmatch(gap)
                    ) and (
                        not _GAP_BLOCK.search(gap)
                        or _HOSTAGES_SUBJECT.fullmatch(gap)
                        or ((wm := _WHO_WERE_GAP.fullmatch(gap)) is not None
                            and (not wm.group("one") or kind != "killed"
                                 # ("Saleh al-Sammad, who was martyred together with six of his companions": the
                                 # clause that tells his death tells his companions' too)
                                 or _ALONG_WITH_KIN.match(text, km.end()) is not None))
                        # ("Five of his followers who were waiting to see him also died": a clause of its own)
                        or (word in _INTRANSITIVE_DEATH and (_WHO_GAP.fullmatch(gap) or _WHO_DID_GAP.fullmatch(gap)))
                        or (word.startswith(("suffered", "sustained")) and _WHO_DID_GAP.fullmatch(gap))
                        or (word in _DEAD_NAMED_WORDS and _AMONG_DEAD_GAP.fullmatch(gap))
                    ) and (
                        not KEYWORD_RE.search(gap)
                    ):
                        chosen = _list_backward(text, items, i)
                        if (
                            len(chosen) > 1
                            and all(items[c].q.value == 1 for c in chosen)
                            and _SINGULAR_VERB_BEFORE.search(text, max(s0, km.start() - 16), km.start())
                            # (not "A soldier and a policeman was killed": each with an article of his own)
                            and not any(
                                _DETERMINER_OPENS.match(text, items[c].q.start)
                                for c in sorted(chosen, key=lambda c: items[c].q.start)[1:]
                            )
                        ):
                            chosen = chosen[:1]  # "A taxi driver and father of four has died": one man, by his verb
                        if (
                            word in _DEAD_NAMED_WORDS
                            and _AMONG_DEAD_GAP.fullmatch(gap)
                            and any(x.sent == si and x.kind == kind for x in mentions)
                        ):
                            chosen = []  # "| 17 dead, 122 injured | ... five children were among the dead": some
                    elif word.lower().startswith("found") and items[before[0]].q.start - s0 < 40:
                        chosen = [before[0]]  # "2 staff kidnapped on July 13 and later found dead": the subject
                if (
                    chosen
                    and after
                    and " with " in text[km.end() : items[after[0]].q.start]
                    and (
                        _ALONG_WITH.fullmatch(text, km.end(), items[after[0]].q.start)
                        or _along_with_kin(low, km.end(), items[after[0]].q.start)
                    )
                ):
                    # "Three attackers were killed along with two police officers": more of the same dead (and "A police
                    # commander was shot dead together with his bodyguard")
                    chosen += [i for i in _list_forward(text, items, after[0], s1, cased) if i not in chosen]
                elif (
                    chosen
                    and len(after) > 1
                    and "along" in text[km.end() : items[after[1]].q.start]
                    and _SHARE_THEN_ALONG.fullmatch(text, km.end(), items[after[1]].q.start)
                ):
                    # "Eight children were injured, five of them critically, along with two adults": the share is
                    # some of the eight, the two after it more of the hurt
                    chosen += [i for i in _list_forward(text, items, after[1], s1, cased) if i not in chosen]
            if not chosen:
                if after:
                    i = after[0]
                    gap = text[km.end() : items[i].q.start]
                    allowed = _HIT_GAP if kind == "hit" else _PLAIN_GAP
                    if allowed.fullmatch(gap):
                        chosen = _list_forward(text, items, i, s1, cased)
                    elif (
                        word in _DEAD_NAMED_WORDS
                        and _DEAD_NAMED_GAP.fullmatch(gap)
                        and (
                            _DEAD_NAMED_BEFORE.search(text, max(s0, km.start() - 12), km.start())
                            or not text[s0 : km.start()].strip(" \t\n\"'*-")
                        )
                    ):
                        chosen = _list_forward(text, items, i, s1, cased)
                    elif (
                        kind != "hit"
                        and _LABEL_GAP.fullmatch(gap)
                        and _opens_field(text, s0, km.start())
                    ):
                        # "Fatalities: 9", "Killed: 4": a record's field, its label opening the line ("Casualties:
                        # 4 killed, 9 wounded" names its kinds after the figures)
                        chosen = [i]
                        labelled = True
            if not chosen:
                continue
            lead = items[min(chosen)].q
            if (
                lead.start > km.end()
                and _OF_WHOM_AFTER.match(text, lead.end)
                and any(x.sent == si and x.kind == kind and x.end <= km.start() for x in mentions)
            ):
                continue  # "killed five villagers, beheading three of them": how some of the five died, no more dead
            # "166 people were killed, not counting nine attackers, and more than 300 injured": a figure set apart
            # from a count is no part of the next
            parts = [
                items[i]
                for i in sorted(chosen)
                if not set_apart
                or not _SET_APART_BEFORE.search(text, max(s0, items[i].q.start - 16), items[i].q.start)
            ]
            if not parts:
                continue
            if (
                len(parts) >= 3
                and parts[0].q.value == sum(p.q.value for p in parts[1:])
                and (
                    _PEOPLE_APPOSED.match(text, parts[0].q.end)
                    or _KIN_PAIR_APPOSED.match(text, parts[0].q.end)
                    # "It killed 10 people in all, five Iranians and five Iraqis": the whole, then its parts
                    or _IN_ALL_APPOSED.match(text, parts[0].q.end)
                    # "killed ten rural workers, nine men and one woman": the same people by sex and age
                    or (
                        _NOUN_THEN_COMMA.match(text, parts[0].q.end) is not None
                        and all(_BY_SEX_AGE_AFTER.match(text, p.q.end) for p in parts[1:])
                    )
                    # "killing two civilians, a woman and a child, and wounding 31": one person each, by sex or
                    # age, after a word that holds people of any role (where "two policemen, a woman and a child"
                    # are four)
                    or (
                        _UMBRELLA_AFTER.match(text, parts[0].q.end) is not None
                        and all(p.named and _ONE_BY_SEX_AGE.search(p.q.text) for p in parts[1:])
                    )
                    # "killing two Americans, an airman and a civilian employee": a people by nationality, then
                    # each of them by role (where "two Americans, a Briton and a German" are four)
                    or (
                        cased
                        and _is_nationals(cased, parts[0].q.end)
                        and all(p.named and not _is_nationals(cased, p.q.start, singular=True) for p in parts[1:])
                    )
                    or (
                        km.start() >= parts[-1].q.end
                        and _UMBRELLA_AFTER.match(text, parts[0].q.end) is not None
                        and _APPOSITION_CLOSED.fullmatch(text, parts[-1].q.end, km.start()) is not None
                    )
                )
            ):
                # "killed 30 people, 20 men and 10 women", "Two aid workers, a driver and a guard, were killed": the
                # first figure told again by kind
                parts = parts[:1]
            if (
                kind == "killed"
                and all(_ATTACKERS_AFTER.match(text, p.q.end) for p in parts)
                and (
                    _FORCES_KILLED_AFTER.match(text, km.end())
                    # "before all four attackers were shot dead": attackers do not shoot themselves dead
                    or _SHOT_DEAD_WORD.fullmatch(word) is not None and parts[-1].q.end < km.start()
                )
            ):
                continue  # "the five attackers were killed when army commandos stormed the cafe": the forces' foes
            if (
                kind == "killed"
                and parts[-1].q.end < km.start()
                and all(_ENEMY_AFTER.match(text, p.q.end) for p in parts)
                and (
                    # "Police claimed that at least four Maoists were also killed in the exchange of fire": more of
                    # the foes, after the toll of the forces or the people they attacked
                    _ALSO.search(text, parts[-1].q.end, km.start())
                    and _FORCES_KILLED_AFTER.match(text, km.end())
                    # "Seven security personnel were killed ..., and all six attackers were killed": the attackers
                    # the forces ended, all of them, after the victims
                    # (not "all three attackers died when they blew themselves up": their own deaths)
                    or _ALL_ATTACKERS_BEFORE.search(text, max(s0, parts[0].q.start - 8), parts[0].q.start)
                    and any(x.sent == si and x.kind == "killed" for x in mentions)
                    and not word.startswith("died")
                    and _OWN_BLAST.search(text, s0, s1) is None
                )
            ):
                continue
            if len(parts) >= 2:
                parts = _aid_workers_only(low, s0, parts)
            if kind == "hit" and (
                _TO_DEATH_AFTER.match(text[parts[-1].q.end : parts[-1].q.end + 40])
                # "three men were found shot to death": the words right after the verb, however far the figure
                or text.startswith((" to death", " dead"), km.end()) and parts[-1].q.end <= km.start()
            ):
                kind = "killed"  # "stabbed four people to death"
            elif (
                kind == "injured"
                and word.lower().startswith(("struck", "hit"))
                and parts[-1].q.end <= km.start()
                and _THEN_DIED_AFTER.match(text, km.end(), s1)
            ):
                kind = "killed"  # "A 24-year-old man was struck in the chest and pronounced dead at the hospital"
            if (
                kind == "killed"
                and parts
                and parts[0].q.start > km.start()
                and all(_ATTACKERS_AFTER.match(text, p.q.end) for p in parts)
                and _FORCES_SUBJECT_BEFORE.search(low, max(s0, km.start() - 40), km.start())
            ):
                for p in parts:
                    p.used = True  # (nor the dead of "shot four attackers dead")
                continue  # "Police shot four attackers dead and arrested the rest": the forces' foes, as above
            if (
                kind == "killed"
                and len(parts) == 1
                and parts[0].q.start > km.start()
                and _ATTACKER_DESCRIBED_AFTER.match(text, parts[0].q.end)
                and _FORCES_SUBJECT_BEFORE.search(text, max(s0, km.start() - 40), km.start())
            ):
                # "Catalan police on Monday shot dead Younes Abouyaaqoub, the 22-year-old Moroccan who drove a van down
                # Las Ramblas ..., killing 13": the attacker the forces ended, told by his own attack
                parts[0].used = True
                continue
            for p in parts:
                p.used = True
            perp = sum(p.q.value for p in parts if p.perp)
            if not parts:
                continue
            first = parts[0].q
            if _is_share(text, s0, first.start, any(x.sent == si and x.kind == kind for x in mentions)) and not perp:
                continue
            if (om := _OF_THOSE_AFTER.match(text, parts[-1].q.end)) and _KIND_OF_NOUN[om.group("noun")] == kind:
                continue  # "23 of the wounded remained in critical condition": some of those already counted
            if (
                kind == "injured"
                and text.startswith(("Of the ", "of the "), s0)
                and (oh := _OF_THE_HURT_OPENING.match(text, s0)) is not None
                and first.start >= oh.end()
            ):
                continue  # "Of the 28 people wounded, roughly half were minors, and three were critical": some of them
            if kind == "injured" and _still_treated(text, word, parts, km.start(), mentions):
                continue  # "73 people were injured ... and 38 remained in hospital": some of the 73
            if kind == "injured" and _DIED_AFTER_HURT.match(text, km.end()):
                continue  # "when a woman injured in the blast died in hospital": one of the dead, not of the hurt
            # (a record's field is its own count, though the row's cells before it recall the past: "... had their
            # convictions quashed in 1991. | Dead: 21 | Injured: 182")
            field = labelled and "|" in text[s0 : km.start()]
            if (background and not field) or kind not in ("killed", "injured", "hit"):
                if background:
                    left_out.add(si)
                continue
            if text.find("events", s0, km.start()) >= 0 and _DIGEST_TALLY.search(text, s0, km.start()):
                left_out.add(si)
                continue  # "ACLED recorded 61 political violence events and 214 reported fatalities": many events
            since = "since" in text[km.end() : km.end() + 12]
            if since and _PERIOD_TOLL.search(text, km.end(), min(s1, km.end() + 40)) or (
                # "Since ethnic clashes broke out in the state on May 3, over 100 people have lost their lives"
                text.startswith(("Since ", "since "), s0) and _PERIOD_TOLL.match(text, s0, km.start())
            ):
                left_out.add(si)
                continue  # "29,092 killed and 69,028 wounded since Oct. 7": a count kept since the war began
            if sum(p.q.value for p in parts) >= 1000 and _YEARS_TOLL_AFTER.match(text, km.end(), s1):
                # "killing at least 70 people ..., on the day the United Nations said more than 34,000 civilians died in
                # Iraq last year": a year's toll, beside the event's own
                continue
            if (
                sum(p.q.value for p in parts) >= 1000
                and not labelled  # "Killed: 193. Injured: about 2,050.": the record's own field
                and not _EVENT_CUE.search(low, s0, s1)
                # ("Officially, 2,191 people died.", in the story of one morning's massacre: a past count, no war's,
                # no period's and none still running)
                and (_RUNNING_TOLL_CUE.search(low, s0, s1) or not _bound_to_verb(text, parts, km))
                # "the toll has risen to 44,532, with 105,538 wounded": the wounded of a toll the sentence
                # already gave belong to it, however large
                and not any(x.sent == si and (x.toll or x.update) and x.kind != kind for x in mentions)
                # "193 people were killed and around 2,000 injured": beside an event's own count of the dead
                and not any(x.sent == si and x.kind != kind and x.value < 1000 for x in mentions)
            ):
                left_out.add(si)
                continue  # "the war has killed more than 52,000": a cumulative toll, not this event's
            lows = [p.q.low for p in parts]
            highs = [p.q.high for p in parts]
            start = min(first.start, km.start())
            fallback = False
            if "since" in text[max(s0, start - 100) : start] and _COMPARED_SINCE.search(
                text, max(s0, start - 160), start
            ):
                continue  # "the worst shooting in Colorado since two students killed 13 people at Columbine in 1999"
            if si > 0 and _RESPONSE_STRIKES_AFTER.match(text, km.end(), s1):
                # "more than 300 Syrian government troops had been 'neutralised' in retaliatory strikes since the
                # attack": the dead of the answer to the attack, an operation of its own
                continue
            if (
                pc := (
                    _PAST_CLAUSE.search(text, max(s0, start - 45), start)
                    or _SINCE_FAR.search(text, max(s0, start - 120), start)
                    or (si > 0 and _MONTH_WHEN.search(text, max(s0, start - 45), start))
                )
            ) and not (
                low.startswith(("killing", "wounding", "injuring", "leaving"), start)
                and _DAY_AFTER_ADVERB.search(low, max(s0, start - 80), start)
            ):
                # "Three days after gunmen killed 14 people in ..., residents were still fleeing": a lede opening
                # on the time since the killing (no lower-case word before it) tells of that killing, the story's
                # own, when the text counts no other dead.
                if si != 0 or not (
                    _DAYS_AFTER_OPENING.fullmatch(cased, s0, pc.end())
                    # "Families buried their daughters on Sunday, a day after explosions killed 58": a lede on the
                    # aftermath, with no killing of its own before the clause, tells of that killing too
                    # (the bodies rescuers pull out are no killing of their own)
                    or _AFTERMATH_BEFORE.search(text, s0, pc.start())
                    and not any(k.group(0) != "bodies" for k in KEYWORD_RE.finditer(text, s0, pc.start()))
                    # "X was sentenced on Thursday ... for the January 2011 shooting that killed six people": a
                    # court's or a remembrance's lede is about the dated attack it names
                    or _YEAR_ATTACK.match(text, pc.start(), pc.end())
                    and _JUDGED_OR_REMEMBERED_BEFORE.search(text, s0, pc.start())
                    and not any(KEYWORD_RE.finditer(text, s0, pc.start()))
                    # "Ten years after 58 people were shot dead on a hilltop in Maguindanao, a court on Thursday
                    # convicted ...": the years since the killing open a court's or a remembrance's lede
                    or _YEARS_AFTER_OPENING.fullmatch(cased, s0, pc.end())
                    and _JUDGED_OR_REMEMBERED_BEFORE.search(text, pc.end(), s1)
                    # "Bosnian Croats on Saturday marked 20 years since the killing of 29 Croats": the remembrance
                    # first, then the years since its killing
                    or _YEARS_SINCE.fullmatch(text, pc.start(), pc.end())
                    and _JUDGED_OR_REMEMBERED_BEFORE.search(text, s0, pc.start())
                    and not any(KEYWORD_RE.finditer(text, s0, pc.start()))
                ):
                    continue  # "the deadliest since 2019, when a truck bomb killed more than 80"
                fallback = True
            # "Police initially reported one dead and five wounded": a first count the report goes on to replace
            fallback = fallback or bool(_FIRST_REPORT_BEFORE.search(text, max(s0, start - 60), start))
            if _is_cause(text, s0, s1, start):
                continue  # "riots broke out after three girls were murdered last month": the cause, not the riot
            if _WITHOUT_BEFORE.search(text, max(s0, km.start() - 24), km.start()):
                continue  # "a 21-year-old woman escaped without injury": no one hurt
            if kind == "injured" and _FOUND_DEAD_NEXT.match(text, s1, s1 + 80):
                # "police found six men and two women lying in pools of blood with multiple gunshot wounds. They were
                # certified dead at the scene": the wounds of the dead
                continue
            if (
                "which" in text[max(s0, start - 40) : start]
                and _PERIOD_CLAUSE_BEFORE.search(text, max(s0, start - 60), start)
                and any(x.sent == si and x.kind == kind for x in mentions)
            ):
                # "Five people were killed ..., leading a weekend in which at least 14 people were murdered across
                # the state": the period's toll after the event's own
                continue
            end = max(parts[-1].q.end, km.end())
            if (
                end == km.end()
                and _NOTE_AFTER_VERB.match(text, end)
                # (not "Three INGO staff were among 16 people killed (the others not counted here)": the note leaves
                # out the others, and the staff are the figure)
                and not (
                    len(parts) == 1
                    and parts[0].q.end < km.start()
                    and "among" in text[parts[0].q.end : km.start()]
                    and _AID_SUBJECT.search(text, parts[0].q.end, km.start())
                )
            ):
                continue  # "Nineteen patients were killed (not counted here)": the source's own exclusion
            vm = _VICTIMS_AFTER.match(text, first.end)
            if vm is None and " " in first.text:
                vm = _VICTIMS_AFTER.match(" " + first.text.rsplit(None, 1)[-1])  # "a soldier", "an FC sepoy"
            if (
                kind == "killed"
                and vm is not None
                and vm.lastgroup == "armed"
                and _BY_FORCES_AFTER.match(text, km.end())
                # (the victims' toll in the same sentence or one of the three before it)
                and any(si - 3 <= x.sent <= si and x.kind == "killed" for x in mentions)
            ):
                continue  # "21 civilians were killed ...; all five attackers were killed by security forces"
            if _SUPERSEDED_BEFORE.search(text, max(s0, start - 30), start) and any(
                x.sent == si and x.kind == kind for x in mentions
            ):
                # "At least 44 people were killed ..., well above the 27 deaths reported by local officials on Sunday
                # evening": the older count the sentence's own figure replaces
                continue
            if (
                kind == "killed"
                and _FOUND_AFTER_BEFORE.search(text, max(s0, first.start - 40), first.start)
                and any(x.sent == si and x.kind == kind and x.value >= first.value for x in mentions)
            ):
                # "Twenty-two security personnel were killed ..., police said on Sunday after the bodies of 17 more
                # jawans were recovered": the bodies found are how the sentence's own toll was reached
                continue
            if (
                kind == "killed"
                and _BODIES_TENDED_AFTER.match(text, first.end)
                and any(x.sent == si and x.kind == kind and x.value > first.value for x in mentions)
            ):
                # "at least 110 civilians were killed; 43 bodies were buried the following day": some of the dead,
                # told by what was done with them
                continue
            # "Two more victims died in hospital", "Four others later succumbed", "Seven more were trampled to death
            # in the stampede": more dead. Not "three more bodies were pulled from the rubble": bodies found are how
            # a lede's toll was reached.
            more = bool(_MORE_AFTER.match(text, first.end)) and (
                word.startswith(_MORE_DEATH_WORDS) or word.endswith("to death")
            )
            if more and _ONE_NAMED_AND_BEFORE.search(cased, max(s0, first.start - 130), first.start):
                # "The U.S. ambassador to Libya, J. Christopher Stevens, and three other Americans were killed": others
                # than the man named beside them, not more than a count told before
                more = False
            if (
                kind == "killed"
                and (sm := _SCENE_SPLIT_AFTER.match(text, km.end())) is not None
                and (rest := word_value(sm.group("n"))) is not None
                and any(si - 1 <= x.sent <= si and x.kind == kind and x.value == first.value + rest for x in mentions)
            ):
                # "six people were shot dead; four died at the scene and two in hospital": where the dead died
                continue
            if more and any(
                x.sent == si
                and x.fallback
                and x.kind == kind
                and any(y.kind == kind and y.sent < si and y.value == x.value + first.value for y in mentions)
                for x in mentions
            ):
                # "At least 13 people were killed ... The police had first put the number of dead at 11, but two more
                # victims had died": the more that took the first count to the toll the lede gives
                continue
            if more and _AT_ANOTHER_AFTER.match(text, km.end(), s1):
                # "Four more prisoners were killed at another Manaus prison on 8 January": the dead of another place
                left_out.add(si)
                continue
            if more and si in left_out:
                # "Two more people were killed in the north of the province, taking the number killed in the three
                # incidents to fourteen": more of a count over several events, not of this one
                continue
            if si - 1 in left_out and _ALSO.search(text, s0, km.end()):
                # "More than 4,000 were killed in Lebanon during the war. Dozens of Israelis were also killed":
                # more of the toll just left out, not of the event
                left_out.add(si)
                continue
            prev = next((x for x in reversed(mentions) if x.sent == si and x.kind == kind), None)
            if prev is not None and text.startswith(":", prev.end) and start > prev.end:
                continue  # "In all, 22 people were killed: the 20 hostages and two police officers who died": its parts
            lighter = kind == "injured" and _lighter_cases(text, mentions, si, s0, s1, first.end)
            em = _ELSEWHERE_ACT.search(text, prev.end, s1) if prev is not None else None
            elsewhere = em is not None and em.start() < start
            if (
                not elsewhere
                and si == 0
                and (semi := text.rfind(";", s0, start)) >= 0
                # (not a row's field of two actors: "| Civilians (Syria); Health Workers (Syria) | 7 | ... killing")
                and "|" not in text[semi:start]
            ):
                # a headline of two stories: "Gunmen kill 24 in Kabul maternity ward attack; funeral bombing kills 24
                # in east", "Suicide bomber kills 39 at mosque in Kabul; 33 die in separate attack in Ghor"
                next_semi = text.find(";", start, s1)
                elsewhere = _OTHER_STORY_AFTER_SEMI.search(text, semi, next_semi if next_semi >= 0 else s1) is not None
            if em is not None and elsewhere:
                # "killing at least 55 people, while a second blast in the northern city of Mazar-i-Sharif killed
                # four more": another attack in another place, told in the lede's sentence; not more of its dead.
                # The mention spans the clause from its "while", whose places are that attack's.
                more = False
                start = em.start()
            if (
                kind == "killed"
                and (
                    vm is not None
                    and vm.lastgroup == "armed"
                    and _ENEMY_AFTER.match(text, first.end)
                    # "The ministry said the attackers left 12 bodies behind": the enemies' dead, by what they left
                    or _ENEMY_LEFT_BEFORE.search(text, max(s0, start - 40), start) is not None
                )
                and (
                    _STATE_SAID_BEFORE.search(text, max(s0, start - 200), start)
                    # "Five security personnel were killed in a gunfight with militants ... Two militants were also
                    # killed": the foes the forces fought, whose dead are the toll (not "Fighters overran the camp.
                    # Forty soldiers were killed; two attackers were also killed", whose end is not the forces')
                    or _ALSO.search(text, start, km.end()) is not None
                    and any(
                        x.kind == "killed"
                        and x.victims == "forces"
                        and si - 2 <= x.sent <= si
                        and _GUNFIGHT.search(text, *spans[x.sent]) is not None
                        for x in mentions
                    )
                )
                and any(x.kind == "killed" and x.victims != "armed" and si - 2 <= x.sent <= si for x in mentions)
            ):
                # "Seventy-one soldiers were killed ...; the defence ministry said 57 attackers were also killed": the
                # state's count of the enemies it killed, which the incident lists leave out of the attack's toll
                fallback = True
            total_here = sum(p.q.value for p in parts)
            if _DENIED_COUNT_BEFORE.search(text, max(s0, start - 30), start):
                continue  # "the confirmed number of dead is 84, not 100 or 101 - some bodies were counted twice"
            if any(
                x.kind == kind and x.sent == si and x.toll and ":" in text[x.end : start] and x.value > total_here
                for x in mentions
            ) and not more:
                # "Death toll 22, not counting the gunmen: 20 hostages, mostly foreigners (9 Italians, 7 Japanese), and
                # 2 police officers killed": a part of the toll its colon opens, no rival count of the same dead
                continue
            mentions.append(
                Mention(
                    kind,
                    total_here,
                    None if None in lows else sum(x for x in lows if x is not None),
                    None if None in highs else sum(x for x in highs if x is not None),
                    start,
                    end,
                    si,
                    total=bool(_TOTAL.search(first.text)) or (kind != "hit" and si == 0),
                    additive=bool(
                        _ADDITIVE.search(first.text)
                        or more
                        or _new_rank(first.text, [x.value for x in mentions if x.kind == kind])
                        or (
                            _ALSO.search(text, s0, km.end())
                            and not _listing_the_dead(text, spans, si, start)
                            and not _ALSO_AMONG.search(text, s0, km.end())
                        )
                        or (
                            _ADDITIVE_EVENT.search(text, s0, s1)
                            # ("two car bombs exploded ... the second explosion destroyed an ambulance": the lede's
                            # toll holds both blasts)
                            and not _SEVERAL_BLASTS.search(text, spans[0][0], spans[min(1, len(spans) - 1)][1])
                        )
                        or lighter
                    )
                    # "his crews alone had transported 35 wounded people": a share of those the toll counts
                    and not _ALONE_BEFORE.search(text, s0, start)
                    # "Five UN contractors and four soldiers were killed in a siege, which ended when special forces
                    # stormed the building ... Four of the jihadists were also killed": attackers the forces ended,
                    # whom an attack's toll leaves out, where none blew himself up
                    and not (
                        vm is not None
                        and vm.lastgroup == "armed"
                        and not perp
                        and _FORCES_STORMED.search(text, 0, start) is not None
                        and _OWN_BLAST.search(text) is None
                    ),
                    apart=elsewhere,
                    explicit_total=bool(
                        labelled
                        or _TOTAL.search(first.text)
                        or _IN_TOTAL.search(text, s0, s1)
                        or "|" in text[max(s0, km.start() - 40) : km.start()]
                        and _COUNT_FIELD_BEFORE.search(text, max(s0, km.start() - 40), km.start())
                        and _COUNT_FIELD_END.match(text, parts[-1].q.end)
                    )
                    and not _OVER_A_PERIOD.search(text, s0, s1),
                    perp=perp,
                    parts=[p.q for p in parts],
                    aggregate=bool(_AGGREGATE.search(text, s0, s1)),
                    one_named=bool(_INCLUDING_ONE_AFTER.match(text, parts[-1].q.end)),
                    among=len(parts) == 1
                    and bool(_AMONG_FIGURE_BEFORE.search(text, max(s0, first.start - 24), first.start)),
                    claim=bool(
                        _CLAIM_BEFORE.search(text, max(s0, start - 140), start)
                        or _CLAIM_AFTER.match(text, parts[-1].q.end, s1)
                    )
                    and not _LIVES_AFTER.match(text, parts[-1].q.end)
                    and not _ALSO.search(text, s0, km.end()),
                    victims=(vm.lastgroup or "") if vm else "",
                    more=more,
                    fallback=fallback,
                    share=_share_after(text, parts[-1].q.end),
                    # "By Tuesday evening, the ministry said 413 people had been killed": a later count of the lede's
                    # ("..., but the UN coordinator later said at least 110 had been killed": a newer count)
                    update=bool(
                        _BY_LATER_TIME.match(text, s0, s1)
                        or _on_update_line(text, start)
                        or _LATER_SAID_BEFORE.search(text, max(s0, start - 50), start)
                        and not _ALSO.search(text, s0, km.end())  # "later said 27 soldiers were also killed": more
                    )
                    and kind != "hit",
                    rival=prev is not None
                    and bool(
                        _RIVAL_GAP.search(text, prev.end, start)
                        or (
                            _RIVAL_SAID_BEFORE.search(text, max(prev.end, start - 60), start)
                            and _SAID.search(text, s0, prev.start)
                            and not (vm and prev.victims and vm.lastgroup != prev.victims)
                        )
                    )
                    and not _MORE_AFTER.match(text, parts[-1].q.end)
                    and not _ADDITIVE.search(first.text)
                    and not _ALSO.search(text, prev.end, km.end()),
                )
            )
    nths = (
        itertools.chain(_NTH_DIED.finditer(text), _NTH_ELIDED.finditer(text))
        if "th " in text or "rd " in text or "nd " in text
        else ()
    )
    for nm in nths:
        # "Gunmen killed 12 people ... A 13th victim, a waiter, died in hospital on Monday": the toll is now 13
        n = int(nm.group("n")) if nm.group("n") else _ORDINALS.index(nm.group("w")) + 2
        si = _sentence_of(spans, nm.start())
        if any(x.kind == "killed" and x.sent <= si and x.value >= n for x in mentions):
            continue  # the dead told one by one, or a larger toll already
        mentions.append(Mention("killed", n, n, n, nm.start(), nm.end(), si, update=True, total=True, toll=True))
    for bm in _BODIES_OF_FOUND.finditer(text) if "bod" in text else ():
        # "Two staff were abducted ... The body of one was found on 4 September": the one found dead
        n = word_value(bm.group("n")) or 0
        if n and not any(x.kind == "killed" for x in mentions):
            si = _sentence_of(spans, bm.start())
            mentions.append(Mention("killed", n, n, n, bm.start(), bm.end(), si, total=True))
    for bm in _BURIED.finditer(text) if "buried" in text else ():
        # "NEMA has confirmed that 85 people were buried after a military drone strike hit the village": the dead
        n = word_value(bm.group("n")) or 0
        if n and not any(x.kind == "killed" for x in mentions):
            si = _sentence_of(spans, bm.start())
            mentions.append(Mention("killed", n, n, n, bm.start(), bm.end(), si, total=True))
    for om in _ONLY_PERPS_DIED.finditer(text) if "no" in text else ():
        # "No one besides the two attackers died": the attackers are the dead, and the only ones
        n = (word_value(om.group("n")) or 0) if om.group("n") else 1
        if n and not any(x.kind == "killed" for x in mentions):
            si = _sentence_of(spans, om.start())
            mentions.append(Mention("killed", n, n, n, om.start(), om.end(), si, total=True, perp=n))
    for am in _ALL_ABOARD_KILLED.finditer(text) if "board" in text else ():
        # "A Boeing 777 carrying 298 people crashed ..., killing everyone on board": the dead are those it carried
        si = _sentence_of(spans, am.start())
        cm = _CARRYING.search(text, spans[max(0, si - 1)][0], am.start())
        if cm is not None and not any(x.kind == "killed" and x.sent == si for x in mentions):
            group = "n" if cm.group("n") else "n2"
            n = int(cm.group(group).replace(",", ""))
            mentions.append(Mention("killed", n, n, n, cm.start(group), am.end(), si, total=True))
    if "?" in text:
        _answered_counts(cased, text, spans, mentions)
    if spans and not any(x.kind == "killed" for x in mentions):
        # "A court on Monday sentenced X to death for the kidnapping and murder of reporter Daniel Pearl": a court's
        # or a remembrance's lede names the one person killed, which the text may count nowhere (used only then)
        s0, s1 = spans[0]
        mm = _MURDER_OF_NAMED.search(cased, s0, s1)
        if mm is not None and _JUDGED_OR_REMEMBERED_BEFORE.search(cased, s0, mm.start()):
            mentions.append(Mention("killed", 1, 1, 1, mm.start(), mm.end(), 0, total=True, fallback=True))
    _earlier_with_its_toll(mentions)
    if ", as w" in text:
        _as_was_too(text, mentions)
    headed = table_counts(text) if "|" in text else []
    if "|" in text and (cells := headed or bare_row_counts(cased)):
        # "Date | Type | Dead | Injured" over "14 August 2007 | Truck bombings | 796 | 1,562": the columns say
        # what the row's figures are, over any figure the row's prose gives
        told = {c.kind for c in cells}
        mentions = [m for m in mentions if m.kind not in told]
        for c in cells:
            high = None if c.open_ended else c.value
            # (a row without a header is one record, told from its first sentence: "... were detained in Bryansk
            # Oblast the next morning. | 145 | 551 |" is not where the attack was)
            si = _sentence_of(spans, c.start) if headed else 0
            mentions.append(Mention(c.kind, c.value, c.value, high, c.start, c.end, si, total=True, toll=True))
        mentions.sort(key=lambda m: m.start)
    return mentions


# "Three other passers-by were wounded, as was one soldier": one more of the same harm, told after the verb.
_AS_WAS_AFTER = compile_scan(
    rf",?\s+as\s+(?:was|were)\s+(?P<n>an?|one|two|three|four|five|\d{{1,2}})\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{_PERSON})s?\b(?!\s+(?:who|whom)\b)"
)


def _as_was_too(text: str, mentions: list[Mention]) -> None:
    """Add the people an ", as was one soldier" clause joins to the figure of hurt or dead it follows."""
    for m in mentions:
        if m.kind not in ("killed", "injured") or (am := _AS_WAS_AFTER.match(text, m.end)) is None:
            continue
        n = 1 if am.group("n") in ("a", "an") else word_value(am.group("n"))
        if not n:
            continue
        m.value += n
        m.low = None if m.low is None else m.low + n
        m.high = None if m.high is None else m.high + n
        m.end = am.end()


def _earlier_with_its_toll(mentions: list[Mention]) -> None:
    """The figures that come with an earlier toll are earlier too: "had given an initial toll of two dead and 14
    wounded" is replaced by "the number of dead had risen to three and 12 people were wounded", the 12 included."""
    for m in mentions:
        if m.fallback and m.toll:
            for x in mentions:
                if (
                    x.sent == m.sent
                    and x.kind != m.kind
                    and x.start > m.start
                    and not x.update
                    # ("The initial toll was 71; it was later raised to 88 dead, with more than 200 injured": the
                    # figures after the update come with it)
                    and not any(u.update and u.sent == m.sent and m.start < u.start < x.start for u in mentions)
                ):
                    x.fallback = True


# "Among the dead were X and his daughter. A guest and a member of the staff were also killed.": the dead named one
# by one, "also" going on with the list rather than adding to the toll.
# ("Most of the dead were lawyers ... Two cameramen were also killed", "A police officer said eight of the dead were
# Hazaras ... A soldier was also killed": who the dead were, share by share)
_DEAD_LISTED = compile_scan(
    r"\W*(?:[^.;]{0,60}?\b(?:said|says)\s+(?:that\s+)?)?"
    r"(?:among\s+(?:the\s+dead|those\s+killed|the\s+victims|the\s+(?:[\w-]+\s+){1,2}?(?:killed|dead))\s+(?:were|was)|"
    r"the\s+(?:dead|victims)\s+"
    r"(?:included|include)|"
    r"(?:most|many|some|all|half|\d+|[a-z]+)\s+of\s+(?:the\s+dead|those\s+killed|the\s+victims)\s+(?:were|was))\b"
)


# "Two soldiers were also among the dead": "also" beside "among", some of a toll told before, not more dead.
_ALSO_AMONG = compile_scan(r"\balso\s+among\s+(?:the|those)\b")


def _listing_the_dead(text: str, spans: list[tuple[int, int]], si: int, start: int) -> bool:
    """Whether the sentence before `si`, or the clause before a semicolon ahead of `start` in it, opens on a list of
    the dead (see _DEAD_LISTED): "Most of the dead were worshippers; five soldiers were also killed"."""
    if si > 0 and _DEAD_LISTED.match(text, spans[si - 1][0], spans[si - 1][1]) is not None:
        return True
    semi = text.find(";", spans[si][0], start)
    return semi != -1 and _DEAD_LISTED.match(text, spans[si][0], semi) is not None


# A sentence that opens on the time its count was reached: "By Wednesday,", "By late Tuesday,", "By nightfall,".
_BY_LATER_TIME = compile_scan(
    r"\W*by\s+(?:(?:late|early)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|the\s+(?:next|following)\s+(?:day|morning|evening)|nightfall|"
    r"evening|midday|noon|(?:the\s+)?(?:morning|afternoon)|dawn|then)\s*,"
)
# A post's or a live page's line that says it brings the count up to date: "UPDATE: 22 people have now died",
# "UPDATE 08:00: Search operation finished. 52 people killed" (the next sentence of its line), "REVISED TOLL: ...".
_UPDATE_LINE = compile_scan(
    r"\W{0,4}(?:\d{1,2}/\s*)?(?:update[ds]?|latest|revised\s+(?:death\s+)?toll|new\s+(?:death\s+)?toll)"
    r"(?:\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*[:\u2014\u2013-]"
)


# A count the sentence rejects, told after the one it gives: "is 84, not 100 or 101".
_DENIED_COUNT_BEFORE = compile_scan(r"\d\s*,\s*not\s+(?:\d[\d,]*\s+or\s+)?$")


def _on_update_line(text: str, pos: int) -> bool:
    """Whether the figure at `pos` is on a line that opens with an update's word (_UPDATE_LINE)."""
    line = text.rfind("\n", 0, pos) + 1
    return bool(_UPDATE_LINE.match(text, line, pos))

# The opening of an aside that lists some of the people a figure before it counts.
_LIST_ASIDE_OPEN = compile_scan(r",\s*(?:including|among\s+(?:them|whom))\s")


# A verb between the aside's opening and the figure: the aside has closed ("5 people, including a child, were
# killed and 3 others were wounded").
_ASIDE_ENDED = compile_scan(r"\b(?:were|was|are|is|have|has|had|killed|wounded|injured|died|hurt)\b")


def _new_rank(figure: str, before: list[int]) -> bool:
    """Whether an ordinal figure ("a fourth died") counts one more than the text had: "Three were killed ... A
    fourth died in hospital" adds one, but "Four people were killed. Three were found on the sidewalk, and a fourth
    died at a hospital" tells the four one by one."""
    om = _ORDINAL.search(figure)
    if om is None:
        return False
    return not before or _ORDINAL_RANK[om.group(0).lower()] > max(before)


def _lighter_cases(text: str, mentions: list[Mention], si: int, s0: int, s1: int, figure_end: int) -> bool:
    """Whether "Three other officers were lightly wounded" adds to a figure of the gravely wounded told in an
    earlier sentence ("two officers were seriously wounded"): see _OTHER_AFTER."""
    if not _OTHER_AFTER.match(text, figure_end) or not _LIGHTLY.search(text, s0, s1):
        return False
    grave = next((x for x in reversed(mentions) if x.kind == "injured" and x.sent < si), None)
    return grave is not None and bool(_GRAVELY.search(text, max(0, grave.start - 12), grave.end + 12))


_WITH_WOUNDS_GAP = compile_scan(r"\s+with\s+(?:[\w-]+\s+){0,2}")
# "25 others were wounded, including three officers and a 17-month-old girl who was struck in the face": the
# item's own clause says how it was hurt
_WHO_WAS_ITEM_GAP = compile_scan(r"(?:\s+[\w-]+){0,3}?\s+who\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?")


def _in_list_aside(text: str, s0: int, q: Quantity, verb: int) -> bool:
    """Whether the figure `q` is a later item of an aside's list ("Nine other people, including a candidate
    for the assembly and two police officers, were wounded": the two are some of the nine, however far the
    aside's "including" stands from them). The aside closes with a comma before the verb: in "nine dead,
    including eight children, and seven wounded" the seven are a figure of their own. The caller checks that a
    figure stands before the aside. So is a last item hurt "with" its wounds ("23 wounded people, including a
    woman and a two-year-old boy with gunshot wounds"), or told by its own clause ("and a girl who was struck")."""
    if (
        "," not in text[q.end : verb]
        and not _WITH_WOUNDS_GAP.fullmatch(text, q.end, verb)
        and not _WHO_WAS_ITEM_GAP.fullmatch(text, q.end, verb)
    ):
        return False
    pos = q.start
    c = text.rfind(" includ", s0, pos)
    c = max(c, text.rfind(" among", s0, pos))  # the last opening: a cheap find first, then the pattern
    opener = _LIST_ASIDE_OPEN.match(text, c - 1) if c > s0 else None
    return opener is not None and not _ASIDE_ENDED.search(text, opener.end(), pos)


# "a woman injured in the blast died in hospital": the hurt whose death the clause goes on to tell.
_DIED_AFTER_HURT = compile_scan(r"(?:\s+(?:in|by|during|from)\s+[^,.;()]{0,40}?)?\s+(?:later\s+)?(?:died|succumbed)\b")
# "38 remained in hospital", "nine are still being treated": the state of some of the wounded, not more of them.
_STILL_TREATED = compile_scan(
    r"(?:remained|remain|remains|(?:are|were)\s+still)\s+(?:confined\s+)?in\b|being\s+treated", re.I
)
_STATE_VERB_BEFORE = compile_scan(r"\b(?:remained|remain|remains|were|are|was|is)\s+(?:still\s+)?$", re.I)
_MORE_PEOPLE = compile_scan(r"\b(?:other|others|more|another|further|additional)\b", re.I)


def _still_treated(text: str, word: str, parts: list[Item], verb: int, mentions: list[Mention]) -> bool:
    """Whether a figure of those still in hospital is a share of an injured figure already given: smaller than
    it, and not marked as more people ("25 others remained in hospital" are)."""
    if not (
        _STILL_TREATED.match(word)
        # "225 were wounded and 27 remained in critical condition": the state of some of them
        or word.lower().startswith("in ") and _STATE_VERB_BEFORE.search(text, max(0, verb - 20), verb)
    ):
        return False
    value = sum(p.q.value for p in parts)
    if _MORE_PEOPLE.search(text, max(0, parts[0].q.start - 10), verb):
        return False
    return any(m.kind == "injured" and m.value > value for m in mentions)


_OF_THE_HURT_OPENING = compile_scan(
    r"[Oo]f\s+the\s+(?:\d[\d,]*|[a-z-]+)\s+(?:people\s+|persons\s+|victims\s+)?(?:wounded|injured|hurt)\b"
)


def _is_share(text: str, s0: int, pos: int, same_kind_before: bool) -> bool:
    """Whether the figure at `pos` is a share of another ("including five children", "of whom three died").
    "..., with 221 wounded" after a death toll is the wounded figure itself: "with" marks a share only when the
    sentence already gave a figure of the same kind."""
    sub = _SUBSET_BEFORE.search(text[max(s0, pos - 25) : pos])
    return sub is not None and (same_kind_before or not sub.group(0).lower().startswith("with"))


def _is_cause(low: str, s0: int, s1: int, pos: int) -> bool:
    """Whether the figure at `pos` (in the sentence s0..s1 of the lower-cased text) is a killing the sentence
    gives as the earlier cause of another event (see _CAUSE_BEFORE), or as what brought a crowd together before the
    attack ("struck the hospital, where mourners had gathered after a local man was shot dead, killing 32")."""
    if _MOTIVE_BEFORE.search(low, max(s0, pos - 30), pos):
        return True  # "a militia mob, angered by the killing of a militia leader, stormed the office": its motive
    if _PURSUED_FOR_BEFORE.search(low, max(s0, pos - 40), pos):
        return True  # "police who had gone to serve arrest warrants related to the murder of a guard": its case
    cm = _CAUSE_BEFORE.search(low, max(s0, pos - 60), pos)
    if cm is None:
        return False
    if _GATHERED_BEFORE.search(low, max(s0, cm.start() - 50), cm.start()):
        return True
    if _REPRISAL_BEFORE.search(low, s0, cm.start()):
        return True  # "carried out reprisal raids on Fulani households after gunmen killed the village chief"
    if _REPRISAL_BEFORE.search(low, cm.start(), pos):
        return True  # "fired missiles at two bases in retaliation for the U.S. drone strike that killed Soleimani"
    return bool(_EARLIER_AFTER.search(low, pos, s1) and _OTHER_EVENT_BEFORE.search(low, s0, cm.start()))


_RANGE_TO = compile_scan(r"\s+to\s+")
# "stormed the president's residence and shot him dead", "killed her": one person, told by the pronoun (only with
# the killing's own words: "shot him in the leg" is no count of anyone's death).
_PRONOUN_KILLED = compile_scan(
    # ("opened fire on a former commander, killing him on the spot": the participle too)
    r"\b(?:(?:shot|stabbed|beat|hacked|shooting|stabbing)(?=\s+(?:him|her)\s+(?:dead|to\s+death)\b)|killed|killing|"
    r"murdered|murdering|assassinated|executed|beheaded|strangled)\s+(?P<one>him|her)\b"
)
_FORCES_BEFORE_PRONOUN = compile_scan(
    r"\b(?:police|policem[ae]n|officers?|deputies|deputy|troopers?|troops|soldiers|security\s+forces|snipers?|swat|"
    # ("a Border Patrol tactical team broke in and killed him")
    r"guards?|commandos|agents?|gendarmes?|marshals?|border\s+patrol|tactical\s+(?:team|unit))\b[^.;]*$"
)
_OTHERS_AFTER = compile_scan(r"\s+(?:other|others|more)\b")


def _others_after(low: str, m: Mention) -> bool:
    """Whether the figure of `m` is told as more people than those named before ("four others", "nine more")."""
    return bool(m.parts) and _OTHERS_AFTER.match(low, m.parts[-1].end) is not None


def _told_again(ms: list[Mention]) -> list[Mention]:
    """A sentence's first figure without the figures after it that add up to it: "four dead since the start of
    the day: three men killed in clashes between the factions and one killed in an exchange of fire with police",
    "Three people were wounded - two police officers and a woman hit by a stray bullet". Two or more figures, or
    one list of several people, summing exactly to the first are that total told by part, not more dead."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        first = ms[i]
        j = i + 1
        while j < len(ms) and ms[j].sent == first.sent:
            j += 1
        rest = ms[i + 1 : j]
        plain = not first.update and not any(m.update or m.toll or m.explicit_total or m.additive for m in rest)
        if plain and rest and sum(m.value for m in rest) == first.value and (
            len(rest) >= 2 or len(rest[0].parts) >= 2
        ):
            out.append(first)
        else:
            out.extend(ms[i:j])
        i = j
    return out


def _merge_sentence(ms: list[Mention]) -> list[Mention]:
    """Two figures of one kind in one sentence are different people ("2 staff ... along with 1 worker"),
    unless one is a toll: then they are two counts of the same dead ("police said seven had died, but hospital
    sources put the toll at 15"), the lower the best figure and the higher its upper bound. Figures that add up to
    the sentence's first one are its parts told after it (see _told_again)."""
    out: list[Mention] = []
    for m in _told_again(ms):
        if m.apart:
            continue
        if out and out[-1].sent == m.sent and out[-1].explicit_total and m.value == out[-1].value and not (
            m.update or m.perp
        ):
            continue  # "Fatalities: 19 | Notes: On 8 August 2019, 19 bodies were found": the count told again
        if (
            out
            and out[-1].sent == m.sent
            and m.explicit_total
            and (m.value >= out[-1].value or not out[-1].explicit_total)
        ):
            out[-1] = m  # "killed two students and wounded 25; in all, four people died": the total of the parts
            # (and "Thirty-three civilians and all twelve attackers died, 45 dead in all": the parts told again;
            # "shot his mother ..., killed 20 first-graders and six adults before killing himself; fatalities: 27": a
            # record's field is its coders' count, whatever the prose before it adds up to)
        elif out and out[-1].sent == m.sent and out[-1].toll and not out[-1].update and m.more and not m.update:
            # "Initial reports put the toll at 23; three more people died in hospital": the toll grown by them
            a = out[-1]
            out[-1] = replace(
                a,
                value=a.value + m.value,
                low=None if a.low is None or m.low is None else a.low + m.low,
                high=None if a.high is None or m.high is None else a.high + m.high,
                end=m.end,
                update=True,
                fallback=False,
            )
        elif (
            out
            and out[-1].sent == m.sent
            and not m.update
            and not out[-1].update
            and (out[-1].toll or m.toll or m.rival)
        ):
            a = out[-1]
            lo, hi = (a, m) if a.value <= m.value else (m, a)
            out[-1] = replace(lo, high=None if lo.high is None and hi.high is None else max(hi.value, hi.high or 0))
        elif (
            out
            and out[-1].sent == m.sent
            and m.kind == "killed"
            and out[-1].victims == "aid"
            and m.victims != "aid"
            and not m.update
            # (not "One staff member was beaten and the other sustained stab wounds": the other aid worker)
            and not (m.parts and m.parts[0].text.lower().startswith(("the other", "another", "a second")))
        ):
            # "2 NNGO national staff (PRCS paramedics) killed ... trapped in a car with the bodies of six relatives":
            # a count of aid workers is the record's count, the others it tells of are not in it
            continue
        elif out and out[-1].sent == m.sent and not m.update and not out[-1].update:
            a = out[-1]
            out[-1] = Mention(
                a.kind,
                a.value + m.value,
                None if a.low is None or m.low is None else a.low + m.low,
                None if a.high is None or m.high is None else a.high + m.high,
                a.start,
                m.end,
                a.sent,
                total=a.total,
                additive=a.additive,
                # ("In total 130 people were killed ...; seven of the attackers also died": a total still)
                explicit_total=a.explicit_total,
                perp=a.perp + m.perp,
                parts=a.parts + m.parts,
            )
        else:
            out.append(m)
    return out


def _other_side(first: Mention, m: Mention) -> bool:
    """ "Security forces killed six terrorists in an operation ... two soldiers embraced martyrdom": when the
    opening's figure is the militants an operation killed, the forces' (or bystanders') dead told in a sentence of
    their own are more dead of the same fight, not a part of the first. The reverse, militants killed after the
    victims of their attack, stays out: some sources leave attackers out of the toll."""
    return (
        m.sent != first.sent
        and first.victims == "armed"
        and m.victims in ("forces", "civil")
        and not any(q.vague for q in m.parts)
    )


def _combine(ms: list[Mention]) -> Mention | None:
    """One figure per kind: the latest update, else the first (headline/lede) figure plus those the text marks
    as additional ("another three", "a sixth person", "were also killed").

    Later figures are otherwise parts of the first, repeats of it, or other events: summing them is how a
    lede total of 11 becomes 22. A later explicit total ("in total, 15 died") replaces a smaller first figure.
    """
    ms = _merge_sentence([m for m in ms if not m.fallback] or ms)
    if not ms:
        return None
    # (not a count over a wider area told later: "killing two adults ... By evening, at least 27 people had been
    # killed and 82 injured across Kyiv" is the day's strikes, not the hospital's toll risen)
    ups = [m for m in ms if m.update and not (m.aggregate and m.sent > ms[0].sent and not ms[0].aggregate)]
    if ups:
        # A toll that "rose to" fewer than a figure the text already gave is not that figure rising: it is a
        # part's toll ("the toll from the strike on the mosque rose to 13" under the lede's 31) or another event's.
        first_plain = next((m for m in ms if not m.update), None)
        risen: list[Mention] = []
        for u in ups:
            base = first_plain.value if first_plain is not None and first_plain.start < u.start else 0
            if u.down or u.value >= max(risen[-1].value if risen else 0, base):
                risen.append(u)
        if risen:
            return risen[-1]
        ms = [m for m in ms if not m.update]
    first = ms[0]
    # (not a total over several acts after the count of one: "31 people died there ... The eight bombings across
    # the country killed more than 250 in total")
    # (nor, after a count of aid workers, everyone the attack killed: "14 INGO national staff (MSF) killed ... In all,
    # 42 people died" - the record counts aid workers only, see `additive` below)
    totals = [
        m
        for m in ms[1:]
        if m.explicit_total
        and m.value >= first.value
        and (first.aggregate or not m.aggregate)
        and (first.victims != "aid" or m.victims == "aid")
    ]
    if totals:
        first = totals[-1]
    elif (
        exact := _refined(first, ms) or _exact_after_floor(first, ms) or _fuller(first, ms)
        or _counted_after_one(first, ms) or _all_after_some(first, ms) or _whole_of_share(first, ms)
        or _sum_told_after(first, ms)
    ) is not None:
        first = exact
    additive = [
        m
        for m in ms
        if (m.additive or _other_side(first, m))
        and m.start > first.start
        # (a figure equal to the first is that figure told again, or its parts summed, unless a later sentence says
        # one more person died: "A photojournalist was killed ... A senior officer was also killed"; not "a fifth
        # killed", the one the lede told by rank, nor one more wounded, whom a story often tells twice)
        and (
            m.value != first.value
            or m.value == 1 and m.kind == "killed" and m.additive and m.sent > first.sent and _one_person_more(m)
            # "Two civilians were killed in the market. Two soldiers were also killed": other victims, said so
            or m.additive and m.sent > first.sent and first.victims and m.victims and m.victims != first.victims
        )
        # "1 UN national staff killed ... The raid also killed 17 villagers": the record counts aid workers only
        # ("At least 10 passers-by also died", "At least 5 demonstrators were also killed")
        and not (first.victims == "aid" and m.victims in ("civil", "forces", "armed"))
        # "Twelve were killed. Seven died at the scene. Five others died in hospital": the rest of the twelve
        and not (m.more and any(first.start < x.start < m.start and not x.additive for x in ms))
        # "killed five persons, including the village head ... four other persons were killed": the rest of the five
        and not (m.more and first.one_named and m.value == first.value - 1)
        # "An officer, his wife and their son were among seven people killed ... Four riflemen were also killed": the
        # rest of the seven
        and not (first.among and m.value < first.value)
        # "Jihadists killed 42 people, 35 of them civilians ... Seven members of the security forces were also
        # killed": the rest of the 42 (the share may be the lede's, under a headline with the same toll: "leaves 141
        # dead ... killing 141 people, 132 of them children ... Nine members of staff were also killed")
        and not any(
            x.share and x.value == first.value and m.sent > x.sent and x.share + m.value == x.value
            for x in ms
            if x is first or x.start < m.start
        )
    ]
    if first.aggregate:
        # "Strikes killed 30 across the Gaza Strip ... another strike on a house killed eight": a part.
        additive = [m for m in additive if m.value > first.value]
    if additive and _parts_add_up(first, ms):
        additive = []  # "Four people were injured ... A woman was seriously injured. Three other guests suffered ..."
    chosen = [first, *additive]
    if len(chosen) == 1:
        same = [m for m in ms if m.value == first.value]
        # The headline's "9 killed" and the lede's "at least nine": one figure, with the looser bounds.
        lows = [m.low for m in same]
        highs = [m.high for m in same]
        return Mention(
            first.kind,
            first.value,
            None if None in lows else min(x for x in lows if x is not None),
            None if None in highs else max(x for x in highs if x is not None),
            first.start,
            first.end,
            first.sent,
            parts=first.parts,
        )
    lows = [m.low for m in chosen]
    highs = [m.high for m in chosen]
    return Mention(
        chosen[0].kind,
        sum(m.value for m in chosen),
        None if None in lows else sum(x for x in lows if x is not None),
        None if None in highs else sum(x for x in highs if x is not None),
        chosen[0].start,
        chosen[-1].end,
        chosen[0].sent,
        parts=[p for m in chosen for p in m.parts],
    )


def _one_person_more(m: Mention) -> bool:
    """Whether `m` is one dead person told apart, not by his rank among the dead or hurt ("a fifth wounded")."""
    return len(m.parts) == 1 and _ORDINALS_SET.isdisjoint(m.parts[0].text.lower().split())


# "42 people, 35 of them civilians": the share's figure right after a count and its noun.
_SHARE_OF_THEM = compile_scan(
    r"(?:\s+[a-z]+){0,2}?\s*,\s*(?:(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|whom)\b|"
    # "killing at least 22 people, including three government ministers": a share named by "including"
    r"including\s+(?P<n2>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)"
)


def _share_after(low: str, end: int) -> int:
    """The figure of a share told right after a count ("42 people, 35 of them civilians"), 0 when none is."""
    m = _SHARE_OF_THEM.match(low, end, end + 60)
    if m is None:
        return 0
    n = (m.group("n") or m.group("n2")).replace(",", "")
    return int(n) if n.isdigit() else word_value(n) or 0


def _parts_add_up(first: Mention, ms: list[Mention]) -> bool:
    """Whether the figures told in the few sentences after the first one add up to it exactly: "Four people were
    injured. A woman in her 70s was seriously injured. Three other guests suffered minor injuries." - "other" is
    other than the woman, not than the four.
    The few sentences (one more than _REFINE_SENTENCES, for a sentence of context between) count from the first
    figure's last repeat: a headline's "DD cameraman, two policemen killed", its lede's "A Doordarshan cameraman and
    two policemen were killed", then, a paragraph on, "Cameraman ... died on the spot. A sub-inspector and an assistant
    constable were also killed"."""
    base = max((m.sent for m in ms if m.start >= first.start and m.value == first.value), default=first.sent)
    later = [m for m in ms if m.start > first.start and base < m.sent <= base + _REFINE_SENTENCES + 1]
    return (
        len(later) >= 2
        and not any(m.update or m.more for m in later)  # "Two more people were also injured": more, said so
        and sum(m.value for m in later) == first.value
    )


# How far after the main event's first figure a figure may first be stated and still be that event's: a live
# blog or a long feature that recalls, a hundred lines on, "a community hub where three kids were murdered" (another
# town, a week before) is not adding to the lede's three officers injured. A rising toll names its own event.
_FAR_SENTENCES = 20

# How far after a vague figure ("dozens were killed") a definite one may come and still tell the same dead.
_REFINE_SENTENCES = 3


def _refined(first: Mention, ms: list[Mention]) -> Mention | None:
    """A definite figure that makes the opening's vague one precise: "Gunmen killed dozens of worshippers ...
    The attack killed at least 15 people". Coded conservatively, "dozens" is 12; the definite figure, told within
    a few sentences of the same kind of victims and within the vague word's range (at least its floor, below ten
    times it: not another, larger toll), is what the reporter knows. Parts and additions keep their own rules."""
    if not first.parts or not all(q.vague for q in first.parts):
        return None
    for m in ms:
        if (
            m.start > first.start
            and m.sent - first.sent <= _REFINE_SENTENCES
            and not (m.additive or m.claim or m.rival or m.update)
            and m.parts
            and not any(q.vague for q in m.parts)
            and first.value <= m.value < 10 * first.value
            and (not m.victims or not first.victims or m.victims == first.victims)
        ):
            return m
    return None


# A round figure given as a floor: "more than 100", "over 200".
_ROUND_FLOOR = compile_scan(r"(?:more\s+than|over|upwards\s+of)\s", re.IGNORECASE)


def _exact_after_floor(first: Mention, ms: list[Mention]) -> Mention | None:
    """The exact count behind the opening's round floor: "killed more than 100 people ... The committee said 104
    people were killed", "more than 200 were killed ... he had counted 230 bodies". The lede rounds what the body
    tells; a figure a little above the floor (up to a quarter more), within a few sentences, of the same victims,
    is that count. A larger one may be another toll, a smaller one a part."""
    if len(first.parts) != 1 or first.value < 20 or first.value % 10 or not _ROUND_FLOOR.match(first.parts[0].text):
        return None
    for m in ms:
        if (
            m.start > first.start
            and m.sent - first.sent <= _REFINE_SENTENCES
            and not (m.additive or m.claim or m.rival or m.update or m.fallback)
            and len(m.parts) == 1
            and (not m.victims or not first.victims or m.victims == first.victims)
            and (
                m.parts[0].low == m.parts[0].high == m.value
                and first.value < m.value <= first.value * 1.25
                # a headline's round floor over the lede's own: "kills more than 100 soldiers" above "killing at
                # least 140 soldiers" (the headline rounds down what the lede tells)
                # (the lede may stand below a dateline's own line: "More than 100 killed in RSF attack ...\n\nWAD
                # MADANI - June 6, 2024\n\nAt least 104 people were killed")
                or first.sent == 0
                and m.sent in (1, 2)
                and not any(0 < x.sent < m.sent for x in ms)
                and not any(q.vague for q in m.parts)  # ("hundreds of dead" is no count)
                and m.parts[0].low == m.value
                and m.parts[0].high is None
                and first.value < m.value <= first.value * 2
            )
        ):
            return m
    return None


def _fuller(first: Mention, ms: list[Mention]) -> Mention | None:
    """The next sentence's list that opens with the first figure and names more dead: a headline's "Roadside bomb
    kills two soldiers, civilian" (the bare noun uncounted) told in full by the lede's "killing two soldiers and a
    civilian driver". Not the seed's "11 killed" above "10 civilians ... and a rescuer": that list is its parts."""
    nxt = next((m for m in ms if m.start > first.start), None)
    if (
        nxt is None
        or nxt.sent != first.sent + 1
        or len(nxt.parts) < 2
        or nxt.parts[0].value != first.value
        or nxt.value <= first.value
        or nxt.additive
        or nxt.update
    ):
        return None
    return nxt


def _whole_of_share(first: Mention, ms: list[Mention]) -> Mention | None:
    """The lede's count whose share the headline gave: "UN inquiry finds French air strike killed 19 wedding
    guests" over "killed 22 people, 19 of them civilians"; "Suicide bomber kills three Somali ministers" over
    "killing at least 22 people, including three government ministers"."""
    nxt = next((m for m in ms if m.start > first.start), None)
    if (
        nxt is None
        or first.sent != 0
        or nxt.sent != 1
        or nxt.share != first.value
        or nxt.value <= first.value
        or nxt.additive
        or nxt.update
    ):
        return None
    return nxt


def _sum_told_after(first: Mention, ms: list[Mention]) -> Mention | None:
    """A later sentence's figure that is the sum of every figure told before it, from the first on: "killed his
    grandfather ... and his grandfather's companion ... he killed five students, a teacher and an unarmed security
    guard ... Nine people died". A story told stage by stage closes on its toll; the first stage alone is a part."""
    if first.victims == "aid":
        return None  # the record counts aid workers only: "1 INGO national staff killed ... 4 attackers ... 5 people"
    told = [first]
    for m in ms:
        if m.start <= first.start:
            continue
        if m.update or m.claim or m.fallback or m.rival:
            return None
        if (
            len(told) >= 2
            and m.sent > told[-1].sent
            and m.value == sum(x.value for x in told)
            and not m.additive
            # (not a day's toll over two cities, "In all, at least 57 people died in the two cities", nor the
            # attackers the army killed, "five attackers had been killed", after three and two Americans)
            and not (m.aggregate and not first.aggregate)
            and (m.victims != "armed" or all(x.victims == "armed" for x in told))
        ):
            return m
        # (not the first figure told again: "Two killed in ..." over "Two people were killed")
        if m.additive or m.more or m.share or m.value == first.value:
            return None
        told.append(m)
    return None


def _all_after_some(first: Mention, ms: list[Mention]) -> Mention | None:
    """The next sentence's larger count of people when the first figure names the forces the attack began with:
    "Masked gunmen shot dead two policemen guarding the church ... Seventeen people were killed" - the
    policemen were the first of the seventeen."""
    nxt = next((m for m in ms if m.start > first.start), None)
    if (
        nxt is None
        or first.victims != "forces"
        or nxt.victims
        or nxt.sent != first.sent + 1
        or nxt.value <= first.value
        or nxt.additive
        or nxt.update
        or nxt.fallback
        or nxt.claim
    ):
        return None
    return nxt


# How many sentences after one person's wound the count of all the wounded may come: a follow-up tells of one
# victim's injury first and the police's count of the injured a paragraph later. The dead are another matter:
# they are named one by one, and a figure a paragraph on ("two others died") is more often added than the total.
_COUNT_AFTER_ONE_SENTENCES = 4


def _counted_after_one(first: Mention, ms: list[Mention]) -> Mention | None:
    """The next sentence's count when the first figure is one person told by a phrase, not counted: "Anis Amri
    hijacked a lorry, killing its Polish driver, and drove it into a market. Twelve people were killed" - the
    driver was the first of the twelve. For the wounded, a count a paragraph on: "His older brother suffered a
    fractured skull. ... Police said 62 people were injured" (see _COUNT_AFTER_ONE_SENTENCES). Within two
    sentences, a count that says it includes one named ("A suicide bombing killed the governor ... The blast killed
    three people, among them Gov. X"; "killed its deputy head ... eight people, including the cleric, had been
    killed") holds the one or two the lede told by name."""
    if first.value <= 2 and first.parts and not any(q.text[:1].isdigit() for q in first.parts):
        held = [
            m
            for m in ms
            if first.sent < m.sent <= first.sent + 2
            and m.one_named
            and m.value > first.value
            and not (m.additive or m.update or m.claim or m.fallback)
        ]
        if held:
            return held[-1]
    # (a figure in the lede's own sentence is no count of all: "in the highest-profile killing of an official since")
    nxt = next((m for m in ms if m.start > first.start and m.sent > first.sent), None)
    if (
        nxt is None
        or first.value != 1
        or len(first.parts) != 1
        or first.parts[0].text[:1].isdigit()
        or first.parts[0].text.lower() == "one"
        or not first.sent < nxt.sent <= first.sent + (_COUNT_AFTER_ONE_SENTENCES if first.kind == "injured" else 1)
        or nxt.value <= first.value
        or nxt.additive
        or nxt.update
        or nxt.fallback
    ):
        return None
    return nxt


def _competes(claim: Mention, other: Mention) -> bool:
    """Whether `other` may count the same dead as `claim`: the same kind of victims, or victims unsaid. A claim
    of attackers or militants killed (a state's claim) competes only with another count of them: "four people
    were killed" in the same story are the attack's victims, not the militants the army says it killed."""
    if claim.victims == "armed":
        return other.victims == "armed"
    return not claim.victims or not other.victims or claim.victims == other.victims


def _choose(ms: list[Mention]) -> tuple[Mention | None, Mention | None]:
    """One figure per kind (see _combine), and the claim it was preferred to, if any.

    A side's claim of its own feat ("the militants claimed to have killed dozens of soldiers") is propaganda
    when another source gives a figure for the same victims ("the African Union said four were killed"):
    conflict datasets code the conservative credible report, so that figure is best and low, and a larger
    claim only raises the high bound. A claim that is the only figure stays the figure.
    """
    rivals = [m for m in ms if not m.claim]
    if any(m.victims and m.victims != "armed" for m in rivals):
        # "The army said it had killed 107 Boko Haram fighters who attacked the town ... A soldier and seven
        # civilians died": the attackers a state says it killed are left out of the toll of those they attacked, as
        # attackers killed by the forces always are
        ms = [m for m in ms if not (m.claim and m.victims == "armed")]
        rivals = [m for m in ms if not m.claim]
    beaten = [c for c in ms if c.claim and any(_competes(c, m) for m in rivals)]
    if beaten:
        chosen = _combine([m for m in ms if m not in beaten])
        top = max(beaten, key=lambda c: c.value)
        if chosen is not None and top.value > chosen.value:
            return replace(chosen, high=max(chosen.high or 0, top.value)), top
        return chosen, None
    return _combine(ms), None


def _wounded_with_update(mentions: list[Mention], killed: Mention, injured: Mention) -> Mention:
    """The wounded told beside the latest statement of an updated toll ("47 were killed and 106 wounded, the
    minister said on Monday"), in place of an earlier, smaller count of them: an update story repeats the first
    day's figures ("police had said 21 were killed and 40 injured") before it gives the new ones. A sentence set
    aside as another event's is read too: the updated toll itself says it is this one's."""
    told = {m.sent for m in mentions if m.kind == "killed" and m.value == killed.value and m.sent > injured.sent}
    # "We now have three deceased and 13 injured" after "two were killed and 14 wounded": the wounded who died
    # left the count of the hurt, so it may fall by as many as the toll rose
    rise = killed.value - min(
        (m.value for m in mentions if m.kind == "killed" and not m.update and m.value < killed.value),
        default=killed.value,
    )
    later = [
        m
        for m in mentions
        if m.kind == "injured"
        and m.sent in told
        and (m.value > injured.value or 0 < injured.value - m.value <= rise)
        and not m.claim
    ]
    return later[-1] if later else injured


# The attackers named as counted in a figure: "Counting the gunman, who shot himself in a classroom, 18 people died".
_PERPS_COUNTED_IN = compile_scan(
    # ("Eleven people are dead, including the suspected perpetrator")
    r"\b(?:counting|including)\s+(?:the\s+)?(?:(?P<n>two|three|\d)\s+)?(?:lone\s+|suicide\s+|suspected\s+|alleged\s+)?"
    r"(?:gunm[ae]n|shooters?|attackers?|assailants?|bombers?|perpetrators?)\b"
)


def _with_perps_counted(low: str, spans: list[tuple[int, int]], own: list[Mention], killed: Mention) -> Mention:
    """The figure that says it counts the attackers, as many more than the chosen one as there were of them, in
    its place: the databases count an attacker who died by his own attack among the dead."""
    for m in own:
        if m.kind != "killed" or m is killed or m.perp or m.claim:
            continue
        pm = _PERPS_COUNTED_IN.search(low, *spans[m.sent])
        if pm is None:
            continue
        n = word_value(pm.group("n")) if pm.group("n") else (2 if pm.group(0).endswith(("s", "men")) else 1)
        if m.value - killed.value == n and not _counts_perp_forces_killed(low, *spans[m.sent]):
            return m
    return killed


# "30 killed, not counting the bombers": the suicide bombers set apart from the toll, more dead (see _OWN_BLAST).
_NOT_COUNTING_BOMBERS = compile_scan(
    r"\b(?:not\s+counting|excluding)\s+the\s+(?:(?P<n>two|three|four|five|\d)\s+)?(?:suicide\s+)?bombers?\b"
    # "The confirmed death toll stood at 52, not counting the four men", of a suicide bombing: the bombers
    r"|\b(?:not\s+counting|excluding)\s+the\s+(?P<nm>two|three|four|five|\d)\s+(?:men|women|attackers)\b"
)


def _last_perps_counted(low: str, end: int) -> re.Match[str] | None:
    """The last count of the attackers told before `end` ("three suicide bombers"), see _PERPS_COUNTED."""
    return next(reversed(list(_PERPS_COUNTED.finditer(low, 0, end))), None)


# The attackers a toll leaves out, told to have died by their own blast: "That figure does not include the two women
# investigators believe carried the explosives; both died in the blasts".
_NOT_INCLUDED_BOMBERS = compile_scan(
    r"\b(?:does|did|do)\s+not\s+include\s+(?:the\s+)?(?P<n>two|three|four|five|\d)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:suicide\s+)?(?:bombers|attackers|assailants|women|men)\b[^.]{0,120}?"
    r"(?:\b(?:both|all|they|who)\s+(?:also\s+)?died\s+in\s+the\s+(?:blasts?|explosions?)|blew\s+themselves\s+up)\b"
    # "killing 26 people ... The figure does not include the bomber": the one who blew himself up
    r"|\b(?:figure|toll|count|number)\s+(?:does|did)\s+not\s+include\s+the\s+(?:suicide\s+)?bomber\b"
    # "Two suicide bombers blew themselves up ... The toll, announced by the minister, does not include the two
    # attackers": as many as the text counts, where it told they blew themselves up (see _OWN_BLAST)
    r"|\b(?:figure|toll|count|number)(?:,\s+[^,.]{1,80},)?\s+(?:does|did)\s+not\s+include\s+the\s+"
    r"(?P<n2>two|three|four|five|\d)\s+(?:suicide\s+)?(?:bombers|attackers|assailants)\b"
    # "Kachalla said the number of dead did not include the bombers", counted before ("Three suicide bombers")
    r"|\b(?:figure|toll|count|number)(?:\s+of\s+(?:the\s+)?dead)?\s+(?:does|did)\s+not\s+include\s+the\s+"
    r"(?:suicide\s+)?(?P<pl>bombers|attackers|assailants)\b"
)
# "Investigators said Jalilov also died in the blast", where the text named him the bomber.
_NAME_ALSO_DIED = compile_scan(
    r"\b(?P<name>[A-Z][\w'’-]{2,})\s+(?:himself\s+|herself\s+)?(?:also\s+)?died\s+in\s+the\s+(?:blast|explosion|bombing)\b"
)
# "Abedi ... set off a homemade shrapnel bomb in the foyer": the person the text names as the one who set it off
_SET_OFF_AFTER = compile_scan(
    r"[^.;]{0,100}?\b(?:set\s+off|detonated|triggered)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:bomb|explosives?|device|vest|belt)\b"
)
_BOMBER_WORD = compile_scan(r"\b(?:suicide\s+)?(?:bomber|attacker|assailant)\b", re.IGNORECASE)


def _named_bomber_also_died(text: str, spans: list[tuple[int, int]], killed: Mention, out: Casualties) -> int:
    """One more dead when a person the text named as the bomber (in the 100 characters after the word) is told
    to have died in the blast too, after the toll; a victim told by name is not the bomber's name."""
    for nm in _NAME_ALSO_DIED.finditer(text):
        if _sentence_of(spans, nm.start()) <= killed.sent and killed.start > nm.start():
            continue
        name = nm.group("name")
        # (without "also", only the one the text told set the bomb off: "the bomber's target, X, died in the blast"
        # is a victim)
        if (
            " also " in nm.group(0)
            and any(name in text[bw.end() : bw.end() + 100] for bw in _BOMBER_WORD.finditer(text, 0, nm.start()))
        ) or any(_SET_OFF_AFTER.match(text, w.end()) for w in re.finditer(re.escape(name), text[: nm.start()])):
            out.evidence.append(Evidence(field="killed", start=nm.start(), end=nm.end(), text=nm.group(0)))
            return 1
    return 0


# "Thirty-eight people were killed, 30 of them British": the share told right after a whole
_SHARE_OF_THEM_AFTER = compile_scan(r",\s+(?P<n>[\w-]+)\s+of\s+them\b")


def _whole_of_part(text: str, own: list[Mention], killed: Mention) -> Mention:
    """The whole a later figure gives when the chosen one is its share: "Thirty British tourists shot dead ... were
    unlawfully killed" in the lede of an inquest's story, "Thirty-eight people were killed, 30 of them British" in
    its body. The lede told the part its readers were, the body the attack's toll."""
    for m in own:
        if m.kind != "killed" or m.value <= killed.value or m.fallback or m.rival or m.claim:
            continue
        sm = _SHARE_OF_THEM_AFTER.match(text, m.end)
        if sm is not None and word_value(sm.group("n")) == killed.value:
            return m
    return killed


# How many sentences after the chosen figure a toll of it and of those shot may come.
_SHOT_TOLL_SENTENCES = 3


def _dead_of_those_shot(own: list[Mention], killed: Mention) -> Mention:
    """A later, larger toll that the people the text told were shot can make up: "He killed three professors and a
    fellow student ..., then ... shot an associate vice president and a student employee ... Five people died". Some
    of those shot died, so the later count is the toll; an attacker who shot himself, told in its sentence, may be in
    it too ("Ten people died, including Weise, who shot himself")."""
    for m in own:
        if (
            m.kind != "killed"
            or m.start <= killed.end
            or not killed.sent < m.sent <= killed.sent + _SHOT_TOLL_SENTENCES
            or m.value <= killed.value
            or m.additive or m.update or m.claim or m.fallback or m.rival or m.aggregate or m.more or m.perp
            or m.victims == "armed"
        ):
            continue
        shot = sum(
            h.value - h.perp if h.start < m.start else h.perp
            for h in own
            if h.kind == "hit" and (h.start < m.start or h.perp and h.sent == m.sent)
        )
        if m.value <= killed.value + shot:
            return m
    return killed


# A "sentence" this short is a dateline or a byline on a line of its own.
_DATELINE_LINE_CHARS = 24


def _one_before_also(
    text: str, low: str, spans: list[tuple[int, int]], mentions: list[Mention], killed: Mention, out: Casualties
) -> int:
    """One more dead when the only figure says its dead "also" died and the opening told one death before it
    ("Sheikh Said Afandi was killed on Tuesday when a woman blew herself up ... Five of his followers also died")."""
    told = next((m for m in mentions if m.kind == "killed"), None)
    if told is None or told.start != killed.start or not told.additive:
        return 0
    first = lede_start(text, spans)
    # (a dateline on a line of its own, "Madrid, Dec 20", is no sentence of the opening)
    for a, b in [(a, b) for a, b in spans[first : killed.sent] if b - a > _DATELINE_LINE_CHARS][:2]:
        m = _ONE_DEAD.search(low, a, b)
        if m is not None and not _attacker_dying(low, m.start(), m.end()) and not recalls_other_event(low, a, b):
            out.evidence.append(Evidence(field="killed", start=m.start(), end=m.end(), text=text[m.start() : m.end()]))
            return 1
    return 0


def _newest_entry(low: str, own: list[Mention], starts: tuple[int, ...], newest_last: bool) -> list[Mention]:
    """A live page's dead and hurt are the figures of its newest entry that states them ("19:58 — two killed, 31
    wounded ... 22:05 — four killed and 53 wounded"): every entry is the toll as it stood at its time, so the older
    ones are neither parts nor more dead. A figure of how some of the hurt are ("two in critical condition") or of
    dead attackers gives no toll of its own."""
    entry = {id(m): bisect_right(starts, m.start) - 1 for m in own}  # -1: above the first entry
    keep = list(own)
    for kind in ("killed", "injured"):
        entries = [
            entry[id(m)]
            for m in own
            if m.kind == kind
            and entry[id(m)] >= 0
            and not m.perp
            and not _CONDITION_ONLY.search(low, m.start, m.end)
        ]
        if entries:
            newest = max(entries) if newest_last else min(entries)
            keep = [m for m in keep if m.kind != kind or entry[id(m)] == newest]
            # "all seven attackers ... have been killed. He says 141 people died": the entry's toll is its victims'
            if kind == "killed" and any(m.kind == kind and m.victims != "armed" for m in keep):
                keep = [m for m in keep if m.kind != kind or m.victims != "armed"]
    return keep


def extract_casualties(
    text: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention] | None = None,
    exclude: frozenset[int] = frozenset(),
) -> Casualties:
    """Killed/injured for the text's main event, with evidence spans for each figure used.

    `mentions` from an earlier call are reused (they depend on the text alone); `exclude` names sentences
    whose figures belong to another incident, so the main one is counted without them.
    """
    if mentions is None:
        mentions = find_mentions(text, spans)
    out = Casualties(mentions=mentions)
    low = ascii_lower(text)
    own = [m for m in mentions if m.sent not in exclude]
    if own and own[-1].sent - own[0].sent > _FAR_SENTENCES:
        lead = min((m.sent for m in own if m.kind in ("killed", "injured", "hit")), default=own[0].sent)
        own = [m for m in own if m.update or m.sent - lead <= _FAR_SENTENCES or _points_back(low, spans[m.sent])]
    if (live := live_entries(low)) is not None:
        own = _newest_entry(low, own, *live)
    killed, killed_claim = _choose([m for m in own if m.kind == "killed"])
    if killed is not None and " of them" in low:
        killed = _whole_of_part(text, own, killed)
    if killed is not None and ("counting" in low or "including" in low):
        killed = _with_perps_counted(low, spans, own, killed)
    if killed is not None and any(m.kind == "hit" for m in own):
        killed = _dead_of_those_shot(own, killed)
    injured, injured_claim = _choose([m for m in own if m.kind == "injured"])
    if killed is not None and killed.update and injured is not None:
        injured = _wounded_with_update(mentions, killed, injured)
    # "shot five colleagues, killing four of them, then shot himself": the attacker shooting himself is none of
    # those he hit, so not one more of them to count as wounded.
    hit = _combine([m for m in own if m.kind == "hit" and m.perp < m.value])
    perp_extra = 0
    for am in _scan(_IN_ADDITION_PERP, low) if "in addition" in low or "besides" in low or "plus" in low else ():
        # "In addition to the two attackers, 26 people were killed"; "26 people, in addition to the assailant,
        # were killed" (the Global Terrorism Database's wording): the attackers are more dead.
        n = word_value(am.group("n")) if am.group("n") else None
        if n is None and am.group("who") in _SINGULAR_PERP:
            n = 1  # "the assailant", "the lone gunman"
        if killed is not None and killed.update and killed.start >= am.end():
            continue  # "56 residents were killed, in addition to the two bombers, bringing the number of dead to 58"
        if n and killed is not None and killed.sent == _sentence_of(spans, am.start()):
            perp_extra += n
            a, b = am.span()
            out.evidence.append(Evidence(field="killed", start=a, end=b, text=text[a:b]))
    for am in _scan(_BESIDES_SELF, low) if "self" in low or "selves" in low else ():
        if killed is None or killed.sent != _sentence_of(spans, am.start()) or not killed.end <= am.start():
            continue
        if any(m.perp and m.kind == "killed" and m.start <= am.start() < m.end for m in mentions):
            continue  # the list of the dead holds him already
        if (am.group("who") or am.group("who2")) == "themselves":
            bm = _BOMBERS_BEFORE.search(low, spans[killed.sent][0], am.start())
            n = (word_value(bm.group("n")) or 0) if bm else 0
        else:
            n = 1
        if n:
            perp_extra += n
            a, b = am.span()
            out.evidence.append(Evidence(field="killed", start=a, end=b, text=text[a:b]))
    for pm in _scan(_PERP_ALSO, low) if "also" in low or "bomber" in low else ():
        if any(m.start <= pm.start() < m.end or pm.start() <= m.start < pm.end() for m in mentions):
            continue  # "Two attackers were also killed": already a figure of its own
        if any(m.perp and m.kind == "killed" for m in mentions):
            continue  # "killing six and the bomber ... The bomber also died": counted in the list
        if _NOTE_AFTER_VERB.match(text, pm.end()) or _NOT_COUNTED_CLAUSE.match(low, pm.end()):
            continue  # "Attackers also killed (not counted).", "The bomber, who also died, is not included in the toll"
        if _UNCOUNTED_PERPS_BEFORE.search(low, max(0, pm.start() - 30), pm.start()):
            continue  # "an unknown number of attackers also died": no figure to add
        if pm.group("who") == "attacker" and not _OWN_BLAST.search(low):
            continue  # "the attacker, who died at the scene": shot by the police, for all the text says
        if not pm.group("own") and _FORCES_KILLED_AFTER.match(low, pm.end()):
            continue  # "Two of the attackers were also killed in the exchange of fire": the forces' dead enemies
        if pm.group("both") and "suicide" not in low and "blew" not in low:
            continue  # "Both attackers died" in a gunfight: their end may be at the forces' hands

        if killed is not None and killed.start > pm.start():
            continue  # "The bomber also died, bringing the death toll to nine": the later toll holds him
        if killed is not None and _PERP_AMONG_DEAD.search(low, *spans[killed.sent]):
            continue  # "Thirteen people, including the bomber, were killed. ... The bomber also died": held already
        # "did not include the three bombers, who also died": as many as the text counts them
        plural = low[pm.start() : pm.end()].split(None, 1)[0].rstrip(",").endswith("s")
        nb = _PERP_COUNT_BEFORE.search(low, max(0, pm.start() - 24), pm.start()) if plural else None
        if plural and nb is None:
            # "Three suicide bombers struck a wedding ... The bombers also died", "Two gunmen ... the attackers also
            # died": as many as the text last counted them
            nb = _last_perps_counted(low, pm.start())
        perp_extra += 2 if pm.group("both") else (word_value(nb.group("n")) or 1) if nb else 1
        out.evidence.append(Evidence(field="killed", start=pm.start(), end=pm.end(), text=text[pm.start() : pm.end()]))
    if killed is not None and not perp_extra and "not include" in low:
        for nm in _scan(_NOT_INCLUDED_BOMBERS, low):
            # "That figure does not include the two women who carried the explosives; both died in the blasts"
            if (nm.group("n2") or nm.group("pl")) and not _OWN_BLAST.search(low, 0, nm.start()):
                continue  # "The toll does not include the two attackers", shot dead by the guards: not their own
            if _sentence_of(spans, nm.start()) >= killed.sent and not _FORCES_KILLED_AFTER.search(nm.group(0)):
                counted = _last_perps_counted(low, nm.start()) if nm.group("pl") else None
                if nm.group("pl") and counted is None:
                    continue  # "did not include the bombers", never counted: no figure to add
                told = nm.group("n") or nm.group("n2") or (counted.group("n") if counted else None)
                perp_extra += (word_value(told) or 0) if told else 1
                a, b = nm.span()
                out.evidence.append(Evidence(field="killed", start=a, end=b, text=text[a:b]))
                break
    if killed is not None and not perp_extra and ("not counting" in low or "excluding" in low):
        for nm in _scan(_NOT_COUNTING_BOMBERS, low):
            # "three suicide bombers detonated explosives ... 30 killed, not counting the bombers": their own blast,
            # as many as the text counted them
            if _sentence_of(spans, nm.start()) != killed.sent or not _OWN_BLAST.search(low, 0, nm.start()):
                continue
            counted = _last_perps_counted(low, nm.start())
            told = nm.group("n") or nm.group("nm") or (counted.group("n") if counted else None)
            perp_extra += (word_value(told) or 0) if told else 1
            a, b = nm.span()
            out.evidence.append(Evidence(field="killed", start=a, end=b, text=text[a:b]))
            break
    if killed is not None and not perp_extra and ("also died" in low or "died in the" in low):
        perp_extra += _named_bomber_also_died(text, spans, killed, out)
    for head in _scan(_PERP_HEADS_LIST, low) if any(w in low for w in _PERP_HEADS_HINTS) else ():
        # the figure after "and" is the one chosen, and no figure counts the attacker already
        if killed is None or not head.end() <= killed.start <= head.end() + 20:
            continue
        perp_extra += 1
        a, b = head.span()
        out.evidence.append(Evidence(field="killed", start=a, end=b, text=text[a:b]))
    for sm in _scan(_PERP_SUICIDE, low) if "blew" in low or "blowing" in low else ():
        # One of the two sentences after the figure's, whose subject is the attacker ("The attacker then blew
        # himself up").
        if killed is None or perp_extra:
            continue  # no figure, or the attacker's death already counted ("The bomber also died in the blast")
        if killed.update and killed.start > sm.start():
            continue  # "... then blew himself up, bringing the death toll to seven": the later toll holds him
        ss = _sentence_of(spans, sm.start())
        if ss in (killed.sent, _sentence_of(spans, killed.end - 1)):
            # "A suicide bomber blew himself up at a tea shop, killing 11 people": the figure told with the blast
            # is its victims, and the coders of every source read here (Wikipedia's lists, wires, NGO records)
            # leave the bomber out of it; a death told of him after it ("The attacker then blew himself up",
            # "the bomber also died") is one more, and so are bombers the figure tells apart from its dead ("Two
            # suicide bombers blew themselves up ..., killing at least 28 other people")
            # (not "killing retired Brigadier General Sunil Mendis, his driver and at least 11 other people": other
            # than those it named)
            if not (
                ss == killed.sent
                and len(killed.parts) == 1
                and sm.start() < killed.start
                and _OTHERS_AFTER.match(low, killed.parts[0].end)
            ):
                continue
            if "themselves" in sm.group(0):
                bm = _BOMBERS_BEFORE.search(low, spans[ss][0], sm.start())
                perp_extra += (word_value(bm.group("n")) or 0) if bm else 0
            else:
                perp_extra += 1
            a, b = sm.span()
            out.evidence.append(Evidence(field="killed", start=a, end=b, text=text[a:b]))
            break
        if not (
            killed.sent < ss <= killed.sent + 2
            and ss not in exclude
            and _PERP_SUBJECT.match(low, spans[ss][0], sm.start())
            and not any(m.sent == ss and not m.perp for m in mentions)
        ):
            continue
        if any(m.perp and m.kind == "killed" and m.sent == killed.sent for m in mentions):
            continue  # "killing himself and six others": already counted as "himself"
        if _TRIED_BEFORE.search(low, max(0, sm.start() - 20), sm.start()):
            continue  # "tried to blow himself up": he survived
        if _AMONG_DEAD_WHO.search(text, max(0, sm.start() - 60), sm.start()):
            continue  # "Four people died, including Ali, who blew himself up at the gate": already counted
        if _PERP_AMONG_DEAD.search(low, *spans[killed.sent]):
            continue  # "killing at least 88 people, including the bomber": the figure holds him already
        if "themselves" in sm.group(0):
            bm = _BOMBERS_BEFORE.search(low, spans[ss][0], sm.start())
            if bm is None:
                continue  # "blew themselves up" with no count of them
            perp_extra += word_value(bm.group("n")) or 0
        else:
            perp_extra += 1
        out.evidence.append(Evidence(field="killed", start=sm.start(), end=sm.end(), text=text[sm.start() : sm.end()]))
        break
    if killed is not None:
        out.killed, out.killed_low, out.killed_high = killed.value, killed.low, killed.high
        if killed.value > 1 and ("counting" in low or "including" in low):
            if _counts_perp_forces_killed(low, *spans[killed.sent]):
                # "Seven people were dead in all, counting the shooter, who was killed by officers": the count
                # leaves out an attacker the forces killed, as it does when he is told apart
                out.killed = killed.value - 1
                out.killed_low = killed.low - 1 if killed.low is not None else None
                out.killed_high = killed.high - 1 if killed.high is not None else None
        out.evidence.append(_ev("killed", text, killed))
        if killed_claim is not None:
            out.evidence.append(_ev("killed", text, killed_claim))
    if killed is not None and killed.low is not None:
        perp_extra += _one_before_also(text, low, spans, mentions, killed, out)
    if perp_extra:
        out.killed = (out.killed or 0) + perp_extra
        out.killed_low = (out.killed_low or 0) + perp_extra if killed is None or killed.low is not None else None
        out.killed_high = out.killed_high + perp_extra if out.killed_high is not None else None
        if killed is None:
            out.killed_high = out.killed
    if "coded" in low or "total fatalities" in low or "fatalities used" in low:
        for cm in _scan(_CODED_FATALITIES, low):
            a, b = cm.span()
            out.evidence = [e for e in out.evidence if e["field"] != "killed"]
            figure = cm.group("a") or cm.group("b") or cm.group("c") or cm.group("d")
            _set_exact(out, "killed", int(figure.replace(",", "")), text, a, b)
            break
    if "best" in low and any(w in low for w in ("estimate", "fatalities", "deaths", "low ", "low:")):
        _best_estimate(text, low, out)
    if (
        injured is not None
        and hit is not None
        and killed is not None
        and hit.sent <= killed.sent < injured.sent
        and injured.value < hit.value - killed.value
        and _CONDITION_ONLY.search(low, injured.start, injured.end)
        # (or the lede splits those hit itself: "Five people were shot, two fatally ... one was in critical condition")
        and (_share_of_hit(text, hit, killed) or "fatally" in low[hit.end : hit.end + 40])
    ):
        injured = None  # "6 shot, 1 dead ... two are in critical condition": how some of the five are, not the hurt
    # "no one was killed", "Both are expected to survive": none of those hit died
    none_dead = killed is not None and killed.value == 0 or (
        killed is None
        and hit is not None
        and hit.value > 1
        and bool(
            ("surviv" in low or "recover" in low) and (every := _ALL_SURVIVE.search(text)) and every.group("all")
            or "no " in low and _NO_DEATHS.search(low)
        )
    )
    if (
        injured is not None
        and hit is not None
        and injured.value < hit.value
        and not injured.update
        and (none_dead or killed is None and hit.sent < injured.sent and not _DEATH_WORD.search(low, hit.start))
    ):
        # "Two men were stabbed ... A second man received minor injuries": the hurt told one by one after their
        # figure, with no one dead, are some of those hit, who are all the injured ("Two people were shot ... and
        # no one was killed" says so in any order)
        injured = hit
    if injured is not None and killed is None and hit is None and injured.value > 1 and not injured.update:
        # "located two men suffering from gunshot wounds; both were pronounced deceased at the scene": all of those
        # found hurt died, and they are the dead, not the injured
        fm = _FATE_OF_ALL.search(low, injured.end, spans[min(injured.sent + 1, len(spans) - 1)][1])
        n = _fate_count(fm, injured.value) if fm is not None and fm.group("d") else None
        if n == injured.value and fm is not None and not find_quantities(text[injured.end : fm.start()]):
            _set_exact(out, "killed", n, text, fm.start(), fm.end())
            out.evidence.append(_ev("killed", text, injured))
            # ("Three additional victims were transported to area hospitals": the hurt, told after the dead)
            injured, injured_claim = _choose([m for m in own if m.kind == "injured" and m.start > fm.end()])
    if injured is not None:
        out.injured, out.injured_low, out.injured_high = injured.value, injured.low, injured.high
        out.evidence.append(_ev("injured", text, injured))
        if injured_claim is not None:
            out.evidence.append(_ev("injured", text, injured_claim))
        _subtract_moved(text, low, spans, injured, killed, out)
        if hit is not None and (killed is None or killed.sent < injured.sent):
            _hit_beside_injured(text, low, spans, own, injured, out)
        if "whom" in low or " of them" in low or " of the " in low:
            _wounded_who_died(text, low, spans, injured, killed, out)
    elif (
        hit is not None
        and killed is not None
        and hit.value > killed.value - _selves(low, killed)
        and not _self_only(low, killed)
        and _share_of_hit(text, hit, killed)
    ):
        # "shot ten people, killing five", "The gunman shot 14 people. Four of them died": the rest were wounded
        # (the attacker "killing himself" too is none of those he shot).
        out.injured = hit.value - (killed.value - _selves(low, killed))
        out.injured_low = out.injured_high = out.injured
        out.evidence.append(_ev("injured", text, hit))
    elif killed is not None and hit is not None:
        # "A man was fatally shot ... A second man was shot in the leg and is in stable condition": someone hit
        # in a sentence of its own that says he lived is injured, not another count of the dead.
        for hm in (m for m in own if m.kind == "hit" and (m.sent != killed.sent or _others_after(low, m))):
            a, b = spans[hm.sent]
            lived = _SURVIVED.search(low, a, b) or _SHOT_BODY_PART.search(low, a, b)
            if (lived and not _DEATH_WORD.search(low, a, b)) or (
                # "He killed four co-workers and hit four others", "Nine more people were struck by bullets": the
                # others the shots hit, after the dead, lived (unless their own words say they died)
                hm.start > killed.start and _others_after(low, hm) and not _DEATH_WORD.search(low, hm.end, b)
            ):
                out.injured = out.injured_low = out.injured_high = hm.value
                out.evidence.append(_ev("injured", text, hm))
                break
    self_only = killed is not None and _self_only(low, killed)
    if hit is not None and hit.value > 1 and (
        out.killed is None
        # "Four people were shot, one fatally. ... A 24-year-old man died at the scene": the one dead the lede
        # already counted among those shot, so the rest are the wounded.
        or out.injured is None
        and killed is not None
        and killed.sent > hit.sent
        and (killed.value == 1 or "fatally" in low[hit.end : hit.end + 40])
        # "shot six people, four of them fatally, before killing himself": the attacker is none of those shot
        or self_only
    ):
        before = out.killed
        _fatally(text, hit, out)
        if self_only and before is not None and out.killed is not None and out.killed != before:
            out.killed += before  # the attacker's own death, counted with his dead as "killing himself" is
            out.killed_low = None if out.killed_low is None else out.killed_low + before
            out.killed_high = None if out.killed_high is None else out.killed_high + before
    if (
        out.killed is None
        and hit is None
        and injured is not None
        and injured.value > 1
        and "fatally" in low[injured.end : injured.end + 40]
    ):
        # "22 people hit by gunfire, one of them fatally": those hit, told as hurt, of whom some died
        out.injured = out.injured_low = out.injured_high = None
        out.evidence = [e for e in out.evidence if e["field"] != "injured"]
        _fatally(text, injured, out)
        if out.killed is None:
            out.injured, out.injured_low, out.injured_high = injured.value, injured.low, injured.high
            out.evidence.append(_ev("injured", text, injured))
    if out.killed is None and out.injured is None and hit is not None and hit.value > 1:
        _fate_of_all(text, low, hit, out)
    if out.killed is None and hit is not None and hit.value == 1:
        lm = _LATER_DIED.search(low, hit.end)
        if lm:
            out.killed = out.killed_low = out.killed_high = 1
            out.evidence.append(
                Evidence(field="killed", start=lm.start(), end=lm.end(), text=text[lm.start() : lm.end()])
            )
    if injured is None and hit is not None and hit.value > 1 and ("whom" in low or "of them" in low) and (
        # "..., before killing himself": the only figure of the dead is the attacker's own death
        out.killed is None
        if killed is None
        else bool(killed.parts) and all(_SELF.fullmatch(low, q.start, q.end) for q in killed.parts)
    ):
        _hit_who_died(text, low, spans, hit, out)
    if out.injured is None and out.killed is None and hit is not None and (
        _SURVIVED.search(low) or "no " in low and _NO_DEATHS.search(low)
    ):
        if not _DEATH_WORD.search(low) or "no " in low and _NO_DEATHS.search(low):
            # "Two people were stabbed ... both were taken to hospital": those hit survived, so they are
            # the injured. With no such cue "shot four officers" stays unread: it may mean killed.
            out.injured = out.injured_low = out.injured_high = hit.value
            out.evidence.append(_ev("injured", text, hit))
    if (
        out.injured is None
        and hit is not None
        and killed is not None
        and out.killed == killed.value < hit.value
        and killed.start > hit.end
        and _SHARE_OF_HIT.match(low, killed.start)
    ):
        # "Five people were shot ... One of the men, 24, died at the hospital": the rest of those hit are hurt
        out.injured = out.injured_low = out.injured_high = hit.value - killed.value
        out.evidence.append(_ev("injured", text, hit))
    if out.injured is None and hit is not None and none_dead:
        # "Two men were stabbed ... Both are expected to survive": no one died, so all of those hit are hurt
        out.injured = out.injured_low = out.injured_high = hit.value
        out.evidence.append(_ev("injured", text, hit))
    if out.injured is None and out.killed is None:
        bm = _SHOT_BODY_PART.search(low)
        if bm:
            out.injured = out.injured_low = out.injured_high = 1
            out.evidence.append(
                Evidence(field="injured", start=bm.start(), end=bm.end(), text=text[bm.start() : bm.end()])
            )
    _perp_wounded(text, low, spans, out)
    if out.injured is None and "both" in low:
        _both_hurt(text, low, out)
    if out.killed is None and "both" in low:
        _both_killed(text, low, out)
    _one_named(text, low, spans, out)
    _hurt_then_died(text, low, spans, out)
    if out.killed is None and ("bodies" in low or " body " in low):
        _abducted_found_dead(text, low, out)
    if out.killed is None and " them" in low:
        _abducted_then_killed(text, low, out)
    if out.killed is None and ("bomber" in low or "attacker" in low or "blew" in low):
        _bomber_alone(text, low, spans, exclude, out)
    _charges(text, low, out)
    if "died" in low or "succumbed" in low:
        _ordinal_death(text, low, spans, exclude, out)
    # a kind whose every figure is a side's claim of its feat, which a credible "none was killed" outweighs
    claimed = (
        {k for k in ("killed", "injured") if any(m.kind == k for m in own) and all(m.claim for m in own if m.kind == k)}
        if any(m.claim for m in own)
        else set()
    )
    if out.killed is not None and killed is not None and ("no one" in low or "nobody" in low or " no " in low):
        _zero_told_first(low, spans, killed, out)
    _zero(text, low, out, claimed)
    if (
        out.killed is None
        and (out.injured is not None or hit is not None)
        and any(w in low for w in (" by ", "shot dead", "gunned down", "shot and killed", "shot the "))
    ):
        _only_attacker_died(text, low, hit, out)
    return out


# "A third child has died", "a seventh victim died in hospital": the toll is at least the ordinal.
_ORDINAL_DEATH = compile_scan(
    # (not "a Fourth of July block party", nor "a third of the wounded": a holiday, a fraction)
    rf"\b(?:an?|the)\s+(?P<n>{_ORDINAL_WORDS})\s+(?!(?:of|attack|blast|bomb|explosion|strike|shooting|time|day|wave)\b)"
    # "a fourth victim of the bombing in Kano died" (not "a second bomb went off and two died": one clause)
    r"(?:(?!(?:and|or|but|when|as|after|while|who|which|that|people|others|killed|killing|died|dead)\b)[\w'-]+\s+){0,10}?"
    r"(?:(?:has|had|have)\s+)?"
    r"(?:(?:since|later|also|now|subsequently)\s+)?(?:died|succumbed)\b"
)


def _ordinal_death(
    text: str, low: str, spans: list[tuple[int, int]], exclude: frozenset[int], out: Casualties
) -> None:
    """ "A third child has died after the knife attack": the lede's news is the toll that an ordinal death
    reaches, which the figures told after it ("Two girls died on Monday") would leave short."""
    for m in _scan(_ORDINAL_DEATH, low):
        if _sentence_of(spans, m.start()) in exclude or in_background(text, m.start()):
            continue
        n = _ORDINAL_RANK[m.group("n")]
        if out.killed is not None and out.killed >= n:
            return
        out.killed = out.killed_low = n
        out.killed_high = n if out.killed_high is None or out.killed_high < n else out.killed_high
        out.evidence.append(Evidence(field="killed", start=m.start(), end=m.end(), text=text[m.start() : m.end()]))
        return


def _attacker_dying(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] tells again the death of an attacker police killed, as told before it."""
    am = _ATTACKER_SHOT_DEAD.search(low, 0, start) if "dead" in low or "killed" in low else None
    return am is not None and any(
        x.start() < end and start < x.end() for x in _ATTACKER_DIED_AGAIN.finditer(low, am.end(), end + 60)
    )


def _only_attacker_died(text: str, low: str, hit: Mention | None, out: Casualties) -> None:
    """Those hit were hurt and the only death told is the attacker's at police hands: none killed, not unknown.

    "A man stabbed three people ... The attacker was shot dead by police": the coders' 0, since the attacker's
    death is not counted; any other word of death leaves the count unread. Those hit are then the injured.
    """
    am = _ATTACKER_SHOT_DEAD.search(low)
    if am is None:
        return
    rest = low[: am.start()] + " " + _ATTACKER_DIED_AGAIN.sub(" ", low[am.end() :])
    if "murder" in rest:
        rest = _ATTEMPTED_MURDER.sub(" ", rest)  # the charge of "attempted murder" tells of no death
    if _DEATH_WORD.search(rest) or _SELF.search(rest):
        return
    _set_exact(out, "killed", 0, text, am.start(), am.end())
    if out.injured is None and hit is not None:
        # "A man stabbed 4 people ... The attacker was shot dead by police": none of those hit died
        out.injured = out.injured_low = out.injured_high = hit.value
        out.evidence.append(_ev("injured", text, hit))


def _selves(low: str, killed: Mention) -> int:
    """How many parts of the figure of the dead are the attacker himself ("killing three, before killing himself")."""
    return sum(1 for q in killed.parts if _SELF.fullmatch(low, q.start, q.end))


def _self_only(low: str, killed: Mention) -> bool:
    """Whether the figure of the dead is only the attacker ("before killing himself")."""
    return bool(killed.parts) and _selves(low, killed) == len(killed.parts)


def _share_of_hit(text: str, hit: Mention, killed: Mention) -> bool:
    """Whether the dead are some of those hit: told in the same sentence, or in the next as "N of them"."""
    if hit.sent == killed.sent:
        return True
    if killed.sent != hit.sent + 1 or not killed.parts:
        return False
    if _OF_WHOM_AFTER.match(text, killed.parts[0].end):
        return True
    # "stabbed two police officers ... One officer died of his wounds": fewer dead, named as those hit were
    return killed.value < hit.value and bool(hit.parts) and _same_people(text, hit.parts[0].end, killed.parts[0].end)


def _same_people(text: str, hit_end: int, dead_end: int) -> bool:
    """Whether the word after the count of dead is one of the two words after the count of those hit, in the
    singular ("2 police officers" / "One officer", "3 people" / "One person")."""
    dead = text[dead_end : dead_end + 30].lower().split()[:1]
    hit = text[hit_end : hit_end + 40].lower().split()[:2]
    if not dead or not hit:
        return False
    singular = {"people": "person", "men": "man", "women": "woman", "children": "child"}
    word = dead[0].strip(".,;:")
    return word not in ("of", "more", "other") and any(
        singular.get(w.strip(".,;:"), w.strip(".,;:").removesuffix("s")) == word.removesuffix("s") for w in hit
    )


# "were also wounded in the attack": a later sentence that names the main event as known ("the attack"), not "a
# knife attack" of its own.
_POINTS_BACK_RE = compile_scan(
    r"\b(?:in|during|by)\s+the\s+(?:same\s+)?(?:attack|strike|blast|bombing|shooting|explosion|ambush|raid|shelling)\b"
)


def _points_back(low: str, span: tuple[int, int]) -> bool:
    """Whether a sentence far from the lede still tells of the main event ("also wounded in the attack")."""
    return " the " in low[span[0] : span[1]] and bool(_POINTS_BACK_RE.search(low, *span))


# An explainer's question on the toll: "How many died?", "How many people were hurt?", "How many people died in
# Halle? Two: a woman passing the synagogue and a man in a kebab shop", "2. Who died?" over "Twelve people: ..."
_HOW_MANY_ASKED = compile_scan(
    r"\b(?:how\s+many\s+(?:people\s+|civilians\s+|victims\s+)?|who\s+)(?:(?:have\s+|had\s+)?(?P<killed>died|were\s+killed|"
    r"lost\s+their\s+lives)|(?P<injured>were\s+(?:injured|wounded|hurt)))(?:\s+(?:in|at)\s+[^?.;\n]{1,40})?\s*\?"
)
# The answer's figure: its first words, or a count it states ("The military's count is 141: 132 schoolchildren").
_ANSWER_FIGURE_BEFORE = compile_scan(
    r"(?:[^.;:,]{0,40}?\b(?:count|toll|figure|number|total)\s+(?:is|was|stands\s+at|stood\s+at|rose\s+to)\s+)?"
    r"(?:(?:at\s+least|about|around|some|nearly|more\s+than|over)\s+)?"
)


def _answered_counts(cased: str, low: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """The figure that answers an explainer's question on the toll ("How many died?" / "Thirty-six people, 24 of
    them children, police say."): the answer often has no verb of its own, the question's verb being its verb."""
    answered = False
    for qm in _HOW_MANY_ASKED.finditer(low):
        kind = "killed" if qm.group("killed") else "injured"
        si = _sentence_of(spans, qm.end()) + 1
        if si >= len(spans) or spans[si][0] < qm.end():
            continue
        a, b = spans[si]
        if any(m.kind == kind and m.sent == si for m in mentions):
            continue  # "Twenty-six people were killed at the school": the answer says it in words of its own
        q = next(iter(find_quantities(cased[a : min(b, a + 80)])), None)
        if q is None or not _ANSWER_FIGURE_BEFORE.fullmatch(low, a, a + q.start):
            continue
        figure = Mention(kind, q.value, q.low, q.high, a + q.start, a + q.end, si, total=True, toll=True)
        figure.explicit_total = True  # the piece's own answer on the toll, as "in total, 15 died" is
        mentions.append(figure)
        answered = True
    if answered:
        mentions.sort(key=lambda m: m.start)


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> int:
    return max(0, bisect_left([a for a, _ in spans], pos + 1) - 1)


@lru_cache(maxsize=64)
def _scan(rx: re.Pattern[str], low: str) -> tuple[re.Match[str], ...]:
    """Every match of a text-wide pattern; cached, since the main incident's recount reads the text again."""
    return tuple(rx.finditer(low))


def _best_estimate(text: str, low: str, out: Casualties) -> None:
    """The dead as a UCDP-style record codes them: its best estimate, with the low and high estimates beside it
    (within 80 characters on either side) as bounds. Replaces any figure read from the prose, as a coded figure does."""
    bm = _BEST_ESTIMATE.search(low)
    if bm is None:
        return
    figure = (bm.group("a") or bm.group("b") or bm.group("c") or bm.group("d") or bm.group("e")).replace(",", "")
    best = int(figure) if figure.isdigit() else word_value(figure)
    if not best:
        return
    a, b = bm.span()
    # "Between 30 and 45 civilians were killed (best estimate: 38)": the prose's range stays the bounds
    lo, hi = out.killed_low, out.killed_high
    out.evidence = [e for e in out.evidence if e["field"] != "killed"]
    _set_exact(out, "killed", best, text, a, b)
    lh = _LOW_HIGH.search(low, max(0, a - 80), min(len(low), b + 80))
    if lh is not None:
        lo, hi = int(lh.group("low").replace(",", "")), int(lh.group("high").replace(",", ""))
    if lo is not None and hi is not None and lo <= best <= hi:
        out.killed_low, out.killed_high = lo, hi


def _set_exact(out: Casualties, kind: str, value: int, text: str, start: int, end: int) -> None:
    """A figure stated exactly (best = low = high), with the span that states it."""
    setattr(out, kind, value)
    setattr(out, kind + "_low", value)
    setattr(out, kind + "_high", value)
    out.evidence.append(Evidence(field=kind, start=start, end=end, text=text[start:end]))


# "robbed and beat two NGO staff ... Both were injured", "Both men were treated in hospital": two people hurt,
# told by pointing back at a pair whose harm had no casualty word of its own ("beat").
_BOTH_HURT = compile_scan(
    r"\bboth(?:\s+(?:men|women|boys|girls|victims|of\s+them))?\s+(?:were\s+|had\s+been\s+)?"
    r"(?:(?:seriously|critically|slightly|lightly|badly)\s+)?"
    r"(?:injured|wounded|hurt|hospitali[sz]ed|treated\s+(?:in|at|for)\b)[^.;]*"
    # "attacked two traffic police officers ..., wounding both": the two, hurt, as the object
    r"|\b(?:wounding|injuring)\s+both(?:\s+of\s+them)?\b"
)


# "Two aid workers were abducted ... Both were later killed": the two, killed, when the text gives no other figure
# of the dead.
_BOTH_KILLED = compile_scan(
    r"\bboth(?:\s+(?:men|women|boys|girls|victims|hostages|of\s+them))?\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:(?:later|subsequently|eventually|also)\s+)?(?:killed|shot\s+dead|executed|found\s+dead|beheaded|murdered)\b"
)


def _both_killed(text: str, low: str, out: Casualties) -> None:
    """With no figure of the dead, "Both were later killed" counts two (see _BOTH_KILLED)."""
    bm = _BOTH_KILLED.search(low)
    if bm is not None:
        _set_exact(out, "killed", 2, text, bm.start(), bm.end())


def _both_hurt(text: str, low: str, out: Casualties) -> None:
    """With no figure of the injured, "Both were injured" counts two (see _BOTH_HURT), unless they died."""
    bm = _BOTH_HURT.search(low)
    if bm is None or _DEATH_WORD.search(bm.group(0)):
        return  # "both were hospitalised and later died": the dead, told elsewhere
    _set_exact(out, "injured", 2, text, bm.start(), bm.end())


# "Two fans were stabbed and 11 police officers injured": the stabbed, joined by "and" to the injured, are more of
# the injured when nothing in the sentence says anyone died.
# ("A 2-year-old boy was shot in the legs and a 13-year-old was hit by shattered glass": where the first was hit)
_JOINED_HURT_GAP = compile_scan(
    r"(?:\s+in\s+(?:the|his|her|their)\s+(?:legs?|arms?|hands?|foot|feet|shoulders?|back|chest|head|stomach|"
    r"abdomen|thighs?|knees?|neck|face|buttocks?|hip))?\s*,?\s+and\s+$"
)


def _hit_beside_injured(
    text: str, low: str, spans: list[tuple[int, int]], own: list[Mention], injured: Mention, out: Casualties
) -> None:
    """Add to the injured a figure of those hit told right beside them (see _JOINED_HURT_GAP)."""
    a, b = spans[injured.sent]
    if _DEATH_WORD.search(low, a, b) or _OF_WHOM_AFTER.match(low, injured.end):
        return
    for hm in own:
        if hm.kind != "hit" or hm.sent != injured.sent or hm.perp:
            continue
        first, second = (hm, injured) if hm.end <= injured.start else (injured, hm)
        if second.start < first.end or not _JOINED_HURT_GAP.fullmatch(low, first.end, second.start):
            continue
        if second is injured and _HOW_BADLY_AFTER.match(low, injured.parts[0].end if injured.parts else injured.end):
            return  # "Five were stabbed and two critically injured": how badly some of the five were hurt
        out.injured = (out.injured or 0) + hm.value
        out.injured_low = None if out.injured_low is None else out.injured_low + hm.value
        out.injured_high = None if out.injured_high is None else out.injured_high + hm.value
        out.evidence.append(_ev("injured", text, hm))
        return


# How many sentences of the opening _one_named reads (the last two only for "pronounced dead").
_ONE_NAMED_SENTENCES = 6


# The lower-case words inside a person's name: "María del Pilar Hurtado", "Rayfran das Neves".
_NAME_PARTICLES = frozenset("de del da das dos di du la le van von der den al el bin ibn".split())


def _row_one_dead(text: str, low: str, a: int, b: int) -> re.Match[str] | None:
    """_ROW_ONE_DEAD's match in low[a:b] whose words after the title, if any, are capitalised in the text."""
    for m in _ROW_ONE_DEAD.finditer(low, a, b):
        words = text[m.start("name") : m.end("name")].split() if m.group("name") else []
        if words[:1] in (["of"], ["from"]) and words[-1] != "and":
            return m  # "Owner of a construction company shot dead": who the person was, not a name
        if words[-1:] != ["and"] and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) and (
            not words or words[0][:1].isupper()
        ):
            return m
        if words and _ROW_TITLE_REST.fullmatch(low, m.start("name"), m.end("name")):
            return m  # "volunteer security guard shot dead": the title's own words, read past its first person word
    return _ROW_NAMED_DEAD.search(text, a, b)


# The rest of a row's title after a word that names a person by itself ("volunteer" before "security guard").
_ROW_TITLE_REST = compile_scan(rf"(?:\s+[a-z-]+){{0,2}}?\s+{_PERSON}")


def _one_named(text: str, low: str, spans: list[tuple[int, int]], out: Casualties) -> None:
    """With no figure stated, a singular "was killed" / "was wounded" in the lede counts one person; a death told
    in the third or fourth sentence too ("... threw firebombs through the windows. Eighteen-month-old X was burned
    to death"), or a police release's "was pronounced deceased" in the fifth or sixth, a wound no further than the
    lede (later ones are as often of another person or day). Sentences are counted from the lede, below any header
    lines (`lede_start`)."""
    if out.killed is not None and out.injured is not None:
        return
    first = lede_start(text, spans)  # (below a press release's header lines)
    dead_at = (0, 0)  # the one death found here, whose wound is no one hurt
    for si, (a, b) in enumerate(spans[: first + _ONE_NAMED_SENTENCES], -first):
        if si < 0:
            continue
        if si and recalls_other_event(low, a, b):
            continue
        for k, rx in (("killed", _ONE_DEAD), ("injured", _ONE_HURT)):
            if getattr(out, k) is not None or si >= 2 and k == "injured":
                continue
            m = rx.search(low, a, b)
            if m is None and k == "killed" and si <= 1:
                m = _row_one_dead(text, low, a, b)
            if m is None or _NOT_ONE_BEFORE.search(low, max(a, m.start() - 40), m.start()):
                continue
            if si >= 4 and "pronounced" not in m.group(0):
                continue  # the fifth and sixth sentences only by a release's "was pronounced deceased"
            if _is_cause(low, a, b, m.start()):
                continue  # "protests erupted after a teenager was shot dead by police last week"
            if k == "injured" and (
                low.startswith("who", m.start() - 4) and _SINCE_DIED_AFTER.match(low, m.end())
                or dead_at[0] <= m.start() < dead_at[1]
            ):
                continue  # "A woman (who was) wounded in the attack has died": dead, not hurt
            if k == "killed" and _attacker_dying(low, m.start(), m.end()):
                continue  # "Police shot dead a man who was stabbing people ... He was pronounced dead": the attacker
            if k == "killed" and any(
                am.start() <= m.start() < am.end()
                and (low.startswith("the ", am.start()) or any(am.group(k) for k in ("tried", "shotwho", "before")))
                for am in _ATTACKER_SHOT_DEAD.finditer(low, a, b)
            ):
                # "The suspect, a 28-year-old ..., was shot dead by armed officers": the attacker's end, by his role
                # (a bare "He was shot dead by the police" stays the one death the record tells)
                continue
            _set_exact(out, k, 2 if m.re is _ROW_ONE_DEAD and m.group("pair") else 1, text, m.start(), m.end())
            if k == "killed":
                # (a death told by its wound, "died ... hours after being hit", has its wound to the sentence's end)
                dead_at = (m.start(), b) if m.re is _ROW_NAMED_DEAD else m.span()
                wound = [e for e in out.evidence if e["field"] == "injured"]
                if out.injured == 1 and len(wound) == 1 and m.start() <= wound[0]["start"] <= m.end():
                    # "died in hospital ..., nine days after he was shot in the head": the wound of the one who died
                    out.injured = out.injured_low = out.injured_high = None
                    out.evidence = [e for e in out.evidence if e["field"] != "injured"]


# A bombing whose only dead is the bomber: "The bomber was killed in the blast", "The bomber, a 30-year-old
# graduate, was the only person killed", "The only person killed was the bomber", "A man ... blew himself up,
# wounding six". With no other death told, he is the one dead the databases count.
_BOMBER_ALONE = compile_scan(
    r"\bthe\s+(?:suicide\s+)?(?:bomber|attacker|assailant)(?:,\s+[^.;]{1,100}?,)?\s+(?:(?:was|being)\s+(?:the\s+only\s+"
    r"(?:person|one|fatality)(?:\s+(?:killed|to\s+die|who\s+died))?|killed\s+(?:in|by)\s+the\s+(?:blast|explosion|"
    r"detonation))|died\s+(?:at\s+the\s+scene|in\s+the\s+(?:blast|explosion)|instantly|on\s+the\s+spot))\b"
    r"|\bthe\s+only\s+(?:person|one|fatality|casualty)\s+(?:killed\s+|who\s+died\s+)?was\s+the\s+(?:suicide\s+)?"
    r"(?:bomber|attacker)\b"
    r"|\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|bomber|attacker|assailant|teenager|boy|girl)\s+"
    r"(?:[^.;]{0,60}?\s)?blew\s+(?:himself|herself)\s+up\b"
    # "Two men blew themselves up in central Casablanca ..., killing only themselves": as many as they were
    r"|\b(?P<n>two|three|four|five|\d)\s+(?:[\w-]+\s+){0,2}?(?:men|women|bombers|attackers|militants|brothers)\s+"
    r"blew\s+themselves\s+up\b[^.;]{0,160}?\bkilling\s+only\s+themselves\b"
)
# (the lede's sentences it is looked for in)
_BOMBER_ALONE_SENTENCES = 4


def _bomber_alone(text: str, low: str, spans: list[tuple[int, int]], exclude: frozenset[int], out: Casualties) -> None:
    """No figure of the dead, and the lede tells the bomber died: one dead, him."""
    first = lede_start(text, spans)
    for si, (a, b) in enumerate(spans[first : first + _BOMBER_ALONE_SENTENCES], first):
        if si in exclude or (si > first and recalls_other_event(low, a, b)):
            continue
        m = _BOMBER_ALONE.search(low, a, b)
        if m is not None:
            _set_exact(out, "killed", word_value(m.group("n")) or 1 if m.group("n") else 1, text, m.start(), m.end())
            return


# "Two UN national staff were abducted near Mopti; their bodies were found a week later": the abducted, counted
# by their own figure, are the dead when the record says their bodies were found; "ICRC staff member abducted north
# of Goma; his body was found two days later" is one.
_ABDUCTED_BODIES = compile_scan(
    r"(?:\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'-]+\s+){0,5}?(?:were|had\s+been)\s+)?"
    r"\b(?:abducted|kidnapped)\b[^.;]{0,120}[.;]\s+(?:[^.;]{0,40}?\s)?"
    # "Body found 9 days later": the record's telegraphic style, of the one abducted
    r"(?:(?P<their>their)\s+bodies\s+(?:were|had\s+been)|(?:his|her)\s+body\s+(?:was|had\s+been)|body)\s+"
    r"(?:later\s+)?(?:found|recovered|discovered)\b"
)


# "Gunmen abducted 11 coal miners ..., took them to nearby hills and shot them dead": those taken, killed as one
# group by a pronoun in the same sentence, with no death count of their own.
_ABDUCTED_THEN_KILLED = compile_scan(
    r"\b(?:abducted|kidnapped|seized|rounded\s+up|dragged\s+out|pulled\s+out|took)\s+"
    r"(?:at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?"
    r"(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty)\s+[^.;]{0,240}?\b(?:(?:shot|killed|executed|beheaded|slaughtered|murdered|"
    r"massacred|hacked)\s+(?:all\s+of\s+)?them(?:\s+(?:all|dead|to\s+death))?"
    # "rounded up 11 villagers ..., tied them up and burned them alive" (not "burned them", their houses)
    r"|burn(?:ed|t)\s+(?:all\s+of\s+)?them\s+(?:alive|to\s+death))\b"
)


def _abducted_then_killed(text: str, low: str, out: Casualties) -> None:
    """The people taken and then killed as a group (see _ABDUCTED_THEN_KILLED) are the dead."""
    am = _ABDUCTED_THEN_KILLED.search(low)
    if am is not None and (n := word_value(am.group("n"))):
        _set_exact(out, "killed", n, text, am.start(), am.end())


def _abducted_found_dead(text: str, low: str, out: Casualties) -> None:
    """The abducted whose bodies were found later (see _ABDUCTED_BODIES) are the dead."""
    am = _ABDUCTED_BODIES.search(low)
    if am is None:
        return
    n = (word_value(am.group("n")) if am.group("n") else None) if am.group("their") else 1
    if n:
        _set_exact(out, "killed", n, text, am.start(), am.end())


def _hurt_then_died(text: str, low: str, spans: list[tuple[int, int]], out: Casualties) -> None:
    """ "A driver was critically injured ...; he later succumbed to his injuries": the one person hurt died, so
    he is the dead, not the injured."""
    if out.injured and out.injured > 1 and out.killed == 1:
        _found_then_one_died(out)
        return
    if out.injured != 1 or not ("died" in low or "succumbed" in low or "pronounced d" in low):
        return
    hurt = [e for e in out.evidence if e["field"] == "injured"]
    if not hurt:
        return
    end = hurt[-1]["end"]
    lm = _LATER_DIED.search(low, end, end + 200)
    if lm is None or _sentence_of(spans, lm.start()) > _sentence_of(spans, end) + 1:
        return
    if out.killed is not None:
        # "found a man suffering from stab injuries. Despite the efforts of emergency services, he was pronounced
        # dead at the scene": the one dead already counted is the man found hurt, not one more ("she later died"
        # after another's death is one more, and stays the injured figure's to tell)
        if out.killed == 1 and "pronounced" in lm.group(0):
            out.injured = out.injured_low = out.injured_high = None
            out.evidence = [e for e in out.evidence if e["field"] != "injured"]
        return
    out.injured = out.injured_low = out.injured_high = None
    for e in hurt:
        e["field"] = "killed"
    _set_exact(out, "killed", 1, text, lm.start(), lm.end())


# "officers located two adult victims suffering from gunshot wounds": those found hurt, one of whom may die later.
# ("Officers found a man with gunshot wounds ... He died at the scene", "found two men with stab wounds")
_VICTIMS_FOUND = compile_scan(
    r"\b(?:victims?|people|m[ae]n|wom[ae]n|persons?|males?|females?|adults?|individuals?|boys?|girls?)\b"
    r"(?:\s+(?:with|suffering\s+from)\s+(?:gunshot|stab|knife)\s+wounds)?"
)
_FOUND_WITH_WOUNDS = compile_scan(r"\bwith\s+(?:gunshot|stab|knife)\s+wounds\b")


def _found_then_one_died(out: Casualties) -> None:
    """ "Officers located two adult victims suffering from gunshot wounds ... A 33-year-old male victim ... was
    later pronounced deceased": the one dead, told after the figure of the hurt, is one of them."""
    hurt = [e for e in out.evidence if e["field"] == "injured"]
    dead = [e for e in out.evidence if e["field"] == "killed"]
    if len(hurt) != 1 or len(dead) != 1 or dead[0]["start"] < hurt[0]["end"]:
        return
    told_dead = "pronounced" in dead[0]["text"].lower() or (
        _FOUND_WITH_WOUNDS.search(hurt[0]["text"]) is not None and "died" in dead[0]["text"].lower()
    )
    if not told_dead or not _VICTIMS_FOUND.search(hurt[0]["text"]):
        return
    if out.injured is None or out.killed is None or out.killed > out.injured:
        return
    n = out.killed if "died" in dead[0]["text"].lower() else 1
    out.injured -= n
    out.injured_low = None if out.injured_low is None else out.injured_low - n
    out.injured_high = None if out.injured_high is None else out.injured_high - n


# "No one was hurt" (a zero, read by _zero); "the gunman, who was wounded" (a perpetrator, _perp_wounded).
_NOT_ONE_BEFORE = compile_scan(
    r"\b(?:no(?:\s+one|body)?|none|neither|gunman|shooter|attacker|assailant|perpetrator|suspect|bomber|"
    # "Everyone else escaped with minor injuries": the many, not one
    r"everyone|everybody|others|rest)\b[^.;]*$"
)


def _perp_wounded(text: str, low: str, spans: list[tuple[int, int]], out: Casualties) -> None:
    """Add a wounded perpetrator to the injured (see _PERP_WOUNDED); once, whatever the number of phrasings."""
    if "wounded" not in low and "injured" not in low:
        return
    # Each phrasing needs "being" or a word for the attacker: most texts have neither, and skip the scan.
    hit = next(iter(_scan(_PERP_WOUNDED, low)), None) if any(w in low for w in _PERP_WOUNDED_WORDS) else None
    if hit is None and spans:
        # "Maurice Clemmons, 37, ... Clemmons, who was wounded": the lede's subject (name, age) is the attacker.
        sm = _SUBJECT_NAME.match(text, spans[0][0], spans[0][1])
        if sm:
            surname = re.escape(sm.group("name").split()[-1].lower())
            hit = re.search(
                rf"\b{surname}(?:,\s+who)?\s+was\s+(?:also\s+|later\s+)?(?:\w+ly\s+)?(?:wounded|injured)\b", low
            )
    if hit is None:
        return
    if _SELF_DEATH.search(low):
        return  # "killed himself after being wounded by a police officer": one of the dead, not of the hurt
    if out.injured is None:
        out.injured = out.injured_low = out.injured_high = 1
    else:
        out.injured += 1
        out.injured_low = None if out.injured_low is None else out.injured_low + 1
        out.injured_high = None if out.injured_high is None else out.injured_high + 1
    out.evidence.append(Evidence(field="injured", start=hit.start(), end=hit.end(), text=text[hit.start() : hit.end()]))


def _charges(text: str, low: str, out: Casualties) -> None:
    """Counts of murder / attempted murder stand for the killed / injured when no figure is stated."""
    if "murder" not in low or out.killed is not None and out.injured is not None:
        return  # no charge, or both figures stated: the scan could set nothing
    for cm in _CHARGE_RE.finditer(low):
        k = "injured" if cm.group("att") else "killed"
        if getattr(out, k) is not None:
            continue
        value = word_value(cm.group("n"))
        if not value:
            continue
        _set_exact(out, k, value, text, cm.start(), cm.end())


# "..., one fatally", "..., two of them fatally": the killed share at the end of the clause of those shot.
_FATALLY_LATE = compile_scan(
    r",\s+(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+(?:them|whom))?\s+fatally\b"
)
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)")
# What may stand between the figure of those shot and the killed share: "shot seven people, two ...".
# "Two officers were shot and one of them died": "and" may join the share to the figure; "3 shot (2 fatally)"
# brackets it.
_FATALLY_GAP = compile_scan(r"(?:\s+[A-Za-z'-]+){0,2}\s*,\s*|[\s,]*|\s*\(\s*|(?:\s+[A-Za-z'-]+){0,2}\s+and\s+")
# "two fatally", "two of them fatally", "two of whom later died": the killed share of those shot.
_FATALLY_AFTER = compile_scan(
    r"\s*(?:(?:of\s+them\s+|of\s+whom\s+)?fatally\b|of\s+(?:whom|them)\s+(?:(?:later|subsequently|have|had|"
    r"also|since)\s+)*(?:died|succumbed|were\s+killed|did\s+not\s+survive)\b)",
    re.IGNORECASE,
)


# "shot two soldiers ... The two later died", "Both officers were injured": the fate of all those hit, told in
# a later sentence by a pointer back ("both", "all", "the two") rather than a figure.
_FATE_OF_ALL = compile_scan(
    r"\b(?:both|all|the\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))"
    r"(?:\s+of\s+them|\s+[a-z]+)?\s+(?:(?:later|subsequently|also)\s+)?"
    r"(?:(?P<d>died|succumbed|were\s+(?:killed|(?:pronounced|declared)\s+(?:dead|deceased)))|"
    r"(?P<i>were\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)|survived))\b"
)
_FATE_WINDOW = 300


# The attackers as the subject of the sentence that tells a share died ("Both attackers, from Hebron, were shot").
_ATTACKERS_SUBJECT = compile_scan(r"\b(?:both|the|two|three)\s+(?:attackers|assailants|gunmen|bombers|perpetrators)\b")


def _fate_count(fm: re.Match[str], told: int) -> int | None:
    """How many a pointer back counts: "the two" two, "both" two, "all" as many as were told."""
    word = fm.group(0).split(None, 1)[0]
    return word_value(fm.group("n")) if fm.group("n") else (2 if word == "both" else told)


def _fate_of_all(text: str, low: str, hit: Mention, out: Casualties) -> None:
    """Those hit ("an assailant stabbed two police officers") are killed or injured as a later sentence says
    of all of them ("Both officers were injured"); a pointer that names another number says nothing."""
    fm = _FATE_OF_ALL.search(low, hit.end, hit.end + _FATE_WINDOW)
    if fm is None:
        return
    if _fate_count(fm, hit.value) != hit.value:
        return
    kind = "killed" if fm.group("d") else "injured"
    _set_exact(out, kind, hit.value, text, fm.start(), fm.end())
    out.evidence.append(_ev(kind, text, hit))


def _fatally(text: str, hit: Mention, out: Casualties) -> None:
    """ "Nine people were shot, two fatally": two killed and seven wounded, not nine of either. The share may
    also close the clause ("Four people were shot at a party in Shreveport late Saturday, one fatally")."""
    window = text[hit.end : hit.end + 40]
    late = None
    if "fatally" in text[hit.end : hit.end + 160]:
        clause = _CLAUSE_END.split(text[hit.end : hit.end + 160], 1)[0]
        late = _FATALLY_LATE.search(clause)
    for q in find_quantities(window):
        if not _FATALLY_GAP.fullmatch(window[: q.start]) or not _FATALLY_AFTER.match(window, q.end):
            continue
        if q.value >= hit.value:
            return
        s, e = hit.end + q.start, hit.end + q.end
        out.killed = out.killed_low = out.killed_high = q.value
        out.evidence.append(Evidence(field="killed", start=s, end=e, text=text[s:e]))
        if out.injured is None:
            out.injured = out.injured_low = out.injured_high = hit.value - q.value
            out.evidence.append(_ev("injured", text, hit))
        return
    n = word_value(late.group("n")) if late is not None else None
    if late is not None and n and n < hit.value:
        s, e = hit.end + late.start("n"), hit.end + late.end()
        out.killed = out.killed_low = out.killed_high = n
        out.evidence.append(Evidence(field="killed", start=s, end=e, text=text[s:e]))
        if out.injured is None:
            out.injured = out.injured_low = out.injured_high = hit.value - n
            out.evidence.append(_ev("injured", text, hit))


def _subtract_moved(
    text: str, low: str, spans: list[tuple[int, int]], injured: Mention, killed: Mention | None, out: Casualties
) -> None:
    """ "13 were wounded ... Two of the wounded died": 11 remain injured (the two are in the updated toll).

    A summary that gives the share in the very sentence of its figures ("killing 16 and wounding 7; three of the
    wounded later died") has no later toll to hold them: they are added to the dead. A later sentence's share
    may already be in a lede written after they died, so it moves them out of the injured only."""
    if "of the wounded" not in low and "of the injured" not in low and "of those" not in low:
        return
    # Only the few words before each "of the wounded" can hold the figure: read those, not the whole text.
    quantities = []
    for om in _MOVED_AT.finditer(low, injured.end):
        a = max(injured.end, om.start() - 40)
        quantities += [
            Quantity(q.value, q.low, q.high, q.start + a, q.end + a, q.text, q.vague)
            for q in find_quantities(text[a : om.start()])
            if q.end + a == om.start()
        ]
    for q in quantities:
        if q.start > injured.end and _MOVED_AFTER.match(low, q.end) and out.injured and q.value < out.injured:
            out.injured -= q.value
            out.injured_low = None if out.injured_low is None else max(0, out.injured_low - q.value)
            out.injured_high = None if out.injured_high is None else max(0, out.injured_high - q.value)
            out.evidence.append(Evidence(field="injured", start=q.start, end=q.end, text=q.text))
            if (
                killed is not None
                and not killed.update
                and out.killed is not None
                and killed.end <= q.start
                and _sentence_of(spans, q.start) == killed.sent == _sentence_of(spans, killed.end - 1)
            ):
                out.killed += q.value
                out.killed_low = None if out.killed_low is None else out.killed_low + q.value
                out.killed_high = None if out.killed_high is None else out.killed_high + q.value
                out.evidence.append(Evidence(field="killed", start=q.start, end=q.end, text=q.text))


# "seven wounded, two of whom later died", "Five were wounded ... One of them later died in hospital": a share of
# the wounded that moved to the dead.
_WHOM_DIED = compile_scan(
    # "One of the guards later died of his injuries" (not "one of the attackers": none of those hurt)
    # "shot two managers and a union steward, all of whom died": every one of them
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|all)\s+of\s+(?:whom|them|the\s+"
    # ("two of the wounded died" is _subtract_moved's)
    r"(?!attackers|assailants|gunmen|militants|bombers|suspects|wounded|injured|hurt|dead)[a-z-]+)\s+"
    r"(?:(?:later|subsequently|have|had|since|also|then)\s+)*(?:died|succumbed)\b"
    # (not "Six of the victims died at the scene": some of the dead, told where they died)
    r"(?!\s+(?:at\s+the\s+scene|on\s+the\s+spot|instantly|immediately|on\s+site))"
)


def _wounded_who_died(
    text: str, low: str, spans: list[tuple[int, int]], injured: Mention, killed: Mention | None, out: Casualties
) -> None:
    """ "Three were killed and seven wounded, two of whom later died": five dead and five wounded. The share may
    come later in the sentence or in the next one, as long as no other figure stands between to be its whole.
    A figure of the dead read from the share itself, or a toll stated after it, already holds them."""
    si = _sentence_of(spans, injured.end - 1)
    stop = spans[min(si + 1, len(spans) - 1)][1] if spans else len(text)
    wm = _WHOM_DIED.search(low, injured.end, stop)
    if wm is None or out.injured is None or find_quantities(text[injured.end : wm.start()]):
        return
    if _ATTACKERS_SUBJECT.search(low, max(injured.end, low.rfind(". ", 0, wm.start())), wm.start()):
        return  # "Both attackers ... were shot by a police officer; one of them died": the attackers' share
    n = word_value(wm.group("n"))
    if not n or n >= out.injured:
        return
    out.injured -= n
    out.injured_low = None if out.injured_low is None else out.injured_low - n
    out.injured_high = None if out.injured_high is None else out.injured_high - n
    if killed is not None and killed.start >= wm.start():
        return  # the share read as the figure of the dead itself ("One of them later died"), or a later toll
    if out.killed is None:
        out.killed = out.killed_low = out.killed_high = n
    else:
        out.killed += n
        out.killed_low = None if out.killed_low is None else out.killed_low + n
        out.killed_high = None if out.killed_high is None else out.killed_high + n
    out.evidence.append(Evidence(field="killed", start=wm.start(), end=wm.end(), text=text[wm.start() : wm.end()]))


# "One of the men ... died", "two of the victims died": a share of those hit, told as the dead
_SHARE_OF_HIT = compile_scan(r"(?:one|two|three|four|five|\d{1,2})\s+of\s+(?:the|them|those)\b")


def _hit_who_died(text: str, low: str, spans: list[tuple[int, int]], hit: Mention, out: Casualties) -> None:
    """ "shot five people at a picnic, one of whom later died": the share died and the rest of those hit are the
    injured, when the share follows the figure in its sentence with no other figure between."""
    stop = spans[_sentence_of(spans, hit.end - 1)][1] if spans else len(text)
    wm = _WHOM_DIED.search(low, hit.end, stop)
    if wm is None or find_quantities(text[hit.end : wm.start()]):
        return
    n = hit.value if wm.group("n") == "all" else word_value(wm.group("n"))
    if not n or n > hit.value or n == hit.value and wm.group("n") != "all":
        return
    if out.killed is None:
        _set_exact(out, "killed", n, text, wm.start(), wm.end())
    else:  # the attacker who killed himself, already counted
        out.killed += n
        out.killed_low = None if out.killed_low is None else out.killed_low + n
        out.killed_high = None if out.killed_high is None else out.killed_high + n
        out.evidence.append(Evidence(field="killed", start=wm.start(), end=wm.end(), text=text[wm.start() : wm.end()]))
    if n == hit.value:
        return  # "all of whom died": none of those hit lived, which says nothing of others hurt
    out.evidence = [e for e in out.evidence if e["field"] != "injured"]
    out.injured = out.injured_low = out.injured_high = hit.value - n
    out.evidence.append(_ev("injured", text, hit))


_APART_FROM_PERPS_BEFORE = compile_scan(
    r"\b(?:apart\s+from|besides|except\s+for|other\s+than)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:suicide\s+)?"
    r"(?:attackers?|assailants?|bombers?|gunm[ae]n|militants?|perpetrators?)\s*,\s*$"
)


def _denies_claim(low: str, zm: re.Match[str], out: Casualties, kind: str) -> bool:
    """Whether a zero ("none of the guards had been killed") answers the claim read for `kind`: said of everyone,
    or of the very people the claim counted ("killed three Taliban guards"). "No civilians were killed" beside a
    side's "killed 13 militants" is of other people."""
    what = (zm.group("what") or "").lower()
    if what in ("", "one", "people", "person", "casualties", "deaths", "fatalities", "injuries"):
        return True
    claim = next((e for e in out.evidence if e["field"] == kind), None)
    return claim is not None and what.rstrip("s") in low[claim["start"] : claim["end"] + 40]


# "No one was killed." in the opening, the plain words for all: read before a figure of dead told further on.
_NO_ONE_KILLED = compile_scan(
    # (not "No one else was killed": some were)
    r"\b(?:no\s+one|no-one|nobody)\s+(?:was|were|has\s+been|had\s+been)\s+(?:reported\s+)?killed\b"
    r"|\b(?:no\s+one|no-one|nobody)\s+(?:has\s+|had\s+)?died\b"
    r"|\bthere\s+were\s+no\s+(?:casualties|deaths|fatalities)\b|\bno\s+(?:casualties|deaths|fatalities)\s+were\s+reported\b"
)
_ZERO_FIRST_SENTENCES = 3  # how far into the text a "no one was killed" is the report's own
# "One of the wounded later died in hospital": one the zero counted among the living, dead since.
_DIED_SINCE = compile_scan(
    r"\b(?:(?:later|since|subsequently|afterwards)\s+(?:died|succumbed)|succumbed|of\s+the\s+(?:wounded|injured)\b"
    r"[^.;]{0,30}\bdied|(?:died|dead)\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)|"
    r"died\s+(?:later\s+)?in\s+(?:a\s+|the\s+)?hospital)\b"
)


def _zero_told_first(low: str, spans: list[tuple[int, int]], killed: Mention, out: Casualties) -> None:
    """"No one was killed" in the report's opening outweighs dead told later, which are another event's ("Six
    members of the protection force were wounded; no one was killed ... At least one protester was killed on Friday
    in clashes", "No one was killed. ... weeks of protests, in which dozens of people have been killed"), unless the
    later figure is a toll that grew ("one of the wounded later died", "the toll rose to two")."""
    zm = _NO_ONE_KILLED.search(low)
    if zm is None:
        return
    si = _sentence_of(spans, zm.start())
    if (
        si < lede_start(low, spans) + _ZERO_FIRST_SENTENCES
        and killed.sent > si
        and not killed.update
        and not killed.more
        and not killed.toll
        and not _DIED_SINCE.search(low, *spans[killed.sent])
    ):
        out.evidence = [e for e in out.evidence if e["field"] != "killed"]
        out.killed = out.killed_low = out.killed_high = None


def _zero(text: str, low: str, out: Casualties, claimed: set[str] | frozenset[str] = frozenset()) -> None:
    """An explicit "no one was hurt" is a 0, unlike silence, which stays None.

    A 0 fills a missing figure, or replaces one that is only a side's claim of its feat (`claimed`): "IS said its
    fighters had killed three guards ... the Taliban said none of the guards had been killed" is coded as the
    credible report, with the claim kept as the high bound.
    """
    open_kinds = {k for k in ("killed", "injured") if getattr(out, k) is None or k in claimed}
    if not open_kinds and not any(w in low for w in ("apart from", "besides", "except for", "other than")):
        return  # a 0 is set only where a figure is missing: with both read, the scan could change nothing
    for zm in _scan(_ZERO_RE, low):
        verb = (zm.group("verb") or "").lower()
        what = (zm.group("what") or "").lower()
        word = zm.group(0).lower()
        kinds: tuple[str, ...]
        if zm.group("verb2") or zm.group("both"):
            kinds = ("killed", "injured")
        elif (
            verb in ("killed", "died")
            or what in ("deaths", "fatalities")
            or word.endswith(("deaths", "fatalities", "life", "lives", "lost"))
            or word.startswith(("killed no", "killing no", "kills no"))
        ):
            kinds = ("killed",)
        elif verb in ("injured", "wounded") or what == "injuries" or "injuries" in word:
            kinds = ("injured",)
        elif verb == "reported" and what not in ("casualties",):
            continue
        elif word.startswith(("unharmed", "unhurt")) and any(m.group("k") for m in KEYWORD_RE.finditer(low)):
            # "shot dead near Tirin Kot ... His two colleagues were released unharmed": some came to no harm, which
            # says no one else died only when no death is told
            kinds = ("injured",)
        else:
            kinds = ("killed", "injured")
        if kinds == ("injured",) and not any(m.group("k") for m in KEYWORD_RE.finditer(low)):
            # "A bomb damaged the pipeline. No injuries were reported.": with no death told anywhere, no one died
            kinds = ("killed", "injured")
        if (
            "killed" in kinds
            and out.killed is not None
            and _APART_FROM_PERPS_BEFORE.search(low, max(0, zm.start() - 50), zm.start())
        ):
            # "Apart from the two attackers, nobody was killed": every death the text told was an attacker's
            out.evidence = [e for e in out.evidence if e["field"] != "killed"]
            _set_exact(out, "killed", 0, text, zm.start(), zm.end())
            continue
        for k in kinds:
            if k in claimed and getattr(out, k) is not None and _denies_claim(low, zm, out, k):
                claim_value = getattr(out, k)
                out.evidence = [e for e in out.evidence if e["field"] != k]
                _set_exact(out, k, 0, text, zm.start(), zm.end())
                setattr(out, k + "_high", claim_value)
                claimed = claimed - {k}
            elif getattr(out, k) is None:
                _set_exact(out, k, 0, text, zm.start(), zm.end())
    if out.killed is None and out.injured:
        # "Both were taken to UAB Hospital ... both teens are expected to recover": every one hit lives, so no
        # one died (of one victim, "He was taken to a hospital in stable condition and is expected to survive");
        # so do "The lives of the victims are not in danger", "None of the injuries are life-threatening" and, of
        # one victim, "His life is not in danger"
        for sm in (_ALL_SURVIVE.search(text), _OUT_OF_DANGER.search(text)):
            if sm is not None and (out.injured == 1 or sm.group("all")):
                _set_exact(out, "killed", 0, text, sm.start(), sm.end())
                break


# "are expected to survive", "is expected to recover", "all survived": the fate of the hurt, told for all of them
_ALL_SURVIVE = compile_scan(
    r"\b(?:(?P<all>(?:all|both)(?:\s+of\s+them|\s+(?:the\s+|five\s+|four\s+|three\s+|two\s+)?[a-z-]+)?)|"
    # ("He was taken to a hospital in stable condition and is expected to survive", "The man, a 42-year-old Salem
    # resident, survived")
    r"the\s+victims|they|he|she|the\s+(?:victim|man|woman|boy|girl))(?:,[^,.;]{1,60},|[^.;]{0,80}?\band)?"
    r"\s+(?:(?:are|is|were|was)\s+(?:all\s+)?"
    r"expected\s+to\s+(?:survive|recover)|(?:all\s+)?survived)\b",
    re.IGNORECASE,
)


# Police and wire words for hurt people who will live: "(all)" names every one of them.
_OUT_OF_DANGER = compile_scan(
    r"\b(?P<all>(?:their|the\s+victims['’]?)\s+lives\s+(?:are|were)\s+not\s+in\s+danger"
    r"|the\s+lives\s+of\s+(?:the|all)\s+(?:[\w-]+\s+)?(?:victims|injured|wounded)\s+(?:are|were)\s+not\s+in\s+danger"
    r"|none\s+of\s+(?:the|their)\s+(?:injuries|wounds|victims|injured|wounded)\s+(?:are|were|is|was)\s+"
    r"(?:(?:believed|thought|considered)\s+to\s+be\s+)?life[\s-]threatening"
    r"|neither\s+(?:of\s+them\s+)?(?:was|is)\s+in\s+(?:a\s+)?life[\s-]threatening\s+condition)"
    r"|\b(?:his|her)\s+life\s+(?:is|was)\s+not\s+in\s+danger"
    r"|\b(?:his|her)\s+(?:injuries|wounds?)\s+(?:are|were|is|was|have\s+been)\s+(?:(?:not\s+)?(?:believed|thought|"
    r"described|assessed)\s+(?:to\s+be\s+|as\s+)?)?(?:serious\s+but\s+)?not\s+(?:believed\s+to\s+be\s+)?"
    r"life[\s-]threatening",
    re.IGNORECASE,
)


def _ev(fieldname: str, text: str, m: Mention) -> Evidence:
    return Evidence(field=fieldname, start=m.start, end=m.end, text=text[m.start : m.end])
