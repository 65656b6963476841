"""Round 810: a community placed by its division in another country than its namesake, a country named as a cause or
on the attacker's papers, a monitor's log that opens on a day-first date, victims "unaccounted for" on a later day,
an earlier count's day, and fighting dated by its start."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the apposition's division is Nigeria's, so the community is not Germany's namesake
        ("Gunmen killed 30 people in a night raid on Zike, a community in Bassa local government area of Plateau "
         "State, officials said.", "NG"),
        # a cause the crowd gathered for, not where it gathered
        ("MULHOUSE – A man was killed and three police officers were wounded in a knife attack on Saturday during a "
         "rally in support of the Democratic Republic of Congo.", "FR"),
        # the attacker's papers
        ("Two tourists were stabbed at Amsterdam Central Station on Friday morning. The suspect, who has a residence "
         "permit in Germany, was shot by police.", "NL"),
    ],
)
def test_countries(text: str, country: str) -> None:
    assert main(text, published="2024-08-28T10:00:00+00:00")["country"] == country


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a log filed a day later, day first
        ("01/09/2019 | Dhamar governorate, Dhamar city. Coalition air raids on a detention centre. More than 100 "
         "detainees killed, 40 injured.", "2019-09-02T09:00:00Z", "2019-09-01"),
        # control: a record that opens on its date, long after, stays month first
        ("12/03/2016: Gunmen killed five people in a market in Maiduguri.", "2017-05-01T09:00:00Z", "2016-12-03"),
        ("Hundreds of students were unaccounted for on Saturday after gunmen attacked a boarding school in Kankara "
         "on Friday night, police said.", "2020-12-13T10:00:00Z", "2020-12-11"),
        ("The death toll from clashes in El Geneina has risen to 129, officials said on Monday. On Sunday they had "
         "reported 83 dead. The fighting began on Saturday after a man was stabbed to death.",
         "2021-01-18T09:00:00Z", "2021-01-16"),
    ],
)
def test_dates(text: str, published: str, day: str) -> None:
    assert main(text, published=published)["event_date"] == day
