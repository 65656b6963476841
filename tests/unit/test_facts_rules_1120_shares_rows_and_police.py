"""Round 1120: a share's second part inside the total's aside ("A total of 184 people, 59 of them on the aircraft and
125 inside the building, were killed"); a town joined by "of" ("Port of Spain"); a row whose place field, after its
country and its division, closes with no bar ("2013-08-17 | Paraguay | San Pedro | Tacuati | EPP attack ..."); a
court's country ("later convicted in Switzerland"); and the police as the ones who killed: a count of people "shot
dead by police" with no verb of its own, police who "opened fire on a march", "executed by members of the National
Civil Police", an operation the police "carried out ..., during which at least 23 people were killed"."""

from __future__ import annotations

import pytest
from facts_rules_support import main, where


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A hijacked airliner struck the building. A total of 184 people, 59 of them on the aircraft and 125 inside "
         "the building, were killed.", 184),
        ("Gunmen stormed the hotel. Twenty hostages, nine of them Italian and seven Japanese, were killed.", 20),
        # a list of two parts with no share is still summed
        ("Gunmen stormed the hotel. Nine guests and seven staff were killed.", 16),
    ],
)
def test_a_share_inside_the_totals_aside(text: str, expected: int) -> None:
    assert main(text)["killed"] == expected


def test_a_town_joined_by_of() -> None:
    assert where("Fourteen people were injured when a bomb exploded on Frederick Street, Port of Spain.") == (
        "TT", "City of Port of Spain", "Port of Spain")


def test_a_country_named_with_of_is_still_the_country() -> None:
    # "the Republic of" no town: the country's own name, read as before
    assert where("A bomb exploded at a market in the Democratic Republic of the Congo, killing four people.")[0] == (
        "CD")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("2013-08-17 | Paraguay | San Pedro | Tacuatí | EPP attack on a ranch: four guards and a police officer shot "
         "dead.", "Tacuatí"),
        # a state and its district before the account: the village the account names
        ("10/06/2021 | Zamfara | Zurmi | Armed bandits on motorcycles raided Kadawa village, killing 53 residents.",
         "Kadawa village"),
    ],
)
def test_a_rows_last_field(text: str, location: str) -> None:
    assert main(text, None)["location"] == location


def test_a_courts_country_is_not_the_scene() -> None:
    country, _, location = where(
        "During an operation to retake the prison farm in Fraijanes, police shot dead seven inmates. A former "
        "police chief was later convicted in Switzerland over the killings."
    )
    assert (country, location) == ("GT", "Fraijanes")


def perpetrators(text: str) -> list[str]:
    return [a["name"] for a in main(text, "2021-06-29")["actors"] if a["role"] == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Relatives of the three men shot dead by police in Morvant on Saturday say the men were unarmed.", "Police"),
        ("At least 15 people were killed on Wednesday when police and pro-government armed groups opened fire on a "
         "march in Managua.", "Police"),
        ("During the operation seven inmates were extrajudicially executed by members of the National Civil Police.",
         "National Civil Police"),
        ("Officers of the Bolivarian National Police carried out an operation in the parish of La Vega, during which "
         "at least 23 people were killed.", "Bolivarian National Police"),
    ],
)
def test_the_police_who_killed(text: str, force: str) -> None:
    assert force in perpetrators(text)


@pytest.mark.parametrize(
    "text",
    [
        # the attackers' end, not the attack
        "The gunmen, who had killed three people, were shot dead by police.",
        "The gunman killed two people before he was shot dead by police.",
    ],
)
def test_the_police_who_stopped_the_attackers(text: str) -> None:
    assert "Police" not in perpetrators(text)
