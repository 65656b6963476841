"""What the parser-rule test files share: the main incident of a text, its death count with bounds, its actors and
its place."""

from __future__ import annotations

from newsfacts.facts import parse_incidents


def main(text: str, published: str | None = "2023-06-12T10:00:00+00:00") -> dict:
    incidents = parse_incidents(text, published=published)
    assert incidents, "an incident is reported"
    return incidents[0]


def killed(inc: dict) -> tuple[int | None, int | None, int | None]:
    return inc["killed"], inc["killed_low"], inc["killed_high"]


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


def actor_names(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"]]


def where(text: str) -> tuple[str | None, str | None, str | None]:
    inc = main(text)
    return inc["country"], inc["admin1"], inc["location"]
