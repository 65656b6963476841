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
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from typing import Any

import psycopg2
import psycopg2.errors

from newsfacts import feedhealth
from newsfacts import warehouse as wh
from newsfacts.config import FeedSource, fetch_settings, load_feed_list
from newsfacts.discovery import discover
from newsfacts.extract import EXTRACTOR_VERSION, decode_html, extract_article
from newsfacts.facts import PARSER_VERSION, parse_incidents
from newsfacts.feeds import poll_feed
from newsfacts.fetch import FetchResult
from newsfacts.politeness import PoliteFetcher
from newsfacts.urls import host_key, normalize_url

log = logging.getLogger(__name__)

BATCH = 200
MAX_FETCH_ATTEMPTS = 3
# A run whose window ended longer ago than this is a backfill: it reads archives, not today's feeds.
CURRENT_RUN_SLACK = timedelta(hours=36)
INCIDENT_FIELDS = (
    "killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high", "event_date",
    "date_precision", "country", "admin1", "location", "lat", "lon", "geo_precision", "actors",
    "attack_type", "weapon", "evidence",
)
# A staged row's fields, in the order of staging's typed columns (see copy_staged_incoming.sql).
STAGED_FIELDS = (*INCIDENT_FIELDS, "published_date")
_ACTORS, _EVIDENCE = 4 + STAGED_FIELDS.index("actors"), 4 + STAGED_FIELDS.index("evidence")
_KEY = itemgetter(1, 2, 0)  # (article_id, seq, run_id) of a staged record


@dataclass(frozen=True)
class RunInfo:
    """What identifies a run and its news window (the data interval of the Airflow run)."""

    run_id: str
    dag_id: str = "newsfacts_daily"
    logical_date: datetime | None = None
    interval_start: datetime | None = None
    interval_end: datetime | None = None


def open_run(run: RunInfo) -> None:
    """Migrate the warehouse and open (or reopen, on a rerun) the run's row."""
    wh.migrate()
    with wh.connect() as conn, conn.cursor() as cur:
        cur.execute(wh.sql("upsert_run"), asdict(run))


def start_run(run: RunInfo, feeds: list[FeedSource] | None = None) -> list[dict[str, Any]]:
    """Open the run, register the feed list; returns the sources to poll (one mapped task each)."""
    open_run(run)
    feeds = feeds if feeds is not None else load_feed_list()
    with wh.connect() as conn:
        rows = wh.execute_batch_values(conn, wh.sql("upsert_feeds"),
                                       [(f.url, f.name, f.feed, f.sitemap, f.archive) for f in feeds])
    log.info("run %s: %d feeds to poll", run.run_id, len(rows))
    return [{"feed_id": r[0], "url": r[1], "name": r[2]} for r in rows]


def run_window(run_id: str, now: datetime | None = None) -> tuple[datetime, datetime] | None:
    """The news window a run is held to: its data interval for a past day, None for a current run.

    A current run (the scheduled daily one, or `make run` for today) takes every new feed entry,
    whatever its date; a past day's run (a backfill) takes only what belongs to that day.
    """
    with wh.connect() as conn:
        rows = wh.fetch_dicts(conn, wh.sql("select_run"), {"run_id": run_id})
    if not rows or rows[0]["interval_start"] is None or rows[0]["interval_end"] is None:
        return None
    start, end = rows[0]["interval_start"], rows[0]["interval_end"]
    if end >= (now or datetime.now(UTC)) - CURRENT_RUN_SLACK:
        return None
    return start, end


