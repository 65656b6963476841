"""Event dates, measured by probes: texts we wrote in the styles of wire ledes, datelines, dated records with no
publication date, background dates and later updates, each with the date and precision a human coder would give.

Weekdays resolve to the most recent such day not after publication, read in the publication's own timezone
(2023-10-03 was a Tuesday); relative words give nothing without a publication date; a week is given by its
Monday, a weekend by its Saturday.
"""

from __future__ import annotations

import pytest
from newsfacts.facts import parse_incidents

# (text, published, event_date, date_precision)
PROBES = [
    # --- wire ledes, published Tue 2023-10-03
    (
        "Gunmen killed four villagers in an attack on a market in Zamfara state on Tuesday, police said.",
        "2023-10-03T14:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    (
        "A car bomb exploded outside a police station in Mogadishu late Monday, killing at least six people.",
        "2023-10-03T08:10:00+03:00",
        "2023-10-02",
        "day",
    ),
    (
        "Militants stormed an army post in North Waziristan early Sunday, killing three soldiers.",
        "2023-10-03T11:00:00+05:00",
        "2023-10-01",
        "day",
    ),
    (
        ("Russian drones struck an apartment block in Odesa overnight, killing two people, officials said on Tuesday."),
        "2023-10-03T07:45:00+03:00",
        "2023-10-03",
        "day",
    ),
    (
        "Two people were shot dead outside a bar in Memphis on Saturday night, police said.",
        "2023-10-03T10:00:00-05:00",
        "2023-09-30",
        "day",
    ),
    (
        (
            "Insurgents attacked a military convoy in the early hours of Friday, killing seven soldiers, the army"
            " said on Monday."
        ),
        "2023-10-03T09:00:00+01:00",
        "2023-09-29",
        "day",
    ),
    (
        ("Fighters loyal to the junta raided a village at dawn on Thursday and killed 11 civilians, residents said."),
        "2023-10-03T12:00:00+06:30",
        "2023-09-28",
        "day",
    ),
    (
        "A gunman opened fire at a wedding party last night, killing three guests and wounding nine.",
        "2023-10-03T06:30:00+05:30",
        "2023-10-02",
        "day",
    ),
    (
        "Suspected rebels ambushed a bus in Ituri province yesterday, killing 14 passengers.",
        "2023-10-03T10:00:00+02:00",
        "2023-10-02",
        "day",
    ),
    (
        "A roadside bomb killed a district official in Helmand province earlier this week, a spokesman said.",
        "2023-10-05T10:00:00+04:30",
        "2023-10-02",
        "week",
    ),
    (
        "A suicide bomber killed 12 people at a rally on the eve of the election, police said on Tuesday.",
        "2023-10-03T10:00:00+05:00",
        "2023-10-03",
        "day",
    ),
    (
        "Police said on Tuesday that a gunman killed five people at a school on Monday.",
        "2023-10-03T15:00:00-04:00",
        "2023-10-02",
        "day",
    ),
    (
        (
            "Two soldiers were killed on Sunday when their patrol hit a landmine near the border, the ministry "
            "said Tuesday."
        ),
        "2023-10-03T10:00:00+02:00",
        "2023-10-01",
        "day",
    ),
    (
        (
            "Gunmen killed three police officers at a checkpoint on Tuesday morning, hours after a bomb wounded "
            "five in the same town."
        ),
        "2023-10-03T18:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    # late Monday near midnight / tz
    (
        "An airstrike hit a house in Khan Younis late Monday, killing nine members of one family.",
        "2023-10-03T01:30:00+03:00",
        "2023-10-02",
        "day",
    ),
    (
        "Gunmen shot dead a journalist in Karachi on Monday night.",
        "2023-10-02T23:50:00+05:00",
        "2023-10-02",
        "day",
    ),
    (
        "A grenade attack on a bar killed two people on Sunday evening.",
        "2023-10-02T02:15:00+03:00",
        "2023-10-01",
        "day",
    ),
    (
        "A bomb exploded at a mosque during Friday prayers, killing 15 worshippers.",
        "2023-10-03T10:00:00+05:00",
        "2023-09-29",
        "day",
    ),
    # datelines
    (
        (
            "KABUL, Oct 3 (Reuters) - A bomb blast at a mosque in northern Afghanistan killed at least 15 "
            "worshippers on Friday, officials said."
        ),
        "2023-10-03T09:00:00+00:00",
        "2023-09-29",
        "day",
    ),
    (
        (
            "KABUL, Oct 3 (Reuters) - A bomb blast at a mosque in northern Afghanistan killed at least 15 "
            "worshippers, officials said."
        ),
        "2023-10-03T09:00:00+00:00",
        "2023-10-03",
        "day",
    ),
    (
        ("Sept. 14, 2023 — Gunmen killed six people in an attack on a village in Plateau State, local officials said."),
        "2023-09-14T12:00:00+01:00",
        "2023-09-14",
        "day",
    ),
    (
        (
            "MOGADISHU, Somalia, Oct. 1 (AP) — A suicide car bomber struck a checkpoint on Sunday, killing at "
            "least nine people."
        ),
        "2023-10-01T16:00:00+03:00",
        "2023-10-01",
        "day",
    ),
    (
        (
            "BAGHDAD, Sept 20 (Reuters) - Gunmen killed four members of a family in Diyala province late on "
            "Tuesday, police sources said."
        ),
        "2023-09-20T08:00:00+03:00",
        "2023-09-19",
        "day",
    ),
    (
        "DAMASCUS, Oct. 3 — Shelling killed five civilians in Idlib province yesterday, a monitor said.",
        "2023-10-03T09:00:00+03:00",
        "2023-10-02",
        "day",
    ),
    # explicit formats
    (
        "On 3 October 2023, militants attacked a police station in Bannu, killing two constables.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "Gunmen killed five people in an attack on October 3rd in Benue state.",
        "2023-10-06T10:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    (
        "An explosion at a market on Oct. 3 killed 11 people and injured 40.",
        "2023-10-10T10:00:00+03:00",
        "2023-10-03",
        "day",
    ),
    (
        "2023-10-03: Unknown assailants killed two aid workers in an ambush near Gao.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        # a log row's date before a dash, written as Nigeria writes dates (1.68.3; month first before)
        ("3/10/2023 - Armed men attacked an IDP camp in Borno, killing four people. The attack was claimed by ISWAP."),
        None,
        "2023-10-03",
        "day",
    ),
    (
        ("Armed men attacked an IDP camp in Borno on 3/10/2023, killing four people, the state police command said."),
        "2023-10-04T10:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    (
        "10/3/2023: A gunman killed three people at a warehouse in Ohio before taking his own life.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "On 10/3/2023 a shooter opened fire at a Texas church, killing four.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "Armed bandits on 3/10/2023 attacked a village in Katsina State, Nigeria, killing six residents.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "Police said a gunman killed three people at a bar in Dallas, Texas, on 10/3/2023.",
        "2023-10-05T10:00:00-05:00",
        "2023-10-03",
        "day",
    ),
    (
        "A gunman killed two people at a bar in Dallas, Texas, on 3/10/2023.",
        None,
        "2023-03-10",
        "day",
    ),
    (
        "On 14/09/2023, a gunman shot dead two people in Kenya's Lamu county.",
        None,
        "2023-09-14",
        "day",
    ),
    (
        "The bombing happened on the 3rd of October 2023 and killed 21 people in Quetta.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "Tuesday, 3 October 2023: A landmine killed three children in Kandahar province.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "Gunmen killed seven people on Oct 3 2023 in southern Mali.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "On October 3, gunmen killed seven people in central Mali.",
        "2023-10-03T22:00:00+00:00",
        "2023-10-03",
        "day",
    ),
    # records without published
    (
        "Three aid workers were killed when their vehicle was ambushed on Tuesday on the road to Gao.",
        None,
        None,
        None,
    ),
    (
        "An IED struck a clearly marked NGO vehicle yesterday, killing the driver.",
        None,
        None,
        None,
    ),
    (
        "In March 2021, armed men abducted and killed two staff members of an NGO in Darfur.",
        None,
        "2021-03-01",
        "month",
    ),
    (
        "In 2019, a local aid worker was shot dead by unknown gunmen in Kasai.",
        None,
        "2019-01-01",
        "year",
    ),
    (
        "Unknown gunmen killed a health worker at a vaccination site last week.",
        None,
        None,
        None,
    ),
    (
        "A national staff member was killed in crossfire during clashes in Khartoum. Date unknown.",
        None,
        None,
        None,
    ),
    (
        "On 12 May 2018, a suicide bomber detonated his vest at a market, killing 25 people.",
        None,
        "2018-05-12",
        "day",
    ),
    (
        "May 12, 2018: A suicide bomber detonated his vest at a market in Kabul, killing 25 people.",
        None,
        "2018-05-12",
        "day",
    ),
    (
        "In late June 2020, armed men killed three WFP contractors in South Sudan.",
        None,
        "2020-06-01",
        "month",
    ),
    (
        "During August 2017, two aid workers were killed in separate attacks in Jonglei.",
        None,
        "2017-08-01",
        "month",
    ),
    # background dates
    (
        (
            "Gunmen killed six worshippers at a church in Owo on Sunday, the deadliest attack in the town since "
            "the 2015 attack on a market."
        ),
        "2023-10-03T10:00:00+01:00",
        "2023-10-01",
        "day",
    ),
    (
        "A roadside bomb killed four soldiers, the deadliest attack since March, officials said.",
        "2023-10-03T10:00:00+03:00",
        None,
        None,
    ),
    (
        "Rockets hit a refugee camp, killing eight people, despite a ceasefire agreed on Jan. 19.",
        "2023-10-03T10:00:00+03:00",
        None,
        None,
    ),
    (
        (
            "A gunman killed two security guards at a bank in Lagos on Monday. He was released on August 14 after"
            " serving a sentence for robbery."
        ),
        "2023-10-03T10:00:00+01:00",
        "2023-10-02",
        "day",
    ),
    (
        ("Militants killed five soldiers in an ambush on Wednesday in the area where a 2017 attack killed 40 troops."),
        "2023-10-05T10:00:00+01:00",
        "2023-10-04",
        "day",
    ),
    (
        "An airstrike killed 12 people at a market. The war, which began in April 2023, has killed thousands.",
        "2023-10-03T10:00:00+02:00",
        None,
        None,
    ),
    (
        ("A bomb killed nine people at a bus station in Kano. The city was last hit on 12 June 2022, when 30 died."),
        "2023-10-03T10:00:00+01:00",
        None,
        None,
    ),
    (
        (
            "Gunmen killed four farmers on Monday in Benue state, where more than 100 people have been killed "
            "since January."
        ),
        "2023-10-03T10:00:00+01:00",
        "2023-10-02",
        "day",
    ),
    (
        (
            "Police arrested a suspect on Wednesday over the shooting that killed three people at a nightclub on "
            "Saturday."
        ),
        "2023-10-05T10:00:00-05:00",
        "2023-09-30",
        "day",
    ),
    (
        ("The man, who was sentenced on Sept. 12 for assault, shot dead his neighbour and two others on Monday."),
        "2023-10-03T10:00:00+00:00",
        "2023-10-02",
        "day",
    ),
    # updates days later
    (
        "The death toll from the attack on Monday has risen to 31, officials said on Thursday.",
        "2023-10-05T10:00:00+03:00",
        "2023-10-02",
        "day",
    ),
    (
        "Funerals were held on Thursday for the 14 people killed in Monday's bombing of a market in Peshawar.",
        "2023-10-05T12:00:00+05:00",
        "2023-10-02",
        "day",
    ),
    (
        (
            "The bodies of three hostages were recovered on Thursday, three days after gunmen killed them in a "
            "raid on a farm."
        ),
        "2023-10-05T12:00:00+01:00",
        "2023-10-02",
        "day",
    ),
    (
        ("Two more victims of Sunday's church attack died in hospital on Wednesday, bringing the death toll to 23."),
        "2023-10-04T18:00:00+01:00",
        "2023-10-01",
        "day",
    ),
    (
        "Police on Friday named the gunman who killed five people at a shopping mall on Tuesday.",
        "2023-10-06T10:00:00-04:00",
        "2023-10-03",
        "day",
    ),
    (
        ("Investigators are still searching for the attackers who killed six soldiers on Saturday in Tillaberi."),
        "2023-10-03T10:00:00+01:00",
        "2023-09-30",
        "day",
    ),
    # weekday resolution
    (
        "A bomb killed three people at a market on Tuesday.",
        "2023-10-03T23:00:00+00:00",
        "2023-10-03",
        "day",
    ),
    (
        "A bomb killed three people at a market on Wednesday.",
        "2023-10-03T23:00:00+00:00",
        "2023-09-27",
        "day",
    ),
    (
        "A bomb killed three people at a market last Tuesday.",
        "2023-10-05T10:00:00+00:00",
        "2023-10-03",
        "day",
    ),
    (
        "A bomb killed three people at a market last Saturday.",
        "2023-10-03T10:00:00+00:00",
        "2023-09-30",
        "day",
    ),
    (
        "Gunmen killed 10 villagers on the night of Saturday to Sunday in Burkina Faso's north.",
        "2023-10-03T10:00:00+00:00",
        "2023-09-30",
        "day",
    ),
    (
        "Gunmen killed 10 villagers overnight Saturday in Burkina Faso's north.",
        "2023-10-03T10:00:00+00:00",
        "2023-09-30",
        "day",
    ),
    (
        "A drone strike killed a militant commander on Sunday morning, two security officials said on Monday.",
        "2023-10-02T10:00:00+05:00",
        "2023-10-01",
        "day",
    ),
    # month/year only
    (
        "Clashes between herders and farmers killed at least 40 people in September, a rights group said.",
        "2023-10-03T10:00:00+01:00",
        "2023-09-01",
        "month",
    ),
    (
        "Rebels killed 23 civilians in an attack on a village earlier this month, the UN said.",
        "2023-10-20T10:00:00+02:00",
        "2023-10-01",
        "month",
    ),
    (
        "A bomb attack killed 11 people in the city last month, police said.",
        "2023-10-20T10:00:00+02:00",
        "2023-09-01",
        "month",
    ),
    (
        "Unknown gunmen killed four aid workers in South Sudan in 2022, the agency said in its annual report.",
        "2023-10-20T10:00:00+02:00",
        "2022-01-01",
        "year",
    ),
    (
        "In October 2023, militants killed nine soldiers in an attack on a base in Mali.",
        None,
        "2023-10-01",
        "month",
    ),
    (
        "Gunmen killed three people in the village in mid-September, residents said.",
        "2023-10-20T10:00:00+02:00",
        "2023-09-01",
        "month",
    ),
    (
        "An attack on a convoy in early August killed five peacekeepers.",
        "2023-10-20T10:00:00+02:00",
        "2023-08-01",
        "month",
    ),
    # misc
    (
        "Gunmen killed seven people in a village in Kaduna state, police said on Tuesday.",
        "2023-10-03T10:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    (
        "A bomb killed eight people on Tuesday, a week after a similar attack in the same city killed 20.",
        "2023-10-03T10:00:00+03:00",
        "2023-10-03",
        "day",
    ),
    (
        "The attack took place on Thursday, Sept. 28, when gunmen stormed a hotel and killed 12 guests.",
        "2023-10-03T10:00:00+03:00",
        "2023-09-28",
        "day",
    ),
    (
        "A blast killed four people on Monday, Oct. 2, in the eastern city of Goma.",
        "2023-10-05T10:00:00+02:00",
        "2023-10-02",
        "day",
    ),
    (
        "Gunmen killed 12 people on Sunday (Oct 1) in an attack on a village in Niger state.",
        "2023-10-03T10:00:00+01:00",
        "2023-10-01",
        "day",
    ),
    (
        "Militants killed four soldiers two days ago in an ambush in Cabo Delgado, the army said.",
        "2023-10-03T10:00:00+02:00",
        "2023-10-01",
        "day",
    ),
    (
        "A shooting at a nightclub killed three people in the early hours of this morning.",
        "2023-10-03T10:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    (
        (
            "An explosion killed three people at a fuel depot on Tuesday, a day after an airstrike killed 12 in "
            "the same district."
        ),
        "2023-10-03T19:00:00+03:00",
        "2023-10-03",
        "day",
    ),
    (
        "Gunmen killed five people at a funeral on Saturday, a day before the election.",
        "2023-10-03T10:00:00+01:00",
        "2023-09-30",
        "day",
    ),
    (
        "A grenade killed two people on 2 October, a day after 11 died in shelling.",
        "2023-10-03T10:00:00+03:00",
        "2023-10-02",
        "day",
    ),
    (
        ("A bomb exploded on a bus on Sept. 30, killing 6. The blast came hours after a rocket attack on the airport."),
        "2023-10-03T10:00:00+03:00",
        "2023-09-30",
        "day",
    ),
    (
        "Saturday's attack on a church killed 12 people, police said Monday.",
        "2023-10-02T10:00:00+00:00",
        "2023-09-30",
        "day",
    ),
    (
        "Gunmen on motorbikes killed nine villagers on Thursday last week.",
        "2023-10-03T10:00:00+00:00",
        "2023-09-28",
        "day",
    ),
    # --- second round: weekends, 'last week', procedure verbs, seasons, more formats
    # published Thu 2023-10-05
    (
        "Gunmen killed six people at a bar over the weekend, police said on Monday.",
        "2023-10-02T10:00:00+00:00",
        "2023-09-30",
        "week",
    ),
    (
        "Gunmen killed six people at a bar last weekend, police said.",
        "2023-10-05T10:00:00+00:00",
        "2023-09-30",
        "week",
    ),
    (
        "A bomb killed three people at a market last Thursday.",
        "2023-10-05T10:00:00+00:00",
        "2023-09-28",
        "day",
    ),
    (
        "An attack on a church in the town killed four worshippers on Sunday, Oct. 1.",
        "2023-10-05T10:00:00+01:00",
        "2023-10-01",
        "day",
    ),
    (
        "Gunmen attacked a bus on the 2nd of October, killing nine passengers.",
        "2023-10-05T10:00:00+01:00",
        "2023-10-02",
        "day",
    ),
    (
        "Militants killed 13 soldiers in an ambush on Monday (October 2) in the Sahel region.",
        "2023-10-05T10:00:00+00:00",
        "2023-10-02",
        "day",
    ),
    (
        "A suicide bomber killed 21 people at a market in the city on 2 Oct.",
        "2023-10-05T10:00:00+03:00",
        "2023-10-02",
        "day",
    ),
    (
        "Israeli airstrikes killed 30 people in Gaza overnight into Thursday, health officials said.",
        "2023-10-05T08:00:00+03:00",
        "2023-10-05",
        "day",
    ),
    (
        "A gunman killed three people in a shooting at a mall on the night of October 2.",
        "2023-10-05T10:00:00-04:00",
        "2023-10-02",
        "day",
    ),
    (
        "Four soldiers were killed when a roadside bomb hit their vehicle in Diyala on Wednesday evening.",
        "2023-10-05T00:20:00+03:00",
        "2023-10-04",
        "day",
    ),
    (
        "Unknown gunmen shot dead a tribal elder in Khyber district this morning.",
        "2023-10-05T13:00:00+05:00",
        "2023-10-05",
        "day",
    ),
    (
        "Unknown gunmen shot dead a tribal elder in Khyber district earlier today.",
        "2023-10-05T13:00:00+05:00",
        "2023-10-05",
        "day",
    ),
    (
        "Unknown gunmen shot dead a tribal elder in Khyber district on Thursday last week.",
        "2023-10-05T13:00:00+05:00",
        "2023-09-28",
        "day",
    ),
    (
        "A bomb blast killed five people in Quetta a week ago, and no group has claimed it.",
        "2023-10-05T13:00:00+05:00",
        "2023-09-25",
        "week",
    ),
    (
        "Three people were killed and 12 injured on 4th October when a grenade was thrown into a crowd.",
        "2023-10-05T13:00:00+03:00",
        "2023-10-04",
        "day",
    ),
    (
        "The attack, which took place on 1 October, left 17 people dead.",
        "2023-10-05T13:00:00+03:00",
        "2023-10-01",
        "day",
    ),
    (
        "Gunmen killed seven people on Tuesday in a village that was also attacked on Sept. 12.",
        "2023-10-05T13:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    (
        "Sixteen people died on October 2, 2023 when gunmen attacked a mining site in Mali.",
        None,
        "2023-10-02",
        "day",
    ),
    (
        "On the morning of 2 October 2023, militants ambushed a UN convoy, killing two peacekeepers.",
        None,
        "2023-10-02",
        "day",
    ),
    (
        "Attack date: 2023-10-02. Armed men killed three NGO staff at a checkpoint.",
        None,
        "2023-10-02",
        "day",
    ),
    (
        "On Monday, armed men killed three NGO staff at a checkpoint near Bentiu.",
        None,
        None,
        None,
    ),
    (
        "Three NGO staff were killed at a checkpoint near Bentiu earlier this year.",
        None,
        None,
        None,
    ),
    (
        "In the spring of 2022, armed men killed three NGO staff at a checkpoint near Bentiu.",
        None,
        "2022-01-01",
        "year",
    ),
    (
        "At the end of 2021, armed men killed three NGO staff at a checkpoint near Bentiu.",
        None,
        "2021-01-01",
        "year",
    ),
    (
        (
            "Gunmen killed a schoolteacher in Kashmir's Pulwama district on Tuesday, a week after militants shot "
            "dead a shopkeeper."
        ),
        "2023-10-05T13:00:00+05:30",
        "2023-10-03",
        "day",
    ),
    (
        ("A shooting at a high school killed two students, hours after a threat was posted online on Wednesday."),
        "2023-10-05T13:00:00-05:00",
        "2023-10-04",
        "day",
    ),
    (
        ("Three people were killed on Friday night when gunmen opened fire on a bar, a day before the festival began."),
        "2023-10-03T13:00:00+00:00",
        "2023-09-29",
        "day",
    ),
    (
        "The UN condemned on Wednesday an attack that killed 12 civilians in Kivu on Monday.",
        "2023-10-05T13:00:00+02:00",
        "2023-10-02",
        "day",
    ),
    (
        ("Gunmen killed a police officer on Tuesday. On Wednesday, the governor visited the scene and vowed justice."),
        "2023-10-05T13:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    (
        "Wednesday's shelling of a market in the city killed 14 people, officials said on Thursday.",
        "2023-10-05T13:00:00+03:00",
        "2023-10-04",
        "day",
    ),
    (
        (
            "A man who killed two people in a knife attack in 2019 was sentenced on Monday to life in prison. On "
            "Tuesday, a gunman killed four people at a shop in the same town."
        ),
        "2023-10-05T13:00:00+00:00",
        "2023-10-03",
        "day",
    ),
    (
        "Gunmen killed eight people at a wake in the town late on Sunday night.",
        "2023-10-05T13:00:00+01:00",
        "2023-10-01",
        "day",
    ),
    (
        "A drone attack killed 4 people in Kherson in the small hours of Wednesday.",
        "2023-10-05T13:00:00+03:00",
        "2023-10-04",
        "day",
    ),
    (
        "In the early hours of this morning, a gunman shot dead two people in Marseille.",
        "2023-10-05T13:00:00+02:00",
        "2023-10-05",
        "day",
    ),
    (
        "The gunman, born on 12 May 1990, killed four people at a nightclub on Saturday.",
        "2023-10-05T13:00:00+00:00",
        "2023-09-30",
        "day",
    ),
    (
        "Bandits killed 15 people in Zamfara on Monday. The state has suffered 40 attacks since 1 January.",
        "2023-10-05T13:00:00+01:00",
        "2023-10-02",
        "day",
    ),
    (
        (
            "Bandits killed 15 people in Zamfara, the police said on Thursday. The state has suffered 40 attacks "
            "since 1 January."
        ),
        "2023-10-05T13:00:00+01:00",
        "2023-10-05",
        "day",
    ),
    (
        "Nov. 2, 2023 - A car bomb killed eight people in the north of the country.",
        "2023-11-02T13:00:00+00:00",
        "2023-11-02",
        "day",
    ),
    (
        "2 November 2023: A car bomb killed eight people outside a hotel.",
        None,
        "2023-11-02",
        "day",
    ),
    (
        "Thursday 2 November 2023 — A car bomb killed eight people outside a hotel.",
        "2023-11-03T13:00:00+00:00",
        "2023-11-02",
        "day",
    ),
    (
        "A car bomb killed eight people outside a hotel on Thursday 2 November.",
        "2023-11-03T13:00:00+00:00",
        "2023-11-02",
        "day",
    ),
    # --- third round: ranges, 'on the 3rd', 'the previous night', numeric dates in prose, days to come, midnight
    (
        "Fighting between two clans killed 20 people between October 1 and 3, elders said.",
        "2023-10-05T10:00:00+03:00",
        "2023-10-01",
        "day",
    ),
    (
        "Clashes on Oct. 2-3 killed 20 people in the disputed district.",
        "2023-10-05T10:00:00+03:00",
        "2023-10-02",
        "day",
    ),
    (
        "Gunmen killed a village chief on the 3rd, residents said.",
        "2023-10-05T10:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    (
        "Rebels attacked the town the previous night, killing five, the governor said on Wednesday.",
        "2023-10-05T10:00:00+01:00",
        "2023-10-03",
        "day",
    ),
    (
        "Police said a gunman killed three people at a diner in Ohio on 10/02/2023.",
        "2023-10-05T10:00:00-04:00",
        "2023-10-02",
        "day",
    ),
    (
        "A bomb killed two people at a bus stop in Lahore on 02/10/2023, police said.",
        "2023-10-05T10:00:00+05:00",
        "2023-10-02",
        "day",
    ),
    (
        "A gunman killed two people at a bus stop in Sydney on Sunday.",
        "2023-10-01T00:30:00+10:00",
        "2023-10-01",
        "day",
    ),
    (
        "Gunmen killed five worshippers at a mosque on Friday, 29 September 2023, in Kano.",
        "2023-10-05T10:00:00+01:00",
        "2023-09-29",
        "day",
    ),
    (
        "The army will retaliate on Friday for the ambush that killed 10 soldiers on Monday.",
        "2023-10-04T10:00:00+01:00",
        "2023-10-02",
        "day",
    ),
    (
        (
            "A fresh attack in the village on Wednesday killed four people, days after gunmen killed 12 in the "
            "same area."
        ),
        "2023-10-05T10:00:00+01:00",
        "2023-10-04",
        "day",
    ),
    (
        "Gunmen who attacked a convoy on Sunday killed six people and abducted 20, officials said on Tuesday.",
        "2023-10-03T10:00:00+01:00",
        "2023-10-01",
        "day",
    ),
    (
        (
            "ABUJA (Reuters) - Gunmen killed 15 people in an attack on a village in Plateau state on Sunday, "
            "police said."
        ),
        "2023-10-03T10:00:00+01:00",
        "2023-10-01",
        "day",
    ),
    (
        "ISLAMABAD, Oct 3 (AFP) — Militants killed four policemen on Monday night.",
        "2023-10-03T10:00:00+05:00",
        "2023-10-02",
        "day",
    ),
    (
        "Two people were killed in a shooting at around 11:45 pm on Saturday, police said.",
        "2023-10-02T10:00:00-04:00",
        "2023-09-30",
        "day",
    ),
    (
        "Two people were killed in a shooting shortly after midnight on Sunday, police said.",
        "2023-10-02T10:00:00-04:00",
        "2023-10-01",
        "day",
    ),
    (
        "A gunman killed four people in 2023 at a school in Texas, and in 2024 he was sentenced to life.",
        None,
        "2023-01-01",
        "year",
    ),
    # --- fourth round: timestamps, dotted dates, ordinals, a later sentence that dates the strike, died of wounds
    (
        "Gunmen killed four people at a market at 14:00 on 2023-10-03T14:00, the report said.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "03.10.2023: A mortar shell killed two civilians in Donetsk.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "A mortar shell killed two civilians in Donetsk on Oct 3rd, 2023.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "A mortar shell killed two civilians in Donetsk on 3rd Oct 2023.",
        None,
        "2023-10-03",
        "day",
    ),
    (
        "Attacks on October 3 and 4 killed 19 villagers in Ituri.",
        "2023-10-06T10:00:00+02:00",
        "2023-10-03",
        "day",
    ),
    (
        ("An airstrike killed 11 people in a village, the monitor said on Tuesday. The strike took place on Sunday."),
        "2023-10-03T10:00:00+03:00",
        "2023-10-01",
        "day",
    ),
    (
        "Gunmen have killed at least 20 people in a string of attacks in the region since Friday.",
        "2023-10-03T10:00:00+01:00",
        "2023-09-29",
        "day",
    ),
    (
        "Four soldiers died on Tuesday of wounds suffered in an ambush on Sunday.",
        "2023-10-04T10:00:00+01:00",
        "2023-10-01",
        "day",
    ),
]


@pytest.mark.parametrize(("text", "published", "event_date", "precision"), PROBES)
def test_probe_event_date(text: str, published: str | None, event_date: str | None, precision: str | None) -> None:
    incidents = parse_incidents(text, published=published)
    assert incidents, "an incident is reported"
    assert (incidents[0]["event_date"], incidents[0]["date_precision"]) == (event_date, precision)
