"""Who did it and to whom: dictionary actors with aliases, plus perpetrator patterns for named people."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from newsfacts.facts.gazetteer import fold, load, read_reference
from newsfacts.facts.scan import compile_scan
from newsfacts.facts.tables import perpetrator_cell
from newsfacts.facts.text import (
    ATTACKER_DESCRIBED,
    OTHER_EVENT,
    ascii_lower,
    background_up_to,
    in_background,
    sentence_at,
)
from newsfacts.facts.types import Actor, Evidence


@dataclass(frozen=True)
class ActorEntry:
    name: str
    kind: str
    country: str | None
    # The first-level divisions a group fights in, where its country has namesake towns elsewhere ("Bijapur" is a
    # district of Chhattisgarh, where the Maoists fight, and a city of Karnataka, where they do not).
    regions: tuple[str, ...] = ()


# The services named by their kind alone ("shot dead by police"), which a force the text names replaces.
POLICE, SECURITY_FORCES = "Police", "Security forces"


@dataclass
class ActorFacts:
    actors: list[Actor]
    countries: list[str]  # home countries of non-state perpetrators (weak place evidence)
    evidence: list[Evidence]
    # Where the dictionary's names stand: a place word inside one ("Arakan Army") is no place of the event.
    spans: list[tuple[int, int]] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)  # the divisions those perpetrators fight in (ActorEntry)
    # The actors found by a name another group shares (see _namesakes), with that name: whose they are, the
    # incident's country says (namesake_for).
    namesakes: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _dictionary() -> dict[tuple[str, ...], ActorEntry]:
    """Aliases keyed by their lower-cased word tuple; matching walks the text's words, longest alias first."""
    data = read_reference("actors.yaml")
    by_words: dict[tuple[str, ...], ActorEntry] = {}
    for a in data["actors"]:
        entry = ActorEntry(a["name"], a.get("kind", "nonstate"), a.get("country"), tuple(a.get("regions", ())))
        for alias in [a["name"], *a.get("aliases", [])]:
            by_words[tuple(_words(str(alias)))] = entry
    return by_words


@lru_cache(maxsize=1)
def _namesakes() -> dict[tuple[str, ...], dict[str, str]]:
    """The aliases two groups share (actors.yaml's `namesakes`), each with the name of the group it stands for in
    that group's country: "Maoists" is Nepal's Communist Party (Maoist) in Nepal, India's everywhere else."""
    out: dict[tuple[str, ...], dict[str, str]] = {}
    for a in read_reference("actors.yaml")["actors"]:
        for alias in a.get("namesakes", []):
            out.setdefault(tuple(_words(str(alias))), {})[str(a["country"])] = str(a["name"])
    return out


def namesake_for(name: str, alias: str, cc: str | None) -> str:
    """The group an actor found by `alias` is, once the incident's country `cc` is known (see _namesakes)."""
    return _namesakes().get(tuple(_words(alias)), {}).get(cc or "", name)


@lru_cache(maxsize=1)
def category_names() -> frozenset[str]:
    """The normalised names of the kinds of actor ("Bandits", "Jihadists"), lower-cased: a kind says what the
    attackers were, not who, so it never contradicts a group another report names (see actors.yaml)."""
    return frozenset(e.name.lower() for e in _dictionary().values() if e.kind == "category")


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """The normalised names of the states' forces in the dictionary."""
    return frozenset(e.name for e in _dictionary().values() if e.kind == "state")


def _is_state(name: str) -> bool:
    """Whether an actor found is a state's forces: the dictionary's, or "<Demonym> forces" made up for a state."""
    return name in _state_names() or name.endswith(" forces")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Each first word of an alias: most words start none, and are never tried."""
    return frozenset(k[0] for k in _dictionary())


@lru_cache(maxsize=1)
def _longer_alias_lengths() -> dict[tuple[str, str], tuple[int, ...]]:
    """The word counts of the aliases longer than one word, under their first two words, most first: "the" opens
    many aliases ("the Taliban"), "the road" none, so the start's next word says which lengths to try at all."""
    out: dict[tuple[str, str], set[int]] = {}
    for k in _dictionary():
        if len(k) > 1:
            out.setdefault((k[0], k[1]), set()).add(len(k))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


_WORD_RE = compile_scan(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# Bytes that can be part of a _WORD_RE match on lower-cased text (ASCII letters, digits, the straight apostrophe)
# kept, every other byte a space (see _text_words).
_WORD_BYTES = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 39) else 32 for c in range(256))


def _words(s: str) -> list[str]:
    return [_norm(w) for w in _WORD_RE.findall(s.translate(_PLAIN_LETTERS))]


def _plain_letter(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)[:1]
    return base if base.isascii() and base.isalpha() else ch


# Latin letters with accents as their plain letter, one character for one ("La Línea", "Juárez" as "La Linea"):
# the dictionary's aliases are matched on ASCII words, and offsets must not move.
_PLAIN_LETTERS = {c: _plain_letter(chr(c)) for c in range(0xC0, 0x250) if _plain_letter(chr(c)) != chr(c)}
# Those letters' range: a text's curly quotes and dashes lie outside it, and a text with none of its letters is
# spared the translation, which looks up every character of the text.
_ACCENTED = re.compile("[\u00c0-\u024f]")


def _plain_letters(low: str) -> str:
    """`low.translate(_PLAIN_LETTERS)`, with only the accented letters visited."""
    if _ACCENTED.search(low) is None:
        return low
    return _ACCENTED.sub(lambda m: _PLAIN_LETTERS.get(ord(m.group()), m.group()), low)


def _norm(w: str) -> str:
    """ "People's" is "people"; the apostrophe of a romanised ayn or hamza is optional ("Jama'at", "Jamaat")."""
    w = w.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w.replace("'", "")


_MEN_AFTER = compile_scan(r"\s+(?:militiamen|militias?|fighters|militants|gunmen|rebels|insurgents|members)\b")
# ... or after the words that make it a group's name: "by members of Hasm", "Authorities blamed Hasm"
_GROUP_NAMED_BEFORE = compile_scan(
    r"(?:\b(?:members|fighters|militants|supporters|cells?)\s+of|\bby|\bblam(?:ed|es|ing)|\baccused)\s+$"
)


def _alias_matches(text: str) -> list[tuple[int, int, ActorEntry]]:
    """Dictionary aliases in the text, longest first, left to right. Only the words that start an alias are
    visited: a 3 KB text has some 500 words and a handful of such starts."""
    by_words = _dictionary()
    firsts = _first_words()
    longer = _longer_alias_lengths()
    low = ascii_lower(text).replace("’", "'")
    if not low.isascii():
        low = _plain_letters(low)
    words = _text_words(low)
    # The words that open an alias, found by a loop in C rather than one in Python.
    starts = list(itertools.compress(range(len(words)), map(firsts.__contains__, words)))
    if not starts:
        return []
    scan = _WORD_RE.finditer(low)
    toks: list[re.Match[str]] = []  # the words' matches, read only as far as the last alias found
    out: list[tuple[int, int, ActorEntry]] = []
    nxt = 0  # the first word not inside an alias already found
    for i in starts:
        if i < nxt:
            continue
        # Longest first: the lengths of the aliases that open with this word and the next, then the word alone.
        lengths = longer.get((words[i], words[i + 1]), ()) if i + 1 < len(words) else ()
        for n in (*lengths, 1):
            entry = by_words.get(tuple(words[i : i + n])) if i + n <= len(words) else None
            if entry is not None:
                break
        else:
            continue
        before, nxt = nxt, i + n
        toks += itertools.islice(scan, i + n - len(toks))
        s, e = toks[i].start(), toks[i + n - 1].end()
        if text[e - 2 : e] in ("'s", "’s"):
            e -= 2
        if n > 1 and i - 2 >= before and words[i - 1] in ("and", "or"):
            # "Kuki and Meitei militants", "Hema or Lendu militias": two peoples' armed men sharing one noun
            shared = by_words.get((words[i - 2], *words[i + 1 : i + n]))
            if shared is not None and shared is not entry:
                out.append((toks[i - 2].start(), toks[i - 2].end(), shared))
        surface = text[s:e]
        # Short acronyms ("IS", "ADF") count only in capitals, or "is" would be an actor; a short name in title case
        # counts before a word for its men ("Fano militiamen attacked").
        # ("LeT", "JeM": a capital inside the word writes an acronym in mixed case)
        if not (len(surface) <= 4 and not surface.isupper() and n == 1) or not surface[1:].islower() or (
            surface.istitle()
            and (_MEN_AFTER.match(text, e) or _GROUP_NAMED_BEFORE.search(text, max(0, s - 30), s) is not None)
        ):
            out.append((s, e, entry))
    return out


def _text_words(low: str) -> list[str]:
    """`_WORD_RE.findall(low)`, each word with its "'s" or apostrophe dropped as _norm does, for lower-cased text
    whose apostrophes are all straight.

    A match holds only ASCII letters, digits and apostrophes, so it lies inside one run of them, and the pattern
    reads each run as if it stood alone: the runs are split off by a byte table and str.split (a character
    beyond ASCII encodes as one "?", a separator, as it is for the pattern), and only a run with an apostrophe
    is left to the pattern ("people's" is one word, "rock'n'roll" two). Several times faster than the engine's
    scan of every word of the text."""
    runs = low.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii").split()
    if "'" not in low:
        return runs
    # Most words hold no apostrophe: the cheap membership test spares them the pattern and the string methods.
    return [
        w if "'" not in w else w[:-2] if w.endswith("'s") else w.replace("'", "")
        for run in runs
        for w in ((run,) if "'" not in run else _WORD_RE.findall(run))
    ]


# ACLED's standard names for a state's forces and for the militias of a people or a community: "Military Forces
# of Nigeria (2015-2023)", "Police Forces of Mali (2021-)", "Fulani Ethnic Militia (Nigeria)", "Dozo Communal
# Militia (Mali)". The name says who the actor is, as the coder named it; the years are the regime's, not the act's.
_ACLED_FORCES = compile_scan(
    r"\b(?:Military|Police)\s+Forces\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'’-]*){0,4})"
)
_ACLED_MILITIA = compile_scan(r"\b(?:[A-Z][\w'’-]+\s+){1,2}(?:Ethnic|Communal|Clan)\s+Militia\b")


def _acled_names(text: str) -> list[tuple[int, int, ActorEntry]]:
    """ACLED's names for forces and militias (see _ACLED_FORCES), with the country a force's name holds: "Forces of
    Nigeria" counts only where Nigeria is a country (the last words that are one, "of the Philippines")."""
    out: list[tuple[int, int, ActorEntry]] = []
    if "Forces of" in text:
        g = load()
        for m in _ACLED_FORCES.finditer(text):
            words = m.group("state").split()
            for k in range(len(words), 0, -1):
                if any(p.kind == "country" for p in g.lookup(fold(" ".join(words[:k])))):
                    end = m.start("state") + len(" ".join(words[:k]))
                    out.append((m.start(), end, ActorEntry(" ".join(text[m.start() : end].split()), "state", None)))
                    break
    if " Militia" in text:
        for m in _ACLED_MILITIA.finditer(text):
            out.append((m.start(), m.end(), ActorEntry(" ".join(m.group(0).split()), "nonstate", None)))
    return out


def _with_acled_names(text: str, spans: list[tuple[int, int, ActorEntry]]) -> list[tuple[int, int, ActorEntry]]:
    """The dictionary's matches with ACLED's names added; an alias inside such a name ("Fulani" in "Fulani Ethnic
    Militia") is part of it."""
    extra = _acled_names(text)
    if not extra:
        return spans
    kept = [sp for sp in spans if not any(a <= sp[0] < b for a, b, _ in extra)]
    return sorted(kept + extra, key=lambda sp: sp[0])


def _key(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("-", " ").split()).lower()


# "on Wednesday, the fourth anniversary of his killing in a US drone strike": the act remembered, not the news
_ANNIVERSARY_OF_BEFORE = compile_scan(r"\banniversary\s+of\b[^.;:]{0,50}$")
_PERP_BEFORE = compile_scan(
    # "a village held by the SDF", "areas controlled by the Houthis": who holds the place, not who attacked it;
    # "a state long plagued by bandits": who troubles it, not who did this; "a convoy escorted by VDP militiamen":
    # who guarded the target.
    r"(?:(?<!held\s)(?<!controlled\s)(?<!run\s)(?<!occupied\s)(?<!governed\s)(?<!administered\s)(?<!plagued\s)"
    r"(?<!ravaged\s)(?<!beset\s)(?<!troubled\s)(?<!terrori[sz]ed\s)(?<!infested\s)(?<!escorted\s)(?<!guarded\s)"
    r"(?<!protected\s)(?<!accompanied\s)(?<!defended\s)(?<!manned\s)\bby|"
    # "suspicion fell on the ADF", "put the blame on the TTP": the text names whom it holds to have attacked.
    r"suspicion\s+(?:has\s+|had\s+)?(?:fell|fallen|falls|fall|focused|centred|centered)\s+on|"
    r"(?:put|laid|placed|pinned|lay|puts|lays)\s+(?:the\s+)?blame\s+(?:for\s+(?:\w+\s+){1,4}?)?on|"
    r"claimed\s+by|attribut(?:ed|es?)\s+(?:\w+\s+){0,3}?to|blamed\s+(?:\w+\s+){0,3}?on|blam(?:ed|ing|es)|accused|suspected|"
    # "Al-Mourabitoun claimed the attack jointly with AQIM": the second claimant.
    # (not "a checkpoint manned by members of the CJTF": who guarded the target, as with "manned by" above)
    r"carried\s+out\s+by|perpetrated\s+by|affiliated|(?<!manned\sby\s)(?<!guarded\sby\s)(?<!escorted\sby\s)"
    # (nor "attempting to evacuate members of the SSPDF": those it came for)
    r"(?<!staffed\sby\s)(?<!evacuate\s)(?<!evacuating\s)(?<!rescue\s)(?<!rescuing\s)members?\s+of|connections\s+with|"
    r"linked\s+to|jointly\s+with|"
    # "Gunmen of the Riyad-us Saliheen battalion seized the school", "gunmen of the La Linea cartel" (not the
    # object of the act: "the strike targeted fighters of the TPLF")
    r"(?<!targeted\s)(?<!targeting\s)(?<!against\s)(?<!killed\s)(?<!killing\s)(?<!struck\s)(?<!hit\s)"
    r"(?<!attacked\s)(?<!bombed\s)"
    # ("a female suicide bomber of the Balochistan Liberation Army's Majeed Brigade blew herself up")
    r"\b(?:gunmen|gunman|fighters|militants|insurgents|rebels|militiamen|bombers?|attackers?|assailants?)\s+of|"
    # "the kidnappers, believed to be bandits": who the text holds the attackers to be
    r"(?:believed|thought|suspected|presumed)\s+to\s+(?:be|have\s+been)|"
    # "police said the attackers were bandits": who the attackers were
    r"\b(?:attackers|assailants|gunmen|killers|raiders|perpetrators)\s+(?:were|was)|"
    r"hallmarks\s+of|"
    # "Perpetrator: al-Qaeda", "Perpetrators: an al-Qaeda-inspired cell": a list's field
    # ("attributed to the neo-fascist Nuclei Armati Rivoluzionari": a hyphened word of what they are)
    # ("Operator: CIA", a strike database's field of whose drone it was)
    r"(?:perpetrators?|operator)\s*:\s*(?:an?\b)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# What an armed group does in its own clause ("Al-Shabaab fighters stormed", "its members planted a bomb").
_GROUP_ACTS = (
    r"carried\s+out|conducted|launched|attacked|stormed|ambushed|fired|shelled|struck|targeted|killed|kidnapped|abducted|"
    r"bombed|raided|opened\s+fire|torched|burned|executed|massacred|beheaded|detonated|planted|set\s+off|blew\s+up|"
    r"shot|stabbed|hijacked|overran|rammed|invaded|seized|captured|boarded|besieged|razed|looted|set\s+ablaze|"
    r"set\s+fire|"
    # "Pakistani Rangers resorted to unprovoked firing": the Indian press's word for a ceasefire violation
    r"resorted\s+to\s+(?:[\w-]+\s+)?(?:firing|shelling)"
)
_PERP_AFTER = compile_scan(
    # "The Kurdistan Freedom Hawks (TAK) claimed", and the acronym alone in its brackets: "(ELN) bombed".
    # "The White Army, a Nuer militia, overran a base", "Al-Shabaab, the al-Qaeda affiliate, claimed": the group
    # described between commas, then what it did.
    # ACLED's "Military Forces of Nigeria (2015-2023) conducted airstrikes": the regime's years after the name.
    # ACLED's country after a militia's name: "Fulani Ethnic Militia (Nigeria) attacked".
    r"^(?:'s)?\)?(?:\s+\((?:[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\))?"
    r"(?:\s+\((?:19|20)\d\d-(?:(?:19|20)\d\d)?\))?"
    # "Military Forces of Burkina Faso (2022-) and VDP killed", "the Taliban and the Haqqani Network attacked": a
    # second named actor in the same act.
    # The second name in capitals, though the pattern ignores case: "the RSF and the army traded blame" names none.
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:\s+\([^()]{1,40}\))?(?=\s))?"
    # "JNIM, al-Qaeda's affiliate in the Sahel, said it": the description may open with its patron's name.
    # "Hamas's armed wing, the Qassam Brigades, said it detonated": the name closing an apposition, then its word.
    r"(?:,\s+(?:an?|the|its|[\w-]+['’]s)\s+[^,.;()]{1,60}?,|"
    r",(?=\s+(?:later\s+|also\s+)?(?:said|says|claimed)\s+(?:that\s+)?(?:it|its|they|their)\s))?\s+"
    # "Afghan Air Force helicopters fired rockets": the aircraft the force flies
    r"(?:militants?|fighters?|gunm[ae]n|insurgents?|rebels?|warplanes?|jets?|drones?|forces|troops|army|helicopters?|"
    r"gunships?|"
    # "Daesh terrorists killed", "ELN guerrillas bombed": the words a state's press and the wires use for them.
    r"terrorists?|guerrillas?|extremists?|jihadists?|"
    # "The Allied Democratic Forces were blamed", "were accused of bombing": the text names them as the attacker.
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:widely\s+|also\s+)?(?:blamed|held\s+responsible|accused|"
    # "units of the Syrian Arab Air Force were the perpetrators of the chemical weapons attack"
    r"linked\s+to\s+the|(?:the\s+)?perpetrators?\s+of|responsible\s+for\s+(?:the|this)\s)|"
    # "took responsibility", "has claimed the attack": a claim in any tense, also by "the al-Shabab group".
    # "The Islamic State's Khorasan affiliate claimed": a branch of the group named by it.
    r"(?:(?:[\w-]+\s+)?(?:group|movement|organi[sz]ation|faction|network|militia|affiliate|branch|offshoot|chapter|"
    r"wing)\s+)?"
    # "The Islamic State and the Pakistani Taliban both claimed": each of two claimants.
    # ("The Nigerian Army on Monday admitted responsibility": the day between)
    r"(?:(?:on\s+[A-Z][a-z]+\s+)?(?:later\s+|also\s+|quickly\s+|swiftly\s+|both\s+|each\s+|separately\s+)?"
    r"(?:(?:took|takes|has\s+taken|accepted|admitted)\s+responsibility|"
    r"(?:has\s+|have\s+)?claimed))|"
    # "Tehreek-e-Labbaik supporters attacked", "the Mai-Mai Yakutumba group killed": members or a unit named by
    # the group, in their own act.
    # "Islamic State's Sahel branch killed", "a Daesh cell killed", "Myanmar's military junta carried out": the group's
    # part or the regime of the forces named, in their own act.
    r"(?:[\w-]+\s+){0,2}(?:supporters|members|activists|cadres|operatives|militiamen|loyalists|group|faction|wing|"
    r"gang|branch|affiliate|offshoot|chapter|cells?|units?|squads?|commandos|junta|regime|militias?|"
    # "Houthi missiles struck a tanker", "Hamas rockets hit Ashkelon": the group's weapon in its act
    r"missiles?|rockets?|mortars?|shells?)\s+"
    r"(?:(?:have|has)\s+(?:also\s+)?)?"
    rf"(?:{_GROUP_ACTS}|hit|slammed\s+into)|"
    r"soldiers|claims\s+(?:responsibility|the\s+attack)|"
    # "Al-Shabaab said through its Radio Andalus that it was behind the blast": the channel between.
    r"(?:later\s+|also\s+)?said\s+(?:(?:in|on|through|via)\s+(?:[\w'’-]+\s+){1,4}?(?:that\s+)?)?(?:it|they)\s+"
    r"(?:carried|was|were)|"
    # "JNIM said it killed 20 soldiers", "the Taliban said they had killed", "the SBU said its drones hit",
    # "claimed to have killed": the group tells its own act, whatever figure it gives.
    # "The Islamic State's Amaq news agency said the group's fighters": the group's own outlet tells it.
    r"(?:(?:(?:[\w-]+\s+)?(?:group|movement|organi[sz]ation|faction|militia|branch|affiliate|news\s+agency|"
    r"media\s+(?:wing|arm|outlet))\s+)?"
    r"(?:later\s+|also\s+)?"
    # "The NPA has admitted that its landmine killed": an admission of the act, as a claim is
    r"(?:said|says|claimed|claims|(?:has\s+|have\s+)?(?:admitted|acknowledged))\s+(?:on\s+[a-z]+day\s+)?"
    r"(?:in\s+an?\s+(?:[\w-]+\s+)?statement\s+(?:on\s+[\w-]+\s+)?)?(?:that\s+)?"
    r"(?:it\s+|they\s+|its\s+(?:[\w-]+\s+){1,2}|the\s+group['’]s\s+(?:[\w-]+\s+){1,2}|"
    rf"their\s+(?:[\w-]+\s+){{1,2}})(?:had\s+|has\s+|have\s+)?(?:hit|downed|(?:{_GROUP_ACTS}))|"
    rf"claim(?:ed|s)\s+to\s+have\s+(?:{_GROUP_ACTS}))\b|"
    r"(?:is|are|was|were)\s+(?:also\s+|widely\s+)?suspected|"
    # "CODECO militiamen were behind the attack", "the ADF was likely behind it": the text names who did it.
    r"(?:[\w-]+\s+){0,2}?(?:is|are|was|were)\s+(?:(?:likely|probably|allegedly|reportedly|also|(?:widely\s+)?"
    r"(?:believed|thought)\s+to\s+(?:be|have\s+been))\s+)?behind\b|"
    # "Bandits on motorcycles attacked", "gunmen led by X killed", "Arab militias backed by the RSF killed": how
    # they came or who stood behind them, then their act.
    # "Separatists in Cameroon's Anglophone regions kidnapped": where they are from or operate.
    r"(?:(?:led\s+by|armed\s+with|on|riding|numbering|from|in|based\s+in|operating\s+in|(?:backed|supported|armed)\s+by|"
    r"allied\s+(?:to|with)|linked\s+to|loyal\s+to)\s+(?:[\w'’-]+\s+){1,3}?)?"
    # "Bandits have killed 11 persons": the perfect tense of the Nigerian and South Asian press.
    rf"(?:(?:have|has)\s+(?:also\s+)?)?(?:{_GROUP_ACTS})|"
    r"in\s+\w+(?:'s)?\s+are\s+suspected|"
    # ("The Israeli army said its forces returned fire": a speech verb between tells no act of the men named)
    r"(?:(?!said\b|says\b|told\b|added\b)\w+\s+){0,3}"
    r"(?:militants|fighters|gunmen|forces|warplanes|bombers?|gunman|attackers?|assailants?|"
    r"mercenaries)\b|"
    # "a Saudi-led coalition airstrike", "a Houthi missile attack": the actor's own weapon or act.
    r"(?:air\s?strikes?|(?:drone|missile|rocket|mortar|artillery)\s+(?:strikes?|attacks?|fire)|shelling|"
    # "A Taliban attack on a checkpoint": the group's own attack.
    # "in a PKK attack in northern Iraq", "a Taliban ambush near Kunduz killed": the act named by its author.
    r"bombardment|offensive|(?:attacks?|ambush(?:es)?|assaults?)\s+(?:on|against|in|at|near|that|which|killed|kills|"
    r"left)|ambush|raids?\s+on|bombings?\s+(?:of|on))\b)",
    re.IGNORECASE,
)
# "Israeli airstrike", "Nigerian troops": a state's forces named by its demonym.
_DEMONYM_FORCE = compile_scan(
    # "Russian glide bombs", "a Russian FPV drone", "Russian guided aerial bombs": the weapon's kind between.
    # WAFA's "Israeli occupation forces"; "Russian attacks on Donetsk Oblast killed five".
    r"(?P<dem>[A-Z](?<![\w][A-Z])[a-z]+)\s+(?:government\s+|security\s+|military\s+|air\s+|glide\s+|occupation\s+|"
    r"guided\s+(?:aerial\s+|air\s+)?|FPV\s+|Shahed\s+|kamikaze\s+|attack\s+|ballistic\s+|cruise\s+)?"
    r"(?P<noun>forces|troops|army|military|soldiers|warplanes|jets|aircraft|helicopters?|gunships?|airstrikes?|"
    r"air\s+strikes?|drones?|"
    r"drone\s+strikes?|shelling|artillery|navy|gunboats?|tanks?|missiles?|missile\s+strikes?|rockets?|"
    r"strikes?|shells?|bombs?|bombardment|offensive|fire|gunfire|attacks?)\b"
)


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:  # type: ignore[type-arg]
    """The countries reference file the gazetteer also reads: ISO2 -> {aliases, demonyms, name}."""
    return {cc: v or {} for cc, v in read_reference("countries.yaml").items()}


