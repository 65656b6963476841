"""Round 1010: a log row's one dead told as "body of X found" or "reporter X found shot dead" / "abducted and
beaten to death", a publisher's, an editor's or a columnist's death, and a victim "hit in the head" who then
died; "X, a journalist and publisher," is one person with two trades."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    "text",
    [
        "San Pedro Sula, 3 June 2014 – body of radio host Hernán Cruz found by a roadside with gunshot wounds, two "
        "days after he was kidnapped outside his station.",
        "12/03/2010 – Mingora, Swat: Dawn reporter Ali Gul Khan found shot dead near his home after covering a "
        "military operation.",
        "14/05/2018 – Udaipur, Gomati district: local TV reporter Ratan Debnath abducted and beaten to death while "
        "covering a strike; police blamed party supporters.",
        "2 Nov 2016 – Chittagong: publisher Arif Rahman (Agamee Books) found hacked to death in his shop.",
    ],
)
def test_a_rows_one_dead(text: str) -> None:
    assert main(text)["killed"] == 1


def test_hit_in_the_head_and_died() -> None:
    text = (
        "A gunman walked into the studio of a radio station in Ozamiz early on Sunday and opened fire while the "
        "host was on air, police said. The broadcaster was hit in the head and died on the way to hospital."
    )
    assert main(text, "2023-11-05T14:00:00+08:00")["killed"] == 1


def test_a_named_persons_two_trades_are_one_person() -> None:
    text = (
        "BENGALURU - Meera Rao, a journalist and publisher known for her criticism of the state government, was "
        "shot dead outside her home on Tuesday night, police said."
    )
    assert main(text, "2017-09-06T09:10:00+05:30")["killed"] == 1


def test_two_trades_with_no_name_are_two_people() -> None:
    assert main("Gunmen killed a soldier and policeman in Kano on Tuesday.")["killed"] == 2
