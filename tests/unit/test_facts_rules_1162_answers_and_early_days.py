"""Round 1162: the dead of the strikes that answered the attack ("had been 'neutralised' in retaliatory strikes since
the attack") and a count over the first days of the fighting ("In the first two days, the hospital received well over
100 wounded, and more than 20 of them died") are not the attack's own."""

from __future__ import annotations

from facts_rules_support import main


def test_the_dead_of_retaliatory_strikes_are_not_the_attacks() -> None:
    inc = main(
        "Twenty-one Armenian soldiers were killed in a drone strike by Azerbaijani forces near Lachin on Thursday, "
        "officials said. The Defence Ministry later said more than 200 Azerbaijani troops had been \"neutralised\" "
        "in retaliatory strikes since the attack.",
        published="2020-10-02T06:30:00Z",
    )
    assert inc["killed"] == 21


def test_a_lede_about_the_retaliatory_strikes_reports_them() -> None:
    inc = main(
        "Twelve militants were killed in retaliatory strikes on hideouts in Mir Ali on Sunday, a day after an attack "
        "on an army post, the military said.",
        published="2024-03-18T10:00:00Z",
    )
    assert inc["killed"] == 12


def test_a_count_over_the_first_days_of_the_fighting_is_not_the_strikes() -> None:
    inc = main(
        "An airstrike landed near the children's hospital in Nyala on 11 May, killing two children who were being "
        "treated there.\n\nFighting intensified in the city on 10 May. In the first two days, the town's main "
        "hospital received well over 100 wounded people, and more than 20 of them died of their injuries.",
        published="2024-05-12T17:00:00Z",
    )
    assert (inc["killed"], inc["injured"]) == (2, None)
