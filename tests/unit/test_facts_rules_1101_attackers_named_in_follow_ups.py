"""Round 1101: the attacker named in a follow-up story. A lede on the attacker unnamed ("The gunman who killed six
people ...") and a next paragraph that opens on a name ("Marcus Hale, 41, of Sylvania, drove ..."); the one the
police shot dead, described by his own attack ("shot dead Karim Benali, the 31-year-old Algerian who drove a lorry
into a crowd", who is then no more of the dead); a hunt for him; "the bomber who killed 14 people, among them two
children, at the entrance of a football stadium ... as Omar Haddad"; "The gunmen, identified as ..."; "X, 32,
burst into the cafe"."""

from __future__ import annotations

import pytest
from facts_rules_support import main


def _attackers(text: str) -> list[str]:
    return [a["name"] for a in main(text, "2020-05-05")["actors"]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("TOLEDO, Ohio (AP) - The gunman who killed six people at a warehouse on Monday had been fired a week "
         "earlier, police said.\n\nMarcus Hale, 41, of Sylvania, had worked at the warehouse for nine years and "
         "bought both handguns in March.", ["Marcus Hale"]),
        ("LYON - Police on Sunday shot dead Karim Benali, the 31-year-old Algerian who drove a lorry into a crowd in "
         "Lyon on Friday, killing nine people.", ["Karim Benali"]),
        ("MARSEILLE - Police stepped up a hunt on Tuesday for Yassine Amrani, a 29-year-old Moroccan whose "
         "fingerprints were found on the van that ploughed into a market on Sunday, killing seven people.",
         ["Yassine Amrani"]),
        ("LYON - Police named the bomber who killed 14 people, among them two children and a teacher, at the entrance "
         "of a football stadium in the city centre late last night as Omar Haddad, a 24-year-old student.",
         ["Omar Haddad"]),
        ("LYON - The gunmen, identified as Karim Benali and Sami Farouk, killed four people at a bakery on Monday.",
         ["Karim Benali", "Sami Farouk"]),
        ("NICE - Four hostages were killed in a cafe on Friday. Hamid Zerrouki, 32, burst into the cafe at noon.",
         ["Hamid Zerrouki"]),
        ("STOCKHOLM - Tomas Berg, the Swedish man suspected of ramming a car into shoppers on Friday, admitted to a "
         "terrorist crime on Tuesday. Three people were killed in the attack.", ["Tomas Berg"]),
        # counter-case: the next paragraph names one of the dead
        ("TOLEDO, Ohio (AP) - The gunman who killed six people at a warehouse on Monday had been fired a week "
         "earlier, police said.\n\nJane Porter, 34, was among the dead, her family said.", []),
    ],
)
def test_the_attacker_named(text: str, names: list[str]) -> None:
    assert _attackers(text) == names


def test_the_attacker_the_police_shot_dead_is_not_counted() -> None:
    inc = main(
        "LYON - Police on Sunday shot dead Karim Benali, the 31-year-old Algerian who drove a lorry into a crowd in "
        "Lyon on Friday, killing nine people."
    )
    assert inc["killed"] == 9
