"""Round 350: a local story's places under its city's dateline."""

from __future__ import annotations

from facts_rules_support import main


def place(text: str) -> tuple[str | None, str | None]:
    inc = main(text)
    return inc["admin1"], inc["location"]


def test_a_namesake_in_the_datelines_state_of_the_very_name() -> None:
    """Philadelphia has namesakes in other states: the bureau's own is the largest one, in Pennsylvania, and of
    the Kensingtons there the one called so, not New Kensington."""
    text = (
        "Two dead in Kensington shooting\n\nPHILADELPHIA — Two men were killed when gunfire erupted outside a bar "
        "late Friday, police said."
    )
    assert place(text) == ("Pennsylvania", "Kensington")


def test_a_neighbourhood_known_elsewhere_only_as_another_towns_name_is_not_that_town() -> None:
    text = (
        "Four wounded in Sherman Park shooting\n\nMILWAUKEE — Four people were wounded when shots were fired at a "
        "park in the Sherman Park neighborhood on Tuesday, Milwaukee police said."
    )
    assert place(text) == ("Wisconsin", "Milwaukee")


def test_a_spelling_of_the_towns_own_name_is_still_the_town() -> None:
    text = "KABUL (Reuters) - A bomb killed five people at a mosque in Mazar-i-Sharif on Friday, police said."
    assert place(text) == ("Balkh", "Mazar-i-Sharif")
