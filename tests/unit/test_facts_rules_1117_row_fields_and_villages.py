"""Round 1117: ACLED's rows of bars with the country, the division and the district before the place ("06/04/2010 |
Chhattisgarh | Dantewada | Tadmetla | ...", "2023-06-12 | Democratic Republic of Congo | Ituri | Djugu | Lala |
Violence against civilians"), the kind of event after it no place ("| Chinegodar | Battles |"); "The gunfight broke
out ... near Binagunda village", the sentence that says where, a paragraph on; Congo's sectors ("Manzanzaba,
Beni-Mbau sector, Beni territory"); and a village placed by its distance from a town ("in Manzanzaba village about 4
km from Oicha"): each names the place the gazetteer lacks."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        ("12/03/2015 | Chhattisgarh | Sukma | Pidmel | Seven STF personnel killed when Maoists ambushed a patrol near "
         "the village.", None, ("IN", "Chhattisgarh", "Pidmel")),
        ("2021-05-30 | Democratic Republic of Congo | Ituri | Irumu | Ndalya | Violence against civilians | ADF "
         "fighters killed 20 villagers with machetes.", None, ("CD", "Ituri", "Ndalya")),
        # counter-case: the kind of event after the place is no place
        ("NE | 09/01/2020 | Tillaberi | Chinegodar | Battles | Militants attacked an army camp; 89 soldiers killed.",
         None, ("NE", "Tillaberi", "Chinegodar")),
        ("Raipur, Apr 16 (PTI) Ten Maoists, including a senior cadre, were killed in an encounter with security forces "
         "in Chhattisgarh's Kanker district on Tuesday, police said. Three security personnel were injured.\n\nThe "
         "gunfight broke out around 2 pm in a forest near Hapatola village under Chhotebethiya police station limits.",
         "2024-04-16", ("IN", "Chhattisgarh", "Hapatola village")),
        ("28/01/2020 - Mangolikene, Beni-Mbau sector, Beni territory, North Kivu - Assailants killed 12 civilians with "
         "machetes.", None, ("CD", "North Kivu", "Mangolikene")),
        ("Assailants killed 12 civilians with machetes in Mangolikene village about 6 km from Oicha, in North Kivu.",
         None, ("CD", "North Kivu", "Mangolikene village")),
    ],
)
def test_the_place_below_the_gazetteer(text: str, published: str | None, place: tuple[str, str, str]) -> None:
    inc = main(text, published)
    assert (inc["country"], inc["admin1"], inc["location"]) == place
