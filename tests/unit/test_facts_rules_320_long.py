"""Round 320 (long articles): a clock's "a.m." in the act's clause, the lede's overnight under a title line, earlier
attacks listed by month, the wounded beside an updated toll, tolls that "rise" or "are now", an initial toll put
aside, names and toll gaps that stop at a line end, a title's bare division, a region's war toll, a live blog's
background entry, "Also on Monday, a ..." as another event, a dateline below the title, the weapon as subject, a
division's word before "village", the village a feature's event sentence names, a timeline's dated rows, and the
seat of a world body, an analysis whose title names no attack, the village the sentence after a titled lede
names, and an old photo caption's place."""

from __future__ import annotations

from facts_rules_support import main
from newsfacts.facts import parse_incidents

_HISTORY = (
    "The region has suffered many attacks. Aid groups say the violence has displaced thousands of families, and "
    "schools in the district have been closed for months.\n\n"
)


def test_clock_time_does_not_cut_the_act_from_its_day() -> None:
    text = (
        "Rebels kill 8 in Beni village\n\n"
        "Rebels killed eight civilians in an overnight attack on Mavivi near Beni, a local official said on "
        "Thursday.\n\nThe fighters attacked the village at about 1 a.m. on Wednesday, witnesses said."
    )
    inc = main(text, published="2024-05-09T12:00:00+00:00")
    assert inc["event_date"] == "2024-05-08"


def test_day_named_for_the_act_beats_the_overnight_of_the_lede_under_a_title() -> None:
    text = (
        "Gunmen kill 12 in Sokoto raid\n\n"
        "Gunmen killed 12 villagers in an overnight raid on a village in Sokoto state, police said on Tuesday.\n\n"
        "The attackers arrived on motorcycles late on Monday and shot residents who tried to flee."
    )
    inc = main(text, published="2024-07-02T10:00:00+00:00")
    assert inc["event_date"] == "2024-07-01"


def test_a_list_of_earlier_attacks_by_month_does_not_date_the_event() -> None:
    text = (
        "Two killed as drones hit Mykolaiv\n\n"
        "Russian drones hit an energy facility in Mykolaiv overnight, killing two workers and injuring three, the "
        "regional governor said.\n\n" + _HISTORY + "The city has been struck often. On February 12, a missile "
        "strike on the port killed four people. In January, an attack on a hotel injured eleven."
    )
    inc = main(text, published="2024-03-20T08:00:00+00:00")
    assert inc["event_date"] == "2024-03-20"


def test_wounded_told_with_the_updated_toll_replace_the_first_count() -> None:
    text = (
        "Toll in Kismayo hotel attack rises to 26\n\n"
        "The death toll from an attack on a hotel in Kismayo has risen to 26, officials said on Sunday.\n\n"
        "Officials had said on Saturday that 11 people were killed and 30 injured when attackers stormed the hotel "
        "on Friday night.\n\n" + _HISTORY + "On Sunday, the regional president said 26 people were killed and 56 "
        "wounded."
    )
    inc = main(text, published="2024-09-01T10:00:00+00:00")
    assert (inc["killed"], inc["injured"]) == (26, 56)


def test_a_toll_that_is_now_a_figure_is_an_update() -> None:
    text = (
        "Blast at Quetta rally\n\n"
        "09:10 GMT - A bomb has exploded at a rally in Quetta. Police said 12 people were killed.\n\n"
        "11:40 GMT - Hospital officials say the toll is now 19 dead."
    )
    inc = main(text, published="2024-10-10T12:00:00+00:00")
    assert inc["killed"] == 19


def test_a_toll_initially_put_by_police_is_set_aside() -> None:
    text = (
        "Militants raided a checkpoint in Tank district on Monday. Police had initially put the toll at 4 dead, "
        "but the army later said nine soldiers were killed."
    )
    inc = main(text, published="2024-02-06T10:00:00+00:00")
    assert inc["killed"] == 9


