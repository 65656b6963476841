"""The benchmark's table and JSON writer: verdicts against targets, derived figures, files written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsfacts.bench.report import Row, check, table, write


@pytest.mark.parametrize(("ratio", "target", "ok"), [
    (0.95, ">= 0.9", True), (0.9, ">= 0.9", True), (0.89, ">= 0.9", False),
    (0.2, "< 0.25", True), (0.25, "< 0.25", False), (12.0, ">= 10", True), (3.0, "<= 1.5", False),
])
def test_check_reads_the_target_as_a_bound(ratio: float, target: str, ok: bool) -> None:
    assert check(ratio, target) is ok


def _rows() -> list[Row]:
    return [
        Row("extraction", "generated", 400, "pages", wall_s=2.0, cpu_s=1.6, peak_mb=310.5,
            reference="bare trafilatura.extract", ratio=0.5, ratio_means="bare CPU / ours CPU", target=">= 0.9",
            ok=False),
        Row("load incidents", "1,000 articles", 0, "items", wall_s=0.0, cpu_s=0.0),
    ]


def test_table_has_one_line_per_row_with_derived_figures_and_verdicts() -> None:
    lines = table(_rows()).splitlines()
    assert len(lines) == 2 + 2
    cells = [c.strip() for c in lines[2].strip("|").split("|")]
    assert cells[:6] == ["extraction", "generated", "400 pages", "200.0", "4.00", "310.5"]
    assert cells[7] == "0.50 (bare CPU / ours CPU)" and cells[9] == "**NO**"
    empty = [c.strip() for c in lines[3].strip("|").split("|")]
    assert empty[3] == "-" and empty[4] == "-" and empty[9] == ""  # no items: no rate, no verdict


def test_write_keeps_every_row_and_the_findings_in_json(tmp_path: Path) -> None:
    path = write(_rows(), {"findings": {"dominant_stage": "extract articles"}}, tmp_path / "bench")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert json.loads((tmp_path / "bench" / "latest.json").read_text(encoding="utf-8")) == doc
    assert [r["stage"] for r in doc["rows"]] == ["extraction", "load incidents"]
    assert doc["rows"][0]["items_per_s"] == 200.0 and doc["rows"][0]["cpu_ms_per_item"] == 4.0
    assert doc["rows"][1]["items_per_s"] is None  # NaN is not JSON
    assert doc["rows"][0]["ok"] is False and doc["findings"]["dominant_stage"] == "extract articles"
