"""The daily pipeline's stages over the warehouse: each takes a run id, works in batches, returns counts.

Bodies and rows move through PostgreSQL (entries -> pages -> articles -> staged_incidents ->
incidents/quarantine), so a task retried or a run repeated picks up exactly what is still open,
and only small count dicts travel through XCom.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from newsfacts import warehouse as wh
from newsfacts.config import FeedSource, fetch_settings, load_feed_list
from newsfacts.extract import EXTRACTOR_VERSION, decode_html, extract_article
from newsfacts.facts import PARSER_VERSION, parse_incidents
from newsfacts.feeds import poll_feed
from newsfacts.fetch import FetchResult, fetch

log = logging.getLogger(__name__)

BATCH = 200
MAX_FETCH_ATTEMPTS = 3
INCIDENT_FIELDS = (
    "killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high", "event_date",
    "date_precision", "country", "admin1", "location", "lat", "lon", "geo_precision", "actors",
    "attack_type", "weapon", "evidence",
)


@dataclass(frozen=True)
class RunInfo:
    """What identifies a run and its news window (the data interval of the Airflow run)."""

    run_id: str
    dag_id: str = "newsfacts_daily"
    logical_date: datetime | None = None
    interval_start: datetime | None = None
    interval_end: datetime | None = None


def start_run(run: RunInfo, feeds: list[FeedSource] | None = None) -> list[dict[str, Any]]:
    """Migrate, open the run row, register the feed list; returns the feeds to poll (one mapped task each)."""
    wh.migrate()
    feeds = feeds if feeds is not None else load_feed_list()
    with wh.connect() as conn:
        with conn.cursor() as cur:
            cur.execute(wh.sql("upsert_run"), asdict(run))
        rows = wh.execute_batch_values(conn, wh.sql("upsert_feeds"), [(f.url, f.name) for f in feeds])
    log.info("run %s: %d feeds to poll", run.run_id, len(rows))
    return [{"feed_id": r[0], "url": r[1], "name": r[2]} for r in rows]


def poll_one_feed(feed: dict[str, Any], run_id: str) -> dict[str, Any]:
    """Poll a feed, record its health, and register its entries; a broken feed is a result, not an error."""
    with wh.connect() as conn:
        state = wh.fetch_dicts(conn, wh.sql("select_feed"), {"feed_id": feed["feed_id"]})[0]
    poll = poll_feed(state["url"], etag=state["etag"], last_modified=state["last_modified"])
    with wh.connect() as conn:
        with conn.cursor() as cur:
            cur.execute(wh.sql("record_feed_poll"), {
                "feed_id": feed["feed_id"], "status": poll.status, "error": poll.error or poll.warning,
                "http_status": poll.http_status, "etag": poll.etag, "last_modified": poll.last_modified,
                "n_entries": len(poll.entries),
            })
        inserted = wh.execute_batch_values(conn, wh.sql("insert_entries"), [
            (feed["feed_id"], e.key, e.url, e.title, e.published_at, run_id, run_id) for e in poll.entries
        ])
    new = sum(1 for (was_inserted,) in inserted if was_inserted)
    if poll.status == "failed":
        log.warning("feed %s (%s) failed: %s", feed["name"], feed["url"], poll.error)
    else:
        log.info("feed %s: %s, %d entries, %d new%s", feed["name"], poll.status, len(poll.entries), new,
                 f" (warning: {poll.warning})" if poll.warning else "")
    return {"feed": feed["name"], "status": poll.status, "entries": len(poll.entries), "new": new,
            "error": poll.error}


def _page_row(result: FetchResult, run_id: str) -> tuple[Any, ...]:
    digest = hashlib.sha256(result.body).hexdigest()
    return (result.url, digest, result.final_url, result.status, result.content_type, result.encoding,
            gzip.compress(result.body, compresslevel=6), datetime.now(UTC), run_id)


def fetch_pages(run_id: str, batch: int = BATCH) -> dict[str, int]:
    """Download the pages of open entries, concurrently, into the raw page archive.

    A URL already stored as an article is not fetched again (the entry becomes a duplicate); the
    same URL in two feeds is fetched once. Failures and refusals are written on the entry with
    the reason, and the entry is retried by later runs up to MAX_FETCH_ATTEMPTS.
    """
    counts: Counter[str] = Counter()
    settings = fetch_settings()
    with ThreadPoolExecutor(max_workers=settings.concurrency) as pool:
        while True:
            with wh.connect() as conn:
                todo = wh.fetch_dicts(conn, wh.sql("select_entries_to_fetch"),
                                      {"run_id": run_id, "max_attempts": MAX_FETCH_ATTEMPTS, "limit": batch})
            if not todo:
                break
            marks: list[tuple[Any, ...]] = []
            urls: dict[str, list[dict[str, Any]]] = {}
            for e in todo:
                if e["existing_article_id"]:
                    marks.append((e["entry_id"], "duplicate", "already stored", None, e["existing_article_id"], 0))
                    counts["duplicate"] += 1
                else:
                    urls.setdefault(e["url"], []).append(e)
            results = dict(zip(urls, pool.map(fetch, urls)))
            pages = []
            for url, result in results.items():
                if result.ok and result.body:
                    pages.append(_page_row(result, run_id))
                    digest = pages[-1][1]
                    for e in urls[url]:
                        marks.append((e["entry_id"], "fetched", None, digest, None, 1))
                    counts["fetched"] += 1
                else:
                    state = "refused" if result.refused else "failed"
                    reason = result.error or f"HTTP {result.status} with an empty body"
                    log.warning("page %s %s: %s", url, state, reason)
                    for e in urls[url]:
                        marks.append((e["entry_id"], state, reason, None, None, 1))
                    counts[state] += 1
            with wh.connect() as conn:
                wh.execute_batch_values(conn, wh.sql("insert_page"), pages)
                _mark_entries(conn, marks, run_id)
    log.info("fetch_pages: %s", dict(counts) or "nothing to fetch")
    return dict(counts)


def _mark_entries(conn: Any, marks: list[tuple[Any, ...]], run_id: str) -> None:
    """Write each entry's state: marks are (entry_id, state, reason, page_hash, article_id, tried)."""
    wh.execute_batch_values(conn, wh.sql("mark_entries"), [(*m, run_id) for m in marks])