@lru_cache(maxsize=1)
def load_demonyms() -> dict[str, str]:
    """Lower-cased demonym -> ISO2."""
    return {str(d).lower(): cc for cc, v in _countries().items() for d in v.get("demonyms", [])}


# "Hamas denied", "blamed al-Shabaab, which denied involvement", "rejected the accusation": the group says it did
# not do it. Rejecting anything else ("the front, which rejected the 2016 peace deal") is no denial.
_DENY_AFTER = compile_scan(
    # "The M23 rebel group denied responsibility": the group's noun may come between its name and the denial
    r"^(?:'s)?(?:\s+(?:(?:rebel|militant|armed|jihadist|insurgent|separatist)\s+)?(?:group|movement|militia|rebels|"
    r"militants|fighters|insurgents))?(?:,\s+(?:which|who)(?:\s+has|\s+had)?|\s+(?:has|had|have))?\s+"
    # "The TTP has distanced itself from the attack": a denial in the press's softer words
    r"(?:denied|denies|distanced\s+(?:itself|themselves)\s+from|rejected\s+(?:the\s+|any\s+|all\s+)?"
    r"(?:accusations?|allegations?|claims?|charges?|blame|involvement|responsibility|reports?)\b)",
    re.IGNORECASE,
)
_HELD_TO_BE_BEFORE = compile_scan(
    r"\b(?:(?:believed|thought|suspected|presumed)\s+to\s+(?:be|have\s+been)|"
    r"(?:attackers|assailants|gunmen|killers|raiders|perpetrators)\s+(?:were|was)(?:\s+suspected)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HELD_BY_BEFORE = compile_scan(
    r"\b(?:held|controlled|run|occupied|governed|administered)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$"
)
# "Hamas condemned the attack": a group speaking against the act is no party to it.
_CONDEMN_AFTER = compile_scan(r"^(?:'s)?(?:,\s+(?:which|who)(?:\s+has|\s+had)?)?\s+condemned", re.IGNORECASE)
# "Police blamed the attack on ISWAP", "laid the blame for the bombing on the TTP": the attack named between the
# blame and the group is no attack on the group, as _HIT_BEFORE would read "attack on ISWAP".
_BLAME_ON_BEFORE = compile_scan(
    r"\b(?:blam(?:ed|es|ing)|(?:put|laid|placed|pinned|lay|puts|lays)\s+(?:the\s+)?blame)\s+(?:[\w'’-]+\s+){0,6}?on\s+"
    r"(?:the\s+)?(?:suspected\s+)?$",
    re.IGNORECASE,
)
# "the Hamas-run health ministry said", "Houthi-controlled media reported": the group runs the source of a figure
# or holds the place; the name says nothing of who attacked.
_RUNS_AFTER = compile_scan(r"-(?:run|controlled|governed|administered|held)\b", re.IGNORECASE)
# An attack verb right before the name: its object, whatever follows ("struck Hamas militants operating").
_HIT_BEFORE = compile_scan(
    r"\b(?:struck|targeted|targeting|attacked|bombed|shelled|raided|ambushed|hit)\s+(?:the\s+)?(?:(?!by\b)\w+\s+)?$"
    # "an attack on Taliban fighters", "strikes against Hamas positions": the object of a named attack
    r"|\b(?:attacks?|assaults?|raids?|strikes?|air\s?strikes?|offensive|operations?)\s+(?:on|against)\s+"
    r"(?:the\s+)?(?:suspected\s+)?$"
    # "an airstrike killed three al-Shabaab fighters": a count of dead right before the name makes them the dead.
    r"|\b(?:killed|killing|kills)\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?(?:\d[\d,]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens\s+of|scores\s+of|several|"
    r"hundreds\s+of)\s+(?:suspected\s+)?"
    # "said it had killed 12 members of the Islamic State": the dead counted as the group's members
    r"(?:(?:members|fighters|militants|commanders|leaders|operatives|cadres)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "killed 12 Afghan soldiers", "an attack on Russian troops": the object of the attack ("killed by" is no object).
# "a post belonging to the Pakistani military", "a checkpoint manned by Nigerian soldiers", "a vehicle carrying
# Indian army personnel", "the deaths of three Israeli soldiers": the forces the attack fell on.
_TARGET_BEFORE = compile_scan(
    r"(?:\bagainst|targeting|targeted|on|at|attacked|ambushed|killing|killed|kills|belonging\s+to|manned\s+by|"
    r"carrying|transporting|deaths?\s+of|killings?\s+of|bodies\s+of|funerals?\s+of|(?:convoy|column|patrol)s?\s+of|"
    # "Militants overran an Egyptian army checkpoint": the object of the act
    r"overran|stormed|raided|struck|hit|shelled|bombed)\s+(?!by\b)(?:the\s+)?"
    # (not "killed on Tuesday when Azerbaijani forces opened fire": a day, then the clause of the attackers)
    r"(?:(?!by\b|when\b|as\b|after\b|while\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)\w+\s+){0,2}$",
    re.I,
)

# A name: capitalised words, initials ("Q."), a quoted nickname, "Jr." - never a sentence's last word. The
# lower-case particles of French, Dutch, Spanish and Arabic names stand before a capitalised word ("Jean-Luc de la
# Fontaine", "Issa al Hasan", "Abdul Rahman al-Masri").
# Latin letters with diacritics too: "Chérif Chekatt", "Mickaël", "Gökhan Şahin" (Latin-1 and Latin Extended-A).
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž'’-]+"
_PARTICLE = r"(?:de|da|dos|das|du|del|della|der|den|van|von|la|le|al|el|bin|ibn|abu)"
# Words that open a sentence and never go on a name.
_SENTENCE_OPENERS = (
    r"(?:The|A|An|He|She|His|Her|It|Its|They|Their|This|That|Police|Officials|Authorities|In|On|At|After)"
)
_NAME = (
    rf"{_NAME_WORD}"
    # "Issa al H.": German reports give a suspect's family name by its initial
    # a word whole, at a sentence's end too ("named by police as John Smith."), never cut short to fit
    # (not a sentence's first word after an initial: "identified only as Issa al H. The attack ...")
    # (a line's end may wrap a name, a blank line never: "... at Emanuel AME Church\n\nDylann Storm Roof, 22,")
    rf"(?:(?:[ \t]+\n?|\n)[ \t]*"
    rf"(?:(?:{_PARTICLE}\s+){{0,2}}(?:(?!{_SENTENCE_OPENERS}\b){_NAME_WORD}(?![\w'’-])|[A-Z]\.)|"
    rf"(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu)-{_NAME_WORD}(?![\w'’-])|"
    r"\"[A-Z][a-z]+\"|[A-Z]\.|Jr\.|Sr\.)){1,4}"
)
# A name with an age ("John Smith, 34,") is the attacker only in the opening of a report: deeper in, it is a
# witness, a victim or an official quoted by the reporter.
AGE_NAME_CHARS = 600
# The words a report uses for the one who attacked, and the acts that make a person named beside them the attacker.
_ROLE = r"(?:gunm[ae]n|attacker|shooter|suspect|assailant|perpetrator|bomber|knifeman|killer|terrorist)"
_ROLE_TITLE = r"(?:Gunman|Attacker|Shooter|Suspect|Assailant|Perpetrator|Bomber|Knifeman|Killer|Terrorist)"
# The way to the act, told at length within its sentence: "walked into the temple on Howell Ave. about 10:25 a.m., as
# women were preparing a meal, and began firing" (a street's abbreviation and a time's dots are no sentence's end).
_WAY = (
    r"(?:[^.;]|\.(?=,|\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.(?=,|\s+[a-z])|(?<=\bAve|\bHwy)\.(?=\s+[a-z\d])|"
    r"(?<=\b[SR][td])\.(?=\s+[a-z\d])){1,230}?"
)
# The toll an attacker left, told by the participle after his act: "returned to the plant with a rifle, killing eight
# people".
_TOLL_LEFT = (
    r"(?:killing|shooting(?:\s+dead)?|murdering)\s+(?:at\s+least\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+(?:[\w-]+\s+)?(?:people|persons|men|women|children|"
    r"students|co-?workers|colleagues|employees|passengers|worshippers|shoppers|customers)\b"
)
_PERSON_ACTS = (
    r"(?:opened|attacked|stabbed|slashed|hacked|shot|killed|drove|detonated|set\s+off|set\s+fire|rammed|blew\s+up|"
    r"planted|murdered|"
    # "X, 35, pulled a 9mm pistol from a bag", "drew a knife": the weapon brought out
    r"(?:pulled|drew)\s+(?:out\s+)?(?:an?|his|her)\s+(?:[\w.-]+\s+){0,2}?(?:pistol|handgun|gun|revolver|rifle|shotgun|"
    r"knife|machete|dagger|axe|sword)\b|"
    # "Amedy Coulibaly, 32, burst into the Hyper Cacher store"
    r"carried\s+out|burst\s+into|stormed|"
    # "barricaded himself inside two classrooms, where he fatally shot 19 children"
    r"barricaded\s+(?:himself|herself)|"
    # "X, 45, began shooting at the plant during the meeting"
    r"(?:began|started)\s+(?:shooting|firing|stabbing)\b|"
    # "X, 40, walked through the neighborhood on the evening of July 3, shooting people at random"
    r"shooting\s+(?:people|passers-by|pedestrians|motorists|worshippers|shoppers)\b|"
    # "A far-right gunman, X, tried to force his way into the synagogue": the attempt is his act
    r"tried\s+to\s+(?:force|storm|break|shoot|blow|set)\b|"
    # "X, a retiree, fired more than 1,000 rounds", "fired on worshippers": the shots, not a dismissal ("was fired").
    r"fired\s+(?:(?:on|at|into|upon|from)\b|(?:[\w,-]+\s+){0,4}?(?:rounds|shots|bullets)\b|"
    # "X, 28, fired a shotgun into a bar": the gun he fired
    r"(?:an?|his|her)\s+(?:[\w-]+\s+){0,2}?(?:shotgun|rifle|pistol|handgun|gun)s?\b)|"
    # "A 21-year-old man, Liam Walsh, has been charged": the one charged or arrested for the attack is its suspect.
    r"(?:has|had|have)\s+been\s+(?:charged|arrested)|(?:was|were)\s+(?:charged|arrested)|"
    r"went\s+on\s+an?\s+(?:[\w-]+\s+)?(?:rampage|spree)|"
    # "X, 47, a pressman on leave, returned to the plant with a rifle, killing eight people": the toll he left
    rf"(?<=,\s){_TOLL_LEFT}|"
    # "sat through an hour of Bible study at the church before opening fire": the wait, then the shots
    r"(?:sat|waited|stood|prayed|lingered)\s+[^.;]{1,120}?\s+before\s+(?:opening\s+fire|shooting|firing)\b|"
    # "walked into the cafeteria ... and fired more than 40 rounds", "brought a rifle to the school and opened fire":
    # the way in, then the shots
    # ("at about 2:30 p.m. and opened fire": the dots of a time)
    # ("entered Club Q ... and opened fire", "stepped out of his car ... and began firing")
    # ("lay in wait on a berm near the lake and fired on the crew")
    # ("went home for a gun and returned, shooting dead 12 people": the way, then the toll)
    # ("walked down the aisle of a commuter train as it approached the station in Garden City, New York, on December
    # 7, 1993, firing a 9mm pistol at passengers": the shots as the way's participle; "blocked the back door ... then
    # walked in the front and opened fire")
    # ("forced their way into the magazine's offices ... and opened fire")
    rf"(?:walked|burst|stormed|went|came|returned|brought|carried|entered|stepped|got|lay\s+in\s+wait|blocked|"
    rf"blasted|drove|pulled\s+up|forced\s+(?:their|his|her)\s+way)\s+{_WAY}"
    r"(?:\s+(?:and\s+|then\s+)+(?:opened\s+fire|fired|"
    rf"began\s+(?:shooting|firing)|shot|killed)|,\s+{_TOLL_LEFT}|,\s+(?:firing|shooting)\s+(?:an?|his|her)\s))"
)
# What a person named by nothing but the act does: "Mauricio Garcia opened fire", "Syed Rizwan Farook and Tashfeen
# Malik opened fire". Only acts of violence that no office, witness or victim is the subject of.
_BARE_ACTS = (
    # (not a headline's passive: "Opposition MP X shot dead outside his home by two gunmen")
    r"(?:opened\s+fire|shot\s+(?:dead|and\s+killed|and\s+wounded)(?!\s+(?:outside|inside|in|at|on|near|by|while|after|"
    r"during|when)\b)|fatally\s+(?:shot|stabbed)|stabbed|detonated|"
    # "set off smoke canisters", "ambushed two deputies", "rode a moped up to the school and opened fire"
    r"set\s+off\s+(?:(?:a|an|two|three|the|his|her)\b|(?:[\w-]+\s+){0,2}?(?:canisters|bombs|explosives|grenades))|"
    r"ambushed\s+(?:(?:a|an|two|three|four|the|\d+)\s+)?(?:[\w-]+\s+)?(?:police|officers|deputies|soldiers|troopers|"
    r"guards|worshippers|people)\b|"
    r"(?:rode|drove|cycled)\s+[^.;]{1,80}?\s+and\s+opened\s+fire|blew\s+(?:himself|herself|themselves)\s+up|rammed|"
    # "Brothers X and Y forced their way into the magazine's offices ... and opened fire"
    r"forced\s+(?:their|his|her)\s+way\s+(?:into|in)\b[^.;]{1,160}?\s+and\s+opened\s+fire|"
    # "X shot 19 people outside a supermarket", "X killed eight people, among them his former wife": the people
    # counted as the act's object (not "killed two gunmen", the end of attackers)
    r"(?:shot|killed|stabbed|murdered|wounded)\s+(?:at\s+least\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+(?:[\w-]+\s+)?(?:people|persons|men|women|children|"
    r"students|worshippers|shoppers|customers|passers-by|co-?workers|colleagues|relatives|family\s+members)\b|"
    # "drove a 19-tonne cargo truck into crowds", "hijacked a lorry, killing its driver, and drove it into a market"
    r"drove\s+(?:(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){1,3}|it\s+)into|hijacked\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:lorry|truck|van|car|bus|vehicle)\b|went\s+on\s+an?\s+[\w-]+\s+(?:rampage|spree)|"
    r"carried\s+out\s+the\s+(?:attack|shooting|bombing|stabbing|massacre)|"
    # "killed when Marco Diaz set fire to an apartment building", "X fired a shotgun into": arson and a gun fired.
    r"set\s+fire\s+to|torched|fired\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,2}?(?:shotgun|rifle|pistol|handgun|gun)s?\b|"
    # "X fired at random at cars and houses": shots at people or what they are in
    r"fired\s+(?:at\s+random|indiscriminately|randomly)\b|"
    # "X poured gasoline in the basement", "X, 31, came out of the front door firing a handgun": the fire he set
    # and the shots he came out with
    r"poured\s+(?:gasoline|petrol|fuel|kerosene|diesel|an\s+accelerant)\b|"
    rf"(?:came|walked|ran|stepped|burst)\s+{_WAY}\s+"
    r"(?:and\s+(?:began\s+|started\s+)?)?(?:firing|shooting)\s+(?:a|an|his|her|at)\b|"
    # "Brenton Tarrant attacked the Al Noor Mosque": the place of worship or crowd a person attacked ("stormed the
    # Tree of Life synagogue")
    r"(?:attacked|stormed)\s+(?:the|a|an|two|three)\s+(?:[\w'’-]+\s+){0,4}?(?i:mosques?|church(?:es)?|synagogues?|temples?|"
    r"school|nightclub|club|concert|festival|market|mall|supermarket|university|college|campus|rally|parade|"
    r"crowds?|worshippers|shoppers)\b)"
)
# The words without which no _BARE_ACTS can match: a text without one skips the scan of names at every capital.
_BARE_ACTS_HINT = compile_scan(
    r"opened\s+fire|shot\s+(?:dead|and|\w+\s+(?:people|persons))|fatally|stabbed|detonated|set\s+off|blew|rammed|"
    r"drove|hijacked|went\s+on|(?:killed|murdered|wounded)\s+\w+\s+(?:[\w-]+\s+)?(?:people|persons)|"
    r"ambushed|rode|cycled|forced|"
    r"carried\s+out|set\s+fire|torched|fired|attacked|poured|came|walked|ran|stepped|burst"
)
# "Nathan Ray of Dallas carried out": a home town between the name and the act.
# ("64-year-old Stephen Paddock of Mesquite, Nevada, fired": the town's state)
_OF_TOWN = rf"(?:,?\s+of\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?(?:,\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?(?=,))?,?)?"
# "identified as", "named by police as", "later named him as", "identified the shooter as".
_NAMED_AS = (
    # "was named in court on Wednesday as X": where and when the name was given
    # "named in Norwegian media as X": who gave it
    # "named in media reports as X", "identified in local media as X"
    # ("He names the gunman as X", "Police sources name the driver as X": the present of a briefing)
    rf"(?:identified|named|names|name(?=\s+(?:the|him|her)\s))(?:\s+in\s+(?:court|(?:[A-Z]\w+\s+|local\s+|news\s+)?(?:(?:media|press|news)(?:\s+reports)?|reports)))?"
    # "identified Monday as X", "identified under privacy rules as Tobias R.": the day, or the law that keeps
    # the family name back
    r"(?:\s+on\s+[A-Z]\w+|\s+[A-Z][a-z]+day|\s+(?:under|in\s+line\s+with|in\s+keeping\s+with)\s+(?:[A-Z]\w+\s+)?"
    r"privacy\s+(?:rules|laws?|regulations))?"
    # "named by Belgian media as X": the one naming him may take a word before it; "identified him on Monday as X"
    rf"(?:\s+(?:by\s+(?:the\s+)?(?:[A-Z]\w+\s+)?\w+|(?:him|her)\s+on\s+[A-Z]\w+|him|her|only|"
    # "named the attackers as cousins X and Y", "named the suicide bomber who killed 22 people ... as X"
    # (the clause may tell the whole attack: "who killed 22 people, among them an eight-year-old girl, at the end of an
    # Ariana Grande concert at Manchester Arena last night")
    # ("identified the gunman on Sunday as X": the day between)
    # ("identified the gunman Thursday as X": the day alone, as American papers give it)
    rf"the\s+(?:suicide\s+|lone\s+)?{_ROLE}s?(?:\s+who\s+(?!was\b|were\b|had\s+been\b|died\b)[^.;]{{1,200}}?,?|"
    r"\s+on\s+[A-Z][a-z]+|\s+[A-Z][a-z]+day)?|"
    # "Police identified the driver as X" (a bus's or a lorry's driver is named with its vehicle)
    r"the\s+driver|"
    # "named the suspected bomber in Monday's metro explosion in St Petersburg as X": the attack between
    rf"the\s+(?:suspected\s+|alleged\s+)?{_ROLE}\s+(?:in|of|behind)\s+[^.;]{{1,80}}?|"
    # "identified the man who opened fire at a grocery store, killing three, as X" (not "the man who was killed")
    r"the\s+(?:man|woman|teenager|person|driver)\s+who\s+(?!was\b|were\b|had\s+been\b|died\b)[^.;]{1,120}?,?))?\s+as"
)
_AGE_WORDS = (
    r"(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|"
    r"[Ss]eventy)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
# Each pattern has a cheap literal pre-check, so texts without one skip a name scan at every capital letter,
# and a limit on where in the text its name may stand (None: anywhere).
# A name that ends in a word for a division is a place's: "Sagaing Region", "Kunar Province", "Harris County".
_DIVISION_END = compile_scan(
    r"\s(?:Region|Province|State|Township|District|County|Division|Governorate|Prefecture|Department|Municipality|"
    # ("the North-Western Zone of Tigray, killed 17 people": Ethiopia's and Nigeria's zones, India's tehsils)
    r"Oblast|Krai|Okrug|Territory|Canton|Parish|Borough|Zone|Woreda|Kebele|Tehsil|Locality|Commune|Area)$"
)
# The passive of an act, then "by": its agent follows ("both shot on Wednesday by Stephan Balliet": a day between).
_PASSIVE_BY = (
    r"(?:[Cc]arried\s+out|[Pp]erpetrated|[Cc]ommitted|shot\s+dead|shot|gunned\s+down|stabbed\s+to\s+death|murdered|"
    r"unlawfully\s+killed)(?:\s+(?:on|last|early\s+on|late\s+on)\s+[A-Z][a-z]+day)?\s+by"
)
_PASSIVE_AGENT = compile_scan(
    # ("Carried out by two anti-government extremists, Timothy McVeigh and Terry Nichols, the explosion")
    # ("The five people shot dead by Jake Davison in the Keyham area of Plymouth": the killing's agent)
    # ("Jack Merritt and Saskia Jones were unlawfully killed by Usman Khan": an inquest's finding)
    rf"\b{_PASSIVE_BY}\s+"
    r"(?:(?:an?|the|two|three)\s+(?:[\w-]+\s+){0,4}?(?:man|woman|teenager|youth|student|resident|national|men|"
    r"extremists|brothers),?\s+)?"
    rf"(?P<name>{_NAME})"
)
# "A post-mortem examination was carried out by Dr Alan Smith": work done after the attack, not the attack.
_AFTERMATH_DONE = compile_scan(
    r"\b(?:post-mortem|autopsy|examination|investigation|inquiry|inquest|review|surgery|operation|search|tests?|"
    r"analysis)(?:\s+[\w-]+){0,2}\s+(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+$"
)
_AGE_NAMED = compile_scan(
    # ("Eric Harris, 18, and Dylan Klebold, 17, seniors at the school, attacked": each with his own age)
    rf"(?:(?P<first>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})(?:\s+and\s+(?=[^,.;]{{3,60}},\s+\d{{1,2}}\s+and\s+\d)|"
    r",\s+\d{1,2},\s+and\s+(?=[A-Z][^,.;]{3,60},\s+\d{1,2},)))?"
    # ("X, aged 15, shot dead", "X (18) stabbed": the age as Australian and British reports give it)
    # ("Balliet, now 28, tried to shoot his way in": a retrospective gives his age today, and his family name alone
    # when it has named him in full before)
    rf"(?P<name>{_NAME}|(?<![\w'’-]){_NAME_WORD}(?=,\s+(?:now\s+|then\s+)?\d))(?:,\s+(?:a\s+|aged\s+|now\s+|then\s+)?\d{{1,2}}(?:\s+and\s+\d{{1,2}})?,|\s+\(\d{{1,2}}\)"
    # ("Chen Shuizhong, a 59-year-old unemployed man, set fire to a bus")
    r"|,\s+an?\s+\d{1,2}-year-old\s+[^,.;()]{1,40}?,)"
)
# The act the clause after "X, 34," goes on to tell of X: without one the name is a victim's or a witness's ("The
# helper, X, 22, was sleeping inside the bus", "X, 29, and her sons were found in an upstairs bedroom").
# (his own clause, or one of which he is the subject again: not "was sleeping inside the bus when miscreants set
# fire to it", but "moments after he opened fire")
_AGE_NAMED_ACT = compile_scan(
    # ("an employee at a bank in downtown Louisville, Kentucky, livestreamed himself as he opened fire")
    # ("climbed onto the roof of a store along the parade route in Highland Park, a Chicago suburb, during the
    # Fourth of July celebration and fired more than 80 rounds": the way to the act told at length)
    # ("hid in a restroom at a Chuck E. Cheese's ...", "a deer hunter from St. Paul, Minnesota, opened fire": an
    # initial's and a saint's stops)
    # ("hid in a restroom ... until closing time, then shot five workers": a wait till an hour is his own)
    r"(?:(?!\b(?:when|while|as|after|before|because|where|until(?!\s+(?:closing|dawn|dusk|dark|nightfall|midnight)\b))"
    r"\b(?!\s+(?:he|she)\b))(?:[^.;]|(?<=\b[A-Z])\.|"
    # ("with a .22-caliber pistol", "in Littleton, Colo., attacked": a calibre's dot, an abbreviation's before a comma)
    r"(?<=\bSt)\.|\.(?=\d|,))){0,180}?"
    # (not the passive of a victim: "X, 58, who lived nearby and came to see what was happening, was also killed",
    # "X, 22, was hit by 11 pellets, and Y, 24, was shot in the chest"; but "X, 26, was shot in the arm by police"
    # is the attacker's end)
    # (the verb's own letters first, so that the words before it are read only where it stands)
    r"(?!(?=(?:fatally\s+)?(?:killed|murdered)\b|(?:fatally\s+)?(?:shot|stabbed|attacked)\b(?![^.;]{0,40}?\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:police|officers?|inspector|troopers?|soldiers|troops|security)\b))"
    # ("X, 37, was one of five people shot Tuesday morning": the participle of those the act was done to)
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bwas\salso\s)|(?<=\bwere\salso\s)|(?<=\bpeople\s)|"
    r"(?<=\bpersons\s)|(?<=\bthose\s)|(?<=\bothers\s)|(?<=\bvictims\s))"
    # ("X (15), of Kurigram, shot dead by BSF members": a victim's passive without its "was", in a row's or a
    # headline's terse style; "X, 26, shot by police" stays the attacker's end)
    r"|(?:shot|stabbed|hacked|killed|murdered|attacked|gunned)(?:\s+(?:dead|to\s+death|down))?\s+by\s+"
    r"(?!(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:police|officers?|troopers?|security)\b))"
    rf"(?:{_PERSON_ACTS}|{_BARE_ACTS})"
)
# A title-case headline's words after a role ("Gunman Kills Nine At School", "Suspect After Second Mass Shooting"): no
# part of a name.
_HEADLINE_WORDS = frozenset(
    "Kills Kill Killed Shoots Shot Stabs Stabbed Attacks Attacked Opens Wounds Wounded Injures Injured Dies Dead "
    "Shooting Shootings Attack Bombing Blast Rampage Massacre After Before At In On Near "
    # a court release's title: "Boston Marathon Bomber Dzhokhar Tsarnaev Formally Sentenced to Death"
    "Formally Sentenced Convicted Charged Jailed Guilty Arrested Pleads".split()
)
# The next sentence's subject, the same man by his pronoun, and its act: "X, 47, a pressman on long-term disability
# leave, walked into the ... plant ... carrying an AK-47-type rifle. He killed eight people".
_HE_ACTS = compile_scan(
    # ("In about 15 minutes he shot 20 co-workers", "Moving down through the building, he killed eight people",
    # "Armed with a shotgun and a sawed-off .22 rifle, he killed")
    # ("Instead he pulled a pistol from his lunchbox": what he did in place of what the first sentence offered)
    rf"\s*(?:(?:In|Within)\s+[^.;,]{{1,30}}?,?\s+|(?:Instead|Then),?\s+|[A-Z](?:[^.;]|\.(?=\S)){{1,80}}?,\s+)?"
    r"(?:[Hh]e|[Ss]he)\s+"
    # ("He threw tear-gas canisters and fired a shotgun": a first deed, then the shots)
    r"(?:[a-z][^.;]{0,60}?\s+and\s+)?"
    rf"(?:then\s+)?(?:{_PERSON_ACTS}|{_BARE_ACTS})"
)
# A day or a month before the name that opens the summary: "In September 1989, X, 47, ...", "On July 29, 1999, X".
_DATE_BEFORE_NAME = compile_scan(r"\s*(?:In|On)\s+[A-Za-z\d][^.;:]{0,28}?,\s*")
# How far the opening sentence may run before the next one that tells the named man's act.
_OPENING_CHARS = 400


def _acts_next(text: str, m: re.Match[str]) -> bool:
    """Whether a text that opens on "X, 47," tells X's act in its next sentence, by his pronoun ("He killed eight
    people"): a database summary's first sentence tells who he was and where he went, the second what he did."""
    if text[: m.start()].strip() and not (
        (dm := _DATE_BEFORE_NAME.match(text)) is not None and dm.end() == m.start()
    ):
        return False  # the name opens the text (or its date does: "In September 1989, X, 47,")
    end = text.find(". ", m.end(), _OPENING_CHARS)
    # (a stop that ends an initial or a time is none: "shortly after 7 a.m. on August 20")
    while end != -1 and (text[end - 1].isupper() and text[end - 2] in " ." or text.endswith(("a.m", "p.m"), 0, end)):
        end = text.find(". ", end + 2, _OPENING_CHARS)
    return end != -1 and _HE_ACTS.match(text, end + 1) is not None


# "The gunman, named by police as X", "The shooter, 21-year-old X", "Police said the attacker was X", "the
# gunman who killed three people was X": the name stands where the attacker's role is given. First: a victim
# named with an age before ("The attacker, X, 25, ... shooting dead the passenger, Y, 61") is not the one.
_ROLE_NAMED: tuple[re.Pattern[str], re.Pattern[str], int | None] = (
    compile_scan(
        rf"identified|named|names?\s+(?:the|him|her)\s|{_ROLE}s?(?:,|\s+(?:who|was|is)\b|\s+[A-Z])|{_ROLE_TITLE}\s+[A-Z]"
    ),
    compile_scan(
        rf"\b(?:{_NAMED_AS}|"
        # "Gunman Robert Card killed 18", "suspected shooter Payton Gray, 18,": the role worn as a title
        # (on the same line: a section's heading "The bomber" names no one on the line below)
        rf"(?:(?:[Ss]uspected|[Aa]lleged|[Aa]ccused|[Ll]one)\s+)?(?:{_ROLE}|{_ROLE_TITLE})(?=[ \t]+[A-Z])|"
        # "The bombers, brothers Tamerlan and Dzhokhar Tsarnaev, were identified": two named after the role
        rf"[Tt]he\s+(?:(?:suspected|alleged|accused|presumed|lone)\s+)?{_ROLE}s?,(?:\s+{_NAMED_AS})?|"
        rf"{_ROLE}(?:,?\s+who\s+[^.;]{{0,80}}?,?)?\s+(?:was|is))"
        # "the shooter was a 24-year-old student, David Kozak": a description before the name
        # or "identified as the woman's former boyfriend, Eric Dunn"
        rf"\s+(?:an?\s+)?(?:\d{{1,2}}[\s-]year[\s-]old\s+)?(?:(?:[A-Za-z][\w'’-]*\s+){{0,3}}[a-z][\w'’-]*,\s+)?"
        # "The shooter, a bank employee named X": the description ends in the word that gives the name
        # ("a 27-year-old German man named X": a nationality may stand in it)
        # ("a 19-year-old former student of the school named X")
        r"(?:(?:[A-Za-z][\w-]*\s+){0,6}?(?:named|called)\s+)?"
        rf"(?:(?:brothers|sisters|cousins)\s+(?P<first>{_NAME_WORD})\s+and\s+)?"
        # ("The suspect, Maj. Nidal Malik Hasan, 39,": a rank before the name)
        rf"(?:(?:Maj|Capt|Lt|Col|Sgt|Gen|Cpl|Pvt|Pfc|Spc|Dr|Rev)\.\s+)?(?P<name>{_NAME})"
    ),
    None,
)
# The attacker's own field or question, answered by his name: a list's "Perpetrator: Anders Behring Breivik",
# "Perpetrators: Timothy McVeigh and Terry Nichols", a factbox's "Gunman: X, 23", an explainer's "Who were the
# gunmen?" over "Brothers Chérif and Saïd Kouachi, both French-born."
_ATTACKER_WORD = r"(?:Perp(?:etrators?)?|Shooters?|Gunm[ae]n|Attackers?|Assailants?|Bombers?)"
_ASKED_ATTACKER = (
    r"Who\s+(?:was|were|is|are)\s+the\s+(?:gunm[ae]n|attackers?|shooters?|bombers?|killers?|assailants?)\?"
)
_FIELD_NAMED = (
    compile_scan(rf"\b{_ATTACKER_WORD}:|{_ASKED_ATTACKER}"),
    compile_scan(
        # ("Shooter: Dominick Maldonado, 20.": a shooting row's field)
        rf"(?:\b{_ATTACKER_WORD}:|{_ASKED_ATTACKER}\s+(?:Brothers\s+)?)\s*"
        rf"(?:(?P<first>{_NAME_WORD})\s+and\s+(?={_NAME_WORD}\s+{_NAME_WORD}))?(?P<name>{_NAME})"
    ),
    None,
)
_PERSON_PATTERNS: list[tuple[re.Pattern[str], re.Pattern[str], int | None]] = [
    _FIELD_NAMED,
    _ROLE_NAMED,
    # "John Smith, 34, opened fire": the house style of US crime reporting. "Brothers Dale and Curtis Hamm, 38 and
    # 35,": two ages give two people, the first named by a first name alone.
    (
        compile_scan(r",\s+(?:a\s+|aged\s+|now\s+|then\s+)?\d{1,2}(?:\s+and\s+\d{1,2})?,|\s\(\d{1,2}\)[\s,]"),
        _AGE_NAMED,
        AGE_NAME_CHARS,
    ),
    # "a truck was driven into crowds ... The driver, X, was shot dead": the one at the wheel of a vehicle the
    # report tells was driven into people.
    (
        compile_scan(
            # "drove a maroon Holden Commodore into lunchtime crowds": a word may tell which crowd
            r"\b(?:rammed|ramming|(?:driven|drove|ploughed|plowed)\s+(?:[\w-]+\s+){0,4}?into\s+(?:a\s+|the\s+)?"
            r"(?:[\w-]+\s+)?(?:crowds?|pedestrians|people|shoppers|worshippers|protesters|revellers|spectators|marchers))\b"
        ),
        compile_scan(rf"\b[Tt]he\s+driver,\s+(?:an?\s+\d{{1,2}}[\s-]year[\s-]old\s+[\w-]+,\s+)?(?P<name>{_NAME}),"),
        None,
    ),
    # "a truck driven by X ploughed into crowds": the driver named with the vehicle, in the opening
    (
        compile_scan(r"\bdriven\s+by\s+[A-Z]"),
        compile_scan(
            rf"\b(?:truck|lorry|van|car|vehicle|bus|SUV)\s+driven\s+by\s+(?P<name>{_NAME}),?\s+(?:[^.;]{{0,60}}?\s)?"
            r"(?:ploughed|plowed|rammed|drove|smashed|crashed|careered|slammed|mowed)\b"
        ),
        AGE_NAME_CHARS,
    ),
    # "32-year-old Nathan Ray opened fire", "Eighteen-year-old Salvador Ramos barricaded himself": the age before
    # the name, in digits or words.
    (
        compile_scan(r"[\s-]year[\s-]old"),
        compile_scan(
            rf"\b(?:\d{{1,2}}|{_AGE_WORDS})[\s-]year[\s-]old\s+(?:[a-zA-Z-]+\s+){{0,3}}?(?P<name>{_NAME}){_OF_TOWN}\s+"
            rf"{_PERSON_ACTS}"
        ),
        None,
    ),
    # "A far-right extremist, X, shot dead", "X, a Tunisian asylum seeker, drove a truck": a person described
    # beside the act in the opening.
    (
        compile_scan(r"\b(?:[Aa]n?|[Tt]wo|[Tt]hree)\s+(?:[\w-]+\s+){0,4}?[\w-]+,\s+[A-Z\d]"),
        compile_scan(
            # "A congregant, 71-year-old Harold Jennings, opened fire": the age before the name
            rf"\b(?:[Aa]n?|[Tt]wo|[Tt]hree)\s+(?P<desc>(?:[\w-]+\s+){{0,4}}?[\w-]+),\s+(?:\d{{1,2}}-year-old\s+)?"
            rf"(?P<name>{_NAME})"
            rf"(?:\s+and\s+{_NAME})?,\s+{_PERSON_ACTS}"
        ),
        AGE_NAME_CHARS,
    ),
    (
        compile_scan(r",\s+(?:an?|dressed|armed|wearing|disguised|carrying)\s"),
        # "X, a Tunisian whose asylum application had been rejected, shot dead": the description may hold a clause
        # ("X, a clerk at a depot in Mesa, Arizona, shot four co-workers": the description's place has its state)
        # ("where X, dressed as a police officer, opened fire": how he came, as the description)
        compile_scan(
            rf"(?P<name>{_NAME}),\s+(?:an?\s+(?P<desc>[^,.;()]{{1,110}}?(?:,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?)|"
            r"(?:dressed|armed|wearing|disguised|carrying)\s+[^,.;()]{1,80}?),\s+"
            rf"{_PERSON_ACTS}"
        ),
        AGE_NAME_CHARS,
    ),
    # "Mauricio Garcia opened fire", "Syed Rizwan Farook and Tashfeen Malik opened fire", "Brothers Tamerlan and
    # Dzhokhar Tsarnaev set off two bombs": a name and the act alone, in the opening.
    (
        _BARE_ACTS_HINT,
        compile_scan(
            # ("Wade Michael Page, who lived in Cudahy, walked into the temple ... and began firing": where he lived)
            rf"(?<![\w'’-])(?:(?P<first>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+and\s+)?(?P<name>{_NAME}){_OF_TOWN}"
            rf"(?:,\s+who\s+(?:lived|lives|worked|works)\s+[^,.;]{{1,50}}?,)?\s+{_BARE_ACTS}"
        ),
        AGE_NAME_CHARS,
    ),
    # "A gunman opened fire at two mosques ... Brenton Tarrant was arrested and later sentenced to life", "X was
    # later convicted", "X pleaded guilty", "X, the gunman, surrendered": a database entry that tells the act first
    # names its author in a later sentence, by what the courts or the police did to him.
    (
        compile_scan(
            r"(?:was|were|been)\s+(?:\w+\s+)?(?:arrested|charged|convicted|sentenced|jailed|indicted|found|apprehended|"
            r"taken)|"
            r"pleaded|pled|surrendered|faces\s|appeared\s"
        ),
        compile_scan(
            rf"(?<![\w'’-])(?P<name>{_NAME})(?:,\s+(?:now\s+)?\d{{1,2}},|,\s+(?:\d{{1,2}},\s+)?the\s+(?:suspected\s+|alleged\s+|lone\s+)?{_ROLE},"
            # "The driver, X, a 39-year-old Uzbek, was sentenced to life", "X, an Uzbek asylum seeker whose deportation
            # had been ordered, was arrested": a description between the name and the court
            r"|,\s+an?\s+(?P<desc>[^,.;()]{1,80}?),"
            # "X, who is unemployed, was arrested on suspicion of attempted murder": a clause that describes him
            r"|,\s+who\s+(?:is|was)\s+[^,.;()]{1,60}?,"
            # "Dylann Storm Roof, from the Columbia area, was taken into custody": where he is from
            # ("X, 22, of Eastover, South Carolina, was formally sentenced to death": a town and its state)
            r"|,\s+(?:\d{1,2},\s+)?(?:from|of)\s+[^,.;()]{1,50},(?:\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,)?)?"
            r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|subsequently\s+|eventually\s+|quickly\s+|"
            r"swiftly\s+|formally\s+)?(?:arrested|charged|convicted|sentenced|jailed|indicted|found\s+guilty|apprehended|"
            r"taken\s+into\s+"
            r"custody|found\s+sane)|(?:later\s+)?(?:pleaded|pled)\s+guilty|(?:later\s+)?surrendered|"
            # "X, a student at Laval University, appeared in court on Monday": the accused before the judge
            r"(?:later\s+|briefly\s+)?appeared\s+(?:briefly\s+)?in\s+(?:a\s+)?(?:court|courtroom)|"
            # "X, of no fixed address, appeared before magistrates in the city this morning"
            r"appeared\s+(?:before|at)\s+(?:[\w'’]+\s+){0,3}?(?:magistrates|court|judge)|"
            # "X, a political science student, also faces five counts of attempted murder"
            r"(?:also\s+)?faces\s+(?:[\w-]+\s+){0,3}?(?:counts|charges)\s+of)\b"
        ),
        AGE_NAME_CHARS,
    ),
    # "Anders Behring Breivik, now 42, was found sane and sentenced in August 2012": the court's verdict names the
    # attacker wherever a retrospective tells it, however far past the opening
    (
        compile_scan(r"(?:was|were|been)\s+(?:later\s+)?(?:convicted|sentenced|found\s+(?:guilty|sane))"),
        compile_scan(
            rf"(?<![\w'’-])(?P<name>{_NAME})(?:,\s+(?:now\s+)?\d{{1,2}},)?\s+(?:was|were|has\s+been|had\s+been)\s+"
            r"(?:later\s+|subsequently\s+|eventually\s+)?(?:convicted|sentenced|found\s+(?:guilty|sane))\b"
        ),
        None,
    ),
    # "Khairi Saadallah, who murdered three men in a frenzied knife attack", "Thomas Mair, the 53-year-old loner who
    # murdered Labour MP Jo Cox": a court report names the attacker by what he did, in a relative clause.
    (
        compile_scan(r"\swho\s+(?:murdered|killed|shot|stabbed|drove|detonated|left|attacked|carried\s+out|bombed)\b"),
        compile_scan(
            rf"(?<![\w'’-])(?P<name>{_NAME}),\s+(?:(?:the|an?)\s+[^,.;()]{{1,80}}?,?\s+)?who\s+(?:had\s+)?"
            r"(?:murdered|killed|shot|stabbed|drove|detonated|left\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?bomb|attacked|"
            r"carried\s+out|bombed)\b"
        ),
        AGE_NAME_CHARS,
    ),
    # "A German court on Monday sentenced Stephan Balliet to life in prison for his attack", "A federal jury condemned
    # Timothy McVeigh to death", "A jury has found X guilty": the one the court sentenced or convicted for the attack.
    (
        compile_scan(r"(?:sentenced|convicted|jailed|condemned|found)\s+(?:[a-z][\w-]*\s+){0,2}?[A-Z]"),
        compile_scan(
            # ("sentenced Gökmen Tanis, 38, to life imprisonment": his age between; "sentenced neo-Nazi Stephan Ernst":
            # what he is; "sentenced Stephan Balliet, who tried to storm a synagogue": what he did; "found Balliet, 28,
            # guilty of two murders": his family name alone, once given in full)
            # (but "found" only with "guilty": "Police found John Doe of Springfield dead" is no verdict)
            r"\b(?:(?:sentenced|convicted|jailed|condemned)\s+(?:[a-z][\w-]*\s+){0,2}?|(?P<found>found)\s+)"
            rf"(?P<name>{_NAME}|{_NAME_WORD}(?=,\s+\d))(?:,\s+(?:now\s+)?\d{{1,2}},)?"
            r"(?(found)\s+guilty\b|(?:\s+(?:to|of|for)\b|,\s+who\b))"
        ),
        AGE_NAME_CHARS,
    ),
    (
        compile_scan(rf",\s+the\s+(?:suspected\s+|alleged\s+|lone\s+)?{_ROLE},"),
        compile_scan(
            rf"(?<![\w'’-])(?P<name>{_NAME}),\s+(?:\d{{1,2}},\s+)?the\s+(?:suspected\s+|alleged\s+|lone\s+)?{_ROLE},"
        ),
        AGE_NAME_CHARS,
    ),
    # "Police confirmed that X, the 22-year-old shot dead by officers on Monday, was the driver of the van": the
    # name, then the attacker's role it held.
    (
        compile_scan(r"\s(?:was|is)\s+the\s"),
        compile_scan(
            rf"(?<![\w'’-])(?P<name>{_NAME})(?:,\s+(?:the|an?)\s+(?P<desc>[^,;.()]{{1,100}}?),)?\s+(?:was|is)\s+the\s+"
            rf"(?:{_ROLE}|driver\s+of\s+the\s+(?:[\w-]+\s+)?(?:van|truck|lorry|car|vehicle))\b"
        ),
        AGE_NAME_CHARS,
    ),
    # "The attack was carried out by Ahmed Khan, a student", "perpetrated by a local man, Ali Reza": the passive's
    # agent named as a person (a group is the dictionary's or the claim patterns').
    (
        compile_scan(rf"{_PASSIVE_BY}\s"),
        _PASSIVE_AGENT,
        AGE_NAME_CHARS,
    ),
    # "were wounded on Friday at a school in Arras by a 20-year-old former pupil of Chechen origin, Mohammed
    # Mogouchkov": the agent of the harm, described by his age, then named
    (
        compile_scan(r"\bby\s+an?\s+\d{1,2}-year-old\s"),
        compile_scan(
            r"\b(?:killed|wounded|injured|stabbed|shot|attacked|hurt)\b[^.;]{0,120}?\bby\s+an?\s+\d{1,2}-year-old\s+"
            rf"(?:[\w-]+\s+){{0,6}}?[\w-]+,\s+(?P<name>{_NAME})"
        ),
        AGE_NAME_CHARS,
    ),
    # "Police later arrested a 26-year-old Syrian man, Issa al Hasan": the one arrested or charged is the suspect.
    (
        compile_scan(r"arrested|charged|detained|booked"),
        compile_scan(
            # ("Police detained a Syrian woman, Ahlam Albashir"; "Police booked Aaron Ybarra, 26, into the King County
            # Jail"; "said the arrested man, Zaniar Matapour, a 42-year-old")
            r"\b(?:(?:arrested|charged|detained|booked)\s+"
            r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:man|woman|suspect|teenager|youth|boy|girl|national|citizen|resident|"
            r"student|refugee|migrant|asylum\s+seeker),?\s+)?|the\s+(?:arrested|detained)\s+(?:man|woman|suspect),\s+)"
            rf"(?P<name>{_NAME})"
        ),
        AGE_NAME_CHARS,
    ),
]
# "Police are hunting a 24-year-old Tunisian, X", "Police are searching for X, 40, a firearms instructor": the
# suspect still at large, sought by the forces (not "rescuers searching for survivors").
_PERSON_PATTERNS.append(
    (
        compile_scan(r"hunting|searching\s+for|looking\s+for|hunt\s+for"),
        compile_scan(
            r"\b(?:(?:[Pp]olice|[Oo]fficers|[Aa]uthorities|[Dd]etectives|[Ii]nvestigators|FBI|[Aa]gents)\s+"
            r"(?:(?:are|were|is|was|have\s+been|had\s+been)\s+(?:still\s+|now\s+)?)?"
            # ("stepped up a hunt for Anis Amri, a 24-year-old Tunisian")
            r"(?:hunting(?:\s+for)?|searching\s+for|looking\s+for)|(?:[Mm]an)?hunt\s+for)\s+"
            rf"(?:an?\s+(?:\d{{1,2}}-year-old\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+,\s+)?(?P<name>{_NAME})"
        ),
        None,
    )
)
# "detained a 55-year-old man surnamed Cui over a knife attack", "The suspect, a man from Jiangxi province surnamed
# Lin, was subdued": China's and Korea's press name a suspect by the family name (a victim so named is told by
# what was done to him, which the victim test reads).
_PERSON_PATTERNS.append(
    (
        compile_scan(r"\ssurnamed\s"),
        compile_scan(
            r"\b(?<!victim\s)(?<!victim,\s)(?P<surname>surnamed)\s+"
            rf"(?P<name>{_NAME_WORD})(?![\w'’-])"
        ),
        None,
    )
)
# "A gunman killed 13 people ... Aaron Hale, a former Navy reservist, was shot dead by police", "X, the gunman, killed
# himself": how the attack ended names its author - but only where the report has already told of a gunman or an
# attacker, for a man police shot dead at a protest is its victim.
# "by police", "by security guards", "by an Allen police officer" (the force's town before it): the forces that
# stopped an attacker.
_BY_FORCES = (
    r"by\s+(?:the\s+|an?\s+)?(?:[A-Z][\w'’-]+\s+){0,2}(?:police|officers?|deputies|deputy|"
    r"security(?:\s+(?:guards?|forces))?|guards?|snipers?|soldiers|troops|SWAT)"
)
_ENDED = compile_scan(
    rf"(?<![\w'’-])(?P<name>{_NAME})(?:,\s+(?:an?|the)\s+(?P<desc>[^,.;()]{{1,60}}?),)?\s+(?:(?:was|were)\s+"
    rf"(?:later\s+|eventually\s+|fatally\s+)?(?:shot\s+dead|shot\s+and\s+killed|killed|shot)\s+{_BY_FORCES}|"
    r"(?:later\s+)?(?:killed|shot)\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|died\s+by\s+suicide|"
    r"committed\s+suicide)\b"
)
# "Police shot dead the driver, X, a 31-year-old Tunisian": the forces' act names the attacker as its object
_FORCES_ENDED_ROLE = compile_scan(
    r"\b(?:[Pp]olice|[Oo]fficers|[Tt]roopers|[Dd]eputies|[Ss]oldiers|[Gg]uards|[Ss]nipers)\s+(?:later\s+)?"
    rf"(?:shot\s+dead|shot\s+and\s+killed|killed|shot)\s+the\s+(?:suspected\s+)?(?:{_ROLE}|driver),\s+(?P<name>{_NAME})"
)
_ROLE_TOLD = compile_scan(rf"\b{_ROLE}s?\b", re.I)
# "The perpetrator was identified as", "the gunmen were later named as": the role, then the verb that names it.
_ROLE_WAS_BEFORE = compile_scan(rf"\b{_ROLE}s?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+)?$", re.I)
_PERSON_PATTERNS += [
    (
        compile_scan(rf"{_BY_FORCES}|himself|herself|own\s+life|suicide"),
        _ENDED,
        AGE_NAME_CHARS,
    ),
    (compile_scan(rf"(?:dead|killed|shot)\s+the\s+(?:suspected\s+)?(?:{_ROLE}|driver),"), _FORCES_ENDED_ROLE, None),
]
# A follow-up names its attacker by the charge or the sentence: "X, 39, of Milwaukee, made his first court
# appearance on five counts of homicide", "X was also charged with three counts of attempted murder", "The court
# sentenced X, 33, to life imprisonment for the murder of four people", "X has admitted the killings".
_CHARGED = compile_scan(
    # ("Darren Kerr, 34, of Langlands Road, Glasgow,": an address of two parts)
    # ("Patrick Wood Crusius, 21, of Allen, Texas, near Dallas,": a town, its state and what it is near)
    rf"(?<![\w'’-])(?P<name>{_NAME})(?:,\s+\d{{1,2}})?(?:,\s+(?:an?\s+|of\s+|near\s+)?[^,.;()]{{1,60}}?){{0,3}},?\s+"
    # ("Tavion Reed, 20, and Malik Sutton, 22, have each been charged", "Brandon Moffatt, 29, of Thunder Bay, is
    # charged")
    r"(?:(?:was|is|has\s+been|had\s+been|have\s+(?:each\s+|both\s+)?been)\s+(?:also\s+|formally\s+|later\s+)?"
    # ("was charged on Sunday with five counts of murder", "was arraigned on Saturday night before Buffalo City Court
    # on one count of Murder in the First Degree": the day and the court between)
    r"(?:charged|arraigned|convicted|indicted)\s+(?:on\s+[A-Z][a-z]+day(?:\s+[a-z]+)?\s+)?(?:before\s+[^.;,]{1,40}?\s+)?"
    r"(?:with|on|of)\s+(?:[\w-]+\s+){0,4}?(?:[Mm]urders?|homicide|killings?|manslaughter|terrorism)|"
    # the courts of Britain, Ireland and Australasia: "appeared in the District Court yesterday charged with two
    # counts of murder", "is accused of murdering", "made no plea" (a charge read in a Scottish court)
    r"appeared\s+(?:in|before|at)\s+[^.;]{0,60}?\bcharged\s+with\s+(?:[\w-]+\s+){0,5}?(?:murders?|manslaughter|"
    r"wounding|assault|causing\s+grievous)|"
    r"(?:is|was|has\s+been|stands)\s+accused\s+of\s+(?:murdering|killing|stabbing|shooting|attacking|assaulting)|"
    r"made\s+no\s+plea|"
    # "X, 20, of Maumee, Ohio, was being held without bail Sunday on a charge of second-degree murder"
    r"(?:was|is)\s+(?:being\s+)?held\s+(?:without\s+bail\s+)?[^.;]{0,30}?\bon\s+(?:a\s+)?charges?\s+of\s+"
    r"(?:[\w-]+\s+){0,3}?(?:murder|homicide|manslaughter)|"
    # "A 34-year-old man has been charged with three counts of murder ... X, of Gwersyllt, will appear before
    # Wrexham Magistrates' Court": the one charged, named by his day in court
    r"(?:will|is\s+due\s+to|is\s+expected\s+to|is\s+set\s+to)\s+appear\s+(?:in|before|at)\s+[^.;]{0,60}?"
    r"\b(?:[Cc]ourt|[Mm]agistrates)|"
    # "X appeared briefly in a Toronto courtroom": the accused, named by his first day in court
    # ("X, 27, of Quebec City, appeared at the Quebec City courthouse this afternoon")
    r"appeared\s+(?:briefly\s+)?(?:in|before|at)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:[Cc]ourt(?:room|house)?|"
    r"[Mm]agistrates)\b|"
    r"made\s+(?:his|her)\s+first\s+court\s+appearance\s+(?:[\w-]+\s+){0,3}?on\s+[^.;]{0,40}?(?:murder|homicide)|"
    # ("X, 32, has admitted carrying out both": the attacks he owns to)
    r"(?:has\s+)?admitted\s+(?:the\s+)?(?:killings?|murders?|attack|shooting|stabbing|(?:to\s+)?carrying\s+out|"
    r"responsibility\s+for)|"
    # "X is wanted on a charge of murder", "X, 20, and Y, 17, are being held without bond": the suspect sought or held
    r"(?:is|are|was|were)\s+(?:still\s+)?wanted\s+(?:on|for)\s+(?:an?\s+)?(?:charges?\s+of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:murders?|homicide|manslaughter|killings?|shooting|attack)|"
    r"(?:is|are|was|were)\s+(?:being\s+)?held\s+without\s+(?:bond|bail))\b"
)
_CHARGES_AGAINST = compile_scan(
    r"\b(?:counts?|charges?)\s+of\s+(?:[\w-]+\s+){0,3}?(?:[Mm]urders?|homicide|manslaughter|terrorism)\s+against\s+"
    rf"(?P<name>{_NAME})"
)
# "WA Police allege Jayden Wells approached the men and attacked them": the force's own account of who did it.
_ALLEGED = compile_scan(
    # ("Multnomah County prosecutors say Brent Kowalski followed a Honda ... and fired five shots into the car": the
    # act may come a clause on; not "police say John Smith was shot", the one it was done to)
    rf"\b(?:[Pp]olice|[Pp]rosecutors|[Oo]fficers|[Dd]etectives|[Ii]t\s+is)\s+(?:allege|alleged|say|said)\s+(?:that\s+)?"
    # ("prosecutors say Issa al H., acting out of radical Islamist convictions, attacked people": a clause between)
    rf"(?P<name>{_NAME})(?:,\s+\d{{1,2}},)?(?:,\s+[a-z]+ing\s[^.;]{{0,120}}?,)?(?!\s+(?:was|were|had\s+been|is)\b)\s+(?:had\s+)?(?:[^.;]{{0,160}}?\s)?"
    r"(?:approached|attacked|stabbed|shot|assaulted|drove|set|threw|fired|struck|punched|killed|murdered)\b"
)
_SENTENCED = compile_scan(
    rf"\b(?:sentenced|convicted)\s+(?P<name>{_NAME})(?:,\s+\d{{1,2}},)?\s+(?:to|of)\s+[^.;]{{0,60}}?\b"
    r"(?:for|of)\s+(?:the\s+)?(?:murders?|killings?|attack|massacre)\b"
)
# A police release or a shooting database names its suspect by the arrest: "Officers arrested Tavarius J. Coleman,
# 19, of Shreveport", "Harold Dean McAbee, 67, was taken into custody at the scene", "19-year-old Keon T. Lassiter,
# of Southeast, DC, was arrested and charged", "Suspect arrested: Tyler James Kroeber, 31", "Suspect: Derrick Lyle
# Fenton, 49 (deceased)", "Police identified the gunman as Wade Allen Tibbs".
_ARRESTED_FIRST = compile_scan(
    # "arrested the driver, Ricky Alvarez, 24", "The shooter was identified as her husband, Marcus Grant, 36"
    # ("The Investigative Committee named the suspected gunman as Timur Bekmansurov, an 18-year-old student")
    rf"(?:\b(?:arrested(?:\s+the\s+(?:driver|suspect|gunman|shooter|man|woman),)?|(?:identified|named)\s+the\s+"
    r"(?:suspected\s+|alleged\s+)?(?:gunman|shooter|suspect|attacker|assailant|bomber)\s+as|(?:gunman|shooter|suspect|attacker|assailant|killer)\s+(?:was|has\s+"
    r"been)\s+identified\s+as(?:\s+(?:his|her|their)\s+[a-z-]+(?:\s+[a-z-]+)?,)?)|"
    r"\bSuspects?(?:\s+arrested)?:)\s+(?:(?:a\s+)?\d{1,2}-year-old\s+)?"
    rf"(?P<name>{_NAME})(?=,\s+\d{{1,2}}\b|\s+(?:on|at|in|after|without|Saturday|Sunday|Monday|Tuesday|Wednesday|"
    # ("Police arrested Wayne Desrosiers, a former tenant of the home")
    r"Thursday|Friday)\b|,\s+(?:a|an|who)\s|[.;]|\s*$)"
)
_ARRESTED_AFTER = compile_scan(
    # ("X, from the Columbia, South Carolina, area, was taken into custody": a home town and its state)
    rf"(?:(?<=\s)\d{{1,2}}-year-old\s+|(?<![\w'’-]))(?P<name>{_NAME})(?:,\s+\d{{1,2}})?"
    r"(?:,\s+(?:of|from)\s+[^,.;()]{1,40}?(?:,\s+[^,.;()]{1,30}?){0,2})?,?\s+"
    r"(?:(?:was|has\s+been)\s+(?:later\s+|also\s+)?(?:arrested|taken\s+into\s+custody|booked)"
    # a log row's "X, 24, arrested later that night": no verb "to be" right after the age
    r"|(?<=\d,\s)(?:later\s+)?arrested)\b"
)
# "were shot dead in their condominium by a neighbour, Craig Stephen Hicks, 46": the passive's agent, named
_BY_AGENT_NAMED = compile_scan(
    r"\b(?:shot|killed|stabbed|murdered|gunned\s+down|attacked)\b(?:\s+(?:dead|to\s+death))?[^.;]{0,60}?\bby\s+"
    rf"(?:an?|the|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?[a-z]+,\s+(?P<name>{_NAME}),\s+\d{{1,2}},"
)
# "The gunman who killed 49 people", "A husband and wife who stormed a holiday party ..., killing 14", "The Iraq war
# veteran accused of killing five people": the lede's subject is the attacker, not yet named.
_UNNAMED_ATTACKER_LEDE = compile_scan(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]wo)\s+(?:[\w.-]+\s+){0,4}?(?:gunm[ae]n|shooters?|attackers?|man|woman|teen(?:ager)?|"
    r"student|soldier|veteran|couple|wife|driver|bombers?|assailants?)\s+(?:who|accused\s+of|suspected\s+of)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:killed|killing|shot|shooting|opened\s+fire|stormed|attacked|stabbed|drove|murdered|murdering)\b"
)
# The name that opens the paragraph after such a lede, with an age, a hometown or a verb after it.
_NAMED_NEXT_PARAGRAPH = compile_scan(
    rf"\n[ \t]*\n[ \t]*(?P<name>{_NAME})(?:,\s+(?:\d{{1,2}}|(?:of|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),|\s+"
    r"(?:had|was|fired|died|shot|flew|walked|drove|opened|began|entered|arrived|bought|posted|left|used)\b)"
)
# "Jane Porter, 34, was among the dead": what a victim the paragraph names underwent (not "died of a self-inflicted
# gunshot wound", the attacker's own end)
_FATE_OF_VICTIM = compile_scan(
    r"\b(?:was|were|had\s+been)\s+(?:among|one\s+of|killed|shot|wounded|injured|hurt|stabbed|hit|taken\s+to|"
    r"pronounced|rushed|treated)\b|\bdied\b(?!\s+of\s+a\s+self)|\bsurvived\b"
)
_BY_POLICE_AFTER = compile_scan(r"[^.;]{0,40}?\b(?:police|officers|troopers|deputies|agents)\b")


