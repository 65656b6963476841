"""The GX incidents suite on frames we build: good rows pass, each broken rule quarantines its row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from newsfacts.quality import validate_incidents

GOOD: dict[str, Any] = dict(
    article_id=1, seq=0, parser_version="t", killed=9, killed_low=9, killed_high=None, injured=22,
    injured_low=22, injured_high=None, event_date="2026-11-19", date_precision="day", country="SY",
    admin1="Idlib", location="Maarrat Misrin", lat=35.96, lon=36.56, geo_precision="place", actors=[],
    attack_type="air/drone strike", weapon=None, evidence=[], published_date="2026-11-20",
)

BROKEN = {
    "negative": dict(killed=-2, killed_low=-2),
    "low above best": dict(killed=3, killed_low=5),
    "high below best": dict(injured=10, injured_high=4),
    "not iso2": dict(country="Syria"),
    "lat out of range": dict(lat=123.0),
    "event after publication": dict(event_date="2026-11-25"),
    "unknown attack type": dict(attack_type="airstrike"),
    "bad precision": dict(date_precision="fortnight"),
}


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Any:
    rows = [dict(GOOD, row_key="good")]
    rows.append(dict(GOOD, row_key="sparse", killed=None, killed_low=None, injured=None, injured_low=None,
                     country=None, lat=None, lon=None, event_date=None, attack_type=None, geo_precision=None))
    rows += [dict(GOOD, row_key=name, **change) for name, change in BROKEN.items()]
    return validate_incidents(rows, run_name="unit", docs_dir=tmp_path_factory.mktemp("gx"))


def test_good_and_sparse_rows_pass(outcome: Any) -> None:
    assert sorted(r["row_key"] for r in outcome.good) == ["good", "sparse"]


def test_each_broken_rule_quarantines_its_row_with_a_reason(outcome: Any) -> None:
    reasons = {row["row_key"]: why for row, why in outcome.quarantined}
    assert set(reasons) == set(BROKEN)
    assert any("killed" in r and "between" in r for r in reasons["negative"])
    assert any("column_B=killed_low" in r for r in reasons["low above best"])
    assert any("column_A=injured_high" in r for r in reasons["high below best"])
    assert any("country" in r for r in reasons["not iso2"])
    assert any("column_A=published_date" in r for r in reasons["event after publication"])
    assert any("attack_type" in r for r in reasons["unknown attack type"])


def test_results_per_expectation_and_data_docs(outcome: Any) -> None:
    assert outcome.success  # row-level failures do not fail the table
    assert outcome.data_docs and Path(outcome.data_docs).exists()
    by_name = {e["expectation"]: e for e in outcome.expectations}
    between = [e for n, e in by_name.items() if n.startswith("expect_column_values_to_be_between(column=killed,")]
    assert between and between[0]["unexpected_count"] == 1 and not between[0]["success"]


def test_nothing_to_validate_is_a_success_without_gx(tmp_path: Path) -> None:
    result = validate_incidents([], docs_dir=tmp_path)
    assert result.good == [] and result.quarantined == [] and result.success
    assert not any(tmp_path.iterdir())  # no GX project was created for an empty batch