def extract_articles(run_id: str, batch: int = BATCH) -> dict[str, int]:
    """Turn archived pages into articles; every page with article text is stored, incident or not."""
    counts: Counter[str] = Counter()
    while True:
        with wh.connect() as conn:
            todo = wh.fetch_dicts(conn, wh.sql("select_fetched_pages"), {"limit": batch})
            if not todo:
                break
            marks: list[tuple[Any, ...]] = []
            for e in todo:
                marks.append(_extract_one(conn, e, run_id, counts))
            _mark_entries(conn, marks, run_id)
    log.info("extract_articles: %s", dict(counts) or "nothing to extract")
    return dict(counts)


def _extract_one(conn: Any, e: dict[str, Any], run_id: str, counts: Counter[str]) -> tuple[Any, ...]:
    try:
        html = decode_html(gzip.decompress(bytes(e["body_gz"])), e["encoding"])
        article = extract_article(html, e["url"], entry_title=e["title"], entry_published=e["published_at"])
    except Exception as exc:  # a page that breaks the extractor is recorded, the batch goes on
        log.warning("extract %s failed: %s: %s", e["url"], type(exc).__name__, exc)
        counts["failed"] += 1
        return (e["entry_id"], "failed", f"extraction error: {type(exc).__name__}: {exc}", None, None, 1)
    if article is None:
        counts["failed"] += 1
        return (e["entry_id"], "failed", "no article text found", None, None, 1)
    params = asdict(article)
    existing = wh.fetch_dicts(conn, wh.sql("find_article"), params)
    if existing:
        counts["duplicate"] += 1
        return (e["entry_id"], "duplicate", "same article already stored", None, existing[0]["article_id"], 0)
    params.update(feed_id=e["feed_id"], page_hash=e["content_hash"], fetched_at=e["fetched_at"],
                  extractor_version=EXTRACTOR_VERSION, run_id=run_id)
    with conn.cursor() as cur:
        cur.execute(wh.sql("insert_article"), params)
        row = cur.fetchone()
    if row is None:  # lost a race with a concurrent run: the other copy stands
        counts["duplicate"] += 1
        return (e["entry_id"], "duplicate", "same article already stored", None, None, 0)
    counts["articles"] += 1
    return (e["entry_id"], "extracted", None, e["content_hash"], row[0], 0)


