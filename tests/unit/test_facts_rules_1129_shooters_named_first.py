"""Round 1129: a summary that opens on "X, 47, ..." and tells X's act in its next sentence by his pronoun ("He killed
eight people", "In about 15 minutes he shot", "Moving down through the building, he killed") names X; an initial's
or a saint's stop ("Chuck E. Cheese's", "St. Paul") does not end the clause that tells his act; a title-case
headline's words after a role ("Gunman Kills Nine At School") are no name."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def names(text: str) -> list[str]:
    return [a["name"] for a in main(text, published=None)["actors"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joseph Wesbecker, 47, a pressman on long-term disability leave, walked into a printing plant in "
         "Louisville, Kentucky, on September 14, 1989, carrying an AK-47-type rifle and several other guns. He "
         "killed eight people and wounded 12 before taking his own life.", "Joseph Wesbecker"),
        ("Patrick Sherrill, 44, a part-time letter carrier who believed he was about to be fired, arrived at the "
         "post office in Edmond, Oklahoma, shortly after 7 a.m. on August 20, 1986, carrying three handguns. In "
         "about 15 minutes he shot 20 co-workers, killing 14.", "Patrick Sherrill"),
        ("Gian Ferri, 55, a failed entrepreneur with a grudge against a law firm, entered the firm's offices in San "
         "Francisco, California, on July 1, 1993, armed with two pistols. Moving down through the building, he "
         "killed eight people and wounded six.", "Gian Ferri"),
        ("Chai Vang, 36, a deer hunter from St. Paul, Minnesota, opened fire on a group of hunters near Birchwood, "
         "Wisconsin, killing six of them.", "Chai Vang"),
    ],
)
def test_the_shooter_named_first(text: str, expected: str) -> None:
    assert names(text) == [expected]


def test_a_victim_named_first_is_no_shooter() -> None:
    # the next sentence's pronoun tells what happened to him, not what he did
    assert "Tom Reed" not in names("Tom Reed, 47, a pressman, was walking home from the plant in Louisville, "
                                   "Kentucky, on Friday night. He was shot dead by two men who fled in a car.")


@pytest.mark.parametrize(
    "text",
    [
        "Gunman Kills Nine At School In Russia's Kazan\n\nA gunman has killed seven students and two staff members "
        "at a school in Kazan on Tuesday.",
        "Serbia Arrests Suspect After Second Mass Shooting in Two Days\n\nPolice arrested a 21-year-old man early on "
        "Friday, some hours after he killed eight people in a shooting spree.",
    ],
)
def test_no_name_in_a_headlines_words(text: str) -> None:
    assert not any(w in n for n in names(text) for w in ("Kills", "Shooting"))
