"""Round 1096: more verbs of a second day's lede whose day is the telling's, not the act's ("Rescuers dug through the
collapsed wing on Friday, a day after car bombs ripped through the hotel", "claimed responsibility on Friday for a
suicide car bomb ... that killed 52")."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("TABA, Egypt (AP) — Rescuers dug through the collapsed wing of the Taba Hilton on Friday, a day after car "
         "bombs ripped through the hotel. The bombings Thursday night killed at least 32 people.", "2020-04-30"),
        ("SANAA, Dec 6 (Reuters) - Yemen's al Qaeda wing claimed responsibility on Friday for a suicide car bomb and "
         "gun attack on the Defence Ministry complex in Sanaa that killed 52 people. The attackers struck on Thursday "
         "morning.", "2020-04-30"),
        # with no other day told, the lede's stands
        ("SANAA (Reuters) - Yemen's al Qaeda wing claimed responsibility on Friday for a suicide car bomb attack on "
         "the Defence Ministry complex in Sanaa that killed 52 people.", "2020-05-01"),
    ],
)
def test_a_second_days_verbs(text: str, day: str) -> None:
    assert main(text, "2020-05-05")["event_date"] == day