def incident_row(incident: dict[str, Any], published_at: datetime | None) -> dict[str, Any]:
    """The warehouse shape of one parsed incident (contract keys only) plus the article's date for checks."""
    row = {k: incident.get(k) for k in INCIDENT_FIELDS}
    row["actors"] = row["actors"] or []
    row["evidence"] = row["evidence"] or []
    row["published_date"] = published_at.date().isoformat() if published_at else None
    return row


def parse_articles(run_id: str, batch: int = BATCH) -> dict[str, int]:
    """Parse incidents from articles not yet parsed by this parser version; rows are staged for validation."""
    counts: Counter[str] = Counter()
    after = 0
    while True:
        with wh.connect() as conn:
            todo = wh.fetch_dicts(conn, wh.sql("select_articles_to_parse"), {
                "after": after, "run_id": run_id, "parser_version": PARSER_VERSION, "limit": batch})
            if not todo:
                break
            staged = []
            for a in todo:
                published = a["published_at"].isoformat() if a["published_at"] else None
                try:
                    incidents = parse_incidents(a["text"], published=published, title=a["title"], url=a["url"])
                except Exception as exc:  # recorded in the log and counts; the article stays unparsed
                    log.warning("parse article %s failed: %s: %s", a["article_id"], type(exc).__name__, exc)
                    counts["failed"] += 1
                    continue
                counts["articles"] += 1
                counts["with_incidents" if incidents else "without_incidents"] += 1
                for seq, inc in enumerate(incidents):
                    staged.append((run_id, a["article_id"], seq, PARSER_VERSION,
                                   wh.json(incident_row(inc, a["published_at"]))))
            counts["incidents"] += len(staged)
            wh.execute_batch_values(conn, wh.sql("stage_incidents"), staged)
            with conn.cursor() as cur:
                cur.execute(wh.sql("mark_parsed"), {"parser_version": PARSER_VERSION,
                                                   "article_ids": [a["article_id"] for a in todo]})
            after = todo[-1]["article_id"]
    log.info("parse_incidents: %s (parser %s)", dict(counts) or "nothing to parse", PARSER_VERSION)
    return dict(counts)


def validate_staged(run_id: str, batch: int = 50_000) -> dict[str, Any]:
    """Run the GX incidents suite over staged rows; failures go to quarantine with their reasons."""
    from newsfacts.quality import validate_incidents

    counts: Counter[str] = Counter()
    docs: str | None = None
    failed_table_checks: list[str] = []
    while True:
        with wh.connect() as conn:
            staged = wh.fetch_dicts(conn, wh.sql("select_staged"), {"status": "staged", "limit": batch})
            if not staged:
                break
            rows = []
            for s in staged:
                row = dict(s["row_data"], article_id=s["article_id"], seq=s["seq"],
                           parser_version=s["parser_version"])
                row["row_key"] = f"{s['run_id']}|{s['article_id']}|{s['seq']}"
                rows.append(row)
            outcome = validate_incidents(rows, run_name=run_id)
            docs = outcome.data_docs or docs
            if not outcome.success:
                failed_table_checks += [e["expectation"] for e in outcome.expectations if not e["success"]]
            marks = [(*r["row_key"].split("|"), "valid") for r in outcome.good]
            quarantine = []
            for r, reasons in outcome.quarantined:
                run, article_id, seq = r["row_key"].split("|")
                marks.append((run, article_id, seq, "quarantined"))
                clean = {k: v for k, v in r.items() if k != "row_key"}
                quarantine.append((run_id, int(article_id), int(seq), r["parser_version"], wh.json(reasons),
                                   wh.json(clean)))
            wh.execute_batch_values(conn, wh.sql("mark_staged"), marks)
            wh.execute_batch_values(conn, wh.sql("insert_quarantine"), quarantine)
            counts["valid"] += len(outcome.good)
            counts["quarantined"] += len(outcome.quarantined)
    if failed_table_checks:
        raise ValueError(f"incidents suite failed table-level expectations: {failed_table_checks}")
    log.info("validate_incidents: %s; Data Docs: %s", dict(counts) or "nothing staged", docs)
    return {**counts, "data_docs": docs}


