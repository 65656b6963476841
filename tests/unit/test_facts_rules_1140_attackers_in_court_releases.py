"""Round 1140: attackers named in court releases and follow-ups: a headline line above the name (a blank line ends
a name), "X, 22, of Eastover, South Carolina, was formally sentenced", "identified the gunman on Sunday as
X", and "The suspect, Maj. X, 39,"."""

from __future__ import annotations

from facts_rules_support import main


def _actors(text: str, published: str | None = "2017-01-11") -> list[str]:
    return [a["name"] for a in main(text, published)["actors"]]


def test_a_headline_line_above_the_name() -> None:
    text = (
        "Gunman Kills Nine at Grace AME Church\n\n"
        "Dwayne Carl Hollis, 22, of Eastover, South Carolina, was arrested on Thursday after he opened fire during a "
        "Bible study at the church in Charleston on Wednesday night, killing nine parishioners."
    )
    assert _actors(text, "2015-06-19")[:1] == ["Dwayne Carl Hollis"]


def test_a_name_wrapped_at_a_line_end_is_still_one_name() -> None:
    text = "The attacker was identified as Dwayne Carl\nHollis, 22, who opened fire in the church, killing nine people."
    assert _actors(text)[:1] == ["Dwayne Carl Hollis"]


def test_identified_the_gunman_on_a_day() -> None:
    text = (
        "A gunman killed three people at a store in Tampa on Saturday and then shot himself. The sheriff identified "
        "the gunman on Sunday as Roy Allen Pratt, 21, who lived with his parents."
    )
    assert _actors(text, "2023-08-27")[:1] == ["Roy Allen Pratt"]


def test_a_rank_before_the_suspects_name() -> None:
    text = (
        "An Army officer opened fire at a base in Texas on Thursday, killing 13 people. The suspect, Maj. Owen Lark "
        "Danner, 39, was shot by police and is in custody."
    )
    assert "Owen Lark Danner" in _actors(text, "2009-11-06")


def test_sentenced_after_a_town_and_its_state() -> None:
    text = (
        "A gunman opened fire during a Bible study at a church in Charleston on Wednesday night, killing nine "
        "parishioners. Dwayne Carl Hollis, 22, of Eastover, South Carolina, was formally sentenced on Friday."
    )
    assert _actors(text, "2015-06-19")[:1] == ["Dwayne Carl Hollis"]
