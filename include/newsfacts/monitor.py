"""A run's data-quality pass: the articles, incidents and run suites, their results kept, quarantine, alerts.

Row rules quarantine rows and the run goes on; a failed critical rule is raised as DataQualityError
(after the results and the quarantine are written) with the rule and the observed value, and alerted.
"""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

from newsfacts import quality
from newsfacts import warehouse as wh

log = logging.getLogger(__name__)

MIN_HISTORY_DAYS = 7  # fewer past days than this and the incidents-per-day band is not drawn yet
MIN_ARTICLES_FOR_YIELD = 5
DQ_BATCH = 1_000

Alert = Callable[[str, str], Any]


class DataQualityError(RuntimeError):
    """A critical data-quality rule failed: the run must not load (retrying will not fix the data)."""


def _incident_rows(staged: list[dict[str, Any]], texts: dict[int, str]) -> list[dict[str, Any]]:
    rows = []
    for s in staged:
        row = dict(
            s["row_data"], article_id=s["article_id"], seq=s["seq"], parser_version=s["parser_version"]
        )
        row["row_key"] = f"{s['run_id']}|{s['article_id']}|{s['seq']}"
        row["article_text"] = texts.get(s["article_id"])
        rows.append(row)
    return rows


def check_rows(
    rows: list[dict[str, Any]], articles: list[dict[str, Any]], interval_start: datetime | None, run_name: str
) -> tuple[quality.ValidationOutcome, quality.ValidationOutcome, dict[str, list[str]]]:
    """Both row suites over incident rows and their articles; returns the outcomes and reasons by row_key.

    An incident inherits the row failures of its article (e.g. a publication date in the future),
    prefixed `articles:`, so a bad article's facts never load on their own.
    """
    arts = quality.validate_articles(articles, interval_start, run_name=run_name)
    by_article = {r["article_id"]: why for r, why in arts.quarantined}
    incs = quality.validate_incidents(rows, run_name=run_name)
    reasons: dict[str, list[str]] = {r["row_key"]: list(why) for r, why in incs.quarantined}
    for r in rows:
        for why in by_article.get(r["article_id"], []):
            reasons.setdefault(r["row_key"], []).append(f"articles: {why}")
    return arts, incs, reasons


def incidents_band(history: list[int]) -> tuple[float, float] | None:
    """Half the lowest to twice the highest daily count of the last 30 days, once there are enough days."""
    if len(history) < MIN_HISTORY_DAYS:
        return None
    return (float(min(history)) / 2, float(max(history)) * 2 + 1)


def result_rows(run_id: str, outcome: quality.ValidationOutcome) -> list[tuple[Any, ...]]:
    return [
        (
            run_id,
            e["suite"],
            e["key"],
            e["expectation"],
            e["description"],
            e["severity"],
            e["success"],
            wh.json(e["observed_value"]),
            e["unexpected_count"],
            e["unexpected_percent"],
            e["element_count"],
            outcome.page,
        )
        for e in outcome.expectations
    ]


def describe_failure(e: dict[str, Any]) -> str:
    """One line an on-call reader can act on: suite, rule in words, the rule itself, what was seen."""
    seen = f"observed {e['observed_value']!r}"
    if e.get("unexpected_count") and e["suite"] != "run":  # the run suite's one row is the run itself
        seen += f", {e['unexpected_count']} of {e.get('element_count')} rows ({e['unexpected_percent']:.1f}%)"
    return f"{e['suite']}: {e['description']} [{e['expectation']}]: {seen}"


def dq_batch() -> int:
    """Rows (or articles) per GX batch: `NEWSFACTS_DQ_BATCH`, else 1,000.

    Memory is bounded by one batch (texts included); each batch costs GX a fixed ~0.3 s, so smaller
    batches trade time for memory.
    """
    return max(1, int(os.environ.get("NEWSFACTS_DQ_BATCH") or DQ_BATCH))


def _check_articles(conn: Any, run_id: str, suite: quality.StreamedSuite, limit: int) -> int:
    """The articles suite over the run's articles, batch by batch; what it found is noted in dq_checked_articles."""
    after, seen = 0, 0
    while batch := wh.fetch_dicts(conn, wh.sql("dq_articles"), {"run_id": run_id, "after": after, "limit": limit}):
        reasons = suite.add(batch)  # article_frame keys each row by its article_id
        wh.execute_batch_values(conn, wh.sql("dq_note_articles"), [
            (a["article_id"], a["canonical_url"], quality.text_fingerprint(a["text"]),
             wh.json(reasons[a["article_id"]]) if a["article_id"] in reasons else None)
            for a in batch])
        after, seen = batch[-1]["article_id"], seen + len(batch)
    return seen


def _whole_run_articles(conn: Any) -> dict[str, quality.Tally]:
    """Tallies of the articles rules about the whole run (see quality.WHOLE_RUN_RULES), counted in PostgreSQL."""
    w = wh.fetch_dicts(conn, wh.sql("dq_whole_run_articles"))[0]
    fingerprints = w["fingerprints"]
    return {
        "canonical_url": quality.Tally(
            success=not w["url_duplicated"], element_count=w["element_count"], missing_count=w["url_missing"],
            unexpected_count=w["url_duplicated"], sample=list(w["url_sample"])),
        "text_fingerprint": quality.Tally(
            observed_value=w["distinct_fingerprints"] / fingerprints if fingerprints else 0.0, between=True),
    }


