"""Round 820: a live page dated by its oldest entry (a weekday in its stamps, or a clock later than publication
allows), stamps that name the weekday after the hour or open an update; a crowd the state's forces fired on; a
victim named with an age in a passive clause; Nepal's districts; "the Maoists" of Nepal, not India's; an
anniversary told on its day, reported as the old attack; an age in a relative clause; a small dateline town; a
town the attackers came from; a place the gazetteer lacks, placed by an upazila, outskirts or a town near it; and
who the dead were, told between their word and the hurt."""

from __future__ import annotations

import pytest
from facts_rules_support import main
from newsfacts.facts.text import ascii_lower, live_entries


def perpetrators(inc: dict) -> list[str]:
    return [a["name"] for a in inc["actors"] if a["role"] == "perpetrator"]


_NEWEST_FIRST = (
    "Sunday 11:05 - The regional governor says the toll has risen to 14 dead and 30 injured.\n\n"
    "Saturday 23:40 - Hospitals in the city report nine dead.\n\n"
    "Saturday 20:15 - A car bomb exploded outside a bus station in the centre of Kirkuk, police said. Several people "
    "are feared dead.\n\n"
)
_OLDEST_FIRST_AFTER_HOUR = (
    "20:05 Thursday - Police are called to reports of gunfire at a warehouse in an industrial park in Leipzig.\n\n"
    "21:30 - Officers find several people with gunshot wounds.\n\n"
    "01:10 Friday - Police say four people were killed and two wounded. The gunman was arrested.\n\n"
    "08:45 Friday - Prosecutors say the suspect is a former employee.\n\n"
)
_UPDATES = (
    "UPDATE 3 (Tuesday 09:20): The interior ministry says 11 people were killed and 40 wounded.\n\n"
    "UPDATE 2 (Monday 22:10): Officials say seven dead.\n\n"
    "UPDATE 1 (Monday 18:45): An explosion struck a crowded market in Peshawar, witnesses said.\n\n"
)
# am/pm stamps with no weekday, on a page sent at 03:30 UTC: "10:50 p.m." cannot be that UTC day anywhere on Earth
_EVENING_PAGE = (
    "6:20 p.m. - Police respond to reports of a shooting at a shopping centre in Tulsa.\n\n"
    "8:05 p.m. - Police say a gunman killed three people before he was arrested.\n\n"
    "10:50 p.m. - The mayor says two of the wounded remain in critical condition.\n\n"
)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (_NEWEST_FIRST, "2024-02-11T12:00:00Z", "2024-02-10"),
        (_OLDEST_FIRST_AFTER_HOUR, "2024-03-08T09:30:00Z", "2024-03-07"),
        (_UPDATES, "2024-01-16T10:00:00Z", "2024-01-15"),
        (_EVENING_PAGE, "2024-05-05T03:30:00Z", "2024-05-04"),
        # control: the same page sent late in that evening's UTC day is of its own day
        (_EVENING_PAGE, "2024-05-04T23:55:00Z", "2024-05-04"),
    ],
)
def test_live_page_is_dated_by_its_oldest_entry(text: str, published: str, day: str) -> None:
    assert main(text, published=published)["event_date"] == day


def test_newest_first_page_counts_its_newest_entry() -> None:
    inc = main(_NEWEST_FIRST, published="2024-02-11T12:00:00Z")
    assert (inc["killed"], inc["injured"]) == (14, 30)


@pytest.mark.parametrize(
    ("text", "newest_last"),
    [
        (_NEWEST_FIRST, False),
        (_OLDEST_FIRST_AFTER_HOUR, True),
        (_UPDATES, False),
        # a weekday tells the order where the clock alone would not: "10:30" is Saturday's, after Friday 22:30
        ("12:01 Moscow time - The toll has risen to 60.\n\n10:30 - Rescuers search the hall.\n\n"
         "Saturday 09:40 - 40 dead.\n\nFriday 22:30 - Gunmen opened fire at a concert hall.\n\n", False),
    ],
)
def test_live_page_order(text: str, newest_last: bool) -> None:
    live = live_entries(ascii_lower(text))
    assert live is not None
    assert live[1] is newest_last


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("At least 20 people were killed on Friday as police fired tear gas and live rounds at students blocking a "
         "highway in the capital, hospital officials said.", "Police"),
        ("A student leader of the movement against fuel prices was shot dead by police outside the university on "
         "Tuesday, witnesses said.", "Police"),
        ("Troops opened fire on crowds of demonstrators in Mandalay on Saturday, killing 12 people, residents said.",
         "Security forces"),
        ("A 40-year-old man died on Sunday after being struck in the head by a tear gas canister fired by police "
         "during protests in the city centre, the ombudsman said.", "Police"),
        ("The rights commission said 19 people were killed and 80 injured during Monday's demonstrations, many of "
         "them shot by police.", "Police"),
    ],
)
def test_forces_that_fired_on_a_crowd_are_the_perpetrator(text: str, force: str) -> None:
    assert perpetrators(main(text)) == [force]


@pytest.mark.parametrize(
    "text",
    [
        # the attacker's end is no crackdown
        "A gunman killed three people at a bus stop before he was shot dead by police, officials said.",
        # gunmen in uniform are no state force
        "Gunmen dressed as soldiers opened fire on worshippers at a mosque on Friday, killing 15 people.",
        "Gunmen in police uniforms opened fire on worshippers at a mosque on Friday, killing 15 people.",
    ],
)
def test_forces_ending_or_imitated_are_not_the_perpetrator(text: str) -> None:
    assert not any(p in ("Police", "Security forces") for p in perpetrators(main(text)))


