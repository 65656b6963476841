"""Round 1158: the agent of a harm described by his age and then named ("wounded ... by a 20-year-old former pupil of
Chechen origin, Mohammed Mogouchkov")."""

from __future__ import annotations

from facts_rules_support import main


def _perps(text: str) -> list[str]:
    return [a["name"] for a in main(text, published="2023-10-13T12:00:00Z")["actors"] if a["role"] == "perpetrator"]


def test_the_agent_described_by_age_then_named() -> None:
    text = (
        "A teacher was killed and two other people were wounded on Friday at a school in Lille, in northern France, "
        "by a 19-year-old former pupil of Chechen origin, Adam Israilov, who was arrested at the scene."
    )
    assert _perps(text) == ["Adam Israilov"]


def test_an_age_without_a_name_after_names_no_one() -> None:
    text = "Two people were stabbed on Sunday in Bremen by a 25-year-old man, police said, and a third was hurt."
    assert not any(name.startswith("Police") for name in _perps(text))