def _check_incidents(conn: Any, run_id: str, suite: quality.StreamedSuite, limit: int) -> tuple[int, int]:
    """The incidents suite over every staged row, batch by batch, each batch marked and quarantined as it goes.

    Returns (valid, quarantined). An incident inherits its article's row failures (e.g. a publication
    date in the future), prefixed `articles:`, so a bad article's facts never load on their own.
    """
    after: dict[str, Any] = {"article_id": 0, "seq": -1, "run_id": ""}
    valid = quarantined = 0
    actor = getpass.getuser()
    while staged := wh.fetch_dicts(conn, wh.sql("dq_staged_batch"), {**after, "limit": limit}):
        ids = sorted({s["article_id"] for s in staged})
        texts = {a["article_id"]: a["text"]
                 for a in wh.fetch_dicts(conn, wh.sql("dq_article_texts"), {"article_ids": ids})}
        rows = _incident_rows(staged, texts)
        reasons = suite.add(rows)
        marks, quarantine = [], []
        for s, r in zip(staged, rows, strict=True):
            why = reasons.get(r["row_key"], []) + [f"articles: {w}" for w in s["article_reasons"] or []]
            marks.append((s["run_id"], s["article_id"], s["seq"], "quarantined" if why else "valid"))
            if why:
                clean = {k: v for k, v in r.items() if k not in ("row_key", "article_text")}
                action = {"action": "quarantined", "run_id": run_id, "by": actor, "reasons": why}
                quarantine.append((run_id, s["article_id"], s["seq"], s["parser_version"], wh.json(why),
                                   wh.json(clean), wh.json([action])))
        wh.execute_batch_values(conn, wh.sql("mark_staged"), marks)
        wh.execute_batch_values(conn, wh.sql("insert_quarantine"), quarantine)
        valid, quarantined = valid + len(rows) - len(quarantine), quarantined + len(quarantine)
        last = staged[-1]
        after = {"article_id": last["article_id"], "seq": last["seq"], "run_id": last["run_id"]}
    return valid, quarantined


def validate_run_quality(run_id: str, alert: Alert | None = None) -> dict[str, Any]:
    """Validate everything the run staged, keep one `dq_results` row per rule, quarantine failing rows.

    Rows and articles stream through the suites in batches of `dq_batch()` (memory does not grow
    with the run); rules about the whole run (null rates, duplicates, yield) are judged on every row
    all the same. Marks, quarantine and results are written in one transaction, so a validation that
    dies half-way leaves nothing behind and its retry starts over.

    Returns counts (valid, quarantined), the Data Docs index and the rules that failed; raises
    DataQualityError after alerting when a critical rule failed. A run with no new article and
    nothing staged runs no suite at all.
    """
    from newsfacts.alerts import send_alert

    limit = dq_batch()
    with wh.connect() as conn:
        run = next(iter(wh.fetch_dicts(conn, wh.sql("dq_run"), {"run_id": run_id})), {})
        interval_start = run.get("interval_start")
        with conn.cursor() as cur:
            cur.execute(wh.sql("dq_scratch"))
        arts = quality.streamed_articles(interval_start, run_name=run_id)
        n_articles = _check_articles(conn, run_id, arts, limit)
        incs = quality.streamed_incidents(run_name=run_id)
        valid, quarantined = _check_incidents(conn, run_id, incs, limit)
        if not n_articles and not incs.rows:
            log.info("validate_incidents: nothing new in run %s, no suite run", run_id)
            return {"valid": 0, "quarantined": 0, "data_docs": None, "dq_failed": []}
        arts_outcome = arts.finish(_whole_run_articles(conn))
        incs_outcome = incs.finish()
        yield_ = wh.fetch_dicts(conn, wh.sql("dq_yield"), {"run_id": run_id})[0]
        history = (
            [r["incidents"] for r in wh.fetch_dicts(conn, wh.sql("dq_history"), {"run_id": run_id,
                                                                               "day": interval_start})]
            if interval_start
            else []
        )
        parsed = yield_["articles_parsed"]
        metrics = {
            "share_articles_with_incidents": yield_["articles_with_incidents"] / parsed
            if parsed >= MIN_ARTICLES_FOR_YIELD
            else None,
            "incidents_per_day": float(yield_["incidents"]),
        }
        run_outcome = quality.validate_run(metrics, incidents_band(history), run_name=run_id)
        outcomes = [o for o in (arts_outcome, incs_outcome, run_outcome) if o.expectations]
        wh.execute_batch_values(
            conn, wh.sql("dq_upsert_results"), [row for o in outcomes for row in result_rows(run_id, o)]
        )

    results = [e for o in outcomes for e in o.expectations]
    failed = [e for e in results if not e["success"]]
    critical = [e for o in outcomes for e in o.critical]
    docs = next((o.data_docs for o in reversed(outcomes) if o.data_docs), None)
    summary = {
        "valid": valid,
        "quarantined": quarantined,
        "data_docs": docs,
        "dq_expectations": len(results),
        "dq_passed": len(results) - len(failed),
        "dq_failed": [f"{e['suite']}: {e['key']}" for e in failed],
    }
    for e in failed:
        if e not in critical:
            log.warning("data quality (%s, not critical) %s", e["severity"], describe_failure(e))
    log.info(
        "validate_incidents: %d valid, %d quarantined, %d/%d expectations passed; Data Docs: %s",
        summary["valid"],
        summary["quarantined"],
        summary["dq_passed"],
        len(results),
        docs,
    )
    if critical:
        lines = [describe_failure(e) for e in critical]
        message = (
            f"run {run_id}: {len(critical)} critical data-quality expectation(s) failed, nothing loaded:\n  "
            + "\n  ".join(lines)
            + f"\nResults: newsfacts.dq_results; Data Docs: {docs}"
        )
        (alert or send_alert)(f"newsfacts data quality failed ({run_id})", message)
        raise DataQualityError(message)
    return summary