def poll_one_feed(feed: dict[str, Any], run_id: str) -> dict[str, Any]:
    """Collect a source's entries for this run and register them; a broken source is a result, not an error.

    A current run polls the feed (conditional GET) and records feed health; any run with a window
    also asks the source's sitemap and archive pages for that window.
    """
    with wh.connect() as conn:
        state = wh.fetch_dicts(conn, wh.sql("select_feed"), {"feed_id": feed["feed_id"]})[0]
        run = wh.fetch_dicts(conn, wh.sql("select_run"), {"run_id": run_id})
    window = run_window(run_id)
    entries, status, error, warning = [], "skipped", None, None
    resting = feedhealth.resting(feed["feed_id"], run_id) if window is None and state["feed_url"] else None
    if resting:
        status, error = "resting", resting
    elif window is None and state["feed_url"]:
        poll = poll_feed(state["feed_url"], etag=state["etag"], last_modified=state["last_modified"])
        entries, status, error, warning = list(poll.entries), poll.status, poll.error, poll.warning
        with wh.connect() as conn, conn.cursor() as cur:
            cur.execute(wh.sql("record_feed_poll"), {
                "feed_id": feed["feed_id"], "status": poll.status, "error": poll.error or poll.warning,
                "http_status": poll.http_status, "etag": poll.etag, "last_modified": poll.last_modified,
                "n_entries": len(poll.entries),
            })
        feedhealth.record_rest(feed["feed_id"], run_id)
    discovered = 0
    if state["sitemap"] or state["archive"]:
        start, end = window or ((run[0]["interval_start"], run[0]["interval_end"]) if run else (None, None))
        if start is not None and end is not None:
            found = discover(state["sitemap"], state["archive"], start, end)
            known = {e.url for e in entries}
            extra = [e for e in found.entries if e.url not in known]
            entries += extra
            discovered = len(extra)
            if found.errors:
                warning = "; ".join(found.errors[:5])
            if status == "skipped":
                status = "ok" if found.entries or not found.errors else "failed"
                error = warning if status == "failed" else None
    with wh.connect() as conn:
        inserted = wh.execute_batch_values(conn, wh.sql("insert_entries"), [
            (feed["feed_id"], e.key, e.url, e.title, e.published_at, run_id, run_id) for e in entries
        ])
    new = sum(1 for (was_inserted,) in inserted if was_inserted)
    if status == "failed":
        log.warning("source %s (%s) failed: %s", feed["name"], feed["url"], error)
    else:
        log.info("source %s: %s, %d entries (%d from archives), %d new%s", feed["name"], status, len(entries),
                 discovered, new, f" (warning: {warning})" if warning else "")
    return {"feed": feed["name"], "status": status, "entries": len(entries), "new": new,
            "discovered": discovered, "error": error}


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
    window = run_window(run_id)
    fetcher = PoliteFetcher(settings)  # robots.txt and per-host spacing, shared by the threads
    with ThreadPoolExecutor(max_workers=settings.concurrency) as pool:
        while True:
            budget = settings.max_pages - sum(counts[k] for k in ("fetched", "failed", "refused", "skipped_robots"))
            if budget <= 0:
                log.warning("fetch_pages: %d pages downloaded, the per-run limit; open entries wait for the "
                            "next run (NEWSFACTS_FETCH_MAX_PAGES)", settings.max_pages)
                counts["budget_reached"] = 1
                break
            with wh.connect() as conn:
                todo = wh.fetch_dicts(conn, wh.sql("select_entries_to_fetch"),
                                      {"run_id": run_id, "max_attempts": MAX_FETCH_ATTEMPTS,
                                       "limit": min(batch, budget),
                                       "window_start": window[0] if window else None,
                                       "window_end": window[1] if window else None})
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
            ordered = _interleave_hosts(list(urls))
            results = dict(zip(ordered, pool.map(fetcher.fetch_page, ordered), strict=True))
            pages = []
            for url, result in results.items():
                if result.ok and result.body:
                    pages.append(_page_row(result, run_id))
                    digest = pages[-1][1]
                    for e in urls[url]:
                        marks.append((e["entry_id"], "fetched", None, digest, None, 1))
                    counts["fetched"] += 1
                else:
                    state = result.state
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


