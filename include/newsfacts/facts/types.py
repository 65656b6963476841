"""Plain records passed between the facts modules (spans carry offsets into the input text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypedDict


class Evidence(TypedDict):
    field: str
    start: int
    end: int
    text: str


class Actor(TypedDict):
    name: str
    role: str


Incident = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count read from text: `value` is the best figure, `low`/`high` the bounds the wording allows."""

    value: int
    low: int | None
    high: int | None
    start: int
    end: int
    text: str
    vague: bool = False


INCIDENT_KEYS: tuple[str, ...] = (
    "killed",
    "killed_low",
    "killed_high",
    "injured",
    "injured_low",
    "injured_high",
    "event_date",
    "date_precision",
    "country",
    "admin1",
    "location",
    "lat",
    "lon",
    "geo_precision",
    "actors",
    "attack_type",
    "weapon",
    "evidence",
)


def empty_incident() -> Incident:
    """Every contract key present (null where unknown), so downstream never tests for missing keys."""
    inc: Incident = dict.fromkeys(INCIDENT_KEYS)
    inc["actors"] = []
    inc["evidence"] = []
    return inc