def _victims_fate(text: str, end: int) -> bool:
    """Whether the sentence after a name tells a victim's fate first ("Jane Porter, 34, was among the dead"), not the
    attacker's end at the forces' hands ("were killed in a gunfight with police", "was hit by police fire")."""
    fm = _FATE_OF_VICTIM.search(text, end, sentence_at(text, end)[1])
    return fm is not None and _BY_POLICE_AFTER.match(text, fm.end()) is None


_PERSON_PATTERNS += [
    (
        compile_scan(
            r"charged|arraigned|convicted|indicted|court\s+appearance|admitted|accused|no\s+plea|charges?\s+of|"
            r"appeared\s+(?:briefly\s+)?(?:in|before)|wanted|held\s+without"
        ),
        _CHARGED,
        None,
    ),
    # (the speaker and the verb together: "said" alone is in nearly every text)
    (compile_scan(r"(?:[Pp]olice|[Pp]rosecutors|[Oo]fficers|[Dd]etectives|[Ii]t\s+is)\s+(?:allege|say|said)"),
     _ALLEGED, None),
    (compile_scan(r"sentenced|convicted"), _SENTENCED, None),
    # "announced seven counts of first-degree murder against Robert E. Crimo III, 21": a prosecutor's charges
    (compile_scan(r"\bagainst\s+[A-Z]"), _CHARGES_AGAINST, None),
    (compile_scan(r"arrested|identified|named\s+the\s|Suspect"), _ARRESTED_FIRST, None),
    (compile_scan(r"arrested|custody|booked"), _ARRESTED_AFTER, None),
    # "The accused, Alek Minassian, appeared briefly in court"
    (
        compile_scan(r"[Tt]he\s+accused,"),
        compile_scan(rf"\b[Tt]he\s+accused,\s+(?:an?\s+\d{{1,2}}-year-old\s+[\w-]+,\s+)?(?P<name>{_NAME}),"),
        None,
    ),
    (compile_scan(r"\bby\s+(?:an?|the|their|his|her)\s"), _BY_AGENT_NAMED, None),
    # "the body of the attacker, fourth-year student Vladislav Roslyakov, had been found": the role, then who he
    # was in lower case, then the name
    (
        compile_scan(rf"{_ROLE},\s+[a-z]"),
        compile_scan(
            rf"\b[Tt]he\s+(?:(?:suspected|alleged)\s+)?{_ROLE},\s+(?:[a-z][\w-]*\s+){{1,4}}?(?P<name>{_NAME}),"
        ),
        None,
    ),
    # "Perpetrator, local milk-truck driver Charles Carl Roberts IV, shot himself"; "gunman with white-supremacist
    # ties (Wade Michael Page) opened fire": a row's attacker, described, then named
    (
        compile_scan(r"Perpetrator,"),
        compile_scan(rf"\bPerpetrator,\s+(?:[a-z][\w-]*\s+){{0,4}}?(?P<name>{_NAME})(?=,)"),
        None,
    ),
    (
        compile_scan(rf"{_ROLE}[^.;()]{{0,60}}\([A-Z]"),
        compile_scan(rf"\b{_ROLE}\b[^.;()]{{0,60}}?\((?P<name>{_NAME})\)"),
        None,
    ),
    # "was stabbed to death in Keratsini by Giorgos Roupakias, a supporter of the Golden Dawn party": the passive's
    # agent named first, then who he was
    (
        compile_scan(r"\bby\s+[A-Z]"),
        compile_scan(
            r"\b(?:shot(?:\s+dead)?|stabbed(?:\s+to\s+death)?|killed|murdered|beaten\s+to\s+death|gunned\s+down|"
            rf"attacked)\b[^.;]{{0,80}}?\bby\s+(?P<name>{_NAME}),\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?"
            r"(?:supporter|member|follower|militant|neighbou?r|gunman|man|youth|student|sympathi[sz]er)\b"
        ),
        None,
    ),
    # "Police have named X, the mayor of a nearby town, as the main suspect"
    (
        compile_scan(rf"as\s+(?:the\s+|a\s+)?(?:(?:main|prime|chief|key|principal)\s+)?(?:suspect|{_ROLE})\b"),
        compile_scan(
            rf"\bnamed\s+(?P<name>{_NAME})(?:,\s+[^.;()]{{1,100}}?,)?\s+as\s+(?:the\s+|a\s+)?"
            rf"(?:(?:main|prime|chief|key|principal)\s+)?(?:suspect|{_ROLE})\b"
        ),
        None,
    ),
    # "a manhunt for X, the 40-year-old reservist accused of killing 18 people", "X, whom the survivors accuse of
    # leading the attack": the accusation told beside the name
    (
        compile_scan(r"accused\s+of|accuse\s+of|suspected\s+of|charged\s+(?:in|with|over)\s"),
        compile_scan(
            rf"(?<![\w'’-])(?P<name>{_NAME}),\s+(?:\d{{1,2}},\s+)?"
            rf"(?:(?:the|an?)\s+(?P<desc>[^,.;()]{{1,80}}?)\s+|whom\s+[^,.;()]{{1,40}}?\s+)"
            r"(?:(?:accused|accuse|suspected)\s+of\s+(?:killing|shooting|murdering|stabbing|leading|carrying\s+out|"
            # ("X, the Uzbek man suspected of driving a stolen beer truck into shoppers")
            r"opening\s+fire|attacking|setting\s+off|planting|bombing|masterminding|ordering|driving|ramming|detonating)|"
            # ("X, 27, the former Army soldier charged in the bombing")
            r"charged\s+(?:in|with|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:bombing|attack|shooting|stabbing|killings?|"
            r"murders?|massacre))\b"
        ),
        None,
    ),
    # "The prosecutor charged X with three counts of murder": the one a charge names, wherever the story tells it
    (
        compile_scan(r"charged\s+[A-Z]"),
        compile_scan(
            rf"\bcharged\s+(?P<name>{_NAME})(?:,\s+\d{{1,2}},)?\s+with\s+(?:[\w-]+\s+){{0,6}}?"
            r"(?:murders?|terrorism|homicide|manslaughter)\b"
        ),
        None,
    ),
    # "announced the charges against X four days after the shooting"
    (compile_scan(r"charges?\s+against\s+[A-Z]"), compile_scan(rf"\bcharges?\s+against\s+(?P<name>{_NAME})"), None),
    # "The United States later sanctioned former police officer X for his role in the massacre", "convicted X, a
    # member of Hezbollah, in absentia for his role in the attack"
    (
        compile_scan(r"for\s+(?:his|her)\s+(?:role|part)\s+in\b"),
        compile_scan(
            rf"(?<![\w'’-])(?P<name>{_NAME})(?:,\s+(?:the|an?)\s+(?P<desc>[^,.;()]{{1,80}}?),)?\s+(?:in\s+absentia\s+)?"
            r"for\s+(?:his|her)\s+(?:role|part)\s+in\s+the\s+(?:[\w-]+\s+)?(?:massacre|attack|bombing|killings?|shooting|"
            r"murders?|assassination|ambush)\b"
        ),
        None,
    ),
    # "The gunman who killed 49 people ... called emergency services during the attack. // Omar Mateen, 29, a U.S.
    # citizen, ...": a lede on the attacker unnamed, then the next paragraph opens on the name, as American wires
    # tell a story's second day
    (_UNNAMED_ATTACKER_LEDE, _NAMED_NEXT_PARAGRAPH, 900),
    # "A judge ruled that Nathaniel Veltman's attack on a Muslim family was an act of terrorism": the attack as his
    (
        compile_scan(r"['’]s\s+(?:[\w-]+\s+)?(?:attack|rampage|spree|massacre|bombing)\b"),
        compile_scan(
            # (the name's own pattern ends on a word that no apostrophe follows)
            rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}}?)['’]s\s+(?:[\w-]+\s+)?"
            r"(?:attack|rampage|(?:shooting|killing)\s+spree|"
            r"massacre|bombing)\b"
        ),
        None,
    ),
    # "The Supreme Court restored the death sentence of Dzhokhar Tsarnaev": the one the sentence is passed on
    (
        compile_scan(r"sentences?\s+(?:of|for|on|against)\s+[A-Z]"),
        compile_scan(rf"\b(?:death|life)\s+sentences?\s+(?:of|for|on|against)\s+(?P<name>{_NAME})"),
        None,
    ),
    # "HOBART: Martin Bryant will never be freed ... On April 28, Bryant shot dead 20 people": a court story or a
    # retrospective names the man in full, then tells his act by his family name alone, often far into the text
    # (`_named_before` finds the full name; a family name the text never gave in full names no one)
    (
        _BARE_ACTS_HINT,
        compile_scan(
            rf"(?<![\w'’-])(?!{_SENTENCE_OPENERS}\b)(?P<name>{_NAME_WORD})(?![\w'’-])"
            rf"(?:,\s+(?:now\s+|then\s+)?\d{{1,2}},)?\s+{_BARE_ACTS}"
        ),
        None,
    ),
]


