"""The benchmark's one table (Markdown, printed) and its JSON record under .data/bench/."""

from __future__ import annotations

import json
import math
import platform
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


@dataclass
class Row:
    """One measured figure: a stage at a scale, with its reference and the ratio the issue asks for.

    `ratio` is always "ours relative to the reference" in the direction stated by `ratio_means`, so
    that `target` reads as a bound on it (`>= 0.9`, `< 0.25`); `ok` is None when no target applies.
    """

    stage: str
    scale: str
    items: int
    unit: str
    wall_s: float
    cpu_s: float
    peak_mb: float | None = None
    reference: str = ""
    ratio: float | None = None
    ratio_means: str = ""
    target: str = ""
    ok: bool | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def per_s(self) -> float:
        return self.items / self.wall_s if self.wall_s > 0 else math.nan

    @property
    def cpu_ms_per_item(self) -> float:
        return 1000 * self.cpu_s / self.items if self.items else math.nan


def check(ratio: float, target: str) -> bool:
    """Whether `ratio` meets a target written as `>= X`, `> X`, `<= X` or `< X`."""
    op, value = target.split()
    bound = float(value)
    return {">=": ratio >= bound, ">": ratio > bound, "<=": ratio <= bound, "<": ratio < bound}[op]


def _num(value: float | None, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def table(rows: list[Row]) -> str:
    """The Markdown table people read: one line per figure, the reference and verdict beside it."""
    head = ["stage", "scale", "items", "items/s", "CPU ms/item", "peak MB", "reference", "ratio", "target",
            "ok"]
    align = ["---"] * 3 + ["---:"] * 3 + ["---", "---:", "---", "---"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    for r in rows:
        verdict = "" if r.ok is None else ("yes" if r.ok else "**NO**")
        ratio = f"{_num(r.ratio, 2)} ({r.ratio_means})" if r.ratio is not None else ""
        lines.append("| " + " | ".join([
            r.stage, r.scale, f"{r.items:,} {r.unit}", _num(r.per_s), _num(r.cpu_ms_per_item, 2),
            _num(r.peak_mb), r.reference, ratio, r.target, verdict]) + " |")
    return "\n".join(lines)


def to_json(rows: list[Row], extra: dict[str, Any]) -> dict[str, Any]:
    """The machine-readable record: every row with its derived figures, plus run facts and findings."""
    return {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": _cpus(), "platform": platform.platform()},
        "rows": [{**asdict(r), "items_per_s": _finite(r.per_s), "cpu_ms_per_item": _finite(r.cpu_ms_per_item)}
                 for r in rows],
        **extra,
    }


def write(rows: list[Row], extra: dict[str, Any], out_dir: Path) -> Path:
    """Write the JSON record as bench-<UTC time>.json and latest.json in `out_dir`; returns the former."""
    out_dir.mkdir(parents=True, exist_ok=True)
    doc = json.dumps(to_json(rows, extra), indent=2, default=str)
    path = out_dir / f"bench-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    path.write_text(doc, encoding="utf-8")
    (out_dir / "latest.json").write_text(doc, encoding="utf-8")
    return path


def _finite(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 4)


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
