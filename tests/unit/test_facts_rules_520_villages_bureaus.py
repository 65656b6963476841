"""Round 520: villages the gazetteer lacks, told beside a route, a range, a county, an apposition, a bearing or a unit
named later; agency datelines as bureaus; and a lede that places nothing, which happened where it was filed."""

from __future__ import annotations

import pytest
from facts_rules_support import main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town at the end of the route travelled only tells the way
        ("A minibus travelling from Baidoa to Qoryoley struck a landmine near Marere village in Bay region on "
         "Sunday, killing six passengers, officials said.", "Marere village"),
        # a mountain range of the division found
        ("Four soldiers were killed on Monday when militants attacked an outpost near Galgala in the Cal Madow "
         "mountains of Bari region, officials said.", "Galgala"),
        # a Kenyan county named after its town, and a sub-county written with capitals
        ("Two police officers were killed when their vehicle hit a roadside bomb near Kalicha in Wajir South, Wajir "
         "County, on Tuesday.", "Kalicha"),
        ("Three herders were shot dead by raiders at Kotile in Ijara Sub-County, Garissa County, on Sunday night.",
         "Kotile"),
        # what the verb destroyed, in apposition; a village placed by its bearing from a town
        ("Gunmen on Friday razed Alamba, a village in Kauru Local Government Area of Kaduna State, killing seven "
         "residents.", "Alamba"),
        ("Militiamen killed five farmers in Dhuudo, a village east of Garowe in Nugal region, on Sunday, elders "
         "said.", "Dhuudo"),
        # the unit named after the town at its second mention; Mali's circles in English
        ("At least nine civilians were killed on Saturday in Kimbulu village, in the Beni-Mbau sector of Beni "
         "territory, North Kivu, local officials said.", "Kimbulu village"),
        ("Six soldiers were killed on Tuesday in an ambush near Tiplinga, in the Tenenkou circle (Mopti region), the "
         "army said.", "Tiplinga"),
        # the area "of the district" the lede named
        ("Two people were killed and five injured on Monday when a bomb exploded in Bannu district. The blast took "
         "place in the Goromai area of the district near a market.", "Goromai"),
    ],
)
def test_a_village_the_gazetteer_lacks(text: str, expected: str) -> None:
    assert main(text, published="2024-06-11T10:00:00+00:00")["location"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency's bureau, whatever its accents, the parts of its date or the lack of a dash
        ("Bogotá, Oct 6 (EFE).- Two soldiers were killed in an attack on a patrol in the municipality of Tame, in "
         "the department of Arauca, the army said.", ("Arauca", "Tame")),
        ("Gusau, Sept. 7, 2022 (NAN) Bandits have killed four farmers in Makongo community, Maru Local Government "
         "Area of Zamfara.", ("Zamfara", "Makongo")),
        # a month's abbreviation in the dateline ends no sentence, so the village two sentences on is still read
        ("NIAMEY, Dec. 12 (Xinhua) -- Nine civilians were killed in an attack on a village in Niger's Tillaberi "
         "region on Tuesday, the ministry said.\n\nThe gunmen stormed the market of Dinkira village in the commune "
         "of Kourteye and opened fire.", ("Tillaberi", "Dinkira village")),
        # a lede that places nothing happened where it was filed, not where the embassy that condemned it sits
        ("QUETTA, Oct 7 (APP): Two labourers were killed in a blast near a coal mine late Sunday, Balochistan Home "
         "Minister said on Monday.\n\nThe injured were shifted to the Civil Hospital.\n\nThe embassy in Islamabad "
         "condemned the attack.", ("Balochistan", "Quetta")),
        # Ethiopia's regions by their formal name
        ("Addis Ababa, August 24/2024(ENA) Rebels have killed 11 civilians in Gida district of East Wollega Zone, "
         "Oromia Regional State.", ("Oromia", "Gida district")),
    ],
)
def test_an_agency_bureau(text: str, expected: tuple[str, str]) -> None:
    inc = main(text, published="2024-06-11T10:00:00+00:00")
    assert (inc["admin1"], inc["location"]) == expected
