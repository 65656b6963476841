"""Round 1143: a later toll told by its pronoun ("the toll could rise; a regional official later put it at 132"), and
a count that says it includes the suspected perpetrator ("Eleven people are dead, including the suspected
perpetrator")."""

from __future__ import annotations

from facts_rules_support import main


def test_a_toll_put_by_its_pronoun() -> None:
    text = (
        "OUAGADOUGOU, June 5 - Gunmen killed about 100 civilians in an attack on the village of Solhan on Saturday, "
        "the government said.\n\nLocal sources said the toll could rise; a regional official later put it at 132."
    )
    assert main(text, published="2021-06-05")["killed"] == 132


def test_put_it_without_a_toll_before_is_no_toll() -> None:
    text = (
        "Gunmen killed 12 villagers near Djibo on Saturday, officials said. The army called the raid cowardly and a "
        "minister put it at the top of the agenda for a meeting on the 25 districts."
    )
    assert main(text, published="2021-06-05")["killed"] == 12


def test_the_count_that_includes_the_suspected_perpetrator() -> None:
    text = (
        "HANAU, Germany, Feb 20 - A gunman shot dead nine people at two bars in Hanau late on Wednesday, and police "
        'later found him and his mother dead at his home.\n\n"Eleven people are dead, including the suspected '
        'perpetrator," the interior minister told reporters.'
    )
    assert main(text, published="2020-02-20")["killed"] == 11
