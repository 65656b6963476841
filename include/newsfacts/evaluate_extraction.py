"""Score our extraction against bare trafilatura on the shared corpus of real pages (`make eval-extract`).

The corpus is third-party data read in place from ``../shared/corpus/articles`` (never copied into the
project). Each page has a sidecar JSON (see ``SOURCES.md`` there): ``body_text`` is the full-body truth on
the Fundus, Zyte benchmark, Readability and newspaper4k pages; ``title`` and ``publishing_date`` are
scored on the Fundus pages only, whose truth is a maintained per-publisher parser's output.

Both extractors run in the same process on the same bytes, page after page, so the speed ratio is fair
on a shared machine. Body score: bag-of-words token precision, recall and F1 (lower-cased ``\\w+``
tokens, multiset overlap), averaged per page. Title: exact after folding white space. Date: same
calendar day as the truth, each read in its own UTC offset.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import trafilatura

from newsfacts.extract import decode_html, extract_article

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "articles"
_TOKEN = re.compile(r"\w+")


@dataclass
class Page:
    """One corpus page: its raw bytes and the truth its sidecar states."""

    name: str
    dataset: str
    url: str | None
    body: bytes
    truth_text: str | None
    truth_title: str | None
    truth_date: date | None


@dataclass
class Result:
    """What one extractor produced for one page."""

    text: str = ""
    title: str | None = None
    day: date | None = None


@dataclass
class Score:
    """Running totals for one extractor."""

    seconds: float = 0.0
    prf: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    titles: dict[str, bool] = field(default_factory=dict)
    dates: dict[str, bool] = field(default_factory=dict)


def load_corpus(folder: Path) -> list[Page]:
    """Every sidecar with its page, in name order; pages are read in full before timing starts."""
    pages = []
    for sidecar in sorted(folder.glob("*.json")):
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        raw = (folder / meta["html_file"]).read_bytes()
        if meta["html_file"].endswith(".gz"):
            raw = gzip.decompress(raw)
        fundus = meta["dataset"] == "fundus"
        pages.append(Page(
            name=sidecar.stem,
            dataset=meta["dataset"],
            url=meta.get("url"),
            body=raw,
            truth_text=meta.get("body_text") if str(meta.get("ground_truth_kind", "")).startswith("full_body")
            else None,
            truth_title=meta.get("title") if fundus else None,
            truth_date=_truth_day(meta.get("publishing_date")) if fundus else None,
        ))
    return pages


def _truth_day(value: str | None) -> date | None:
    if not value or value == "None":
        return None
    return date.fromisoformat(value[:10])


def token_prf(predicted: str, truth: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``predicted`` against ``truth``."""
    p = Counter(_TOKEN.findall(predicted.lower()))
    t = Counter(_TOKEN.findall(truth.lower()))
    common = sum((p & t).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision = common / sum(p.values())
    recall = common / sum(t.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def run_bare(page: Page) -> Result:
    """trafilatura.extract with its defaults and metadata, as a user of the library would call it."""
    out = trafilatura.extract(page.body, url=page.url, with_metadata=True, output_format="json")
    if not out:
        return Result()
    doc = json.loads(out)
    day = None
    if doc.get("date"):
        try:
            day = date.fromisoformat(doc["date"][:10])
        except ValueError:
            day = None
    return Result(text=doc.get("text") or "", title=doc.get("title"), day=day)


def run_ours(page: Page) -> Result:
    """The pipeline's own path: decode the bytes (no HTTP header here), then extract."""
    html = decode_html(page.body, None)
    article = extract_article(html, page.url or "")
    if article is None:
        return Result()
    day = article.published_at.date() if isinstance(article.published_at, datetime) else None
    return Result(text=article.text, title=article.title, day=day)


def _fold(s: str | None) -> str:
    return " ".join((s or "").split())


def _record(score: Score, page: Page, result: Result) -> None:
    if page.truth_text:
        score.prf[page.name] = token_prf(result.text, page.truth_text)
    if page.truth_title:
        score.titles[page.name] = _fold(result.title) == _fold(page.truth_title)
    if page.truth_date:
        score.dates[page.name] = result.day == page.truth_date


def evaluate(pages: list[Page]) -> dict[str, Score]:
    """Both extractors on every page, alternating so that machine load hits both alike."""
    scores = {"bare": Score(), "ours": Score()}
    runners = {"bare": run_bare, "ours": run_ours}
    for page in pages:
        for name, runner in runners.items():
            start = time.perf_counter()
            result = runner(page)
            scores[name].seconds += time.perf_counter() - start
            _record(scores[name], page, result)
    return scores


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def report(pages: list[Page], scores: dict[str, Score], show: bool = False) -> str:
    """The comparison table (Markdown), with per-dataset F1 and, if asked, the pages we get wrong."""
    n = len(pages)
    rows: list[tuple[str, ...]] = []
    datasets = sorted({p.dataset for p in pages if p.truth_text})
    members = {d: {p.name for p in pages if p.dataset == d} for d in datasets}
    cols = {}
    for name, s in scores.items():
        prf = list(s.prf.values())
        cols[name] = {
            f"body token F1 ({len(prf)} pages)": f"{_mean([x[2] for x in prf]):.3f}",
            "body precision": f"{_mean([x[0] for x in prf]):.3f}",
            "body recall": f"{_mean([x[1] for x in prf]):.3f}",
            **{f"  F1 {d}": f"{_mean([f for k, (_, _, f) in s.prf.items() if k in members[d]]):.3f}"
               for d in datasets},
            f"exact title (Fundus, of {len(s.titles)})": str(sum(s.titles.values())),
            f"publication date (Fundus, of {len(s.dates)})": str(sum(s.dates.values())),
            f"pages/s ({n} pages)": f"{n / s.seconds:.1f}" if s.seconds else "-",
        }
    for key in cols["ours"]:
        rows.append((key, cols["ours"][key], cols["bare"][key]))
    speed = scores["bare"].seconds / scores["ours"].seconds if scores["ours"].seconds else 0.0
    rows.append(("speed ours / bare", f"{speed:.2f}", "1.00"))
    lines = ["| measure | ours | bare trafilatura.extract |", "| --- | ---: | ---: |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    if show:
        ours = scores["ours"]
        lines.append("")
        lines += [f"title wrong: {k}" for k, ok in ours.titles.items() if not ok]
        lines += [f"date wrong:  {k}" for k, ok in ours.dates.items() if not ok]
        worst = sorted(ours.prf.items(), key=lambda kv: kv[1][2])[:12]
        lines += [f"low F1: {k} P={p:.3f} R={r:.3f} F1={f:.3f} (bare {scores['bare'].prf[k][2]:.3f})"
                  for k, (p, r, f) in worst]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m newsfacts.evaluate_extraction``; exit 0 when the corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of pages and sidecars")
    parser.add_argument("--show", action="store_true", help="list the pages we get wrong")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus} not found: nothing to score")
        return 0
    pages = load_corpus(args.corpus)
    if not pages:
        print(f"{args.corpus} holds no sidecar JSON: nothing to score")
        return 0
    print(report(pages, evaluate(pages), show=args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