def _incident_values(s: dict[str, Any], run_id: str) -> tuple[Any, ...]:
    r = s["row_data"]
    return (
        s["article_id"], s["seq"], r.get("killed"), r.get("killed_low"), r.get("killed_high"), r.get("injured"),
        r.get("injured_low"), r.get("injured_high"), r.get("event_date"), r.get("date_precision"),
        r.get("country"), r.get("admin1"), r.get("location"), r.get("lat"), r.get("lon"),
        r.get("geo_precision"), wh.json(r.get("actors") or []), r.get("attack_type"), r.get("weapon"),
        wh.json(r.get("evidence") or []), s["parser_version"], run_id,
    )


def load_valid(run_id: str, batch: int = 5_000) -> dict[str, int]:
    """Upsert validated rows into the fact table, one transaction per batch, then close the entries."""
    counts: Counter[str] = Counter()
    while True:
        with wh.connect() as conn:
            valid = wh.fetch_dicts(conn, wh.sql("select_staged"), {"status": "valid", "limit": batch})
            if not valid:
                break
            wh.execute_batch_values(conn, wh.sql("upsert_incidents"), [_incident_values(s, run_id) for s in valid])
            wh.execute_batch_values(conn, wh.sql("delete_staged"),
                                    [(s["run_id"], s["article_id"], s["seq"]) for s in valid])
            counts["incidents"] += len(valid)
    with wh.connect() as conn:
        quarantined = wh.fetch_dicts(conn, wh.sql("select_staged"), {"status": "quarantined", "limit": 1_000_000})
        wh.execute_batch_values(conn, wh.sql("delete_staged"),
                                [(s["run_id"], s["article_id"], s["seq"]) for s in quarantined])
        with conn.cursor() as cur:
            cur.execute(wh.sql("delete_stale_incidents"), {"parser_version": PARSER_VERSION})
            counts["stale_deleted"] = cur.rowcount
            cur.execute(wh.sql("close_entries"))
            counts.update(f"entries_{state}" for (state,) in cur.fetchall())
    log.info("load_incidents: %s", dict(counts))
    return dict(counts)


def finish_run(run_id: str, stages: dict[str, Any], started: float | None = None) -> dict[str, Any]:
    """Write the run row (counts per stage, status) and return the summary people read."""
    polls: Iterable[dict[str, Any]] = stages.get("polls") or []
    polls = [p for p in polls if p]
    summary: dict[str, Any] = {
        "feeds_ok": sum(1 for p in polls if p["status"] in ("ok", "not_modified")),
        "feeds_failed": sum(1 for p in polls if p["status"] == "failed"),
        "failed_feeds": {p["feed"]: p["error"] for p in polls if p["status"] == "failed"},
        "entries_seen": sum(p["entries"] for p in polls),
        "entries_new": sum(p["new"] for p in polls),
    }
    fetched = stages.get("fetched") or {}
    extracted = stages.get("extracted") or {}
    parsed = stages.get("parsed") or {}
    validated = stages.get("validated") or {}
    loaded = stages.get("loaded") or {}
    summary.update(
        pages_fetched=fetched.get("fetched", 0),
        pages_failed=fetched.get("failed", 0) + extracted.get("failed", 0),
        pages_refused=fetched.get("refused", 0),
        articles_new=extracted.get("articles", 0),
        articles_duplicate=fetched.get("duplicate", 0) + extracted.get("duplicate", 0),
        articles_parsed=parsed.get("articles", 0),
        incidents_loaded=loaded.get("incidents", 0),
        incidents_quarantined=validated.get("quarantined", 0),
        data_docs=validated.get("data_docs"),
    )
    failed_stages = sorted(k for k, v in stages.items() if v is None and k != "polls")
    status = "failed" if failed_stages else "success"
    if failed_stages:
        summary["failed_stages"] = failed_stages
    timings = {"wall_seconds": round(time.time() - started, 1)} if started else {}
    with wh.connect() as conn, conn.cursor() as cur:
        cur.execute(wh.sql("finish_run"), {"run_id": run_id, "status": status, "counts": wh.json(summary),
                                           "timings": wh.json(timings), "data_docs_path": summary["data_docs"]})
    summary["status"] = status
    log.info("run %s %s: %s", run_id, status, summary)
    return summary