def _interleave_hosts(urls: list[str]) -> list[str]:
    """Round-robin over hosts, so that threads waiting on one slow or rate-limited host leave the rest busy."""
    by_host: dict[str, list[str]] = {}
    for url in urls:
        by_host.setdefault(host_key(url), []).append(url)
    queues = list(by_host.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]


def _mark_entries(conn: Any, marks: list[tuple[Any, ...]], run_id: str) -> None:
    """Write each entry's state: marks are (entry_id, state, reason, page_hash, article_id, tried)."""
    wh.execute_batch_values(conn, wh.sql("mark_entries"), [(*m, run_id) for m in marks])


def extract_articles(run_id: str, batch: int = BATCH) -> dict[str, int]:
    """Turn archived pages into articles; every page with article text is stored, incident or not."""
    counts: Counter[str] = Counter()
    window = run_window(run_id)
    while True:
        with wh.connect() as conn:
            todo = wh.fetch_dicts(conn, wh.sql("select_fetched_pages"), {"limit": batch})
            if not todo:
                break
            marks: list[tuple[Any, ...]] = []
            for e in todo:
                marks.append(_extract_one(conn, e, run_id, counts, window))
            _mark_entries(conn, marks, run_id)
    log.info("extract_articles: %s", dict(counts) or "nothing to extract")
    return dict(counts)


def _extract_one(
    conn: Any, e: dict[str, Any], run_id: str, counts: Counter[str],
    window: tuple[datetime, datetime] | None = None,
) -> tuple[Any, ...]:
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
    when = article.published_at
    if window and when and not window[0] <= when < window[1]:
        # Articles belong to the day they were published, never to the day they were found.
        counts["out_of_interval"] += 1
        return (e["entry_id"], "out_of_interval", f"published {when.isoformat()}, outside this run's day",
                e["content_hash"], None, 0)
    params = asdict(article)
    if params.get("canonical_url"):  # spelled as entry URLs are, so the same story under two URLs compares equal
        params["canonical_url"] = normalize_url(params["canonical_url"])
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


def reextract_range(run_id: str, start: datetime, end: datetime, batch: int = BATCH) -> dict[str, int]:
    """Re-extract, from the page archive, the articles published in [start, end) and queue them for parsing.

    No page is fetched: history is rebuilt from `pages`. An article whose new text equals another
    article's keeps its old text (the unique text hash would otherwise collide) but is re-parsed.
    """
    counts: Counter[str] = Counter()
    after = 0
    while True:
        with wh.connect() as conn:
            todo = wh.fetch_dicts(conn, wh.sql("select_archived_articles"),
                                  {"start": start, "end": end, "after": after, "limit": batch})
            if not todo:
                break
            for a in todo:
                html = decode_html(gzip.decompress(bytes(a["body_gz"])), a["encoding"])
                try:
                    article = extract_article(html, a["url"], entry_title=a["title"],
                                              entry_published=a["published_at"])
                except Exception as exc:  # keep the stored text; the article is still re-parsed
                    log.warning("re-extract article %s failed: %s", a["article_id"], exc)
                    article = None
                params = {"article_id": a["article_id"], "extractor_version": EXTRACTOR_VERSION,
                          **(asdict(article) if article else {k: None for k in (
                              "text", "text_hash", "title", "author", "site_name", "language", "canonical_url",
                              "modified_at")})}
                params["published_at"] = article.published_at if article else None
                with conn.cursor() as cur:
                    cur.execute(wh.sql("update_reextracted_article"), params)
                counts["articles"] += 1
            after = todo[-1]["article_id"]
    log.info("reextract_articles: %s", dict(counts) or "no archived article in the range")
    return dict(counts)


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
                    staged.append((run_id, a["article_id"], seq, PARSER_VERSION, incident_row(inc, a["published_at"])))
            counts["incidents"] += len(staged)
            stage_rows(conn, staged)
            with conn.cursor() as cur:
                cur.execute(wh.sql("mark_parsed"), {"parser_version": PARSER_VERSION,
                                                   "article_ids": [a["article_id"] for a in todo]})
            after = todo[-1]["article_id"]
    log.info("parse_incidents: %s (parser %s)", dict(counts) or "nothing to parse", PARSER_VERSION)
    return dict(counts)


