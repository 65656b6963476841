"""The data-quality report (runs, expectation trends, sources, quarantine) as HTML with inline SVG, or Markdown.

The same page is served read-only inside Airflow by the plugin in `plugins/` and written by
`newsfacts report`. It works offline: no script, no font or chart library fetched from anywhere.
Every value from the warehouse (titles and URLs come from the web) is escaped.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from newsfacts import warehouse as wh

DocsLink = Callable[[str], str | None]
QUARANTINE_LIMIT = 200
PASS, FAIL, WARN, GRID = "#1b7f3b", "#c62828", "#b26a00", "#d0d7de"


@dataclass
class Report:
    """What the report shows for the runs whose news day lies in [start, end]."""

    start: date
    end: date
    runs: list[dict[str, Any]] = field(default_factory=list)
    trends: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    # Set when the warehouse cannot be read yet (no run has created its tables): shown instead of the data.
    notice: str | None = None


def build(start: date, end: date, url: str | None = None) -> Report:
    """Read the window from the warehouse in one read-only transaction."""
    params = {"start": start, "end": end, "limit": QUARANTINE_LIMIT}
    with wh.connect(url) as conn:
        conn.set_session(readonly=True)
        if pending := wh.pending_migrations(conn):
            return Report(start=start, end=end, notice=_not_migrated(pending))
        runs = wh.fetch_dicts(conn, wh.sql("report_runs"), params)
        results = wh.fetch_dicts(conn, wh.sql("report_results"), params)
        sources = wh.fetch_dicts(conn, wh.sql("report_sources"), params)
        quarantine = wh.fetch_dicts(conn, wh.sql("report_quarantine"), params)
    for r in runs:
        r["day"] = r["day_ts"].date()
        r["pass_rate"] = r["passed"] / r["expectations"] if r["expectations"] else None
    trends: dict[tuple[str, str], dict[str, Any]] = {}
    rules: dict[tuple[str, str], str] = {}
    for d in results:
        t = trends.setdefault(
            (d["suite"], d["expectation"]),
            {
                "suite": d["suite"],
                "expectation": d["expectation"],
                "description": d["description"],
                "severity": d["severity"],
                "points": [],
            },
        )
        t["points"].append(
            {
                "run_id": d["run_id"],
                "day": d["day_ts"].date(),
                "success": d["success"],
                "value": _value(d),
                "observed": d["observed_value"],
            }
        )
        if d["rule"]:
            rules[(d["run_id"], d["rule"])] = d["description"] or d["rule"]
    # A column that exists every day is no trend worth a chart; one that went missing is shown first.
    shown = [t for t in trends.values()
             if not t["expectation"].startswith("expect_column_to_exist") or not all(p["success"] for p in t["points"])]
    ordered = sorted(
        shown, key=lambda t: (all(p["success"] for p in t["points"]), t["suite"], t["expectation"])
    )
    for q in quarantine:
        q["day"] = q["day_ts"].date() if q["day_ts"] else None
        q["reasons"] = [_reason(q["run_id"], why, rules) for why in q["failed_expectations"] or []]
    return Report(start=start, end=end, runs=runs, trends=ordered, sources=sources, quarantine=quarantine)


def _not_migrated(pending: list[tuple[int, str]]) -> str:
    if len(pending) == len(wh.migrations()):
        return (
            "The warehouse has no newsfacts tables yet: the first run of newsfacts_daily creates them "
            "(or `newsfacts migrate`)."
        )
    names = ", ".join(name for _, name in pending)
    return (
        f"The warehouse lacks {len(pending)} migration(s) this version reads ({names}): the next run of "
        "newsfacts_daily applies them (or `newsfacts migrate`)."
    )


def _reason(run_id: str, why: str, rules: dict[tuple[str, str], str]) -> str:
    """A quarantine reason in words when the run's results know the rule, else the rule itself."""
    prefix, rule = ("articles: ", why[10:]) if why.startswith("articles: ") else ("", why)
    words = rules.get((run_id, rule))
    return f"{prefix}{words} ({rule})" if words else why


