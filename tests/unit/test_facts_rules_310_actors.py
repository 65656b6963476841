"""Round 310: who did it, as wire stories and incident lists name the attacker - groups by a state press's words for
them, blame laid after the attack's name, a state telling its own strike, forces firing on a crowd, and people named
as the agent, by their role worn as a title or after a description; attack type and weapon of shots fired."""

from __future__ import annotations

from facts_rules_support import main


def perpetrators(text: str) -> list[str]:
    return [a["name"] for a in main(text)["actors"] if a["role"] == "perpetrator"]


def roles(text: str) -> dict[str, str]:
    return {a["name"]: a["role"] for a in main(text)["actors"]}


# --- 1. Groups -------------------------------------------------------------------------------------------------


def test_a_state_press_word_for_the_group_then_its_act() -> None:
    """ "Daesh terrorists killed", "ELN guerrillas bombed": the word names the group's men in their own act."""
    assert perpetrators("Daesh terrorists killed six truffle hunters in the desert near Palmyra.") == [
        "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)"
    ]
    assert perpetrators("ELN guerrillas bombed an oil pipeline in Norte de Santander, killing a guard.") == [
        "National Liberation Army (ELN)"
    ]


def test_the_same_word_for_the_dead_is_the_target() -> None:
    assert roles("Four ISIS terrorists were killed by Iraqi troops in a raid near Tarmiyah.").get(
        "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)"
    ) == "target"


def test_a_description_that_opens_with_its_patron() -> None:
    """ "JNIM, al-Qaeda's branch in Mali, said it": the description between commas names another group."""
    text = "JNIM, al-Qaeda's branch in Mali, said it had killed 14 militiamen near Bandiagara."
    assert perpetrators(text)[0] == "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"


def test_the_name_that_closes_an_apposition_then_its_own_word() -> None:
    """ "the armed wing of Hamas, the Qassam Brigades, said it": the name's word after the closing comma."""
    text = (
        "Hamas's armed wing, the Qassam Brigades, said it fired an anti-tank missile at a tank near Jabalia, "
        "killing two soldiers."
    )
    assert roles(text).get("Hamas") == "perpetrator"


def test_dead_counted_as_members_of_a_group_are_its_losses() -> None:
    """ "killed 9 members of the Islamic State": the dead of the group, not the group attacking."""
    text = "The Taliban said they had killed nine members of the Islamic State in a raid in Kunar."
    assert roles(text) == {
        "Taliban": "perpetrator", "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)": "target"
    }


def test_blame_laid_on_a_group_after_the_attack_is_named() -> None:
    """ "blamed the attack on ISWAP": "attack on" is the blamed attack's name, not an attack on the group."""
    text = "Gunmen killed 14 worshippers at a church in Kogi. The governor blamed the attack on ISWAP."
    assert perpetrators(text) == ["Islamic State West Africa Province (ISWAP)"]


def test_a_source_run_by_a_group_is_no_actor() -> None:
    """ "the Houthi-run health ministry said": the group runs the source of the figure."""
    text = "A US airstrike killed nine people in Saada province, the Houthi-run health ministry said."
    assert "Houthis (Houthi movement, Ansar Allah)" not in roles(text)


def test_a_kind_of_attacker_named_beside_its_patron_comes_first() -> None:
    """ "blamed jihadists linked to the Islamic State": the kind is the attacker; the group says what they are."""
    text = "A mine killed three gendarmes near Diffa. Officials blamed jihadists linked to the Islamic State group."
    assert perpetrators(text)[0] == "Jihadists"


def test_a_part_of_the_group_in_its_own_act() -> None:
    """ "Islamic State's Somalia branch killed", "a Daesh cell attacked", "the junta carried out": the part acts."""
    assert perpetrators("A Daesh cell ambushed a patrol near Hawija, killing three soldiers.") == [
        "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)"
    ]
    text = "Myanmar's military junta carried out airstrikes on a monastery in Magway, killing nine monks."
    assert perpetrators(text) == ["Myanmar Armed Forces (Tatmadaw, military junta)"]


def test_kataib_hezbollah_spelled_with_hizbollah() -> None:
    text = "Kataib Hizbollah fired drones at a base in al-Tanf, wounding five soldiers."
    assert perpetrators(text) == ["Kata'ib Hezbollah"]