# A second attacker named beside the first: "identified as Aziz Rahimi and Farid Nazari", "John Smith, 34, and".
_AND_NAME = compile_scan(rf"(?:,\s+\d{{1,2}},?)?\s+and\s+(?P<name>{_NAME})")
# People a report quotes or describes, never the attacker.
_WITNESS = (
    r"(?:resident|witness|neighbou?r|survivor|relative|shopkeeper|vendor|mother|father|wife|husband|son|daughter|"
    r"brother|sister|friend|colleague|victim)"
)
# "…," said Umm Khaled, 41, who was wounded": a quoted witness or a victim, not the one who attacked.
# "said Kyiv resident Svitlana O., 55": the speech verb may stand a few descriptive words before the name.
_SPEAKER_BEFORE = compile_scan(
    # "said the attacker was X" names the attacker, not a speaker
    r"\b(?:said|says|told|added|according\s+to|recalled|explained)(?:\s+(?!(?:was|is|as)\b)[\w'’-]+){0,4}?\s*$"
    rf"|\b(?:{_WITNESS}|spokes(?:man|woman|person))\s*,?\s*$",
    re.I,
)
# "shot dead in their condominium by a neighbour, X, 46": the passive's agent, described as a witness would be.
_AGENT_DESCRIBED_BEFORE = compile_scan(r"\bby\s+(?:an?|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s*,\s*$")
_VICTIM_AFTER = compile_scan(
    r"^[^.;]{0,25}?\bwho\s+(?:(?:was|were|had\s+been)\s+(?:wounded|injured|hurt|killed|shot)|survived|escaped|"
    r"witnessed|saw)"
    # "Father Isaac Achi, 50, was burned to death": the subject of the passive act is its victim
    # "Constables Rachel McCrow, 29, and Matthew Arnold, 26, were killed": a pair, each with an age
    r"|^(?:,\s+(?:a\s+)?\d{1,2},)?(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+\d{1,2},)?\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:(?:shot|stabbed|burned|burnt|beaten|hacked)\s+(?:dead|to\s+death)|killed|murdered|wounded|injured|kidnapped|"
    # "Constables X, 29, and Y, 26, were shot as they approached the property": hit, by the passive
    # (not "X, 26, was shot in the arm by police and arrested": the attacker stopped)
    r"(?:shot|stabbed)(?=\s+(?:as|while|when|in|at|several|multiple|twice|once|repeatedly)\b)"
    rf"(?![^.;]{{0,60}}?\b(?:{_BY_FORCES}|arrested)\b)|"
    # "Lieutenant Colonel Arnaud Beltrame, 44, was shot and stabbed after volunteering to take a hostage's place"
    r"abducted|beheaded|found\s+dead|shot\s+and\s+(?:killed|stabbed|wounded)|stabbed\s+and\s+shot|taken\s+hostage)"
    # (not "X was shot and killed by an Allen police officer": the attacker's end, after the role was told)
    rf"(?!\s+{_BY_FORCES}\b)"
    rf"|^(?:,\s+\d{{1,2}})?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_WITNESS}\b",
    re.I,
)