def _value(d: dict[str, Any]) -> float | None:
    """The number a trend plots: the share of unexpected rows, else a numeric observed value."""
    if d["unexpected_percent"] is not None:
        return float(d["unexpected_percent"])
    obs = d["observed_value"]
    return float(obs) if isinstance(obs, int | float) and not isinstance(obs, bool) else None


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)[:120]
    return str(value)


# ---------------------------------------------------------------- SVG charts (inline, no script)


def _e(value: Any) -> str:
    return html.escape(_fmt(value), quote=True)


def pass_rate_chart(runs: list[dict[str, Any]], width: int = 720, height: int = 160) -> str:
    """Bars of each run's pass rate (share of expectations met), red where a critical rule failed."""
    pad, n = 28, max(len(runs), 1)
    bar = min((width - 2 * pad) / n, 48.0)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="pr-title" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        '<title id="pr-title">Pass rate of the data-quality expectations per run</title>',
    ]
    for frac in (0, 0.5, 1):
        y = height - pad - frac * (height - 2 * pad)
        parts.append(
            f'<line x1="{pad}" x2="{width - pad}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
            f'<text x="2" y="{y + 4:.1f}" font-size="10">{frac:.0%}</text>'
        )
    for i, r in enumerate(runs):
        rate = r["pass_rate"]
        x = pad + i * bar
        label = f"{r['day']} {r['run_id']}: " + (
            f"{rate:.0%} of {r['expectations']} passed" if rate is not None else "no expectations recorded"
        )
        if rate is None:
            parts.append(
                f'<rect x="{x + 1:.1f}" y="{height - pad - 2}" width="{max(bar - 2, 1):.1f}" height="2" '
                f'fill="{GRID}"><title>{html.escape(label)}</title></rect>'
            )
            continue
        h = rate * (height - 2 * pad)
        color = FAIL if r["critical_failed"] else (PASS if rate == 1 else WARN)
        parts.append(
            f'<rect class="bar" x="{x + 1:.1f}" y="{height - pad - h:.1f}" width="{max(bar - 2, 1):.1f}" '
            f'height="{h:.1f}" fill="{color}"><title>{html.escape(label)}</title></rect>'
        )
    if runs:
        parts.append(
            f'<text x="{pad}" y="{height - 8}" font-size="10">{_e(runs[0]["day"])}</text>'
            f'<text x="{width - pad}" y="{height - 8}" font-size="10" text-anchor="end">'
            f"{_e(runs[-1]['day'])}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def trend_chart(points: list[dict[str, Any]], width: int = 220, height: int = 56) -> str:
    """A sparkline of one expectation over the runs: its value, each run's dot green (met) or red."""
    pad = 6
    values = [p["value"] for p in points if p["value"] is not None]
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    span = (hi - lo) or 1.0
    step = (width - 2 * pad) / max(len(points) - 1, 1)

    def y(v: float | None) -> float:
        return height / 2 if v is None else height - pad - (v - lo) / span * (height - 2 * pad)

    coords = [(pad + i * step, y(p["value"])) for i, p in enumerate(points)]
    line = " ".join(
        f"{x:.1f},{yy:.1f}" for (x, yy), p in zip(coords, points, strict=True) if p["value"] is not None
    )
    parts = [
        f'<svg class="trend" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    if line:
        parts.append(f'<polyline points="{line}" fill="none" stroke="#57606a" stroke-width="1.5"/>')
    for (x, yy), p in zip(coords, points, strict=True):
        tip = (
            f"{p['day']} {p['run_id']}: {'met' if p['success'] else 'FAILED'}, observed {_fmt(p['observed'])}"
        )
        parts.append(
            f'<circle cx="{x:.1f}" cy="{yy:.1f}" r="3.5" fill="{PASS if p["success"] else FAIL}">'
            f"<title>{html.escape(tip)}</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------------------------- HTML

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1f2328;max-width:1200px}
h1{font-size:1.5rem;margin:0 0 .25rem} h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;width:100%;font-size:13px} th,td{border-bottom:1px solid #d0d7de;padding:4px 6px;
text-align:left;vertical-align:top} th{background:#f6f8fa} td.num{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#1b7f3b;font-weight:600} .bad{color:#c62828;font-weight:600} .warn{color:#b26a00;font-weight:600}
.muted{color:#57606a} .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:10px}
.card{border:1px solid #d0d7de;border-radius:6px;padding:6px 8px} .card p{margin:0 0 4px;font-size:12px}
code{font-size:12px;word-break:break-all} ul.reasons{margin:0;padding-left:1rem}
"""


def _status(status: str) -> str:
    cls = {"success": "ok", "failed": "bad", "open": "bad", "released": "ok", "dropped": "muted"}.get(
        status, "warn"
    )
    return f'<span class="{cls}">{html.escape(status)}</span>'


def _link(href: str | None, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>' if href else html.escape(text)


def render_html(report: Report, docs_link: DocsLink | None = None, title: str = "Data quality") -> str:
    """The whole report as one self-contained HTML page (inline CSS and SVG, no script)."""
    link = docs_link or file_link
    out = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src 'self' data:\">",
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="muted">newsfacts runs with news days {_e(report.start)} to {_e(report.end)}: '
        f"{len(report.runs)} runs, {sum(1 for q in report.quarantine if q['status'] == 'open')} quarantined "
        "rows open. Read-only.</p>",
    ]
    if report.notice:
        out.append(f'<p id="notice" class="warn">{_e(report.notice)}</p>')

    out.append('<h2 id="runs">Runs</h2>')
    out.append(pass_rate_chart(report.runs))
    out.append(
        '<table id="runs-table"><thead><tr><th>news day</th><th>run</th><th>status</th><th>articles new</th>'
        "<th>incidents loaded</th><th>quarantined</th><th>expectations met</th><th>pass rate</th>"
        "<th>Data Docs</th></tr></thead><tbody>"
    )
    for r in reversed(report.runs):
        c = r["counts"] or {}
        rate = "–" if r["pass_rate"] is None else f"{r['pass_rate']:.0%}"
        crit = (
            f' <span class="bad">({r["critical_failed"]} critical failed)</span>'
            if r["critical_failed"]
            else ""
        )
        pages = [_link(link(p), suite) for suite, p in sorted((r["pages"] or {}).items()) if p]
        if not pages and r["data_docs_path"]:
            pages = [_link(link(r["data_docs_path"]), "index")]
        out.append(
            f"<tr><td>{_e(r['day'])}</td><td><code>{_e(r['run_id'])}</code></td><td>{_status(r['status'])}</td>"
            f'<td class="num">{_e(c.get("articles_new", 0))}</td>'
            f'<td class="num">{_e(c.get("incidents_loaded", 0))}</td>'
            f'<td class="num">{_e(c.get("incidents_quarantined", 0))}</td>'
            f'<td class="num">{r["passed"]}/{r["expectations"]}</td><td class="num">{rate}{crit}</td>'
            f"<td>{' · '.join(pages) or '–'}</td></tr>"
        )
    if not report.runs:
        out.append('<tr><td colspan="9" class="muted">No run in this window.</td></tr>')
    out.append("</tbody></table>")

    out.append(
        '<h2 id="trends">Expectations over time</h2>'
        '<p class="muted">Each line is one expectation across the runs (share of unexpected rows, or the '
        'observed value); a red dot is a run where it failed. Failing ones first.</p><div class="grid">'
    )
    for t in report.trends:
        fails = sum(1 for p in t["points"] if not p["success"])
        sev = {"critical": "bad", "warn": "warn"}.get(t["severity"], "muted")
        out.append(
            f'<div class="card"><p><b>{_e(t["description"] or t["expectation"])}</b></p>'
            f'<p class="muted">{_e(t["suite"])} · <span class="{sev}">{_e(t["severity"])}</span> · '
            f"failed in {fails} of {len(t['points'])} runs · last observed {_e(t['points'][-1]['observed'])}</p>"
            f"{trend_chart(t['points'])}<p><code>{_e(t['expectation'])}</code></p></div>"
        )
    if not report.trends:
        out.append('<p class="muted">No expectation results in this window.</p>')
    out.append("</div>")

    out.append(
        '<h2 id="sources">Sources ranked by failures</h2><table id="sources-table"><thead><tr><th>source</th>'
        "<th>articles</th><th>quarantined rows</th><th>failed pages</th><th>feed status</th>"
        "<th>consecutive feed failures</th><th>last error</th></tr></thead><tbody>"
    )
    for s in report.sources:
        out.append(
            f'<tr><td>{_e(s["name"])}<br><code class="muted">{_e(s["url"])}</code></td>'
            f'<td class="num">{s["articles"]}</td><td class="num">{s["quarantined"]}</td>'
            f'<td class="num">{s["failed_entries"]}</td><td>{_status(s["last_status"] or "never polled")}</td>'
            f'<td class="num">{s["consecutive_failures"]}</td><td>{_e(s["last_error"])}</td></tr>'
        )
    out.append("</tbody></table>")

    out.append(
        '<h2 id="quarantine">Quarantine</h2><p class="muted">Rows that failed validation, with the reasons. '
        "Act on them with <code>newsfacts quarantine list|release|drop</code>.</p>"
        '<table id="quarantine-table"><thead><tr><th>id</th><th>news day</th><th>status</th><th>article</th>'
        "<th>row</th><th>reasons</th></tr></thead><tbody>"
    )
    for q in report.quarantine:
        row = q["row_data"] or {}
        facts = ", ".join(
            f"{k}={_fmt(row.get(k))}"
            for k in ("killed", "injured", "event_date", "country", "location", "lat", "lon")
            if row.get(k) is not None
        )
        reasons = "".join(f"<li>{_e(w)}</li>" for w in q["reasons"])
        out.append(
            f'<tr><td class="num">{q["quarantine_id"]}</td><td>{_e(q["day"])}</td><td>{_status(q["status"])}</td>'
            f'<td class="title">{_e(q["title"] or "(no title)")}<br><code class="muted">{_e(q["url"])}</code>'
            f'<br><span class="muted">{_e(q["feed"])} · article {q["article_id"]} #{q["seq"]}</span></td>'
            f'<td>{html.escape(facts) or "–"}</td><td><ul class="reasons">{reasons}</ul></td></tr>'
        )
    if not report.quarantine:
        out.append('<tr><td colspan="6" class="muted">Nothing quarantined in this window.</td></tr>')
    out.append("</tbody></table></body></html>")
    return "\n".join(out)


def file_link(path: str) -> str | None:
    """Data Docs as a local file link, for a report read on the machine that ran the pipeline."""
    return Path(path).as_uri() if path and Path(path).is_absolute() else None


# ---------------------------------------------------------------- Markdown

_SPARK = "▁▂▃▄▅▆▇█"


def _md(value: Any) -> str:
    """A table cell: pipes and line breaks neutralised, HTML escaped (Markdown renderers pass tags through)."""
    return html.escape(_fmt(value), quote=False).replace("|", "\\|").replace("\n", " ")


def sparkline(points: list[dict[str, Any]]) -> str:
    """One character per run; a failed run is marked ✗ whatever its value."""
    values = [p["value"] for p in points if p["value"] is not None]
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    chars = []
    for p in points:
        if not p["success"]:
            chars.append("✗")
        elif p["value"] is None:
            chars.append("·")
        else:
            chars.append(_SPARK[int((p["value"] - lo) / ((hi - lo) or 1) * (len(_SPARK) - 1))])
    return "".join(chars)


def render_markdown(report: Report) -> str:
    """The report as Markdown tables (charts as text sparklines)."""
    lines = [
        f"# Data quality: news days {report.start} to {report.end}",
        "",
        f"{len(report.runs)} runs; {sum(1 for q in report.quarantine if q['status'] == 'open')} quarantined "
        "rows open.",
        "",
        *([report.notice, ""] if report.notice else []),
        "## Runs",
        "",
        "| news day | run | status | articles new | incidents loaded | quarantined | expectations met | "
        "pass rate | Data Docs |",
        "|---|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in reversed(report.runs):
        c = r["counts"] or {}
        rate = "–" if r["pass_rate"] is None else f"{r['pass_rate']:.0%}"
        if r["critical_failed"]:
            rate += f" ({r['critical_failed']} critical failed)"
        lines.append(
            f"| {_md(r['day'])} | `{_md(r['run_id'])}` | {_md(r['status'])} | {_md(c.get('articles_new', 0))} "
            f"| {_md(c.get('incidents_loaded', 0))} | {_md(c.get('incidents_quarantined', 0))} "
            f"| {r['passed']}/{r['expectations']} | {rate} | {_md(r['data_docs_path'])} |"
        )
    lines += [
        "",
        "## Expectations over time",
        "",
        "| suite | expectation | severity | runs (✗ failed) | failed | last observed |",
        "|---|---|---|---|---:|---|",
    ]
    for t in report.trends:
        fails = sum(1 for p in t["points"] if not p["success"])
        lines.append(
            f"| {_md(t['suite'])} | {_md(t['description'] or t['expectation'])} | {_md(t['severity'])} "
            f"| {sparkline(t['points'])} | {fails}/{len(t['points'])} | {_md(t['points'][-1]['observed'])} |"
        )
    lines += [
        "",
        "## Sources ranked by failures",
        "",
        "| source | articles | quarantined | failed pages | feed status "
        "| consecutive failures | last error |",
        "|---|---:|---:|---:|---|---:|---|",
    ]
    for s in report.sources:
        lines.append(
            f"| {_md(s['name'])} | {s['articles']} | {s['quarantined']} | {s['failed_entries']} "
            f"| {_md(s['last_status'])} | {s['consecutive_failures']} | {_md(s['last_error'])} |"
        )
    lines += [
        "",
        "## Quarantine",
        "",
        "| id | news day | status | article | reasons |",
        "|---:|---|---|---|---|",
    ]
    for q in report.quarantine:
        lines.append(
            f"| {q['quarantine_id']} | {_md(q['day'])} | {_md(q['status'])} | {_md(q['title'])} "
            f"({_md(q['url'])}) | {'; '.join(_md(w) for w in q['reasons'])} |"
        )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the command


def cmd_report(args: Any) -> int:
    """`newsfacts report`: the window's report to --output (else standard output)."""
    import sys

    end = date.fromisoformat(args.to) if args.to else datetime.now(UTC).date()
    start = date.fromisoformat(args.from_) if args.from_ else end.fromordinal(end.toordinal() - 29)
    if start > end:
        print(f"--from {start} is after --to {end}", file=sys.stderr)
        return 2
    report = build(start, end)
    text = render_html(report) if args.format == "html" else render_markdown(report)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"report ({args.format}, {len(report.runs)} runs, {start} to {end}) written to {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def write_report(day: date, directory: Path, days: int = 30) -> Path:
    """The HTML report of the `days` news days up to `day`, written as `dq-report-DAY.html` in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"dq-report-{day.isoformat()}.html"
    path.write_text(render_html(build(day.fromordinal(day.toordinal() - days + 1), day)), encoding="utf-8")
    return path


def add_parser(sub: Any) -> None:
    """Register `newsfacts report --from D --to D [--format html|md] [--output PATH]`."""
    p = sub.add_parser("report", help="the data-quality report (runs, trends, sources, quarantine)")
    p.add_argument(
        "--from", dest="from_", metavar="D", help="first news day, YYYY-MM-DD (default: --to minus 29 days)"
    )
    p.add_argument("--to", metavar="D", help="last news day, YYYY-MM-DD (default: today)")
    p.add_argument("--format", choices=["html", "md"], default="html")
    p.add_argument("--output", metavar="PATH", help="write here instead of standard output")
    p.set_defaults(func=cmd_report)