def stage_rows(conn: Any, rows: Sequence[tuple[str, int, int, str, Mapping[str, Any]]]) -> None:
    """Stage (run_id, article_id, seq, parser_version, fields) rows by COPY; a key the same run staged
    before (a re-parse) is replaced.

    `fields` is the row as `incident_row` builds it; each field goes to its typed staging column.
    Rows are sent in key order (article_id, seq): staging's indexes then fill in order, and the load
    finds the rows already in the order it writes them. Everything happens in the caller's
    transaction, so the rows are staged durably or not at all, together with whatever else that
    transaction marks (e.g. the articles as parsed).
    """
    if not rows:
        return
    records = sorted((_staged_record(*r) for r in rows), key=_KEY)
    with conn.cursor() as cur:
        for run_id in sorted({r[0] for r in records}):
            keys = [r for r in records if r[0] == run_id]
            cur.execute(wh.sql("unstage_keys"), {"run_id": run_id, "article_ids": [r[1] for r in keys],
                                                 "seqs": [r[2] for r in keys]})
    wh.copy_rows(conn, wh.sql("copy_staged_incidents"), records)


def _staged_record(run_id: str, article_id: int, seq: int, parser_version: str,
                   fields: Mapping[str, Any]) -> list[Any]:
    record = [run_id, article_id, seq, parser_version, *map(fields.get, STAGED_FIELDS)]
    record[_ACTORS] = record[_ACTORS] or []
    record[_EVIDENCE] = record[_EVIDENCE] or []
    return record


def validate_staged(run_id: str) -> dict[str, Any]:
    """Run the run's data-quality checkpoints (articles, incidents, run level; see `newsfacts.monitor`).

    Failing rows go to quarantine with their reasons and the run goes on; a failed critical rule
    raises `monitor.DataQualityError` after the results are kept in `dq_results` and alerted.
    """
    from newsfacts.monitor import validate_run_quality

    return validate_run_quality(run_id)


def _incident_values(s: dict[str, Any], run_id: str) -> tuple[Any, ...]:
    r = s["row_data"]
    return (
        s["article_id"], s["seq"], r.get("killed"), r.get("killed_low"), r.get("killed_high"), r.get("injured"),
        r.get("injured_low"), r.get("injured_high"), r.get("event_date"), r.get("date_precision"),
        r.get("country"), r.get("admin1"), r.get("location"), r.get("lat"), r.get("lon"),
        r.get("geo_precision"), wh.json(r.get("actors") or []), r.get("attack_type"), r.get("weapon"),
        wh.json(r.get("evidence") or []), s["parser_version"], run_id,
    )


def load_valid(run_id: str) -> dict[str, int]:
    """Move validated rows into the fact table, set-based inside PostgreSQL, then close the entries.

    One transaction: the upsert of every validated staged row (later run wins per key, unchanged
    rows left as they are), staging emptied, stale rows of older parser versions deleted, entries
    closed. A failure rolls all of it back and the rows are still staged, so a retry loads them.
    Counts: `incidents` rows loaded (one per key; run history and data-quality bands count these),
    `unchanged` those among them the table already held as staged (a rerun rewrites nothing).

    When the load can lock staging for itself (the usual case: one run at a time), it reads the rows
    and then truncates staging; when another transaction uses staging (another run validating), it
    deletes each row as it takes it instead and vacuums staging after, so it never waits for that run.
    """
    counts: Counter[str] = Counter()
    with wh.connect() as conn, conn.cursor() as cur:
        locked = _lock_staging(conn)
        cur.execute(wh.sql("load_settings"))
        cur.execute(wh.sql("load_staged_incidents" if locked else "move_staged_incidents"), {"run_id": run_id})
        taken, written = cur.fetchone() or (0, 0)
        counts.update(incidents=taken, unchanged=taken - written)
        waiting = False  # rows of another run, staged but not validated yet: they must stay
        if locked:
            cur.execute(wh.sql("staging_leftovers"))
            waiting = bool((cur.fetchone() or (False,))[0])
            cur.execute(wh.sql("delete_loaded_staged" if waiting else "truncate_staging"))
        else:
            cur.execute(wh.sql("delete_quarantined_staged"))
        vacuum = waiting or not locked  # rows were deleted one by one: their dead versions go
        cur.execute(wh.sql("delete_stale_incidents"), {"parser_version": PARSER_VERSION})
        counts["stale_deleted"] = cur.rowcount
        cur.execute(wh.sql("close_entries"))
        counts.update({f"entries_{state}": n for state, n in cur.fetchall()})
    if vacuum:
        _vacuum_staging()
    log.info("load_incidents: %s (staging %s)", dict(counts), "vacuumed" if vacuum else "truncated")
    return dict(counts)