# --- 2. States -------------------------------------------------------------------------------------------------


def test_a_state_that_says_it_struck() -> None:
    """ "Israel said it had struck", "Russia's defence ministry said its jets destroyed": the state's own act."""
    assert perpetrators("Israel said it had struck a weapons depot in Nabatieh, killing three people.") == [
        "Israel Defense Forces (IDF, Israeli military)"
    ]
    text = "Russia's defence ministry said its jets had destroyed a fuel depot near Sumy, killing two workers."
    assert perpetrators(text) == ["Russian armed forces"]


def test_a_state_that_says_it_destroyed_the_others_drones_is_no_attacker() -> None:
    text = "Ukrainian drones hit a refinery in Saratov, killing one. Russia said it destroyed 41 Ukrainian drones."
    assert perpetrators(text) == ["Ukrainian armed forces"]


def test_a_state_blamed_for_the_attack() -> None:
    """ "Russia blamed Ukraine for a missile strike": the state the text holds responsible, as its forces."""
    text = "Russia blamed Ukraine for a missile strike that killed four people in Kursk on Sunday."
    assert perpetrators(text) == ["Ukrainian armed forces"]


def test_forces_that_say_they_repelled_an_attack_did_not_make_it() -> None:
    text = "The Nigerian army said it repelled an attack by ISWAP fighters on Monguno, killing 12 of the insurgents."
    assert perpetrators(text) == ["Islamic State West Africa Province (ISWAP)"]


def test_forces_that_fired_on_a_crowd() -> None:
    """ "Police opened fire on protesters": the service is the attacker when no one else is named."""
    assert perpetrators("Police opened fire on protesters in Antananarivo, killing three people.") == ["Police"]
    assert perpetrators("Soldiers fired live rounds into a crowd of mourners in Mandalay, killing seven.") == [
        "Security forces"
    ]


def test_forces_that_shot_the_attacker_are_none() -> None:
    text = "A gunman killed four people at a clinic in Tulsa before police shot him dead."
    assert perpetrators(text) == []


# --- 3. Persons ------------------------------------------------------------------------------------------------


def test_the_description_ends_in_named() -> None:
    """ "The attacker, a 31-year-old named X": the age, then the word that gives the name."""
    text = "A man stabbed five people at a mall in Perth. The attacker, a 31-year-old named Dale Roberts, was arrested."
    assert perpetrators(text) == ["Dale Roberts"]


def test_rounds_fired_are_the_act() -> None:
    """ "X, a retired accountant, fired dozens of rounds": the shots, not a dismissal."""
    inc = main("Gary Pell, a retired accountant, fired dozens of rounds into a church in Tyler, killing four.")
    assert [a["name"] for a in inc["actors"]] == ["Gary Pell"]
    assert inc["attack_type"] == "armed attack"


def test_a_nationality_in_the_description_before_the_name() -> None:
    text = "The bomber was a 24-year-old Belgian man, Karim Ouali, who detonated a device at a metro station."
    assert perpetrators(text) == ["Karim Ouali"]


def test_a_speech_verb_then_a_described_name_and_its_act() -> None:
    """ "Police said X, a 40-year-old electrician, killed": the name the speaker reports doing it."""
    text = "Police said Henry Vance, a 40-year-old electrician, killed three neighbours in Fresno on Sunday."
    assert perpetrators(text) == ["Henry Vance"]


def test_a_clause_after_the_victims_has_its_own_subject() -> None:
    """ "were killed when X drove": the conjunction opens the attacker's clause; the name is no object."""
    inc = main("Six people were killed when Lucas Hale drove his pickup into a parade in Mesa, Arizona.")
    assert [a["name"] for a in inc["actors"]] == ["Lucas Hale"]
    assert inc["weapon"] == "pickup" or inc["weapon"] is None


def test_a_person_named_as_the_agent() -> None:
    """ "The attack was carried out by X, a student": a person, where the dictionary knows no group."""
    text = "The stabbing was carried out by Omar Diallo, a 23-year-old student, who wounded four people in Lyon."
    assert perpetrators(text) == ["Omar Diallo"]


def test_the_role_worn_as_a_title() -> None:
    """ "Gunman X killed", "suspected shooter X was arrested": the role before the name names the attacker."""
    assert perpetrators("Gunman Travis Boyd killed six people at a bar in Reno, Nevada.") == ["Travis Boyd"]
    text = "Suspected shooter Dylan Ward was arrested after two people were shot dead at a school in Ohio."
    assert perpetrators(text) == ["Dylan Ward"]


# --- 4. Attack type and weapon ---------------------------------------------------------------------------------


def test_jets_that_bombed_with_an_adverb_between() -> None:
    inc = main("Air force jets accidentally bombed a wedding party in Helmand province, killing 40 civilians.")
    assert inc["attack_type"] == "air/drone strike"


def test_a_vehicle_driven_into_a_procession_is_the_weapon() -> None:
    inc = main("A man drove a van into a religious procession in Trinidad, killing two people and injuring 30.")
    assert inc["weapon"] == "van"


def test_a_drone_fired_at_a_target_is_a_drone_strike() -> None:
    inc = main("Rebels fired two drones at an airport in Kassala, killing a guard.")
    assert inc["attack_type"] == "air/drone strike"


def test_the_named_attacker_who_speaks_stays_the_attacker() -> None:
    """ "The gunman, X, 23, said he belonged to ...": the role given before the name outweighs the speech verb."""
    text = "A gunman killed two guards at a bank in Antwerp. The gunman, Yusuf Kaya, 23, said he acted alone."
    assert perpetrators(text) == ["Yusuf Kaya"]


def test_two_claimants_of_one_attack() -> None:
    """ "X and Y both claimed", "claimed the attack jointly with Y": each claimant is the perpetrator."""
    text = "A bomb killed 14 in Quetta. The Islamic State and the Pakistani Taliban both claimed responsibility."
    assert perpetrators(text) == [
        "Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)", "Tehrik-i-Taliban Pakistan (TTP, Fitna al-Khawarij)"
    ]
    text = "Gunmen killed 11 at a hotel in Niamey. Al-Mourabitoun claimed the attack jointly with AQIM."
    assert perpetrators(text) == ["Al-Mourabitoun", "Al-Qaeda in the Islamic Maghreb (AQIM)"]


def test_a_gun_fired_and_a_fire_set_are_the_persons_acts() -> None:
    """ "X, 28, fired a shotgun into a bar", "killed when X set fire to a building": the attacker's own act."""
    inc = main("Deputies said Nora Pike, 28, fired a shotgun into a crowded diner in Waco, killing two.")
    assert ([a["name"] for a in inc["actors"]], inc["attack_type"]) == (["Nora Pike"], "armed attack")
    text = "Five people were killed when Victor Salgado set fire to a nightclub in Monterrey after being thrown out."
    assert perpetrators(text) == ["Victor Salgado"]


def test_armed_with_a_rifle_is_an_armed_attack() -> None:
    inc = main("Lee Crane, 19, armed with a hunting rifle, killed four people at a church picnic in Iowa.")
    assert inc["attack_type"] == "armed attack"


def test_who_the_attackers_are_believed_to_be() -> None:
    """ "the kidnappers, believed to be bandits": the kind the text holds them to be."""
    text = "Gunmen seized 14 travellers on a highway in Niger state. Police said the abductors, believed to be "
    text += "bandits, fled."
    assert perpetrators(text) == ["Bandits"]


def test_a_group_said_to_be_behind_the_attack() -> None:
    text = "Gunmen killed a nurse in Djugu. Local leaders said CODECO fighters were likely behind the killing."
    assert perpetrators(text) == ["CODECO"]


def test_a_described_name_then_the_sentence() -> None:
    """ "The driver, X, a 41-year-old Tajik, was sentenced": an age and nationality between name and court."""
    text = "A van was driven into shoppers in Malmo in 2019, killing four. The driver, Said Rahimov, a 41-year-old "
    text += "Tajik, was sentenced to life."
    inc = main(text, published=None)  # type: ignore[arg-type]
    assert ([a["name"] for a in inc["actors"]], inc["attack_type"]) == (["Said Rahimov"], "armed attack")


def test_a_fire_set_before_the_deaths_is_arson() -> None:
    """ "Gunmen set fire to a bar, killing 28": the gunmen are who, the fire what; "killed 10 and torched homes"
    killed them first."""
    assert main("Gunmen set fire to a nightclub in Veracruz, killing 23 people.")["attack_type"] == "arson"
    assert main("Gunmen killed 12 villagers and torched homes in Katsina.")["attack_type"] == "armed attack"


def test_tank_fire_is_shelling() -> None:
    inc = main("Tank fire hit a school sheltering families in Jabalia, killing nine people.")
    assert inc["attack_type"] == "shelling/artillery/missile attack"


def test_two_sides_that_trade_blame_name_no_attacker() -> None:
    """ "The RSF and the army traded blame": a lower-case second side is no second named actor in one act."""
    text = "A drone hit a market in El Obeid, killing 19. The RSF and the army traded blame for the strike."
    assert perpetrators(text) == []


def test_forces_that_say_they_returned_fire_are_the_target() -> None:
    """ "The army said its forces returned fire": the speech verb between the army and "forces" tells no attack."""
    text = "Israeli troops were targeted by a bomb in Tubas, wounding two. "
    text += "The Israeli army said its forces returned fire."
    assert roles(text) == {"Israel Defense Forces (IDF, Israeli military)": "target"}


def test_spellings_of_al_shabaab_and_the_ttp() -> None:
    assert perpetrators("Al-Shebab fighters overran a base in Middle Shabelle, killing 11 soldiers.") == ["Al-Shabaab"]
    assert perpetrators("Tehreek-e-Taliban militants attacked a checkpoint in Bannu, killing three policemen.") == [
        "Tehrik-i-Taliban Pakistan (TTP, Fitna al-Khawarij)"
    ]


def test_the_groups_weapon_in_its_act() -> None:
    """ "Houthi missiles struck a tanker", "an Iran-backed militia fired drones": the weapon or the militia acts."""
    text = "Houthi missiles struck a cargo ship in the Red Sea, killing three sailors."
    assert perpetrators(text) == ["Houthis (Houthi movement, Ansar Allah)"]
    text = "An Iranian-backed militia fired rockets at a base in Erbil, wounding two contractors."
    assert perpetrators(text) == ["Iran-backed militias"]


def test_a_drone_that_killed_is_a_drone_strike() -> None:
    assert main("A Hezbollah drone killed a farmer near Shlomi.")["attack_type"] == "air/drone strike"


def test_a_survivor_who_speaks_is_no_attacker() -> None:
    """ "Pastor X, 58, who survived, said": a clause about the speaker before the verb, or his survival."""
    text = "Gunmen killed six worshippers at a church in Owo. Pastor Femi Ajayi, 58, who survived, said they hid."
    assert perpetrators(text) == []
    text = "Bandits killed four farmers near Gusau. Musa Bala, 33, who escaped, hid in a ditch for hours."
    assert perpetrators(text) == ["Bandits"]


def test_people_executed_by_fighters_are_an_armed_attack() -> None:
    inc = main("Wagner fighters executed 12 herders near Niono in central Mali, witnesses said.")
    assert (inc["attack_type"], [a["name"] for a in inc["actors"]]) == ("armed attack", ["Wagner Group"])


def test_a_claim_through_the_groups_channel() -> None:
    """ "said through its radio that it was behind", "X's news agency said the group's fighters": its own word."""
    text = "A bomb killed four in Afgoye. Al-Shabaab said on its Radio Andalus that it was behind the blast."
    assert perpetrators(text) == ["Al-Shabaab"]
    text = "Gunmen killed nine in Jalalabad. The Islamic State's Amaq news agency said the group's fighters stormed it."
    assert perpetrators(text) == ["Islamic State of Iraq and the Levant (ISIS/ISIL, Daesh)"]


def test_forces_that_accuse_another_side_are_the_speaker() -> None:
    text = "A drone hit a clinic in Kadugli, killing six. The Sudanese army accused the RSF of carrying out the strike."
    assert perpetrators(text) == ["Rapid Support Forces (RSF)"]


def test_burmese_forces_are_the_tatmadaw() -> None:
    text = "Burmese military jets bombed a school in Sagaing region, killing 11 children."
    assert perpetrators(text) == ["Myanmar Armed Forces (Tatmadaw, military junta)"]