# "Gunmen killed Abdullahi Musa, 45,", "shot dead journalist Maria Lopez, 39,", "killed the mayor of Iguala, Jose
# Luis Sandoval, 47,", "killed Fr. John Bosco": the object of the act is its victim ("killed by X" is no object).
_VICTIM_BEFORE = compile_scan(
    r"\b(?:killed|killing|shot|shooting|stabbed|stabbing|murdered|murdering|wounded|wounding|injured|injuring|"
    r"kidnapped|kidnapping|abducted|abducting|beheaded|assassinated|assassinating|targeted|targeting)"
    # "killing three Black people, as Ryan Palmeter": the name after "as" is the one identified, not the object
    # ("killed on Utoya, where X": a clause on the place opens after it)
    r"(?:\s+(?:dead|to\s+death))?\s+(?:(?!by\b|with\b|as\b|when\b|after\b|before\b|while\b|where\b)[\w-]+,?\s+){0,4}"
    r"(?:(?:Fr|Rev|Dr|Mr|Mrs|Ms|Col|Gen|Capt|Lt|Sgt|Maj|Sen|Rep|Gov)\.\s+)?$"
)
# "Officers shot and killed Darius Pell, 30, minutes after he opened fire": the one killed is the attacker when the
# sentence goes on to his own attack.
_OWN_ATTACK_AFTER = compile_scan(
    r"[^.;]{0,40}?\b(?:after|when|as)\s+(?:he|she)\s+(?:had\s+)?(?:opened\s+fire|shot|stabbed|attacked|killed|fired|"
    r"began\s+(?:shooting|firing))\b"
    # ("Catalan police shot dead X, the 22-year-old Moroccan who drove a van down Las Ramblas")
    rf"|{ATTACKER_DESCRIBED}"
)
# "A police officer, John Smith, shot the attacker", "Deputy sheriff Ann Cole, 41, shot him": the one who stopped
# the attack - unless a former one ("Former police officer X, 33, killed four").
_RESPONDER = compile_scan(
    r"\b(?P<former>(?:former|retired|ex|fired|off-duty|disgruntled)[\s-]+)?(?:[\w'’-]+\s+){0,2}?"
    # not a sailor's or a soldier's rank: "Navy Petty Officer Third Class X", "Warrant Officer X"
    r"(?:policeman|(?<!petty\s)(?<!warrant\s)officer|deputy|sheriff|guard|trooper|agent|constable|bystander)\s*,?\s*$",
    re.I,
)


def _responder(words: str) -> bool:
    m = _RESPONDER.search(words)
    return m is not None and m.group("former") is None


# "The victims were identified as Maria Lopez, 39, Kevin Hart, 22, and ...": the named are the dead, however
# many names the list has given before this one.
_IDENTIFIED_AS_KIN = compile_scan(r"\bidentified\s+as\s+(?:his|her|their)\s+[a-z-]+(?:\s+[a-z-]+)?,\s*$")
_VICTIMS_NAMED_BEFORE = compile_scan(
    # ("One of the dead, named by Dutch media as X")
    # ("Two people were killed. They have been identified as X, 48, a security guard, and Y": the dead told just
    # before, named by their pronoun)
    r"(?:\b(?:victims?|dead|deceased|bod(?:y|ies)|slain|casualties)|\b(?:killed|died|dead)\.\s+(?:They|Both))"
    r"(?:,|\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?)"
    r"\s*(?:identified|named)(?:\s+(?:by\s+(?:the\s+)?)?(?:[A-Z]\w+\s+)?\w+)?\s+as\s+"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}?,?\s+(?:\(?\d{1,3}\)?,?\s+)?(?:and\s+)?)*$"
)
# "A 14-year-old boy who was killed in a sword attack ... has been named as X": the dead, named as the sentence's
# subject
_DEAD_SUBJECT_NAMED_BEFORE = compile_scan(
    r"\b(?:who\s+(?:was|were|had\s+been)\s+(?:killed|shot\s+dead|stabbed\s+to\s+death|murdered|fatally\s+\w+)|"
    r"(?:boy|girl|man|woman|teenager|person|child)\s+(?:killed|shot\s+dead|stabbed\s+to\s+death|murdered|who\s+died))"
    # ("The man who was killed was named as X")
    r"\b[^.;]{0,120}?\b(?:(?:has|have|had)\s+been|was|were)\s+(?:named|identified)(?:\s+(?:by\s+(?:the\s+)?)?\w+)?\s+as\s+$"
)
# "The five other people killed were X, 79, Y, 71, and Z, 52", "The dead are X, 75, of Oakland; Y, 65, ...": the
# sentence lists the dead, however long the list before the name
# "Salman Afzaal, 46, his wife, Madiha Salman, 44, and their daughter, Yumna, 15, died.": the list's verb, at the
# sentence's end, is their death
# (not "then shot four workers, three of whom died.": some of those he shot)
_DIED_CLOSES = compile_scan(
    r"(?<!\bwhom\s)(?<!\bthem\s)\b(?:died|were\s+killed|perished|were\s+among\s+the\s+dead)\s*\."
)
_DEAD_LISTED_BEFORE = compile_scan(
    # ("Among the dead are the editor Stéphane Charbonnier, 47"): a role may come before each name
    r"\b(?:victims|dead|(?:people|others|persons)\s+(?:killed|slain))\s+(?:are|were|include|included)\s+"
    r"(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,3})?[A-Z]"
)
# "John Smith, 45, said": one who speaks to the reporter.
# "Imam Ibrahim Sani, 60, who survived, said": a clause about the speaker may stand before the verb.
_OFFICE_IN_NAME = compile_scan(
    r"\b(?:Minister|Governor|Mayor|Spokesman|Spokeswoman|Spokesperson|Commissioner|Secretary|President|Prosecutor|"
    r"Ambassador|Director)\b"
)
_SPEAKER_AFTER = compile_scan(
    r"(?:,\s+(?:a\s+)?\d{1,2},)?(?:\s+who\s+[^,.;]{1,60}?,)?\s+(?:said|says|told|added|recalled)\b"
)


# "Police said 32-year-old Nathan Ray of Dallas carried out the shooting": a name the speech verb reports doing
# the act is its subject, not the one speaking.
_ACT_AFTER = compile_scan(
    rf"{_OF_TOWN}(?:,\s+\d{{1,2}},|,\s+an?\s+[^,.;()]{{1,60}}?,)?\s+(?:{_PERSON_ACTS}|{_BARE_ACTS})"
)


# "after opposition leader X was arrested", "politician X was sentenced": one named by an office or a calling that
# no attacker is described by in a report of his attack.
_OFFICE_BEFORE = compile_scan(
    # not a workplace's "team leader" or "shift leader", who may be the attacker
    r"\b(?:(?<!team\s)(?<!shift\s)(?<!crew\s)(?<!squad\s)(?<!group\s)leader|politician|activist|journalist|reporter|"
    r"candidate|lawmaker|legislator|senator|opposition|critic|"
    r"dissident|blogger|rapper|singer|musician|president|minister|governor|mayor|official|spokes(?:man|woman|person)|"
    r"commissioner|chief|superintendent|inspector|lawyer|judge|prosecutor)\s*,?\s*$",
    re.I,
)


_PRONOUN_NAMED = compile_scan(r"\b(?:identified|named)\s+(?:him|her)\s+as\b")
_PRONOUN_SUBJECT_BEFORE = compile_scan(
    r"\b(?:he|she)\s+(?:has\s+|had\s+|was\s+)?(?:since\s+|later\s+|now\s+)?(?:been\s+)?$", re.I
)
_SUSPECT_TOLD = compile_scan(
    rf"\b(?:{_ROLE}|arrested|detained|charged|driver\s+was\s+(?:held|detained|restrained))\b", re.I
)


_WAS_THE_ROLE = compile_scan(rf"\s(?:was|is)\s+the\s+(?:{_ROLE}|driver)\b")
# "Two friends of the killer, X and Y, were found guilty of complicity": those close to the attacker, named after him
_KIN_OF_ROLE_BEFORE = compile_scan(
    r"\b(?:friends?|brothers?|sisters?|wife|husband|father|mother|parents|partner|girlfriend|boyfriend|accomplices?|"
    r"associates?|relatives?|lawyers?|family|victims?)\s+of\s+$",
    re.I,
)


def _speaker_or_victim(text: str, m: re.Match[str]) -> bool:
    # "Said Kouachi and Cherif Kouachi opened fire": the names start where the first one does
    lead = m.start("first") if "first" in m.re.groupindex and m.group("first") else m.start("name")
    before = text[max(0, lead - 60):lead]
    # "The shooter, X, 29, was killed in a shootout": the role the match gives makes the name the attacker's
    role_given = _ROLE_TOLD.search(m.group(0), 0, m.start("name") - m.start()) is not None
    # "The perpetrator was identified as X, a Tunisian resident": the role stands just before the match
    role_given = role_given or _ROLE_WAS_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
    # "Police arrested X, 41, an unemployed resident of Nara, at the scene": the one arrested is no resident who
    # witnessed it
    role_given = role_given or m.re is _ARRESTED_FIRST
    # "The man was arrested ... Media named him as X, a father of four": the pronoun is the suspect told before
    # "The 47-year-old driver was held ... He has since been named in media reports as X": the same, as subject
    role_given = role_given or (
        (
            _PRONOUN_NAMED.search(m.group(0)) is not None
            or _PRONOUN_SUBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        )
        and _SUSPECT_TOLD.search(text, max(0, m.start() - 250), m.start()) is not None
    )
    # "Police said X was the driver of the van": the name after the speech verb is the one the speech names
    role_after = _WAS_THE_ROLE.search(m.group(0), m.end("name") - m.start()) is not None
    return bool(
        # ("The shooter was identified as her husband, X": the role the match gives outweighs the kin word)
        # ("Police said a man surnamed Zhong had been detained": the one the speech is about)
        (_SPEAKER_BEFORE.search(before) and not _ACT_AFTER.match(text, m.end("name")) and not role_after
         and "surname" not in m.re.groupindex
         and not _AGENT_DESCRIBED_BEFORE.search(before)
         and not (role_given and _IDENTIFIED_AS_KIN.search(before)))
        or (_VICTIM_BEFORE.search(before) and not _OWN_ATTACK_AFTER.match(text, m.end("name"))
            and m.re is not _FORCES_ENDED_ROLE)
        or (not role_given and _VICTIM_AFTER.match(text[m.end("name"):m.end("name") + 60]))
        # "The gunman, X, 23, said he belonged to al-Qaeda": the attacker's own word, once the role names him
        or (not role_given and _SPEAKER_AFTER.match(text, m.end("name")))
        or not role_given and _VICTIMS_NAMED_BEFORE.search(text, max(0, m.start("name") - 150), m.start("name"))
        or not role_given and _DEAD_SUBJECT_NAMED_BEFORE.search(text, max(0, m.start("name") - 200), m.start("name"))
        or _DEAD_LISTED_BEFORE.search(text, sentence_at(text, m.start("name"))[0], m.start("name") + 1)
        or (not role_given and _DIED_CLOSES.search(text, m.end("name"), sentence_at(text, m.end("name"))[1] + 1))
        or _responder((m.group("desc") if "desc" in m.re.groupindex else None) or before[-30:])
        or _OFFICE_BEFORE.search(before[-30:]) is not None
        or _KIN_OF_ROLE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        # "including the suspected bomber, Russian Health Minister Veronika Skvortsova told reporters": an official
        # who speaks after the toll, not the bomber's name
        or (_OFFICE_IN_NAME.search(m.group("name")) is not None and _SPEAKER_AFTER.match(text, m.end("name")))
    )