def test_an_unlisted_place_name_stops_at_a_blank_line() -> None:
    text = (
        "Gunmen kill 6 traders at market in Plateau\n\n"
        "JOS, Nigeria - Gunmen opened fire at a market in Zangwa, in Plateau state, on Saturday, killing six "
        "traders, police said."
    )
    incs = parse_incidents(text, published="2024-04-14T10:00:00+00:00")
    assert incs and "\n" not in (incs[0]["location"] or "")


def test_a_title_toll_does_not_swallow_the_lede_toll_below_it() -> None:
    text = (
        "Toll in Kismayo hotel attack rises to 26\n\n"
        "The death toll from an attack on a hotel in Kismayo has risen to 26, officials said on Sunday.\n\n"
        "Officials had said on Saturday that 11 people were killed when attackers stormed the hotel on Friday night."
    )
    inc = main(text, published="2024-09-01T10:00:00+00:00")
    assert inc["killed"] == 26


def test_a_title_names_the_division_bare_and_the_body_the_town_in_it() -> None:
    text = (
        "Shelling in Idlib kills 4\n\n"
        "Government shelling killed four people in the town of Sarmin in Syria's Idlib province on Monday, "
        "rescuers said."
    )
    inc = main(text, published="2024-11-05T10:00:00+00:00")
    assert (inc["admin1"], inc["location"]) == ("Idlib", "Sarmin")


def test_violence_in_a_region_that_has_killed_many_is_a_war_toll() -> None:
    text = (
        "Explainer: the unrest in the hills\n\n"
        "Communal violence in the country's eastern state of Assam has killed more than 90 people since April, and "
        "thousands have fled.\n\nWhat has happened since? Mobs burned villages. On June 14, gunmen killed six "
        "people in a village near Kokrajhar."
    )
    incs = parse_incidents(text, published="2024-08-01T10:00:00+00:00")
    assert not incs or incs[0]["killed"] != 90


def test_a_live_blog_background_entry_does_not_date_the_event() -> None:
    text = (
        "Live: gunmen storm restaurant in Bamako\n\n"
        "19:05 GMT - Gunfire has been reported at a restaurant in Bamako.\n\n"
        "19:40 GMT - The security ministry says six people were killed and nine wounded.\n\n"
        "20:10 GMT - Background: the city's Radisson Blu hotel was attacked in November 2015, when gunmen "
        "killed 20.\n\n"
        "20:45 GMT - The ministry says the siege is over."
    )
    inc = main(text, published="2024-02-10T21:00:00+00:00")
    assert (inc["killed"], inc["event_date"]) == (6, "2024-02-10")


def test_also_on_that_day_an_attack_elsewhere_is_another_event() -> None:
    text = (
        "A Russian drone hit a minibus in Nikopol on Monday, killing three passengers and wounding five, the "
        "governor said.\n\nAlso on Monday, a Russian strike on the village of Marhanets killed two people."
    )
    inc = main(text, published="2024-06-04T10:00:00+00:00")
    assert inc["killed"] == 3


def test_a_dateline_below_the_title_dates_the_filing_not_the_act() -> None:
    text = (
        "Two soldiers killed in Tillaberi ambush\n\n"
        "NIAMEY, March 12 (Reuters) - Two soldiers were killed when militants ambushed their patrol in the town "
        "of Tera in the far west of Niger's Tillaberi region on Sunday, the army said."
    )
    inc = main(text, published="2024-03-12T18:00:00+00:00")
    assert inc["event_date"] == "2024-03-10"


def test_a_weapon_as_the_subject_makes_the_sentence_the_acts() -> None:
    text = (
        "Toll from Sumy strike rises to 9\n\n"
        "The death toll from a Russian strike on a hospital in Sumy has risen to nine, officials said on Friday.\n\n"
        "The missile hit the building on Wednesday afternoon, when it was full of patients."
    )
    inc = main(text, published="2024-08-16T10:00:00+00:00")
    assert inc["event_date"] == "2024-08-14"


_FEATURE_LEDE = (
    "Halima had just fetched water when she heard the trucks. Minutes later, men were firing at anyone who ran.\n\n"
    '"They took everything," the mother of four said by telephone from a camp.\n\n'
)


