"""Round 870: "on Sunday, a day after a barrage of rockets fell" is Saturday's; "a building that was destroyed by
rockets on Saturday night" dates the strike, not the day rescuers finished; "late on Friday, killing 14" is the act's
day over a later sentence's other clash; "was hit by sniper fire and died" is one dead; "X, his wife and their son were
among seven people killed ... Four riflemen were also killed" is seven; "MP Ibrahim Abiriga and his brother were shot
dead" and "was shot dead together with his bodyguard" are two."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Residents swept up broken glass on Sunday, a day after a barrage of rockets fell on apartment blocks, "
         "killing 30 people and wounding 102.", "2022-07-09"),
        ("Rescuers on Wednesday finished clearing the rubble of an apartment building in Chasiv Yar that was "
         "destroyed by rockets on Saturday night, putting the final death toll at 48.", "2022-07-09"),
        ("An explosion tore through a crowded night market in the city, the president's home town in the south, late "
         "on Friday, killing 14 people, officials said. Security was tightened on Saturday. Fifteen soldiers were "
         "killed on Monday in a clash with the militants on the island.", "2022-07-08"),
        # controls: a day after the act named again; a day of telling
        ("Residents swept up broken glass on Sunday, a day after the attack.", "2022-07-09"),
        ("Gunmen killed 10 people in a market on Sunday, officials said on Monday.", "2022-07-10"),
    ],
)
def test_the_acts_own_day(text: str, date: str) -> None:
    assert main(text, published="2022-07-13T12:10:00+03:00")["event_date"] == date


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Sub-divisional police officer Chingtham Anand was hit by sniper fire and died while supervising the "
         "clearing of a helipad site on Tuesday.", 1),
        ("A commanding officer, his wife and their son were among seven people killed when militants ambushed a "
         "convoy on Saturday. Four riflemen were also killed.", 7),
        # control: a whole not told as "among" is added to
        ("Seven people were killed when militants ambushed a convoy on Saturday. Four riflemen were also killed in "
         "a second ambush nearby.", 11),
    ],
)
def test_one_hit_and_died_and_the_rest_of_a_whole(text: str, killed: int) -> None:
    assert main(text, published="2021-11-14T09:00:00+05:30")["killed"] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Arua Municipality MP Ibrahim Abiriga and his brother were shot dead on Friday night near his home.", 2),
        ("Major Muhammad Kiggundu, a Muslim cleric, was shot dead together with his bodyguard on Friday.", 2),
        # controls: the companion alone; an article is no name
        ("His brother was shot dead on Friday night near his home.", 1),
        ("The driver and his brother were shot dead on Friday night near his home.", 2),
    ],
)
def test_a_named_man_and_his_companion(text: str, killed: int) -> None:
    assert main(text, published="2018-06-09T10:00:00+03:00")["killed"] == killed