_NOT_NAME_WORDS = {
    "the",
    "a",
    "an",
    "police",
    "army",
    "state",
    "islamic",
    "president",
    "prime",
    "minister",
    "university",
    "college",
    "school",
    "school's",
    "hospital",
    "he",
    "she",
    "they",
    "in",
    "on",
    "at",
}
_TITLES = {
    "army",
    "navy",
    "air",
    "force",
    "marine",
    "specialist",
    "sgt",
    "sergeant",
    "cpl",
    "corporal",
    "pvt",
    "private",
    # "Navy Petty Officer Third Class Jordan Ames", "Staff Sgt. ...", "Lance Cpl. ...": the rank's other words
    "petty",
    "first",
    "second",
    "third",
    "class",
    "staff",
    "lance",
    "seaman",
    "lt",
    "lieutenant",
    "capt",
    "captain",
    "maj",
    "major",
    "col",
    "colonel",
    "gen",
    "general",
    "former",
    "fired",
    "disgruntled",
    "dr",
    "mr",
    "mrs",
    "ms",
    "officer",
    "deputy",
    "sheriff",
    "police",
    "postal",
    "hotel",
    "airman",
    "mp",
    "senator",
    "rep",
    "gunman",
    "suspect",
    "attacker",
    "shooter",
    "father",
    "fr",
    "rev",
    "reverend",
    "pastor",
    "imam",
    "sheikh",
    "bishop",
}
# Words that open a name as a title the attacker never has: who speaks, saw, stopped the attack or holds an office.
_NOT_ATTACKER_TITLES = frozenset(
    "witness resident neighbour neighbor survivor relative victim spokesman spokeswoman spokesperson commissioner "
    "chief governor mayor minister president senator lawmaker official superintendent inspector commander reporter "
    "journalist correspondent".split()
)
# Capitalised words of a headline or a sentence's opening that are no one's name ("Security Forces opened fire",
# "Then Robert Smith opened fire" keeps "Robert Smith").
_OPENERS = frozenset(
    "then later when after before meanwhile yesterday today also and but brothers sisters cousins".split()
)
_GROUP_WORDS = frozenset(
    "forces force troops soldiers militants gunmen gunman men group unit brigade battalion regiment command guards "
    "rebels fighters attackers assailants government security military ministry department agency service unknown "
    "unidentified suspected armed two three several league party front movement council union wing cell "
    "cartel militia army war".split()
)