def test_a_word_of_the_division_before_village_is_not_the_village() -> None:
    text = (
        "Survivors recount raid on Kivu village\n\n"
        "Rebels killed nine people in the village of Kalunguta, in North Kivu province, on Sunday, officials said."
    )
    inc = main(text, published="2024-06-04T10:00:00+00:00")
    assert inc["location"] != "Kivu village"


def test_the_event_sentence_of_a_feature_names_the_unlisted_village() -> None:
    text = (
        "Survivors recount raid on a village\n\n" + _FEATURE_LEDE + "Gunmen killed 17 people in the raid on the "
        "village of Tashan Kwari in Zamfara state on Friday, a local official said."
    )
    inc = main(text, published="2024-06-04T10:00:00+00:00")
    assert inc["location"] == "Tashan Kwari"


def test_a_dated_row_of_a_timeline_adds_nothing_to_the_story() -> None:
    text = (
        "Bomb kills 5 in Kirkuk\n\n"
        "A roadside bomb killed five soldiers near Kirkuk on Tuesday, the army said.\n\n"
        "The province has seen a string of attacks, and officials blame sleeper cells.\n\n"
        "Recent attacks:\n- March 2024: a suicide bomber kills 4 and wounds 12\n- June 2023: an ambush kills 3"
    )
    inc = main(text, published="2024-07-10T10:00:00+00:00")
    assert (inc["killed"], inc["injured"]) == (5, None)


def test_the_seat_of_a_world_body_is_not_the_scene() -> None:
    text = (
        "Fighters killed 30 people in the attack on the village of Umm Sayala in North Darfur on Saturday, "
        "volunteers said.\n\n"
        "In New York, a spokesman for the UN Secretary-General said the organisation was alarmed. "
        "In New York, the UN Security Council met on Monday. In New York, a spokesman for the UN said aid was "
        "blocked. In New York, the General Assembly held a minute's silence."
    )
    inc = main(text, published="2024-11-12T10:00:00+00:00")
    assert inc["country"] == "SD"


def test_an_analysis_whose_title_names_no_attack_reports_none() -> None:
    text = (
        "Analysis: Nigeria's northwest security crisis tests the new governors\n\n"
        "The new governors promised a fresh approach to the northwest's insecurity.\n\n"
        "On May 3, gunmen killed 14 villagers in Zurmi, and days later bandits abducted 30 students in Gusau. "
        "Analysts say the state forces lack training."
    )
    assert parse_incidents(text, published="2024-05-12T10:00:00+00:00") == []


def test_an_analysis_whose_title_names_the_attack_keeps_it() -> None:
    text = (
        "Analysis: What the Zurmi massacre says about the bandits\n\n"
        "Gunmen killed 14 villagers in Zurmi on Sunday, police said, in the deadliest raid this year."
    )
    assert main(text, published="2024-05-07T10:00:00+00:00")["killed"] == 14


def test_under_a_title_the_sentence_after_the_lede_may_name_the_village() -> None:
    text = (
        "Mine kills 3 children in Rakhine\n\n"
        "Three children were killed when a landmine exploded near their village in Rakhine state on Monday, an aid "
        "group said.\n\nThe children were herding goats outside the village of Kyauk Ta Lone when one of them "
        "stepped on the mine."
    )
    inc = main(text, published="2024-02-14T10:00:00+00:00")
    assert inc["location"] == "Kyauk Ta Lone"


def test_an_old_photo_caption_names_no_place_of_the_event() -> None:
    text = (
        "Gunmen kill 9 at funeral in Benue\n\n"
        "Photo: Mourners gather in Makurdi, Benue state, January 3, 2024. AFP\n\n"
        "Gunmen killed nine mourners at a funeral in the village of Ukpam, in Benue state, on Saturday, police said."
    )
    inc = main(text, published="2024-03-11T10:00:00+00:00")
    assert inc["location"] == "Ukpam"


def test_also_on_that_day_a_second_blast_is_the_same_attack() -> None:
    text = (
        "A car bomb killed two soldiers in Gao on Monday, the army said. Also on Monday, a second bomb went off "
        "nearby and a boy died."
    )
    assert main(text, published="2024-06-04T10:00:00+00:00")["killed"] == 3