def test_victim_named_with_age_in_a_passive_clause_is_no_attacker() -> None:
    text = (
        "Two men were killed and 60 people injured in Quito on Saturday night during a march against the "
        "government, the ombudsman said. Pedro Salas, 23, was hit by pellets in the face, and Luis Mora, 19, was "
        "shot in the chest."
    )
    assert "Pedro Salas" not in perpetrators(main(text, published="2020-11-15T10:00:00Z"))


@pytest.mark.parametrize(
    ("text", "country", "admin1", "group"),
    [
        ("At least 30 people were killed when Maoist rebels attacked an army camp in Rolpa district on Sunday.",
         "NP", "Lumbini", "Communist Party of Nepal (Maoist) - Maoists"),
        ("Maoist guerrillas ambushed a police patrol in Kalikot district on Tuesday, killing seven policemen.",
         "NP", "Karnali", "Communist Party of Nepal (Maoist) - Maoists"),
        # control: India's Maoists where it happened in India
        ("Maoist rebels killed nine policemen in an ambush in Sukma district of Chhattisgarh on Monday.",
         "IN", "Chhattisgarh", "Communist Party of India (Maoist) - Maoists, Naxalites"),
    ],
)
def test_maoists_are_the_group_of_the_country_it_happened_in(
    text: str, country: str, admin1: str, group: str
) -> None:
    inc = main(text)
    assert (inc["country"], inc["admin1"]) == (country, admin1)
    assert perpetrators(inc) == [group]


def test_a_named_force_replaces_the_service_named_by_its_kind() -> None:
    text = (
        "A man was shot dead by police after he attacked officers with a machete at a house in Logan on Tuesday "
        "night. Queensland Police Service officers had been called to a disturbance."
    )
    assert perpetrators(main(text)) == ["Queensland Police Service"]


def test_the_crowd_is_what_the_force_fired_at() -> None:
    text = "Police Officer Mike Dunn, 41, shot the suspect after the man stabbed three people at a mall in Ohio."
    assert "Police" not in perpetrators(main(text))


@pytest.mark.parametrize(
    ("text", "published", "day", "count"),
    [
        ("Forty years ago tonight, a bomb exploded in a crowded disco in Ballykelly, killing 17 people.",
         "2022-12-06T09:00:00Z", "1982-12-06", 17),
        ("It is 20 years today since two gunmen walked into a bar in Greysteel and opened fire. Eight people were "
         "killed and 19 wounded.", "2013-10-30T09:00:00Z", "1993-10-30", 8),
        # Friday's story: the Saturday after it, fifty years back
        ("Fifty years ago on Saturday, bombs ripped through two pubs in Guildford, killing five people.",
         "2024-10-04T09:00:00Z", "1974-10-05", 5),
        ("Thirty years ago tomorrow, a banker was killed when a bomb hidden in a bicycle exploded in Bad Homburg.",
         "2019-11-29T09:00:00Z", "1989-11-30", 1),
        ("The city fell silent at 10.25 this morning, the moment forty years ago when a bomb exploded in the "
         "station's waiting room. Eighty-five people died.", "2020-08-02T12:00:00Z", "1980-08-02", 85),
        # the remembrance's own afternoon is not the attack's day
        ("Shops closed at ten past three this afternoon as the town stopped to remember the car bomb that tore "
         "through its main street twenty-five years ago today. The explosion killed 29 people.",
         "2023-08-15T16:00:00Z", "1998-08-15", 29),
    ],
)
def test_an_anniversary_told_on_its_day_is_the_old_attack(text: str, published: str, day: str, count: int) -> None:
    inc = main(text, published=published)
    assert (inc["event_date"], inc["killed"]) == (day, count)


def test_an_age_in_a_relative_clause_is_no_count() -> None:
    assert main("The victim, who was 34, was shot dead outside his home on Friday.")["killed"] == 1


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        # a small town the gazetteer lacks, placed by its dateline's country
        ("FOTOKOL, Cameroon — Gunmen killed nine people in a night raid on Wednesday, residents said.", "CM",
         "Fotokol"),
        # the town they came from is not where it happened
        ("Gunmen who crossed from the Nigerian town of Gamboru killed nine people in Kolofata on Sunday.", "CM",
         "Kolofata"),
    ],
)
def test_dateline_towns_and_towns_of_origin(text: str, country: str, location: str) -> None:
    inc = main(text)
    assert (inc["country"], inc["location"]) == (country, location)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # an upazila bears its seat's name, placed in the district named after its own seat
        ("Five people were injured when crude bombs were hurled at a temple in Kalaroa upazila of Satkhira last "
         "night, police said.", "Kalaroa"),
        ("A bomb exploded on a packed bus in Piliyandala, on the southern outskirts of Colombo, killing 24 people.",
         "Piliyandala"),
        ("Forty soldiers were killed when militants attacked a military base at Barkaram, on an island in Chad's "
         "Lac province, the presidency said.", "Barkaram"),
        ("Two suicide bombers struck a market in Amchide, on Cameroon's border with Nigeria, killing six people.",
         "Amchide"),
        ("Soldiers were killed when militants attacked their base on the Bohoma peninsula in the Lac province on "
         "Monday.", "Bohoma peninsula"),
        # control: the town itself, with no place before it
        ("A bomb exploded on a packed bus on the southern outskirts of Colombo, killing 24 people.", "Colombo"),
    ],
)
def test_unlisted_places_placed_by_their_unit_or_town(text: str, location: str) -> None:
    assert main(text)["location"] == location


def test_who_the_dead_were_is_no_part_of_the_hurt_after_them() -> None:
    inc = main("Police confirm six people were killed, five women and one man, and 12 others remain in hospital.")
    assert (inc["killed"], inc["injured"]) == (6, 12)
