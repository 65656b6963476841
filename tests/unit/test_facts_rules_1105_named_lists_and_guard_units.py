"""Round 1105: lists of the dead that open on one person. A titled man's name apposed between commas before the
list goes on ("killed the chief minister of Punjab, Beant Singh, and 16 other people"); a named man's companions told
by a share of his own ("killed Sunil Mahato, two of his bodyguards and a party worker": "two" after a name and a
comma is no age); "Ten District Reserve Guard personnel" (a police force named by its district, not ten districts)."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A suicide bomber killed the chief minister of Punjab, Beant Singh, and 16 other people outside the "
         "secretariat in Chandigarh on Thursday.", 17),
        ("The car bomb killed the governor of Helmand, Daud Ahmadi, and four of his guards.", 5),
        ("Maoists killed Sunil Mahato, two of his bodyguards and a party worker in East Singhbhum district on "
         "Sunday.", 4),
        ("Ten District Reserve Guard personnel and their civilian driver were killed when Maoists blew up their "
         "vehicle in Dantewada district on Wednesday.", 11),
        # counter-cases: an age after a name stays an age; districts are no people
        ("Gunmen shot dead Ahmed Khan, 34, outside his shop in Quetta on Monday.", 1),
        ("Rebels attacked villages in two districts of North Kivu on Monday, killing 14 people.", 14),
    ],
)
def test_a_list_that_opens_on_one_person(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead
