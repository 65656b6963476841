"""Rules found with probes of long texts: live blogs, analysis pieces, long wire stories and articles that only
discuss violence (texts written for these tests)."""

from __future__ import annotations

from facts_rules_support import killed, main
from newsfacts.facts import parse_incidents


def test_demanded_act_reports_no_event() -> None:
    text = (
        "Washington said on Monday it would ease sanctions if the government agreed to stop killing its own "
        "people. Officials said the army must cease the bombing of rebel villages and let aid through. "
        "The letter was sent to the foreign ministry. Talks will resume next month in Nairobi. "
        "Diplomats said progress was slow. The minister welcomed the offer."
    )
    assert parse_incidents(text, published="2026-05-20") == []


def test_demanded_act_beside_a_real_one_still_reports() -> None:
    text = (
        "Gunmen attacked a market in Gao on Monday, killing four people. "
        "The governor urged the rebels to stop the attacks. Officials said the town was calm."
    )
    assert main(text)["killed"] == 4


def test_years_ago_opening_reports_the_old_attack_on_its_day() -> None:
    text = (
        "Twelve years ago on Friday, a gunman killed nine people at a concert hall in the city of Ravensby. "
        "Relatives gathered at a memorial garden to read the names of the dead. "
        "The gunman, who was 27, was shot dead by police. The hall was rebuilt in 2018. "
        "Campaigners said they would keep pressing for reform."
    )
    # published on Wednesday 18 February 2026: the Friday nearest it, twelve years back; the gunman's age is no count
    inc = main(text, published="2026-02-18")
    assert (inc["killed"], inc["event_date"]) == (9, "2014-02-20")


def test_charge_named_a_few_words_on_is_a_trial() -> None:
    text = (
        "A court on Tuesday sentenced a former militia leader to 20 years in prison for crimes including the "
        "murder of civilians in the north of the country. Judges found him guilty of leading raids in 2014. "
        "Dozens of people were killed in the raids. His lawyers said they would appeal."
    )
    assert parse_incidents(text, published="2026-09-10") == []


def test_the_figure_told_with_the_blast_is_its_victims() -> None:
    # (1.34.0: the coders of every source read here leave the bomber out of "blew himself up, killing six")
    text = (
        "A suicide bomber blew himself up at a police checkpoint in Peshawar on Tuesday, killing six officers "
        "and wounding 11 others, officials said. No group claimed the attack."
    )
    inc = main(text, published="2026-04-02")
    assert killed(inc) == (6, 6, 6)


def test_the_bombers_death_told_after_the_figure_is_one_more() -> None:
    text = (
        "Gunmen stormed a police checkpoint in Peshawar on Tuesday, killing six officers, officials said. The "
        "attacker then blew himself up as troops closed in."
    )
    inc = main(text, published="2026-04-02")
    assert killed(inc)[0] == 7


def test_shot_himself_in_the_leg_is_no_death() -> None:
    text = (
        "A man killed two neighbours in Dayton, Ohio, on Sunday before shooting himself in the leg, police said. "
        "He was arrested at the scene."
    )
    assert main(text, published="2026-07-24")["killed"] == 2


def _blog(filler: int) -> str:
    lines = [
        "Three police officers were injured in Plymouth on Monday night as disorder broke out in the city centre.",
        "Officers were pelted with bottles outside a shopping parade, police said.",
    ]
    lines += [f"18:{i:02d} Ministers met again to discuss the response to the unrest." for i in range(filler)]
    lines.append(
        "A teacher at a community hub where three children were murdered in a knife attack last week spoke out."
    )
    lines.append("Two adults were also left in a critical condition after that attack.")
    return "\n".join(lines)


def test_figure_first_stated_far_into_a_long_text_is_not_the_main_events() -> None:
    inc = main(_blog(40), published="2026-08-05")
    assert inc["injured"] == 3
    assert inc["killed"] is None


def test_figure_a_few_sentences_on_still_counts() -> None:
    text = (
        "Three police officers were injured in Plymouth on Monday night as disorder broke out in the city "
        "centre. Officers were pelted with bottles. Later, a man who was hit by a brick died in hospital, "
        "police said. Two more people were also injured."
    )
    assert main(text, published="2026-08-05")["injured"] == 5


def test_bomber_who_blew_himself_up_and_also_died_counts_once() -> None:
    text = (
        "A suicide bomber blew himself up outside a bank in Kandahar on Thursday, killing 14 people, officials "
        "said. The bomber also died in the blast."
    )
    assert main(text, published="2026-04-02")["killed"] == 15


def test_far_figure_that_points_back_to_the_attack_counts() -> None:
    lines = ["An army tank killed a reporter near the border town of Alma on Friday, a report found."]
    lines += [f"The report's {i}th finding concerned the timing of the shots." for i in range(25)]
    lines.append("Two other journalists were also wounded in the attack.")
    assert main("\n".join(lines), published="2026-03-07")["injured"] == 2


def test_talks_story_recalling_a_months_old_attack_reports_none() -> None:
    text = (
        "The government and the rebels resumed peace talks in Havana on Monday. "
        "Negotiators said they hoped to agree a ceasefire by June. "
        "The talks had been suspended in January after the rebels attacked an army base in Arauca, killing two "
        "soldiers. The chief negotiator said trust had to be rebuilt."
    )
    assert parse_incidents(text, published="2026-04-21") == []


def test_opening_that_reports_nothing_with_a_recent_killing_still_reports_it() -> None:
    text = (
        "The government and the rebels resumed peace talks in Havana on Monday. "
        "Hours earlier, the rebels attacked an army base in Arauca, killing two soldiers, the army said."
    )
    assert main(text, published="2026-04-21")["killed"] == 2


def test_town_of_a_recalled_attack_outside_the_named_state_is_no_candidate() -> None:
    text = (
        "Gunmen abducted 24 students from a secondary school in Kebbi state in northwestern Nigeria early on "
        "Wednesday, police said. A teacher was shot dead as he tried to stop the kidnappers. "
        "Police said tactical teams were pursuing the gunmen. The governor visited the school. "
        "Nigeria's school kidnappings began in 2014, when militants seized 276 schoolgirls in Chibok. "
        "Parents gathered outside the school demanding the children's return."
    )
    inc = main(text, published="2026-09-25")
    assert inc["admin1"] == "Kebbi"
    assert inc["location"] != "Chibok"


def test_the_x_neighborhood_is_no_namesake_town() -> None:
    text = (
        "A man was shot dead outside a bar in the Austin neighborhood early on Sunday, Chicago police "
        "said. No arrests have been made."
    )
    inc = main(text, published="2026-10-26")
    assert inc["admin1"] == "Illinois"
    assert inc["location"] == "Chicago"


def test_lede_sum_of_separate_attacks_gives_the_first_attack() -> None:
    text = (
        "Two separate attacks in northern Burkina Faso on Tuesday killed at least 17 people, security sources "
        "said. In the first, gunmen ambushed a convoy near Djibo, killing 11 soldiers. Hours later, militants "
        "attacked a village near Kaya, killing six civilians. No group claimed either attack."
    )
    inc = main(text, published="2026-09-03")
    assert inc["killed"] == 11
    assert inc["location"] == "Djibo"


def test_lede_total_with_its_parts_in_one_attack_stays() -> None:
    text = (
        "Gunmen attacked a village near Djibo on Tuesday, killing at least 17 people, security sources said. "
        "Eleven soldiers and six civilians were among the dead. No group claimed the attack."
    )
    assert main(text, published="2026-09-03")["killed"] == 17


