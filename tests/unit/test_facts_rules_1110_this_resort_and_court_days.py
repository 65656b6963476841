"""Round 1110: "in this Red Sea resort", "in this Nile Delta city": the dateline's town, by its kind (the names in
the description are no place of the event's); an attack compared ("bore similarities to a suicide bombing in the
border town of Suruc in July") is background; "7/7 victims" is a day, not seven victims; "The 52 people murdered in
the 7 July 2005 London bombings"; a court's day ("A federal jury on Wednesday sentenced Bowers to death for the
massacre of 11") is no event of its own."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SHARM EL-SHEIKH, Egypt (AP) - Car bombs tore through a luxury hotel and a crowded market in this Red Sea "
         "resort early Saturday, killing at least 64 people.", ("EG", "South Sinai", "Sharm el-Sheikh")),
        ("TANTA, Egypt - Thousands of mourners packed the streets around the church in this Nile Delta city on "
         "Monday as families buried the victims of the Palm Sunday bombing, which killed 27 people. Police said the "
         "bomber walked into the nave. Security was tightened at churches in Cairo and Alexandria.",
         ("EG", "al Gharbiyah", "Tanta")),
        ("ANKARA (Reuters) - Turkey began three days of mourning on Sunday for the victims of twin suicide bombings "
         "at a peace rally, as the toll rose to 97.\n\nTwo explosions tore through crowds outside the main railway "
         "station on Saturday morning.\n\nIt was the deadliest attack of its kind in Turkish history and bore "
         "similarities to a suicide bombing in the border town of Suruc in July, which killed 33 young activists.",
         ("TR", "Ankara", "Ankara")),
    ],
)
def test_where_a_datelines_story_happened(text: str, place: tuple[str, str, str]) -> None:
    assert where(text) == place


@pytest.mark.parametrize(
    ("text", "published", "dead", "day"),
    [
        ("7/7 victims 'unlawfully killed', coroner rules\n\nThe 52 people murdered in the 7 July 2005 London "
         "bombings were unlawfully killed, the coroner at their inquests has concluded.", "2011-05-06", 52,
         "2005-07-07"),
        ("PITTSBURGH - A federal jury on Wednesday sentenced Robert Bowers to death for the massacre of 11 "
         "worshippers at the Tree of Life synagogue.\n\nOn the morning of Oct. 27, 2018, Bowers opened fire during "
         "Sabbath services. He also wounded six others.", "2023-08-02", 11, "2018-10-27"),
    ],
)
def test_the_toll_of_an_old_attack_retold(text: str, published: str, dead: int, day: str) -> None:
    inc = main(text, published)
    assert (inc["killed"], inc["event_date"]) == (dead, day)
