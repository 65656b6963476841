"""Round 1083: people rounded up and "burned them alive" are the dead; a crowd that "had gathered after" a killing
was drawn by a death before the attack, not one of its dead; "suspected members of" a cartel, "gang members" and
"criminals" the troops "also" killed are the forces' foes; a log row opening on its day ("12 June 2014, near
Tikrit:") tells of one event, so a figure of thousands in it is that event's toll."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Soldiers rounded up 11 villagers in the village on Tuesday morning, tied them up and burned them alive, "
         "residents said.", 11),
        ("Militiamen seized seven farmers near the river and burnt them to death, witnesses said.", 7),
        # counter-case: the houses they burned are no dead
        ("Gunmen rounded up 11 villagers on Tuesday, looted their homes and burned them, residents said.", None),
    ],
)
def test_those_taken_and_burned(text: str, dead: int | None) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 19 August 2008, a suicide bomber struck the emergency ward of the hospital, where mourners had gathered "
         "after a local man was shot dead, killing 32 people.", 32),
        ("A bomb went off in the square, where protesters had assembled after a student was killed by police, killing "
         "nine people.", 9),
        # counter-case: the man shot dead is the news, with no crowd gathered before
        ("A local man was shot dead on Sunday after a quarrel at the market, police said.", 1),
    ],
)
def test_a_death_that_drew_the_crowd(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Ten members of the armed forces were killed and 35 wounded in the operation, the minister said. He said "
         "that 19 suspected members of the Sinaloa Cartel had also been killed by troops and 21 had been arrested.",
         10),
        ("Four police officers were killed in the ambush on the highway. Six gang members were also killed by "
         "police in the gunfight that followed.", 4),
        # counter-case: the suspects are not said to be killed by the forces
        ("Ten soldiers were killed on Friday. Three suspected members of the gang were also killed.", 13),
    ],
)
def test_suspects_the_forces_killed(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("12 June 2014, near Tikrit, Salahuddin governorate: ISIL fighters executed some 1,700 Iraqi air force "
         "cadets captured as they left the camp.", 1700),
        ("July 11, 1995, Srebrenica: Bosnian Serb forces killed some 8,000 men and boys.", 8000),
    ],
)
def test_a_row_of_one_day_with_thousands_dead(text: str, dead: int) -> None:
    assert main(text)["killed"] == dead


def test_thousands_over_a_war_are_no_events_toll() -> None:
    # counter-case: the war's count, in a sentence with no day of its own
    inc = main("A roadside bomb killed two soldiers on Monday. The war has killed more than 5,000 people since 2014.")
    assert inc["killed"] == 2
