"""Round 1118: a state's attack in its possessive, told by what it did ("after Russia's combined drone and missile
attack the previous night killed 31 people"); and a state that fired the weapon at what was hit, wherever the text
tells it ("Ukraine's air force said Russia fired a Kh-22 cruise missile at the building", paragraphs after the
lede)."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Kyiv is observing a day of mourning on Friday after Russia's combined drone and missile attack the previous "
         "night killed 31 people.", "2025-08-01"),
        ("Rescuers pulled more bodies from the wreckage of an apartment block in Dnipro on Monday, raising the toll "
         "from Saturday's strike to 40.\n\nThe regional governor said the search would go on through the night. "
         "Dozens of people were still missing.\n\nCranes lifted slabs of concrete as relatives waited behind a cordon. "
         "Volunteers handed out tea and blankets.\n\nThe strike destroyed 72 flats and damaged 230 more, city "
         "officials said.\n\nUkraine's air force said Russia fired a Kh-22 cruise missile at the building.",
         "2023-01-16"),
    ],
)
def test_the_state_that_struck(text: str, published: str) -> None:
    assert "Russian armed forces" in [a["name"] for a in main(text, published)["actors"]]
