"""Where it happened: country, admin1 and the most specific named place, with coordinates and evidence."""

from __future__ import annotations

import difflib
import itertools
import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from newsfacts.facts.gazetteer import (
    Gazetteer,
    Place,
    admin1_aliases,
    clean_admin1,
    fold,
    load,
    read_reference,
    roman_key,
    us_county_states,
)
from newsfacts.facts.scan import compile_scan
from newsfacts.facts.text import MONTHS, OTHER_EVENT, ascii_lower, dateline, in_background, sentence_at, sentence_spans
from newsfacts.facts.types import Evidence

# "St. Louis", "Ft. Worth", "Mt. Pleasant": a saint's, fort's or mount's abbreviation keeps its period in a name.
# A capital letter, with the Latin ones that carry a mark: "Örebro", "Évry", "İzmir", "Şanlıurfa", "Łódź".
_CAP = "[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ]"
_TOKEN = rf"(?:[A-Z]\.(?=\s+[A-Z])|(?:St|Ste|Ft|Mt)\.(?=\s+[A-Z])|{_CAP}(?:[\w'’-]|\.(?=\w))*)"
# "on" joins a name ("Rostov-on-Don", "Leigh on Sea"), but not to a possessive: "Englewood on Chicago's South Side";
# nor does "at" ("Abbey Gate at Kabul's airport", "the Confucius Institute at Karachi University").
_CONNECT = (
    r"(?:al|el|ad|ar|as|ash|an|az|ez|es|at(?![\s-][A-Z][\w-]*['’]s\b)"
    r"(?!\s[A-Z][\w-]*\s+(?:University|College|Hospital|Airport|School|Stadium|Station)\b)|"
    r"de|del|da|do|du|la|le|e|i|bin|ibn|"
    r"on(?![\s-][A-Z][\w-]*['’]s\b)|upon|sur|am|"
    r"an\s+der)"
)
# Starts with a bare [A-Z] (the look-behind comes after it) so the regex engine can skip ahead to capitals.
_FIRST_TOKEN = rf"{_CAP}(?<![\w'’-]{_CAP})(?:\.(?=\s+[A-Z])|(?<=[SFM])te?\.(?=\s+[A-Z])|(?:[\w'’-]|\.(?=\w))*)"
# Arabic names as wires write them, with the article in lower case at the start: "al-Mayadin", "el-Fasher".
_ARTICLE = r"(?<![\w'’-])(?:al|el|ad|ar|as|ash|an|at|az)-"
# "Jammu & Kashmir", Indian papers' "J&K": an ampersand joins the words of one name.
# (a line break ends a run: "in Peshawar\nTotal killed: 1", a row's place field, then its next field's label)
_RUN_RE = compile_scan(
    rf"(?:{_ARTICLE}{_TOKEN}|{_FIRST_TOKEN})(?:(?:(?:[^\S\n]|-)(?:{_CONNECT}(?:[^\S\n]|-))?|[^\S\n]?&[^\S\n]?){_TOKEN}){{0,5}}"
)
# The same for a text with no article joined by a hyphen ("al-", "el-"), whose branch could never match there: the
# engine then stops at capitals only, not at every "a" and "e" (see _runs).
_RUN_NO_ARTICLE_RE = compile_scan(
    rf"{_FIRST_TOKEN}(?:(?:(?:[^\S\n]|-)(?:{_CONNECT}(?:[^\S\n]|-))?|[^\S\n]?&[^\S\n]?){_TOKEN}){{0,5}}"
)
_HYPHENED_ARTICLES = frozenset("al el ad ar as an at az".split())


def _runs(text: str) -> Iterator[re.Match[str]]:
    """_RUN_RE's matches in `text`: with _RUN_NO_ARTICLE_RE, the same ones, where no hyphen follows an article."""
    i = text.find("-")
    while i >= 0:
        if text[i - 2 : i] in _HYPHENED_ARTICLES or text.startswith("ash", i - 3):
            return _RUN_RE.finditer(text)
        i = text.find("-", i + 1)
    return _RUN_NO_ARTICLE_RE.finditer(text)


_WORD_RE = compile_scan(r"[\w'’.-]+")
# A stop ends the opening's sentence before a capital, not in "the U.N. children's agency", "at 8 a.m. on" or
# "Gen. Abdel Fattah Burhan".
_FIRST_SENTENCE_END = compile_scan(
    # (nor a month's abbreviation in a dateline: "NIAMEY, Dec. 12 (Xinhua) --")
    r"(?<![.\s][A-Z])(?<!\b(?:Mr|Dr|St|Lt|Jr|Sr|No))(?<!\b(?:Gen|Col|Sgt|Mrs|Maj|Gov|Sen|Rep))(?<!\bCapt)"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)"
    r"[.!?](?:\s(?!\s*[a-z])|$)|\n\s*\n"
)
# "in Kiwanja (Rutshuru, Nord-Kivu)": a place followed by its divisions, the way ACLED and others write it.
# "(Rio de Janeiro, Rio de Janeiro)", "(Deir ez-Zor)": the lower-case joining words of a name.
_PAREN_NAME = r"[A-Z][\w'’.]*(?:[\s-](?:(?:de|da|do|dos|das|del|la|el|al|ez|es|du|des|di|wa|w)[\s-])?[A-Z][\w'’.]*)*"
# A division's kind after its name inside such a parenthesis, as OCHA writes it: "(Bankass cercle, Mopti region)".
_PAREN_KIND = (
    r"(?:\s+(?:cercle|region|province|district|department|territory|township|commune|raion|oblast|state|"
    r"county|prefecture))?"
)
# The letter before is a look-behind, so the scan stops at spaces rather than at every letter; the match (read
# only as its group) cannot start inside the one before, which ends with ")".
# One division alone counts with its kind ("near Tacharane (Gao region)"): a bare name in brackets may be a source
# ("(AP)") or a translation.
_ONE_DIVISION = (
    r"\s+(?:cercle|region|province|district|department|territory|township|commune|raion|oblast|state|county|"
    r"prefecture|governorate|LGA)"
)
_HIERARCHY_PAREN = compile_scan(
    rf"(?<=[A-Za-z])\s+(\({_PAREN_NAME}(?:{_PAREN_KIND}(?:,\s*{_PAREN_NAME}{_PAREN_KIND})+|{_ONE_DIVISION})\))"
)
# ACLED's "in Hays district (Al Hudaydah)", "Guma LGA (Benue)": a unit, then the one division that holds it.
_UNIT_PAREN = compile_scan(
    r"\b(?:district|LGA|territory|township|cercle|county|commune|department|woreda|tehsil)\s+"
    r"(\([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\))"
)
# ACLED's "in Kwande (Benue)", "near Tillia (Tahoua)": a place, then the first-level division alone in brackets
# (checked against the gazetteer: "in Washington (Reuters)" names no division).
_ADMIN1_PAREN = compile_scan(
    # (a log row's too: "20 Mar 2018 — Mataje, San Lorenzo canton (Esmeraldas): ...", a lower unit's word between)
    # (and the object of the attack: "insurgents attacked Palma (Cabo Delgado)", "the town of Palma (Cabo Delgado)")
    r"(?:\b(?:in|near|at|outside|on|of|attacked|stormed|raided|overran|struck|hit)\s+|[\u2014\u2013,:|]\s+|^)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:\s+(?:canton|district|municipality|county|department|commune|cercle|territory|township|LGA))?"
    r"\s+(\(([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})\))",
    re.MULTILINE,
)
# Syrian monitors' and OCHA's "in Kafr Nouran (western Aleppo countryside)": the governorate's rural part.
_COUNTRYSIDE = rf"(?:(?:north|south|east|west|central)[a-z-]*\s+|rural\s+)?{_PAREN_NAME}\s+countryside"
_COUNTRYSIDE_PAREN = compile_scan(rf"[A-Za-z]\s+(\({_COUNTRYSIDE}\))")
_OPEN_PAREN = compile_scan(r"\([^()]{0,30}$")
_CLOSE_PAREN = compile_scan(r"^[^()]{0,30}\)")
_DESIGNATOR = {
    "province",
    "governorate",
    "state",
    "district",
    "region",
    "county",
    "city",
    "town",
    "village",
    "camp",
    "oblast",
    "prefecture",
    "department",
    "municipality",
    "commune",
    "township",
    "division",
    "territory",
    "lga",  # Nigeria's Local Government Areas: "Guma LGA", or written out (_LGA_WORDS)
    # Israel's collective villages, their kind before their name: "Kibbutz Nahal Oz", "Moshav Netiv HaAsara"
    "kibbutz",
    "moshav",
}
_LGA_WORDS = ["local", "government", "area"]
# Kinds of division only one country has: a name before one is a place of that country or none the gazetteer lists.
_UNIT_ONLY_IN = {"upazila": "BD", "woreda": "ET", "kebele": "ET", "lga": "NG", "payam": "SS"}
# Ethiopia's regions by their formal name: "Oromia Regional State", "Amhara National Regional State".
_REGIONAL_STATE_WORDS = (["regional", "state"], ["national", "regional", "state"])
# "Zaporizhzhia Oblast Governor Ivan Fedorov", "Borno State Governor": an office of the place heads a person's name,
# so the place before it stays a place (and its name is no surname to drop elsewhere).
# ("Sindh Home Minister Zia Lanjar", "Punjab Chief Minister": a province's minister, South Asian style)
_OFFICE_WORDS = frozenset({"governor", "mayor", "prefect", "commissioner", "minister"})
_FACILITY = {
    "branch",
    "office",
    "compound",
    "hotel",
    "bazaar",
    "stadium",
    "port",
    "harbour",
    "harbor",
    "refugee",
    "barracks",
    "checkpoint",
    "district's",
    "valley",
    "border",
    "crossing",
    "corridor",
    "neighbourhood",
    "neighborhood",
    "town's",
    "city's",
    "mall",
    "park",
    "plaza",
    "church",
    "cathedral",
    "synagogue",
    "temple",
    "airport",
    "university",
    "college",
    "school",
    "hospital",
    "police",
    "mosque",
    "market",
    "base",
    "center",
    "centre",
    "station",
    "square",
    "road",
    "highway",
    "bridge",
    "prison",
    "camp",
    "area",
    "countryside",
    "high",
    "middle",
    "elementary",
    "community",
    "international",
    "central",
    "downtown",
    "army",
    "post",
    "senior",
    "junior",
    "primary",
    "secondary",
    "academy",
    "institute",
    "air",
    "force",
    "naval",
    "navy",
    "arena",
    "yard",
    "railway",
    "rail",
    "bus",
    "metro",
    "subway",
    "terminal",
    "marathon",
    # aid-worker reports: "the Bentiu PoC site" (a UN protection-of-civilians site), "Zamzam IDP camp"
    "poc",
    "idp",
    "site",
    "warehouse",
    "guesthouse",
    "clinic",
    # "the Las Vegas Strip": the town's boulevard
    "strip",
    # a town's hospitals: "Leeds General Infirmary", "Mosul Teaching Hospital"
    "infirmary",
    "general",
    "teaching",
    "maternity",
    # piracy and river attacks: "off Bonny Island", "on Idjwi island" (the island bears its town's name)
    "island",
    # venues of a town's fairs and shows: "the Denver Pavilions", "the Tulsa State Fair", "the Memphis Zoo"
    "zoo",
    "fair",
    "fairgrounds",
    "pavilions",
    # "the Kerman Martyrs' Cemetery": a town's burial ground
    "cemetery",
    # "the Kuje Medium Security Custodial Centre": a town's prison, by its grade
    "medium",
    "maximum",
    "custodial",
    "correctional",
}
_NAMED_FACILITY = {
    "school",
    "university",
    "college",
    "academy",
    "institute",
    "airport",
    "hospital",
    "church",
    "mosque",
    "temple",
    "stadium",
    "hotel",
    "mall",
    "bank",
    "center",
    "centre",
}
# "Manchester Arena", "the Washington Navy Yard", "Brussels Airport": these facilities mostly bear their own town's
# name, where schools bear a person's ("Cleveland Elementary School") and may bear another town's.
_TOWN_FACILITY = frozenset(
    "arena yard station port harbour harbor base mall airport zoo fair fairgrounds pavilions hospital infirmary".split()
)
# A town's name on one of them reads as the town only when the town is a sizable one, and not the name of a
# person that airports and arenas are often named after ("Kennedy Airport" is not Kennedy, Bogota).
_TOWN_FACILITY_POP = 100_000
_TOWN_FACILITY_MIN_POP = 10_000  # a hamlet's name on a base is more likely another place's or a person's
_HAMLET_POP = 2_000  # a namesake this small abroad does not make a sizable town's name ambiguous
_FACILITY_NAMESAKES = frozenset(
    "kennedy reagan lincoln jefferson roosevelt truman eisenhower king ataturk gandhi jinnah bush carter obama "
    "clinton mandela nehru bhutto karzai".split()
)
# The best-known airports named after people, with the country and town they serve: the news often names the
# airport alone ("a shooting at Kennedy Airport").
_NAMED_AIRPORTS = {
    "kennedy": ("US", "New York City"),
    "ataturk": ("TR", "Istanbul"),
    "jinnah": ("PK", "Karachi"),
    "karzai": ("AF", "Kabul"),
    "gandhi": ("IN", "New Delhi"),
}
_FACILITY_WORDS = frozenset(_NAMED_FACILITY) | _TOWN_FACILITY
_FACILITY_OF_WHOM = frozenset({"women", "children", "womens", "childrens"})  # "Liverpool Women's Hospital"
# "the Boise Towne Square mall", "the Milwaukee Public Market": a brand, then what the venue is.
# "the Gilroy Garlic Festival", "the Virginia Beach Municipal Center"
_BRANDED_WORDS = _TOWN_FACILITY | {"hotel", "square", "market", "festival", "center", "centre", "cemetery"}
# The facility's word in lower case after the name: "Bagram air base", "the Dallas airport", "Kampala bus park".
_FACILITY_AFTER = compile_scan(
    r"\s+(?:(?:international|air|naval|army|military|railway|rail|train|bus|metro|subway|ferry|shopping|sea|"
    # "Liverpool Women's Hospital", "Mosul General Hospital"
    r"women['’]s|children['’]s|general|teaching|maternity)\s+)?"
    r"(arena|yard|station|port|harbou?r|base|mall|airport|school|university|college|academy|hospital|hotel)\b"
)
_FACILITY_AFTER_FIRST = frozenset(
    "international air naval army military railway rail train bus metro subway ferry shopping sea women children "
    "general teaching maternity arena yard station "
    "port harbour harbor base mall airport school university college academy hospital hotel".split()
)
# "Westfield Mall in Sydney", "Zaventem airport in Brussels": the facility's place is the one named next.
_PLACED_AFTER = compile_scan(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
# "who had served in Fort Worth, Texas", "a former resident of Phoenix", "grew up in Dallas": a place of the
# attacker's or a victim's past, not where it happened.
_BIOGRAPHY_BEFORE = compile_scan(
    r"(?<![\w-])(?:(?:grew\s+up|born|raised|studied)\s+(?:in|at)|served\s+(?:\w+\s+){0,2}?in|"
    # "a man who had fought in Syria", "convicted of trying to join the group in Syria", "returned from Iraq": the
    # attacker's past abroad, which a report of an attack in Europe tells in its first sentence
    r"(?:had|who|having|previously)\s+fought\s+(?:\w+\s+){0,3}?in|join(?:ed|ing)?\s+(?:[\w-]+\s+){1,4}?in|"
    r"returned\s+from|"
    # "an Army Reserve veteran of the war in Afghanistan": a war he served in
    r"veteran\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:war|wars|campaign|conflict|deployments?|tours?)\s+(?:in|to)|"
    # ("was born in the southern city of Osh": the kind of place, before its name)
    r"former\s+residents?\s+of|formerly\s+of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:(?:city|town|village|province|"
    r"region)\s+of\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*)?$"
)
# "the suspect, identified as John Doe, 34, of Akron", "52-year-old Ronald Pike of Carpentersville": where a
# person lives, as US police reports give it, not where the act took place.
# "James Fields Jr., of Maumee, Ohio, was also charged", "Alek Minassian, of Richmond Hill, Ont.,": a full name
# and a comma before "of" give the home town too.
_RESIDENCE_BEFORE = compile_scan(
    r"(?:\b\d{1,3},|\b\d{1,3}-year-old(?:\s+[A-Z][\w.'’-]*){1,4},?|"
    r"(?<![\w.'’-])[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},)\s+of\s+(?:nearby\s+)?$"
)
# "the suspect, X, of Conklin, a town near Binghamton about 200 miles to the southeast": the home town told by
# a bigger one near it.
_HOME_TOLD_BY_BEFORE = compile_scan(
    r"\bof\s+(?P<home>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+an?\s+(?:[a-z]+\s+)?(?:town|village|city|suburb|"
    r"community|hamlet)\s+(?:near|outside|(?:north|south|east|west)\s+of)\s+$"
)
# A city's own quarters named after it in Dutch, German and French: "Amsterdam Nieuw-West", "Amsterdam Zuidoost",
# "Berlin Mitte", "Marseille Nord" (the city, not a person called Amsterdam).
_QUARTER_AFTER_TOWN = frozenset(
    "nieuw noord zuid oost zuidoost noordoost zuidwest noordwest centrum mitte nord sud sued ost ouest".split()
)
# Faiths and sects that name who lives in a village or quarter, not the place: "the Christian village of Qaa",
# "the Alawite district of Jabal Mohsen".
_FAITH_NAMES = frozenset(
    "christian muslim shiite shia sunni druze alawite jewish hindu buddhist sikh catholic orthodox maronite yazidi "
    "ismaili ahmadi coptic".split()
)
# Words that name a part of the division or country before them: "the KwaZulu-Natal Midlands".
_REGION_PART_WORDS = frozenset("midlands highlands lowlands uplands hinterland interior highveld lowveld".split())
_DIRECTION = {
    "northern",
    "southern",
    "eastern",
    "western",
    "north",
    "south",
    "east",
    "west",
    "central",
    "northwest",
    "northeast",
    "southwest",
    "southeast",
    "greater",
    "the",
    "in",
    "at",
    "on",
    "near",
    "from",
    "of",
}
# The object of a raid is where it happened ("bandits attacked Tsafe town", "gunmen invaded Bokkos") as surely
# as the object of "in"...
_RAID_VERBS = "attacked|invaded|raided|stormed|overran|surrounded|besieged"
# "some 20 km", "roughly 70 km (45 miles)": how near a distance is told
_ABOUT = r"(?:about|some|around|roughly|nearly|approximately|just)"
_STRONG_PREP = frozenset(
    "in near outside at into inside across around toward towards between of off town city village province "
    # ("the Baisaran meadow above Pahalgam": a spot on the slopes over the town)
    "district region governorate county area suburb outskirts above".split()
) | frozenset(_RAID_VERBS.split("|"))
# "Two suicide bombers struck central Kampala": a city the blows fell on (a village of the name may lie anywhere)
_BLOW_WORDS = frozenset(("struck", "shelled", "bombed"))
_BLOWS_BEFORE = compile_scan(r"\b(?:struck|shelled|bombed)\s+(?:[a-z]+\s+)?$")
# ...though not a namesake outside the division the text names ("attacked Ukpo community in ... Kogi State").
_RAID_BEFORE = compile_scan(rf"\b(?:{_RAID_VERBS})\s+(?:the\s+)?$")
_COMPASS = frozenset(
    "northern southern eastern western central northwestern northeastern southwestern southeastern "
    "north-western north-eastern south-western south-eastern northwest northeast southwest southeast".split()
)
_ADMIN1_WORDS = frozenset("province governorate state region oblast prefecture".split())
_TOWN_WORDS = frozenset("city town village district".split())
_ATTACK_ON = frozenset(
    "attack attacks strike strikes airstrike airstrikes raid raids assault assaults bombardment shelling bombing "
    "bombings offensive".split()
)
# "40 km from", "30 kilometres away from": the units of a distance told from a town.
_DISTANCE = frozenset("km kms kilometres kilometers kilometre kilometer miles mile".split())
_PLACE_NOUN = frozenset(
    "town city village area district province state region county governorate oblast prefecture".split()
)


_SITE_COMMA_WORDS = frozenset(
    "school college university academy hospital prison centre center "
    # "the hotel complex at 14 Riverside Drive, Nairobi,": the town of a street address
    "street road drive avenue boulevard lane highway".split()
)


def _strong_context(words: list[str]) -> bool:
    """ "in X", "near the X", "the town of X": the words before a name that make it a place of the event."""
    if not words:
        return False
    if words[-1] in _COMPASS or words[-1] in ("downtown", "rural", "suburban", "outer", "greater"):
        words = words[:-1]  # "in northern Burkina Faso", "in downtown Tunis"
    elif words[-1] in ("north", "south", "east", "west") and words[-2:-1] in (["in"], ["near"], ["across"]):
        words = words[:-1]  # "in east Toledo", "across north London": a side of the town, after its preposition
    if words and words[-1] in ("kibbutz", "moshav"):
        words = words[:-1]  # "in Kibbutz Nahal Oz": the kind of Israeli village, before its name
    if words and words[-1] in ("the", "a", "an"):
        words = words[:-1]  # "in the X", "in a Seattle hospital"
    if not words:
        return False
    if words[-1] in _STRONG_PREP:
        return True
    if len(words) >= 2 and words[-1] == "on" and words[-2] in _ATTACK_ON:
        return True  # "a missile strike on Kharkiv", "an overnight raid on Kurfi": where the attack fell
    if words[-1] == "from" and any(w in _DISTANCE or w[:1].isdigit() and w.endswith("km") for w in words[-3:-1]):
        return True  # "a camp 40 kilometres from Menaka": a distance measured from the town, not an origin
    if words[-1].endswith(",") and words[-1][:-1] in _SITE_COMMA_WORDS:
        return True  # "the Federal Government College, Buni Yadi,": the town a named site (or address) stands in
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _PLACE_NOUN




_INSTITUTION_AFTER = compile_scan(
    r"^\s+(?:army|forces|troops|police|government|military|soldiers|warplanes|jets|aircraft|authorities|"
    r"officials?|security|regime|navy|air\s+force|prime|president|minister|ministry|interior|capital|border|"
    r"side|state|city|town|village|province|coast|intelligence|special|defen[cs]e|drones?|artillery|govt|"
    r"red\s+crescent|red\s+cross|national\s+(?:army|police|guard))\b",
    re.IGNORECASE,
)
# "the Malian town of Gao", "the Syrian border city of Azaz": the country of the place named next, as sure as "the
# Kenyan capital" (a bureau abroad files it: "DAKAR (Reuters) - ... in the Malian town of Gao").
_PLACE_OF_AFTER = compile_scan(
    r"^\s+(?:(?:border|port|coastal|frontier|desert|mountain|garrison|market|oasis|river|northern|southern|"
    r"eastern|western|central)\s+)?(?:town|city|village|hamlet|port|province|region|district|enclave|camp)\s+of\s+[A-Z]"
)
# "Nigerien civilians", "Afghan villagers": people of the place where it happened (foreign staff are "workers").
_LOCALS_AFTER = compile_scan(
    r"^\s+(?:civilians?|villagers?|residents?|farmers?|herders?|policemen|police\s+officers?|worshippers?|"
    r"schoolchildren|children|passers-?by|shoppers|commuters|pilgrims)\b",
    re.IGNORECASE,
)
# "travelling from Gode to Degeh Bur": a route; both ends are where it happened, neither is an origin.
_NEXT_WORD = compile_scan(r"\s+(\w+)")
# A capitalised word of four letters or more joined by a hyphen before the name: "Cytron-Walker", "Smith-Jones" (not
# "Al-Arish", nor "Dallas-Fort Worth", whose first half is a place found before it)
_SURNAME_PART_BEFORE = compile_scan(r"\b[A-Z][a-z]{3,}-$")
# "the General Santander police academy", "Colonel Gaddafi": a rank before a name makes it a man's (or what is
# named after him), not the place that bears it.
_RANK_BEFORE = compile_scan(
    r"\b(?:General|Gen\.|Colonel|Col\.|Admiral|Adm\.|Marshal|Field\s+Marshal|Brigadier|Lieutenant)\s+$"
)
# A second-level division named after the place: "Fresno County", "Guma LGA", "Kauru Local Government Area".
# "Prince George's County", "St. Mary's Parish": a county may bear a person's name in the possessive.
_SUBDIVISION_AFTER = compile_scan(
    r"(?:['’]s)?\s+(?:county|parish|lga|local\s+government(?:\s+area)?)\b", re.IGNORECASE
)
# A country's name right before one of these names an owner, not a place: "the US embassy", "Pakistan Army".
_OWNER_NOUNS = frozenset(
    "embassy embassies consulate ambassador envoy diplomat diplomats citizen citizens national nationals troops "
    "forces military army navy soldiers officials government warplanes jets drones contractor contractors war wars "
    "veteran veterans "
    # "three members of the UAE armed forces", "the Pakistan Air Force", "Indian Coast Guard"
    "armed air naval coast "
    # "wounded 11 US service members", "two French peacekeepers": a country's people abroad, not where it happened
    "service servicemen servicemembers personnel marines peacekeepers airmen airman sailors "
    # "seven members of Iran's Revolutionary Guards", "Iran's Supreme Leader": the state's own bodies and leaders
    "revolutionary supreme leader president foreign defence defense intelligence "
    # "condemnation of Israel's offensive in the southern Gaza city": whose campaign, fought in another land
    "offensive offensives bombardment invasion "
    # "the motorcade of Pakistan's High Commissioner passed through Colombo": its envoys and ministers abroad
    "high commissioner consul prime minister interior "
    # "Drones launched by Ukraine's SBU security service struck a plant in Seltso": its services that strike abroad
    "security special sbu hur general staff".split()
)
_COMMA_CAPITAL = compile_scan(r"\s*,\s*[A-Z]")  # "Antioch, Tennessee": a place and its division
_PLACING_PREP = compile_scan(r"\b(?:in|at|near|inside)\s+(?:an?\s+|the\s+)?$")
_ROUTE_AFTER = compile_scan(r"\s+(?:to|and|with)\s+[A-Z]")  # .match() at the name's end
# ("the highway linking Iguala with Teloloapan", "the road connecting Gao and Ansongo")
_ROUTE_BEFORE = compile_scan(
    r"\b(?:from|between|(?:linking|connecting|joining)(?:\s+the\s+(?:towns?|cities)\s+of)?)\s+[A-Z][\w'’ -]{1,30}\s+"
    r"(?:to|and|with)\s+(?:the\s+)?$"
)
_LINKED_TO_HERE_BEFORE = compile_scan(
    r"\b(?:links?|linking|connects?|connecting|joins?|joining)\s+this\s+(?:[a-z-]+\s+)?(?:city|town|village|port)\s+"
    r"(?:to|and|with)\s+$"
)
# "a Boeing 777 flying from Amsterdam to Kuala Lumpur": a flight's or a sailing's ends, neither where it came to harm
# (a road trip "travelling from Gode to Degeh Bur" stays a route where it happened)
_VOYAGE_BEFORE = compile_scan(
    r"\b(?:flying|sailing|flights?)\s+from\s+(?:[^,.;()]{1,40}?\s+to\s+(?:the\s+)?)?$"
)
_NATIONALITY_BEFORE = compile_scan(
    r"\b(?:workers?|staff|staffers?|nationals?|citizens?|tourists?|volunteers?|engineers?|journalists?|"
    # "Seven peacekeepers from Tanzania were killed ... at Khor Abeche, South Darfur"
    r"experts?|delegates?|migrants?|refugees?|immigrants?|native|man|woman|men|women|peacekeepers|troops|"
    r"pilgrims|students|visitors?)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "among them citizens of Kenya, Tanzania, the United Kingdom and the United States": where the dead came from, each
# country of the list.
_CITIZENS_OF_BEFORE = compile_scan(
    r"\b(?:citizens?|nationals?|natives?|passport\s+holders)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?))*$"
)
# "More than 200 Bosnian citizens are believed to have travelled to fight in Syria and Iraq": where fighters went
# from home, not where the story's attack was.
_TO_FIGHT_ABROAD_BEFORE = compile_scan(
    r"\b(?:travell?ed|went|gone|going|left|headed)\s+(?:abroad\s+)?to\s+fight\s+(?:in|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+and\s+(?:the\s+)?)?$"
)
# Sites a person is taken from, or a convoy leaves, that are where an incident happened: "a worker abducted from
# the Dadaab refugee camp", "two staff taken from the Bentiu compound" (not "aid workers from France").
_SITE_AFTER = frozenset(
    "camp camps compound office offices hospital clinic base refugee idp poc site guesthouse warehouse".split()
)
# "abducted on the Gao-Ansongo road ... He was released in Menaka": where captives were freed, not where it happened.
_RELEASED_BEFORE = compile_scan(
    r"\b(?:released|freed|set\s+free|handed\s+over|rescued|found\s+alive|reappeared)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "He fled and was arrested the next morning during a traffic stop in Shelby": where the attacker was caught after
# fleeing, told by the flight or by a later time (not "arrested at the scene", nor "a gunman who killed three in").
_ARRESTED_AWAY_BEFORE = compile_scan(
    r"\b(?:fled|escaped|later|next\s+(?:morning|day)|days?\s+later|hours\s+later|manhunt)\b[^.;]{0,40}?"
    r"\b(?:arrested|caught|captured|apprehended)\b(?:(?!\b(?:kill|shot|shoot|attack|stab|bomb))[^.;]){0,50}?"
    # "in Shelby, North Carolina": the town's state or country as well
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+){0,2},\s+)?$"
    # "was arrested Thursday morning at a traffic stop in Shelby, North Carolina": caught on the road, away
    r"|\b(?:arrested|caught|captured|apprehended)\b[^.;]{0,40}?\bat\s+a\s+(?:traffic|police)\s+(?:stop|checkpoint)\s+"
    r"(?:in|near|outside)\s+(?:[\w'’-]+(?:\s+[\w'’-]+){0,2},\s+)?$",
    re.IGNORECASE,
)
# The last word before the name in that cue and in _TAKEN_INTO_BEFORE: most names have another, and are spared
# the searches.
_TAKEN_LAST = frozenset("in at near outside into the of neighbouring neighboring".split())
# "the Dadaab refugee camp", "Bentiu PoC": the words after a name that make it a camp's, and so a place's.
_CAMP_AFTER = frozenset({"camp", "camps", "refugee", "idp", "poc", "displacement", "displaced"})
_INTENT_BEFORE = compile_scan(
    r"\b(?:intent|intend(?:ed|s)?|plann?(?:ed|ing|s)?|wanted|threaten(?:ed|ing|s)?|vow(?:ed|s)?)\s+to\b[^.;]*$",
    re.IGNORECASE,
)
# "were seriously injured and airlifted to Nairobi", "evacuated to hospitals in Niamey": where the wounded were
# taken, often the capital the wire files from, far from the attack.
# Nigerian and Sahel wires write "taken to hospital in Maiduguri", "rushed to a hospital in Kano": with a hospital
# named, a plainer verb says the same (without one, "taken to" may be a captive's camp, left to _TAKEN_INTO_BEFORE).
_DESTINATION_BEFORE = compile_scan(
    r"\b(?:(?:airlifted|air-lifted|evacuated|flown|medevaced|transferred)\s+(?:(?:by\s+)?(?:air|helicopter)\s+)?"
    # ("airlifted to the Combined Military Hospital in Peshawar": a hospital's name of a few words)
    r"to\s+(?:(?:a|the)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:hospitals?|clinics?)\s+in\s+(?:the\s+)?)?"
    # ("taken to health centres in Sebba and Dori")
    r"|(?:taken|rushed|brought|admitted|ferried|carried)\s+to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:hospitals?|clinics?|morgue|mortuary|health\s+(?:centres?|centers?|facilities|posts?))\s+in\s+(?:the\s+)?"
    # "two more children succumbed to their wounds at a hospital in Bannu", "died later in a hospital in Kano":
    # where the wounded died or were treated, after the attack
    r"|(?:died|succumbed(?:\s+to\s+(?:their|his|her)\s+(?:wounds|injuries))?|(?:being\s+)?treated)\s+(?:later\s+)?"
    r"(?:at|in)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:hospitals?|clinics?)\s+in\s+(?:the\s+)?"
    # "the gunmen fled towards Birnin Gwari": where the attackers went after it
    r"|(?:fled|escaped|retreated|withdrew)\s+(?:back\s+)?(?:to|towards?|into)\s+(?:the\s+)?"
    # "waiting to board a train to Lviv", "a flight bound for Moscow": where people were going
    r"|(?:trains?|bus(?:es)?|flights?|planes?|boats?|ferry|ferries)\s+(?:bound\s+)?(?:to|for)\s+|bound\s+for\s+"
    # "a Boeing 777 flying from Amsterdam to Kuala Lumpur": the route's end, not where it came down
    r"|(?:flying|sailing)\s+from\s+[^,.;()]{1,40}?\s+to\s+"
    # "an attack on a supply convoy at Gaskinde ... while heading for Djibo": where the convoy was going
    # (not "then headed to Santa Monica College, where he was killed": where an attacker went on to the scene)
    r"|(?:heading|headed)\s+for\s+|en\s+route\s+(?:for|to|towards?)\s+"
    # "MSF has relocated teams to Macomia": where an agency moved its people after it
    r"|(?:relocated|redeployed)\s+(?:(?:its|their|our|the|some|all)\s+)?(?:[\w-]+\s+)?(?:teams?|staff|personnel|"
    r"workers|operations|activities)\s+to\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# "About 3,000 people have since arrived in Kaya", "sought refuge in Djibo": where the displaced went.
_REFUGE_BEFORE = compile_scan(
    r"\b(?:ha(?:ve|s|d)\s+(?:since\s+|now\s+|already\s+)?arrived|(?:sought|seeking|taken|took|taking)\s+refuge)"
    r"\s+in\s+$"
)
_FAR_DESTINATION = (
    "airlift", "air-lift", "evacuat", "flown", "medevac", "transferr",
    "train", "bus", "flight", "plane", "boat", "ferr", "bound", "flying", "sailing", "heading", "headed", "en route",
)
_NEAR_DESTINATION_WEIGHT = 0.75
_DESTINATION_STEMS = (
    "lifted", "evacuated", "flown", "medevaced", "transferred", "hospital", "clinic", "morgue", "mortuary", "fled",
    "escaped", "retreated", "withdrew", "train", "bus", "flight", "plane", "boat", "ferr", "bound", "relocated",
    "redeployed", "flying", "sailing", "heading", "headed", "en route",
)
# "abducted in Mandera and taken across the border into Somalia": where captives were taken, not where it happened.
_TAKEN_INTO_BEFORE = compile_scan(
    # (a verb of going takes its captives as an object: not the attackers' own way in, "gunmen drove into Mpeketoni")
    r"\b(?:(?:took|taken|taking|carried|transported|smuggled|whisked|spirited)\s+(?:[\w'-]+\s+){0,3}?|"
    r"(?:drove|driven|moved|marched)\s+(?:[\w'-]+\s+){1,3}?)"
    r"(?:across\s+the\s+border\s+)?into\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)
# "some 400,000 were displaced, about a quarter of whom crossed into Uzbekistan", "thousands fled into Chad": where
# the displaced went (not "militants crossed into Kenya and attacked", the attackers' own way in)
_FLED_INTO_BEFORE = compile_scan(
    r"\b(?:(?:displaced|refugees|residents|civilians|families|villagers|people|whom)\b[^.;]{0,60}?\b(?:fled|escaped|"
    r"crossed)|fled|fleeing)\s+(?:across\s+the\s+border\s+)?into\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)
_NUMBERED_VENUE_AFTER = compile_scan(
    r"\s+\d{1,3}\s+(?:cinemas?|movie\s+theat(?:er|re)s?|theat(?:er|re)s?|multiplex|cineplex|screens)\b", re.IGNORECASE
)
_FLYING_OVER_BEFORE = compile_scan(
    r"\b(?:flying|flew|operating|patrolling|positioned)\s+over\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+)?$"
)
# ("an agent fired through the border fence from Nogales, Arizona": the fire's way between)
_FIRED_FROM_BEFORE = compile_scan(
    r"\b(?:fired|launched|lobbed)\s+(?:(?:across|through|over)\s+the\s+(?:[a-z]+\s+)?[a-z]+\s+)?from\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?$"
)
# "his home state of Illinois", "her hometown of Dayton": where a person is from, not where it happened.
# "The NGO is headquartered in Bangui", "its regional office in Maiduguri suspended movements": the seat of the
# organisation an aid-worker record names, not where its staff were hit (though mostly in the same country).
# Not when an attack is aimed at the office ("gunmen stormed its regional office in Maiduguri": _ORG_SEAT_ATTACKED).
_ORG_SEAT_BEFORE = compile_scan(
    r"\b(?:headquartered|head\s+office|headquarters|hq|(?:regional|country|area|field|main|sub-?)\s*office)"
    r"\s+(?:(?:is|are|was|were)\s+)?(?:(?:located|situated)\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The words _ORG_SEAT_BEFORE ends on, one of which stands among the last five before the name.
_SEAT_WORDS = frozenset({"office", "headquarters", "hq", "headquartered"})
_ORG_SEAT_ATTACKED = compile_scan(
    r"\b(?:attack(?:ed|s)?|stormed|raided|looted|bombed|shelled|struck|hit|targeted|targeting|against|on|at|into|"
    # "drove a truck through the gates of the police headquarters in Nazran"
    r"inside|outside|near|through|(?:gates?|entrance|walls?|compound)\s+(?:of|to)|"
    # "attacked the French embassy and, with a car bomb, the army general staff headquarters in Ouagadougou"
    r"with\s+an?\s+(?:[\w-]+\s+)?(?:bomb|explosives|rockets?|missiles?|drones?|grenades?),)\s+"
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:head\s+office|headquarters|hq|\w*\s*office)\s+\w+\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ...nor when the office is the subject the attack befell: "Hamas headquarters in Gaza City was struck by jets".
_ORG_SEAT_HIT_AFTER = compile_scan(
    r"(?:\s+[A-Z][\w'’-]*)*\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:struck|hit|attacked|bombed|"
    r"shelled|targeted|stormed|raided|looted|burned|torched|damaged|destroyed)\b"
)
# "the Johar Town area of the city": a quarter named "X Town" (not "Townsville", "Township")
_TOWN_WORD_AFTER = compile_scan(r" Town(?![\w'’-])")
# "the Hotel Farah", "the Cafe Lyon": the venue's kind before its name
_VENUE_WORDS_BEFORE = ("Hotel ", "Restaurant ", "Cafe ", "Café ", "Cinema ", "Bar ")
# "from the Democratic Republic of the Congo": the words before a country's long name that make it an origin
_FROM_BEFORE = compile_scan(r"\bfrom\s+(?:the\s+)?$")
# "rebels crossed from", "infiltrated from neighbouring": the attackers' way in, from where they came
_CROSSED_FROM_BEFORE = compile_scan(
    r"\b(?:crossed|crossing|came|coming|infiltrated|infiltrating|slipped|sneaked)\s+"
    r"(?:over\s+|the\s+(?:border|bridge|river|lake|frontier)\s+)?from\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    # ("crossed the bridge from the Nigerian town of Gamboru into Fotokol")
    r"(?:[\w'’-]+\s+(?:border\s+)?(?:town|village|city)\s+of\s+)?$",
    re.IGNORECASE,
)
# "from the Nigerian town of Gamboru": where they came from, told by the kind of place
_FROM_TOWN_OF_BEFORE = compile_scan(r"\bfrom\s+the\s+(?:[A-Z][\w'’-]+\s+)?(?:border\s+)?(?:town|village|city)\s+of\s+$")
# A distance of a hundred kilometres or miles and more, then its direction: "about 960 kilometers east of", "some
# 400 miles from".
_FAR_KM = 100
_FAR_DISTANCE_BEFORE = compile_scan(
    r"\b(?P<n>\d[\d,]*)\s*(?:km|kms|kilometres|kilometers|miles)\s+(?:\([^()]{1,30}\)\s+)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from)\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:city|town|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_DISTANCE_AWAY_BEFORE = compile_scan(r"\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s|miles)\s+away\s+in\s+$", re.IGNORECASE)
_HOME_BEFORE = compile_scan(
    r"\b(?:home\s+(?:state|country|town|city|province|region)|hometown|native)\s+(?:of\s+)?$"
    # "drove some 200 miles from his home in Conklin, New York, to a supermarket in Buffalo": where he set out from
    r"|\bfrom\s+(?:his|her|their)\s+(?:[a-z]+\s+)?home\s+in\s+$",
    re.IGNORECASE,
)
# A news outlet named after a place: "the Jerusalem Post", "the Tehran Times", "the Fars news agency".
_OUTLET_WORDS = frozenset("Post Times Tribune Herald Gazette Chronicle Observer Telegraph News news".split())
# "a barrage of Grad rockets", "Smerch launchers": a weapon system's name, not Slovenia's Grad.
_WEAPON_SYSTEM_AFTER = compile_scan(r"\s+(?:rockets|launchers|MLRS|rocket\s+(?:launchers?|systems?|salvos?))\b")
_OUTLET_AFTER = compile_scan(
    r"\s+(?:Post|Times|Tribune|Herald|Gazette|Chronicle|Observer|Telegraph|News|news\s+agency)\b"
)
# A group's home: "an Islamic State cell based in Adiyaman", "the group, headquartered in the city of Raqqa", "the
# 718th Engineer Company based at Fort Moore".
_BASE_BEFORE = compile_scan(
    r"\b(?:based|headquartered)\s+(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:(?:city|town|province|region)\s+of\s+)?$"
)
# Where a court sat: "Former police chief Erwin Sperisen was later convicted in Switzerland over the killings".
_COURT_IN_BEFORE = compile_scan(
    r"\b(?:convicted|tried|sentenced|acquitted|jailed|imprisoned|extradited|prosecuted)\s+(?:[a-z]+\s+){0,2}?in\s+"
    r"(?:the\s+)?$"
)
# A record's field of who struck: "Operator: US" (a strike database's), "Perpetrator: Russia".
_WHO_FIELD_BEFORE = compile_scan(r"\b(?:Operator|Perpetrators?|Attackers?)\s*:\s*$")
# Where the accused was caught: "Lukic was arrested in Argentina in 2005 and extradited to The Hague". Only a
# country's name: a town's arrest ("a man was arrested in Leeds") is often where it happened.
_ARREST_IN_BEFORE = compile_scan(r"\b(?:arrested|captured|detained|caught|tracked\s+down)\s+(?:[a-z]+\s+){0,2}?in\s+$")
# A church's see and its prelates, named for the town: "the Catholic Diocese of Buea", "the Archbishop of Bamenda".
_SEE_OF_BEFORE = compile_scan(r"\b(?:Diocese|Archdiocese|Eparchy|Bishop|Archbishop|Metropolitan)\s+of\s+$")
# An official's title after his town's name: "Buluan vice mayor Esmael Mangudadatu", "the Marawi City mayor".
_OFFICE_FIRST = frozenset({"vice", "deputy", "mayor", "councillor", "councilor", "congressman", "congresswoman"})
_OFFICE_AFTER = compile_scan(r"\s+(?:(?:vice|deputy)[\s-]+)?(?:mayor|councill?or|congress(?:wo)?man)\s+[A-Z]")
_ORIGIN_AFTER = compile_scan(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:origin|descent|ethnicity|heritage|extraction)\b")
_PERSONAL_AFTER = compile_scan(
    r"^(?:-born|\s+(?:born|national|nationals|citizen|citizens|staff|staffer|man|woman|men|women|engineer|"
    r"engineers|worker|workers|tourists?|asylum|migrants?|refugees?|origin|descent|volunteer|doctor|nurse|"
    r"journalist|student|teen|boy|girl|immigrants?|"
    # "outside the Danish embassy in Islamabad", "Danish newspapers reprinted cartoons": a state's mission abroad
    # and its press, not where it happened
    r"embass(?:y|ies)|consulate|diplomats?|ambassador|newspapers?|cartoons?)\b)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Mention:
    """A span of text that names a place, a country, or a nationality."""

    start: int
    end: int
    text: str
    places: list[Place]
    strong: bool
    weight: float = 1.0
    hint: str | None = None  # "admin1" when followed by "province", "city" when by "city"/"town"


@dataclass
class Location:
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Single words that alone are not places, and whole names that stand for an institution."""
    data = read_reference("place_stopwords.yaml")
    return frozenset(fold(w) for w in data["words"] + data.get("phrases", []))


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """Folded aliases written in capitals in countries.yaml and admin1_aliases.yaml ("CAR", "DRC", "FATA"): an
    acronym names its country or division only in capitals ("Car bomb kills 5" names no Central African Republic)."""
    countries = read_reference("countries.yaml")
    divisions = admin1_aliases()
    written = [a for v in countries.values() for a in (v or {}).get("aliases", [])]
    written += [a for names in divisions.values() for aliases in (names or {}).values() for a in aliases]
    return frozenset(fold(a) for a in written if a.isupper() and a.isalpha())


CUE_CAP = 1.8


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Two alternations (exact-case acronyms, any-case phrases) and a map from each cue to its country."""
    data = read_reference("country_cues.yaml")
    exact, loose, where = [], [], {}
    for cc, cues in data.items():
        for c in cues:
            c = str(c)
            if c.islower() or len(c) >= 5:
                loose.append(re.escape(c.lower()))
            else:
                exact.append(re.escape(c))
            where[c.lower()] = cc
    by_len = lambda xs: sorted(xs, key=len, reverse=True)  # noqa: E731
    return (
        compile_scan(r"(?<![\w-])(?:" + "|".join(by_len(exact)) + r")(?!\w)"),
        compile_scan(r"(?<![\w-])(?:" + "|".join(by_len(loose)) + r")(?!\w)"),  # run on ascii_lower text
        where,
    )


class _Name(NamedTuple):
    """A gazetteer name inside a capitalised run, with what the run alone says about it."""

    start: int  # offsets relative to the run
    end: int
    key: str
    places: tuple[Place, ...]
    n_words: int
    facility: str | None  # "school" in "Cleveland Elementary School": the name is a facility's
    main: bool  # some place it names is a division or country, or a town under this very name


# A capitalised run holds at most six words, a few of them joined by hyphens ("the Odessa-Midland region"):
# a longer one is no prose.
_MAX_RUN_WORDS = 30


# A town's services, named before their head's office ("Fire Commissioner", "Transit Director")
_SERVICES = frozenset(
    "fire police transit water parks housing health sanitation schools school city county home chief interior".split()
)


_COMMA_UNIT_AFTER = compile_scan(
    r",\s+(?P<unit>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:district|province|region|state|governorate|county)\b"
)
# "Zike, a community in Bassa local government area of Plateau State": the division the apposition places it in
_APPOSED_UNIT_AFTER = compile_scan(
    r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:community|village|town|settlement|hamlet)\s+in\s+(?:[A-Z][\w'’-]+\s+){1,3}?"
    r"(?:local\s+government\s+area|LGA|district|county|territory)\s+(?:of|in)\s+"
    r"(?P<unit>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:[Ss]tate|province|region)\b"
)
_PART_OF_TOWN_AFTER = compile_scan(
    r"\s+(?:district|neighbou?rhood|quarter|area)\s+of\s+(?:the\s+)?(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# A country's named base or mission abroad: "the U.S. Rhein-Main Air Base", "the Turkish Incirlik Air Base".
_NAMED_BASE_AFTER = compile_scan(
    r"\.?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Air\s+(?:Base|Station|Field)|Airbase|Base|Naval\s+Station|Embassy|Consulate)\b"
)
_MISSION_IN_BEFORE = compile_scan(
    r"\b(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:[Ee]mbassy|[Cc]onsulate|[Hh]igh\s+[Cc]ommission)\s+in\s+$"
)
_PART_COMMA_BEFORE = compile_scan(
    # ("in Phum Srol village, Kantharalak district, Si Sa Ket": a village by its kind, then its district)
    r"\b(?:in|at)\s+(?P<part>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|as|ash|an|ar)-)?[A-Z]?[\w'’-]+)?)"
    r"(?:\s+(?:village|hamlet))?,\s+$"
)
# A log row's place after its date: "10/08/2024 - Gaza City (al-Daraj): ...", "19 Aug 2023 - Huwara (Nablus): ...",
# "2025-05-12, Tripoli (Salah al-Din): ...": the row's field says where, as "in" does.
_ROW_DATE_BEFORE = compile_scan(
    r"(?:^|\n)[ \t]*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})[ \t]*[-–—|,][ \t]*$"
)
# ("08/06/2024, Nuseirat camp (Deir al-Balah gov.): ...", "18/11/2012 - Gaza City (Gaza gov.), al-Nasr area: ...":
# the place's kind, its division in brackets and a quarter or a road of it in lower case before the row's colon; not
# "Duma village, Nablus area:", where the town after the comma says which Duma)
_ROW_PLACE_KIND = r"(?:\s+(?:camp|city|town|village|district|area))?(?:\s\([^()\n]{1,30}\))?"
_ROW_PLACE_AFTER = compile_scan(rf"{_ROW_PLACE_KIND}(?:,\s*[a-z][^,:;|()\n]{{1,44}}?)?\s*[:|–—-]\s")
# ... and the place alone before the colon, with no other place after a comma to say where it lies ("Duma village,
# Nablus area:" is the West Bank's Duma, not Syria's, the only one the gazetteer lists)
_ROW_PLACE_ALONE_AFTER = compile_scan(rf"{_ROW_PLACE_KIND}\s*[:|–—-]\s")
_CHAIN_UNIT_BEFORE = compile_scan(
    r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:region|province|district|department|state|county|governorate|"
    r"prefecture|commune|cercle|oblast|raion|woreda|LGA|territory),\s+$"
)
_VILLAGE_COMMA_BEFORE = compile_scan(
    # ("in Lam Phaya subdistrict, Mueang Yala District": Thailand's tambon, then its district)
    r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:village|hamlet|sub-?district|tambon),\s+"
    # ("in Phum Srol village, Kantharalak district, Si Sa Ket": the village, its district, then the province)
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:district|sub-?district|township|county|commune|tehsil),\s+)?$"
)
# A record's place line, the unlisted place before the division it lies in: "Location: Chenagai, Bajaur Agency",
# "Zangara, South Waziristan", with the line ending after the division.
_LINE_PLACE = r"(?:Location:[ \t]*)?(?P<lineplace>[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][\w'’-]+){0,2}),[ \t]+"
_LINE_PLACE_BEFORE = compile_scan(rf"^{_LINE_PLACE}$", re.M)
_LINE_END_AFTER = compile_scan(r"[ \t]*(?:\n|\Z)")
_VILLAGE_PLACED_AFTER = compile_scan(r",?\s+(?:just\s+)?(?:outside|near|close\s+to)\s+[A-Z]")
_FORCE_QUALIFIERS = frozenset("regional metropolitan municipal city".split())
# "in this Red Sea resort", "in this Nile Delta city", "across this town of 16,000": the dateline's town, by its kind
# (the names in its description, "Red Sea", "Nile Delta", are no place of the event's).
_THIS_TOWN = (
    r"\b(?:in|of|across|around|through)\s+this\s+(?P<desc>(?:[A-Z][\w'’-]+\s+){0,3}?(?:[a-z-]+\s+)?)"
    r"(?:city|town|village|resort|port|capital|suburb|community)\b"
)
_THIS_TOWN_RE = compile_scan(_THIS_TOWN)
# "the Fort railway station here", "killed here on Sunday": the place a dateline's lede calls "here"
_HERE_RE = compile_scan(
    r"\b(?:station|market|mosque|church|temple|shrine|hotel|school|college|university|hospital|bazaar|area|"
    r"blast|explosion|attack|killed|injured|wounded|died|city|office|camp|court|square|road|street|building|"
    r"residence|house|home|headquarters|procession|rally|stadium|airport)\s+here\b|\bhere\s+on\s+[A-Z][a-z]+day\b"
    + "|"
    + _THIS_TOWN
)
# The second half of "Hamas-run", "Russian-occupied", "Taliban-held": a modifier that says who holds the place
# named after it.
_HELD_BY_WORDS = frozenset(
    "run controlled held occupied ruled administered dominated besieged annexed governed led backed".split()
)


# A saint's title before a name: "St Mary's", "Saint Joseph's Hospital", "Ste Anne". A town that bears the pair is
# found whole ("St Albans", "San Jose"); the name after the title alone is the saint's.
_SAINT_TITLES = frozenset({"st", "ste", "saint", "sainte", "san", "santa", "santo", "sao"})


@lru_cache(maxsize=100_000)
def _names_in_run(rtext: str) -> tuple[tuple[_Name, ...], frozenset[str]]:
    """The longest gazetteer names inside one capitalised run, and the run's words when it has several
    (if no place comes of it, a person's name whose surname may recur alone). Depends on the run's text
    only, so it is cached: news repeats its place names."""
    g = load()
    stop = _stopwords()
    if " " not in rtext and "-" not in rtext:
        # Most runs are one capitalised word ("The", "Police", a surname): decide them cheaply.
        w = rtext[:-2] if rtext.endswith(("'s", "’s")) else rtext.rstrip(".")
        key = fold(w)
        if key not in g.names or key in stop and not (rtext.endswith(".") and key in _abbreviations()):
            # ("Salem, Mass.": a state's abbreviation with its period, though "Mass" alone is a word)
            return (), frozenset()
    firsts = _first_words(g)
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(rtext)]
    cut = len(toks)  # "Yemen's Sanaa province": the possessor is a name of its own, so is what follows
    if "'" in rtext or "’" in rtext:
        own = -1  # "Cox's Bazar": a possessive that is part of a town's own name
        for k, (_, _, w) in enumerate(toks):
            if w.endswith(("'s", "’s")):
                # ("Cox's Bazar's Ukhiya upazila": the town's own name in the possessive)
                nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
                nxt = nxt[:-2] if nxt.endswith(("'s", "’s")) else nxt
                if nxt and fold(f"{w} {nxt}") in g.names:
                    own = k
                    continue
                cut = k + 1
                break
        toks = [
            (s, e - 2, w[:-2]) if w.endswith(("'s", "’s")) and k != own else (s, e, w)
            for k, (s, e, w) in enumerate(toks)
        ]
    if "." in rtext:
        toks = [(s, e, w.rstrip(".")) for s, e, w in toks]
    if "-" in rtext:
        toks = [part for tok in toks for part in _split_joined(tok, g)]
        # "the Hamas-run Gaza Strip", "Houthi-controlled Hodeidah": who holds the place, before its name
        held = [k for k, (_, _, w) in enumerate(toks) if w.rpartition("-")[2] in _HELD_BY_WORDS]
        if held and held[-1] + 1 < len(toks):
            k = held[-1]
            if k >= cut:
                toks = toks[:cut] + toks[k + 1 :]  # ("Yemen's Houthi-run Sanaa": the possessor stays a name)
            else:
                toks, cut = toks[k + 1 :], cut - k - 1
    if len(toks) > _MAX_RUN_WORDS:
        return (), frozenset()  # "Juba-Juba-Juba-...": no name, and each place would read all the others
    names: list[_Name] = []
    i = 0
    while i < len(toks):
        head = fold(toks[i][2]).split(" ", 1)[0]
        if head not in firsts:
            i += 1
            continue
        seg_a, seg_b = (0, cut) if i < cut else (cut, len(toks))
        hit = None
        for j in range(min(seg_b, i + 5), i, -1):
            key = fold(" ".join(t[2] for t in toks[i:j]))
            if not key or key in stop and not (rtext.endswith(".") and key in _abbreviations()):
                continue
            places = g.lookup(key)
            if places:
                hit = (j, key, places)
                break
        if hit is None:
            i += 1
            continue
        j, key, places = hit
        left = [fold(t[2]) for t in toks[seg_a:i]]
        right = [fold(t[2]) for t in toks[j:seg_b]]
        # Unknown capitalised words beside a place name make it part of a person's or an organisation's
        # name ("Robert Lewis Dear", "Maurice Clemmons"), unless they are designators or known names; a saint's
        # title makes it a saint's ("St Mary's Grammar School" is not Mary, Turkmenistan).
        left_ok = all(_known_word(w, g, stop) for w in left) and not (left and left[-1] in _SAINT_TITLES)
        # Words after an office ("Governor Ivan Fedorov") are a person's, not the place's.
        office = next((k for k, w in enumerate(right) if w in _OFFICE_WORDS), len(right))
        # "Buffalo Fire Commissioner Garnell Whitfield": the town's service, then its head's office
        quarter = bool(right) and right[0] in _QUARTER_AFTER_TOWN and all(
            w in _QUARTER_AFTER_TOWN or w in _DIRECTION for w in right
        )
        # "Halifax Regional Police", "Toronto Metropolitan Police": the town's force
        force = right[-1:] == ["police"] and all(w in _FORCE_QUALIFIERS for w in right[:-1])
        # "the KwaZulu-Natal Midlands", "the Mpumalanga Highveld": a part of the division, not Zimbabwe's Midlands
        part = bool(right) and all(w in _REGION_PART_WORDS for w in right) and any(
            p.kind in ("admin1", "country") for p in places
        )
        right_ok = right == _LGA_WORDS or right in _REGIONAL_STATE_WORDS or quarter or force or part or all(
            w in _DESIGNATOR or w in _FACILITY or w in _DIRECTION or w in stop or office < len(right) and w in _SERVICES
            for w in right[:office]
        )
        if not right_ok and j < seg_b and rtext[toks[j - 1][1] : toks[j][0]] == "-":
            # "the Odessa-Midland region": two places joined; "Fort Lauderdale-Hollywood International Airport".
            right_ok = all(w in g.names or w in _FACILITY or w in _DESIGNATOR for w in right)
        branded = not right_ok and left_ok and _branded_facility(right, key, places, g)
        # "Liverpool Women's Hospital": the possessive ends the segment before the facility's word
        kind_after = fold(toks[seg_b][2]) if right and seg_b < len(toks) and seg_b == cut else None
        if not right_ok and kind_after in _FACILITY_WORDS and all(w in _FACILITY_OF_WHOM for w in right):
            right = [*right, kind_after]
            right_ok = True
        if left_ok and (right_ok or branded):
            # "Lincoln High School on Monday": the facility's word, not the run's last one.
            facility = "branded" if branded else next((w for w in right if w in _FACILITY_WORDS), None)
            main = _is_main(tuple(places), key)
            names.append(_Name(toks[i][0], toks[j - 1][1], key, tuple(places), j - i, facility, main))
        i = j
    return tuple(names), frozenset(fold(t[2]) for t in toks) if len(toks) >= 2 else frozenset()


def _branded_facility(right: list[str], key: str, places: tuple[Place, ...] | list[Place], g: Gazetteer) -> bool:
    """A sizable town's name before a brand and a facility's word ("Kabul Serena Hotel", "the Peshawar Pearl
    Continental Hotel"): the town the facility stands in. Not when the brand is a sizable town itself ("the Paris
    Las Vegas Hotel"), nor with more words after the facility's than its kind's and a date's."""
    k = next((i for i, w in enumerate(right) if w in _BRANDED_WORDS), 0)
    return (
        1 <= k <= 2
        and max((p.pop for p in g.lookup(" ".join(right[:k])) if p.kind == "city"), default=0) < _TOWN_FACILITY_POP
        and all(w in _DESIGNATOR or w in _FACILITY or w in _DIRECTION or w in _stopwords() for w in right[k + 1 :])
        and key not in _FACILITY_NAMESAKES
        # "Hamid Karzai International Airport": a person's full name, not a town and a brand
        and not any(w in _FACILITY_NAMESAKES for w in right[:k])
        # a town's festival bears its own name even where the town is small ("the Gilroy Garlic Festival")
        and max((p.pop for p in places if p.kind == "city"), default=0)
        >= (_TOWN_FACILITY_MIN_POP if right[k] == "festival" else _TOWN_FACILITY_POP)
    )


def _branded_venue(text: str, run: re.Match[str], g: Gazetteer) -> _Name | None:
    """A sizable town's name before a brand and, in lower case after the run, a venue that bears its town's name
    ("the Sacramento Kings arena", "the Houston Galleria mall"): the town. None when the brand is a sizable town."""
    fa = _FACILITY_AFTER.match(text, run.end(), run.end() + 40)
    if fa is None or fa.group(1).lower() not in _TOWN_FACILITY:
        return None
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(run.group(0))]
    if not 2 <= len(toks) <= 4:
        return None
    for j in range(min(3, len(toks) - 1), 0, -1):
        key = fold(" ".join(t[2] for t in toks[:j]))
        places = tuple(g.lookup(key))
        if not places:
            continue
        brand = fold(" ".join(t[2] for t in toks[j:]))
        if brand in _stopwords() or max((p.pop for p in g.lookup(brand)), default=0) >= _TOWN_FACILITY_POP:
            return None  # "the Paris Las Vegas hotel": a brand named after another sizable town
        name = _Name(toks[0][0], toks[j - 1][1], key, places, j, "branded", _is_main(places, key))
        return name if _town_facility(name) and all(p.kind == "city" for p in places) else None
    return None


def _is_main(places: tuple[Place, ...], key: str) -> bool:
    """The name is a place's own, not one of GeoNames' alternate names, or only another romanisation of it
    ("Kupiansk" for GeoNames' "Kupyansk"): an alternate is a weaker sign of a place than the name itself."""
    return any(p.kind != "city" or fold(p.name) == key or roman_key(_own_key(p.name)) == roman_key(key) for p in places)


_BORDER_AFTER = compile_scan(r"\s+(?:inter-?(?:state|district)\s+)?border\b")


def _hyphen_chain(text: str, s: int, e: int) -> tuple[int, int]:
    """The span of the hyphen-joined name a name found at [s, e) is part of ("Kendall" in "Kendall-Whittier"), or
    [s, e) itself."""
    while s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
        s -= 1
        while s > 0 and text[s - 1].isalpha():
            s -= 1
    while e + 1 < len(text) and text[e] == "-" and text[e + 1].isalpha():
        e += 1
        while e < len(text) and text[e].isalpha():
            e += 1
    return s, e


def _split_joined(tok: tuple[int, int, str], g: Gazetteer) -> list[tuple[int, int, str]]:
    """ "Odessa-Midland", "Dallas-Fort Worth": two places joined by a hyphen are read as two names; "Atlanta-area"
    is Atlanta."""
    s, _, w = tok
    parts = w.split("-")
    if len(parts) < 2 or fold(w) in g.names:
        return [tok]
    if parts[-1].lower() == "area" and fold(w[:-5]) in g.names:
        return [(s, s + len(w) - 5, w[:-5])]  # "three Atlanta-area spas": the town its area is named for
    if len(parts) == 2 and parts[1].isdigit() and len(parts[1]) <= 2 and fold(parts[0]) in g.names:
        return [(s, s + len(parts[0]), parts[0])]  # "the Volgograd-1 railway station": the town's first station
    if not all(len(p) >= 4 and p[0].isupper() and fold(p) in g.names for p in parts) and not (
        # "the Juba-Nimule road", "the Gao-Ansongo road": a route's ends, one of them a sizable town
        all(len(p) >= 3 and p[0].isupper() and p[1:].islower() for p in parts)
        and any(q.kind != "city" or q.pop >= 15000 for p in parts for q in g.lookup(fold(p)))
    ):
        return [tok]
    # (a part the gazetteer lacks shares no land either: "Carrefour-Feuilles" stays one name)
    found = [g.lookup(fold(p)) for p in parts]
    if all(q.kind == "city" for f in found for q in f) and not set.intersection(*({q.cc for q in f} for f in found)):
        return [tok]  # "the Gambetta-Carnot high school": towns of different lands, a name after two people
    out = []
    for p in parts:
        out.append((s, s + len(p), p))
        s += len(p) + 1
    return out


def _pair_joined(text: str, mentions: list[Mention]) -> None:
    """Places joined by a hyphen name one metro area: keep the namesakes that share a division
    ("Odessa-Midland" is in Texas, not Odessa in Ukraine)."""
    for a, b in itertools.pairwise(mentions):
        if text[a.end : b.start] != "-":
            continue
        shared = {(p.cc, p.admin1) for p in a.places} & {(p.cc, p.admin1) for p in b.places}
        if shared:
            a.places = [p for p in a.places if (p.cc, p.admin1) in shared]
            b.places = [p for p in b.places if (p.cc, p.admin1) in shared]


# The size a town named after a comma must have to stand for the place the name before it is a part of.
_OWNER_CITY_POP = 100_000


def _foreign_part(text: str, mentions: list[Mention]) -> None:
    """ "North Strand, Dublin": a name placed by a comma in a city of another country than any of its own
    namesakes is a part of that city the gazetteer lacks (Strand, Norway is not in Dublin), so it gives no place."""
    for a, b in itertools.pairwise(mentions):
        if text[a.end : b.start] != ", " or not a.places or a.hint in ("admin1", "county"):
            continue
        if not all(p.kind == "city" for p in b.places) or b.hint not in (None, "dateline"):
            # "Blacksburg, Virginia", "Tierralta, Córdoba", "Muttur, Trincomalee District": a division's name,
            # which the town lies in
            continue
        owner = {p.cc for p in b.places if p.pop >= _OWNER_CITY_POP}
        if owner and owner.isdisjoint(p.cc for p in a.places) and all(p.kind == "city" for p in a.places):
            a.weight, a.strong, a.places = 0.0, False, []


_AND_GAP = compile_scan(r"\s+(?:and|or)\s+")


def _join_and_names(text: str, mentions: list[Mention], g: Gazetteer) -> list[Mention]:
    """Two names joined by "and" that together name one division or country ("Jammu and Kashmir", "Trinidad and
    Tobago") are that one place, not a town ("Jammu") beside another division. The second name is looked up by
    where it starts: a unit found inside a run ("Jammu and Kashmir's Ganderbal district") may come between the two
    in the list."""
    starts = {m.start: m for m in mentions}
    joined: set[int] = set()  # ids of the second names taken into a whole
    out: list[Mention] = []
    for a in mentions:
        if id(a) in joined:
            continue
        b = starts.get(a.end + 5) if text.startswith(" and ", a.end) else None
        if b is not None:
            whole = text[a.start : b.end]
            places = [p for p in g.lookup(fold(whole)) if p.kind in ("admin1", "country")]
            if places:
                out.append(Mention(a.start, b.end, whole, places, True, max(a.weight, b.weight), b.hint))
                joined.add(id(b))
                continue
        out.append(a)
    return [m for m in out if id(m) not in joined]


def _pair_listed(text: str, mentions: list[Mention]) -> None:
    """Two towns named together ("across Odessa and Midland") that have namesakes in one division, where one of
    them is the biggest place of its name, are those namesakes: Midland, Texas is the Midland, so Odessa is the one
    next to it, not Ukraine's. Towns that share a division only as small namesakes ("Paris and London", both in
    Kentucky) keep all their places."""
    for a, b in itertools.pairwise(mentions):
        if not text.startswith(" ", a.end) or not _AND_GAP.fullmatch(text, a.end, b.start):
            continue
        if any(p.kind == "country" for p in a.places + b.places):
            continue
        shared = {(p.cc, p.admin1) for p in a.places if p.kind == "city"} & {
            (p.cc, p.admin1) for p in b.places if p.kind == "city"
        }
        if not shared:
            continue
        biggest = {max((p for p in m.places if p.kind == "city"), key=lambda p: p.pop) for m in (a, b)}
        if any((p.cc, p.admin1) in shared for p in biggest):
            a.places = [p for p in a.places if p.kind == "city" and (p.cc, p.admin1) in shared]
            b.places = [p for p in b.places if p.kind == "city" and (p.cc, p.admin1) in shared]


_COMMA_GAP = compile_scan(r",\s*")
# "Nawa district, Ghazni province": a unit's kind, then the comma before the division or country that holds it.
_KIND_COMMA_GAP = compile_scan(
    r"\s+(?:district|county|territory|province|region|state|governorate|department|prefecture|cercle|commune|LGA|"
    r"township|payam|woreda|locality|village|town|city|sub-county|upazila|tehsil|municipality|camp),\s*"
)


# A division written with its kind after a comma qualifies the place before it ("Ifo, Garissa County"); "In Rafah,
# Israel said" is a clause's subject.
_QUALIFIER_KIND_AFTER = compile_scan(
    r"\s+(?:county|department|province|state|region|oblast|governorate|prefecture)\b", re.IGNORECASE
)


def _pair_qualified(text: str, mentions: list[Mention]) -> None:
    """A town followed by its division or its country ("St. Petersburg, Fla.", "Moscow, Idaho", "Tripoli,
    Lebanon") is the namesake there: its other namesakes (Russia's, Libya's) must not vote for another country.
    The qualifier is narrowed the same way: in "Dahlonega, Georgia" Georgia is the US state, and the country of
    that name must not outvote the small town it qualifies. A town with no namesake in what follows the comma
    keeps them all ("In Rafah, Israel said ..."), unless its own kind stands before the comma ("Nawa district,
    Ghazni province, Afghanistan"): then the text gives the hierarchy it lies in, and a name with no place in it
    (Syria's Nawa) is some other place's, and is muted."""
    n = len(mentions)
    for i, a in enumerate(mentions):
        j = i + 1
        while j < n and mentions[j].start < a.end:
            j += 1  # "Nawa district" is two mentions of one span (the unit, the town): both qualify
        if j == n:
            break
        b = mentions[j]
        # Most neighbours have no comma right after the first: the string test spares them the regex call.
        if text.startswith(",", a.end, b.start):
            if not _COMMA_GAP.fullmatch(text, a.end, b.start):
                continue
            kinded = False
        elif b.start - a.end <= 20 and text.find(",", a.end, b.start) > a.end:
            if not _KIND_COMMA_GAP.fullmatch(text, a.end, b.start):
                continue
            kinded = True
        else:
            continue
        divisions = {(p.cc, p.admin1) for p in b.places if p.kind == "admin1"}
        countries = {p.cc for p in b.places if p.kind == "country"}
        chained = False
        if not divisions and not countries and (kg := _KIND_COMMA_GAP.match(text, b.end, b.end + 30)):
            # "near Orchha, Narayanpur district, Chhattisgarh": the division closing the chain qualifies its head
            c = next((n for n in mentions[j + 1 :] if n.start >= kg.end()), None)
            if c is not None and c.start == kg.end():
                divisions = {(p.cc, p.admin1) for p in c.places if p.kind == "admin1"}
                if divisions and not any((p.cc, p.admin1) in divisions for p in b.places if p.kind == "city"):
                    divisions = set()  # the unit in the middle lies elsewhere: the chain says nothing sure
                chained = bool(divisions)
        towns = [
            p for p in a.places
            if p.kind == "city" and (p.cc, p.admin1) in divisions or p.kind != "country" and p.cc in countries
        ]
        if towns:
            a.places = towns
            held, held_cc = {(p.cc, p.admin1) for p in towns}, {p.cc for p in towns}
            b.places = [
                p for p in b.places
                if p.kind == "admin1" and (p.cc, p.admin1) in held or p.kind == "country" and p.cc in held_cc
            ] or b.places
            if a.weight <= 0.2 and not a.strong:
                # "fired through the border fence from Nogales, Arizona": the division that qualifies a town that is
                # not where it happened is no strong cue either (still a vote: "Alice Hawthorne, of Albany, Ga.")
                b.weight, b.strong = min(b.weight, 0.5), False
        elif (
            (kinded or chained or divisions and _QUALIFIER_KIND_AFTER.match(text, b.end))
            and all(p.kind != "country" for p in a.places)
            and (divisions or countries or not {p.cc for p in a.places} & {p.cc for p in b.places})
        ):
            # "near Ifo, Garissa County", "Ifo camp, Dadaab": the place lies in what the text names after it,
            # where the gazetteer has none of its namesakes (Nigeria's Ifo)
            a.weight, a.strong = min(a.weight, 0.2), False
        elif (divisions or countries) and _division_abroad(a, {cc for cc, _ in divisions} | countries):
            # "near Jaji, Kaduna State": a village named like a district abroad (Paktia's Jaji), placed by
            # the division after it, is not that district
            a.weight, a.strong = min(a.weight, 0.2), False


# "in Kalanaur town of Gurdaspur district", "Kalanaur in Gurdaspur district": the district's town after the place.
_IN_DISTRICT_GAP = compile_scan(r"(?:\s+(?:town|village|city|area)\s+(?:of|in)|\s+in|,)\s+(?:the\s+)?")


def _pair_in_district(text: str, mentions: list[Mention]) -> None:
    """A town whose namesakes lie in several divisions, placed in a district named after a town ("Kalanaur town of
    Gurdaspur district"), is the namesake in that town's division (Punjab's Kalanaur, not Haryana's)."""
    if "istrict" not in text:
        return  # most texts name no district: one test spares the loop
    for a, b in itertools.pairwise(mentions):
        if len({(p.cc, p.admin1) for p in a.places if p.kind == "city"}) < 2:
            continue
        if not _IN_DISTRICT_GAP.fullmatch(text, a.end, b.start) or not _DISTRICT_WORD_AFTER.match(text, b.end):
            continue
        held = {(q.cc, q.admin1) for q in b.places if q.kind == "city"}
        towns = [p for p in a.places if p.kind == "city" and (p.cc, p.admin1) in held]
        if towns:
            a.places = towns


def _division_abroad(m: Mention, ccs: set[str]) -> bool:
    """Whether a mention names only divisions, none of them in the countries `ccs` of the name after it."""
    return bool(m.places) and all(p.kind == "admin1" and p.cc not in ccs for p in m.places)


# "Democratic Republic of the Congo", "Republic of the Congo": a country's name holds "of the", which ends a
# capitalised run, so its last word alone ("Congo", a town in Brazil) would stand for it.
_OF_NAME_BEFORE = compile_scan(r"(?:[A-Z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?$")


def _join_of_names(text: str, mentions: list[Mention], g: Gazetteer) -> None:
    """A mention whose words before it make a country's full name ("Republic of the" + "Congo") is that country."""
    for m in mentions:
        # Most mentions follow no "of": the string test spares them the regex.
        if not text.endswith(("of ", "of the "), 0, m.start):
            continue
        head = _OF_NAME_BEFORE.search(text, max(0, m.start - 50), m.start)
        while head is not None:
            whole = text[head.start() : m.end]
            countries = [p for p in g.lookup(fold(whole)) if p.kind == "country"]
            if countries:
                m.start, m.text, m.places, m.strong = head.start(), whole, countries, True
                if _FROM_BEFORE.search(text, max(0, m.start - 60), m.start):
                    # "rebels crossed from the Democratic Republic of the Congo": where they came from, as
                    # find_mentions reads a short name after "from"
                    m.weight, m.strong = min(m.weight, 0.4), False
                break
            # "the Democratic Republic of the Congo": try the name without its first word
            nxt = text.find(" ", head.start(), m.start)
            head = _OF_NAME_BEFORE.match(text, nxt + 1, m.start) if nxt != -1 else None


def _tiers(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Spans of the brackets that hold the divisions of the place before them (see _HIERARCHY_PAREN, _UNIT_PAREN,
    _COUNTRYSIDE_PAREN and _ADMIN1_PAREN)."""
    spans = [m.span(1) for r in (_HIERARCHY_PAREN, _UNIT_PAREN, _COUNTRYSIDE_PAREN) for m in r.finditer(text)]
    spans += [
        m.span(1)
        for m in _ADMIN1_PAREN.finditer(text)
        if any(p.kind == "admin1" for p in g.lookup(fold(m.group(2))))
    ]
    return spans


def _pair_tiered(text: str, mentions: list[Mention], tiers: list[tuple[int, int]]) -> None:
    """A town before the divisions that hold it in brackets ("Bali (Mezam, North-West)", ACLED's way) is the
    namesake in one of them, and the division is the one that holds that namesake: Cameroon's Bali and North-West
    region, not Indonesia's Bali province nor South Africa's North West."""
    for ts, te in tiers:
        a = next((m for m in mentions if m.end < ts and not text[m.end : ts].strip()), None)
        if a is None:
            continue
        inside = [m for m in mentions if ts < m.start < te]
        divisions = {(p.cc, p.admin1) for m in inside for p in m.places if p.kind == "admin1"}
        towns = [p for p in a.places if p.kind == "city" and (p.cc, p.admin1) in divisions]
        if not towns:
            if divisions and all(p.kind == "city" for p in a.places):
                # "Penha (Rio de Janeiro, Rio de Janeiro)": a place the gazetteer lacks in the divisions named, not
                # a namesake town in another state
                a.weight, a.strong = min(a.weight, 0.2), False
            continue
        a.places = towns
        held = {(p.cc, p.admin1) for p in towns}
        for m in inside:
            if kept := [p for p in m.places if p.kind == "admin1" and (p.cc, p.admin1) in held]:
                m.places = kept
            elif all(p.kind == "city" for p in m.places):
                # "near Bamba (Bourem, Gao)": Bourem is the cercle here, named after its seat; the event was at
                # the town before the brackets.
                m.weight = 0.0


_COUNTY_END = compile_scan(r"\s(?:County|Parish)$")


@lru_cache(maxsize=1)
def _police_forces() -> dict[str, dict[str, str]]:
    """police_forces.yaml by the force's initials."""
    return {f["initials"]: f for f in read_reference("police_forces.yaml")["forces"]}


_FORCE_INITIALS = compile_scan(r"\b[A-Z]{3,5}\b")


def _force_place(text: str, loc: Location, g: Gazetteer) -> None:
    """A police release that names no place but its force's initials ("IMPD officers responded to the 3400 block
    of North Keystone Avenue"): the city that force polices, told by the initials."""
    forces = _police_forces()
    for m in _FORCE_INITIALS.finditer(text, 0, min(len(text), _FORCE_CHARS)):
        force = forces.get(m.group(0))
        if force is None or loc.country not in (None, force["cc"]) or loc.admin1 not in (None, force["admin1"]):
            continue
        cc, admin1 = force["cc"], force["admin1"]
        kind, name = ("city", force["city"]) if force.get("city") else ("admin1", admin1)
        place = next(
            (
                p for p in g.lookup(fold(name))
                if p.kind == kind and p.cc == cc and clean_admin1(p.admin1 or "") == admin1
            ),
            None,
        )
        if place is None:
            continue
        loc.country, loc.admin1, loc.lat, loc.lon = cc, admin1, place.lat, place.lon
        loc.location = place.name if kind == "city" else None
        loc.geo_precision = "place" if kind == "city" else "admin1"
        for fieldname in ("country", "admin1", "location") if kind == "city" else ("country", "admin1"):
            loc.evidence.append(Evidence(field=fieldname, start=m.start(), end=m.end(), text=m.group(0)))
        return


# "about 30 miles southeast of", "40 km north of": a town told as the point a distance is measured from.
_MEASURED_FROM_BEFORE = compile_scan(
    r"\b\d[\d,.]*\s*(?:km|kms|kilomet(?:re|er)s|miles)\s+(?:\([^()]{1,30}\)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+$",
    re.IGNORECASE,
)


def _measured_from(text: str, loc: Location) -> bool:
    """Whether the town chosen is named only as the point a distance is measured from."""
    starts = [e["start"] for e in loc.evidence if e["field"] == "location"]
    return bool(starts) and all(_MEASURED_FROM_BEFORE.search(text, max(0, a - 50), a) for a in starts)


def _unlisted_dateline(text: str, dl: re.Match[str], loc: Location, g: Gazetteer) -> None:
    """A dateline town the gazetteer lacks, placed by the country or division after it ("FOTOKOL, Cameroon —",
    "GITHURAI, Kenya —"): a reporter files from a small town where the story is, so with no other place found the
    town is the location (coordinates stay the division's or the country's)."""
    a, b = dl.span("place")
    name = text[a:b].strip()
    placed_by = text[b : dl.end()].split("(")[0].strip(" ,.:—–-\n")
    if not name.isupper() or not placed_by or g.lookup(fold(name)):
        return
    if not any(p.cc == loc.country and p.kind in ("country", "admin1") for p in g.lookup(fold(placed_by))):
        return  # "UNITED NATIONS (AP)": no place of the event's country places it
    loc.location = " ".join(w.capitalize() for w in name.split())
    loc.evidence.append(Evidence(field="location", start=a, end=a + len(name), text=name))


# A force's hashtag, its place's words run together: "#MemphisPD", "#CheshirePolice", "#WestMidlandsPolice" (the "#"
# is a space by then, see text.unhash).
# ("Waukesha PD: 5 people dead ...": a department's post, its town before its initials)
_FORCE_TAG = compile_scan(r"(?<![\w-])(?P<place>(?:[A-Z][a-z]+){1,3})(?P<gap>[ \t]?)(?:PD|Police)\b")


@lru_cache(maxsize=1)
def _county_forces(g: Gazetteer) -> dict[str, _Unit]:
    """police_forces.yaml's forces named by their county or region, as units of the division they police."""
    out = {}
    for f in read_reference("police_forces.yaml").get("county_forces", []):
        if (division := _division_place(g, f["cc"], f["admin1"])) is not None:
            out[fold(f["name"])] = _Unit(f["cc"], f["admin1"], division, False)
    return out


def _force_tag_place(text: str, loc: Location, g: Gazetteer) -> None:
    """Where a post that names no place is from, told by its force's hashtag: a British county's force ("Cheshire")
    names its division; a US police department ("Memphis") the largest US town of the name."""
    for m in _FORCE_TAG.finditer(text, 0, min(len(text), _FORCE_CHARS)):
        words = re.findall(r"[A-Z][a-z]+", m.group("place"))
        key = fold(" ".join(words))
        a, b = m.span("place")
        if (unit := _second_level(g).get(key) or _county_forces(g).get(key)) is not None:
            loc.country, loc.admin1 = unit.cc, unit.admin1
            loc.lat, loc.lon, loc.geo_precision = unit.division.lat, unit.division.lon, "admin1"
            fields: tuple[str, ...] = ("country", "admin1")
        else:
            towns = [p for p in g.lookup(key) if p.kind == "city" and p.cc == "US"]
            if not towns or not text.startswith("PD", b + len(m.group("gap"))):
                continue  # ("#KentPolice" with no county of the name: a British force, not a US town)
            town = max(towns, key=lambda p: p.pop)
            loc.country, loc.admin1, loc.location = town.cc, clean_admin1(town.admin1 or ""), town.name
            loc.lat, loc.lon, loc.geo_precision = town.lat, town.lon, "place"
            fields = ("country", "admin1", "location")
        loc.evidence += [Evidence(field=f, start=a, end=b, text=text[a:b]) for f in fields]
        return


_FORCE_CHARS = 1500  # the release's opening, where its force is named
# "Gwinnett County, Georgia", "Caddo Parish, La.": a US county or parish, written before its state, names the state
# (Georgia the country has no counties), whether or not the gazetteer knows the county itself.
_US_COUNTY_BEFORE = compile_scan(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:County|Parish),\s*$")


def _pair_county_state(text: str, mentions: list[Mention]) -> None:
    """A state after a US county keeps only the state ("Gwinnett County, Georgia" is not the Caucasian country)."""
    if "County," not in text and "Parish," not in text:
        return  # most texts name no county before a comma: one scan spares the loop
    for m in mentions:
        if not text.startswith(",", m.start - 2, m.start) and not text.startswith(",", m.start - 1, m.start):
            continue
        states = [p for p in m.places if p.kind == "admin1" and p.cc == "US"]
        if not states or len(states) == len(m.places):
            continue
        window = text[max(0, m.start - 60) : m.start]
        if ("County" in window or "Parish" in window) and _US_COUNTY_BEFORE.search(window):
            m.places = states
            m.strong = True


# The capitalised word after a name that makes it a street's ("Mansfield Road", "Jackson St."): US police reports
# place a shooting by its street and block. Not after a hyphen-joined pair ("the Kabul-Jalalabad Highway"): a
# route, both of whose towns are places.
# A site's kind after its name, then the town it is in: "at Lido beach in Mogadishu".
_SITE_WORDS = frozenset("beach hotel mall market mosque church temple shrine stadium bar club restaurant cafe".split())
_IN_TOWN_AFTER = compile_scan(r"(?:\s+hotel)?\s+in\s+(?:the\s+)?(?:(?:capital|city|town)\s+(?:of\s+)?)?[A-Z]")
# The words after a country's name that make it a site's in a town ("Jordan Park", "Jamaica Avenue").
# ("in the northern Jordan Valley": the valley, in the West Bank as much as in Jordan)
_SITE_AFTER_COUNTRY = frozenset(
    "Park Square Street Avenue Road Boulevard Drive Lane Plaza Mall Station Valley neighborhood neighbourhood".split()
)
_PERMIT_IN_BEFORE = compile_scan(r"\b(?:residence|residency|work|asylum)\s+(?:permit|status|card|visa)\s+in\s+$")
_CAUSE_BEFORE = compile_scan(
    r"\b(?:in\s+support\s+of|in\s+solidarity\s+with|support\s+for|solidarity\s+with|protests?\s+against|"
    r"protesting\s+against|in\s+protest\s+at)\s+(?:the\s+)?$"
)
_MISSION_WORDS = frozenset(("embassy", "embassies", "consulate", "high"))
# What a capital does when it stands for its government: "Tehran vowed", "Moscow denied", "Washington warned".
_STATE_VOICE_VERBS = frozenset(
    "said says vowed vows denied denies warned warns accused accuses blamed blames condemned condemns named names "
    "threatened threatens rejected rejects insisted insists responded responds retaliated announced announces "
    "claimed claims demanded demands".split()
)
_MISSION_AFTER = compile_scan(r"\.?\s+(?:[Ee]mbass(?:y|ies)|[Cc]onsulate(?:-general)?|[Hh]igh\s+[Cc]ommission)")
_WEAR_WORDS = frozenset("suit costume outfit hat mask jersey uniform".split())
# A state's body named after its country: "the US Agency for International Development", "the UK Foreign Office".
_STATE_BODY_WORDS = frozenset(
    "Agency Embassy Consulate Department Ministry Foreign Treasury Congress Senate Parliament Navy".split()
)
_WORK_WORDS = frozenset("film movie series show comic novel song album game franchise sequel".split())
_STREET_WORDS = frozenset(
    "Street St Road Rd Avenue Ave Boulevard Blvd Drive Dr Lane Ln Parkway Pkwy Highway Hwy Court Ct Terrace Trail "
    "Pike Circle Expressway Freeway Turnpike".split()
)


# A capitalised run that names an office or a force, not a person: its words may name places the text uses again.
_INSTITUTION_RUN = compile_scan(
    r"\b(?:Administration|Ministry|Command|Police|Department|Council|Office|Agency|Service|Military|Army|Forces?|"
    r"Authority|Committee|Commission|Government|Governorate|Municipality|Prosecutor|Court|University|Hospital|"
    # an armed group's or a party's name ("the Manipur Naga People's Front"): no person, whose surname may recur
    r"Front|Movement|Party|Brigades?|Battalions?|Liberation|Alliance|Organi[sz]ation|Militia|Coalition|Federation|"
    r"Congress|League|Cartel)\b"
)


# The first word of a square's or a street's name in the Romance languages, and what joins it to the rest: "Piazza
# della Loggia", "Plaza de Mayo", "Rue de Rivoli" (a run of its own, which a town of the same name would take).
_SQUARE_WORDS = frozenset(
    "Piazza Piazzale Plaza Praça Place Rue Via Viale Calle Avenida Avenue Largo Rua Paseo".split()
)
_NAME_LINK_AFTER = compile_scan(
    r"\s+(?:della|delle|dello|degli|dei|del|di|da|do|dos|das|de(?:\s+la|\s+los)?|des|du)\s+[A-Z]"
)


def find_mentions(text: str, g: Gazetteer) -> list[Mention]:
    """Place-name spans: the longest gazetteer match inside each capitalised run, names of people left out."""
    out: list[Mention] = []
    person_tokens: set[str] = set()
    site_keys: set[str] = set()  # names of sites the text places in a town ("Lido beach in Mogadishu")
    weapon_keys: set[str] = set()  # names of weapon systems ("Grad rockets")
    dl = dateline(text)
    hierarchy = _tiers(text, g) if "(" in text else []
    abbreviations = _abbreviations()
    acronyms = _acronyms()
    prev_run: re.Match[str] | None = None
    for run in _runs(text):
        rtext = run.group(0)
        if (
            prev_run is not None
            and text.startswith((" and ", " of "), prev_run.end())
            and prev_run.end() + 4 <= run.start() <= prev_run.end() + 5
            and text[run.start() - 1] == " "
        ):
            # "in Sistan and Baluchestan province": one division's name joined by "and", which ends a run; "in
            # Port of Spain": a town's, by "of"
            joined = g.lookup(fold(text[prev_run.start() : run.end()]))
            if joined and (
                all(p.kind in ("admin1", "country") for p in joined) or text.startswith(" of ", prev_run.end())
            ):
                out = [o for o in out if o.start < prev_run.start()]
                nxt = _NEXT_WORD.match(text, run.end(), run.end() + 30)
                hint = "admin1" if nxt is not None and nxt.group(1).lower() in _ADMIN1_WORDS else None
                js, je = prev_run.start(), run.end()
                out.append(Mention(js, je, text[js:je], list(joined), True, hint=hint))
                prev_run = run
                continue
        prev_run = run
        if rtext in _SQUARE_WORDS and _NAME_LINK_AFTER.match(text, run.end()):
            continue  # "in the Piazza della Loggia in Brescia": a square's name, not a town called Piazza
        names, words = _names_in_run(rtext)
        if not names and text.startswith(".", run.end()) and text[run.start() - 2 : run.start()] == ", ":
            # "SALEM, Mass.": the state's abbreviation, read with its period (which stays outside the name)
            names, words = _names_in_run(rtext + ".")
            names = tuple(n._replace(end=min(n.end, len(rtext))) for n in names)
        unit_named = False
        if (unit_at := _unit_in_run(rtext)) is not None and (second := _second_level_mention(text, run, unit_at, g)):
            names = _beside_unit(names, second, run.start())
            out.append(second[0])
            unit_named = True
        if words and not names and (venue := _branded_venue(text, run, g)) is not None:
            names = (venue,)
        # (a district's name is no person's: "Khas Kunar district, Kunar province" keeps the province)
        if words and not names and not unit_named and not _INSTITUTION_RUN.search(rtext):
            person_tokens.update(words)
        if not names:
            continue
        base = run.start()
        n_before = len(out)
        for name in names:
            s, e = base + name.start, base + name.end
            places = list(name.places)
            key = name.key
            if key in acronyms and not text[s:e].isupper():
                places = [p for p in places if fold(p.name) == key]  # "Car bomb": not the CAR
                if not places:
                    continue
            if key in abbreviations and text[e : e + 1] != ".":
                # "the Benin-Ore road": "Ore." is Oregon only with its period; without it, a town's own name
                places = [p for p in places if p.kind != "admin1" or fold(p.admin1 or "") == key]
                if not places:
                    continue
            elif key in abbreviations and text[s - 2 : s] != ", " and key in _stopwords():
                continue  # "at Sunday Mass.": a word with its sentence's stop, not "Salem, Mass."
            if (
                text[s - 1 : s] == " "
                and (cw := _COMPASS_BEFORE.search(text, max(0, s - 10), s)) is not None
                and (unit := _second_level(g).get(fold(text[cw.start() : e]))) is not None
                and all(p.cc != unit.cc for p in places)
            ):
                # "West Midlands Police": England's county, which names its division, not Zimbabwe's Midlands
                out.append(Mention(cw.start(), e, text[cw.start() : e], [unit.division], False))
                continue
            hint = None
            # the word after the name, read by several cues below; past a dotted name's own stop ("the U.S. air base")
            nxt = _NEXT_WORD.match(text, e + 1 if text[e : e + 1] == "." and "." in text[s:e] else e, e + 30)
            after = nxt.group(1) if nxt else ""
            after_low = after.lower()
            if (unit_cc := _UNIT_ONLY_IN.get(after_low)) is not None and all(p.cc != unit_cc for p in places):
                continue  # "in Ramu upazila": a unit of Bangladesh's, not Kenya's Ramu
            if _SURNAME_PART_BEFORE.search(text, max(0, s - 20), s) and not any(o.end == s - 1 for o in out):
                continue  # "Rabbi Charlie Cytron-Walker": the second half of a double-barrelled name, not Walker
            if text[s - 1 : s] == " " and _RANK_BEFORE.search(text, max(0, s - 20), s):
                continue
            if (
                after_low in _SITE_WORDS
                and nxt is not None
                and (in_town := _IN_TOWN_AFTER.match(text, nxt.end(), nxt.end() + 40)) is not None
                and not text.startswith(text[s:e], in_town.end() - 1)  # (not "the Baghdad hotel in Baghdad")
                and all(p.kind == "city" for p in places)
            ):
                # "at Lido beach in Mogadishu", "the Nakumatt mall in Nairobi": a site's name, in the town after it
                # (not Italy's Lido), wherever else the text names it
                site_keys.add(key)
                continue
            if after in _STREET_WORDS and not text.startswith("-", s - 1) and "-" not in text[s:e]:
                continue  # "the 2900 block of Mansfield Road", "on Dallas Avenue": a street, not the town
            if key in weapon_keys or (
                after_low in ("rockets", "launchers", "mlrs", "rocket")
                and _WEAPON_SYSTEM_AFTER.match(text, e)
                and all(p.kind != "country" for p in places)
            ):
                # "a barrage of Grad rockets": the weapon system's name, not a place, and so wherever the text uses
                # it again ("within Grad range")
                weapon_keys.add(key)
                continue
            if after in _OUTLET_WORDS and _OUTLET_AFTER.match(text, e, e + 30):
                continue  # "the Jerusalem Post reported", "the Fars news agency": an outlet's name, not the place
            if text.startswith("Lake ", s - 5) and any(p.kind == "country" for p in name.places):
                continue  # "on Lake Chad near Baga": a lake several countries share, not the country
            if after in _SITE_AFTER_COUNTRY and any(p.kind == "country" for p in places):
                continue  # "Officers were called to Jordan Park": a park named like a country, not the country
            if (
                (after_low in _MISSION_WORDS or text.startswith(". ", e))
                and (mission := _MISSION_AFTER.match(text, e, e + 16)) is not None
                and text.startswith(" in ", mission.end())
                and all(p.kind == "country" for p in places)
            ):
                continue  # "the opening of the U.S. embassy in Jerusalem": a state's mission abroad, not the state
            if (
                text.endswith(" in ", 0, s)
                and _PERMIT_IN_BEFORE.search(text, max(0, s - 40), s)
                and all(p.kind == "country" for p in places)
            ):
                continue  # "the suspect ... has a residence permit in Germany": the attacker's papers, not the scene
            if after[:1].isdigit() and _NUMBERED_VENUE_AFTER.match(text, e, e + 40):
                continue  # "the Century 16 cinema in Aurora": a chain's brand and its screens, not Century, Florida
            if after == "Party" and all(p.kind == "city" for p in places):
                continue  # "a youth leader of the Liberal Party": a party's name, not Liberal, Kansas
            if after == "Park" and text[e : e + 1] == " " and not g.lookup(f"{key} park"):
                continue  # "a shooting in Humboldt Park", "at Piedmont Park": a park or its quarter, not the town
            if text.startswith(" of ", e) and text[s:e] in _WATER_WORDS:
                continue  # "the Gulf of Aden": a sea's head word, not Papua New Guinea's Gulf province
            if text.startswith("Air ", s - 4) and any(p.kind == "country" for p in name.places):
                continue  # "an Air France flight at Algiers airport", "Air India": an airline, not where it happened
            before = text[max(0, s - 70) : s]  # the widest window a cue below reads
            before_words = before[-40:].lower().split()[-5:]
            if after_low in _WORK_WORDS and before_words[-1:] in (["a"], ["an"], ["the"]):
                continue  # "a screening of a Batman film": a title's name, not Turkey's Batman
            if after_low in _WEAR_WORDS and before_words[-1:] in (["a"], ["an"], ["his"], ["her"]):
                continue  # "dressed in a Santa Claus suit": a costume's name, not Santa Claus, Indiana
            # "Sanaa province", "Kandahar city", or the designator first: "the state of Guanajuato".
            designator = after_low if nxt else None
            if designator not in _ADMIN1_WORDS and designator not in _TOWN_WORDS and designator != "department":
                designator = before_words[-2] if before_words[-2:-1] and before_words[-1] == "of" else None
            elif designator == "state" and _STATE_FAIR_AFTER.match(text, e, e + 30):
                designator = None  # "the Tulsa State Fair": the town's fair, not a state
            if designator in _ADMIN1_WORDS or designator == "department" and any(p.kind == "admin1" for p in places):
                # A department is the first-level division in Colombia, Peru or Guatemala, a lower one in France
                # or Cameroon: "the department of Arauca" is the division only where a division bears the name.
                hint = "admin1"
                if after[:1].isupper() and any(p.kind == "admin1" for p in places):
                    # "Niger State", Nigeria's: a division named after a country is not that country.
                    places = [p for p in places if p.kind != "country"]
            elif designator in _TOWN_WORDS:
                hint = "city"
                if designator in ("village", "hamlet"):
                    places = [p for p in places if p.kind == "city"]  # "the village of Colonia": no department
            elif (nxt or text.startswith(("'s", "’s"), e)) and _SUBDIVISION_AFTER.match(text, e, e + 30):
                hint = "county"  # "Fresno County": a division around the town, which may not be where it happened
                if "County" in text[e : e + 12] and any(p.cc == "US" for p in places):
                    # "Prince George's County": a US county, not the Canadian city of the name
                    places = [p for p in places if p.cc == "US"]
            strong = (
                _strong_context(before_words)
                # ("Antioch, Tennessee": a town and its division; not "nuns from Rwanda, India and Kenya", a list of
                # countries)
                or bool(_COMMA_CAPITAL.match(text, e, e + 30)) and not all(p.kind == "country" for p in places)
                or bool(dl and dl.start("place") <= s < dl.end("place"))
                or _held_by_placed(text, s, out)
                # "in Tel al-Sultan, Rafah": the town a part the gazetteer lacks is placed in
                or (
                    before.endswith(", ")
                    and (pc := _PART_COMMA_BEFORE.search(before[-45:])) is not None
                    and fold(pc.group("part")) not in g.names
                )
                # "the Dadaab refugee camp", "Bentiu PoC": a name that a camp bears is a place's
                or after_low in _CAMP_AFTER
                # a record's chain from the division down: "Centre-Nord region, Sanmatenga province, Barsalogho."
                or before.endswith(", ") and _CHAIN_UNIT_BEFORE.search(before[-45:]) is not None
                or s < 40
                and _ROW_DATE_BEFORE.search(text, 0, s) is not None
                and _ROW_PLACE_AFTER.match(text, e) is not None
                or not _BLOW_WORDS.isdisjoint(before_words[-2:])
                and _BLOWS_BEFORE.search(before[-30:]) is not None
                and any(p.kind == "city" and p.pop >= 100_000 for p in places)
            )
            if text[e : e + 2] in ("'s", "’s") and before_words and before_words[-1] in ("a", "an"):
                continue  # "into a Luby's cafeteria", "at a McDonald's": a business, not a town
            main = name.main
            if after_low == "township" and any(p.cc == "US" for p in places):
                places = [p for p in places if p.cc == "US"]  # "Bart Township": a US civil township
                main = _is_main(tuple(places), key)
            if key in g.demonyms and (hint is None or hint == "city" and _PLACE_OF_AFTER.match(text[e : e + 45])):
                # "a Somali" is a person, "the Somali town of Afgooye" names the country: neither is Somali region
                places = [p for p in places if p.kind == "country"]
                main = _is_main(tuple(places), key)
            if not places:
                continue
            if not main and name.n_words == 1 and not strong and designator not in _TOWN_WORDS:
                # a lone alternate spelling with no place cue ("Twin") is too weak to use ("the town of Kisweh",
                # GeoNames' Al Kiswah, says it is a place)
                continue
            weight = 1.0
            if (
                designator in ("village", "hamlet")
                and (vp := _VILLAGE_PLACED_AFTER.match(text, e, e + 30)) is not None
                and not _near_town_shares_land(text, vp.end() - 1, places, g)
            ):
                # "the village of Colonia outside Lamitan": a village told by the town it lies by, whose namesakes
                # abroad say little of the country (not "the village of Kafr Nabl near Maarat al-Numan", a village
                # the gazetteer lists in the town's own division)
                weight, strong = 0.4, False
            in_short_paren = False
            if hint is None and before.endswith("countryside of ") and any(p.kind == "admin1" for p in places):
                hint = "admin1"  # "in Thiban town in the eastern countryside of Deir Ezzor": the governorate
            elif (
                hint is None
                and (text.startswith(" countryside", e) or before.endswith(("rural ", "Rural ")))
                and any(p.kind == "admin1" for p in places)
            ):
                hint = "admin1"  # "in the western Aleppo countryside", "in rural Hama": the governorate's rural part
                # ("in the Damascus countryside", "rural Damascus": the governorate around the capital, a division
                # of its own)
                rural = g.lookup(f"{key} countryside" if text.startswith(" countryside", e) else f"rural {key}")
                places = [p for p in rural if p.kind == "admin1"] or places
            tier = next(((a, b) for a, b in hierarchy if a < s < b), None) if hierarchy else None
            if tier is not None:
                # "Boni (Hombori, Douentza, Mopti)": the divisions the place lies in, last the first-level one.
                strong = True
                tail = text[e : tier[1]].strip(" )")
                if hint is None and tail in ("", "countryside") and any(p.kind == "admin1" for p in places):
                    hint = "admin1"
            elif "(" in before[-30:]:
                op = _OPEN_PAREN.search(before[-30:])
                cp = _CLOSE_PAREN.match(text[e : e + 30])
                # "(US) staff", "(1 international New Zealand, 2 nationals)": a short aside on origin.
                in_short_paren = bool(op and cp and (len(op.group(0)) + (e - s) + len(cp.group(0))) <= 60)
                # "(He died later in a Seattle hospital.)": a clause placing something, not an origin.
                if in_short_paren and op is not None and _PLACING_PREP.search(op.group(0)):
                    in_short_paren = False
            # ("rockets were fired from southern Lebanon at Kiryat Shmona": where they came from, by a compass word)
            from_before = bool(before_words) and (
                before_words[-1] == "from"
                or (len(before_words) > 1 and before_words[-2] == "from" and before_words[-1] in ("the", *_DIRECTION))
                or before_words[-1] == "of"
                and "from" in before_words
                and bool(_FROM_TOWN_OF_BEFORE.search(before[-50:]))
            )
            if from_before and after_low in _SITE_AFTER:
                from_before = False  # "abducted from the Dadaab refugee camp": taken from where it happened
            elif from_before and strong and not _CROSSED_FROM_BEFORE.search(before[-60:]):
                # "a camp 40 km from Menaka": the distance's town, where it happened (not "rebels crossed from the
                # Democratic Republic of the Congo and attacked a school in Mpondwe": where they came from)
                from_before = False
            # Each cue's key word is looked for in the window first: most names have none of them before them.
            low_before = before.lower()
            if (
                in_short_paren
                or (from_before and _NATIONALITY_BEFORE.search(before[-40:]))
                or ((" of " in before[-80:]) and _CITIZENS_OF_BEFORE.search(before[-80:]))
                or ("fight" in before[-60:] and _TO_FIGHT_ABROAD_BEFORE.search(before[-80:]))
                or (("home" in low_before or "native" in low_before) and _HOME_BEFORE.search(before[-40:]))
            ):
                weight = 0.0  # "(US) staff", "aid workers from France": nationality, not location
                strong = False
            elif before.endswith(_VENUE_WORDS_BEFORE):
                weight, strong = 0.1, False  # "the Hotel Farah", "the Cafe Lyon": a venue's name, not its town
            elif after in _STATE_BODY_WORDS and any(p.kind == "country" for p in places):
                # "an employee of the US Agency for International Development": a state's body, wherever it works
                weight, strong = 0.3, False
            elif (
                text.startswith(" Town", e)
                and _TOWN_WORD_AFTER.match(text, e, e + 8)
                and not g.lookup(fold(f"{text[s:e]} town"))
            ):
                weight, strong = 0.1, False  # "the Johar Town area of the city" (Lahore): a quarter's name
            elif "this" in before[-30:] and _LINKED_TO_HERE_BEFORE.search(before[-40:]):
                weight, strong = 0.2, False  # "a bridge which links this city with El Paso": the far end, not here
            elif (
                (("from" in before or "between" in before) and _ROUTE_BEFORE.search(before[-50:]))
                or (from_before and _ROUTE_AFTER.match(text, e, e + 8))
            ) and not _VOYAGE_BEFORE.search(before[-70:]):
                strong = True  # "from Gode to Degeh Bur": a route, both ends where it happened
            elif (from_before or "from" in before[-20:]) and _FIRED_FROM_BEFORE.search(before[-40:]):
                # "a mortar shell fired from the Gaza Strip exploded outside his home in Nahal Oz": where the fire
                # came from, which is never where it fell ("fired from inside Myanmar" too)
                weight, strong = 0.1, False
            elif from_before:
                weight = 0.4  # "a contractor from Texas", "a convoy from Cameroon": where people came from
                strong = False
            elif (
                not _SEAT_WORDS.isdisjoint(before_words)
                and _ORG_SEAT_BEFORE.search(before[-50:])
                and not _ORG_SEAT_ATTACKED.search(before[-70:])
                and not _ORG_SEAT_HIT_AFTER.match(text, e, e + 60)
            ):
                # "The NGO is headquartered in Bangui": the organisation's seat, as officials' is (hint "seat")
                weight, strong, hint = min(weight, 0.5), False, "seat"
            elif "to" in low_before and _INTENT_BEFORE.search(before):
                weight = 0.2  # "spoke of intent to attack locations in Florida": a plan, not the event
                strong = False
            elif ((" to" in low_before[-30:] or " into " in low_before[-30:] or " for " in low_before[-12:]
                   or low_before.endswith("hospital in "))
                  and any(w in low_before[-50:] for w in _DESTINATION_STEMS)
                  and (dest := _DESTINATION_BEFORE.search(before[-50:]))
                  or before_words[-1:] == ["in"]
                  and ("arrived" in low_before[-40:] or "refuge" in low_before[-30:])
                  and (dest := _REFUGE_BEFORE.search(low_before[-50:]))):
                # "airlifted to Nairobi": where the wounded were taken, never the place itself; a hospital or a
                # flight by road is mostly in the same country, and still says which
                far = dest.group(0).lower().startswith(_FAR_DESTINATION)
                weight = 0.2 if far else _NEAR_DESTINATION_WEIGHT
                strong, hint = strong and not far, hint or "destination"
            elif before_words[-2:] == ["away", "in"] and _DISTANCE_AWAY_BEFORE.search(before[-40:]):
                # "the nearest major hospital is about 130 km away in Hyderabad": a place told by how far it is
                weight, strong = 0.3, False
            elif before_words[-1:] and before_words[-1] in _TAKEN_LAST and (
                "into" in low_before and _TAKEN_INTO_BEFORE.search(before[-60:])
            ):
                weight, strong = 0.2, False  # "taken across the border into Somalia": where captives went
            elif before_words[-1:] and before_words[-1] in _TAKEN_LAST and (
                "into" in low_before and _FLED_INTO_BEFORE.search(before[-100:])
            ):
                weight, strong = 0.2, False  # "a quarter of whom crossed into Uzbekistan": where the displaced went
            elif before_words[-1:] and before_words[-1] in _TAKEN_LAST and (
                ("eased" in low_before or "free" in low_before or "rescu" in low_before or "hand" in low_before
                 or "alive" in low_before or "reappe" in low_before)
                and _RELEASED_BEFORE.search(before[-60:])
            ):
                weight, strong = 0.2, False  # "released in Menaka three weeks later": where captives were freed
            elif (before_words[-1:] and before_words[-1] in _TAKEN_LAST or before.endswith(", ")) and (
                ("arrest" in low_before or "caught" in low_before or "captured" in low_before)
                and _ARRESTED_AWAY_BEFORE.search(text, max(0, s - 100), s)
            ):
                weight, strong = 0.2, False  # "fled and was arrested the next morning in Shelby": where he was caught
            if before_words[-1:] == ["of"] and _WATER_BEFORE.search(before[-20:]):
                # "in the Gulf of Aden", "the Sea of Azov": a sea named after a town or a land, not on it
                weight, strong, hint = min(weight, 0.5), False, "water"
            if (
                before_words[-1:] in (["of"], ["the"])
                and all(p.kind == "country" for p in places)
                and _STANCE_OF_BEFORE.search(before[-30:])
            ):
                weight, strong = min(weight, 0.2), False  # "a critic of Syria": a stance, not where it happened
            if before_words[-1:] == ["the"] and text[s:e] == "Gulf" and not _PROVINCE_AFTER.match(text, e):
                # "an airliner shot down over the Gulf": the sea between Iran and Arabia, not Papua New Guinea's Gulf
                # Province
                weight, strong, hint = min(weight, 0.2), False, "water"
            if before_words[-1:] == ["the"] and fold(text[s:e]).startswith("rio "):
                # "in the concrete riverbed of the Rio Grande": a river by its Spanish or Portuguese word, not the
                # towns named after it
                weight, strong, hint = min(weight, 0.2), False, "water"
            if after_low == "river" and any(p.kind == "country" for p in places):
                # "a boat on the Niger River near Banikane": a river named after a land, which it crosses with others
                weight, strong, hint = min(weight, 0.2), False, "water"
            if "over" in low_before[-40:] and _FLYING_OVER_BEFORE.search(before[-50:]) is not None:
                # "missiles fired from bombers flying over Russia's Kursk region": where the launchers were
                weight, strong = min(weight, 0.1), False
            if (
                before_words[-1:] in (["of"], ["from"])
                and (fd := _FAR_DISTANCE_BEFORE.search(before[-70:])) is not None
                and int(fd.group("n").replace(",", "")) >= _FAR_KM
            ):
                # "Izhevsk, a city about 960 kilometers east of Moscow": a far town only measures the distance (and
                # still says the country, when it is the only place named)
                weight = min(weight, 0.5)
            if " with " in low_before[-12:] and _BORDER_WITH_BEFORE.search(before[-30:]):
                weight, strong = min(weight, 0.2), False  # "near the border with Mali": the other side of it
            elif (
                before.endswith(("the ", "near ", "close to "))
                and _COUNTRY_BORDER_AFTER.match(text, e)
                and any(p.kind == "country" for p in places)
            ):
                # "near Kibbutz Re'im, close to the Gaza border": the land across it, named by its side of the line
                weight, strong = min(weight, 0.2), False
            if before.endswith("In ") and _world_body_speaks(text, before, e):
                weight, strong, hint = min(weight, 0.2), False, "seat"
            elif before.endswith("In ") and _capital_clause_speaks(text, before, e, places, g):
                # "In Islamabad, the minister said": the capital still names the country, but no scene of the event
                hint = "seat"
            elif before_words[-1:] == ["in"] and (
                seat := _speaks_from(before[-60:], places, g, bool(_SAYS_AFTER.match(text, e, e + 20)))
            ):
                # "the defence ministry in Niamey said", "the police command said in Jos"; a capital's officials
                # still say the country clearly
                weight, strong, hint = min(weight, seat), False, "seat"
            if (
                not strong
                and _SAYS_AFTER.match(text, e, e + 12)
                and (all(p.kind == "country" for p in places) or places[0].kind == "country" and name.main)
            ):
                # "...; Iran said it was retaliation": a state that speaks of an attack, not where it fell (and
                # "Denmark said its diplomats were safe", though towns in the US and Australia bear the name)
                weight = min(weight, 0.4)
            elif (
                not strong
                and before_words[-1:] not in (["in"], ["at"], ["near"])
                and _SAYS_AFTER.match(text, e, e + 12)
                and _is_capital(places, g)
            ):
                # "killing seven members of Iran's Revolutionary Guards, Tehran said": the capital for its government
                weight, hint = min(weight, 0.4), hint or "seat"
            cs, ce = _hyphen_chain(text, s, e)  # "the Kendall-Whittier neighborhood": the whole joined name
            if (
                _town_part_after(text, ce, places)
                and (
                    text.endswith(("the ", "The "), 0, cs)
                    or _CITYS_PART_BEFORE.search(text, max(0, cs - 40), cs) is not None
                    # (after a town's possessive only the quarter's capitalised "District": "Philadelphia's
                    # Kensington section" is placed by that town as a part it names)
                    or text.endswith(("'s ", "’s "), 0, cs) and text.startswith(" District", ce)
                )
                and not _PART_OF_AFTER.match(text, ce, ce + 30)
            ):
                # "in the SODO neighborhood" (of the dateline's Seattle): a part of a town the text has named, not
                # Ethiopia's Sodo; its country is the town's ("Dayton's Oregon District", "the city's crowded Oregon
                # District": not the state, nor Ohio's town of Oregon)
                weight, strong = min(weight, 0.3), False
            elif (cs, ce) != (s, e) and _BORDER_AFTER.match(text, ce):
                # "near Thulthuli village on the Narayanpur-Dantewada border": two districts' line, named by their
                # seats, is where neither town is
                weight, strong = min(weight, 0.3), False
            elif (
                text.startswith(",", e)
                and (cu := _COMMA_UNIT_AFTER.match(text, e, e + 50) or _APPOSED_UNIT_AFTER.match(text, e, e + 110))
                is not None
                and (unit_places := g.lookup(fold(cu.group("unit"))))
                and not {q.cc for q in unit_places} & {p.cc for p in places}
            ):
                # "in Muttur, Trincomalee district": the unit after the comma lies in another country than every
                # namesake of the town (Tamil Nadu's Muttur), so the town is one the gazetteer lacks
                weight, strong = min(weight, 0.3), False
            elif (
                (po := _PART_OF_TOWN_AFTER.match(text, e, e + 40)) is not None
                and (town_places := g.lookup(fold(po.group("town"))))
                and not {q.cc for q in town_places} & {p.cc for p in places}
            ):
                # "in Al-Qahira district of Taiz city": a part named like a great city elsewhere (Cairo); the town
                # after it says the country
                weight, strong = min(weight, 0.3), False
            if " in" in before[-4:] and (em := _MISSION_IN_BEFORE.search(before[-45:])) is not None:
                # "the US embassy in Athens": a country's mission lies abroad, so not its namesake town at home
                home = g.demonyms.get(fold(em.group("who"))) or next(
                    (p.cc for p in g.lookup(fold(em.group("who"))) if p.kind == "country"), None
                )
                if home is not None and any(p.cc != home for p in places):
                    places = [p for p in places if p.cc != home]
            if after_low in _STATE_VOICE_VERBS and _is_capital(places, g):
                # "Tehran vowed to retaliate", "Moscow denied any role": the capital as its government's voice
                weight, strong = min(weight, 0.3), False
            owned = after_low
            if text.startswith(("'s ", "’s "), e) and (pm := _NEXT_WORD.match(text, e + 2)):
                owned = pm.group(1).lower()  # "Iran's Revolutionary Guards", "Iran's ambassador"
            if (owned in _OWNER_NOUNS or _NAMED_BASE_AFTER.match(text, e, e + 50)) and any(
                p.kind == "country" for p in places
            ):
                weight = min(weight, 0.4)  # "the US embassy in Baghdad", "Pakistan Army troops": whose, not where
                strong = False
            if (
                "born" in low_before
                or "grew" in low_before
                or "served" in low_before
                or "former" in low_before
                or "raised" in low_before
                or "studied" in low_before
                or "fought" in low_before
                or "join" in low_before
                or "returned" in low_before
                or "veteran" in low_before
            ) and _BIOGRAPHY_BEFORE.search(before):
                weight, strong = min(weight, 0.2), False  # "who grew up in Dallas, Texas": the past, not the event
            elif before[-4:] in (" in ", " at ") and "based" in before[-24:] and _BASE_BEFORE.search(before):
                weight, strong = min(weight, 0.2), False  # "an Islamic State cell based in Adiyaman": the group's home
            elif ":" in before[-4:] and _WHO_FIELD_BEFORE.search(before[-20:]):
                weight, strong = min(weight, 0.1), False  # "Operator: US", "Perpetrator: Russia": who, not where
            elif " in" in before[-4:] and _COURT_IN_BEFORE.search(before):
                weight, strong = min(weight, 0.2), False  # "was later convicted in Switzerland": the court's country
            elif (
                before.endswith(" in ")
                and any(p.kind == "country" for p in places)
                and _ARREST_IN_BEFORE.search(before)
            ):
                weight, strong = min(weight, 0.2), False  # "was arrested in Argentina in 2005": where he was caught
            elif before_words[-1:] == ["of"] and _SEE_OF_BEFORE.search(before[-30:]):
                # "the Catholic Diocese of Buea", "the Bishop of Buea": a church's see, named for its town
                weight, strong = min(weight, 0.3), False
            elif nxt and after_low in _OFFICE_FIRST and _OFFICE_AFTER.match(text, e, e + 30):
                # "relatives of Buluan vice mayor Esmael Mangudadatu": the town an official serves, named in his title
                strong = False
            elif nxt and _ORIGIN_AFTER.match(text, e, e + 40):
                weight, strong = min(weight, 0.2), False  # "labourers of Amhara and Wolkait origin": whose people
            elif before_words[-1:] in (["of"], ["nearby"]) and _RESIDENCE_BEFORE.search(before):
                weight, strong = min(weight, 0.2), False  # "John Doe, 34, of Akron": his home, not the event
            elif (
                before_words[-1:] in (["near"], ["outside"], ["of"])
                and (hm := _HOME_TOLD_BY_BEFORE.search(before))
                and _RESIDENCE_BEFORE.search(before, 0, hm.start("home"))
            ):
                weight, strong = min(weight, 0.2), False  # "X, of Conklin, a town near Binghamton": the same home
            if (
                name.facility is None
                and after in _FACILITY_AFTER_FIRST
                and (fa := _FACILITY_AFTER.match(text, e, e + 40))
            ):
                name = name._replace(facility=fa.group(1).lower())  # "attacked Bagram air base", "the Dallas airport"
            if name.facility and _town_facility(name) and not _PLACED_AFTER.match(text, run.end(), run.end() + 12):
                # "the Washington Navy Yard": the town, not a division of its name elsewhere (Erbil's is its own).
                if len({p.cc for p in places}) > 1 and len({p.cc for p in places if p.pop >= _HAMLET_POP}) == 1:
                    places = [p for p in places if p.pop >= _HAMLET_POP]  # not the hamlet abroad
                towns = {p.admin1 for p in places if p.kind == "city"}
                places = [p for p in places if p.kind == "city" or p.kind == "admin1" and p.admin1 in towns]
                hint = hint or "city"
            elif name.facility:
                # "Cleveland Elementary School", "Kennedy Airport": often named after somewhere else.
                weight *= 0.5
                if len({p.cc for p in places}) > 1:
                    weight = min(weight, 0.2)  # a namesake in several countries does not pick the country
                hint = hint or ("school" if name.facility == "school" else "facility")
                if name.key in _FACILITY_NAMESAKES:
                    weight, hint = 0.0, "school"  # "Kennedy Airport", "Reagan National Airport": a person's name
                    served = _NAMED_AIRPORTS.get(name.key) if name.facility == "airport" else None
                    town = []
                    if served is not None:
                        town = [q for q in g.lookup(fold(served[1])) if q.cc == served[0] and q.kind == "city"]
                    if town:
                        # "Kennedy Airport" serves New York: the town, written by its own name, unless the text
                        # names where the airport lies ("in Queens": a facility's town scores lower)
                        places, weight, hint = town[:1], 0.5, "airport"
            if dl and dl.start("place") <= s < dl.end() and text[s - 1 : s] == "/" and text[e : e + 1] == "/":
                continue  # "MOSCOW, November 17. /TASS/.": the agency, not Hungary's Tass
            if dl and dl.start("place") <= s < dl.end():
                # where the reporter filed from: the event may be elsewhere ("KIDAPAWAN CITY —" too, whose designator
                # would otherwise make it a town the text names; "CAMP PERALTA, Jamindan, Capiz —", a division's
                # camp, names its town after it)
                hint = "dateline" if hint in (None, "city") else hint
            if (
                out
                and out[-1].end == s - 2
                and out[-1].weight <= 0.2
                and text.startswith(", ", s - 2)
                and all(p.kind in ("admin1", "country") for p in places)
            ):
                weight, strong = min(weight, out[-1].weight), False  # "of Carrollton, Georgia": the home's state
            out.append(Mention(s, e, text[s:e], places, strong, weight=weight, hint=hint))
        if words and len(out) == n_before and not _INSTITUTION_RUN.search(rtext):
            # (not "the Zaporizhzhia Oblast Military Administration": an office's name, whose place is no person's)
            person_tokens.update(words)
    _join_of_names(text, out, g)
    _pair_joined(text, out)
    if ", " in text:
        _foreign_part(text, out)
    if " and " in text:
        out = _join_and_names(text, out, g)
    _pair_listed(text, out)
    out += _party_state_tags(text, g)
    if tags := (
        _town_state_tags(text, g) + _common_word_divisions(text, g) + _misspelt_divisions(text, g, out)
        + _postal_code_states(text, g)
    ):
        out = sorted(out + tags, key=lambda m: m.start)
    _pair_qualified(text, out)
    _pair_in_district(text, out)
    if hierarchy:
        _pair_tiered(text, out, hierarchy)
    _pair_county_state(text, out)
    _state_over_country(out)
    if "capital of " in text:
        out = _capital_of_elsewhere(text, out)
    if " support " in text or "solidarity" in text or "protest" in text:
        # "during a demonstration in support of the Democratic Republic of Congo": a cause, not a place
        out = [
            m
            for m in out
            if not (
                all(p.kind == "country" for p in m.places)
                and _CAUSE_BEFORE.search(text, max(0, m.start - 40), m.start)
            )
        ]
    if " match" in text or " game" in text or "qualifier" in text or "friendly" in text:
        # "during a France–Germany football match": two sides of a fixture, not where it happened
        fixtures = [fm.span() for fm in _FIXTURE.finditer(text)]
        out = [m for m in out if not any(a <= m.start < b for a, b in fixtures)]
    if site_keys:
        # "Police: 32 killed in al-Shabaab attack on Lido beach hotel": the site named again elsewhere in the text
        out = [m for m in out if fold(m.text) not in site_keys]
    # A lone surname repeated after a full name ("Jimmy Lam ... Lam killed") is a person, not a town.
    return [m for m in out if m.strong or fold(m.text) not in person_tokens]


_FIXTURE = compile_scan(
    r"\b[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?\s?[-–—]\s?[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?\s+"
    r"(?:(?:football|soccer|rugby|cricket|basketball|hockey|international|qualifying|friendly|league|cup)\s+)*"
    r"(?:match|game|friendly|qualifier|fixture)\b"
)


_CAPITAL_OF_BEFORE = compile_scan(r",\s+(?:the\s+)?(?:[a-z]+\s+)?capital\s+of\s+(?:the\s+)?$")


def _capital_of_elsewhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "in Baidoa, the administrative capital of South West State": the division a town is the capital of lies in
    the town's country, so a division of that name only elsewhere (Cameroon's South-West) is not the one meant,
    however strongly "State" names a division."""
    drop: set[int] = set()
    for i, m in enumerate(mentions):
        if i == 0 or not any(p.kind == "admin1" for p in m.places):
            continue
        town = mentions[i - 1]
        if m.start - town.end > 60 or not _CAPITAL_OF_BEFORE.search(text, town.end, m.start):
            continue
        town_cc = {p.cc for p in town.places if p.kind == "city"}
        if town_cc and not town_cc & {p.cc for p in m.places}:
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


def _state_over_country(mentions: list[Mention]) -> None:
    """ "MACON, Ga. (AP) - ... a warehouse in central Georgia": a name that is both a country and a division of
    another country is the division where other names place the text there without doubt (the dateline's town,
    the state's abbreviation), so the country reading is dropped."""
    both = [m for m in mentions if {"country", "admin1"} <= {p.kind for p in m.places}]
    if not both:
        return  # most texts name no such place
    # the one division each unambiguous town or division name places the text in (never a "both" name itself)
    placed = {
        (o.places[0].cc, o.places[0].admin1)
        for o in mentions
        if o.places and o.weight >= 0.5 and o.places[0].kind in ("city", "admin1")
        and len({(q.cc, q.admin1) for q in o.places}) == 1
    }
    for m in both:
        if {(p.cc, p.admin1) for p in m.places if p.kind == "admin1"} & placed:
            m.places = [p for p in m.places if p.kind != "country"]


# A town with its state's postal code, as police releases, local TV datelines and shooting trackers write it:
# "AURORA, IL -", "Lebanon, TN (Wilson Co.)", "2022-07-30 | Springfield, IL |".
_TOWN_POSTAL_CODE = compile_scan(
    r"\b(?P<town>[A-Z][A-Za-z.'’-]+(?:[ \t][A-Z][A-Za-z.'’-]+){0,2}),[ \t]*(?P<code>[A-Z]{2})\b(?![a-z'’-])"
)
# How far into a text a town's postal code is looked for: a dateline or a tracker's row opens the text.
_POSTAL_CHARS = 600


@lru_cache(maxsize=1)
def _postal_codes() -> dict[str, str]:
    """The Postal Service's state codes (us_postal_codes.yaml): code -> the state's name."""
    return {str(k): str(v) for k, v in read_reference("us_postal_codes.yaml").items()}


def _postal_code_states(text: str, g: Gazetteer) -> list[Mention]:
    """The state a town's postal code gives (us_postal_codes.yaml) where the gazetteer lists the town in that state,
    as a mention of the division ("OR", "IN" and "ME" are words elsewhere: the town's namesake must agree)."""
    if ", " not in text[:_POSTAL_CHARS]:
        return []
    codes = _postal_codes()
    out = []
    for pm in _TOWN_POSTAL_CODE.finditer(text, 0, _POSTAL_CHARS):
        state = codes.get(pm.group("code"))
        if state is None or not any(
            p.kind == "city" and p.cc == "US" and p.admin1 == state for p in g.lookup(fold(pm.group("town")))
        ):
            continue
        place = next((p for p in g.lookup(fold(state)) if p.kind == "admin1" and p.cc == "US"), None)
        if place is not None:
            a, b = pm.span("code")
            out.append(Mention(a, b, text[a:b], [place], True))
    return out


def _near_town_shares_land(text: str, at: int, places: list[Place], g: Gazetteer) -> bool:
    """Whether the town named at `at` ("near Maarat al-Numan") lies in a division where the village's own
    gazetteer entry does."""
    tm = _TOWN_RUN.match(text, at)
    if tm is None:
        return False
    towns = g.lookup(fold(tm.group(0)))
    return any((p.cc, p.admin1) == (t.cc, t.admin1) for p in places if p.kind == "city" for t in towns)


def _town_facility(name: _Name) -> bool:
    """A facility of the kind that bears its town's name, under the name of a sizable town or of one country's
    towns only, and not of a person."""
    return (
        (name.facility in _TOWN_FACILITY or name.facility == "branded")
        and name.key not in _FACILITY_NAMESAKES
        and (
            max((p.pop for p in name.places if p.kind == "city"), default=0) >= _TOWN_FACILITY_POP
            # "Balad air base": a town only one country has; "Bagram air base" too, though GeoNames gives an
            # Iranian hamlet that name among its alternates
            or len({p.cc for p in name.places if p.pop >= _HAMLET_POP}) == 1
            and max((p.pop for p in name.places if p.kind == "city"), default=0) >= _TOWN_FACILITY_MIN_POP
        )
    )


def _beside_unit(names: tuple[_Name, ...], second: tuple[Mention, bool], base: int) -> tuple[_Name, ...]:
    """The run's gazetteer names that the unit's name overlaps: gone where the unit is a division ("Yagha
    province", a Turkish hamlet Yagha; "Cotabato province", not Cotabato City's division); otherwise only the
    unit's country's towns stay, as the place it is named for ("Beni territory": Beni)."""
    unit, as_division = second
    cc = unit.places[0].cc
    kept = []
    for n in names:
        if base + n.end <= unit.start or base + n.start >= unit.end:
            kept.append(n)
        elif not as_division and (towns := tuple(p for p in n.places if p.kind == "city" and p.cc == cc)):
            kept.append(n._replace(places=towns))
    return tuple(kept)


# "the defence ministry in Niamey said", "the government in Kabul announced": the seat of who speaks, not where it
# happened ("a government ministry in Afrin" with nothing said is a building there).
_SEAT_BEFORE = compile_scan(r"\b(?:ministry|government)\s+in\s+$", re.IGNORECASE)
# "officials in Abuja said", "authorities in Bamako told reporters": the same of a country's capital, where those
# who speak for the state sit ("police in Kano said" is mostly Kano's own police, telling of Kano).
_CAPITAL_SEAT_WEIGHT = 0.75
# "the State Police Command said in Jos", "officials said on Monday in Quetta", "told reporters in Peshawar": where
# a statement was made, after the verb.
_SAID_IN_BEFORE = compile_scan(
    r"\b(?:said|says|stated|announced|added|speaking|spoke|told\s+(?:reporters|journalists|a\s+news\s+conference|[A-Z]\w+))"
    r"(?:\s+on\s+\w+day)?\s+in\s+$"
)
_OFFICIALS_BEFORE = compile_scan(r"\b(?:officials|authorities|spokes(?:man|woman|person))\s+in\s+$", re.IGNORECASE)
_SAYS_AFTER = compile_scan(r"\s+(?:said|says|told|announced|reported|confirmed|stated)\b")
def _speaks_from(before: str, places: list[Place], g: Gazetteer, says_after: bool) -> float:
    """The weight of a name the words around make the seat of those who speak (0.0 when they do not): a
    ministry's or government's town ("the ministry in Niamey said"), the capital where officials speak for the
    state ("officials in Abuja said"), or where a statement was made ("the ombudsman said in Bogota"). A capital
    names its country as surely as "Nigerian officials" would."""
    if says_after and _SEAT_BEFORE.search(before):
        return 0.5
    if says_after and _OFFICIALS_BEFORE.search(before) and _is_capital(places, g):
        return _CAPITAL_SEAT_WEIGHT
    if _SAID_IN_BEFORE.search(before):
        return _CAPITAL_SEAT_WEIGHT if _is_capital(places, g) else 0.5
    return 0.0


def _is_capital(places: list[Place], g: Gazetteer) -> bool:
    """Whether the name is its country's capital (asked only once the words around call for it)."""
    return any(p.kind == "city" and fold(p.name) == fold(g.capitals.get(p.cc, "")) for p in places)


# "In Moscow, the defence ministry said ...", "In Doha, mediators met Hamas officials": a sentence opened by the
# capital where a state speaks or talks, the related paragraph of a wire story, not a second scene of the event.
_OPENS_SENTENCE_IN = compile_scan(r"(?:^|[.!?\n]\s*)In\s+$")
_CLAUSE_SPEAKS_AFTER = compile_scan(
    r",\s+[^.;:]{0,80}?\b(?:said|says|told|announced|denied|denies|condemned|urged|called|met|meet|rallied|"
    r"discussed|vowed|warned|summoned)\b"
)


# "In New York, a spokesman for the UN Secretary-General said", "In Geneva, the UN rights office urged": the seat
# of a body of many states, which is where it speaks, not where anything happened.
_WORLD_BODY_AFTER = compile_scan(
    r",\s+[^.;:]{0,60}?\b(?:U\.?N\.?|United\s+Nations|Security\s+Council|Secretary-General|General\s+Assembly|"
    r"European\s+Union|EU|African\s+Union|NATO|International\s+Criminal\s+Court|ICC|Red\s+Cross|ICRC)\b"
)


def _world_body_speaks(text: str, before: str, e: int) -> bool:
    """Whether a town opens a sentence in which a body of many states speaks or meets ("In New York, the UN
    Security Council met"): its seat, which names neither the scene nor the scene's country."""
    return bool(_OPENS_SENTENCE_IN.search(before[-8:]) and _WORLD_BODY_AFTER.match(text, e, e + 80))


def _capital_clause_speaks(text: str, before: str, e: int, places: list[Place], g: Gazetteer) -> bool:
    """Whether a capital opens a sentence whose clause speaks ("In Washington, diplomats said"); never any other
    name: "In Kano, gunmen killed six" is the event's own town."""
    if not _OPENS_SENTENCE_IN.search(before[-8:]) or not _CLAUSE_SPEAKS_AFTER.match(text, e, e + 100):
        return False
    return _is_capital(places, g)


_WATER_BEFORE = compile_scan(r"\b(?:Gulf|Bay|Sea|Straits?)\s+of\s+$")
_WATER_WORDS = frozenset({"Gulf", "Bay", "Sea", "Strait", "Straits"})
_PROVINCE_AFTER = compile_scan(r"\s+[Pp]rovince\b")
# "MP Walid Eido, a critic of Syria", "an ally of Iran": a country the victim stood for or against, not a place.
_STANCE_OF_BEFORE = compile_scan(
    r"\b(?:critics?|opponents?|allies|ally|supporters?|foes?|enemy|enemies|detractors?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "close to the Gaza border", "near the Afghan frontier": the land named by its side of the line, across it from
# where it happened; not a town, a post or a fence of that side ("along the Gaza border fence": where the protesters
# stood).
# ("attack near Niger, Burkina borders": a headline's list of the sides, with no article)
_COUNTRY_BORDER_AFTER = compile_scan(
    r"(?:(?:,|,?\s+and)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,3}\s+(?:borders?|frontiers?)\b"
    r"(?!\s+(?:towns?|villages?|city|cities|regions?|areas?|districts?|provinces?|crossings?|"
    r"posts?|points?|guards?|police|fences?|walls?|barriers?))"
)
# "near the border with Mali": the country across the border from where it happened.
# Kashmir's de facto border and other frontiers are written the same way: "near the Line of Control with Pakistan".
_BORDER_WITH_BEFORE = compile_scan(
    r"\b(?:borders?|frontier|line\s+of\s+control|LoC|boundary)\s+with\s+(?:the\s+)?$", re.IGNORECASE
)


# "Pattani's Nong Chik", "Sagaing region's Depayin": a place written as held by the place before it.
_POSSESSIVE_GAP = compile_scan(r"(?:\s+(?:region|province|state|governorate|division))?['’]s\s+")



def _held_by_placed(text: str, start: int, found: list[Mention]) -> bool:
    """A place held by a place that the text places the event in ("in Pattani's Nong Chik district") is placed
    there too: the preposition stands before the possessor. The unit's own mention ("Hays district" as a
    division, found with its run) may already stand last: the possessor is the last mention before the name."""
    prev = next((m for m in reversed(found) if m.end <= start), None)
    return prev is not None and prev.strong and bool(_POSSESSIVE_GAP.fullmatch(text, prev.end, start))


# "in Unity state", "Cameroon's East region": a division whose name is a common word, named with its kind.
_CAPITALISED_BEFORE = compile_scan(r"[A-Z][\w-]*\s+$")


@lru_cache(maxsize=1)
def _common_word_division_re(g: Gazetteer) -> re.Pattern[str]:
    """The common words that name a division somewhere ("Unity", "East"), each before a division's kind."""
    words = sorted(w for w in (fold(x) for x in _stopwords()) if any(p.kind == "admin1" for p in g.lookup(w)))
    alternation = "|".join(re.escape(w.title()) for w in words if " " not in w) or "(?!)"
    # ("North-West region": the name's second half, after its hyphen, is no name of its own)
    return compile_scan(rf"(?<![\w'’-])(?:{alternation})(?=\s+(?i:state|province|region|governorate)\b)")


def _common_word_divisions(text: str, g: Gazetteer) -> list[Mention]:
    """A single word the gazetteer leaves out as too common to mean a place alone ("Unity", "East", "Northern")
    names a division when its kind follows: only the divisions of that name count, never a town. A word that
    continues a capitalised name ("Upper East region") is left to that name."""
    out = []
    for wm in _common_word_division_re(g).finditer(text):
        key = fold(wm.group(0))
        if _CAPITALISED_BEFORE.search(text, max(0, wm.start() - 30), wm.start()):
            continue
        admins = [p for p in g.lookup(key) if p.kind == "admin1"]
        if admins:
            before_words = text[max(0, wm.start() - 40) : wm.start()].lower().split()[-5:]
            if before_words and before_words[-1].endswith(("'s", "’s")):
                before_words = before_words[:-1]  # "in Cameroon's East region"
            out.append(Mention(wm.start(), wm.end(), wm.group(0), admins, _strong_context(before_words), hint="admin1"))
    return out


# "in Helmend province", "Jongeli state", "Baghlaan province": a field writer's spelling of a first-level division,
# one letter off, doubled or swapped, that neither GeoNames nor admin1_aliases.yaml lists. With its kind after it,
# an unknown name that is nearly one division's name (and no other's) is that division.
_DIVISION_KINDS = (" province", " governorate", " region", " state", " prefecture", " oblast")
_NAME_BEFORE_KIND = compile_scan(r"(?<![\w'’-])([A-Z][a-z'’]{3,}(?:[ -][A-Z][a-z'’]+)?) $")
_MISSPELT_RATIO = 0.85
_MISSPELT_SCAN = 1500  # the opening, where an incident's place is named: the pass costs more than it finds below


@lru_cache(maxsize=1)
def _division_keys() -> dict[str, list[tuple[str, tuple[Place, ...]]]]:
    """The gazetteer's keys that name a first-level division, by their first letter."""
    g = load()
    out: dict[str, list[tuple[str, tuple[Place, ...]]]] = defaultdict(list)
    for key, ids in g.names.items():
        admins = tuple(p for i in ids if (p := g.places[i]).kind == "admin1")
        if admins and len(key) >= 4:
            out[key[0]].append((key, admins))
    return dict(out)


def _misspelt_divisions(text: str, g: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Divisions named with their kind under a spelling one or two letters off a division's own (above)."""
    out: list[Mention] = []
    ends: set[int] | None = None
    for kind in _DIVISION_KINDS:
        i = text.find(kind, 0, _MISSPELT_SCAN)
        while i != -1:
            k, i = i, text.find(kind, i + 1, _MISSPELT_SCAN)
            if text[k + len(kind) : k + len(kind) + 1].isalpha():
                continue  # "the statement", "regional"
            if not text[text.rfind(" ", max(0, k - 30), k) + 1 : k][:1].isupper():
                continue  # "the state", "the region": most kind words follow no name at all
            if ends is None:
                ends = {m.end for m in found}
            if k in ends:
                continue  # "Helmand province": a name the gazetteer knows
            nm = _NAME_BEFORE_KIND.search(text, max(0, k - 40), k + 1)
            if nm is not None and (hit := _misspelt(text, g, found, nm)) is not None:
                out.append(hit)
    return out


def _misspelt(text: str, g: Gazetteer, found: list[Mention], nm: re.Match[str]) -> Mention | None:
    """The division an unknown name before a division's kind is a misspelling of, as a mention; else None."""
    s, e = nm.span(1)
    key = fold(nm.group(1))
    if key in g.names or any(m.start < e and s < m.end for m in found):
        return None
    top = _nearest_division(key)
    return Mention(s, e, text[s:e], list(top), strong=False, weight=0.6, hint="admin1") if top else None


@lru_cache(maxsize=4096)
def _nearest_division(key: str) -> tuple[Place, ...]:
    """The places of the one division whose name `key` is nearest to, within _MISSPELT_RATIO; () when none is,
    or two are as near. Cached: a text repeats its names, and the comparison is the costly part."""
    sm = difflib.SequenceMatcher(None, "", key)  # seq2 is the one SequenceMatcher indexes: index the key once
    near = []
    for k, admins in _division_keys().get(key[:1], ()):
        if abs(len(k) - len(key)) > 2 or key == k + "s":
            continue  # "the Balkans region" is a plural of its own, not a spelling of Turkmenistan's Balkan
        sm.set_seq1(k)
        if sm.real_quick_ratio() >= _MISSPELT_RATIO and sm.quick_ratio() >= _MISSPELT_RATIO:
            if (r := sm.ratio()) >= _MISSPELT_RATIO:
                near.append((r, admins))
    if not near:
        return ()
    best = max(r for r, _ in near)
    top = {p for r, admins in near if r == best for p in admins}
    if len({(p.cc, p.admin1) for p in top}) != 1:
        return ()  # as near to two divisions: no telling which
    return tuple(sorted(top))


# A capitalised compass word right before a name: "West Midlands", "South Yorkshire".
_COMPASS_BEFORE = compile_scan(r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Greater)\s$")


class _Unit(NamedTuple):
    """A second-level division (admin2.yaml): the first-level one a coder gives for it, and the gazetteer's."""

    cc: str
    admin1: str  # as coders write it: "Sahel", "Hauts-Bassins", "Menaka"
    division: Place  # the gazetteer's division that holds it: Sahel, High-Basins, Gao
    newer: bool  # a division GeoNames' extract lacks, so its towns carry the older one's name


def _division_place(g: Gazetteer, cc: str, name: str) -> Place | None:
    return next((p for p in g.lookup(fold(name)) if p.kind == "admin1" and p.cc == cc), None)


@lru_cache(maxsize=1)
def _second_level(g: Gazetteer) -> dict[str, _Unit]:
    """Folded unit name -> its unit; a name listed under two divisions is dropped, as it would say nothing."""
    data = read_reference("admin2.yaml")
    within = data.get("within", {})
    found: dict[str, list[_Unit]] = defaultdict(list)
    for cc, divisions in data["units"].items():
        for written, names in divisions.items():
            held_by = within.get(cc, {}).get(written)
            division = _division_place(g, cc, held_by or written)
            if division is None:
                continue
            for n in names:
                found[fold(n)].append(_Unit(cc, written, division, held_by is not None))
    return {k: v[0] for k, v in found.items() if len({(u.cc, u.admin1) for u in v}) == 1}


# "Yagha province", "Bankass cercle", "Guma LGA", "Beni territory", "Bui division": a unit named with its kind...
_UNIT_KIND_AFTER = compile_scan(
    # "Imphal West district": Indian districts split from a town's take the compass word after its name
    r"\s+(?:(?:east|west|north|south|central)\s+)?(?:province|cercle|circle|department|district|territory|division|lga|local\s+government|county|payam|locality|"
    r"commune|sub-?prefecture|township|zone|woreda|raion|rayon|hromada)\b",
    re.IGNORECASE,
)
# ...or before it: "the Mindanao province of Maguindanao", "the cercle of Koro"
# ("a residential district of Bannu" is a part of the town).
_UNIT_KIND_BEFORE = compile_scan(r"\b(?:province|cercle|department|territory)\s+of\s+$", re.IGNORECASE)
# A unit whose listed name opens with its kind (admin2.yaml: "County Armagh", "Co. Armagh", Irish papers' "Co Armagh").
_KIND_FIRST = ("County ", "Co. ", "Co ")
# "Durango, Biscay": a unit written after a town and its comma holds the town, as a state after a US town does.
_AFTER_TOWN_COMMA = compile_scan(r"\b[A-Z][\w'’.-]+,\s$")
# The kind inside the capitalised run: "Guma Local Government Area", "Zurmi LGA".
_UNIT_KIND_WORDS = frozenset(
    "lga local province district division territory county payam locality commune sub-prefecture subprefecture "
    "township zone woreda".split()
)


@lru_cache(maxsize=50_000)
def _unit_in_run(rtext: str) -> tuple[int, int, str] | None:
    """(start, end, the kind written inside it or "") of a second-level unit's name in a capitalised run: the whole run
    ("Northern Samar", "Mountain Province"), else after its opening words ("In", "Kandahar's") and before its
    kind ("Zurmi LGA") or a lower-case word that ended the name ("Komondjari on Friday")."""
    units = _second_level(load())
    if fold(rtext) in units:
        return 0, len(rtext), ""
    owner = max(rtext.rfind("'s "), rtext.rfind("’s "))
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", rtext) if m.start() > owner]
    while len(spans) > 1 and rtext[spans[0][0] : spans[0][1]].lower() in _DIRECTION:
        spans.pop(0)
    for j in range(min(len(spans), 4), 0, -1):
        if fold(rtext[spans[0][0] : spans[j - 1][1]]) not in units:
            continue
        rest = rtext[spans[j][0] : spans[j][1]].lower() if j < len(spans) else ""
        if rest and rtext[spans[j][0]].isupper() and rest not in _UNIT_KIND_WORDS:
            return None  # "Isa Mohammed": a person's name
        return spans[0][0], spans[j - 1][1], rest if rest in _UNIT_KIND_WORDS else ""
    return None


def _second_level_mention(
    text: str, run: re.Match[str], unit_at: tuple[int, int, str], g: Gazetteer
) -> tuple[Mention, bool] | None:
    """A second-level division the gazetteer's divisions lack, as a mention of the division a coder gives for it
    ("in Yagha province" is in Sahel), and whether its kind is a division's word that would make a namesake town
    stand for a division ("province"). Named without its kind, only a name the gazetteer has no place for counts:
    a town named like a unit keeps its own entry ("Djibo", the town, is not Soum province)."""
    a, b, kind_word = unit_at
    s, e = run.start() + a, run.start() + b
    unit = _second_level(g)[fold(text[s:e])]
    before = text[max(0, s - 40) : s]
    after = None if kind_word else _UNIT_KIND_AFTER.match(text, e, e + 30)
    kind_before = None if kind_word or after else _UNIT_KIND_BEFORE.search(before)
    if (kind_at := after or kind_before) is not None:
        kind_word = kind_at.group(0).split()[0].lower()
    # "County Armagh", "Co. Tyrone": the kind written first, as Ireland writes its counties, is itself the cue
    # (and keeps the county from its namesake towns: Armagh the city, Tyrone in Georgia).
    strong = (
        kind_before is not None
        or text.startswith(_KIND_FIRST, s)
        or bool(_AFTER_TOWN_COMMA.search(before))
        or _strong_context(before.lower().split()[-5:])
    )
    if not kind_word and (fold(text[s:e]) in g.names or not strong):
        return None
    as_division = kind_word in ("", "province")
    return Mention(s, e, text[s:e], [unit.division], strong, hint="admin1"), as_division


# "Macon, Ga.", "Pasco, Wash.": AP abbreviations that are also words or titles, kept out of the gazetteer
# (admin1_aliases.yaml), name their state only right after a town and its comma.
_TOWN_STATE_ABBREV = {
    "Ga": "Georgia",
    "La": "Louisiana",
    "Mo": "Missouri",
    "Miss": "Mississippi",
    "Ind": "Indiana",
    "Va": "Virginia",
    "Del": "Delaware",
    "Wash": "Washington",
}
_TOWN_STATE = compile_scan(
    r",\s(?P<st>" + "|".join(_TOWN_STATE_ABBREV) + r")\.(?=[\s,;:)'\"\u201d]|$)"
)
_TOWN_BEFORE = compile_scan(r"[A-Z][\w'\u2019.-]+$")


def _town_state_tags(text: str, g: Gazetteer) -> list[Mention]:
    """ "in Macon, Ga.": the state after a capitalised town, where an abbreviation like "Ga." can mean
    nothing else."""
    out = []
    for sm in _TOWN_STATE.finditer(text):
        if not _TOWN_BEFORE.search(text, max(0, sm.start() - 30), sm.start()):
            continue
        admins = [p for p in g.lookup(fold(_TOWN_STATE_ABBREV[sm.group("st")])) if p.kind == "admin1" and p.cc == "US"]
        if admins:
            s, e = sm.start("st"), sm.end("st")
            out.append(Mention(s, e, text[s:e], admins, strong=True, weight=1.0))
    return out


# "Congresswoman Gabrielle Giffords (D-Ariz.)": a US legislator's party and state.
_PARTY_STATE = compile_scan(r"\((?:D|R|I)-(?P<st>[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,8})?)\)")


def _party_state_tags(text: str, g: Gazetteer) -> list[Mention]:
    """The state in a party-state tag is where the legislator serves: a hint of the event's state, weaker
    than a place named as where it happened."""
    out = []
    for pm in _PARTY_STATE.finditer(text):
        admins = [p for p in g.lookup(fold(pm.group("st"))) if p.kind == "admin1" and p.cc == "US"]
        if admins:
            s, e = pm.start("st"), pm.end("st")
            out.append(Mention(s, e, text[s:e], admins, strong=False, weight=0.8, hint="admin1"))
    return out


@lru_cache(maxsize=1)
def _first_words(g: Gazetteer) -> frozenset[str]:
    """First word of every gazetteer name: a run position whose word is not one starts no place name."""
    return frozenset(k.split(" ", 1)[0] for k in g.names)


def _known_word(w: str, g: Gazetteer, stop: frozenset[str]) -> bool:
    return (
        w in _DESIGNATOR
        or w in _FACILITY
        or w in _DIRECTION
        or w in stop
        or w in g.demonyms
        or any(p.kind != "city" for p in g.lookup(w))
    )


def _size(pop: int) -> float:
    """How much a bare city name says about the country: a hamlet namesake says little."""
    return min(1.0, max(0.25, (math.log10(pop + 1) - 2.0) / 3.0))


_BORDER_FORCE = compile_scan(r"\s+(?:guards?|police|forces?|troops|patrols?|officials?|agents?|security)\b")
_DEMONYM_RE = compile_scan(r"[A-Z](?<![\w-][A-Z])[a-zè]+(?:\s+[A-Z][a-z]+)?")


def _demonyms(text: str, g: Gazetteer) -> list[tuple[int, int, str, float]]:
    out = []
    for m in _DEMONYM_RE.finditer(text):
        found = _demonym_in(m.group(0), g)
        if found is None:
            continue
        n, cc = found
        e = m.start() + n
        aside = _OPEN_PAREN.search(text[max(0, m.start() - 30) : m.start()])
        if aside or _PERSONAL_AFTER.match(text[e : e + 20]):  # "(1 Swiss, 5 Somali)": origin, not place
            w = 0.0
        elif text.endswith(" from the ", 0, m.start()) and _PLACE_OF_AFTER.match(text[e : e + 45]):
            w = 0.3  # "crossed the bridge from the Nigerian town of Gamboru": where they came from
        elif text.startswith(" capital", e) or _PLACE_OF_AFTER.match(text[e : e + 45]):
            w = 2.0  # "in the Kenyan capital", "the Malian town of Gao": a place, as strong as naming the town
        elif text.startswith(" border", e) and not _BORDER_FORCE.match(text, e + 7, e + 30):
            w = 0.3  # "near the Burkinabe border": the border is the other side's too (not "Egyptian border guards")
        elif _INSTITUTION_AFTER.match(text[e : e + 25]):
            w = 1.2
        elif _LOCALS_AFTER.match(text[e : e + 25]):
            w = 0.8
        else:
            w = 0.3
        out.append((m.start(), e, cc, w))
    return out


@lru_cache(maxsize=50_000)
def _demonym_in(words: str, g: Gazetteer) -> tuple[int, str] | None:
    """(length, country) of the demonym that `words` (one or two capitalised words) open with: "South
    Sudanese" before "South". Cached: a text names the same people and places again and again."""
    for cand in (words, words.split()[0]):
        cc = g.demonyms.get(fold(cand))
        if cc:
            return len(cand), cc
    return None


class _Profile(NamedTuple):
    """What a name's places say about the country, whatever their context: computed once per name."""

    countries: tuple[str, ...]  # a country's code for each country place, in order
    one_country: bool  # the places it names first (countries, else all) lie in one country
    sizable: bool  # and one of them is a division, a country or a town of 15,000 or more
    admins: tuple[tuple[str, float, float], ...]  # (country, weight, total weight) of namesake divisions
    cities: tuple[tuple[str, float, float, float], ...]  # (country, size factor, weight, total weight)
    city_max_pop: int


def _bilingual_own(name: str, key: str) -> bool:
    """Whether `key` is one half of a name GeoNames gives in two languages ("Donostia / San Sebastián",
    "Gasteiz / Vitoria"): each half is the town's own name, not an alternate spelling of it."""
    return " / " in name and any(fold(half) == key for half in name.split(" / "))


@lru_cache(maxsize=50_000)
def _own_key(name: str) -> str:
    """A town's own name, folded, without GeoNames' parenthetical qualifier: "Halle (Saale)" is Halle."""
    return fold(name.split(" (", 1)[0]) if " (" in name else fold(name)


# A first-level division holding at most five listed towns (Puerto Rico's municipios, Slovenia's, Malta's
# councils, Jamaica's parishes: Manchester, Hanover, Portland) has sz = sqrt(towns + 1) <= 2.45; a town of
# 100,000 under its own name has root = sqrt(pop + 1000) >= 318.
_MUNICIPAL_SZ = 2.45
_BIG_TOWN_ROOT = 318.0
# Such a division's vote: below a big town's share when a weak cue names it ("Toledo police" is Ohio's city, not
# Belize's Toledo District).
_MUNICIPAL_VOTE = 0.15
# "the Docklands area of London", "the Miraflores district of Lima": a part named before its town.
# The words for a part of a town: "the Karrada district of Baghdad", "Istanbul's Ortakoy neighbourhood".
_TOWN_PART_WORDS = r"area|district|neighbou?rhood|quarter|suburb|section"
_PART_OF_TOWN = compile_scan(rf"\s+(?:{_TOWN_PART_WORDS})\s+of\s+(?:the\s+)?[A-Z]")
# "Edmonton, north London", "Stratford in east London", "Saint-Denis, north Paris": a part named before its city,
# placed by a compass word; it is Edmonton in London, not in Alberta.
_COMPASS_PART_OF_TOWN = compile_scan(r",?\s+(?:in\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+[A-Z]")
# "from Ifo camp in Dadaab": a camp named before the town it lies in (Ifo is also a town in Nigeria).
_OWN_TOWN_POP = 10_000  # a suburb this large is a town of its own, not a part of the city it adjoins
_CAMP_IN_TOWN = compile_scan(
    r"\s+(?:(?:refugee|displacement|displaced|IDP|IDPs)\s+)?camps?\s+(?:in|near|outside|at)\s+(?:the\s+)?[A-Z]"
)


@lru_cache(maxsize=50_000)
def _profile(places: tuple[Place, ...], key: str) -> _Profile:
    named = [p for p in places if p.kind == "country"] or list(places)  # "Lebanon" is a country first
    countries = tuple(p.cc for p in places if p.kind == "country")
    # Namesake divisions ("Florida" in the US and in Uruguay): the bigger one is the likelier.
    sizes = {p.cc: math.sqrt(p.pop + 1) for p in places if p.kind == "admin1"}
    tot_a = sum(sizes.values())
    towns = [p for p in places if p.kind == "city"]
    by_cc: dict[str, int] = defaultdict(int)
    for p in towns:
        # "Antioch" names Antioch, California before it names Antakya, whose old name it is.
        own = _own_key(p.name) == key or roman_key(_own_key(p.name)) == roman_key(key) or _bilingual_own(p.name, key)
        by_cc[p.cc] = max(by_cc[p.cc], p.pop if own else p.pop // 20)
    tot = sum(math.sqrt(v + 1000) for v in by_cc.values())
    return _Profile(
        countries,
        len({p.cc for p in named}) == 1,
        any(p.kind != "city" or p.pop >= 15000 for p in named),
        tuple((cc, sz, tot_a) for cc, sz in sizes.items()),
        tuple((cc, _size(pop), math.sqrt(pop + 1000), tot) for cc, pop in by_cc.items()),
        max((p.pop for p in towns), default=0),
    )


def _inside(span: tuple[int, int] | None, pos: int) -> bool:
    return span is not None and span[0] <= pos < span[1]


def _word_before(text: str, pos: int) -> str:
    words = text[max(0, pos - 20) : pos].split()
    return words[-1].lower() if words else ""


def _mute_actor_names(mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
    """A place word inside a group's name ("Arakan Army", "Baloch Liberation Army", "Sinai Province") names who
    fought, not where: it keeps a weak vote for the country ("Tehrik-i-Taliban Pakistan" with no place named) and
    never stands for the division or the town."""
    for m in mentions:
        if any(a <= m.start and m.end <= b for a, b in spans):
            m.weight = min(m.weight, 0.3)
            m.strong = False
            m.hint = "actor"


# "Guatemala's capital", "Niger's north": a country written as holding a part of itself.
_HOLDS_PART_AFTER = compile_scan(r"['’]s\s+(?:capital\b|(?:north|south|east|west)\w*\b)")


def _placed_in_lede(text: str, m: Mention, after: Mention | None) -> bool:
    """A lede mention written as where it happened: "in Mogadishu", "the Syrian city of Azaz", "Mozambique's
    Cabo Delgado" (a place held by a name in the same country). "Myanmar's military" names who struck, and
    "Israel's Gaza offensive" whose war, not where, so neither is a placing."""
    if m.weight < 0.5 or m.hint in ("actor", "seat", "school", "facility", "dateline"):
        return False
    if m.strong or _HOLDS_PART_AFTER.match(text, m.end, m.end + 30):
        return True
    if m.hint == "admin1" and text.startswith(", ", m.start - 2) and _DIVISION_KIND_AFTER.match(text, m.end):
        return True  # "bombed Nyaung Kone village in Kani township, Sagaing region": the chain's division
    if after is None or text[m.end : after.start].strip() not in ("'s", "’s"):
        return False
    return bool({p.cc for p in m.places} & {p.cc for p in after.places})


def _mute_town_description(text: str, mentions: list[Mention], first_sentence_end: int) -> None:
    """ "SHARM EL-SHEIKH, Egypt (AP) - ... in this Red Sea resort": the lede calls the dateline's town by its kind,
    and the names that describe it (a sea, a governorate, a delta) are no place of the event's."""
    if dateline(text) is None or "this " not in text[:first_sentence_end]:
        return
    for tm in _THIS_TOWN_RE.finditer(text, 0, first_sentence_end):
        for m in mentions:
            if tm.start("desc") <= m.start < tm.end("desc"):
                m.weight, m.strong = 0.0, False


def _mute_dateline_abroad(
    text: str,
    mentions: list[Mention],
    event: tuple[int, int] | None,
    first_sentence_end: int,
    spans: list[tuple[int, int]] | None = None,
) -> None:
    """ "BANGKOK (AP) — ... an airstrike on a village in Sagaing region": a bureau's dateline is where the report
    was filed, and when the event's own sentence places the event in another country the dateline says nothing
    of where it happened, so its city and country lose every vote. A lede naming no place, or any place in the
    dateline's country ("KABUL — A suicide bomber killed 9", "DHAKA - ... in Dhaka's Gulshan district"), leaves
    the dateline as it is."""
    dl = dateline(text)
    if dl is None:
        return
    header = [m for m in mentions if dl.start("place") <= m.start < dl.end()]
    home = {p.cc for m in header for p in m.places}  # every namesake's country: a shared one keeps the dateline
    if not home:
        return
    if fold(dl.group("place")) in _COURT_SEATS and _TRIBUNAL_WORDS.search(text, dl.end(), first_sentence_end + 400):
        # "THE HAGUE (Reuters) - A former Bosnian Croat commander was jailed ... for the 1993 attack on the village
        # of Stupni Do": an international court's seat is where the trial is, never where the crime was
        for h in header:
            h.weight, h.strong = 0.0, False
        return
    if first_sentence_end <= dl.end():
        # a headline above the dateline ("IS abducts 230 civilians ... : monitor\n\nBEIRUT, Aug 7, 2015 (AFP) -"):
        # the lede is the sentence the dateline heads
        fs = _FIRST_SENTENCE_END.search(text, dl.end())
        first_sentence_end = fs.end() if fs else len(text)
    # The event's sentence when it is the lede; otherwise the lede itself, which the dateline heads.
    lo, hi = event if event is not None and event[0] < first_sentence_end else (0, first_sentence_end)
    placed = abroad = False
    for m, after in zip(mentions, [*mentions[1:], None], strict=True):
        # (a headline above the dateline places the event as the lede does: "IS abducts 230 civilians ... in
        # central Syria: monitor")
        in_lede = max(lo, dl.end()) <= m.start < hi or m.start < dl.start("place")
        if not (in_lede and _placed_in_lede(text, m, after)):
            continue
        if m.weight < 0.5:
            continue  # "crossed from the Nigerian town of Gamboru" under FOTOKOL, Cameroon: where they came from
        # (a country's name is the country's, whatever towns share it: "Egypt" under MOSCOW is not Egypt, Ohio)
        if any(p.cc in home for p in [p for p in m.places if p.kind == "country"] or m.places):
            return  # a place at home, or a namesake there ("Tripoli" under BEIRUT): not plainly abroad
        placed = True
        # ("the Houla area of Homs province" under BEIRUT: a division named by its kind is the division, not
        # Libya's town of Homs)
        divisions = tuple(p for p in m.places if p.kind == "admin1") if m.hint == "admin1" else ()
        pr = _profile(divisions or tuple(m.places), fold(m.text))
        # Only a name of one country, and a sizable one or a named division, is sure enough to move the event;
        # so is a name the text gives its country ("the Malian town of Gao", though Burkina Faso has a Gao too).
        abroad = abroad or (pr.one_country and (pr.sizable or m.hint == "admin1")) or _country_given(text, m)
    if not placed:
        # "NAIROBI (Reuters) - ... near the western Eritrean town of Tesseney": a town the gazetteer lacks, whose
        # country the people's word gives
        for tm in _PEOPLE_TOWN_OF.finditer(text, max(lo, dl.end()), hi):
            found = _demonym_in(tm.group("dem"), load())
            if found is not None and found[1] not in home:
                abroad = True
    opening = [b for _, b in spans or [] if b > hi][:2]
    if not placed and opening:
        # "DUBAI (AP) — U.S. airstrikes on a port held by Yemen's Houthi rebels killed 74. The strikes hit the Ras
        # Isa port on the coast of Hodeidah province.": a lede that places nothing leaves it to the next sentence,
        # where a division abroad moves the event as in the lede
        for m in mentions:
            # (as in the lede, not a place told with a low weight: "bombers flying over Russia's Kursk region")
            if hi <= m.start < opening[-1] and m.hint == "admin1" and m.weight >= 0.5:
                if any(p.cc in home for p in m.places):
                    return
                abroad = abroad or _profile(tuple(m.places), fold(m.text)).one_country
    if abroad:
        for h in header:
            h.weight, h.strong = 0.0, False


# The seats of the international courts (the ICC, the ICJ, the Yugoslavia tribunal and its successor, the Special
# Tribunal for Lebanon, the Rwanda tribunal), and what their reports say of their work.
_COURT_SEATS = frozenset(("the hague", "leidschendam", "arusha"))
_TRIBUNAL_WORDS = compile_scan(
    r"\b(?:tribunal|war\s+crimes|crimes\s+against\s+humanity|genocide|judges?|sentenced|convicted|acquitted|"
    r"jailed|trial|indict(?:ed|ment)|international\s+court)\b",
    re.IGNORECASE,
)


# "the western Eritrean town of": a people's word, then a kind of settlement whose name follows
_PEOPLE_PLACE = (
    r"\b(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:border|port|coastal|frontier|desert|mountain|garrison|"
    r"market|oasis|river|northern|southern|eastern|western|central)\s+)?(?:town|city|village|hamlet|port)\s+of\s+"
)
_PEOPLE_TOWN_OF = compile_scan(_PEOPLE_PLACE + r"[A-Z]")
_PEOPLE_PLACE_BEFORE = compile_scan(_PEOPLE_PLACE + r"$")


def _country_given(text: str, m: Mention) -> bool:
    """Whether the text names the country of the place `m` by its people's adjective ("the Malian town of Gao")
    and one of the place's namesakes lies there."""
    pm = _PEOPLE_PLACE_BEFORE.search(text, max(0, m.start - 50), m.start)
    if pm is None:
        return False
    dem = pm.group("dem")
    found = _demonym_in(dem[4:] if dem.startswith("The ") else dem, load())
    return found is not None and any(p.cc == found[1] for p in m.places)


# A later sentence that opens on another event or another time: "Elsewhere, ...", "In a separate incident, ...",
# "Last month, ...", "In 2019, ...", "Two days earlier, ...". Run on lower-cased text.
_MONTH = MONTHS
_FEW = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|\d+)"
_OTHER_OPENING = compile_scan(
    # "In Timbuktu, a separate attack ...", "In the Kharkiv region, meanwhile, ...": the other event's place first
    rf"[\W_]*(?:(?:in\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+,\s+)?(?P<other>{OTHER_EVENT})|"
    r"last\s+(?:week|month|year|weekend|summer|winter|spring|autumn|fall)|"
    r"earlier\s+(?:this|that|in\s+the)\s+(?:day|week|month|year)|the\s+(?:previous|preceding)\s+(?:day|week|month|year)|"
    rf"(?:{_FEW}\s+)?(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)|previously|"
    # "Hours before the train blasts on Tuesday, militants hurled grenades in Srinagar": another act, told by the time
    # it stands from the event's
    # (the rest of its paragraph goes on with that act, as after "Elsewhere")
    rf"(?P<hours>(?:{_FEW}\s+)?(?:hours?|days?|minutes?)\s+(?:before|after)\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:blasts?|"
    r"bombings?|attacks?|explosions?|shootings?|massacre))|"
    rf"in\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d|"
    rf"in\s+(?:early\s+|late\s+)?{_MONTH})\b"
)
# Where any sentence, the lede too, turns to the background: "The attack came days after ...", "..., a week after
# ...", "..., amid Israel's Gaza offensive", "..., officials said, as Israel's war ...": the rest of the sentence.
_BACKGROUND_TURN = compile_scan(
    rf"\b(?:came|comes|come|followed|follows)\s+(?:just\s+|only\s+|barely\s+)?(?:{_FEW}\s+)?"
    r"(?:(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|before)\b"
    rf"|,\s+(?:just\s+|only\s+|barely\s+)?(?:{_FEW}\s+(?:hours?|days?|weeks?|months?|years?)|"
    r"hours|days|weeks|months|years)\s+(?:after|before)\b"
    r"|,\s+amid(?:st)?\b"
    # "a dispute between two criminal groups which escalated after the murder of Gary Hutch in Marbella": how the
    # feud behind the attack grew, another place's event
    r"|\b(?:escalated|erupted|flared|intensified|worsened|began|started)\s+(?:[\w-]+\s+){0,2}?after\b"
    # "The group said the attack avenged police raids on mosques in Mombasa": the motive, another place's events
    # (not "in retaliation for Thursday's suicide bombing at Kabul airport": the story's own attack, answered)
    r"|\b(?:avenged|avenges|avenging|to\s+avenge|(?:in\s+)?(?:retaliation|revenge|reprisal)\s+for)\b"
    r"(?![^.;]{0,50}?\b(?:bombings?|attacks?|blasts?|explosions?|shootings?|massacre|victims|dead)\b)"
    # "the third deadly school attack in 18 months, after shootings in Kazan in May 2021": the ones it follows
    r"|,\s+after\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:shootings?|attacks?|bombings?|massacres?|blasts?|sieges?)\s+"
    r"(?:in|at|on)\b"
    r"|\b(?:said|says|reported|added|told\s+[\w' -]{1,40}?)(?:\s+on)?(?:\s+\w+day)?,\s+(?:as|while)\b"
    # "the deadliest attack in the country since the 1998 bombing of the U.S. embassy in Nairobi"
    r"|\bsince\s+(?:the\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:bombings?|attacks?|massacres?|shootings?|sieges?|"
    r"blasts?|explosions?|assaults?|raids?|uprising|genocide|war)\b|\bsince\s+(?:19|20)\d\d\s*,\s*when\b"
)

# A turn's comma-led words; its "after" and "before" are found as plain substrings (see _turn_anchors).
_TURN_COMMA = compile_scan(r",\s+(?:amid|as\b|while\b)")


def _turn_anchors(low: str) -> list[int]:
    """Where a word that every _BACKGROUND_TURN match holds starts, in order, and maybe where some other
    "after", "before" or "since" ("afternoon") does: the positions only decide which sentences are searched, and a
    sentence holding no match is searched in vain, never wrongly. A substring search runs in C over the whole
    text; a pattern opening on "a" or "b" is tried at every such letter."""
    anchors = [m.start() for m in _TURN_COMMA.finditer(low)]
    for word in ("after", "before", "since", "aveng", "retaliation", "revenge", "reprisal"):
        i = low.find(word)
        while i >= 0:
            anchors.append(i)
            i = low.find(word, i + 1)
    return sorted(anchors)


def _background_spans(
    text: str, event: tuple[int, int] | None, first_sentence_end: int, spans: list[tuple[int, int]] | None
) -> list[tuple[int, int]]:
    """The parts of the text that tell of another event or of the background: a later sentence (not the event's
    own) opening on another event or time, with the rest of its paragraph when it opens on another event ("Elsewhere,
    ... A guided bomb also struck Kupiansk"), and the end of any sentence from where it turns to the background."""
    low = ascii_lower(text)
    zones: list[tuple[int, int]] = []
    other_until = -1  # the end of the paragraph another event's sentence opened
    # Every turn holds one of these words: a sentence without one is not searched.
    anchors = _turn_anchors(low)
    for a, b in spans if spans is not None else sentence_spans(text):
        if a >= first_sentence_end and not _inside(event, a):
            om = _OTHER_OPENING.match(low, a, b)
            if a < other_until or om is not None:
                zones.append((a, b))
                if om is not None and (om.group("other") or om.group("hours")) and a >= other_until:
                    nl = low.find("\n", b)
                    other_until = nl if nl >= 0 else len(low)
                continue
        i = bisect_left(anchors, a)
        if i < len(anchors) and anchors[i] < b and (tm := _BACKGROUND_TURN.search(low, a, b)) is not None:
            zones.append((tm.start(), b))
    return zones


def _mute_background(mentions: list[Mention], zones: list[tuple[int, int]]) -> bool:
    """ "Elsewhere, in Kaduna state, bandits ...", "Last month, a similar attack in Kandahar ...", "... said, as
    Israel's war with Hamas in Gaza raged on": a place named for another event or the background keeps a weak
    vote for the country and never stands for the event's division or town. Only when the text names a place
    outside them: with nothing else named, the background is the best guess there is. Whether any was muted."""
    if not zones:
        return False  # most texts tell no background: no mention is inside one
    inside = [any(a <= m.start < b for a, b in zones) for m in mentions]
    if not any(inside) or not any(
        not z and m.weight >= 0.5 and m.hint != "actor" for m, z in zip(mentions, inside, strict=True)
    ):
        return False
    for m, z in zip(mentions, inside, strict=True):
        if z:
            m.weight, m.strong, m.hint = min(m.weight, 0.3), False, "background"
    return True


# "Kurt Myers, 64, shot six people", "Former employee Jane Roe, 41, a clerk, opened fire": with no place named at all,
# the shooter named with his age and the shooting as the lede's verb is the house style of US mass-shooting
# summaries, a weak cue (one cue's weight) to the US.
_US_RAMPAGE_LEDE = compile_scan(
    r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’\"-]*){1,4},\s+\d{1,2},\s+"
    # "Mitchell Johnson, 13, and Andrew Golden, 11, two juveniles, ambushed"
    r"(?:and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4},\s+\d{1,2},\s+)?(?:(?:an?|two|the)\s+[^,.]{1,60},\s+)?"
    r"(?:(?:allegedly|then|later)\s+)?(?:opened\s+fire|went\s+on\s+an?\s+(?:[\w-]+\s+)?(?:rampage|spree)|stormed|"
    r"ambushed|returned\s+to|"
    # not a victim's caption ("Ali Haidari, 34, a driver, killed in crossfire near ...")
    r"(?:shot|fatally\s+shot|gunned\s+down|killed|murdered)"
    r"(?!\s+(?:dead\s+)?(?:in|by|near|on|outside|while|during|when|after)\b)(?!\s*[,.;]))\b"
)


@lru_cache(maxsize=1)
def _cues_by_last_word() -> dict[str, list[tuple[str, str]]]:
    """Each cue with its country, under its last word: the word before " in " finds the few to try."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cue, cc in _cues()[2].items():
        out[cue.rsplit(None, 1)[-1]].append((cue, cc))
    return dict(out)


def _demonym_place_of(text: str, mentions: list[Mention], demonyms: list[tuple[int, int, str, float]]) -> None:
    """ "the southern Ukrainian city of Kherson", "the Malian town of Gao": the people's word names the country, so
    the town is that country's namesake when it has one (not a hamlet of the same name in Greece)."""
    starts = [m.start for m in mentions]
    for _s, e, cc, w in demonyms:
        if w < 2.0 or not (po := _PLACE_OF_AFTER.match(text[e : e + 45])):
            continue  # "the Kenyan capital" (w 2.0 too) names no town after it
        i = bisect_left(starts, e + po.end() - 1)
        if i == len(mentions) or mentions[i].start != e + po.end() - 1 or len({p.cc for p in mentions[i].places}) < 2:
            continue
        keep = [p for p in mentions[i].places if p.cc == cc]
        if keep:
            mentions[i].places = keep


def _venue_country(text: str, mentions: list[Mention]) -> None:
    """"a Walmart in Odessa", "a Waffle House in Antioch": a venue of one country's (a cue) picks the namesake.

    The town named right after the cue is that country's namesake when it has one (Odessa, Texas, not Odesa).
    """
    by_last = _cues_by_last_word()
    for m in mentions:
        if m.start < 5 or not text.startswith(" in ", m.start - 4) or len({p.cc for p in m.places}) < 2:
            continue
        # str.lower(), not the cached ascii_lower: a window would push the whole text's copy out of its cache
        before = text[max(0, m.start - 34) : m.start - 4].lower()
        words = before.rsplit(None, 1)
        for cue, cc in by_last.get(words[-1] if words else "", ()):
            if before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum()):
                keep = [p for p in m.places if p.cc == cc]
                if keep:
                    m.places = keep
                break


_SQUARE_AS_ROUND = str.maketrans("[]", "()")


# A town this big may own a quarter by the possessive ("London's Docklands").
_OWNER_TOWN_POP = 100_000
# A town this big keeps its own name when a province of another country bears it too.
_BIG_CITY_POP = 1_000_000


def _possessed_parts(text: str, mentions: list[Mention]) -> None:
    """A name told as a town's own ("London's Docklands") keeps only the namesakes in that town's countries, wherever
    the text names it ("TWO DEAD IN DOCKLANDS" above): Melbourne's Docklands is no part of London. A part the gazetteer
    places in none of them gets no vote. A name told as a province's ("Gao region") is that province's likewise."""
    owned: dict[str, set[str]] = {}
    for m in mentions:
        # "near the Niger border in Gao region": the province's name, wherever the text names it ("from Niamey to
        # Gao"), is that province's country's (not where a country or a big city bears the name: "Gaza governorate",
        # "Santo Domingo province" leave Gaza and Santo Domingo to the rest of the text)
        if (
            m.hint == "admin1"
            and (ccs := {p.cc for p in m.places if p.kind == "admin1"})
            and not any(p.kind == "country" or p.pop >= _BIG_CITY_POP for p in m.places)
        ):
            owned[fold(m.text)] = ccs
    for prev, m in itertools.pairwise(mentions):
        if (
            text[prev.end : m.start] in ("'s ", "’s ")
            and m.places
            # (a big town's: "Congo's Ituri province" is the country's, not a Brazilian village's)
            and (ccs := {p.cc for p in prev.places if p.kind == "city" and p.pop >= _OWNER_TOWN_POP})
        ):
            owned[fold(m.text)] = ccs
    if not owned:
        return
    for m in mentions:
        if (owner := owned.get(fold(m.text))) is not None and any(p.cc not in owner for p in m.places):
            kept = [p for p in m.places if p.cc in owner]
            if kept:
                m.places = kept
            else:
                m.weight, m.strong = 0.0, False


# A town this small, known only by another name, is no namesake of a city this big abroad.
_ALIAS_HAMLET_POP = 10_000
_METROPOLIS_POP = 1_000_000


def resolve_location(
    text: str,
    actor_countries: list[str] | None = None,
    event: tuple[int, int] | None = None,
    actor_spans: list[tuple[int, int]] | None = None,
    spans: list[tuple[int, int]] | None = None,
    actor_regions: list[str] | None = None,
) -> Location:
    """Pick the country by weighted votes, then the most specific place inside it that the text names.

    `event` is the sentence that reports the incident: a place named there ("killed a reporter in Lebanon")
    outweighs a country the rest of the article keeps naming (Israel, in a story about Israel's army).
    A country's repeated mentions count less each time, so a long text's favourite topic does not win by
    repetition alone.
    """
    g = load()
    if "[" in text:
        text = text.translate(_SQUARE_AS_ROUND)  # "Bohoma [Fouli, Lac]" is read as "Bohoma (Fouli, Lac)"; same offsets
    mentions = find_mentions(text, g)
    if actor_spans:
        _mute_actor_names(mentions, actor_spans)
    _possessed_parts(text, mentions)
    row = _ROW_DIVISION_FIELD.match(text)  # a monitor's row of bars: its division fields, read twice below
    if row is not None:
        _strong_row_place(text, row, mentions)
    lede_end = min(len(text), 400)
    fs = _FIRST_SENTENCE_END.search(text)
    first_sentence_end = fs.end() if fs else len(text)
    background = _background_spans(text, event, first_sentence_end, spans)
    if not _mute_background(mentions, background):
        background = []
    _mute_dateline_abroad(text, mentions, event, first_sentence_end, spans)
    _mute_town_description(text, mentions, first_sentence_end)
    _venue_country(text, mentions)
    demonyms = _demonyms(text, g)
    _demonym_place_of(text, mentions, demonyms)
    votes: dict[str, float] = defaultdict(float)
    times: dict[str, int] = defaultdict(int)
    part_after: set[int] = set()  # parts named after their town ("the Perth suburb of Northbridge")
    paired: dict[int, str] = {}  # a town and its part that lie together: their one country
    for m in mentions:
        pr = _profile(tuple(m.places), fold(m.text))
        # Only a name that points to one country gains from standing in the event's sentence: boosting
        # "Rafah" (Gaza and Egypt) would only magnify a guess between its namesakes.
        # Nor does a hamlet's name: "the North York area of Toronto" is not North York, Pennsylvania.
        placed = _inside(event, m.start) and m.strong and m.hint not in ("school", "facility")
        # a log row's opening place ("08/06/2024, Nuseirat camp (Deir al-Balah gov.): ... MoH: 274 killed") is the
        # place of the whole row, whichever of its sentences gives the toll
        placed = placed or (
            m.start < 40
            and m.strong
            and _ROW_DATE_BEFORE.search(text, 0, m.start) is not None
            and _ROW_PLACE_ALONE_AFTER.match(text, m.end) is not None
        )
        boost = 3.0 if placed and pr.one_country and pr.sizable else 1.0
        if " of " in text[m.end : m.end + 30] and (pm := _PART_OF_TOWN.match(text, m.end, m.end + 40)):
            # "the Docklands area of London": the town named next says the country, not its part's namesake; but
            # in "the Perth suburb of Northbridge" the town comes first: a namesake of the part by a namesake of
            # the town makes the pair one country's (Western Australia's, as "the Birmingham suburb of Hoover" is
            # Alabama's), and with none, the part after the far bigger town is the one to weigh less
            next_town = next((n for n in mentions if n.start == pm.end() - 1), None)
            near = _beside_owner(m, list(next_town.places)) if next_town is not None else None
            if next_town is not None and near:
                paired[m.start] = paired[next_town.start] = near[0].cc  # both name the pair's country
            elif next_town is not None and _far_bigger(m, next_town):
                part_after.add(next_town.start)
            else:
                boost = 0.2
        elif m.start in part_after:
            boost = 0.2
        elif _COMPASS_PART_OF_TOWN.match(text, m.end, m.end + 25):
            boost = 0.2  # "Edmonton, north London": the same, placed by a compass word
        elif " camp" in text[m.end : m.end + 25] and _CAMP_IN_TOWN.match(text, m.end, m.end + 45):
            boost = 0.2  # "Ifo camp in Dadaab": the camp's name, placed by the town after it
        lede = (1.5 if m.start < lede_end else 1.0) * m.weight * boost
        if m.start in paired:
            cc = paired[m.start]
            votes[cc] += 3.0 * lede / (1.0 + times[cc])
            times[cc] += 1
            continue
        if pr.countries:
            if _road_end(text, m):
                lede *= 0.2  # "the Benin-Ore road" in Nigeria's Edo State: a town's name, not the country's
            for cc in pr.countries:
                votes[cc] += 3.0 * lede / (1.0 + times[cc])
                times[cc] += 1
            continue
        # "Santa Fe High School": a school or building bearing a division's name is named after it far more
        # often than it stands in it (a town's name on it is weighed as the town's, below).
        a_lede = lede * 0.4 if m.hint in ("school", "facility") else lede
        for cc, sz, tot_a in pr.admins:
            if sz <= _MUNICIPAL_SZ and any(c != cc and root >= _BIG_TOWN_ROOT for c, _, root, _ in pr.cities):
                # "San Sebastián": Puerto Rico's municipio of two listed towns is a division in name only;
                # the city of 185,000 in Spain is what the name says.
                votes[cc] += _MUNICIPAL_VOTE * a_lede * sz / tot_a
                continue
            votes[cc] += 2.5 * a_lede * sz / tot_a
        if pr.cities and (m.strong or pr.city_max_pop >= 15000):
            w = (2.0 if m.strong else 0.6) * lede
            for cc, size, root, tot in pr.cities:
                votes[cc] += w * size * root / tot
    towns_cc: set[str] | None = None
    for s, _e, cc, w in demonyms:
        if background and any(a <= s < b for a, b in background):
            w = min(w, 0.3)
        if w == 0.0 and s < lede_end:
            # "A Palestinian woman tried to stab a soldier ... south of Bethlehem": a person's people says no place,
            # but tells which of the towns the lede names strongly it is (not South Africa's larger Bethlehem)
            if towns_cc is None:
                towns_cc = {
                    p.cc for m in mentions if m.strong and m.start < lede_end for p in m.places if p.kind == "city"
                }
            w = 0.8 if cc in towns_cc else 0.0
        votes[cc] += w * (1.3 if s < lede_end else 1.0)
    for cc in actor_countries or []:
        votes[cc] += 1.0
    cue_votes: dict[str, float] = defaultdict(float)
    exact, loose, where = _cues()
    seen_cues: set[str] = set()
    ranked = sorted(votes.values(), reverse=True) + [0.0, 0.0]
    # Cues add at most CUE_CAP to one country: when named places already decide, skip scanning for them.
    scans = () if ranked[0] - ranked[1] > CUE_CAP else ((exact, text), (loose, ascii_lower(text)))
    for rx, scanned in scans:
        for cm in rx.finditer(scanned):
            cue = cm.group(0).lower()
            if cue in seen_cues or cue not in where:
                continue
            seen_cues.add(cue)
            cue_votes[where[cue]] = min(cue_votes[where[cue]] + 0.6, CUE_CAP)
    for cc, v in cue_votes.items():
        votes[cc] += v
    # The lede's first 250 characters, not its first sentence: "Army Sgt. Kenneth French" ends none.
    if (not votes or max(votes.values()) < 0.5) and ", " in text[:250]:
        if _US_RAMPAGE_LEDE.search(text, 0, 250):
            votes["US"] += 0.6
    loc = Location()
    if not votes or max(votes.values()) < 0.5:
        _force_place(text, loc, g)  # a police release may name only its force
        if loc.country is None and ("PD" in text or "Police" in text):
            _force_tag_place(text, loc, g)  # or a post its force's hashtag
        return loc
    cc, best = max(votes.items(), key=lambda kv: kv[1])
    loc.country = cc
    admin_mentions = [
        (m, p)
        for m in mentions
        for p in m.places
        if p.kind == "admin1"
        and p.cc == cc
        and m.weight > 0.0
        and m.hint not in ("actor", "seat", "background", "water")
    ]
    admin_at = {m.start: m for m, _ in admin_mentions}
    for m in mentions:
        # "Sagaing region" where the gazetteer knows only the town: the division is the town's.
        if m.hint == "admin1" and not any(p.kind == "admin1" for p in m.places):
            towns = [p for p in m.places if p.kind == "city" and p.cc == cc and p.admin1]
            if towns:
                t = max(towns, key=lambda x: x.pop)
                admin_mentions.append((m, Place("admin1", cc, t.admin1, t.admin1 or "", t.lat, t.lon, 0)))
    admin_names = {p.admin1 for _, p in admin_mentions}
    firm_admin_names = {p.admin1 for m, p in admin_mentions if m.weight >= 0.5}
    # The division of the dateline's town (its largest namesake in the country), where a bureau's local story is.
    dateline_admins = {
        max(towns, key=lambda x: x.pop).admin1
        for m in mentions
        if m.hint == "dateline" and (towns := [p for p in m.places if p.kind == "city" and p.cc == cc])
    }
    # ... or the division a dateline names itself ("NANGARHAR - Mar 3: An IED struck ... in Behsud district")
    dateline_admins |= {
        p.admin1 for m in mentions if m.hint == "dateline" for p in m.places if p.kind == "admin1" and p.cc == cc
    }
    # Divisions the body names (not the dateline): a dateline city outside all of them is where the
    # reporter filed from ("ADEN, Yemen - ... in Yemen's Sanaa province"), not where it happened.
    # ("arrived in the United States through New York" places no event in New York: a mention with no word that
    # places it is no such division)
    body_admins = {
        p.admin1 for m, p in admin_mentions if m.hint != "dateline" and m.weight >= 0.5 and (m.strong or m.hint)
    }
    # the state a dateline gives its town ("AURORA, Ill."): the bureau's town, placed by the reporter
    # (a mention of the state alone, not a capital that is a division of its own: "TUNIS, July 17 (AFP)")
    dateline_states = {
        p.admin1
        for m in mentions
        if m.hint == "dateline" and all(q.kind == "admin1" for q in m.places)
        for p in m.places
    }
    named_admins = {p.admin1 for m, p in admin_mentions if m.hint == "admin1"}
    # "in northern Afghanistan": the text places the event in a part of the country, not in the dateline city.
    # The word before is read only for a mention of the country: most mentions are not.
    parts_named = [
        (_word_before(text, m.start), p)
        for m in mentions
        for p in m.places
        if p.kind == "country" and p.cc == cc and _word_before(text, m.start) in _COMPASS
    ]
    # "GARISSA, Kenya - ... a university in northeast Kenya": a dateline town in that part of the country stays;
    # not the capital, where the wires keep their bureaus ("Niamey (AFP) - ... a mosque in western Niger")
    dateline_towns = [
        max(towns, key=lambda q: q.pop)
        for m in mentions
        if m.hint == "dateline" and (towns := [q for q in m.places if q.kind == "city" and q.cc == cc])
    ]
    regional = bool(parts_named) and not (
        dateline_towns
        and not _is_capital(dateline_towns, g)
        and all(_toward(t, word, country) for t in dateline_towns for word, country in parts_named)
    )
    # "A bomb killed three in Helmand province ... gunmen shot two in Kandahar city": a division named in the
    # event's own sentence rules out towns elsewhere named later.
    event_admins = {
        p.admin1 for m, p in admin_mentions if _inside(event, m.start) and m.weight >= 0.5 and m.hint != "dateline"
    }
    # "U.S. strikes killed 74 ... The strikes hit the port in the western Hodeidah province": a division the
    # opening names with its kind rules out a town outside it that only a later paragraph names ("In Sanaa,
    # thousands rallied").
    second_end = _FIRST_SENTENCE_END.search(text, first_sentence_end)
    opening_end = second_end.end() if second_end else len(text)
    # The text's own sentences when given: "U.S. strikes" ends no sentence there.
    told_end = spans[min(1, len(spans) - 1)][1] if spans else opening_end
    opening_admins = {
        p.admin1 for m, p in admin_mentions if m.hint == "admin1" and m.weight >= 0.5 and m.start < told_end
    }
    # "outside Bangladesh's capital" under a DHAKA dateline: near the city, not in it.
    near_capital = bool(_OUTSKIRTS_CAPITAL.search(text, 0, first_sentence_end))
    near_names: set[str] = set()  # the places the event is only near ("outside Kabul")
    plain_names: set[str] = set()
    # a title line: the first "sentence" ends at a line break with no stop ("Strike in Idlib kills 5\n\n")
    # (not a lede whose stop ends its paragraph: "... an earlier toll of 43.\n\nThe attack took place in ...")
    title_end = (
        first_sentence_end
        if text[first_sentence_end - 1 : first_sentence_end] == "\n"
        and text[first_sentence_end - 2 : first_sentence_end - 1] not in (".", "!", "?")
        else 0
    )
    ends = {n.end for n in mentions}  # "El-Arish in the Sinai": a name right before "in (the)" another
    # "COLOMBO: A woman suicide bomber blew herself up on a platform of the Fort railway station here on Sunday": the
    # lede's "here" is the dateline's town, whatever other town a later paragraph names
    here = any(
        m.hint == "dateline"
        and (stop := _FIRST_SENTENCE_END.search(text, m.end)) is not None
        and _HERE_RE.search(text, m.end, stop.start()) is not None
        for m in mentions
        if m.start < 200
    )
    scored: list[tuple[float, Mention, Place]] = []
    town_parts: set[int] = set()  # where a part of the big town named next is named ("the Sadr City district of")
    landmarks: set[int] = set()  # where a town only tells the direction to the place ("north of Baghdad")
    best_city: tuple[float, Mention, Place] | None = None
    for m in mentions:
        # "Cleveland Elementary School" in Stockton: schools are named after people and other towns more often
        # than after their own, so a school's name never names the place by itself ("Santa Monica College" may).
        # "Harris County" is not the town of Harris (Wisconsin's), nor always its own seat: a division, named
        # as written below when no town is.
        if m.hint in ("admin1", "school", "county", "actor", "seat", "background", "destination", "water"):
            continue
        cands = [p for p in m.places if p.kind == "city" and p.cc == cc]
        if not cands:
            continue
        if any(p.kind == "country" for p in m.places):
            continue
        if (
            max(p.pop for p in cands) < _ALIAS_HAMLET_POP
            and any(p.kind == "city" and p.cc != cc and p.pop >= _METROPOLIS_POP for p in m.places)
            and all(fold(p.name) != fold(m.text) for p in cands)
        ):
            continue  # "a US drone strike in Baghdad" in a story from Iran: the city abroad, not a hamlet so called too
        # "Englewood on Chicago's South Side", "Kensington, Philadelphia", "the Roxbury section of Boston": the
        # namesake next to the big town named right after is that town's part, and the most specific place.
        by_town = _beside_next_town(text, m, cands, mentions)
        owned: list[Place] | None = by_town or None
        if not owned:
            owned = _owned_part(text, m, cands, mentions)
            if owned is None:
                owned = _suburb_of_town(text, m, cands, mentions)
        if owned is not None and not owned:
            continue  # "in Philadelphia's Fishtown section": a part of that town, not a namesake town elsewhere
        by_town = by_town or owned or []
        if not by_town and (
            _PART_OF.match(text, m.end, m.end + 40)
            or _ON_TOWNS_SIDE.match(text, m.end, m.end + 40)
            or _district_of_town(text, m, mentions)
        ):
            continue  # "the Englewood neighborhood of Chicago": a part of the town named next, not a namesake town
        if (m.start - 4 in ends or m.start - 8 in ends) and (
            text.endswith(" in ", 0, m.start) or text.endswith(" in the ", 0, m.start)
        ):
            if _area_of_town_before(text, m, cands, mentions):
                continue  # "near El-Arish in the Sinai Peninsula": the wide area told to place the town before it
        if text.startswith((" ", "-"), m.end) and _BUILDING_IN.match(text, m.end, m.end + 60):
            continue  # "the Notre-Dame basilica in Nice": the building's name; its town comes next
        if _SUBURBAN_BEFORE.search(text, max(0, m.start - 40), m.start) and _suburb_named_before(
            text, m, cands, mentions
        ):
            continue  # "the Royal Oak post office in suburban Detroit": the suburb the building is named for
        if _OWNED_PLACE.match(text, m.end, m.end + 60) and any(q.kind == "admin1" and q.cc == cc for q in m.places):
            continue  # "Kandahar's Maiwand district": the division that holds the place, not the town
        if text.startswith("s ", m.start - 2) and _owned_elsewhere(text, m, cands, mentions):
            continue  # "Houston's Midtown district": a part of Houston, not the Midtown in Tennessee
        if _owner_of_part(text, m, mentions):
            continue  # "Istanbul's Ortakoy neighbourhood": the town that holds the part named next
        if _beside_elsewhere(text, m, cands, mentions):
            continue  # "Novoselivka, east of Kharkiv": a namesake far from the town it is placed by is not it
        if ("'s " in (lead := text[max(0, m.start - 30) : m.start]) or "’s " in lead) and _CITYS_PART_BEFORE.search(
            text, max(0, m.start - 40), m.start
        ):
            continue  # "the city's Hyde Park neighborhood": a part of the town the text names, not a namesake town
        cs, ce = _hyphen_chain(text, m.start, m.end)
        if text.startswith("the ", cs - 4) and _town_part_after(text, ce, m.places):
            continue  # "a bar in the Austin neighborhood" (of Chicago, named in the lede): not the namesake town
        if (
            text.startswith("the ", m.start - 4)
            and admin_names
            and _DISTRICT_AFTER.match(text, m.end, m.end + 20)
            and not any(p.admin1 in admin_names for p in cands)
        ):
            continue  # "shelled Kherson city (Kherson), hitting a bus stop in the Dniprovskyi district": Kherson's
        if _landmark_of(text, m, mentions, cc):
            continue  # "outside Bagram, north of Kabul": the town the place is told by, for the reader's sake
        # (a division named only where the attacker was caught or the wounded were taken picks no namesake)
        in_admin = by_town or [p for p in cands if p.admin1 in firm_admin_names]
        if not in_admin and len(cands) > 1 and actor_regions:
            # "Maoists killed a villager in Bijapur district": of several namesakes, the one where the group fights
            in_admin = [p for p in cands if p.admin1 in actor_regions]
        if not in_admin and len(cands) > 1 and dateline_admins and m.hint != "dateline":
            # "CHICAGO (AP) — A shooting in suburban Aurora", "Raipur: ... in Bijapur district": of several
            # namesakes, the one in the bureau's own state, and of those the one the name is the name of
            # ("Kensington" under PHILADELPHIA is Kensington, not New Kensington, which some call so too)
            in_admin = [p for p in cands if p.admin1 in dateline_admins]
            in_admin = [p for p in in_admin if _is_main((p,), fold(m.text))] or in_admin
        if (
            not in_admin
            and dateline_admins
            and m.hint != "dateline"
            and not any(p.admin1 in dateline_admins for p in cands)
            and not any(_spelled_alike(p, m.text) for p in cands)
        ):
            # "the Sherman Park neighborhood" under MILWAUKEE: a town elsewhere that some call so (Thornwood, New
            # York) is not it; a spelling of the town's own name ("Mazar-i-Sharif") is
            continue
        if (
            not in_admin
            and dateline_admins
            and m.hint != "dateline"
            and max(p.pop for p in cands) < _HAMLET_POP
            and not any(p.admin1 in dateline_admins for p in cands)
            and not _is_capital(dateline_towns, g)
        ):
            # "HOUSTON — A man stabbed three people at a Midtown apartment complex": a hamlet of that name in
            # another division is not what a local bureau's story names (a capital's bureau reports from afar)
            continue
        iq = _IN_DIVISION.match(text, m.end, m.end + 60)
        qualifier = _COMMA_GAP.match(text, m.end, m.end + 3) if iq is None else None
        # "Kamianka in Ukraine's Kharkiv region", "outside La Mora, in the mountains of Sonora state"
        after = qualifier.end() if qualifier else iq.end() if iq else None
        if after is not None and not in_admin and admin_at.get(after) is not None:
            continue  # "Antioch, Tennessee" where the gazetteer knows other Antiochs only: not one of those
        p = max(in_admin or cands, key=lambda x: x.pop)
        # "hit Abs hospital, in Hajjah governorate": a facility named for a small town of the division named with
        # its kind is in that town
        if not m.strong and p.pop < 15000 and not (m.hint == "facility" and p.admin1 in named_admins):
            continue
        told_by_direction = " of " in text[max(0, m.start - 5) : m.start] and bool(
            _DIRECTION_OF_BEFORE.search(text, max(0, m.start - 40), m.start)
        )
        if m.hint == "dateline" and not here and (
            # (the division the event's sentence names keeps its town's dateline: "KARACHI, Oct 7 (APP): ... Sindh
            # Home Minister said", whatever "the Chinese Embassy in Islamabad" adds later)
            regional
            or body_admins
            and p.admin1 not in body_admins
            and p.admin1 not in event_admins
            # (not "AURORA, Ill. - ... It shares its name with the Colorado city where a gunman killed 12 people":
            # a town the dateline places itself, whatever other state the background names)
            and p.admin1 not in dateline_states
        ):
            continue
        if (
            near_capital
            and m.hint == "dateline"
            or _NEAR_PLACE_BEFORE.search(text, max(0, m.start - 30), m.start)
            or told_by_direction
            or text.startswith("-area", m.end)  # "a Dallas-area mall" under ALLEN: the town its area is known by
        ):
            near_names.add(fold(p.name))
        elif m.hint != "dateline" and not _ADDRESSED_BEFORE.search(text, max(0, m.start - 16), m.start):
            # "smoke over Goma": named for itself too, not only as a landmark (not "Washington had warned Moscow"
            # paragraphs later: the government, by its seat)
            plain_names.add(fold(p.name))
        if event_admins and p.admin1 not in event_admins and (not _inside(event, m.start) or m.hint == "dateline"):
            continue
        if opening_admins and p.admin1 not in opening_admins and m.start >= told_end:
            continue
        if event_admins and p.admin1 not in event_admins and _route_end(text, m):
            continue  # "between Baidoa and Wajid in Bakool region": the end of the road outside the named division
        if (
            named_admins
            and p.admin1 not in named_admins
            and (
                not m.strong
                or _RAID_BEFORE.search(text, max(0, m.start - 16), m.start)
                # "in Kebbi state ... began in 2014, when Boko Haram seized 276 schoolgirls in Chibok": a town of
                # a recalled event, outside the division the story names, is no candidate at all
                or in_background(text, m.start)
            )
        ):
            continue  # "Sanaa province ... which controls Sanaa": a passing mention outside the named division
        is_admin_too = any(q.kind == "admin1" and q.cc == cc for q in m.places)
        if (
            is_admin_too
            and m.hint != "city"
            and (
                p.pop < 50_000
                or not _is_main((p,), fold(m.text))
                and not any(q.kind == "admin1" and q.admin1 == p.admin1 for q in m.places)
            )
        ):
            # "in Indiana", "Logar": the division, unless the namesake city is a major one, by its own name or in
            # the division ("St Petersburg"); not Des Plaines, Illinois, which GeoNames also calls "Maine"
            continue
        if by_town:
            town_parts.add(m.start)
        # "the Miraflores district of Lima": a part of the town named next is placed as firmly as that town
        # "ODESSA, Texas - ... a rampage across Midland and Odessa": of the towns a list names, the bureau's, placed
        # as firmly as the first
        listed_with = _listed_with(text, m, mentions) if p in dateline_towns and m.hint != "dateline" else None
        strong = m.strong or bool(by_town) or listed_with is not None and listed_with.strong
        score = (2.0 if strong else 1.0) + (1.0 if m.start < lede_end else 0.0) + (0.5 if m.hint == "city" else 0.0)
        if is_admin_too and m.hint != "city" and p.admin1 in named_admins and m.start < title_end:
            # "Strike in Idlib kills 5" above "... in the town of Ariha in Idlib province": a title names the
            # division bare, as the body does with its word; the town the body names in it is the place
            score -= 2.0
        # A dateline heads the lede's sentence without being placed by it: "GOMA (Reuters) - ... stormed a church in
        # Komanda" was filed from Goma, so the event's sentence lends the bureau's town nothing.
        score += 1.0 if _inside(event, m.start) and m.hint != "dateline" else 0.0
        score += 0.5 if m.start < first_sentence_end else 0.0
        # "Authorities in Zacatecas found nine bodies in Fresnillo": a name that is its division's as much as its
        # seat's yields to a town the text names for itself in that division
        score -= 1.0 if is_admin_too and m.hint != "city" else 0.0
        score -= 1.5 if m.hint in ("facility", "airport") else 0.0
        score += (1.5 if here else -1.2) if m.hint == "dateline" else 0.0
        # a name the words around it make unlikely to be the scene ("a father and son from Quetta", "taken to a
        # hospital in Karachi") yields to the bureau's town and to the places the text puts the act in
        score -= 1.0 if m.weight < 0.5 else 0.0
        if listed_with is not None:
            score += 0.3
        # "the Kaduna-Abuja highway near Katari": the towns a road joins, where it happened only when no other is
        score -= 2.0 if _road_end(text, m) else 0.0
        score -= 2.0 if in_background(text, m.start) else 0.0  # "... in 2002, when ... in the city of Djerba"
        if told_by_direction or text.endswith(("this ", "This "), 0, m.start) and text.startswith(" suburb", m.end):
            # "in the Tarmiyah area north of Baghdad": the town the place is told by, not the place; so is "in this
            # Chicago suburb" under a HIGHLAND PARK dateline
            score -= 2.0
            landmarks.add(m.start)
        if m.weight == 0.0:
            continue
        score -= m.start / max(len(text), 1) * 0.5
        scored.append((score, m, p))
        if best_city is None or score > best_city[0]:
            best_city = (score, m, p)
    near_names -= plain_names
    if best_city is not None and fold(best_city[2].name) in near_names:
        # "a factory outside Bangladesh's capital ... The clashes in Gazipur", "outside Kabul ... in Paghman
        # district": the town of the same division that the story names itself is where it happened.
        # A town across the division's line ("outside the Pakistani capital ... The blast in Rawalpindi") only
        # when it scores nearly as well.
        top, bp = best_city[0], best_city[2]
        best_city = max(
            (
                t
                for t in scored
                if fold(t[2].name) not in near_names
                and t[1].strong
                # "WINDER, Ga. - ... outside Atlanta": a bureau's town smaller than the city the event was by may be
                # the suburb the story means; a bigger one is where the reporter filed from ("IMPHAL - ... near
                # Jiribam", "CULIACAN - ... on the outskirts of Navolato")
                and (t[1].hint != "dateline" or t[2].pop < bp.pop)
                and t[1].weight >= 0.5  # not "an aid worker born in Mombasa"
                and (t[2].admin1 == bp.admin1 or t[0] >= top - _ACROSS_LINE)
                # "near Tarmiyah ... (a later) Baghdad": a bigger town only when it is named nearly as well, and not
                # where it only tells the way ("... north of Baghdad")
                and (t[2].pop < bp.pop or t[0] >= top - _ACROSS_LINE)
                and t[1].start not in landmarks
            ),
            key=lambda t: t[0],
            default=best_city,
        )
    dl = dateline(text) if best_city is not None and best_city[1].hint != "dateline" else None
    lede_stop = _FIRST_SENTENCE_END.search(text, dl.end()) if dl is not None else None
    if (
        best_city is not None
        and lede_stop is not None
        and best_city[1].start >= lede_stop.end()
        and not _inside(event, best_city[1].start)
        and not any(t[1].start < lede_stop.end() and t[1].hint != "dateline" for t in scored)
        # (a later sentence that tells the act itself places it: "The blast in Rawalpindi damaged several shops")
        and not _ACT_IN_SENTENCE.search(text, *sentence_at(text, best_city[1].start))
    ):
        # "KARACHI, Oct 7 (APP): ... a blast near Jinnah International Airport ... The Chinese Embassy in Islamabad
        # condemned": a lede that places nothing happened where it was filed, not where a later sentence's
        # reaction came from
        best_city = next((t for t in scored if t[1].hint == "dateline"), best_city)
    # "in Chhattisgarh's Bijapur district ... near Gangaloor village": the town's namesake written as a district is
    # the district, and a village the opening names inside it is more precise.
    # The headline may name it bare ("blast in Lakki Marwat") and the body as the district, in its opening.
    district_named = best_city is not None and best_city[1].start not in town_parts and any(
        m.start < opening_end and m.text == best_city[1].text and _DISTRICT_AFTER.match(text, m.end) for m in mentions
    )
    if district_named and best_city is not None:
        best_city = _town_in_district(text, best_city, scored, opening_end, near_names)
    town_of_part: str | None = None  # "the Gwange area of Maiduguri": the town a part the gazetteer lacks is told by
    if best_city is not None:
        # "Chinese nationals targeted in Karachi ... KARACHI: ... in the Landhi area of Karachi": the headline's or
        # the dateline's town, named again in the body as the town that holds a place the gazetteer lacks.
        key = fold(best_city[2].name)
        for again in [best_city, *(x for x in scored if x is not best_city and fold(x[2].name) == key)]:
            if again[1].hint == "dateline":
                continue
            beside = _unlisted_beside(text, again, cc, g, actor_spans or [])
            if beside is not again:
                best_city = beside
                if (
                    _PART_GAP.search(text, beside[1].end, again[1].start)
                    or _city_after_part(text, beside[1], again[1])
                ) and not _DISTRICT_AFTER.match(text, again[1].end):
                    # (not "the Mali Khel area of Bannu district": a place of the district, not a part of its town)
                    town_of_part = again[1].text
                break
        if town_of_part is None and (part_of := _part_of_city(text, best_city, mentions)) is not None:
            best_city, town_of_part = part_of
    owner = _possessive_owner(text, best_city[1], mentions) if best_city is not None else None
    if owner is not None and town_of_part is None and not any(p.kind == "admin1" for p in owner.places):
        # "in Philadelphia's Kensington section": the part, with the town that holds it, as "the Kensington
        # section of Philadelphia" is told (not a division's: "in Pattani's Nong Chik district")
        town_of_part = owner.text
    if best_city is not None and _speakers_unit(text, best_city, mentions, first_sentence_end):
        best_city = None  # "Police in Kano said ... in Gezawa local government area": the unit, as written
    capital = None if best_city else _capital_named(text, cc, g, max(lede_end, event[1] if event else 0))
    if best_city is not None and event is not None and not _inside(event, best_city[1].start):
        # "Police shot dead three protesters in the Kenyan capital ... tear gas at crowds in Mombasa": the capital
        # the event's own sentence names by its role outranks a town only a later sentence names outside the
        # capital's division (a part of the capital named later, "in the Gulshan district", says more).
        role = _capital_named(text, cc, g, event[1])
        if role is not None and _inside(event, role[1].start) and role[2].admin1 != best_city[2].admin1:
            best_city, capital = None, role
    if (
        best_city is not None
        and best_city[1].hint == "dateline"
        and _outside_named_province(best_city[2], admin_mentions, cc, g, lede_end)
    ):
        best_city = None  # "CAGAYAN DE ORO CITY - ... a clash in Impasug-ong, Bukidnon": the bureau's town
    best_city = best_city or capital
    if best_city is not None:
        _, m, p = best_city
        if m.text.isupper() and m.hint == "dateline":
            # "MAZAR-I-SHARIF, Afghanistan (AP) - ... on the outskirts of Mazar-i-Sharif": the body's spelling
            m = next((o for o in mentions if o is not m and p in o.places and not o.text.isupper()), m)
        qualified = _qualified_by(text, m, p, mentions)
        loc.location, loc.lat, loc.lon, loc.geo_precision = _as_written(m.text, p, g, qualified), p.lat, p.lon, "place"
        if town_of_part is not None and fold(town_of_part) != fold(loc.location):
            # "Over-the-Rhine, Cincinnati": the part as written, with the town that places it (and whose
            # coordinates it takes), as coders who code the town and those who code the part would both read it
            loc.location = f"{loc.location}, {town_of_part}"
        if capital is not None or m.hint == "airport":
            loc.location = p.name  # named by its role ("the Somali capital"): the town's own name
        elif (
            town_of_part is None
            # "the Mir Ali area of North Waziristan district", but "the Baghdad district of Karrada" names its part
            and (not _DISTRICT_AFTER.match(text, m.end) or text.startswith(" district of ", m.end))
            and (part := _part_named_of(text, m.text, g)) is not None
        ):
            # "in Leipzig's Grunau district", "the Fordham section of the Bronx", "in the Sherman Park neighborhood"
            # under MILWAUKEE: a part of the town the opening names, with the town that places it
            own_town = next(
                (q for q in g.lookup(fold(part)) if q.kind == "city" and q.cc == p.cc and q.admin1 == p.admin1),
                None,
            )
            at = text.find(part)
            if own_town is not None and own_town.pop >= _OWN_TOWN_POP and "suburb" in text[at : at + len(part) + 40]:
                # "Highland Park, a Chicago suburb": a suburb that is a town of its own is named alone, where it is
                # (not a neighbourhood GeoNames lists, "the Kingsessing neighborhood" of Philadelphia)
                loc.location, loc.lat, loc.lon = part, own_town.lat, own_town.lon
            elif (
                own_town is not None
                and p.admin1
                and fold(p.name) == fold(clean_admin1(p.admin1))
                and text.startswith((" district", " District"), at + len(part))
            ):
                # "in the Spin Boldak district of Kandahar": a listed town of the province that shares its
                # capital's name, not a quarter of the capital
                loc.location, loc.lat, loc.lon = part, own_town.lat, own_town.lon
            else:
                loc.location = f"{part}, {loc.location}"
        loc.admin1 = clean_admin1(p.admin1) if p.admin1 else None
        loc.evidence.append(Evidence(field="location", start=m.start, end=m.end, text=m.text))
        # The division as the text writes it before a unit the reference file places there ("Hays district (Al
        # Hudaydah)"): sorted() keeps the text's order otherwise.
        own = [(am, ap) for am, ap in admin_mentions if ap.admin1 == p.admin1]
        if not p.admin1:
            # "Tari town in Hela Province": a town the gazetteer places in no division (one carved out since), in
            # the division the text names for it in the same country
            own = [(am, ap) for am, ap in admin_mentions if ap.cc == p.cc and am.weight >= 0.5 and am.hint == "admin1"]
        if own:
            am, ap = _as_written_first(own, g)
            loc.evidence.append(Evidence(field="admin1", start=am.start, end=am.end, text=am.text))
            loc.admin1 = _admin1_as_written(am.text, ap.admin1 or "", g)
    elif usable := [
        (am, ap) for am, ap in admin_mentions if am.weight >= 0.5 and not (regional and am.hint == "dateline")
    ]:
        counts: dict[str, float] = defaultdict(float)
        for am, ap in usable:
            counts[ap.admin1 or ""] += (
                1.0
                + (1.0 if am.start < lede_end else 0.0)
                + (1.0 if am.hint == "admin1" else 0.0)
                + (1.0 if ap.admin1 in event_admins and _inside(event, am.start) else 0.0)
            ) * (0.5 if am.hint == "dateline" and body_admins else 1.0)
        name = max(counts.items(), key=lambda kv: kv[1])[0]
        # "in Gihanga commune (Bubanza)": the division as the text writes it, rather than as the reference file
        # names the division of the unit found first.
        am, ap = _as_written_first([(am, ap) for am, ap in usable if ap.admin1 == name], g)
        loc.admin1 = _admin1_as_written(am.text, name, g)
        loc.lat, loc.lon, loc.geo_precision = ap.lat, ap.lon, "admin1"
        loc.evidence.append(Evidence(field="admin1", start=am.start, end=am.end, text=am.text))
    else:
        _at_country(loc, cc, g)
    if best_city is None:
        _county_named(text, mentions, first_sentence_end, event, loc)
    else:
        _newer_division(loc, cc, g)
    # "in Sofara (Djenne, Mopti)": a town found only among the divisions stands in for the place before them.
    # So does one named before as well ("on the Gao-Ansongo road near Tacharane (Gao region)").
    # Each match holds a bracket: the substring test spares most texts the scan, which stops at every space.
    parens = (
        [m.span(1) for m in _HIERARCHY_PAREN.finditer(text, 0, first_sentence_end)]
        if best_city and "(" in text
        else []
    )
    tiered = best_city is not None and any(
        a < m.start < b for m in mentions if best_city[2] in m.places for a, b in parens
    )
    # "in Puerto Jordan, Arauca department": the city namesake of a division written with its kind is the division.
    # So is "in the eastern province of Arauca".
    division_named = best_city is not None and (
        bool(_DIVISION_KIND_AFTER.match(text, best_city[1].end))
        or any(
            m.start < opening_end
            and m.text == best_city[1].text
            and (
                _DIVISION_OF_BEFORE.search(text, max(0, m.start - 30), m.start)
                # "a school in Idlib, Syria ... in the village of Hass, in Idlib governorate": again, with its kind
                or _DIVISION_KIND_AFTER.match(text, m.end)
            )
            for m in mentions
        )
    )
    # ... and a village or town the gazetteer lacks, placed beside the road, is more precise (so is one on the
    # route "from Baidoa to Bardaale" a minibus travelled when it struck a mine "near Awdiinle village").
    road_named = best_city is not None and _route_end(text, best_city[1])
    # "in Al Mansoura district, Aden", "in Munuki payam, Juba": the town only places the unit named before it.
    unit_before = best_city is not None and bool(
        _UNIT_BEFORE.search(text, max(0, best_city[1].start - 36), best_city[1].start)
    )
    # "the village of Kisima in Beni territory", "in Pa Zi Gyi village, Kanbalu Township": a town that names the unit
    # written after it stands for the unit, and a village the unit holds is more precise.
    # ("in Mangwalu village, in the Beni-Mbau sector of Beni territory": the unit may come at a later mention)
    unit_at = (
        None
        if best_city is None
        else next(
            (
                m.start
                for m in mentions
                if m.start < first_sentence_end
                and m.start not in town_parts
                and best_city[2] in m.places
                and _UNIT_KIND_AFTER.match(text, m.end)
            ),
            None,
        )
    )
    unit_after = unit_at is not None
    # "attacked Mbau, a village near Beni": the town that tells where the village lies, not the village.
    apposed = best_city is not None and bool(
        _APPOSED_BEFORE.search(text, max(0, best_city[1].start - 60), best_city[1].start)
        # "the Nur Shams camp near Tulkarm": the same, without the comma
        or _SETTLEMENT_NEAR_BEFORE.search(text, max(0, best_city[1].start - 70), best_city[1].start)
        # "in Burj al-Barajneh, in Beirut's southern suburbs": the town places the part named before it
        or _QUALIFIER_BEFORE.search(text, max(0, best_city[1].start - 80), best_city[1].start)
        # "in Phum Srol village, Kantharalak district": the village named by its kind, then the unit that holds it
        or _VILLAGE_COMMA_BEFORE.search(text, max(0, best_city[1].start - 90), best_city[1].start)
        # "Location: Chenagai, Bajaur Agency": a record's place line, the place then the division that holds it
        or _LINE_PLACE_BEFORE.search(text, max(0, best_city[1].start - 60), best_city[1].start)
        and _LINE_END_AFTER.match(text, best_city[1].end)
    )
    if (loc.admin1 is not None or best_city is None) and (
        best_city is None
        or tiered
        or unit_after
        or division_named
        or district_named
        or road_named
        or unit_before
        or apposed
        or best_city[1].hint == "dateline"
        # "07.06.2018 | Idlib | Zardana | ...": a row's division field, read as its seat, before the place field
        or row is not None and row.start("div") < best_city[1].start < _row_divisions_end(text, row)
        # "near Thulthuli village on the Narayanpur-Dantewada border": a town found only where it is unlikely
        or best_city[1].weight <= 0.3
        or best_city[2].name in _area_names()  # "a mosque in the northern Sinai Peninsula ... the village of al-Rawda"
        # "a base at Awdheegle, in Lower Shabelle region about 70 km southwest of Mogadishu": the town only tells
        # the way to the place
        or best_city[1].start in landmarks
        # "attacked cattle camps around Duk Padiet, Duk County ... In a retaliatory raid on 9 August near Ayod": a
        # town only a later sentence names, outside the event's own, says less than the place the opening names
        or event is not None and best_city[1].start >= first_sentence_end and not _inside(event, best_city[1].start)
        # the lede, which is the second "sentence" under a title line
        or best_city[1].start >= (opening_end if title_end else first_sentence_end)
    ):
        # The lede may say "a village" and the next sentence name it ("residents of Kurfa village").
        second = _FIRST_SENTENCE_END.search(text, first_sentence_end)
        end = second.end() if second and not in_background(text, first_sentence_end) else first_sentence_end
        if title_end and second and (third := _FIRST_SENTENCE_END.search(text, end)) and not in_background(text, end):
            end = third.end()  # under a title line, the lede and the sentence after it
        if event is not None and event[0] >= end:
            end = event[1]  # a feature's human lede: the event's own sentence, in its third paragraph, names it
        if (took := _TOOK_PLACE.search(text, end, min(len(text), end + _TOOK_PLACE_CHARS))) is not None:
            # "... in Chhattisgarh's Sukma district on Thursday. ... The attack took place near Polampalli village":
            # the sentence that says where it happened, a paragraph on
            stop = _FIRST_SENTENCE_END.search(text, took.end())
            end = stop.end() if stop else len(text)
        own_unit = unit_at if unit_after and not (tiered or division_named) else None
        # (a capital's, or a metropolis' where the wires keep bureaus, Abidjan or Lagos, is no stringer's)
        local = (
            best_city is not None
            and best_city[1].hint == "dateline"
            and not _is_capital([best_city[2]], g)
            and best_city[2].pop < _BUREAU_CITY_POP
        )
        if local and (more := _FIRST_SENTENCE_END.search(text, end)) and not in_background(text, end):
            # under a district town's dateline, the story may place the event a sentence later still ("BIJAPUR: The
            # bodies of 17 more personnel were recovered ... The forces had launched an operation near Tekalguda
            # village"): the town is where the reporter files from
            end = more.end()
        landmark = apposed or (best_city is not None and best_city[1].start in landmarks)
        # (nor one inside a group's name or an attack told apart: the spans muted for the town)
        aside = background + (actor_spans or [])
        _unlisted_district(text, end, g, loc, admin_mentions, mentions, aside, own_unit, landmark, local)
    if loc.location is None and loc.admin1 is not None:
        _bare_unit(text, mentions, g, loc, first_sentence_end)
    if loc.location is None:
        _force_place(text, loc, g)
    if (
        (loc.location is None or _measured_from(text, loc))
        and loc.country is not None
        and (dl := dateline(text)) is not None
    ):
        # ("SUTHERLAND SPRINGS, Texas — ... in this small Wilson County community, about 30 miles southeast of San
        # Antonio": the town the lede measures the dateline's from is no more than a way to find it)
        measured = loc.location
        _unlisted_dateline(text, dl, loc, g)
        if measured is not None and loc.location != measured:
            loc.evidence = [e for e in loc.evidence if e["field"] != "location" or e["text"] != measured]
            units = g.lookup(fold(loc.admin1 or ""))
            unit = next((p for p in units if p.kind == "admin1" and p.cc == loc.country), None)
            loc.lat, loc.lon = (unit.lat, unit.lon) if unit is not None else (None, None)
            loc.geo_precision = "admin1" if unit is not None else "country"
    if loc.country == "US" and loc.admin1 is None and loc.location and _COUNTY_END.search(loc.location):
        # "a rampage through two small towns in Spotsylvania County": the county's only state, told by the county
        loc.admin1 = us_county_states().get(fold(loc.location))
        if loc.admin1 is not None:
            loc.evidence += [Evidence(field="admin1", start=e["start"], end=e["end"], text=e["text"])
                             for e in loc.evidence if e["field"] == "location"][:1]
    for m in mentions:
        if any(p.kind == "country" and p.cc == cc for p in m.places):
            loc.evidence.append(Evidence(field="country", start=m.start, end=m.end, text=m.text))
            break
    return loc


# Unit vectors (north, east) of the compass words.
_COMPASS_VECTORS = {
    "north": (1.0, 0.0), "south": (-1.0, 0.0), "east": (0.0, 1.0), "west": (0.0, -1.0),
    "northeast": (0.7, 0.7), "northwest": (0.7, -0.7), "southeast": (-0.7, 0.7), "southwest": (-0.7, -0.7),
}


def _toward(town: Place, word: str, country: Place) -> bool:
    """Whether the town lies in the part of the country a compass word names ("northeast", "north-eastern"), as
    seen from the country's centre; "central" names no side, so no town is taken to lie in it."""
    key = word.replace("-", "").removesuffix("ern")
    vec = _COMPASS_VECTORS.get(key)
    if vec is None:
        return False
    return vec[0] * (town.lat - country.lat) + vec[1] * (town.lon - country.lon) > 0


def _bare_unit(text: str, mentions: list[Mention], g: Gazetteer, loc: Location, first_sentence_end: int) -> None:
    """ "near Banibangou, close to the Malian border": a second-level unit (admin2.yaml) the opening places the
    event in, named without its kind, is the most specific place named: a commune or district bears its seat's
    name. Coordinates stay the division's."""
    units = _second_level(g)
    for m in mentions:
        if m.start >= first_sentence_end:
            return
        unit = units.get(fold(m.text))
        if (
            unit is None
            or not m.strong
            or m.weight < 0.5
            or unit.cc != loc.country
            or fold(m.text) == fold(unit.admin1)  # "the Menaka region": a division of its own for coders
            or _UNIT_KIND_AFTER.match(text, m.end, m.end + 30)
            or _DIVISION_KIND_AFTER.match(text, m.end, m.end + 30)
            or fold(loc.admin1 or "") not in (fold(unit.admin1), fold(clean_admin1(unit.division.admin1 or "")))
        ):
            continue
        loc.location = m.text
        loc.evidence.append(Evidence(field="location", start=m.start, end=m.end, text=m.text))
        return


def _at_country(loc: Location, cc: str, g: Gazetteer) -> None:
    """The country's point as the location's coordinates, when nothing inside it is placed."""
    cp = next((p for p in g.lookup(fold(g.country_names.get(cc, ""))) if p.kind == "country" and p.cc == cc), None)
    if cp is None:
        cp = next((p for p in g.places if p.kind == "country" and p.cc == cc), None)
    if cp is not None:
        loc.lat, loc.lon, loc.geo_precision = cp.lat, cp.lon, "country"


def _newer_division(loc: Location, cc: str, g: Gazetteer) -> None:
    """A town GeoNames files under a division since split ("Menaka" under Gao, "Kalemie" under Katanga) is in the
    division coders now give, when admin2.yaml lists it there."""
    unit = _second_level(g).get(fold(loc.location or ""))
    if unit is not None and unit.newer and unit.cc == cc and loc.admin1 == clean_admin1(unit.division.admin1 or ""):
        loc.admin1 = unit.admin1
        return
    # "in Jolo": a town where coders give the province (admin1_provinces.yaml) is in its province; a province the
    # text names is kept only where it is the town's own under a newer name ("Maguindanao del Sur", split from
    # Maguindanao in 2022), not another event's
    if cc in _province_countries(g) and loc.geo_precision == "place" and loc.lat is not None and loc.lon is not None:
        province = g.provinces.get((cc, round(loc.lat, 3), round(loc.lon, 3)))
        if province and not fold(loc.admin1 or "").startswith(fold(province)):
            loc.admin1 = province


# "Bab al-Tabbaneh, a neighborhood of Tripoli", "Kargil Nagar, west of Quetta", "Chak Meer near Peshawar": a
# place the text locates by a better-known town named right after it (read backwards from that town).
# Its name may hold an article ("Bab al-Tabbaneh", "Tell el-Kebir").
_BESIDE_NAME = r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|an|ar|as|de|del|la)[-\s])?[A-Z][\w'’-]+){0,2}"
# ", 20 km north of", " near", ", outside": how the text places one place by another named next.
_BESIDE_BY = (
    rf"(?:,?\s+(?:{_ABOUT}\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside)"
    # "Dalori, a few kilometres from Maiduguri"
    r"|,\s+(?:(?:a\s+few|several|some|about|around)\s+)?(?:\d+\s*)?(?:km|kilometres|kilometers|miles)\s+(?:away\s+)?"
    r"from)"
)
_BESIDE_BEFORE = compile_scan(
    rf"\b(?:in|at|near|outside|on|attacked|raided|stormed|struck|shelled|hit|(?:village|town|hamlet)\s+of)\s+"
    rf"(?P<the>the\s+)?(?P<name>{_BESIDE_NAME})(?P<how>,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:neighbou?rhood|district|suburb|quarter|village|town|area|part|section)\s+(?:of|in|near|outside|"
    r"on\s+the\s+(?:outskirts|edge)\s+of)"
    # "in the Landhi area of Karachi": a part of the town, named before it without a comma
    r"|\s+(?:area|neighbou?rhood|quarter|suburb|locality)\s+of"
    # "near Boshehra village in Kurram district": a village named by its kind, then the town or unit that holds it
    r"|\s+(?:village|hamlet)\s+(?:in|of|near|outside)"
    rf"|{_BESIDE_BY}|(?P<comma>,))\s+(?:the\s+(?:city|town)\s+of\s+)?$"
)
_BESIDE_LAST = (",", "of", "in", "near", "outside", "from")  # the words a _BESIDE_BEFORE match ends with, but spaces
# "the Penha and Alemão complexes in Rio de Janeiro", "the Maré favela in Rio": parts of the town named next, so
# too (Penha is also a town of Santa Catarina).
_PARTS_IN_AFTER = compile_scan(
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+(?:complex(?:es)?|favelas?|slums?|"
    r"neighbou?rhoods?|townships?|camps?)\s+(?:in|of)\s+(?:the\s+(?:city|town)\s+of\s+)?[A-Z]"
)
_BESIDE_AFTER = compile_scan(rf"{_BESIDE_BY}\s+(?:the\s+(?:city|town)\s+of\s+)?[A-Z]")
# "The attack took place on Saturday near Djibo", "on Christmas Eve outside Kabul": a time the act is placed in,
# written as a capitalised name after "on" like a place's.
_TIME_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december christmas easter eid ramadan".split()
)


_SIZABLE_NEAR = 50_000


def _town_in_district(
    text: str,
    best: tuple[float, Mention, Place],
    scored: list[tuple[float, Mention, Place]],
    opening_end: int,
    near_names: set[str],
) -> tuple[float, Mention, Place]:
    """ "in Lakki Marwat district ... in the Sarai Naurang area", "in Khar, the headquarters of Bajaur district":
    a listed town of the same division placed by the opening's first two sentences is more precise than the
    district (a town the gazetteer knows by the district's name). Not a city the event was only near ("outside
    Kabul ... in Paghman district"); "near Moirang", a small town, places it as well as any."""
    key = fold(best[2].name)
    towns = [
        t
        for t in scored
        if t[1].start < opening_end
        and t[1].strong
        and t[1].weight >= 0.5
        and t[1].hint not in ("dateline", "facility")
        and t[2].admin1 == best[2].admin1
        and fold(t[2].name) != key
        and (t[2].pop < _SIZABLE_NEAR or fold(t[2].name) not in near_names)
        # (another district is no more precise; a tehsil of the district is: "in Mir Ali tehsil of North
        # Waziristan district")
        and not _DISTRICT_WORD_AFTER.match(text, t[1].end)
        # (not where a statement was made, nor where the wounded were taken: "in Kenyam District ... the spokesman
        # said in Timika", "evacuated by helicopter to Timika")
        and not _SAID_IN_BEFORE.search(text, max(0, t[1].start - 60), t[1].start)
        and not text.endswith(("to ", "towards "), max(0, t[1].start - 9), t[1].start)
    ]
    return max(towns, key=lambda t: t[0], default=best)


def _beside_elsewhere(text: str, m: Mention, cands: list[Place], mentions: list[Mention]) -> bool:
    """ "Novoselivka, east of Kharkiv": the namesakes the gazetteer lists all lie outside the division of the
    town the text places it by, so none of them is the place."""
    part = _PARTS_IN_AFTER.match(text, m.end, m.end + 60)
    if not part and (max(p.pop for p in cands) >= 15000 or not _BESIDE_AFTER.match(text, m.end, m.end + 40)):
        return False  # "Mosul, north of Baghdad": a sizable town is placed by another only for the reader's sake
    nxt = next((n for n in mentions if n.start >= (part.end() - 1 if part else m.end + 1)), None)
    if nxt is None or nxt.start > m.end + 60:
        return False
    divisions = {(p.cc, p.admin1) for p in nxt.places if p.kind == "city"}
    return bool(divisions) and not any((p.cc, p.admin1) in divisions for p in cands)


# "the Austin neighborhood", "the Kensington section": a part of a town, told after "the" like a landmark.
# ("in the Jacarezinho favela, north zone of Rio de Janeiro": a favela or a slum is a town's part too)
_PART_AFTER = compile_scan(r"\s+(?:neighbou?rhood|section|quarter|favela|slum)\b", re.IGNORECASE)
_PART_OF_AFTER = compile_scan(r"\s+(?:neighbou?rhood|section|quarter|favela|slum)\s+of\b", re.IGNORECASE)
# "the Oregon District" of Dayton, "the Warehouse District": an American town's quarter, where no division is a
# district (not "the District of Columbia")
_US_DISTRICT_AFTER = compile_scan(r"\s+District\b(?!\s+of\b)")
# "the city's Hyde Park neighborhood", "the city's crowded Oregon District", "the capital's Mohammadpur area"
_CITYS_PART_BEFORE = compile_scan(r"\bthe\s+(?:city|town|capital)['’]s\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _town_part_after(text: str, end: int, places: list[Place]) -> bool:
    """Whether the words after a name make it a quarter of a town ("the Austin neighborhood")."""
    return _PART_AFTER.match(text, end, end + 20) is not None or (
        text.startswith(" District", end)
        and _US_DISTRICT_AFTER.match(text, end, end + 20) is not None
        and all(p.cc == "US" for p in places)
    )
# "Bagram, north of Kabul", "Sangin, 40 km north of Lashkar Gah": the second town tells where the first lies.
_LANDMARK_GAP = compile_scan(
    rf",\s+(?:{_ABOUT}\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+(?:city|town|capital)\s+of\s+)?$"
)


def _listed_with(text: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The place's name `m` is joined to by "and", "or" or a comma ("across Midland and Odessa"), if any."""
    return next(
        (
            o
            for o in mentions
            if o is not m
            and (text[o.end : m.start] in (" and ", ", ", " or ") or text[m.end : o.start] in (" and ", ", ", " or "))
        ),
        None,
    )


def _landmark_of(text: str, m: Mention, mentions: list[Mention], cc: str) -> bool:
    """Whether `m` is the town a place named just before it is told by ("Bagram, north of Kabul"): the place
    itself is a town of the gazetteer in the country, so the landmark is not where it happened."""
    if " of" not in text[max(0, m.start - 4) : m.start]:
        return False
    gm = _LANDMARK_GAP.search(text, max(0, m.start - 45), m.start)
    if gm is None:
        return False
    prev = next((n for n in reversed(mentions) if n.end <= gm.start()), None)
    if prev is None or prev.weight < 0.5:
        return False
    if prev.end != gm.start():
        # "Tal Afar district, west of Mosul": the place may be named with its kind
        kind = _UNIT_KIND_AFTER.match(text, prev.end, gm.start())
        if kind is None or kind.end() != gm.start():
            return False
    towns = [p for p in prev.places if p.kind == "city" and p.cc == cc]
    # "Novoselivka, east of Kharkiv" where the gazetteer's Novoselivkas all lie elsewhere: the landmark places it.
    return bool(towns) and not _beside_elsewhere(text, prev, towns, mentions)


# "in Govan, Glasgow", "in Finglas, north Dublin": a part of a city, then the city after a comma.
_PART_CITY_GAP = compile_scan(
    r",\s+(?:(?:north|south|east|west|central|inner|outer)(?:-?(?:east|west))?(?:ern)?\s+)?(?=[A-Z])"
)
# "Kabul, Kandahar and Herat": a list of towns, each its own place.
_LIST_GOES_ON = compile_scan(r"\s*(?:,\s*|\s(?:and|or)\s+)[A-Z]")


def _city_after_part(text: str, part: Mention, city: Mention) -> bool:
    """Whether `city` follows `part` after a comma as the large city that holds it, not as the next town of a list:
    "Govan, Glasgow" is a district of Glasgow, as "Govan, a district of Glasgow" would be."""
    gap = _PART_CITY_GAP.match(text, part.end)
    if gap is None or gap.end() != city.start or part.hint == "dateline":
        return False
    if _LIST_GOES_ON.match(text, city.end) or text.endswith(", ", 0, part.start):
        return False
    if fold(city.text) in _second_level(load()) or city.text.split()[0].lower() in _DIRECTION:
        return False  # "Makilala, Cotabato", "Mir Ali, North Waziristan": a division that shares a city's name
    # (a part the gazetteer lacks already stands at the city's own place)
    placed_at_city = all(q in city.places for q in part.places)
    return any(q.kind == "city" and q.pop >= _NEXT_TOWN_POP for q in city.places) and (
        placed_at_city or _far_bigger(city, part)
    )


def _part_of_city(
    text: str, best: tuple[float, Mention, Place] | None, mentions: list[Mention]
) -> tuple[tuple[float, Mention, Place], str] | None:
    """The place as a part of the large city named after it ("Finglas, north Dublin", "Ely, Cardiff"), with that
    city's name for the location, as a part the gazetteer lacks already comes ("Gwange, Maiduguri"). A namesake by
    the city is the part; with none there (Ely of Cambridgeshire is not Cardiff's), the part is placed at the city,
    in its division."""
    if best is None:
        return None
    score, m, _ = best
    city = next((o for o in mentions if o.start > m.end and _city_after_part(text, m, o)), None)
    if city is None:
        return None
    town = max((q for q in city.places if q.kind == "city"), key=lambda q: q.pop)
    near = _beside_owner(city, list(m.places))
    if not near and not any(p.cc == town.cc for p in m.places):
        return None  # "Granville, St James": a namesake city abroad (Vũng Tàu, once Cap Saint-Jacques) holds no part
    near = near or [town]
    return (score, Mention(m.start, m.end, m.text, near[:1], m.strong, m.weight, m.hint), near[0]), city.text


def _unlisted_beside(
    text: str, best: tuple[float, Mention, Place], cc: str, g: Gazetteer, actor_spans: list[tuple[int, int]]
) -> tuple[float, Mention, Place]:
    """The place is one the gazetteer lacks, named before the town that locates it ("Bab al-Tabbaneh, a
    neighborhood of Tripoli"): the place as written, at the town's coordinates and in its division."""
    _, m, p = best
    window = text[max(0, m.start - 90) : m.start]
    # A match ends in one of _BESIDE_LAST and spaces: the string test spares most names the search.
    if window[-1:].isspace() and window.rstrip().endswith(_BESIDE_LAST):
        bm = _BESIDE_BEFORE.search(text, max(0, m.start - 90), m.start)
    else:
        bm = None
    if bm is None or in_background(text, m.start):
        return best  # "He had earlier killed his father in Hostoun, west of Prague": another act's place
    name = bm.group("name")
    key = fold(name)
    last = name.split()[-1].lower().rstrip("'’s")
    first = name.split()[0].lower()
    if last in _WATER_BODIES:
        return best  # "a boat on the Niger River near Gao": a river, which is no place's name
    if (
        first in _DIRECTION
        or key in g.demonyms
        or first in _FAITH_NAMES
        or last in _NAMED_FACILITY
        or last in _FACILITY
        or first in _TIME_NAMES
    ):
        # "in northern Kaduna", "at St Mary's Church near Onitsha", "on Saturday near", "the Christian village of
        # Qaa": no place's name
        return best
    if any(a < bm.end("name") and bm.start("name") < b for a, b in actor_spans):
        return best  # "Islamic State fighters in Raqqa": a group, not a place
    if last in _DESIGNATOR and any(q.kind == "admin1" for q in g.lookup(fold(name.rsplit(None, 1)[0]))):
        return best  # "in the Anbar Governorate near Ramadi": the division, told by its kind, not a village
    if bm.group("comma") and not _plain_name(name, g):
        return best  # "on Sunday, Kabul police said": a place only when the name is no common word or facility
    # A place listed in the town's division, a sizable town of the country ("Kherson, south of Kyiv") or a
    # division or country of that name is found by its own name instead.
    if any(
        q.kind != "city" or q.cc == cc and (q.admin1 == p.admin1 or q.pop >= 15000) for q in g.lookup(key)
    ):
        return best
    a, b = bm.span("name")
    if (kind := _VILLAGE_KIND_AFTER.match(text, b)) is not None:
        b, name = kind.end(), text[a : kind.end()]  # "Boshehra village", as the text names it
    return best[0], Mention(a, b, name, [p], True), p


_WATER_BODIES = frozenset("river lake sea canal creek bay gulf".split())
_OF_AFTER = compile_scan(r"\s+of\s")
_VILLAGE_KIND_AFTER = compile_scan(r"\s+(?:village|hamlet)\b")


# "the Kaduna-Abuja highway", "on the Maiduguri-Damboa road": the two towns a road runs between.
# ("the Jammu-Srinagar national highway")
_ROAD_WORDS = r"\s+(?:(?:national|state|main|old|new|busy|coastal|strategic)\s+)?(?:highway|road|expressway|motorway)\b"
_ROAD_JOIN_AFTER = compile_scan(rf"-[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?{_ROAD_WORDS}")
_ROAD_AFTER = compile_scan(_ROAD_WORDS)


def _owned_elsewhere(text: str, m: Mention, cands: list[Place], mentions: list[Mention]) -> bool:
    """Whether `m` is a part of the town named before it as its owner ("Houston's Midtown district") while all
    its namesakes lie in other divisions: the part of that town, which the gazetteer does not list."""
    if text[m.start - 3 : m.start - 2] not in ("'", "’"):
        return False
    owner = next((n for n in mentions if n.end == m.start - 3), None)
    if owner is None:
        return False
    if any(
        p.kind in ("admin1", "country")
        and any(c.cc == p.cc and (p.kind == "country" or c.admin1 == p.admin1) for c in cands)
        for p in owner.places
    ):
        return False  # "Kashmir's Pulwama district": the owner is the division that holds it (not Cashmere, US)
    towns = {(p.cc, p.admin1) for p in owner.places if p.kind == "city"}
    return bool(towns) and not any((p.cc, p.admin1) in towns for p in cands)


def _road_end(text: str, m: Mention) -> bool:
    """Whether `m` names one end of a road written as two joined towns ("Kaduna-Abuja highway")."""
    if "-" not in text[m.start - 1 : m.end + 1]:
        return False
    if _ROAD_JOIN_AFTER.match(text, m.end, m.end + 40):
        return True
    return m.start > 0 and text[m.start - 1] == "-" and bool(_ROAD_AFTER.match(text, m.end, m.end + 12))


_BETWEEN_BEFORE = compile_scan(r"\b(?:between|from|linking|connecting|joining)\s+(?:the\s+(?:towns?\s+of\s+)?)?$")


def _route_end(text: str, m: Mention) -> bool:
    """Whether `m` names one end of a route: "between Bunia and Komanda", "from Dori to Arbinda", "the
    Juba-Nimule road". Where it happened lies along it, so a division the sentence names decides."""
    if _road_end(text, m):
        return True
    if _ROUTE_AFTER.match(text, m.end, m.end + 8) and _BETWEEN_BEFORE.search(text, max(0, m.start - 30), m.start):
        return True
    return bool(_ROUTE_BEFORE.search(text, max(0, m.start - 50), m.start))


# "the Notre-Dame basilica in Nice", "the Al-Noor mosque in Christchurch", "the Meenambakkam airport in Madras": a
# building's name (a saint's, a town's, a suburb's or a patron's) followed by the town it stands in, named next.
_BUILDING_IN = compile_scan(
    # "the Gambetta-Carnot lycée in Arras": a building named after two people
    r"(?:-[A-Z][\w'’]*)?\s+(?:basilica|cathedral|church|chapel|mosque|synagogue|temple|shrine|gurdwara|monastery|hotel|"
    r"airport|lyc[ée]e|school|college|academy|"
    # "a celebration at Riverside Park in Wichita": a park or a square named after another town
    r"[Pp]ark|[Ss]quare|"
    # shooting rows' venues named after another town: "the Westfield mall in Sacramento", "the Aurora bar in Reno"
    r"mall|(?:shopping\s+)?(?:center|centre|plaza)|supermarket|nightclub|bar|restaurant|cafe|casino|theat(?:er|re)|"
    r"stadium|arena|warehouse|factory)\s+"
    # ("the Erawan shrine in central Bangkok")
    r"(?:in|at)\s+(?:the\s+)?(?:(?:central|downtown|northern|southern|eastern|western)\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?[A-Z]"
)
_SUBURBAN_BEFORE = compile_scan(r"\bin\s+(?:suburban|the\s+suburbs\s+of)\s+$")
_BUILDING_THEN_SUBURBAN = compile_scan(r"\s+(?:[a-z-]+\s+){1,3}in\s+(?:suburban|the\s+suburbs\s+of)\s+")


def _suburb_named_before(text: str, m: Mention, cands: list[Place], mentions: list[Mention]) -> bool:
    """Whether a building named for a town of the same division stands just before "in suburban <m>" ("the Royal
    Oak post office in suburban Detroit"): the suburb itself (not a dateline: "CHICAGO (AP) - A shooting in suburban
    Aurora")."""
    prev = next((o for o in reversed(mentions) if o.end <= m.start), None)
    return (
        prev is not None
        and prev.hint != "dateline"
        and _BUILDING_THEN_SUBURBAN.fullmatch(text, prev.end, m.start) is not None
        and any(q.kind == "city" and q.cc == p.cc and q.admin1 == p.admin1 for q in prev.places for p in cands)
    )


_IN_DIVISION = compile_scan(
    r",?\s+in\s+(?:the\s+(?:[a-z]+\s+){1,2}?of\s+)?(?:[A-Z][\w'’-]+['’]s\s+)?(?=[A-Z])"
)
# Also in apposition: "San Ysidro, a neighborhood of San Diego", "Mitcham, a southern suburb of London".
# "the Hillsboro Village neighborhood of Nashville": the part's name may go on past the namesake's.
_PART_OF = compile_scan(
    r"(?:\s*,\s*(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?|\s+(?:[A-Z][a-z]+\s+)?)(?:neighbou?rhood|section|quarter|suburb)\s+of\s+"
    r"(?:the\s+)?"
    r"(?:(?:city|town)\s+of\s+)?[A-Z]"
    # "San Ysidro, a San Diego neighborhood": the town as the kind's modifier
    r"|\s*,\s*an?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:neighbou?rhood|section|quarter|suburb)\b"
)


# "the Oregon District of Dayton": a district of a town (not "Lakki Marwat district of Khyber Pakhtunkhwa", a
# district of a division).
_DISTRICT_OF = compile_scan(
    r"\s+(?:district|area)\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?(?=[A-Z])", re.IGNORECASE
)


def _area_of_town_before(text: str, m: Mention, cands: list[Place], mentions: list[Mention]) -> bool:
    """Whether `m` follows "<town> in (the)" and names an area of the same first-level division as that town ("El-Arish
    in the Sinai Peninsula", "Mpondwe in Kasese"): the town before it is the more specific place."""
    gap = 8 if text.endswith(" in the ", 0, m.start) else 4
    town = next((n for n in mentions if n.end == m.start - gap and n.hint not in ("admin1", "county")), None)
    if town is None:
        return False
    held = {(p.cc, p.admin1) for p in town.places if p.kind == "city"}
    return any((p.cc, p.admin1) in held for p in cands)


# What stands between a part of a town and the town: "Englewood, Chicago", "Englewood on Chicago's South Side",
# "the Kensington section of Philadelphia".
_NEXT_TOWN_GAP = compile_scan(
    # "San Ysidro, a San Diego neighborhood near the border": the town named as the part's kind's modifier
    rf"(?:\s*,\s*an?\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:{_TOWN_PART_WORDS})\b)|"
    rf"\s*,\s*|\s+(?:on|in|of)\s+(?:the\s+)?|\s+(?:{_TOWN_PART_WORDS})\s+(?:of|in)\s+(?:the\s+)?)"
)
# "Austin on Chicago's West Side": a part of the town, whatever namesake the gazetteer knows elsewhere.
_ON_TOWNS_SIDE = compile_scan(
    r"\s+on\s+(?:the\s+)?[A-Z][\w'’-]*['’]s\s+(?:(?:North|South|East|West|Lower|Upper)\s+)?[Ss]ide\b"
)
_NEXT_TOWN_POP = 100_000
_CAPITAL_AFTER = compile_scan(r"['’]s\s+capital\b")
_NEXT_TOWN_DEGREES = 0.3  # about 30 km: a part of the town or a suburb, not a namesake across the state


def _possessive_owner(text: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The town that `m` is told as a part of in the possessive: "Philadelphia" in "Philadelphia's Kensington
    section"."""
    if text[m.start - 3 : m.start] not in ("'s ", "’s ") or not _PART_NAMED_AFTER.match(text, m.end, m.end + 20):
        return None
    return next((o for o in mentions if o.end == m.start - 3), None)


# "the inner-city Perth suburb of Northbridge": the town, then the kind of its part, right before the part's name.
_KIND_OF_BEFORE = compile_scan(r"\s(?:suburb|neighbou?rhood|district|area|township|section|quarter)\s+of\s+$")


def _suburb_of_town(text: str, m: Mention, cands: list[Place], mentions: list[Mention]) -> list[Place] | None:
    """For `m` told as a part of the town named before it ("the Perth suburb of Northbridge"), its namesakes that lie
    by that town, [] when none does (Northbridge, Massachusetts is not Perth's); None when `m` is not so told."""
    km = _KIND_OF_BEFORE.search(text, max(0, m.start - 30), m.start)
    if km is None:
        return None
    owner = next((o for o in mentions if o.end == km.start() and "the " in text[max(0, o.start - 30) : o.start]), None)
    if owner is None or not _far_bigger(owner, m):
        return None  # "the Antioch neighborhood of Nashville": the part first, the town after it
    return _beside_owner(owner, cands)


def _beside_owner(owner: Mention | None, cands: list[Place]) -> list[Place] | None:
    """The namesakes among `cands` that lie by the sizable town `owner` names, [] when none does; None when `owner`
    names no such town."""
    towns = [p for p in owner.places if p.kind == "city" and p.pop >= _NEXT_TOWN_POP] if owner else []
    if not towns:
        return None
    return [
        p
        for p in cands
        if any(
            (t.cc, t.admin1) == (p.cc, p.admin1)
            and abs(t.lat - p.lat) <= _NEXT_TOWN_DEGREES
            and abs(t.lon - p.lon) <= _NEXT_TOWN_DEGREES
            for t in towns
        )
    ]


def _far_bigger(town: Mention, part: Mention) -> bool:
    """Whether the biggest town `town` may name is far bigger than any `part` may: which of "the X suburb of Y"
    is the town."""
    big = max((p.pop for p in town.places if p.kind == "city"), default=0)
    return big >= _NEXT_TOWN_POP and big > 10 * max((p.pop for p in part.places if p.kind == "city"), default=0)


def _owned_part(text: str, m: Mention, cands: list[Place], mentions: list[Mention]) -> list[Place] | None:
    """For `m` told as a part of the town named just before it in the possessive ("in Philadelphia's Kensington
    section"), its namesakes that lie by that town, [] when none does; None when `m` is not so told."""
    return _beside_owner(_possessive_owner(text, m, mentions), cands)


def _beside_next_town(text: str, m: Mention, cands: list[Place], mentions: list[Mention]) -> list[Place]:
    """The namesakes of `m` that lie by the sizable town named right after it, in the same division: the town's
    neighbourhood or suburb, more specific than the town. [] when no such town follows ("the Oregon District of
    Dayton": GeoNames' Oregon, Ohio lies far from Dayton)."""
    gap = _NEXT_TOWN_GAP.match(text, m.end, m.end + 30)
    if gap is None:
        return []
    nxt = next((n for n in mentions if n.start == gap.end()), None)
    if nxt is None or nxt.hint == "admin1" or _UNIT_KIND_AFTER.match(text, nxt.end, nxt.end + 30):
        return []  # "the Mir Ali area of North Waziristan district": a part of a district, told as coders do
    towns = [p for p in nxt.places if p.kind == "city" and p.pop >= _NEXT_TOWN_POP]
    if not towns and _CAPITAL_AFTER.match(text, nxt.end, nxt.end + 12):
        g = load()  # "the Kenscoff suburb of Haiti's capital": the capital, by its role
        capitals = [fold(g.capitals.get(p.cc, "")) for p in nxt.places if p.kind == "country"]
        towns = [q for key in capitals if key for q in g.lookup(key) if q.kind == "city" and q.pop >= _NEXT_TOWN_POP]
    return [
        p
        for p in cands
        if p.pop < max((t.pop for t in towns), default=0)
        and any(
            t.cc == p.cc
            and t.admin1 == p.admin1
            and abs(t.lat - p.lat) <= _NEXT_TOWN_DEGREES
            and abs(t.lon - p.lon) <= _NEXT_TOWN_DEGREES
            for t in towns
        )
    ]


_PART_NAMED_AFTER = compile_scan(rf"\s+(?:{_TOWN_PART_WORDS})\b")


# "Tripoli's Bab al-Tabbaneh": the Arabic article inside the name, on one line; the whole name or none, so
# that a building's ("Kabul's Hamid Karzai International Airport") yields no shorter part.
_PART_NAME = (
    r"(?P<part>[A-Z][\w'’-]+(?:[ \t]+(?:(?:al|el|ad|an|ar|as|at|ash|az)-)?[A-Z][\w'’-]+){0,2})"
    r"(?![ \t]+(?:(?:al|el|ad|an|ar|as|at|ash|az)-)?[A-Z])"
)
_OPENING_PART_CHARS = 700
# (the whole name: not "Al-" of "Al-Dhale governorate", cut short to pass)
_NO_UNIT_AFTER = (
    r"(?![\w'’-])(?!\s+(?:region|province|state|division|district|governorate|county|oblast|department)\b)"
)
_PART_WORD_HINTS = ("area", "district", "neighborhood", "neighbourhood", "quarter", "suburb", "section")
# The town patterns of _part_named_of without the town: each must match somewhere for its pattern to.
_PART_GATES = {
    "owned_kind_after": re.compile(rf"['’]s\s+{_PART_NAME}\s+(?:{_TOWN_PART_WORDS})\b"),
    "owned_kind_first": re.compile(
        rf"['’]s\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_TOWN_PART_WORDS})\s+of\s+{_PART_NAME}{_NO_UNIT_AFTER}"
    ),
    "kind_of_town": re.compile(rf"\bthe\s+{_PART_NAME}\s+(?:area|district|neighbou?rhood|quarter|section)\s+of\s"),
    "town_kind_of": re.compile(
        rf"\s(?:district|neighbou?rhood|quarter|section)\s+of\s+{_PART_NAME}{_NO_UNIT_AFTER}"
    ),
    "part_comma_town": re.compile(rf"\b(?:in|at|near)\s+{_PART_NAME},\s+an?\s"),
    "in_the_part": re.compile(rf"\bin\s+the\s+{_PART_NAME}\s+(?:district|neighbou?rhood|quarter)\b"),
}


# A district named after a town this big is the division its seat names, not a part of another town.
_DISTRICT_SEAT_POP = 50_000


def _seat_of_district(part: str, town: str, g: Gazetteer) -> bool:
    """Whether "the Galle district" told after Ambalangoda names the district that holds the town: a sizable town
    of that name lies in the town's own division and is bigger than it (a part of a town is never bigger)."""
    towns = [t for t in g.lookup(fold(town)) if t.kind == "city"]
    return any(
        q.kind == "city" and q.pop >= _DISTRICT_SEAT_POP and any(
            (q.cc, q.admin1) == (t.cc, t.admin1) and q.pop > t.pop for t in towns
        )
        for q in g.lookup(fold(part))
    )


def _part_named_of(text: str, town: str, g: Gazetteer) -> str | None:
    """The part of `town` the opening names by its kind or as the town's own: "Leipzig's Grunau district", "on
    Seattle's Capitol Hill", "the Fordham section of the Bronx", or, under the town's own dateline, "in the
    Sherman Park neighborhood". None for a part that is itself a division or a country."""
    head = text[:_OPENING_PART_CHARS]
    low, town_low = head.lower(), town.lower()
    owned = f"{town_low}'s " in low or f"{town_low}’s " in low
    kinded = any(w in low for w in _PART_WORD_HINTS)
    if not (owned or kinded):
        return None  # most texts: neither the town's possessive nor a word for a part of a town (no scans)
    t = f"(?i:{re.escape(town)})"  # the town as a dateline writes it too ("SEATTLE")
    # Each pattern below is the town's, compiled for it; its part without the town is compiled once (`_PART_GATES`)
    # and tried first, so a text that cannot match pays no compilation.
    rx = []
    if owned:
        if _PART_GATES["owned_kind_after"].search(head):
            rx.append(rf"\b{t}['’]s\s+{_PART_NAME}\s+(?:{_TOWN_PART_WORDS})\b")
        # "Dhaka's diplomatic quarter of Gulshan", "Baghdad's mainly Shiite district of Karrada": the kind first
        if _PART_GATES["owned_kind_first"].search(head):
            rx.append(rf"\b{t}['’]s\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_TOWN_PART_WORDS})\s+of\s+{_PART_NAME}{_NO_UNIT_AFTER}")
        rx.append(rf"\b(?:in|on|at|near)\s+{t}['’]s\s+{_PART_NAME}\b(?!['’])")
    of_town = f" of {town_low}" in low or f" of the {town_low}" in low
    if kinded and of_town and _PART_GATES["kind_of_town"].search(head):
        # (not "the Birmingham suburb of Hoover", where the suburb is the town)
        # (nor "the Munabbih district of Saada province": a division's part)
        rx.append(
            rf"\bthe\s+{_PART_NAME}\s+(?:area|district|neighbou?rhood|quarter|section)\s+of\s+(?:the\s+)?{t}"
            rf"{_NO_UNIT_AFTER}"
        )
    if kinded and f"{town_low} " in low and _PART_GATES["town_kind_of"].search(head):
        # "the Baghdad district of Karrada", "the old-city Baghdad district of Karrada": the town as the kind's
        # modifier, the part after it (not "the Reasi district of Jammu region", a division's part of a larger one;
        # nor a suburb, which is its own town: "the Birmingham suburb of Hoover"; nor an area, which a wider place
        # holds: "the Mir Ali area of North Waziristan")
        rx.append(
            rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{t}\s+(?:district|neighbou?rhood|quarter|section)\s+of\s+"
            rf"{_PART_NAME}{_NO_UNIT_AFTER}"
        )
    if kinded and f" {town_low} " in low and _PART_GATES["part_comma_town"].search(head):
        # "in San Ysidro, a San Diego neighborhood near the border": the town as the kind's modifier
        rx.append(rf"\b(?:in|at|near)\s+{_PART_NAME},\s+an?\s+{t}\s+(?:{_TOWN_PART_WORDS})\b")
    if kinded and _PART_GATES["in_the_part"].search(head):
        # "shelled Kherson city ..., hitting a bus stop in the Dniprovskyi district": the part, in the town's sentence
        rx.append(rf"\b{t}\b[^.;\n]{{0,120}}?\bin\s+the\s+{_PART_NAME}\s+(?:district|neighbou?rhood|quarter)\b")
    dl = dateline(text) if kinded else None
    if dl is not None and fold(dl.group("place")) == fold(town):
        # a local story filed from the town: "the city's Kensington section", "in the Sherman Park neighborhood"
        # "in the capital's Gulshan diplomatic quarter": a word for the part's kind may come between
        rx.append(
            rf"\b(?:in|at|near)\s+the\s+(?:(?:city|capital)['’]s\s+)?{_PART_NAME}\s+(?:[a-z]+\s+)?(?:{_TOWN_PART_WORDS})\b"
        )
    for pattern in rx:
        pm = re.search(pattern, head)
        if pm is None:
            continue
        part = pm.group("part")
        if fold(part) == fold(town) or any(q.kind in ("admin1", "country") for q in g.lookup(fold(part))):
            continue
        if fold(part) in _stopwords():
            continue  # "near Strasbourg's Christmas market": a feast's, a day's or an institution's word
        if pm.group(0).lower().endswith("district") and _seat_of_district(part, town, g):
            continue  # "in Ambalangoda, in the Galle district": the district of a bigger town holds the place
        return part
    return None


def _spelled_alike(place: Place, written: str) -> bool:
    """Whether a place's name and the text's word for it are one name in two spellings, not two names: its own
    name or a romanisation of it (_is_main), or one close enough ("Mazar-i-Sharif" for "Mazar-e Sharif")."""
    key = fold(written)
    return _is_main((place,), key) or difflib.SequenceMatcher(None, fold(place.name), key).ratio() >= 0.7


def _owner_of_part(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether `m` is a sizable town told as the owner of a part of it named next, which the gazetteer lists beside
    it ("Istanbul's Ortakoy neighbourhood", "Kabul's Dasht-e-Barchi area"): the part is the more specific place."""
    if text[m.end : m.end + 1] not in ("'", "’") or not text.startswith("s ", m.end + 1):
        return False
    part = next((n for n in mentions if n.start == m.end + 3), None)
    if part is None or not _PART_NAMED_AFTER.match(text, part.end, part.end + 14):
        return False
    towns = [p for p in m.places if p.kind == "city" and p.pop >= _NEXT_TOWN_POP]
    return any(
        q.kind == "city"
        and q.pop < t.pop
        and (q.cc, q.admin1) == (t.cc, t.admin1)
        and abs(t.lat - q.lat) <= _NEXT_TOWN_DEGREES
        and abs(t.lon - q.lon) <= _NEXT_TOWN_DEGREES
        for q in part.places
        for t in towns
    )


def _district_of_town(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether `m` names a district or area of the town named right after it ("the Oregon District of Dayton"): the
    town is where it happened, and a namesake town of the district's name is not."""
    dm = _DISTRICT_OF.match(text, m.end, m.end + 40)
    if dm is None:
        return False
    nxt = next((n for n in mentions if n.start == dm.end()), None)
    # "the Reasi district of Jammu region": a name the text writes as a division is no town, whatever the gazetteer;
    # nor is "Rajouri district" in "the Thanamandi area of Rajouri district", whose area is the place
    return (
        nxt is not None
        and nxt.hint != "admin1"
        and any(p.kind == "city" for p in nxt.places)
        and not any(p.kind != "city" for p in nxt.places)
        and not _UNIT_KIND_AFTER.match(text, nxt.end, nxt.end + 30)
    )


def _speakers_unit(
    text: str, best: tuple[float, Mention, Place], mentions: list[Mention], first_sentence_end: int
) -> bool:
    """Whether the town found is only where those who speak sit ("Police in Kano said") while the opening names
    a unit of the same division, or one the gazetteer lacks, as its kind says ("in Gezawa local government area
    of Kano State")."""
    _, m, p = best
    if not (text.endswith("in ", 0, m.start) and _SAYS_AFTER.match(text, m.end, m.end + 20)):
        return False
    # The unit's namesake town in the division, or none in the country at all (a unit the gazetteer lacks).
    return any(
        n.hint == "county" and n.weight >= 0.5 and n.start < first_sentence_end
        and (
            any(q.cc == p.cc and q.admin1 == p.admin1 for q in n.places)
            or not any(q.cc == p.cc for q in n.places)
        )
        for n in mentions
    )


def _county_named(
    text: str, mentions: list[Mention], first_sentence_end: int, event: tuple[int, int] | None, loc: Location
) -> None:
    """ "in Harris County": with no town named, the county as written is the most specific place; lat/lon stay
    the division's or the country's (geo_precision says which)."""
    for m in mentions:
        if m.hint != "county" or m.weight < 0.5 or not (m.start < first_sentence_end or _inside(event, m.start)):
            continue
        nxt = _SUBDIVISION_AFTER.match(text, m.end, m.end + 30)
        if nxt is None:
            return
        loc.location = text[m.start : nxt.end()]
        loc.evidence.append(Evidence(field="location", start=m.start, end=nxt.end(), text=loc.location))
        return


_ACROSS_LINE = 1.0
# What stands between a part of a town and the town in "the Gwange area of Maiduguri", "Zorkola, a suburb of
# Beirut" (not "Kargil Nagar, west of Quetta": a place beside the town, not in it).
_PART_GAP = compile_scan(rf"\b(?:{_TOWN_PART_WORDS}|part|locality)\s+(?:of|in)\b")
_DIRECTION_OF_BEFORE = compile_scan(
    # ("about 30 kilometres west of the front-line town of Kupiansk")
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:city|town|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# "Washington had warned Moscow": a government, by its seat, as one addressed
_ADDRESSED_BEFORE = compile_scan(r"\b(?:warned|accused|blamed|urged|told|asked|informed|pressed)\s+$")
# ("the Crocus City Hall concert venue on the western edge of Moscow", under a KRASNOGORSK dateline)
_NEAR_PLACE_BEFORE = compile_scan(
    r"\b(?:outside|near|(?:outskirts|edge|fringes?)\s+of)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
)
_OUTSKIRTS_CAPITAL = compile_scan(
    r"\b(?:outside|near|outskirts\s+of)\s+(?:the\s+)?(?:[A-Z][\w-]+(?:['’]s)?\s+)?capital\b"
)
# "the Somali capital", "Syria's capital", "in the capital": the country's capital city, named by its role.
_CAPITAL_RE = compile_scan(
    r"\b(?:the\s+)?(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+capital\b"
    r"|\b(?P<country>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})['’]s\s+capital\b"
    r"|\b(?:in|across|into|inside|within)\s+(?P<bare>the\s+capital)\b(?!\s+(?:city\s+)?of\b)"
)
# "east of the capital", "on the outskirts of the Somali capital": near it, not in it.
_NEAR_BEFORE = compile_scan(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|outside|near|nearby|outskirts|km|kilometres|"
    r"kilometers|miles|suburbs?)\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _capital_named(text: str, cc: str, g: Gazetteer, until: int) -> tuple[float, Mention, Place] | None:
    """The capital of `cc` when the opening names it by its role and no town by name: "a hotel in the Somali
    capital" is in Mogadishu."""
    for m in _CAPITAL_RE.finditer(text, 0, until):
        if _NEAR_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if _DIRECTION_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "near Tarmiyah, north of the capital": the capital only places the town
        if m.group("bare") is None:
            named = m.group("dem") or m.group("country")
            key = fold(named)
            if g.demonyms.get(key) != cc and not any(p.kind == "country" and p.cc == cc for p in g.lookup(key)):
                continue  # "the Kenyan capital" in a text placed in Somalia: a different capital
        cities = [p for p in g.lookup(fold(g.capitals.get(cc, ""))) if p.kind == "city" and p.cc == cc]
        if not cities:
            return None
        p = max(cities, key=lambda x: x.pop)
        s, e = m.span("bare") if m.group("bare") else m.span()
        return 0.0, Mention(s, e, text[s:e], [p], True), p
    return None


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Division aliases written with a period ("Fla.", "Ky."): the text's run drops the period, and an
    abbreviation is never the spelling to report."""
    data = read_reference("admin1_aliases.yaml")
    return frozenset(
        fold(a) for names in data.values() for aliases in (names or {}).values() for a in aliases if a.endswith(".")
    )


@lru_cache(maxsize=1)
def _spellings() -> frozenset[str]:
    """Folded spellings from admin1_spellings.yaml ("Paktya", "Unity State", "Euskadi"): read as their division,
    never reported as written, so one division stays one value in the warehouse."""
    data = read_reference("admin1_spellings.yaml")
    return frozenset(fold(a) for names in data.values() for aliases in (names or {}).values() for a in aliases)


@lru_cache(maxsize=20_000)
def _admin1_as_written(surface: str, name: str, g: Gazetteer) -> str:
    """A division as the text names it ("Ituri", "Wardak", "Hodeidah") when that is one of its aliases: GeoNames
    may keep an older or transliterated name ("Eastern", "Vardak", "al Hudaydah"). Otherwise the cleaned
    GeoNames name: for the name itself, a dateline's capitals, an abbreviation ("Calif.", "Ariz.") and a town
    whose division stands in for one the gazetteer lacks.

    Cached: a text names its division again and again, and the news the same divisions from text to text."""
    if surface.isupper() and len(surface) > 4 and " " not in surface:
        surface = surface.title()  # a dateline's "DUHOK": the text's own spelling, in capitals (not "NY", "J&K")
    key, full = fold(surface), fold(name)
    unit = _second_level(g).get(key)
    if unit is not None and unit.division.admin1 == name:
        return unit.admin1  # "Houet province" is in Hauts-Bassins, "Tidermene cercle" in Menaka
    if (
        surface.isupper()
        or "." in surface
        or key in _abbreviations()
        or key in _spellings()
        or (key, name) in g.retired  # "Lorraine" was merged into Grand Est in 2016 (admin1_current.yaml)
        or key == full
        or full.startswith(key)
        or not any(p.kind == "admin1" and p.admin1 == name for p in g.lookup(key))
    ):
        return clean_admin1(name)
    return surface


def _as_written_first(found: list[tuple[Mention, Place]], g: Gazetteer) -> tuple[Mention, Place]:
    """The first of a division's mentions whose spelling the output keeps, else the first (most have one)."""
    if len(found) == 1:
        return found[0]
    return next((x for x in found if _kept_as_written(x[0], x[1], g)), found[0])


def _kept_as_written(am: Mention, ap: Place, g: Gazetteer) -> bool:
    """A mention of the division itself whose spelling the output keeps ("Al Hudaydah"), not a unit inside it
    ("Hays") nor a spelling that gives way to GeoNames' ("Taiz" for "Ta'izz")."""
    return _spelling_kept(am.text, ap.admin1 or "", g)


@lru_cache(maxsize=20_000)
def _spelling_kept(surface: str, name: str, g: Gazetteer) -> bool:
    """`_kept_as_written` for a mention written `surface` of the division `name`; cached, as the mentions of one
    division mostly repeat one spelling and all of them may be tried."""
    key = fold(surface)
    return key not in _second_level(g) and fold(_admin1_as_written(surface, name, g)) == key


def _qualified_by(text: str, m: Mention, p: Place, mentions: list[Mention]) -> bool:
    """Whether the text names the place's division or country right after it and a comma ("Antioch, Tennessee")."""
    gap = _COMMA_GAP.match(text, m.end, m.end + 3)
    nxt = next((n for n in mentions if n.start == gap.end()), None) if gap else None
    return nxt is not None and any(
        q.cc == p.cc and (q.kind == "country" or q.kind == "admin1" and q.admin1 == p.admin1) for q in nxt.places
    )


@lru_cache(maxsize=1)
def _former_names() -> frozenset[str]:
    """Folded former names of renamed towns ("bombay", "madras"), from place_aliases.yaml."""
    return frozenset(fold(n) for n in read_reference("place_aliases.yaml").get("former_names", []))


def _as_written(surface: str, p: Place, g: Gazetteer, qualified: bool = False) -> str:
    """The place as the text spells it ("Ruhengeri", "Maarrat Misrin"), so the evidence reads the same,
    unless that spelling is another place's own name: "Jericho" in Idlib is written "Ariha". A spelling the text
    pins down with the place's division or country ("Antioch, Tennessee") is kept: it names no other place."""
    key = fold(surface)
    if surface.isupper() or key in _former_names():
        return p.name  # "Bombay" is Mumbai now (place_aliases.yaml)
    if key == _own_key(p.name) or qualified or _bilingual_own(p.name, key) or fold(p.name).startswith(key + " "):
        # "Afrin" as written, not GeoNames' "‘Afrīn"; "Halle", not "Halle (Saale)"; "Vitoria"; "San Lorenzo", the
        # short form of "San Lorenzo de Esmeraldas" (its own name cut short, not another town's)
        return surface
    # A hamlet that bears the spelling ("Jenin", Poland) does not make it ambiguous; a town does ("Jericho").
    if any(q.kind == "city" and fold(q.name) == key and q.pop >= 15000 for q in g.lookup(key)):
        return p.name
    return surface


# "the Tulsa State Fair" is the town's fair, not a state.
_STATE_FAIR_AFTER = compile_scan(r"\s+State\s+Fair")
_DIVISION_KIND_AFTER = compile_scan(
    r"\s+(?:department|province|state|region|oblast|governorate|prefecture|County)\b(?!\s+(?:[Ff]air|[Ff]airgrounds)\b)"
)
_DIVISION_OF_BEFORE = compile_scan(r"\b(?:department|province|state|region|oblast|governorate|prefecture)\s+of\s+$")
_DISTRICT_AFTER = compile_scan(r"\s+(?:[Dd]istrict|[Tt]ehsil)\b")
_DISTRICT_WORD_AFTER = compile_scan(r"\s+[Dd]istrict\b")
# "in Bani Hushaysh district of ... province": a named district or village the gazetteer does not list; so
# are "the village of Mbau" and ACLED's "in Sofara (Djenne, Mopti)", a place before the divisions it lies in.
# The first word may bear the Arabic article in lower case: "in al-Shaddadi, in Hasakah province".
_ARTICLES = "al|el|ad|an|ar|as|at|ash|az"
# Its words are never apart by a blank line: "church in Benue" (a title), then "MAKURDI, Nigeria" (the dateline).
# Portuguese and Spanish names keep their joining words in lower case: "Complexo da Maré", "Villa de Leyva".
_UNLISTED_NAME = (
    rf"(?:(?:{_ARTICLES})-)?[A-Z][\w'’-]+(?:[ \t]*\n?[ \t]*(?<=\s)(?:(?:{_ARTICLES})[-\s]|(?:da|do|de|dos|das|del)\s+)?"
    rf"[A-Z][\w'’-]+){{0,2}}"
)
_TOWN_RUN = compile_scan(_UNLISTED_NAME)  # the town named after "near" ("near Maarat al-Numan")
# "Kandahar's Maiwand district", "Sagaing region's Depayin township": the division that holds the place, as its
# possessor; the place is the name after it.
# "Kech district's Hoshab area": a second-level unit owns its places the same way.
_OWNER = (
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:\s+(?:region|province|state|governorate|division|district|territory|county|"
    r"zone|LGA))?['’]s\s+"
)
# Second-level units named after the place, written in lower case ("Kajo Keji county", "West Wollega zone").
_SUBUNIT = (
    r"district|territory|sub-district|subdistrict|sub-county|tehsil|taluka|township|zone|county|payam|boma|locality|"
    # Bangladesh's "Char Elahi union": the lowest unit, named after its main village
    r"commune|woreda|kebele|sub-?prefecture|union(?:\s+parishad)?|upazila"
)
# Thailand's and Syria's subdistricts (tambon, nahiya) bear their seat's name too: "Lam Phaya subdistrict".
_SETTLEMENT_KINDS = frozenset(
    "community town commune payam boma locality kebele camp area slum slums favela favelas suburb quarter market "
    # India's Line of Control is held by sectors named for their main village: "the Machil sector of Kupwara district"
    # Bangladesh's upazila bears its seat's name: "in Kalaroa upazila of Satkhira" is Kalaroa
    "mine section neighbourhood neighborhood subdistrict sub-district union sector upazila".split()
)
# Parts of a town and sites the gazetteer does not list, named before their kind: "the Kibera slum", "the Bakara
# market", "the Seradala mining site". A capitalised word before them may be a people or a weekday ("the Sunday
# market"): only a plain name reads as the place.
_TOWN_PART = r"slums?|favelas?|suburb|quarter|market|(?:gold\s+)?mine|mining\s+site"
_TOWN_PART_RE = compile_scan(_TOWN_PART, re.IGNORECASE)
# A division's kind, more coarse than a settlement the opening may name next: "district", "Guma LGA".
_DIVISION_KIND = compile_scan(
    r"(?i:district|territory|sub-district|subdistrict|sub-county|tehsil|taluka|township|zone|county|woreda|"
    r"sub-?prefecture|LGA|Local\s+Government\s+Area)"
)
_COMPASS_WORDS = "|".join(sorted(_COMPASS, key=len, reverse=True))  # "the southern Lebanese village of Hanine"
# "in Tabayin township, northwestern Sagaing": the compass word says the division again, not a town.
# What a place is, in apposition after its name: "Kirawa, a community in", "Maré, a favela complex in".
_APPOSED_KIND = (
    # ("Sobane Da, a Dogon village near Sangha": the people it is of, named first)
    r"(?:(?:small|remote|farming|fishing|mining|border|rural|nearby)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:village|community|town|settlement|hamlet|"
    # "Rambo, a rural commune of Yatenga province": the Sahel's lowest division, named after its main village
    r"locality|suburb|neighbou?rhood|favela|commune)(?:\s+complex)?"
)
# "attacked the weekly market of Sofara, in Djenne cercle", "shells landed in the centre of Mweso, in Masisi
# territory": the spot hit in a place, then the place itself
_SPOT_OF = (
    r"the\s+(?:(?:weekly|main|central|crowded|busy)\s+)?(?:centre|center|heart|market|marketplace)\s+of"
)
_DISTANCE_AWAY = r"(?:(?:some|about|around|roughly|nearly|just)\s+)?\d+\s*(?:kilometres|kilometers|km|miles)"
_SETTLEMENT_NEAR_BEFORE = compile_scan(
    # ("attacked Shag Alnom village, near Bara town", "the Lala displacement site, near Bule": a comma between)
    r"\b[A-Z][\w'’-]+\s+(?:(?:displacement|displaced|IDP|refugee)\s+(?:camp|site)|camp|village|community|hamlet|"
    r"settlement),?\s+"
    # ("in Manzanzaba village about 4 km from Oicha": by its distance)
    rf"(?:near|outside|on\s+the\s+(?:outskirts|edge)\s+of|{_DISTANCE_AWAY}\s+(?:[a-z]+\s+)?from)\s+(?:the\s+)?$"
    # "the Kibera slum in Nairobi", "the Antioch neighborhood of Nashville": a part of the town named after it
    rf"|\b[A-Z][\w'’-]+\s+(?:{_TOWN_PART}|neighbou?rhood|township)\s+(?:in|of)\s+(?:the\s+)?$"
    r"|\b[A-Z][\w'’-]+\s+section\s+of\s+(?:the\s+)?$"
    # "a homestead at Jaldesa, on the outskirts of Marsabit town": a place placed by the town it lies by
    # ("in Piliyandala, on the southern outskirts of Colombo", "in Kottaramulla, near Nattandiya")
    r"|\b(?:at|in)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:on\s+the\s+(?:[a-z]+ern\s+)?(?:outskirts|edge|fringes?)\s+of|"
    r"just\s+outside|near)\s+(?:the\s+)?$"
    # "a convoy at Lethpora(,) near Awantipora": a village's one word, then the town that tells where it lies
    r"|\b(?:at|in)\s+[A-Z][a-z]+(?:-[a-z]+)?,?\s+near\s+$"
    # "a raid on al-Far'a refugee camp, south of Tubas", "in the Wadi al-Shay area, south of Kirkuk": a camp or
    # an area placed by its bearing from the town
    r"|\b[A-Z][\w'’-]+\s+(?:(?:displacement|displaced|IDP|refugee)\s+)?(?:camp|village|hamlet|area|valley),\s+"
    rf"(?:{_ABOUT}\s+\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$"
    # "struck the village of al-Jadida near Jisr al-Shughur", "the village of al-Mutaybijah, east of Samarra": the
    # village named after its kind, then the town that tells where it lies
    r"|\b(?:village|hamlet|settlement)\s+of\s+(?:(?:al|el|ad|as|an|ar|ash|az|at)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    rf"(?:\s+(?:near|outside|close\s+to)|,\s+(?:{_ABOUT}\s+\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    # ("the village of Maaroub, east of the southern port city of Tyre": the town told by its kind at length)
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+(?:[a-z]+\s+){0,2}?(?:city|town)\s+of\s+)?$"
    # "in Barangay Lininding in Masiu", "Barangay Bagsac, San Miguel": a barangay or tambon, then its municipality
    r"|\b(?:[Bb]arangay|[Bb]rgy\.|[Tt]ambon)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+|\s+(?:in|of)\s+)$"
)
# "Koshobe, a village some 20 kilometres (12 miles) from the state capital Maiduguri": placed by its distance.
_APPOSED_BEFORE = compile_scan(
    rf",\s+an?\s+{_APPOSED_KIND}\s+(?:(?:in|of|near|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
    r"(?:the\s+)?(?:(?:town|city)\s+of\s+)?|"
    rf"{_DISTANCE_AWAY}\s+(?:\([^()]{{0,30}}\)\s+)?(?:[a-z]+\s+){{0,2}}(?:from|of)\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}})$"
)
# "in Urum al-Kubra, western Aleppo countryside": the same without "in", by a compass word
_QUALIFIER_BEFORE = compile_scan(
    rf"\b(?:in|at|near)\s+{_UNLISTED_NAME},\s+(?:in\s+(?:the\s+)?|(?:{_COMPASS_WORDS})\s+)$"
    # "the Nyanya motor park, about 16 kilometres from the centre of Abuja": a site placed by its distance
    rf"|\b(?:motor\s+park|bus\s+(?:station|park|terminal|stop)|market(?:place)?|junction|roundabout|checkpoint),\s+"
    rf"{_DISTANCE_AWAY}\s+(?:\([^()]{{0,30}}\)\s+)?(?:from|outside)\s+(?:the\s+)?(?:(?:centre|center)\s+of\s+)?$"
)
# "in El Plateado, in the municipality of Argelia": Latin American papers name the municipality that way.
_UNIT_BEFORE = compile_scan(
    rf"\b(?:{_SUBUNIT}|municipality|cercle|department)(?:,|\s+of)\s+(?:the\s+)?(?:(?:{_COMPASS_WORDS})\s+)?$"
)
_OWNED_PLACE = compile_scan(rf"['’]s\s+{_UNLISTED_NAME}\s+(?:{_SUBUNIT})\b")
# "the Line of Control", "the Bank of England": a capitalised word (not a sentence's first) before "of"
_NAME_OF_BEFORE = compile_scan(r"(?<=[a-z,] )[A-Z][a-z]+ $")
# "rebel-held", "Houthi-controlled", "Russian-occupied": who holds a place, before the kind of place it is.
_HELD_BY_MODIFIER = r"(?:[\w'’]+-(?:held|controlled|run|occupied|besieged|dominated)\s+)?"
# Where an incident log's row names its place: after the row's date and its separator ("28/04/2019 – ",
# "11 April 2023 - ", "[16/01/2023] ", "16 September 2022. "; the text is unfolded by then, its square brackets
# round), after a field's semicolon, or at the text's start (_UNLISTED_OPENING_RE). The separator opens the match
# and looks back for the date, so that the scan stops at these few characters, not at every space.
_ROW_OPENING = r"(?:(?<=\d\d)\)?[–—|.:)-]|(?<=\d\d\s)[–—|.:)-]|;)\s+"
# Nigerian, South Asian and East African press name the unit after the name: "Kadisau village", "Yelwata
# community", "Tsafe town", "Guma LGA", "Kauru Local Government Area", "Turbat tehsil", often as the object of
# the attack itself ("bandits attacked Kadisau village").
_UNLISTED_PATTERN = (
    # "dropped two bombs on Kan Thit village", "shells fell on Sarmin town", "an attack on the Abu Shouk camp"
    # UCDP's "where_description: Bule village, Djugu territory": the row's field says where, as "in" does
    rf"(?:\b(?:in|inside|near|around|at|of|from|on|{_RAID_VERBS}|struck|hit|targeted|shelled|bombed|burned|burnt|looted|"
    # an incident log's row opens with its place, alone or after the date: "Pazigyi village, Kanbalu township, ...",
    # "16 September 2022. Let Yet Kone village, ...", "...; Tabayin Township; Let Yet Kone village; Air strike"
    rf"where_description:)\s+|{_ROW_OPENING})(?P<the>the\s+)?"
    rf"(?:{_OWNER})?(?P<name>{_UNLISTED_NAME})\s+"
    # "the Lala camp", "Machil sector" (India's Line of Control), "in the Sarai Naurang area."
    # Indian press: "in the forests of Tonto police station area", "under Kalimela police station limits".
    # "the Abu Shouk displacement camp": what the camp is for stands before its kind
    # "the Roxbury section of Boston": a section only of a town named after it, not "the VIP section"
    # ("the Fulani village of Ogossagou": a people's village, named after "of" below)
    # (but "Gompad village of Chhattisgarh's Sukma district", "Mandaw village of Khost province": its division)
    # ("in Upper Dangri village of Jammu and Kashmir's Rajouri district": a division of two names, then its unit)
    rf"(?P<kind>{_SUBUNIT}|{_TOWN_PART}|section(?=\s+of\s+[A-Z])|village(?!\s+of\s+[A-Z][\w-]*\b(?!['’]s)"
    r"(?!\s+and\s+[A-Z][\w-]*['’]s)"
    # ("at Char Madhua village of Raipura upazila")
    r"(?!\s+(?:district|province|region|state|county|division|municipality|commune|territory|LGA|tehsil|upazila|"
    r"taluka|mandal|block)\b))|"
    r"municipality|neighbou?rhood|community|(?:(?:displacement|displaced|idp|refugee)\s+)?camp|"
    r"(?:displacement|displaced|idp|refugee)\s+site|sector|"
    # India's development blocks, named for their seat: "in Konta block of Sukma district"
    r"block(?=\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+district\b)|"
    r"area(?!\s+of\b)|"
    # "an army base on Barkaram island in Lac province": an island of Lake Chad's or a river's, named as its village is
    r"island(?!\s+(?:of|nation|state|country)\b)|peninsula(?!\s+of\b)|"
    r"police\s+station(?:\s+(?:area|limits))?|"
    r"town(?!\s+(?:hall|council|centre|center|square|meeting|of)\b)|LGA|Local\s+Government\s+Area|local\s+government\s+area)\b"
    # "struck Zike and Kimakpa villages in Bassa": the first of the two, as with "the villages of"
    rf"|\b(?:in|on|of|near|around|{_RAID_VERBS}|struck|targeted)\s+(?P<pair>{_UNLISTED_NAME})\s+and\s+{_UNLISTED_NAME}\s+"
    r"(?:villages|communities|towns|settlements)\b"
    # "26 bodies had been recovered in Ndimo and neighboring Makumo": the first of two villages, the other beside it
    rf"|\b(?:in|on|of|{_RAID_VERBS}|struck|targeted)\s+(?P<twin>{_UNLISTED_NAME})\s+and\s+(?:the\s+)?"
    rf"(?:neighbou?ring|nearby|adjacent|adjoining)\s+{_UNLISTED_NAME}\b"
    # "rode into Kurfa Danya and surrounding villages", "struck Diallassagou and the neighbouring villages of ...":
    # the one named first, the others around it
    rf"|\b(?:in|on|into|{_RAID_VERBS}|struck|targeted|hit)\s+(?P<around>{_UNLISTED_NAME})\s+and\s+(?:the\s+)?"
    # "killed 132 civilians in Diallassagou and two nearby villages"
    r"(?:(?:two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:surrounding|nearby|neighbou?ring|adjoining|adjacent|"
    r"other)\s+(?:villages|communities|towns|settlements|hamlets)\b"
    # "70 people were killed in Tchoma Bangou and 30 in the nearby village of Zaroumdareye": the dead told per place,
    # the first place first
    rf"|\bin\s+(?P<split>{_UNLISTED_NAME})\s+and\s+(?:\d+|[a-z]+)\s+(?:others?\s+|more\s+)?in\s+(?:(?:the\s+)?"
    # "Seventy people were killed in Tchoma Bangou and 30 in Zaroumdareye"
    r"(?:nearby|neighbou?ring|adjoining|adjacent)\s+(?:village|town|community|settlement|hamlet)\s+of\b|[A-Z])"
    # "the Fulani herding village of Ogossagou": a people's name and what the village lives by
    # "in Koshobe, near the village of Zabarmari": the place, then the better-known village that tells where it is
    rf"|\b(?:in|at|near|{_RAID_VERBS})\s+(?P<landmarked>{_UNLISTED_NAME}),\s+(?:near|outside|close\s+to)\s+(?:the\s+)?"
    r"(?:village|town|hamlet|settlement)\s+of\s+[A-Z]"
    # "The blast struck the Nyanya motor park, about 16 kilometres from the centre of Abuja": a place's market or bus
    # station, named by it and placed by its distance from a town (or on its outskirts)
    rf"|\b(?:struck|hit|at|in|near|targeted)\s+the\s+(?P<sited>{_UNLISTED_NAME})\s+(?:motor\s+park|bus\s+(?:station|park|"
    rf"terminal|stop)|market(?:place)?|junction|roundabout|checkpoint),\s+(?:{_DISTANCE_AWAY}\s+(?:\([^()]{{0,30}}\)\s+)?"
    r"(?:from|outside|north|south|east|west)|on\s+the\s+(?:outskirts|edge)\s+of)"
    # "rammed a bus at Lethpora near Awantipora", "at Lethpora, near Awantipora": the same for a village's one word
    r"|\b(?:in|at)\s+(?P<nearby>[A-Z][a-z]+(?:-[a-z]+)?),?\s+near\s+(?=[A-Z])"
    # "at a bus station in Nyanya, on the outskirts of the capital"
    # ("in Piliyandala, on the southern outskirts of Colombo")
    # ("at Barkaram, on an island in Chad's Lac province", "in Amchide, on Cameroon's border with Nigeria")
    # ("the army base at Barkaram, on the shore of Lake Chad", "near Koutougou, close to the Burkina Faso border")
    rf"|\b(?:in|at|near)\s+(?P<outskirts>{_UNLISTED_NAME}),\s+(?:on\s+the\s+(?:(?:{_COMPASS_WORDS})\s+)?(?:outskirts|edge|"
    r"fringes?|shores?|banks?)\s+of|just\s+outside|on\s+an?\s+island\s+in|on\s+[A-Z][\w'’-]+['’]s\s+border\s+with|"
    # ("at Kafolo, near the border with Burkina Faso")
    r"(?:close\s+to|near)\s+the(?=\s+(?:[A-Z][\w'’-]+\s+){1,3}border\b)|(?:close\s+to|near)\s+the\s+border\s+with)\s+"
    r"(?:the\s+(?:capital|city)\b|[A-Z])"
    # ("the rebel-held town of Atareb": who holds it, before its kind)
    rf"|\b(?:the|a)\s+{_HELD_BY_MODIFIER}"
    rf"(?:(?:small|remote|nearby|border|farming|fishing|mining|herding|{_COMPASS_WORDS})\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:(?:farming|fishing|mining|herding)\s+)?"
    # "the villages of Ngar and Ropp": the first of several, as coders take it
    # ("the attack on the military post of Chinagodrar", "the army camp of Inates": a post named after its village)
    rf"(?:villages?|towns?|hamlets?|locality|settlements?|community|(?:general\s+)?area|"
    rf"(?:military|army)\s+(?:post|outpost|camp|base))\s+of\s+(?P<village>{_UNLISTED_NAME})\b"
    # ACLED's and OCHA's "in the Al Hawban area of Taiz governorate", "in the Tirah valley of Khyber district": a
    # part of the division named after it, and "in Al-Azim area (Al-Khalis, Diyala)", the same before the
    # divisions in brackets
    # ("The blast took place in the Mandan area of the district": the division the lede named)
    rf"|\b(?:in|near|at)\s+(?:the\s+)?(?P<area>{_UNLISTED_NAME})\s+(?:area|valley)\s*(?:of\s+(?:the\s+)?[A-Z]|\(|"
    r"of\s+the\s+(?:district|province|governorate|county|region)\b|"
    # "in the Wadi al-Shay area, south of Kirkuk", "some 35 km south of the provincial capital Kirkuk"
    rf",\s+(?:{_ABOUT}\s+\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)"
    r"(?:-?(?:east|west))?\s+of\s+(?:the\s+(?:provincial|regional|state|district)\s+capital,?\s+)?[A-Z])"
    rf"|\b(?:in|near|at|outside|on|{_RAID_VERBS}|struck|targeted|shelled|bombed)\s+(?P<tiered>{_UNLISTED_NAME})\s+"
    rf"\((?:{_PAREN_NAME}(?:{_PAREN_KIND}(?:,\s*{_PAREN_NAME}{_PAREN_KIND})+|{_ONE_DIVISION}|(?P<bare>))|{_COUNTRYSIDE})\)"
    # GTD's "in Madalla, Niger state, Nigeria": the place, then its division by kind
    # (or around it: "attacked cattle camps around Duk Padiet, Duk County, Jonglei State")
    # ("a base at Awdheegle, in Lower Shabelle region about 70 km southwest of Mogadishu": "in" before the unit)
    # An incident log's row: "28/04/2019 – Silgadji, Soum province, Sahel region", "01 Dec 2019 | Hantoukoura, ..."
    rf"|(?:\b(?:in|near|at|outside|around|of|{_RAID_VERBS})\s+|{_ROW_OPENING})(?P<placed>{_UNLISTED_NAME}),\s+"
    r"(?:in\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    # (the units in OCHA's capitals too: "Duk County, Jonglei State")
    r"(?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Rr]egion|[Dd]istrict|[Dd]epartment|oblast|prefecture|zone|[Cc]ounty|"
    # ACLED's and Nigerian papers' "at Koshebe, Jere LGA, Borno state": the unit, then the state
    r"LGA|[Ll]ocal\s+[Gg]overnment\s+[Aa]rea|territory|commune|cercle|woreda|tehsil|township|dept|prov|"
    # Ukraine's and Russia's districts: "Hroza, Kupiansk raion, Kharkiv oblast"
    # (Congo's "Manzanzaba, Beni-Mbau sector, Beni territory")
    r"raion|rayon|hromada|(?:sub)?division|sector|chiefdom|groupement)\b"
    # the Sahel's wires, from the French: "near Porga, in the commune of Materi", "Ogossagou, in the cercle of Bankass"
    r"|(?:commune|cercle|department|prefecture|district|municipality)\s+of\s+[A-Z])"
    # AWSD's "in Togoga, Tigray", "at Fort Hood, Texas", "near Koutougou in northern Burkina Faso": the place, then
    # its division or country by name (checked against the mentions found there)
    # "on the Abuja-Kaduna expressway near Rijana": the place on a road between two towns
    rf"|\b(?:road|highway|expressway|motorway)\s+(?:near|at|outside)\s+(?P<roadside>{_UNLISTED_NAME})\b"
    # "residents of Yantumaki in Danmusa LGA", "attacked Ngar in Bassa local government area": a place, then the
    # unit it lies in
    rf"|\b(?:in|near|at|of|around|{_RAID_VERBS})\s+(?P<inunit>{_UNLISTED_NAME})\s+in\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?\s+(?:LGA|[Ll]ocal\s+[Gg]overnment\s+[Aa]rea|[Dd]istrict|[Tt]erritory|[Tt]ownship|commune|"
    r"cercle|[Cc]ounty|woreda|tehsil|[Ss]ub-[Cc]ounty|municipality)\b"
    # Wires and local papers: "in Kirawa, a community in Gwoza local government area", "attacked Mbau, a village
    # near Beni": the place, then what it is and where, as an apposition
    # ("in an attack on Kanoma, a farming community in ...": the attack's object too, and "Bandits razed Kurmi, a
    # village in ...": what the verb destroyed)
    rf"|\b(?:in|near|at|outside|{_RAID_VERBS}|razed|torched|burned|burnt|sacked|shelled|bombed|struck|hit|targeted|"
    rf"(?:attacks?|strikes?|raids?|assaults?)\s+on|{_SPOT_OF}|"
    # "opened fire on residents of Khamenlok, a village in Imphal East district"
    # ("men harvesting rice in the fields of Koshobe, a village roughly 20 km from the state capital")
    r"(?:residents|people|villagers|inhabitants|fields|farms|farmlands?|outskirts|streets)\s+of)\s+"
    rf"(?P<apposed>{_UNLISTED_NAME}),\s+an?\s+"
    rf"{_APPOSED_KIND}\s+(?:in|of|near|outside|{_DISTANCE_AWAY}|on\s+the\s+(?:border|frontier|outskirts|edge|banks?|shores?)|"
    # "Um Sumeima, a village west of El Obeid": placed by its bearing from a town
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b"
    # "Gang members attacked Pont-Sonde early Thursday", "The strike hit Togoga, about 25 km west of Mekele": the
    # village the lede left unnamed, by the verb that struck it alone (see _UNNAMED_SETTLEMENT)
    rf"|\b(?:{_RAID_VERBS}|struck|hit|into)\s+(?P<struck>{_UNLISTED_NAME})(?=\s*,|\s+(?:and|twice|again|early|late|"
    r"overnight|on|at|in|with|using|before|after)\b)"
    # "in Barangay Kalabugao", "in Tambon Sakom": the Philippines' and Thailand's lowest units name their kind first
    rf"|\b(?:in|near|at|of|from|{_RAID_VERBS}|struck|hit)\s+(?:[Bb]arangay|[Bb]rgy\.|[Tt]ambon)\s+"
    rf"(?P<designated>{_UNLISTED_NAME})"
    rf"|\b(?:in|near|at|outside|{_RAID_VERBS}|struck|hit|(?:attacks?|strikes?|raids?|assaults?)\s+on|{_SPOT_OF})\s+"
    # ("in Dahyan, in the rebel-held northern province of Saada")
    rf"(?P<qualified>{_UNLISTED_NAME})(?:,\s+(?:in\s+)?|\s+in\s+)(?:the\s+{_HELD_BY_MODIFIER})?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"
    # "in Puerto Jordan, in the eastern province of Arauca"
    r"(?:(?:department|province|state|region|governorate)\s+of\s+|(?P<unitof>municipality|district|commune)\s+of\s+)?"
    r"(?P<by>[A-Z])"
    # Nigerian press: a school or a church, then its town between commas, then the unit it lies in ("the Government
    # Girls Secondary School, Jangebe, in Talata Mafara Local Government Area", "St Ignatius Catholic Church, Mbalom,
    # in Gwer East Local Government Area")
    rf"|\b(?:School|College|Academy|Church|Mosque|Seminary|University|Cathedral|Polytechnic),\s+"
    rf"(?P<campus>{_UNLISTED_NAME}),\s+(?:in\s+(?:the\s+)?)?[A-Z]"
    # a monitor's row of bars, its date, its division, then its place: "07.06.2018 | Idlib | Zardana | Night air
    # strikes ...", "20/11/2019 | Idlib gov. | Qah camp for the displaced, near the Turkish border | ..."
    # (not "12 October 2002 | Kuta, Bali, Indonesia | Bombing |": its place chain, then the kind of event)
    # (or its country, its division and its district first, as ACLED's rows have them: "06/04/2010 | Chhattisgarh |
    # Dantewada | Tadmetla | 75 CRPF personnel ...", "2023-06-12 | Democratic Republic of Congo | Ituri | Djugu |
    # Lala | Violence against civilians")
    # (nor ACLED's kind of event after its place: "| Chinegodar | Battles |")
    r"|(?<=\d\d)[ \t]+\|(?:[ \t]+[A-Z][^|,\n]{1,40}\|){1,3}[ \t]+"
    r"(?!(?:Battles|Violence|Explosions|Riots|Protests|Strategic|Attack|Massacre|Bombing|Shelling)\b)"
    rf"(?P<rowplace>{_UNLISTED_NAME})"
    r"(?=[ \t]*[|,(]|[ \t]+(?:camp|and|village|town|area|district|neighbou?rhood|reservoir|forest)\b)"
    # a record's place line, the place then its division: "Location: Chenagai, Bajaur Agency", "Zangara, South
    # Waziristan" on a line of its own
    rf"|(?:(?<=\n)|\A){_LINE_PLACE}"
    r"(?=[A-Z][a-z][^\n,.|]{1,40}(?:\n|\Z))"  # (title case: not a date line, "SATURDAY, JULY 14")
)
_UNLISTED_RE = compile_scan(_UNLISTED_PATTERN)
# The division fields of a monitor's row of bars, after its date: "07.06.2018 | Idlib | Zardana | ...", "06/04/2010 |
# Chhattisgarh | Dantewada | Tadmetla | ..." (up to three, the place's among them).
_ROW_DIVISION_FIELD = re.compile(
    r"\A\s*[^|\n]{0,20}\d\d[^|\n]{0,20}\|(?P<div>(?:[ \t]+[A-Z][^|,\n]{0,40}\|){1,3})"
)


def _row_divisions_end(text: str, rd: re.Match[str]) -> int:
    """Where a row's division fields end: all the fields _ROW_DIVISION_FIELD read when another field closed by a bar
    follows them (the place's, "| Tadmetla |"), all but the last of three when the row's account follows with no bar:
    "2013-08-17 | Paraguay | San Pedro | Tacuati | EPP attack on the Lagunita ranch ..." names its place last, after
    its country and its division."""
    end = rd.end("div")
    line_end = text.find("\n", end)
    if "|" in text[end : line_end if line_end >= 0 else len(text)]:
        return end
    if text.count("|", rd.start("div"), end) < 3:
        return end  # "10/06/2021 | Zamfara | Zurmi | Armed bandits ... raided Kadawa village": a state and its LGA
    return text.rfind("|", rd.start("div"), end - 1) + 1


def _strong_row_place(text: str, rd: re.Match[str], mentions: list[Mention]) -> None:
    """A row's place field says where, as "in" does: "2013-08-17 | Paraguay | San Pedro | Tacuati | EPP attack ..."
    names a village of 2,400 people the way a report's "in Tacuati" would."""
    at = _row_divisions_end(text, rd)
    if at == rd.end("div"):
        return  # the place field, when a bar closes it, is read as an unlisted place (_unlisted_district)
    for m in mentions:
        if at < m.start < rd.end("div") and m.hint is None:
            m.strong = True


# A row's place field ends at a comma, a semicolon, a colon, a bar or a bracket ("Pazigyi village, Kanbalu township")
_ROW_FIELD_END = compile_scan(r"\s*[,;:|(]")
# A row that opens the text with its place ("Solhan, Yagha province, Sahel region. ..."): tried at the start only,
# as no scan could look for it there without stopping at every capital.
_UNLISTED_OPENING_RE = re.compile(_UNLISTED_PATTERN.replace(_ROW_OPENING, r"\A"))


def _unlisted_district(
    text: str,
    end: int,
    g: Gazetteer,
    loc: Location,
    admin_mentions: list[tuple[Mention, Place]],
    mentions: list[Mention],
    background: list[tuple[int, int]],
    own_unit: int | None = None,
    landmark: bool = False,
    local_dateline: bool = False,
) -> None:
    """Name the place the first sentence gives ("Maiwand district") when the gazetteer only knows its
    division or the dateline city; lat/lon stay the division's, so geo_precision says "admin1". With no division
    named ("near the village of Tiougou in northern Burkina Faso") they stay the country's. A place named for the
    background ("Last month, a similar attack in Kandahar's Spin Boldak district") is not this event's. A
    settlement the opening names after an unlisted division ("in Jharkhand's West Singhbhum district ... in the
    forests of Tonto police station area") is more precise than the division.
    `own_unit`: where the town found stands before its unit's kind ("in Tuz Khurmatu district"): that unit is no
    more precise than its town, a village it holds is.
    `landmark`: the town found only tells where the place lies ("the Nur Shams camp near Tulkarm"): the place
    needs no division named, and keeps the town's coordinates, the nearest the text gives."""
    held: tuple[re.Match[str], str, Place | None] | None = None
    pos = 0
    opening = _UNLISTED_OPENING_RE.match(text, 0, end)
    if opening is not None and opening.group("name") and not _ROW_FIELD_END.match(text, opening.end("kind")):
        opening = None  # "Burkina village massacre toll rises to 132": a headline's words, not a row's place field
    while (dm := opening or _UNLISTED_RE.search(text, pos, end)) is not None:
        opening = None
        pos = dm.end()
        group = next(
            k
            for k in (
                "name", "pair", "village", "area", "tiered", "placed", "roadside", "inunit", "apposed", "qualified",
                "struck", "around", "split", "landmarked", "outskirts", "nearby", "sited", "designated", "twin",
                "rowplace", "campus", "lineplace",
            )
            if dm.group(k)
        )
        # (an armed group's name is no place's, though its camp be named by it: "strike on Islamic State camp")
        if background and any(a <= dm.start() < b or a <= dm.start(group) < b for a, b in background):
            continue
        if dm.start(group) == own_unit:
            continue
        name = dm.group(group)
        if text.startswith("of ", dm.start()) and _NAME_OF_BEFORE.search(text, max(0, dm.start() - 24), dm.start()):
            continue  # "near the Line of Control in Baramulla district": the last word of a name, not a place
        if _directional(name) or name.rsplit(None, 1)[-1] in _STREET_WORDS:
            continue  # (nor "at Hyde Park Road and South Carriage Road": a street)
        if loc.location is not None and fold(name) == fold(loc.location):
            continue  # "in Tuz Khurmatu district": the town found already, not a place the gazetteer lacks
        if (
            loc.location is not None
            and fold(name) == fold(loc.location.split(",")[0])
            and (
                group == "area"
                or _TOWN_PART_RE.fullmatch((dm.group("kind") or "").lower()) is not None
                or (dm.group("kind") or "").lower() in ("neighbourhood", "neighborhood", "section")
                # (a district of a town, not of a province of the town's name: "the Maiwand district of Kandahar")
                or (dm.group("kind") or "").lower() == "district" and not _division_named_as(loc, g)
            )
        ):
            # "in the Police Lines area of Peshawar": the part found already, with its town ("in the Sylvan Park
            # neighborhood" under NASHVILLE too)
            continue
        if group == "placed" and _DIVISION_KIND.fullmatch(name.rsplit(None, 1)[-1]) is not None:
            continue  # "in Hpruso Township, Kayah State, ... near Mo So village": a unit, and the village says more
        if group in ("qualified", "struck", "nearby", "sited") and not _plain_name(name, g):
            # "at First Baptist Church in Sutherland Springs, Texas": the place may follow the facility's name
            pos = dm.end(group)
            continue
        if group == "struck" and not _UNNAMED_SETTLEMENT.search(text, 0, dm.start()):
            continue  # a bare name is the village only where the lede told of a village it did not name
        if loc.admin1 and fold(name) in fold(loc.admin1).split():
            continue  # "an attack on a Darfur village" in North Darfur: the region's word, not the village's name
        if group == "village" and _foreign_demonym(dm.group(0)[: dm.start(group) - dm.start()], g, loc.country):
            continue  # "to help rebuild the Syrian town of Kobani" in a story from Suruc, Turkey: another country's
        if dm.group("kind") == "community" and (dm.group("the") or fold(name) in g.demonyms):
            continue  # "the Fulani community", "Muslim community": a people, not a place
        if group == "name" and fold(name) in g.demonyms:
            continue  # "attacks on Russian territory", "the Kurdish area": a people's land, not a place's name
        if (
            dm.group("kind") in ("town", "village")
            and dm.group("the")
            and group == "name"
            and not _OF_AFTER.match(text, dm.end())  # ("in the Mandaw village of Sperah district": its name)
        ):
            continue  # "residents of the Yazidi town", "the Christian village": a people's town, named elsewhere
        if dm.group("kind") and _TOWN_PART_RE.fullmatch(dm.group("kind")) and not _plain_name(name, g):
            continue  # "the Sunday market", "the Somali market": a day or a people, not the place's name
        # A namesake elsewhere ("Madala" near Abuja, "Kamyanka" in Cherkasy) does not list the place in the
        # division (or, with none named, the country) the text puts it in.
        # Nor does one far from the town a part is placed in ("the Antioch neighborhood of Nashville", not the
        # Antioch by Chattanooga).
        if any(
            p.kind != "city"
            or p.cc == loc.country
            and (loc.admin1 is None or p.admin1 and clean_admin1(p.admin1) == loc.admin1)
            and not (landmark and _far_from_location(p, loc))
            for p in g.lookup(fold(name))
        ):
            continue
        placed_in = _division_placing(text, dm.end(group), admin_mentions, loc)
        if placed_in is None and (lies := _lies_in(text, name, dm.end())) is not None:
            # "Chinagodrar lies in the Tillabéri region": where a later sentence says the place lies
            placed_in = _division_placing(text, lies, admin_mentions, loc)
        if placed_in is not None:
            # "the village of Fambita, in the rural commune of Kokorou in the Tillaberi region": the division the
            # village's own words place it in, over one found elsewhere (the dateline's "Niamey (AFP)")
            by, division = placed_in
            loc.admin1 = _admin1_as_written(by.text, division.admin1 or "", g)
            loc.evidence = [e for e in loc.evidence if e["field"] != "admin1"]
            loc.evidence.append(Evidence(field="admin1", start=by.start, end=by.end, text=by.text))
        # The division as the text wrote it ("North Kivu") or as GeoNames has it ("Nord Kivu").
        ap = next(
            (
                ap
                for am, ap in admin_mentions
                if ap.admin1 and loc.admin1 in (clean_admin1(ap.admin1), _admin1_as_written(am.text, ap.admin1, g))
            ),
            None,
        )
        if ap is None and local_dateline and _names_village(dm, group):
            # the division of a provincial town's dateline, which the text need not name again
            ap = next((p for p in g.lookup(fold(loc.admin1 or "")) if p.kind == "admin1" and p.cc == loc.country), None)
        by_unit = (
            ap is None
            and loc.location is not None
            and (
                (
                    (um := _FOUND_UNIT_AFTER.match(text, dm.end())) is not None
                    or (dm.group("kind") or "").lower() == "upazila"
                    and (um := _UPAZILA_OF_AFTER.match(text, dm.end())) is not None
                )
                and fold(um.group("unit")) in _names_of_unit(loc.location.split(",")[0])
                # "near Machka in Sadiqabad tehsil", "at Kakopathar in Tinsukia district": the unit inside the match
                or fold(_holding_unit(text, dm, group)) in _names_of_unit(loc.location.split(",")[0])
                # "near Porga, in the commune of Materi": the Sahel's unit named before its town
                or (uo := _UNIT_OF_AFTER.match(text, dm.end(group))) is not None
                and fold(uo.group("unit")) in _names_of_unit(loc.location.split(",")[0])
            )
        )
        if by_unit:
            # "in the Machil sector of Kupwara district": the district named for the town found holds the place,
            # and the town's division is the place's
            ap = next((p for p in g.lookup(fold(loc.admin1 or "")) if p.kind == "admin1" and p.cc == loc.country), None)
        if ap is None and loc.admin1 is not None and not landmark and group != "outskirts":
            return  # (a place on the capital's outskirts is in the capital's division, named or not)
        if group == "qualified" and not (
            _names_the_division(dm.start("by"), mentions, loc, ap)
            or dm.group("unitof") and _names_a_town_there(dm.start("by"), mentions, loc)
            # "struck Solhan, in Yagha province": a unit named by its kind holds the place, though the gazetteer
            # lacks the unit too
            or _UNIT_NAMED_AFTER.match(text, dm.start("by"))
            # "near Dhasan in the Cal Miskaad mountains of Bari region": the range, in the division found
            or (lm := _LANDFORM_OF.match(text, dm.start("by"))) is not None
            and _names_the_division(lm.end(), mentions, loc, ap)
        ):
            continue
        bracketed = text[dm.end("tiered") : dm.end()].strip(" ()") if group == "tiered" else ""
        if group == "tiered" and dm.group("bare") is not None and (
            ap is None or not any(p.kind == "admin1" for p in g.lookup(fold(bracketed)))
        ):
            # "in Kwande (Benue)" places Kwande only where Benue is the division found; "in Arauca\nBOGOTA
            # (Reuters)" is a headline's last word, a dateline and its agency
            continue
        unit = group == "name" and _settlement_kind(dm.group("kind")) is False
        if unit and _town_before_unit(text, dm, mentions):
            continue  # "near the town of Turbat in Kech district": the listed town is more precise than its unit
        if group == "name" and _DIVISION_KIND.fullmatch(dm.group("kind")) is not None:
            held = held or (dm, group, ap)  # a settlement named later in the opening may say more
            continue
        _set_unlisted(text, g, loc, admin_mentions, dm, group, ap, local_dateline or by_unit)
        return
    if held is not None:
        _set_unlisted(text, g, loc, admin_mentions, *held, local_dateline)


def _division_named_as(loc: Location, g: Gazetteer) -> bool:
    """Whether the town a part was placed in ("Maiwand, Kandahar") is also a division of the event's country."""
    town = loc.location.rpartition(",")[2].strip() if loc.location else ""
    return any(p.kind == "admin1" and p.cc == loc.country for p in g.lookup(fold(town)))


def _names_of_unit(location: str) -> tuple[str, str]:
    """The folded names a location found may be written by: "Kupwara" and, for "Kupwara district", "kupwara"."""
    key = fold(location)
    return key, key.removesuffix(" district").removesuffix(" tehsil")


# "... sector of Kupwara district", "... block of Sukma district": the second-level unit that holds the place, named
# for its main town.
_FOUND_UNIT_AFTER = compile_scan(
    # (after the police station whose area holds a village: "Kotmi village under Gangaloor police station limits")
    r"(?:\s+under\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+police\s+station(?:\s+(?:limits|area))?)?"
    r"\s+(?:of|in)\s+(?:the\s+)?(?P<unit>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:district|tehsil|taluka|block)\b"
)
# "in Kalaroa upazila of Satkhira": Bangladesh's district, named by its seat alone after the upazila
_UPAZILA_OF_AFTER = compile_scan(r"\s+(?:of|in)\s+(?P<unit>[A-Z][\w'’-]+)(?=[\s,.;])")
_UNIT_OF_AFTER = compile_scan(
    r",\s+in\s+the\s+(?:(?:rural|urban)\s+)?(?:commune|cercle|prefecture|municipality|district)\s+of\s+"
    r"(?P<unit>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# A sentence that opens by saying where the act happened ("The attack took place near Polampalli village", "The
# blast occurred around 11 am near Tumbahaka village"), read for an unlisted place within this many characters of
# the lede.
_TOOK_PLACE = compile_scan(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|the)\s+(?:attack|ambush|blast|explosion|shooting|incident|clash|raid|strike|"
    # ("The gunfight broke out around 2 pm in a forest near Binagunda village")
    r"bombing|stabbing|killing|firing|encounter|gunfight|gun\s+battle|firefight)\s+(?:took\s+place|occurred|happened|"
    r"broke\s+out)\b"
    # "The joint patrol was attacked near the village of Tongo Tongo": the victims' unit, where it was hit
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?:[\w-]+\s+)?(?:patrol|convoy|column|unit|troops|soldiers)\s+(?:was|were)\s+"
    r"(?:attacked|ambushed|hit|struck)\b"
)
_TOOK_PLACE_CHARS = 800
# "a village in northern Burkina Faso", "attacks on two villages", "a busy market in a town in Tigray": a
# settlement the opening tells of without its name.
_UNNAMED_SETTLEMENT = compile_scan(
    r"\b(?:an?|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:village|town|camp|community|settlement|hamlet)s?\b"
)
# "Yagha province", "Igabi local government area": a capitalised name, then the kind of unit it is.
_UNIT_NAMED_AFTER = compile_scan(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:province|region|state|governorate|oblast|district|department|territory|"
    r"county|commune|cercle|woreda|"
    r"tehsil|township|LGA|[Ll]ocal\s+[Gg]overnment\s+[Aa]rea|municipality|zone)\b"
)


def _division_placing(
    text: str, end: int, admin_mentions: list[tuple[Mention, Place]], loc: Location
) -> tuple[Mention, Place] | None:
    """A division of the event's country named by its kind in the same clause right after an unlisted place ("...,
    in the rural commune of Kokorou in the Tillaberi region"), when it is not the division found already."""
    for am, ap in admin_mentions:
        if (
            am.hint == "admin1"
            and end <= am.start <= end + 100
            and ap.cc == loc.country
            and ap.admin1
            and clean_admin1(ap.admin1) != loc.admin1
            and not any(c in text[end : am.start] for c in ".;\n")
        ):
            return am, ap
    return None


def _lies_in(text: str, name: str, after: int) -> int | None:
    """Where the words "<name> lies in" (or "is located in", "is situated in") end, the first time after `after`:
    a background sentence's statement of where a place the gazetteer lacks is ("Inates, in the Tillabéri region,
    lies ...", "Chinagodrar lies in the Tillabéri region")."""
    at = text.find(name, after)
    while at >= 0:
        if (lm := _LIES_IN_AFTER.match(text, at + len(name))) is not None:
            return lm.end()
        at = text.find(name, at + len(name))
    return None


_LIES_IN_AFTER = compile_scan(
    r",?\s+(?:(?:which|that)\s+)?(?:lies|is\s+located|is\s+situated|sits)\s+(?:in|inside|within)\s+(?=\S)|,\s+in\s+(?=\S)"
)


def _far_from_location(p: Place, loc: Location) -> bool:
    """Whether a town lies farther from the place found than a part of that place or its suburb may."""
    return (
        loc.lat is not None
        and loc.lon is not None
        and (abs(p.lat - loc.lat) > _NEXT_TOWN_DEGREES or abs(p.lon - loc.lon) > _NEXT_TOWN_DEGREES)
    )


def _settlement_kind(kind: str) -> bool:
    """Whether a unit's kind names a settlement, written without it ("Yelwata community" is Yelwata)."""
    low = kind.lower()
    return low in _SETTLEMENT_KINDS or low.startswith("police") or _TOWN_PART_RE.fullmatch(low) is not None


# The _UNLISTED_RE groups that name a village or town (not a district or a camp)
_VILLAGE_GROUPS = frozenset(
    {
        "village", "pair", "apposed", "inunit", "struck", "around", "split", "landmarked", "nearby", "sited",
        "designated", "twin",
    }
)


def _foreign_demonym(words: str, g: Gazetteer, country: str | None) -> bool:
    """Whether `words` hold another country's demonym ("the Syrian town of" in a story placed in Turkey)."""
    return any(g.demonyms.get(fold(w), country) != country for w in words.split() if w[:1].isupper())


def _names_village(dm: re.Match[str], group: str) -> bool:
    """Whether the unlisted place `dm` found is a village or town ("Wandoli village", "the village of Tiougou"),
    not a district, camp or part of a town."""
    return (
        group in _VILLAGE_GROUPS
        or group == "name"
        and dm.group("kind").lower() in ("village", "community", "town")
        # "at Kafolo, near the border with Burkina Faso", "at Barkaram, on an island in Chad's Lac province": a place
        # by a border or a shore is no part of a town
        or group == "outskirts"
        and any(w in dm.group(0)[dm.end(group) - dm.start() :] for w in ("border", "island", "shore"))
    )


def _set_unlisted(
    text: str,
    g: Gazetteer,
    loc: Location,
    admin_mentions: list[tuple[Mention, Place]],
    dm: re.Match[str],
    group: str,
    ap: Place | None,
    local_dateline: bool = False,
) -> None:
    """The unlisted place `dm` names as the location, with the division's or the country's coordinates.

    `local_dateline`: the division came from a provincial town's dateline ("POPAYAN, Colombia (AP) - ... the town
    of Timba"), a stringer's near the village, so it is the village's too; a capital's is a bureau's (Beirut)."""
    a, b = (dm.start("name"), dm.end("kind")) if group == "name" else dm.span(group)
    if group == "name" and _settlement_kind(dm.group("kind")):
        # A settlement's name is "Ayilamo", a commune's or payam's "Gihanga" (named after its seat); a division's
        # kind is part of it ("Hoshab tehsil", "Maiwand district").
        b = dm.end("name")
    loc.location = text[a:b]
    village = _names_village(dm, group)
    dateline_only = ap is not None and all(
        am.hint == "dateline" for am, q in admin_mentions if q.admin1 == ap.admin1
    )
    if village and dateline_only and not local_dateline and not _unit_in_division(text, dm, group, g, loc):
        # "BEIRUT (AP) — A strike on the village of Aitaroun": the bureau's city is not the village's division
        # (a neighbourhood or district may well be the city's).
        loc.admin1 = None
        loc.evidence = [e for e in loc.evidence if e["field"] != "admin1"]
        _at_country(loc, loc.country or "", g)
    elif ap is not None:
        loc.lat, loc.lon, loc.geo_precision = ap.lat, ap.lon, "admin1"
    loc.evidence = [e for e in loc.evidence if e["field"] != "location"]
    loc.evidence.append(Evidence(field="location", start=a, end=b, text=text[a:b]))
    own = [q for q in g.lookup(fold(loc.location)) if q.kind == "city" and q.cc == loc.country and q.admin1]
    if (
        ap is not None
        and own
        and all(q.admin1 != loc.admin1 for q in own)
        # (not "the village of Ak-Sai in Kyrgyzstan's Batken region": the division named by its kind holds it)
        and not any(am.hint == "admin1" and aq.admin1 == ap.admin1 for am, aq in admin_mentions)
    ):
        q = max(own, key=lambda x: x.pop)
        if abs(q.lat - ap.lat) < _BESIDE_DEGREES and abs(q.lon - ap.lon) < _BESIDE_DEGREES:
            # "in Haret Hreik, in Beirut's southern suburbs": a town the gazetteer lists beside the city, in a
            # division of its own (Mount Lebanon), which the city does not give it
            loc.admin1 = q.admin1
            loc.lat, loc.lon, loc.geo_precision = q.lat, q.lon, "place"
            loc.evidence = [e for e in loc.evidence if e["field"] != "admin1"]


# A city this large is where wire agencies keep their bureaus, as capitals are (Abidjan, Lagos, Karachi, Istanbul).
_BUREAU_CITY_POP = 2_000_000
# How near (in degrees of latitude and longitude) a listed town must lie to the division the text placed it by, to be
# the town the text means rather than a namesake elsewhere in the country.
_BESIDE_DEGREES = 0.5
# "at Ban Don Rak in Nong Chik district": the unit that holds a village, named for its seat
_HOLDING_UNIT = compile_scan(r"\s+in\s+(?:the\s+)?(?P<unit>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _holding_unit(text: str, dm: re.Match[str], group: str) -> str:
    """The name of the unit an "inunit" match places its village in ("Nong Chik"), or ""."""
    um = _HOLDING_UNIT.match(text, dm.end(group), dm.end()) if group == "inunit" else None
    return um.group("unit") if um is not None else ""


def _unit_in_division(text: str, dm: re.Match[str], group: str, g: Gazetteer, loc: Location) -> bool:
    """Whether the unit named after the village ("Ban Don Rak in Nong Chik district") is a town the gazetteer puts
    in the division found, which then holds the village though the division was only the dateline's."""
    unit = _holding_unit(text, dm, group)
    if not unit or loc.admin1 is None:
        return False
    words = unit.split()
    return any(
        p.kind == "city" and p.cc == loc.country and p.admin1 and clean_admin1(p.admin1) == loc.admin1
        for name in {" ".join(words), words[0]}
        for p in g.lookup(fold(name))
    )


def _town_before_unit(text: str, dm: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether a listed town of the event's country stands right before the unit "in" holds it ("Turbat in Kech
    district", "Bamba, in Gourma-Rharous district")."""
    at = dm.start()
    return text.startswith("in", at) and any(
        m.weight > 0.0 and any(p.kind == "city" for p in m.places) and not text[m.end : at].strip(" ,")
        for m in mentions
        if at - 3 <= m.end <= at
    )


@lru_cache(maxsize=1)
def _province_countries(g: Gazetteer) -> frozenset[str]:
    """The countries whose towns carry a province (admin1_provinces.yaml)."""
    return frozenset(cc for cc, _, _ in g.provinces)


@lru_cache(maxsize=1)
def _province_names(g: Gazetteer) -> frozenset[str]:
    """The provinces admin1_provinces.yaml gives towns, folded."""
    return frozenset(fold(v) for v in g.provinces.values())


def _outside_named_province(
    p: Place, admin_mentions: list[tuple[Mention, Place]], cc: str, g: Gazetteer, lede_end: int
) -> bool:
    """Whether the lede names a province that does not hold town `p`, in a country whose coders give provinces.

    GeoNames files the province and the dateline's town under one region, so the region's vote cannot tell the
    bureau's town from a town in the next province: the province the town lies in (admin1_provinces.yaml) can.
    """
    own = g.provinces.get((cc, round(p.lat, 3), round(p.lon, 3))) if cc in _province_countries(g) else None
    if not own:
        return False
    named = [
        key
        for am, ap in admin_mentions
        if am.hint != "dateline" and am.start < lede_end and am.weight >= 0.5 and ap.cc == cc
        and (key := fold(am.text)) in _province_names(g)
    ]
    return bool(named) and fold(own) not in named


@lru_cache(maxsize=1)
def _area_names() -> frozenset[str]:
    """The wide areas place_aliases.yaml lists as places (`area: true`): the Sinai, Catatumbo."""
    return frozenset(a["name"] for a in read_reference("place_aliases.yaml").get("places", []) if a.get("area"))


def _plain_name(name: str, g: Gazetteer) -> bool:
    """A capitalised name with no word that marks an institution, a facility or a people ("Walmart Supercenter",
    "Kenyan"): only such a name, placed by a division or country after it, reads as a place."""
    stop = _stopwords()
    return not any(
        fold(w) in stop or w.lower() in _FACILITY or w.lower() in _DESIGNATOR or fold(w) in g.demonyms
        for w in name.split()
    )


# Words that tell an attack itself, not a reaction to it ("condemned", "said"): a sentence holding one may place it.
_ACT_IN_SENTENCE = compile_scan(
    r"(?i:\b(?:attack|ambush|blast|bomb|explo|shell|strike|struck|hit|clash|fire|firing|shot|shoot|gunm|kill|stab|"
    r"raid|stormed|took\s+place|happened|occurred))"
)
# "the Cal Miskaad mountains of Bari region", "the Sambisa forest in Borno": a landform's name, then the division
_LANDFORM_OF = compile_scan(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:[Mm]ountains|[Hh]ills|[Ff]orest|[Vv]alley|[Dd]esert|[Rr]ange|[Pp]lains?)"
    r"\s+(?:of|in)\s+(?:the\s+)?"
)


def _names_the_division(pos: int, mentions: list[Mention], loc: Location, ap: Place | None) -> bool:
    """The name at `pos` is the country found, or the division found ("Tigray" after "Togoga,")."""
    m = next((m for m in mentions if m.start == pos), None)
    return m is not None and any(
        p.kind == "country" and p.cc == loc.country or ap is not None and p.kind == "admin1" and p.admin1 == ap.admin1
        for p in m.places
    )


def _names_a_town_there(pos: int, mentions: list[Mention], loc: Location) -> bool:
    """The name at `pos` is a town of the country and division found: the municipality or district that holds
    the place named before it ("in El Plateado, in the municipality of Argelia")."""
    m = next((m for m in mentions if m.start == pos), None)
    return m is not None and any(
        p.kind == "city" and p.cc == loc.country and (loc.admin1 is None or clean_admin1(p.admin1 or "") == loc.admin1)
        for p in m.places
    )


def _directional(name: str) -> bool:
    """ "Northern Kaduna", "the North": a part of a place, not a place's own name; "West Wollega" and "North
    Waziristan" are names of their own, a compass point before another word."""
    words = name.split()
    first = words[0].lower()
    return first in _DIRECTION and (len(words) == 1 or first not in ("north", "south", "east", "west", "central"))