def _lock_staging(conn: Any) -> bool:
    """Take staging for this load's transaction if no other transaction uses it; False (and a fresh
    transaction) when one does. Must be the transaction's first statement: a failed LOCK aborts it."""
    try:
        with conn.cursor() as cur:
            cur.execute(wh.sql("lock_staging"))
        return True
    except psycopg2.errors.LockNotAvailable:
        conn.rollback()
        log.info("load_incidents: staging is in use by another transaction: rows are deleted from it as they are taken")
        return False


def _vacuum_staging() -> None:
    """Staging is a queue: every run fills and empties it. Vacuumed after a load that deleted its rows
    one by one (a truncated staging has no dead rows), its table and indexes stay as small as one run's
    rows instead of growing with dead ones between autovacuum passes."""
    conn = psycopg2.connect(wh.warehouse_url())
    try:
        conn.autocommit = True  # VACUUM cannot run inside a transaction
        with conn.cursor() as cur:
            cur.execute(wh.sql("vacuum_staging"))
    except psycopg2.Error as exc:  # maintenance only: a failure here must not fail the load
        log.warning("load_incidents: could not vacuum the staging table: %s", exc)
    finally:
        conn.close()


def finish_run(run_id: str, stages: dict[str, Any], started: float | None = None) -> dict[str, Any]:
    """Write the run row (counts per stage, status) and return the summary people read."""
    polls: Iterable[dict[str, Any]] = stages.get("polls") or []
    polls = [p for p in polls if p]
    summary: dict[str, Any] = {
        "feeds_ok": sum(1 for p in polls if p["status"] in ("ok", "not_modified")),
        "feeds_failed": sum(1 for p in polls if p["status"] == "failed"),
        "feeds_resting": sum(1 for p in polls if p["status"] == "resting"),
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
        pages_skipped_robots=fetched.get("skipped_robots", 0),
        articles_new=extracted.get("articles", 0),
        articles_duplicate=fetched.get("duplicate", 0) + extracted.get("duplicate", 0),
        articles_parsed=parsed.get("articles", 0),
        incidents_loaded=loaded.get("incidents", 0),
        incidents_quarantined=validated.get("quarantined", 0),
        data_docs=validated.get("data_docs"),
    )
    if stages.get("reextracted") is not None:
        summary["articles_reextracted"] = stages["reextracted"].get("articles", 0)
    if stages.get("events") is not None:
        summary["events_new"] = stages["events"].get("events_new", 0)
        summary["events_updated"] = stages["events"].get("events_updated", 0)
    if stages.get("reason"):
        summary["reason"] = stages["reason"]
    summary["feeds_skipped"] = sum(1 for p in polls if p["status"] == "skipped")
    summary["entries_discovered"] = sum(p.get("discovered", 0) for p in polls)
    summary["articles_out_of_interval"] = extracted.get("out_of_interval", 0)
    failed_stages = sorted(k for k, v in stages.items() if v is None and k not in ("polls", "reason"))
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