def test_group_a_policy_aims_at_is_no_actor() -> None:
    text = (
        "President Elena Marsh said on Thursday that her campaign to defeat the Islamic State group would go on. "
        "Hours after the interview aired, a gunman opened fire in a cinema in Lafayette, Louisiana, killing two "
        "people and wounding nine. Police said the gunman acted alone."
    )
    inc = main(text, published="2026-07-24")
    assert inc["killed"] == 2
    assert not any("Islamic State" in a["name"] for a in inc["actors"])


def test_war_sum_in_the_present_perfect_reports_no_event() -> None:
    text = (
        "Opinion: The world has forgotten this war\nThe war has now lasted more than a decade. "
        "Airstrikes have killed thousands of civilians, many of them children. "
        "Aid agencies say millions need food. It is time for a new peace process."
    )
    assert parse_incidents(text, published="2026-03-30") == []


def test_a_share_of_deaths_is_no_one_person() -> None:
    text = (
        "Researchers say political violence in the region has reached record levels. "
        "A new report counted more than 10,000 deaths last year. "
        "Government forces were responsible for a growing share of civilian deaths, the report said."
    )
    assert parse_incidents(text, published="2026-10-04") == []
    assert main("Gunmen shot dead a civilian near the market in Gao on Monday.")["killed"] == 1


def test_event_dated_years_before_publication_is_reported_on_its_own_date() -> None:
    text = (
        "A court on Monday rejected a parole request by the man who killed 40 people in bombing and shooting "
        "attacks in the capital in 2011. The judges said he remained dangerous. His lawyer said he would appeal."
    )
    # the attack of 2011, not an incident of the court's Monday
    inc = main(text, published="2026-09-15")
    assert (inc["killed"], inc["event_date"], inc["date_precision"]) == (40, "2011-01-01", "year")


def test_a_timeline_by_month_reports_no_one_event() -> None:
    text = (
        "The year in review: attacks that shaped the year\n"
        "January: A car bomb at a market in Kirkuk killed 18 people.\n"
        "March: Gunmen killed 40 villagers in the Tillaberi region.\n"
        "August: A bombing at a rally in Quetta killed 30 people.\n"
        "Experts say the number of attacks was similar to the previous year."
    )
    assert parse_incidents(text, published="2026-12-30") == []


def test_a_live_blog_of_dated_days_still_reports() -> None:
    text = (
        "A car bomb at a market in Kirkuk killed 18 people on Monday, police said.\n"
        "March 3: Police said the bomb was hidden in a van.\n"
        "March 4: Funerals were held for the victims."
    )
    assert main(text, published="2026-03-04")["killed"] == 18


def test_also_killed_after_a_left_out_war_toll_is_more_of_that_toll() -> None:
    text = (
        "A drone attack wounded four soldiers near the border town of Metula on Monday, the army said. "
        "Jets then struck the village of Khiam, where two people were killed, state media said. "
        "More than 4,000 people were killed in Lebanon during the war. "
        "Dozens of Israeli soldiers and civilians were also killed. Diplomats urged restraint."
    )
    inc = main(text, published="2026-03-18")
    assert inc["killed"] == 2
    assert inc["injured"] == 4


def test_also_killed_after_the_event_still_adds() -> None:
    text = (
        "Gunmen killed three villagers near Gao on Monday, officials said. "
        "Two soldiers were also killed when they arrived at the scene."
    )
    assert main(text, published="2026-03-18")["killed"] == 5


def test_live_blog_with_no_date_word_is_of_its_own_day() -> None:
    text = (
        "Live: Protests across the country\n"
        "08:00 Protesters are gathering in the capital for a third day of demonstrations.\n"
        "09:10 Police fired tear gas at crowds downtown.\n"
        "11:25 A protester was shot dead by police in Nakuru, a rights group said.\n"
        "11:40 The group said 14 people were injured in Nakuru."
    )
    inc = main(text, published="2026-12-08T18:00:00+00:00")
    assert inc["event_date"] == "2026-12-08"
