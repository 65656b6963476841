"""Round 1082: the rest of a toll told after its share ("killed 42 people, 35 of them civilians ... Seven members of
the security forces were also killed" is 42) or after who the dead were ("Most of the dead were lawyers ... Two
cameramen were also killed"); a breakdown between commas before "were also killed"; foes the forces killed after the
toll ("at least four Maoists were also killed in the exchange of fire", "and all six attackers were killed", the
statement's "37 assailants had also been killed"); "10 family members, including 4 children, and 2 neighbours";
a log row's place with its kind, its division in brackets or a quarter ("08/06/2024, Nuseirat camp (Deir al-Balah
gov.):", "Gaza City (Gaza gov.), al-Nasr area:") places the row and reads its date day first; "close to the Gaza
border" is the land across the line."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen killed 30 people, 24 of them villagers, on Sunday in an attack on the town of Djibo. Six members of "
         "the security forces, four soldiers and two police officers, were also killed.", 30),
        ("A suicide bomber struck a crowd of mourners at the hospital gate, killing at least 40 people.\n\nMost of the "
         "dead were lawyers. Two photographers who had come to film the mourners were also killed.", 40),
        ("A bomb exploded at a vegetable market, killing 18 people.\n\nA police officer said six of the dead were "
         "traders. A soldier guarding the gate was also killed.", 18),
        ("Nine policemen were killed and four injured in an ambush in the forest. Police said that at least three "
         "Maoists were also killed in the exchange of fire.", 9),
        ("On 2 March 2016 gunmen stormed an air base. Five security personnel were killed during the operation, "
         "and all four attackers were killed.", 5),
        ("Thirty soldiers were killed in an attack on the camp, the army said. The statement said that 25 assailants "
         "had also been killed.", 30),
        ("Two soldiers and a policeman were killed on Tuesday as fighting broke out in the town, the military said. "
         "The military said 11 of the militants were also killed.", 3),
        ("An airstrike destroyed the home; 8 family members, including 3 children, and 2 neighbours were killed.", 10),
        ("An airstrike killed 10 family members on Monday.", 10),
    ],
)
def test_the_rest_of_a_toll_and_the_forces_foes(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a share that does not add up leaves the "also" as more dead
        ("Gunmen killed 30 people, 24 of them villagers, on Sunday. Two soldiers were also killed.", 32),
        # attackers who blew themselves up are counted
        ("Gunmen stormed the airport terminal. Forty people were killed; all three attackers died when they blew "
         "themselves up.", 43),
    ],
)
def test_more_dead_still_count(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "where", "date"),
    [
        ("08/06/2024, Nuseirat camp (Deir al-Balah gov.): Israeli special forces raid backed by air strikes. MoH: "
         "210 killed, 400 injured.", ("PS", "Nuseirat"), "2024-06-08"),
        ("18/11/2012 - Gaza City (Gaza gov.), al-Nasr area: Israeli Air Force strike destroyed a family home; 9 "
         "killed.", ("PS", "Gaza City"), "2012-11-18"),
    ],
)
def test_a_log_rows_place_with_its_kind_or_quarter(text: str, where: tuple[str, str], date: str) -> None:
    inc = main(text, "2024-07-01T00:00:00+00:00")
    assert ((inc["country"], inc["location"]), inc["event_date"]) == (where, date)


def test_a_row_town_placed_by_the_next() -> None:
    # the town after the comma says which Duma: the West Bank's, not Syria's (the gazetteer's only one)
    inc = main("31/07/2015 - Duma village, Nablus area: a child burned to death after settlers threw firebombs.")
    assert inc["country"] == "PS"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 7 October 2023 gunmen overran Kibbutz Be'eri, about five kilometres from the Gaza border. A total of "
         "97 people were killed in the kibbutz.", "IL"),
        # the fence is on the side the protesters stood on
        ("Troops shot dead nine protesters along the Gaza border fence on Friday, the health ministry said.", "PS"),
    ],
)
def test_a_border_named_by_the_land_across_it(text: str, country: str) -> None:
    assert main(text)["country"] == country