def _person(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The name written at text[start:end] without its titles ("Army Specialist Ivan Lopez", "Kuwaiti-born ..."),
    with where it starts; None when a title makes it no attacker's or a word makes it no one's name."""
    written = text[start:end]
    words = written.split()
    titles: list[str] = []
    while words and (
        (w := words[0].lower().rstrip(".")) in _TITLES or w in _NOT_ATTACKER_TITLES or w in _OPENERS or "-born" in w
    ):
        titles.append(w)
        words = words[1:]
    if not words or words[0].lower() in _NOT_NAME_WORDS or _NOT_ATTACKER_TITLES.intersection(titles):
        return None
    if len(words) > 2 and words[0].lower() in load_demonyms():
        words = words[1:]  # "Australian Brenton Tarrant was arrested": the nationality is no part of the name
    if _responder(" ".join(titles)):
        return None  # "Police Officer John Smith shot the gunman", not "Former officer X"
    if any(w.lower() in _GROUP_WORDS for w in words):
        return None
    return " ".join(words), start + _offset_of_word(written, len(written.split()) - len(words))


def _named_before(text: str, person: tuple[str, int]) -> tuple[str, int] | None:
    """A family name alone ("Balliet, now 28, tried to shoot his way in") as the full name the text gave it before
    ("the court found that Stephan Balliet's guilt was particularly severe"): a report names a man in full once. The
    evidence stays where the family name is told with the act."""
    surname, at = person
    # the capitalised words before the family name, possessive or not ("Stephan Balliet's guilt"), the last time
    # the text gives them (`re` caches the few patterns a text asks for)
    written = re.compile(
        rf"(?<![\w'’-])(?:{_NAME_WORD}\s+(?:{_PARTICLE}\s+)?){{1,3}}?{re.escape(surname)}(?=['’]s\b|(?![\w'’-]))"
    )
    full = None
    for fm in written.finditer(text, 0, at):
        full = fm
    if full is None:
        return None
    before = text[max(0, full.start() - 30) : full.start()]
    if _responder(before) or _OFFICE_BEFORE.search(before):
        return None  # ("gendarmerie officer Arnaud Beltrame ... Beltrame, 44, offered himself")
    named = _person(text, full.start(), full.end())
    return None if named is None or len(named[0].split()) < 2 else (named[0], at)


def _attackers_named(text: str, m: re.Match[str]) -> list[tuple[str, int, int]]:
    """The attackers a person pattern's match names: its name, one named before it ("Syed Rizwan Farook and
    Tashfeen Malik opened fire") or after it ("identified as Aziz Rahimi and Farid Nazari"); a first name alone
    beside a full one takes its family name ("Tamerlan and Dzhokhar Tsarnaev"). None without a full name."""
    main = _person(text, m.start("name"), m.end("name"))
    if main is not None and len(main[0].split()) == 1 and "surname" not in m.re.groupindex:
        main = _named_before(text, main)
    if main is None or len(main[0].split()) < 2 and "surname" not in m.re.groupindex:
        return []  # (a family name alone only where the text says it is one: "a man surnamed Cui")
    out = [(main[0], main[1], m.end("name"))]
    if "first" in m.re.groupindex and m.group("first"):
        other = _person(text, m.start("first"), m.end("first"))
        if other is not None:
            name = other[0] if len(other[0].split()) > 1 else f"{other[0]} {main[0].split()[-1]}"
            out.insert(0, (name, other[1], m.end("first")))
    elif (am := _AND_NAME.match(text, m.end("name"))) is not None:
        other = _person(text, am.start("name"), am.end("name"))
        if other is not None and len(other[0].split()) > 1:
            out.append((other[0], other[1], am.end("name")))
    return out



# "claims responsibility": the present tense of a list's row or a headline.
_CLAIM_HINT = compile_scan(r"claim(?:ed|s)|carried\s+out|took\s+responsibility|behind")
_CLAIM_HINT_WORDS = ("claim", "carried", "took", "behind")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A group's name as written: capitalised words, with the lower-case particles of Arabic and English names
# between them ("Lashkar-e-Jhangvi al-Alami", "Brigades of Free Men", "Ansar Bayt al-Maqdis").
_GROUP_NAME = (
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|in|and|de|del|wal)\s+(?:the\s+)?)?(?:[A-Z]|(?:al|el|ul|ud|ad)-[A-Z])[\w'’-]*){0,6}"
)
# The claim's object is the attack ("claimed the rocket attack on the base", "claimed the kidnapping."), not a
# figure it disputes ("claimed the strike killed 30 soldiers").
_CLAIM_RE = compile_scan(
    # "the Ahvaz National Resistance, an umbrella of Arab separatist movements, claimed responsibility": the group
    # described between commas
    rf"(?!{_WEEKDAY}\b)(?P<name>{_GROUP_NAME})(?:\s+\([A-Z]{{2,6}}\))?(?:,\s+(?:an?|the)\s+[^,;.()]{{1,80}}?,)?,?\s+"
    # "The Islamic State group on Thursday claimed responsibility": the day of the claim between
    rf"(?:(?:group\s+)?(?:late\s+|early\s+)?on\s+{_WEEKDAY}\s+)?"
    r"(?:(?:later|also|quickly|swiftly|subsequently|jointly)\s+)?"
    r"(?:claim(?:ed|s)\s+(?:responsibility|the\s+attack|"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|killings?|kidnappings?|abductions?|assassinations?|"
    r"shootings?|ambush(?:es)?|explosions?|raids?|massacres?|beheadings?)(?=\s*[.,;:]|\s+(?:on|in|at|against|of|"
    r"that|which|near|via|through|outside|and)\b))|has\s+claimed|(?:took|takes|has\s+taken)\s+responsibility|"
    r"said\s+it\s+(?:carried\s+out|was\s+behind))"
    # "a spokesman for Jundallah ... told The Associated Press that its fighters had carried out the attack", "a man
    # describing himself as a spokesman for Fedayeen-e-Islam ... said the group was behind the blast"
    rf"|\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?(?P<spoken>{_GROUP_NAME})\b[^.;]{{0,160}}?"
    r"\b(?:said|says|told|claimed)\b[^.;]{0,60}?\b(?:(?:its|their|the\s+group['’]s)\s+(?:fighters|members|men|"
    r"militants)\s+(?:had\s+)?carried\s+out|(?:the\s+group|it)\s+(?:was|had\s+been)\s+behind|"
    r"(?:the\s+group|it)\s+(?:had\s+)?carried\s+out|(?:the\s+group|it)\s+claimed)"
)


# "The attack was claimed by the Carlos Patino Front", "Police blamed the Sindhudesh Revolutionary Army", "suspicion
# fell on the X Brigade": a group the dictionary does not know, named after the claim or the blame. Blame may fall on
# a state or a day ("blamed Monday's attack on"), so a blamed name must end in the word that makes it a group.
_GROUP_HEAD = (
    r"(?:Army|Front|Brigades?|Battalions?|Movement|Group|Forces|Organi[sz]ation|Party|Council|Jihad|Militia|"
    r"Cartel|Gang|Commandos?|Legion|Alliance|Coalition|Resistance|Network|Faction|Mujahideen|Mujahidin|Tigers|"
    r"Guards?|Squad|Cells?|Units?|Emirate|Defen[cs]e)"
)
_UNIT_WORD = r"(?:front|brigade|battalion|column|bloc)\b"
_CLAIMED_BY_RE = compile_scan(
    r"\b(?:claimed\s+by|"
    # "the killing was ordered by the Dorgan gang", "a street gang known as the Deep East Mob": a gang's act
    # "investigators suspected the Bassens network of ordering the attack", "on behalf of the Vargen network"
    r"(?P<agent>(?:ordered|orchestrated|carried\s+out|perpetrated)\s+by|on\s+behalf\s+of|suspected|"
    r"(?:gang|crew|clique|network)\s+known\s+as|"
    # "A far-right group calling itself \"Legione Aquila Nera\" claimed responsibility"
    r"(?:group|organi[sz]ation|cell|movement)\s+calling\s+(?:itself|themselves))|"
    r"(?P<blame>blamed|blaming|blame\s+on|blamed\s+(?:\w+\s+){0,3}?on|"
    # "Police commanders attributed the attack to the Carlos Patino front"
    r"attribut(?:ed|es?)\s+(?:[\w'’-]+\s+){0,3}?to|"
    r"suspicion\s+(?:has\s+|had\s+)?(?:fell|fallen|falls)\s+on)|"
    # "Gunmen from the Grand Ravine gang fired", "individuals belonging to the \"Kraze Barye\" gang attacked":
    # the attackers by the gang or front they belong to (see _MEMBER_HEAD_END)
    r"(?P<member>(?:[Gg]unmen|[Aa]rmed\s+men|[Ff]ighters|[Mm]ilitants|[Ii]ndividuals|[Mm]embers)\s+"
    r"(?:belonging\s+to|from|of)))"
    # "members of the gang Nørrebro Boys": the kind before the name
    r"\s+(?:the\s+)?(?:so-called\s+)?(?P<kind>(?:gang|network|clan)\s+)?[\"“]?"
    # "blamed the Jaime Martinez front": a unit of a group named for a person or place, its kind in lower case;
    # "blamed the 10th Front": one numbered
    rf"(?P<name>(?:\d{{1,2}}(?:st|nd|rd|th)\s+)?{_GROUP_NAME}(?:\s+{_UNIT_WORD})?)[\"”]?"
    # "blamed the MPC armed group", "blamed Zaire militiamen": the group word after the name
    r"(?P<head>\s+(?:armed\s+)?(?:group|militia|militiamen|rebels|faction|movement|gang|fighters|militants)\b|"
    # "the Clarence Street Locos, a gang that", "the Iron Lords outlaw motorcycle club": the kind told after
    r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:gang|cartel|crew)\b|\s+(?:outlaw\s+)?motorcycle\s+(?:club|gang)\b|"
    # "ordered by the Esposito-Lauro clan", "the Vinga network"
    r"\s+(?:clan|network|crime\s+family|syndicate)\b)?"
)
_GROUP_HEAD_END = compile_scan(rf"\b(?:{_GROUP_HEAD}|{_UNIT_WORD})$")
# Members of a body may be its victims as well ("members of the National Army were killed"): only a gang's or an
# armed front's members are named as attackers by that alone.
_MEMBER_HEAD_END = compile_scan(r"\b(?:[Ff]ront|[Bb]loc|[Cc]olumn|[Gg]ang|[Ff]action|[Cc]artel)$")
_MEMBER_HEADS = ("gang", "faction", "cartel", "crew", "club", "clan", "network", "family", "syndicate")
# "The shooting was carried out by members of the Alexandra Park Boys": members named as the ones who did it.
_AGENT_BEFORE = compile_scan(
    r"\b(?:(?:carried\s+out|ordered|orchestrated|perpetrated|committed)|(?:an?\s+)?(?:attack|shooting|killing|"
    r"stabbing|bombing|assault|raid)s?)\s+by\s+(?:\w+\s+)?$"
)
_PARTY_AFTER = compile_scan(r"\s+(?:party|parties|lawmakers|legislators|MPs|politicians|supporters)\b")
_CLAUSE_OPENS_BEFORE = compile_scan(r"\b(?:said|says|say|that|believed?|believes|alleged?|alleges)\s+$")
_MEMBERS_HIT_BEFORE = compile_scan(
    r"\b(?:target(?:ed|ing|s)?|against|killed|killing|kills|struck|hit|wounded|arrested|captured|detained|"
    r"neutrali[sz]ed|on|at|among)\s+(?:(?:\w+|[\d,]+)\s+){0,3}?$"
)
# A capitalised word that only says where a group is or who stands behind it ("Pakistan-based", "Iran-backed").
_ADJECTIVE_ENDS = ("-based", "-backed", "-led", "-linked", "-allied", "-aligned", "-affiliated", "-inspired")
# The words a _CLAIMED_BY_RE match opens with.
_CLAIMED_BY_FIRST = (
    "claimed", "blam", "suspicion", "attribut", "ordered", "orchestrated", "carried", "perpetrated", "on behalf",
    "suspected", "gang",
    "crew", "clique", "network", "group", "organisation", "organization", "cell", "movement",
    *(w for word in ("gunmen", "armed", "fighters", "militants", "individuals", "members")
      for w in (word, word.title())),
)


def _claims_by_others(text: str) -> Iterator[re.Match[str]]:
    """_CLAIMED_BY_RE's matches, in a text holding one of its first words (_CLAIMED_BY_FIRST; a substring test
    spares the others the scan). The pattern is tried only where one of those words stands, found by substring
    search: a scan would stop at every "b", "c" and "s". Matches open with one of those words only, so trying them
    in order, each past the last match, finds what finditer finds."""
    if not any(w in text for w in _CLAIMED_BY_FIRST):
        return
    starts: list[int] = []
    for word in _CLAIMED_BY_FIRST:
        i = text.find(word)
        while i >= 0:
            starts.append(i)
            i = text.find(word, i + 1)
    done = 0
    for i in sorted(starts):
        if i >= done and (m := _CLAIMED_BY_RE.match(text, i)) is not None:
            yield m
            done = m.end()


# "territory claimed by Russia" is no claim of an attack: the claim is said of the attack or in the passive.
_CLAIMED_BEFORE = compile_scan(
    r"\b(?:(?:was|were|been|is|are)\s+(?:later\s+|also\s+|subsequently\s+)?|(?:attacks?|bombings?|blasts?|ambush|"
    r"killings?|explosions?|shootings?|assaults?|raids?|massacres?|abductions?|kidnappings?)\s+)$"
)



def _claim_or_blame_of_a_group(text: str, m: re.Match[str]) -> bool:
    """Whether a _CLAIMED_BY_RE match names a group that claimed or was blamed for the attack - not "blamed
    Monday's attack on", "blamed Israel" or "land claimed by Russia"."""
    name = m.group("name")
    head = (m.group("head") or "").split()
    gang = bool(_MEMBER_HEAD_END.search(name) or head and head[-1] in _MEMBER_HEADS or m.group("kind"))
    if m.group("agent"):
        return gang or m.group("agent").endswith(("known as", "itself", "themselves"))
    if m.group("member"):
        if not (gang or _AGENT_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            return False
        # "an attack by members of", "police said that members of": the ones who did it, not the ones hit
        agent = _AGENT_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _CLAUSE_OPENS_BEFORE.search(
            text, max(0, m.start() - 20), m.start()
        )
        if not agent and _MEMBERS_HIT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return False  # "the strike targeted fighters of the Tigray People's Liberation Front": the target
        if _PARTY_AFTER.match(text, m.end()):
            return False  # "Members of the National Front party condemned the bombing": a party's
    elif m.group("blame"):
        if not (m.group("head") or _GROUP_HEAD_END.search(name)):
            return False
    elif not _CLAIMED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    return not any(p.kind == "country" for p in load().lookup(fold(name)))


# An office that reports a claim of its own forces ("The Ministry of Defence claimed the killing of 40 militants")
# is no claimant of an attack.
_OFFICIAL_WORDS = frozenset("ministry government police military office department authorities officials".split())


def _claimant(written: str) -> str:
    """The claimant's name without the words that open its sentence ("Later the", "Police said") - but the head of
    "Army of the Pure" stays, as a particle follows it - and none when the name is an office's."""
    words = written.split()
    opening = _NOT_NAME_WORDS | {"and", "but", "later", "it"}
    while words and words[0].lower() in opening and (len(words) == 1 or words[1] not in ("of", "for", "in")):
        words = words[1:]
    if any(w.lower() in _OFFICIAL_WORDS for w in words):
        return ""
    if len(words) == 1 and words[0].lower() in _NO_ONE:
        return ""  # "Nobody has claimed responsibility": no claimant
    return " ".join(words)


_NO_ONE = frozenset("nobody noone none no-one".split())


# "Russia launched a barrage of missiles", "Israel struck a school": a state named as the attacker in the
# opening stands for its forces. The object must be an attack or a weapon ("launched an inquiry" is not).
_STATE_ATTACKS = compile_scan(
    r"(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?:(?:['’]s\s+(?:military|army|armed\s+forces|forces|"
    r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|air\s+force|navy))?\s+"
    r"(?:has\s+|have\s+|had\s+|also\s+)?(?:"
    # "Israel said it had killed 20 fighters", "Russia's defence ministry said its forces destroyed a command post":
    # the state tells its own act (not the drones or missiles it says it destroyed, which are the other side's).
    r"said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it\s+|its\s+(?:[\w-]+\s+){1,2})(?:had\s+|has\s+|have\s+)?(?:killed|struck|hit|bombed|"
    r"shelled|attacked|targeted|carried\s+out|destroyed(?!\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|UAVs?)\b))|"
    r"(?:launched|fired|used|carried\s+out|unleashed)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:attacks?|strikes?|air\s?strikes?|missiles?|drones?|rockets?|shells|bombs?|offensive|raids?|barrage|assault)|"
    r"(?:struck|attacked|bombed|shelled|pounded|invaded|hit)(?!\s+by))"
    # "Russia's attack on Kharkiv", "Israel's strikes on Gaza": the state's own act, named by it
    # "Russia's ballistic missile strike on the center of Sumy": the weapon may be named before the act
    # ("Russia's combined drone and missile attack the previous night killed 31 people": its act, by what it did)
    r"|['’]s\s+(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|air\s?strikes?|shelling|bombardment|offensive)\s+(?:on|against|"
    r"(?:(?:the\s+previous|last)\s+night\s+|overnight\s+)?(?:killed|left|hit|struck))\b)"
)
# "Ukraine's air force said Russia fired a Kh-22 cruise missile at the building", "Russia fired three Iskander-M
# missiles at the city centre": a state that fired the weapon at what was hit, wherever the text tells it.
_STATE_FIRED_AT = compile_scan(
    r"(?P<state>[A-Z][a-z]+)\s+(?:fired|launched)\s+(?:[\w-]+\s+){0,4}?(?:missiles?|drones?|rockets?|shells)\s+"
    r"(?:at|on|into)\s+the\b"
)
# "Russia blamed Ukraine for a drone attack", "Kyiv blames Russia for the strike": the state the text holds
# responsible for the attack, as a group blamed for it is (see _PERP_BEFORE).
# "The SDF accused Turkey of carrying out the strike": the same, by an accusation.
_STATE_BLAMED = compile_scan(
    r"\b(?:blam(?:ed|es|ing)\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+for\b)|accus(?:ed|es|ing)\s+"
    r"(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+of\b))(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+"
    r"(?:for|of(?:\s+(?:carrying\s+out|launching|conducting|staging))?)"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|air\s?strikes?|shelling|bombing|bombardment|missiles?|drones?|rockets?|raids?|killings?)\b"
)
# "Source attributes the attack to Russia", "Perpetrator: Russia": the state named in the slot of who did it, which a
# log's row fills wherever it stands.
_STATE_ATTRIBUTED = compile_scan(
    r"\b(?:[Aa]ttribut(?:ed|es?|ing)\s+(?:the\s+)?(?:attacks?|strikes?|shelling|bombing|blast|explosion)\s+to|"
    r"Perpetrators?\s*:)\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
# "Operator: US", "Operator: US (JSOC)": a strike database's field of the state whose drone or aircraft struck. The
# whole value must be the state ("Operator: Air India" is an airline's).
_OPERATOR_FIELD = compile_scan(
    r"\bOperator\s*:\s*(?P<state>U\.S\.|US|UK|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?!\w)(?![ \t]+[A-Z])"
)
# "Ukrainian officials said the strike was carried out by Russia with an Iskander missile": the state named as the
# one who struck, wherever the text says so.
_STATE_CARRIED_OUT = compile_scan(
    r"\b(?i:strikes?|attacks?|bombing|shelling|bombardment|raid|assault)\s+(?:(?:was|were|had\s+been)\s+(?:carried\s+out|"
    # "Air strikes by the United States on the Ras Isa fuel port": the strikes' author right after them
    r"launched|conducted)\s+|(?<=[Ss]trikes\s)|(?<=[Ss]trike\s)|(?<=[Ss]helling\s)|(?<=[Bb]ombardment\s))"
    r"by\s+(?:the\s+)?(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b"
)
# The state's forces' act in their own clause ("Nigerian troops killed", "Israeli soldiers opened fire").
_FORCE_ACTS_AFTER = compile_scan(
    r"\s+(?:(?:have|has|had|also|reportedly|then|later)\s+)*(?:killed|attacked|fired|shelled|struck|raided|stormed|"
    r"bombed|opened\s+fire|launched|shot|targeted|ambushed|clashed|pounded|hit|bombarded|executed|massacred)\b"
    # "The Nigerian Army on Monday admitted responsibility": the forces own the strike
    r"|\s+(?:on\s+[A-Z][a-z]+\s+)?(?:(?:has|have|had|later)\s+)?(?:admitted|accepted|acknowledged|took)\s+"
    r"responsibility\b"
)
# "the Ukrainian army said the strikes killed seven": forces named as the source of a figure, not as who struck;
# "the Israeli military said it struck", "said its jets hit" still tell their own act.
_SOURCE_AFTER = compile_scan(
    # "The Sudanese army accused the RSF of the strike": the forces speak of another's act
    r"\s+(?:(?:also|later|earlier|then)\s+)?(?:said|says|told|reported|announced|stated|confirmed|accused|blamed)\b"
    # "the army said it repelled an attack by ISWAP": the forces tell their defence, not an attack of theirs
    r"(?!\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|its|their)\b"
    r"(?!\s+(?:(?:[\w-]+\s+){1,2})?(?:had\s+|has\s+|have\s+)?(?:repelled|repulsed|foiled|thwarted|fought\s+off|"
    r"returned\s+fire|(?:lost|suffered)\b)))"
)
# "Two French soldiers were killed", "a Bahraini military officer was wounded", "Egyptian forces lost five men":
# forces that suffered the attack, as the subject of a casualty in the passive or of a loss, are its target; so is
# an armed group's ("Al-Shabaab fighters were killed in an airstrike").
_FORCE_SUFFERED_AFTER = compile_scan(
    r"(?:\s+(?:officers?|officials?|personnel|servicem[ae]n|members?|men|conscripts?|peacekeepers?|guards?|"
    r"pilots?|sailors?|commanders?|posts?|bases?|positions?|convoys?|patrols?|vehicles?|soldiers?|troops|army|"
    r"military|fighters?|militants?|rebels?|insurgents?|militiam[ae]n|policem[ae]n|police|terrorists?|guerrillas?|"
    r"extremists?|jihadists?)){0,2}"
    r"(?:\s+(?:and|or)(?:\s+[\w-]+){1,4}?)?"
    r"\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|slain|"
    r"martyred|abducted|kidnapped|captured|ambushed|attacked|targeted|hit|struck|shot|taken\s+hostage)|"
    r"(?:lost|losing|suffered|suffering)\s+(?:\w+\s+){0,2}(?:men|soldiers|troops|personnel|lives|casualties|dead|"
    r"fighters|militants|members|losses)|died|(?:came|come|comes|coming)\s+under\s+(?:\w+\s+)?(?:attack|fire)|"
    # "Beninese soldiers killed in the attack numbered 28": the participle of the casualty after the force
    r"(?:killed|wounded|injured)\s+(?:in|by|during|when)|(?:was|were)\s+the\s+targets?\s+of|"
    r"(?:is|are|was|were)\s+among\s+the\s+(?:dead|victims|killed|wounded))\b",
    re.IGNORECASE,
)
# What a demonym names when it names an act of war by itself: "Israeli airstrikes", "Russian shelling"; later in
# a text such an act is this event's cause when the dead are "killed in" or "by" it.
_ATTACK_NOUNS = frozenset(
    "airstrike airstrikes strike strikes shelling artillery missile missiles rocket rockets shell shells bomb bombs "
    "bombardment offensive fire gunfire drone drones warplanes jets aircraft attack attacks".split()
)
_CAUSED_BY_BEFORE = compile_scan(
    r"\b(?:killed|wounded|injured|died|dead|hit|destroyed|damaged)\s+(?:in|by|during|from)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
def _suffered(text: str, end: int, noun: str) -> bool:
    """Whether the forces or the group named up to `end` suffered the attack (see _FORCE_SUFFERED_AFTER). A weapon
    shot down ("Russian drones were shot down, but debris killed two") still names the attacker."""
    return noun.lower() not in _ATTACK_NOUNS and _FORCE_SUFFERED_AFTER.match(text, end) is not None


# "Elsewhere, ...", "Separately, ...": the sentence reports another event; its attacker is not this one's.
# "In an unrelated case, X was sentenced": the sentence tells another case, as a court or a police report does.
_OTHER_EVENT_START = compile_scan(
    rf"\W*(?:{OTHER_EVENT}|in\s+an?\s+unrelated\s+[\w-]+|in\s+an?\s+(?:earlier|previous|older)\s+case)\b", re.IGNORECASE
)


def _in_other_event(text: str, pos: int) -> bool:
    a, _ = sentence_at(text, pos)
    return bool(_OTHER_EVENT_START.match(text, a)) or _in_earlier_clause(text, a, pos)


# "..., a week after militants from Islamic State West Africa Province killed 20 in nearby Monguno": the time
# since an earlier attack, whose attacker is named in the clause.
_EARLIER_CLAUSE_BEFORE = compile_scan(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|since)\s+[^,;:.()]{0,60}$")
_LOWER_WORD = re.compile(r"\b[a-z]")
# "..., officials said on Friday, a day after an Islamic State bomber struck the crowds": the time since the act the
# sentence's toll is of, counted from the day it was told
_TOLD_DAY_BEFORE = compile_scan(r"\b(?:said|says|told|reported|announced)\s+(?:on\s+)?[A-Z][a-z]+day,\s+(?:a|one)\s+$")


def _in_earlier_clause(text: str, a: int, pos: int) -> bool:
    """Whether `pos` is in a clause telling the time since an earlier attack. Not when the sentence opens on it
    ("KANO (Reuters) - Three days after gunmen killed 14 people, residents were still fleeing"): that killing is
    the story's own."""
    m = _EARLIER_CLAUSE_BEFORE.search(text, max(a, pos - 80), pos)
    if m is not None and _TOLD_DAY_BEFORE.search(text, max(a, m.start() - 40), m.start()):
        return False
    return m is not None and _LOWER_WORD.search(text, a, m.start()) is not None


@lru_cache(maxsize=1)
def _state_demonyms() -> dict[str, str]:
    """ISO2 -> the first demonym the reference file gives ("RU" -> "Russian")."""
    return {cc: str(v["demonyms"][0]) for cc, v in _countries().items() if v.get("demonyms")}


def _state_forces(demonym: str, noun: str = "forces") -> ActorEntry:
    """The dictionary's entry for a state's forces ("Russian" -> Russian armed forces), else "<Demonym> forces"."""
    by_words = _dictionary()
    entry = by_words.get((demonym.lower(), "forces")) or by_words.get((demonym.lower(), noun))
    return entry or ActorEntry(f"{demonym} forces", "state", None)


# "A junta air strike", "regime forces shelled", "the junta's jets": a government's forces named by the word for its
# rule, which says whose only with the country where it happened ("regime" is Syria's in one story, Myanmar's or
# Iran's in another).
_REGIME_ACT = compile_scan(
    r"\b(?:military\s+)?(?:junta|regime)(?:['’]s)?\s+(?:(?:air|drone)\s*strikes?|airstrikes?|(?:fighter\s+)?jets?|"
    r"warplanes?|aircraft|forces|troops|soldiers|artillery|shelling|bombing|bombardment|drones?|helicopters?|army|"
    r"military)\b",
    re.IGNORECASE,
)


# "killed in an air strike by the military", "a military jet dropped bombs on the monastery": the country's own
# forces, named by no country.
_OWN_MILITARY_ACT = compile_scan(
    r"\b(?:air\s*strikes?|airstrikes?|strikes?|attacks?|shelling|bombing|bombardment|raids?|offensive)\s+by\s+the\s+"
    r"(?:military|army|armed\s+forces|air\s+force)\b"
    r"|\bmilitary\s+(?:jets?|aircraft|warplanes?|helicopters?|drones?)\s+(?:dropped|bombed|struck|fired|attacked|hit|"
    r"strafed|shelled)\b",
    re.IGNORECASE,
)


def regime_forces(text: str, opening_end: int, cc: str | None) -> tuple[Actor, Evidence] | None:
    """The forces of the country where it happened, when the opening names the attacker only by its regime's word
    (see _REGIME_ACT) or as "the military" (_OWN_MILITARY_ACT): the perpetrator, as the country's own forces' name."""
    dem = _state_demonyms().get(cc or "")
    if dem is None:
        return None
    m = None
    if any(w in text for w in ("junta", "regime", "Junta", "Regime")):
        m = _REGIME_ACT.search(text, 0, opening_end)
    if m is None and ("military" in text or "army" in text or "forces" in text):
        m = _OWN_MILITARY_ACT.search(text, 0, opening_end)
    if m is None:
        return None
    actor = Actor(name=_state_forces(dem).name, role="perpetrator")
    return actor, Evidence(field="actors", start=m.start(), end=m.end(), text=m.group(0))


# Police who did the shooting the report is about: "shot dead by police", "Calgary Police Service officers shot and
# killed a man", "an officer discharged a firearm".
_POLICE_FIRED = compile_scan(
    r"\b(?:shot|killed|wounded|struck|hit)(?:\s+(?:and\s+killed|dead))?\s+by\s+(?:an?\s+|the\s+)?(?:armed\s+|"
    r"(?:off-duty\s+|on-duty\s+)?(?:police|state|federal)\s+)?(?:police|officers?|deputies|deputy|troopers?|"
    r"constables?|gardai|garda[ií])\b"
    r"|\b(?:police|officers|deputies|troopers)\s+(?:then\s+)?(?:opened\s+fire|fired|shot(?:\s+and\s+killed|\s+dead)?)\s"
    r"|\b(?:an?|one)\s+(?:police\s+)?officer\s+(?:then\s+)?(?:discharged|fired|shot)\b",
    re.IGNORECASE,
)
# The force by its own name ("West Yorkshire Police", "Calgary Police Service", "the Harris County Sheriff's Office",
# "Police Scotland"), or a town's police ("Houston police officers").
_FORCE_NAME = compile_scan(
    r"\b(?P<name>(?:(?!(?:The|A|An|When|After|Armed|Unarmed|State|Local)\s)[A-Z][\w'’.-]*\s+){1,4}?"
    r"(?:Police(?:\s+(?:Department|Service|Force))?|Constabulary|Sheriff['’]s\s+(?:Office|Department)|"
    r"(?:State|Highway)\s+Patrol)|Police\s+Scotland|Garda\s+S[ií]och[aá]na)\b"
    r"|\b(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+police\s+(?:officers?|said|say)\b"
)


def police_shooter(text: str, opening_end: int) -> tuple[Actor, Evidence] | None:
    """The police force, when the opening says police did the shooting (see _POLICE_FIRED) and the text names the
    force: the perpetrator, as event datasets code a police shooting. The caller asks it only of a report whose
    one casualty is the person police shot (not "the gunman was shot dead by police after killing three")."""
    if "olice" not in text and "fficer" not in text:
        return None
    if _POLICE_FIRED.search(text, 0, opening_end) is None:
        return None
    fm = next(
        (
            f
            for f in _FORCE_NAME.finditer(text)
            # "Houston police officers" (not "No police officers were hurt"): a town's police names a town
            if f.group("name") or any(p.kind != "country" for p in load().lookup(fold(f.group("town"))))
        ),
        None,
    )
    if fm is None:
        return None
    key = "name" if fm.group("name") else "town"
    name = fm.group("name") or f"{fm.group('town')} police"
    a, b = fm.span(key)
    return Actor(name=name, role="perpetrator"), Evidence(field="actors", start=a, end=b, text=text[a:b])


# A police raid the dead fell in: "A police operation ... left 28 people dead", "killed during a police raid",
# "killed ... by military and civil police officers", "the toll from Tuesday's police operation", "killed during an
# operation by Bahia's Military Police".
_POLICE_OPERATION = compile_scan(
    r"\b(?:police|military\s+police|civil\s+police)\s+(?:mega-?)?(?:operation|raid|incursion)\b[^.;]{0,150}?"
    r"\b(?:left|leaving|killed|killing)\b"
    # ("the killing of fourteen farmers ... during simultaneous police operations across three towns")
    r"|\b(?:killed|killing|died|dead|deaths)\b[^.;]{0,100}?\b(?:during|in)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:police|military\s+police)\s+(?:operations?|raids?|incursions?)\b"
    # "was shot dead ... when police raided his home", "were killed when hundreds of police stormed the Complexo do
    # Alemão": the raid the dead fell in, its force the clause's subject
    # ("when 1,350 police officers and troops of the federal National Public Security Force invaded")
    r"|\b(?:killed|died|dead)\b[^.;]{0,80}?\bwhen\s+(?:[\w'’,-]+\s+){0,8}?police(?:\s+officers)?"
    r"(?:\s+and\s+[^.;]{1,80}?)?\s+(?:had\s+)?"
    r"(?:raided|stormed|invaded|swept\s+(?:through|into)|moved\s+in|broke\s+up|cleared|charged)\b"
    # "killed by a stray police bullet", "was killed in police custody"
    r"|\b(?:killed|died|shot\s+dead)\b[^.;]{0,40}?\b(?:by\s+an?\s+(?:stray\s+)?police\s+bullet|in\s+police\s+custody)\b"
    # ("Ten rural workers ... were killed on Wednesday by military and civil police officers", not "The gunman was
    # shot dead by police", the attacker's end, see the caller's check)
    # (a count of people, not "The two were later killed by police as they fled": the attackers)
    r"|(?P<by>(?<!\bthe\s)\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:people|persons|workers|civilians|men|women|villagers|protesters|farmers|residents|"
    r"youths|miners|peasants|teenagers)\b[^.;]{0,60}?\bwere\s+(?:\w+\s+)?(?:killed|shot\s+dead)\b"
    r"(?:(?!\b(?:before|after|until)\b)[^.;]){0,60}?\bby\s+(?:[\w'’-]+\s+){0,4}?police(?:\s+officers)?\b"
    # ("Relatives of the three men shot dead by police in Morvant": the same, told of them with no verb of its own)
    r"|\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:people|persons|workers|civilians|men|women|villagers|protesters|farmers|residents|youths|miners|peasants|"
    r"teenagers|inmates|prisoners)\s+(?:shot\s+dead|killed|gunned\s+down)\s+by\s+(?:[\w'’-]+\s+){0,3}?"
    r"police(?:\s+officers)?\b)"
    r"|\b(?:toll|number\s+of\s+dead)\s+(?:from|in|of)\s+(?:[\w'’-]+\s+){0,3}?police\s+(?:mega-?)?(?:operation|raid)\b"
    r"|\b(?:during|in)\s+(?:an?\s+)?(?:operation|raid)\s+by\s+(?:[\w'’.-]+\s+){0,4}?police\b"
    # "seven inmates were extrajudicially executed by members of the National Civil Police"
    r"|\b(?:killed|executed|shot\s+dead|gunned\s+down)\s+by\s+(?:members|officers|agents|units)\s+of\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?police\b"
    # "officers of the Bolivarian National Police ... carried out an operation in the parish of La Vega, during which
    # at least 23 people were killed"
    r"|\bpolice\b[^.;]{0,80}?\b(?:carried\s+out|conducted|launched|mounted)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:operation|raid)\b[^.;]{0,100}?\b(?:killed|dead)\b",
    re.IGNORECASE,
)
_ATTACKER_SUBJECT_BEFORE = compile_scan(
    r"\b(?:gunm[ae]n|attackers?|assailants?|suspects?|shooters?|knifem[ae]n|he|she)\b[^.;]*$", re.IGNORECASE
)
# ("the Bolivarian National Police", "the National Civil Police": a country's force by its full name)
_POLICE_NAME = compile_scan(
    r"\b(?:(?:(?!The\b|A\b)[A-Z][a-z]+\s+)?National\s+(?:Civil\s+)?Police"
    r"|(?:Civil|Military|Federal|State)\s+(?:Highway\s+)?Police)\b"
)


def police_operation(text: str, opening_end: int) -> tuple[Actor, Evidence] | None:
    """The police, when the opening tells that the dead fell in their operation or raid (see _POLICE_OPERATION):
    the perpetrator, as event datasets code a deadly police raid. The force by its name where the text gives one
    ("Military Police", "Civil Police"), else the police. The caller asks it only when no perpetrator was found."""
    if "olice" not in text:
        return None
    m = _POLICE_OPERATION.search(text, 0, opening_end)
    if m is None:
        return None
    if m.group("by") and _ATTACKER_SUBJECT_BEFORE.search(text, max(0, m.start() - 100), m.start()):
        return None  # "The gunman, a 25-year-old, was shot dead by police": the attacker's end, not the attack
    nm = _POLICE_NAME.search(text, m.start(), m.end()) or _POLICE_NAME.search(text, 0, opening_end)
    if nm is not None:
        return Actor(name=nm.group(0), role="perpetrator"), Evidence(
            field="actors", start=nm.start(), end=nm.end(), text=nm.group(0)
        )
    return Actor(name=POLICE, role="perpetrator"), Evidence(
        field="actors", start=m.start(), end=m.end(), text=m.group(0)
    )


def _attacking_states(text: str, opening_end: int) -> list[tuple[int, int, ActorEntry]]:
    """States named as the attacker in the opening (see _STATE_ATTACKS), or anywhere as the one a strike was carried
    out by (_STATE_CARRIED_OUT), as their forces' entries."""
    g = load()
    out = []
    told = itertools.chain(
        _STATE_ATTACKS.finditer(text, 0, opening_end),
        _STATE_BLAMED.finditer(text, 0, opening_end),
        _STATE_CARRIED_OUT.finditer(text) if " by" in text else (),
        _STATE_FIRED_AT.finditer(text) if " fired " in text or " launched " in text else (),
        _STATE_ATTRIBUTED.finditer(text) if "ttribut" in text or "Perpetrator" in text else (),
        _OPERATOR_FIELD.finditer(text) if "Operator" in text else (),
    )
    for m in told:
        words = m.group("state").split()
        fewest = len(words) if m.re is _OPERATOR_FIELD else 1
        for k in range(min(3, len(words)), fewest - 1, -1):  # "On Sunday Russia launched": the last words name it
            name = " ".join(words[-k:])
            ccs = {p.cc for p in g.lookup(fold(name)) if p.kind == "country"}
            dem = _state_demonyms().get(next(iter(ccs))) if len(ccs) == 1 else None
            if dem:
                start = m.start("state") + m.group("state").rindex(name)
                out.append((start, start + len(name), _state_forces(dem)))
                break
    return out


def _state_weapon_in_opening(entry: ActorEntry, alias: str, start: int, opening_end: int) -> bool:
    """ "US airstrikes on the port", "Russian drones hit": a state's alias that names its weapon or act is the
    attacker in the opening, as a demonym before such a noun is (see _DEMONYM_FORCE)."""
    return entry.kind == "state" and start < opening_end and _words(alias)[-1].lower() in _ATTACK_NOUNS


def _offset_of_word(s: str, k: int) -> int:
    """Offset of the k-th whitespace-separated word of `s` (the text may hold newlines or double spaces)."""
    return [m.start() for m in re.finditer(r"\S+", s)][k]


# Who speaks for a group: a claim in his name is the group's.
_SPOKESMAN_BEFORE = compile_scan(r"\b(?:spokes(?:man|woman|person)|leader|commander|chief|emir)\s*,?\s*$", re.I)


def _claimed_by(found: dict[str, tuple[str, int]], entry: ActorEntry, text: str, at: int, end: int) -> None:
    """A dictionary actor whose alias opens a longer claimant's name ("The Islamic State of Iraq claimed") is the
    perpetrator, though what follows the alias itself was no claim verb. The claim's own words (to `end`) say
    whether it is of another event."""
    prev = found.get(entry.name)
    if (
        prev is not None
        and prev[0] != "perpetrator"
        and not background_up_to(text, at, end)
        and not _in_other_event(text, at)
    ):
        found[entry.name] = ("perpetrator", prev[1])


# "linked to al-Qaida", "backed by the Islamic State group", "the Iran-backed Houthis", "an al-Qaida-affiliated
# group": a sponsor or an allegiance named to say what the attacker is, not who attacked.
_PATRON_BEFORE = compile_scan(
    r"\b(?:linked|tied|affiliated|allied|aligned|loyal)\s+(?:to|with)\s+(?:the\s+)?$|"
    # "Rustam Kholov, who had pledged allegiance to the Islamic State": the attacker's allegiance, not the attacker
    r"\b(?:pledged|pledging|swore|sworn|swearing)\s+(?:his\s+|her\s+|their\s+)?(?:allegiance|loyalty)\s+to\s+(?:the\s+)?$|"
    r"\b(?:backed|inspired|supported)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PATRON_AFTER = compile_scan(r"[\w'’-]*?-(?:linked|backed|affiliated|allied|aligned|inspired|supported)\b", re.I)


def _named_as_patron(text: str, at: int) -> bool:
    """Whether the actor named at `at` is given as another group's sponsor or allegiance."""
    return bool(_PATRON_BEFORE.search(text, max(0, at - 30), at) or _PATRON_AFTER.match(text, at))


# A group named as what a policy aims at is no actor of an event: "her campaign to defeat the Islamic State group",
# "the coalition against ISIS", "the war on al-Shabaab" (a president's priorities in an interview).
_OPPOSED_BEFORE = compile_scan(
    r"\b(?:to\s+(?:defeat|destroy|eliminate|eradicate|crush|degrade|dismantle|counter|combat)|"
    r"(?:campaign|strategy|coalition|war)\s+(?:against|on))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "Security forces opened fire on protesters", "Police shot dead two men during a raid": a state's forces named by
# their service alone, firing on people the opening counts. Only plural people who are no attackers themselves, so
# "police shot the gunman" or "troops killed the bandits who attacked" never makes the responders the perpetrator.
_FORCES_FIRED = compile_scan(
    r"\b(?P<force>[Ss]ecurity\s+forces|[Pp]olice(?:\s+officers)?|[Pp]olicemen|[Ss]oldiers|[Tt]roops)\s+"
    r"(?:(?:have|has|had|reportedly|allegedly)\s+)?(?:opened\s+fire\s+(?:on|at)|fired\s+(?:live\s+[\w-]+\s+)?(?:on|at|into)|"
    # (a headline's present: "Mexican soldiers kill five young men", "Police kill 19 in Rio slum raid")
    r"shot\s+(?:dead|and\s+killed)|killed|kill|gunned\s+down)\s+"
    r"(?:(?:(?:at\s+least|more\s+than|a\s+crowd\s+of|hundreds\s+of|dozens\s+of|\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|unarmed|peaceful|young|[\w-]+ing)\s+){0,3}"
    r"(?:protesters|protestors|demonstrators|civilians|people|men|women|youths|students|villagers|worshippers|mourners|"
    r"residents|miners|farmers|crowds?|marchers|mourners|passengers|children)\b|\d{1,3}(?=\s+in\s))"
)


# A crowd the state's forces fired on: "police fired tear gas and live rounds at students", "Troops opened fire on
# crowds of demonstrators", "when police cleared protesters", "a protester was shot dead by security forces", "Security
# forces in Myanmar killed at least 82 people", "Police in Dhaka's Jatrabari area shot dead at least 52 people".
_STATE_FORCE = (
    r"(?:(?:riot|armed)\s+)?(?:police(?:\s+officers?)?|policem[ae]n|security\s+forces|troops|soldiers|(?:the\s+)?army|"
    r"paramilitar(?:y|ies)|gendarmes|gendarmerie)"
)
_CROWD = (
    r"(?:protesters|demonstrators|crowds?|students|supporters|mourners|marchers|worshippers|rioters|"
    # ("police and pro-government armed groups opened fire on a massive march in Managua")
    r"villagers|residents|people|civilians|youths|strikers|opposition|march(?:es)?|rall(?:y|ies)|processions?)"
)
_CROWD_FIRED_ON = compile_scan(
    # (the crowd is what they fired at, not "shot the suspect after the man stabbed three people")
    # ("as police used firearms against protesters who tried to occupy the local airport")
    rf"\b(?P<f1>{_STATE_FORCE})\b[^.;]{{0,60}}?\b(?:fired|opened\s+fire|shot|cleared|charged|"
    rf"dispersed|used\s+(?:live\s+(?:rounds|ammunition|bullets|fire)|firearms|guns)(?:\s+(?:against|on))?)\b"
    r"(?:\s+(?!(?:after|before|when|while|as|who|which|suspect|gunman|attacker|assailant|man|woman)\b)[\w,'’-]+){0,8}?"
    rf"\s+{_CROWD}\b"
    rf"|\b(?:protesters?|demonstrators?|students?|marchers?|mourners?|supporters|(?:many|some|most)\s+of\s+them|"
    # ("She had been shot in the head by police on Feb. 9", "304 men, women and children killed by Iran's security
    # forces": where the shot struck, and whose forces)
    rf"young\s+men|children|a\s+(?:young\s+)?(?:man|woman|boy|girl|teenager|vendor|bystander)|(?:she|he)\s+had\s+been)"
    rf"\b[^.;]{{0,80}}?\b(?:(?:were|was)\s+)?(?:shot(?:\s+dead|\s+in\s+the\s+[a-z]+)?|killed|gunned\s+down)\s+"
    rf"by\s+(?:[a-z]+['’]s\s+)?(?P<f2>{_STATE_FORCE})\b"
    rf"|\b(?P<f3>{_STATE_FORCE})\s+(?:in\s+[^.;]{{0,40}}?)?(?:killed|shot\s+dead|shot)\s+(?:at\s+least\s+)?"
    rf"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of|hundreds\s+of)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_CROWD}\b"
    # "struck in the head by a tear gas canister fired by police"
    # ("hit in the thigh by a bullet fired by a police officer in plainclothes")
    rf"|\b(?:canisters?|bullets?|rounds?|pellets?|grenades?)\s+fired\s+by\s+(?:an?\s+|the\s+)?(?P<f4>{_STATE_FORCE})\b"
    # "when thousands of demonstrators tried to reach the airport and police opened fire": the crowd told first
    rf"|\b(?:protesters|demonstrators|crowds?|marchers|strikers|mourners)\b[^.;]{{0,100}}?\b(?:and|when|as|before)\s+"
    rf"(?P<f5>{_STATE_FORCE})\s+(?:then\s+)?opened\s+fire\b(?!\s+on\s+(?:the\s+|an?\s+)?(?:suspect|gunm[ae]n|attackers?))",
    re.IGNORECASE,
)
# "Gunmen dressed as soldiers", "men in police uniforms": a force's look, not the force
_DISGUISE_BEFORE = compile_scan(r"\b(?:dressed|disguised|posing|masquerading)\s+as\s+$", re.IGNORECASE)
_UNIFORM_AFTER = compile_scan(r"\s+uniforms?\b", re.IGNORECASE)


def _forces_that_fired(text: str, opening_end: int) -> tuple[str, int, int] | None:
    """The service named as firing on people in the opening (see _FORCES_FIRED, _CROWD_FIRED_ON): "Police" or
    "Security forces"."""
    m = _FORCES_FIRED.search(text, 0, opening_end + 200)
    key = "force"
    if m is None or m.start() >= opening_end or _in_other_event(text, m.start()):
        m = _CROWD_FIRED_ON.search(text, 0, opening_end)
        if m is None or _in_other_event(text, m.start()):
            return None
        key = next(k for k in ("f1", "f2", "f3", "f4", "f5") if m.group(k))
    if _DISGUISE_BEFORE.search(text, max(0, m.start(key) - 20), m.start(key)) or _UNIFORM_AFTER.match(text, m.end(key)):
        return None  # "Gunmen dressed as soldiers opened fire on worshippers"
    force = m.group(key).lower()
    name = POLICE if "police" in force else SECURITY_FORCES
    return name, m.start(key), m.end(key)


# UCDP's event rows name the two sides in fields of their own: "side_a: Government of Myanmar | side_b: KIO".
_ROW_SIDE = compile_scan(r"\bside_(?P<side>[ab])\s*[:=]\s*(?P<name>[^|;\n]*[^|;\n\s])")


def _row_sides(text: str, alias_spans: list[tuple[int, int, ActorEntry]]) -> list[tuple[str, str, int, int]]:
    """The sides a UCDP row names, by the dictionary's name or else as written: side A did it when side B is
    "Civilians" (one-sided violence); in a fight between two armed sides the row says no more than who fought, so
    both are "unknown"."""
    if "side_" not in text:
        return []
    sides = {m.group("side"): m for m in _ROW_SIDE.finditer(text)}
    one_sided = "b" in sides and sides["b"].group("name").strip().lower() == "civilians"
    out = []
    for side, m in sorted(sides.items()):
        a, b = m.span("name")
        if m.group("name").strip().lower() == "civilians":
            continue
        known = [entry.name for s, e, entry in alias_spans if s < b and a < e]
        role = "perpetrator" if side == "a" and one_sided else "unknown"
        out.append((known[0] if known else m.group("name"), role, a, b))
    return out


def extract_actors(text: str, opening_end: int = 600) -> ActorFacts:
    """Perpetrators first; dictionary names normalised; other claimants and attackers kept as written.

    `opening_end`: where the opening (the sentences that report the event) ends. A state's forces named there
    are the attacker; named later, only when the sentence says they attacked or that the dead fell to them
    ("Tunisian security forces have fought jihadists for years" in a museum attack's background is no
    perpetrator of it, nor are "33 Ukrainian drones" Russia says it downed in a report of a Russian strike).
    """
    found: dict[str, tuple[str, int]] = {}  # name -> (role, first offset)
    countries: list[str] = []
    regions: list[str] = []
    namesakes: dict[str, str] = {}
    evidence: list[Evidence] = []
    alias_spans = _with_acled_names(text, _alias_matches(text))
    categories: dict[str, tuple[int, int]] = {}  # kinds of actor named as the perpetrator, by their first mention
    perp_cell = perpetrator_cell(text) if "|" in text else None
    for ms, me, entry in alias_spans:
        alias = text[ms:me]
        before = text[max(0, ms - 60) : ms]
        after = text[me : me + 60]
        if _CONDEMN_AFTER.match(after) or _OPPOSED_BEFORE.search(before) or _RUNS_AFTER.match(text, me):
            continue
        blamed = _BLAME_ON_BEFORE.search(before) is not None
        if perp_cell is not None and perp_cell[0] <= ms < perp_cell[1]:
            role = "perpetrator"  # a table's column of who did it ("| al-Qaeda in Iraq (suspected)"): the row's own
        elif _HELD_BY_BEFORE.search(before):
            # "airstrikes on a fuel port held by Yemen's Houthi rebels killed 74": who holds the place struck, though
            # the verb after the name reads as if they killed
            role = "unknown"
        elif _DENY_AFTER.match(after):
            # "Turkey blamed the YPG, which denied involvement": the attribution is contested, not void. The group
            # stays in the record, as the databases keep a suspected perpetrator, but the text names no one.
            role = "unknown"
        elif not blamed and (_HIT_BEFORE.search(before) or _suffered(text, me, _words(alias)[-1])):
            # "the military struck Hamas militants": the object of the attack; "Somali army soldiers were
            # killed", "RSF fighters died": those who suffered it
            role = "target"
        elif (
            blamed
            or _PERP_BEFORE.search(before)
            or _PERP_AFTER.match(after)
            or _state_weapon_in_opening(entry, alias, ms, opening_end)
        ):
            # "since the war began, when Hamas-led militants stormed ...": another event's perpetrator; so is
            # "Elsewhere, a Ukrainian drone killed a civilian" in a report of a Russian strike.
            role = (
                "unknown"
                if in_background(text, ms) or _in_other_event(text, ms) or _ANNIVERSARY_OF_BEFORE.search(before)
                else "perpetrator"
            )
        elif _TARGET_BEFORE.search(before):
            role = "target"
        else:
            role = "unknown"
        if entry.kind == "category":
            # A kind of actor is the perpetrator the opening names, or nothing (see actors.yaml); later, only
            # when the text says the attackers were of that kind ("gunmen suspected to be bandits invaded").
            if role == "perpetrator" and (ms < opening_end or _HELD_TO_BE_BEFORE.search(before)):
                categories.setdefault(entry.name, (ms, me))
            continue
        prev = found.get(entry.name)
        if prev is None or (prev[0] != "perpetrator" and role == "perpetrator"):
            found[entry.name] = (role, prev[1] if prev else ms)
            evidence.append(Evidence(field="actors", start=ms, end=me, text=alias))
        if entry.kind == "nonstate" and entry.country and role != "target":
            if tuple(_words(alias)) in _namesakes():
                namesakes.setdefault(entry.name, alias)  # whose country, the place says (its regions may still)
            else:
                countries.append(entry.country)
            regions.extend(entry.regions)
    forces: list[tuple[int, int, ActorEntry, str]] = []
    for dm in _DEMONYM_FORCE.finditer(text):
        dem, noun = dm.group("dem"), dm.group("noun").lower()
        if (dem.lower(), "forces") not in _dictionary() and (dem.lower(), noun) not in _dictionary():
            if load_demonyms().get(dem.lower()) is None:
                continue
        forces.append((dm.start(), dm.end(), _state_forces(dem, noun), noun.split()[-1]))
    forces += [(a, b, entry, "state") for a, b, entry in _attacking_states(text, opening_end)]
    for fs, fe, entry, noun in sorted(forces, key=lambda f: f[0]):
        before = text[max(0, fs - 60) : fs]
        caused = noun in _ATTACK_NOUNS and _CAUSED_BY_BEFORE.search(before) is not None
        if caused and not (in_background(text, fs) or _in_other_event(text, fs)):
            role = "perpetrator"  # "Nine soldiers were killed in an Israeli airstrike": the dead fell to it
        elif noun != "state" and (_TARGET_BEFORE.search(before) or _suffered(text, fe, noun)):
            role = "target"  # a state found as the subject of its attack is none
        elif (
            in_background(text, fs)
            or _in_other_event(text, fs)
            or _SOURCE_AFTER.match(text, fe)
            or _ANNIVERSARY_OF_BEFORE.search(before)
        ):
            role = "unknown"
        elif (
            fs < opening_end
            or _FORCE_ACTS_AFTER.match(text, fe)
            or _PERP_BEFORE.search(before)
            or (noun in _ATTACK_NOUNS and _CAUSED_BY_BEFORE.search(before))
        ):
            role = "perpetrator"
        else:
            role = "unknown"
        prev = found.get(entry.name)
        # "Israeli strikes killed 30 ... The Israeli military said it had struck": the forces' first act in the
        # text is the evidence, though their own word later said it too.
        if prev is not None and (role != "perpetrator" or (prev[0] == "perpetrator" and prev[1] <= fs)):
            continue
        # "The Israeli military said ..." then "Israeli strikes killed ...": the forces are the perpetrator.
        found[entry.name] = (role, min(fs, prev[1]) if prev else fs)
        evidence.append(Evidence(field="actors", start=fs, end=fe, text=text[fs:fe]))
    known = {_key(n) for n in found}
    # Every match holds one of these words: most texts hold none, and the substring tests spare them the scan.
    claim_at = _CLAIM_HINT.search(text) if any(w in text for w in _CLAIM_HINT_WORDS) else None
    claims = itertools.chain(
        _CLAIM_RE.finditer(text, max(0, claim_at.start() - 200)) if claim_at else (),
        _claims_by_others(text),
    )
    for m in claims:
        if m.re is _CLAIMED_BY_RE and not _claim_or_blame_of_a_group(text, m):
            continue
        spoken = "spoken" in m.re.groupindex and m.group("spoken") is not None
        g = "spoken" if spoken else "name"  # the group a spokesman speaks for, or the claimant itself
        inside = [e for a, b, e in alias_spans if a < m.end(g) and m.start(g) < b]
        if inside:  # a dictionary alias ("ISIS-K", "The Islamic State of Iraq claimed") names this claimant
            _claimed_by(found, inside[-1], text, m.start(g), m.end())
            continue
        if not spoken and _SPOKESMAN_BEFORE.search(text, max(0, m.start(g) - 40), m.start(g)):
            # "Taliban spokesman Zabihullah Mujahid claimed": the group he speaks for claimed, not the man
            group = [e for a, b, e in alias_spans if m.start(g) - 40 < b <= m.start(g)]
            if group:
                _claimed_by(found, group[-1], text, m.start(g), m.end())
            continue
        name = _claimant(m.group(g))
        if not name or _key(name) in known or any(_key(name) in k or k in _key(name) for k in known):
            continue
        if name.lower().endswith(_ADJECTIVE_ENDS):
            continue  # "claimed by the Pakistan-based militant group Jaish-e-Mohammed": where the group is, not it
        written = m.group(g)
        start = m.start(g) + _offset_of_word(written, len(written.split()) - len(name.split()))
        end = m.end(g)
        head = (m.group("head") or "").strip() if m.re is _CLAIMED_BY_RE else ""
        if len(name.split()) == 1 and head in ("gang", "clan", "network"):
            # "ordered by the Dorgan gang", "the Esposito-Lauro clan": a family's or a place's name is the group's
            name, end = f"{name} {head}", m.end("head")
        joint = name.split(" and the ")
        if len(joint) == 2 and all(_GROUP_HEAD_END.search(part) for part in joint):
            # "The People's Liberation Army and the Manipur Naga People's Front jointly claimed the attack": two groups
            found[joint[0]] = ("perpetrator", start)
            found[joint[1]] = ("perpetrator", start + name.index(" and the ") + 9)
        else:
            found[name] = ("perpetrator", start)
        evidence.append(Evidence(field="actors", start=start, end=end, text=text[start:end]))
    # The attacker named as a person, also beside a group that claimed the attack ("Anis Amri hijacked a lorry ...
    # The Islamic State claimed responsibility"): the databases name both, and the man is no less the attacker.
    # Beside a group, only where a claim is told (the group then is who claimed, the man who acted) or a gunman, an
    # attacker or a suspect is spoken of ("A gunman who pledged allegiance to the Islamic State group ... Police
    # identified the attacker as X"): a group's own raid or a state's strike names no man, and spares the scans.
    perpetrators = [n for n, (r, _) in found.items() if r == "perpetrator"]
    by_state = any(_is_state(n) for n in perpetrators)
    people_patterns: list[tuple[re.Pattern[str], re.Pattern[str], int | None]] = []
    if not perpetrators or ("claim" in text and not by_state):
        people_patterns = _PERSON_PATTERNS
    elif not by_state and _ROLE_TOLD.search(text) is not None:
        people_patterns = [_FIELD_NAMED, _ROLE_NAMED]  # (only where the role names him: the other scans found no more)
    elif not by_state:
        people_patterns = [_FIELD_NAMED]  # a factbox's "Gunman: X" under its "Claim: the Islamic State group"
    for hint, pat, limit in people_patterns:
        hm = hint.search(text, 0, len(text) if limit is None else limit + 300)  # no name beyond the limit
        if hm is None:
            continue
        named = next(
            (
                people
                # (a name may stand a long description before the word the hint finds: "X, a 28-year-old Australian
                # who had been living in Dunedin, appeared in the District Court on Saturday charged with murder")
                for m in pat.finditer(text, max(0, hm.start() - 240), len(text) if limit is None else limit + 300)
                if (limit is None or m.start("name") < limit)
                and not _in_other_event(text, m.start("name"))
                and (pat is not _ENDED or _ROLE_TOLD.search(text, 0, m.start("name")) is not None)
                and (pat is not _AGE_NAMED or _AGE_NAMED_ACT.match(text, m.end()) is not None or _acts_next(text, m))
                # (the paragraph right after the lede's, and not one of the dead or hurt it names)
                and (
                    pat is not _NAMED_NEXT_PARAGRAPH
                    or text.count("\n", hm.end(), m.start("name")) <= 2 and not _victims_fate(text, m.end("name"))
                )
                and not _speaker_or_victim(text, m)
                and not (pat is _PASSIVE_AGENT and _AFTERMATH_DONE.search(text, max(0, m.start() - 60), m.start()))
                and _HEADLINE_WORDS.isdisjoint(m.group("name").split())
                # (a place's name before the act is no match, and the next one is looked for: "X, a temporary worker
                # at a plant in Susono, Shizuoka Prefecture, drove a rented truck")
                and not _DIVISION_END.search(m.group("name"))
                and (people := _attackers_named(text, m))
            ),
            None,
        )
        if named is None:
            continue
        for name, start, end in named:
            if any(a < end and start < b for a, b, _ in alias_spans):
                continue  # "the New IRA shot dead": a group the dictionary knows, not a person
            if _DIVISION_END.search(name):
                continue  # "in Kani Township, Sagaing Region, killed nine": the place before the verb, not a person
            found.setdefault(name, ("perpetrator", start))
            evidence.append(Evidence(field="actors", start=start, end=end, text=text[start:end]))
        break
    # "Authorities blamed jihadists linked to the Islamic State group": the group named only as the kind's patron
    # says what the attackers were, and the kind is the attacker the text names.
    if categories and not any(r == "perpetrator" and not _named_as_patron(text, at) for r, at in found.values()):
        # "Bandits killed 12 villagers": the kind of actor, when the report names no one (see actors.yaml).
        for name, (start, end) in categories.items():
            found[name] = ("perpetrator", start)
            evidence.append(Evidence(field="actors", start=start, end=end, text=text[start:end]))
    for name, role, start, end in _row_sides(text, alias_spans):
        prev = found.get(name)
        if prev is None or (role == "perpetrator" and prev[0] != "perpetrator"):
            found[name] = (role, prev[1] if prev else start)
            evidence.append(Evidence(field="actors", start=start, end=end, text=text[start:end]))
    if not any(r == "perpetrator" for r, _ in found.values()) and (fired := _forces_that_fired(text, opening_end)):
        found[fired[0]] = ("perpetrator", fired[1])
        evidence.append(Evidence(field="actors", start=fired[1], end=fired[2], text=text[fired[1] : fired[2]]))
    # "Fighters linked to al-Qaida ... JNIM claimed": the patron is named for what the attacker is, so the
    # attacker named by itself comes first.
    patrons = {n for n, (r, at) in found.items() if r == "perpetrator" and _named_as_patron(text, at)}
    order = sorted(found.items(), key=lambda kv: (kv[1][0] != "perpetrator", kv[0] in patrons, kv[1][1]))
    return ActorFacts(
        [Actor(name=n, role=r) for n, (r, _) in order],
        countries,
        evidence,
        [(s, e) for s, e, _ in alias_spans],
        regions,
        namesakes,
    )
