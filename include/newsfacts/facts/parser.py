"""Text -> incidents: the orchestration of the fact extractors, main incident first."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import Any

from newsfacts.facts.actors import (
    POLICE,
    SECURITY_FORCES,
    extract_actors,
    namesake_for,
    police_operation,
    police_shooter,
    regime_forces,
)
from newsfacts.facts.attack import classify_attack, find_weapon
from newsfacts.facts.casualties import Casualties, Mention, extract_casualties
from newsfacts.facts.dates import (
    DATE_HINT_RE,
    MONTH_FIRST_COUNTRIES,
    RELATIVE_RE,
    EventDate,
    anniversary_date,
    extract_date,
    filing_published,
    first_dated_before,
    live_first_day,
    names_its_attack,
    opens_on_old_month,
    parse_published,
    step_day,
    told_day,
)
from newsfacts.facts.places import Location, resolve_location
from newsfacts.facts.scan import compile_scan
from newsfacts.facts.text import (
    LINE_MARK,
    OTHER_EVENT,
    OTHER_ITEMS_HEADING,
    WAR_BEGAN,
    WHAT_HAPPENED,
    ascii_lower,
    clip,
    lede_start,
    live_entries,
    looks_english,
    looks_like_prose,
    recalls_other_event,
    sentence_spans,
    unfold,
    unhash,
)
from newsfacts.facts.types import Actor, Evidence, Incident, empty_incident

PARSER_VERSION = "1.75.7"
LEDE_SENTENCES = 6

# "drove his car at a group of people", "ploughed into shoppers": a vehicle used as a weapon
_VEHICLE_AT_PEOPLE = (
    r"(?:drove|driven|driving|ploughed|plowed|ploughing|plowing|rammed|ramming|swerved|steered)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:at|into|through|towards?)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:group|crowd|pedestrians|people|protesters|worshippers|shoppers|revell?ers|cyclists|fans|mourners|children)"
)
# A position taken by force: "overran the base", "overrunning a military position", "captured the last junta base"
# (not "Tourists overrun Venice", "captured the public mood").
_POSITION_TAKEN = (
    r"(?:overr(?:an|unning)|captured|capturing)\s+(?:[\w'-]+\s+){0,4}?(?:bases?|camps?|positions?|posts?|barracks|"
    r"towns?|city|villages?|garrisons?|checkpoints?|outposts?|headquarters|stations?|battalion)"
)
# Coming under fire is an attack on those it came upon, however many it hurt ("came under artillery fire").
_UNDER_FIRE = r"c[ao]me\s+under\s+(?:[a-z-]+\s+)?(?:fire|attack)"
# What reports an event rather than discusses violence: an act in the past tense.
_EVENT_VERB_RE = compile_scan(
    r"\b(?:opened\s+fire|attacked|exploded|detonated|blew\s+(?:himself|herself|themselves|up)|kidnapped|"
    # ("Boko Haram insurgents on Saturday overran the base": a position taken by force, not "Tourists overrun Venice")
    rf"abducted|ambushed|stormed|{_POSITION_TAKEN}|shot(?!\s+up\b)|stabbed|shelled|bombed|struck|raided|torched|"
    r"set\s+fire|gunned\s+down|clashed|fired\s+(?:on|at|upon)|hit\s+by|"
    # "Hamas launched rockets at Sderot", "fired mortar shells on the camp" (not "fired missiles at sea" in a test)
    r"(?:launched|fired|lobbed)\s+(?:[\w'-]+\s+){0,2}?(?:rockets?|missiles?|mortars?|shells|drones?|projectiles?)"
    r"\s+(?:at|on|upon|against)\s+(?!(?:the\s+)?sea\b)|targeted|went\s+off|assassinated?|beheaded|hijacked|seized|"
    r"killed(?!\s+off\b)|killing(?!\s+off\b)|bombings?|shootings?|shooting\s+spree|rampage|massacre|died\s+(?:during|in)\s+the\s+attack|"
    # ("Russian aircraft dropped a heavy bomb on the Drama Theatre")
    r"dropped\s+(?:[\w-]+\s+){0,3}?(?:bombs?|munitions?|explosives?|grenades?)\s+(?:on|onto|over|into)\s|"
    # ("two blasts shook the gym, part of the roof fell in")
    r"(?:blasts?|explosions?)\s+(?:shook|rocked|ripped|tore)|"
    r"claimed\s+responsibility|(?:attack|shooting|bombing|explosion)s?\s+took\s+place|"
    r"(?:shortly\s+|just\s+|hours\s+|minutes\s+)?(?:before|after|during)\s+the\s+(?:attack|shooting|bombing|"
    r"massacre|rampage|stabbing)|(?:sexually\s+|physically\s+)?assaulted|carjacked|"
    # the acts of aid-worker security logs: "armed men looted the warehouse", "robbed and beat two staff"
    r"looted|robbed|ransacked|pillaged|"
    # hostage-takings, robberies at gunpoint, arson and coming under fire are acts as much as a shooting is
    r"(?:held|taken|took|holding|taking)\s+(?:[\w'-]+\s+){0,3}?hostages?|at\s+(?:gun|knife)-?point|"
    # "Gunmen ... surrounded a primary school ... and took away pupils and staff": an abduction told plainly
    r"(?:took|taken|carried|whisked|led|marched)\s+(?:away|off)\s+(?:(?:the|some|scores\s+of|dozens\s+of|hundreds\s+of|"
    r"[\d,]+|several|many)\s+)?(?:pupils|students|schoolchildren|schoolgirls|schoolboys|children|villagers|worshippers|"
    r"passengers|residents|women|staff|teachers|farmers|travell?ers|people)\b|"
    r"set\s+on\s+fire|set\s+alight|firebomb(?:ed|ing)|petrol-bombed|arson\s+attacks?|"
    # "a fire was deliberately started at the front door"; a car driven at a group of people
    rf"(?:deliberately|intentionally)\s+(?:started|set|lit)|{_VEHICLE_AT_PEOPLE}|"
    # "A powerful explosion damaged an apartment building": the blast's own act
    # ("A loud explosion was heard in the commercial area": the first word of a blast, before any count)
    # ("Explosion hits military vehicles in central Ankara")
    r"(?:explosion|blast)s?\s+(?:damaged|destroyed|ripped\s+through|tore\s+through|rocked|shattered|wrecked|hit|hits|"
    r"(?:was|were)\s+heard)|(?:hurled|threw|lobbed|tossed)\s+(?:[\w'-]+\s+){0,2}?(?:petrol\s+bombs?|molotov|grenades?|"
    r"explosives?|acid|(?:a\s+)?corrosive)|(?:petrol\s+bombs?|molotov(?:\s+cocktails?)?|grenades?|acid)\s+(?:(?:was|were)\s+)?"
    r"(?:hurled|thrown|lobbed|tossed)|burn(?:ed|t)\s+(?:down\s+)?(?:(?:the|their|its|his|her|a|an)\s+)?(?:homes?|houses?|huts?|villages?|shops?|"
    rf"churche?s?|mosques?|schools?|vehicles?|cars?)|{_UNDER_FIRE}|(?:injuries|casualties)\s+(?:were|have\s+been|had\s+been)\s+reported|"
    r"(?:caus|inflict)(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?casualties|"
    # "launched simultaneous attacks on at least five army checkpoints"
    r"launched\s+(?:[\w-]+\s+){0,3}?(?:attacks?|assaults?|raids?)\s+(?:on|against))\b"
)
_KILLING_RE = compile_scan(
    r"\b(?:kill(?:s|ed|ing)?|slain|martyred|wound(?:s|ed|ing)?|injur(?:ed|ies|y|ing)|assaulted|beaten|died|dead|death|"
    r"remains|bodies|number\s+of\s+martyrs)\b"
)
_FIRE_KIND = (
    r"(?:huge|massive|major|big|deadly|fierce|raging|devastating|electrical|accidental|house|building|apartment|"
    r"factory|market|hospital|forest|bush|kitchen|warehouse|hotel|shop|night|overnight)"
)
_FIRE_ACT = r"broke\s+out|breaks\s+out|engulf(?:s|ed)|gut(?:s|ted)|swept|sweeps|raze[sd]|destroy(?:s|ed)|spread"
_NON_VIOLENT_RE = compile_scan(
    # the present tense of headlines too: "Ferry capsizes off Indonesia, killing 15", "Bus plunges into gorge"
    r"\b(?:crash(?:ed|es)?|accidents?|collisions?|collided|overturn(?:s|ed)|plunge[sd]?|derail(?:s|ed|ment)|earthquakes?|"
    # (not "Regime forces storm al-Sanamayn": armed men storming a place, a word of _VIOLENCE_RE)
    r"flood(?:s|ing)?|(?<!to\s)(?<!forces\s)(?<!troops\s)(?<!gunmen\s)(?<!soldiers\s)(?<!militants\s)(?<!rebels\s)"
    r"(?<!police\s)(?<!fighters\s)storms?|cyclones?|hurricanes?|heavy\s+rains?|downpours?|lightning|mudslides?|"
    r"typhoons?|tornado(?:e?s)?|landslides?|avalanches?|heat\s?waves?|heatstroke|drown(?:ed|ing)|disease|virus|outbreak|"
    r"pandemic|covid|plague|epidemic|cholera|overdoses?|poisoning|wildfires?|stampedes?|capsiz(?:es?|ed|ing)|"
    # hikers and climbers: "found dead after going missing in a blizzard", "fell to their deaths"
    r"blizzards?|snowstorms?|hypothermia|fell\s+(?:[\w-]+\s+){0,3}?to\s+(?:his|her|their)\s+deaths?|"
    # volcanoes, tainted drink, fumes and wires: "Volcano erupts, killing 10 climbers", "bootleg liquor" (not
    # "erupted" alone: "Riots erupted", "Violence erupted"; nor "suffocated", which tear gas does)
    r"volcan\w*|lava|tsunamis?|(?:bootleg|toxic|tainted|illicit|spurious|adulterated)\s+"
    r"(?:liquor|alcohol|drinks?)|methanol|hooch|carbon\s+monoxide|gas\s+leaks?|electrocut\w*|"
    r"collapse[sd]?|sank|sinks|sinking|shipwrecks?|"
    # A fire as the event itself: "A fire at a hospital killed 12", "Fire leaves 9 dead in Lagos market" (a
    # headline), "the blaze". Not fire as what is shot ("killed by sniper fire", "Israeli fire", "traded fire").
    rf"(?:a|the)\s+(?:{_FIRE_KIND}\s+)?fire\s+(?:at|in|on|that|which|{_FIRE_ACT})|"
    rf"(?<![^\n])\s*(?:{_FIRE_KIND}\s+)?fires?\s+(?:{_FIRE_ACT}|leaves?|left|kills?|killed|claims?|claimed)|"
    r"blazes?|inferno|caught\s+fire|"
    # An obituary: "died at 78", "dies at 77", "died peacefully", "died of cancer" (in a text with no word of
    # violence at all)
    r"di(?:ed|es)\s+(?:peacefully|in\s+(?:his|her)\s+sleep|(?:at\s+(?:the\s+)?)?aged?\s+(?:of\s+)?\d{1,3}|"
    r"at\s+\d{1,3}(?=[ \t]*(?:[,.;\n]|$)|\s+(?:on|in|after|at)\b))|natural\s+causes|cancer|long\s+illness|obituary|"
    r"heart\s+attack|cardiac\s+arrest|(?:suffered|after|from)\s+a\s+stroke)\b"
)
# Words that name an act of violence by themselves ("a heart attack", "a panic attack" name none).
_ATTACK_WORDS = (
    r"(?<!heart\s)(?<!panic\s)(?<!asthma\s)(?<!cyber\s)attack(?:ed|s|ers?)?|bomb(?:ing|ings|ed|er|ers|s|ardment)?|blasts?|explosions?|gunm[ae]n|gunfire|"
    r"shell(?:ing|ed)|air\s?strikes?|open(?:ed|ing|s)?\s+fire|stabb(?:ed|ing|ings)|kidnapp(?:ed|ing|ers)|"
    r"abduct(?:ed|ion|ors)|ambush(?:ed)?|massacre[sd]?|rampage|clash(?:es|ed)?|raid(?:ed|s)?|hostages?|"
    r"assassinat\w*|grenades?|militants?|insurgents?|guerrillas?|landmines?|ied|rockets?|missiles?|mortars?|murder(?:ed|s|ing)?|"
    # "threw a Molotov cocktail through a window", "firebombed a shelter": arson by a thrown bomb; Scots law's
    # "wilful fire-raising"
    r"assailants?|arson(?:ists?)?|(?:wilful\s+)?fire-raising|molotov|firebomb(?:ed|ing|s)?|(?:set|setting)\s+(?:on\s+)?(?:fire|ablaze)|at\s+(?:gun|knife)-?point|torched|(?:deliberately|intentionally)\s+(?:set|started|lit)|(?:set|started|lit)\s+(?:deliberately|intentionally)|"
    r"gun\s?battles?|firefights?|shoot-?outs?|exchanges?\s+of\s+fire|cross-?fire|stray\s+bullets?|overr[au]n|overrunning|"
    # "a suspected criminal fire", "threw an incendiary object inside", "the fire had been set using an accelerant",
    # "treating the fire as a hate crime": a fire set on purpose
    r"criminal\s+fires?|incendiary\s+(?:devices?|objects?|bombs?)|(?:fire|blaze)\s+(?:had\s+been|was)\s+set\b|"
    r"accelerants?|(?:fire|blaze)\s+[^.;]{0,80}?\bas\s+(?:a\s+)?(?:hate\s+crime|arson|terrorism|an?\s+act\s+of\s+terror)|"
    # "broke into the mosque and set it alight", "setting the house ablaze"
    r"(?:set|setting)\s+(?:it|them|the\s+[\w-]+|[\w-]+)\s+(?:alight|ablaze|on\s+fire)|"
    # "threw a corrosive substance at a woman", "an acid attack", "doused her with acid"
    r"acid\s+attacks?|corrosive\s+(?:substance|liquid|fluid)|(?:threw|hurled|thrown|doused)\s+(?:[\w'-]+\s+){0,2}?acid"
)
# A UCDP event row ("side_a: CODECO | side_b: Civilians | ... best: 9"): the dataset holds organised violence only,
# so the row is an event of it whatever words its source quote uses (often not English: "Neuf civils tues").
# (a monitor's note too: "Fatalities coded: 133", "Fatalities (coded): 84", "Fatalities used: 61")
_CONFLICT_ROW_RE = compile_scan(
    r"\b(?:side_a|dyad_name|type_of_violence)\s*[:=]|\b[Ff]atalities\s*(?:\(coded\)|coded|used)(?:\s+for\s+[\w\s-]{1,30}?)?\s*:"
)
# A violent incident needs one of these somewhere, including words that may also mean something else.
# "Israeli warplanes struck the container yard at Latakia port": war's aircraft and what they did (not "the Jets
# hit a field goal")
_WARPLANES_STRUCK = (
    r"(?:warplanes|war\s*planes|fighter\s+jets|military\s+aircraft|helicopter\s+gunships|gunships)\s+"
    r"(?:have\s+|had\s+)?(?:struck|hit|bombed|pounded|targeted|attacked|strafed)"
)
_VIOLENCE_RE = compile_scan(
    rf"\b(?:{_ATTACK_WORDS}|{_VEHICLE_AT_PEOPLE}|explod(?:ed|es)|gunned|gunshots?|shoot(?:ing|ings)?|shot(?!\s+up\b)|assault(?:ed)?|"
    # "Russian artillery hit the town, wounding two": artillery is war's own word, if not an act by itself.
    r"drones?|armed|terror\w*|executed|beheaded|detonat(?:ed|ion)|explosive\s+devices?|artillery|lynch(?:ed|es|ing)|"
    # "drew a Glock pistol and killed nine": the gun (with no "storm" read in "Dylann Storm Roof" against it)
    r"pistols?|handguns?|shotguns?|rifles?|firearms?|"
    # "a vehicle packed with explosives blew up", "a repeat strike on a fire that crews were putting out"
    r"explosives|(?:repeat|double-tap|follow-up)\s+strikes?|"
    # "The Arakan Army captured Border Guard Police Battalion No. 5, the last junta base": a position taken by force
    rf"{_POSITION_TAKEN}|"
    # "the children were hit by shells fired from a naval vessel" (not sea shells, not shell companies)
    r"(?:hit|struck|killed)\s+by\s+(?:a\s+)?shells?|shells?\s+(?:fired|landed|struck|exploded|fell)|"
    # "a single coalition munition struck a building": a monitor's word for a bomb or missile
    r"munitions?\s+(?:struck|hit|landed|fell|exploded)|"
    r"slay|slays|beheads?|kidnaps?|abducts?|overruns?|ambushes|carjack(?:ed|ing|ings|ers?)|"
    # "beat the national driver and took the car", "broke into a WFP warehouse": a beating, a break-in
    r"beat(?:en)?\s+(?:up\s+)?(?:the|a|an|his|her|their|two|three|\d)\b|broke\s+into|"
    # "after a section of track was sabotaged": a derailment caused on purpose
    r"sabotag(?:ed|e|ing)|"
    # "a UN-marked vehicle transporting COVID-19 test samples ... came under fire": fired on, whatever it carried
    r"(?:came|come|comes|coming)\s+under\s+(?:heavy\s+)?(?:gun)?fire|"
    # "an alliance that collapsed into deadly street fighting in the capital": fighting that kills
    r"(?:heavy|fierce|deadly|street|intense|renewed|factional)\s+fighting|"
    # "Regime forces storm al-Sanamayn, at least 21 killed": armed men storming a place
    r"(?:forces|troops|gunmen|soldiers|militants|rebels|police|fighters)\s+storm(?:s|ed|ing)?|"
    # "arrested over the homicide of five men and two women" (not a driver's "vehicular homicide"; "murder" is
    # one of _ATTACK_WORDS)
    r"(?<!vehicular\s)homicides?|"
    # a court's words for a massacre: "the execution of more than 200 men", "the slaughter of 194 prisoners"
    r"(?:executions?|slaughter)\s+of\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over|around)\s+)?"
    r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|scores|hundreds)|"
    # "Villagers burned alive three suspected thieves", "hacked to death with machetes": killed by hand
    # "coastguards fired warning shots at a boat", "shots were fired" (not "two shots" in golf, vaccine shots)
    r"(?:fired|firing|fires)\s+(?:[\w-]+\s+)?shots|shots\s+(?:were\s+|had\s+been\s+)?fired|"
    # "Police fired on protesters who tried to storm parliament", "fired live rounds into the crowd"
    r"(?:fired|firing)\s+(?:live\s+(?:rounds|ammunition|bullets)\s+)?(?:on|into)|live\s+(?:rounds|ammunition)|"
    # "someone fired more than a dozen rounds into an occupied house"
    r"(?:fired|firing)\s+(?:[\w-]+\s+){0,5}?(?:rounds|bullets)\s+(?:into|at)|"
    rf"{_WARPLANES_STRUCK}|"
    # "fired a pistol into a crowd", "fired an AK-47-style rifle into the crowd": the gun, then where it was aimed
    r"(?:fired|firing)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:pistol|rifle|shotgun|handgun|gun|revolver)s?\s+"
    r"(?:into|at|on)|"
    r"burn(?:ed|t|s)?\s+(?:[\w-]+\s+){0,4}?alive|(?:hacked|bludgeoned|clubbed|stoned|beaten|beat)\s+(?:[\w-]+\s+){0,4}?"
    r"to\s+death)\b",
)
# People hurt with no figure ("Policemen wounded in grenade attack", "Staff were beaten by security forces") are an
# event when the same clause says what hurt them: an attack, or an armed or uniformed hand. Wounds with no such
# cause ("veterans wounded in Iraq", "injured in training", "hurt in a factory fire") stay discussion.
_HARMED_RE = compile_scan(
    r"\b(?:wounded|injured|hurt|beaten(?:\s+up)?|assaulted|attacked)\s+(?:in|by|when|as|after|during|while)\s+"
    # not "injured in a gas explosion" (an accident) nor "veterans injured in attacks" (a class of people)
    r"(?!(?:(?:a|an|the)\s+)?(?:gas|boiler|fireworks?|chemical|industrial|accidental)\b|attacks\b)"
    rf"(?:[\w'-]+\s+){{0,6}}?(?:{_ATTACK_WORDS}|shells|artillery|c[ao]me\s+under\s+(?:fire|attack)|"
    r"(?:threw|hurled|throwing|hurling)\s+(?:stones|rocks|bricks)|armed\s+(?:men|group|groups|robbers|individuals|"
    r"bandits)|bandits|robbers|a\s+mob|(?:security|armed)\s+forces|police(?:men)?|soldiers|troops)\b"
)
# A word before a bare verb that makes it a threat, a wish or a denial: "Rebels threaten to behead captives".
_NOT_MODAL = r"(?!(?:to|will|would|could|may|might|must|can|cannot|shall|should|not|never|did|does|do)\b)"
# The telegraphic opening of a headline or an incident list's row, with no article and a present tense or no
# verb: "Gunmen storm hotel in Mogadishu", "Bomb blast rocks market", "Rocket attack on Baghdad airport". A
# singular attack with no article is one event; "Attacks on aid workers rose" (plural) is a trend.
# A wire's flash alert: "BREAKING - ...", "URGENT: ...", "JUST IN: ...", which tells what is happening as it is sent.
_FLASH = r"(?P<flash>breaking(?:\s+news)?|urgent|flash|just\s+in|developing)\s*[:\-–—|]\s*"
_FLASH_RE = compile_scan(rf"\s*{_FLASH}", re.IGNORECASE)
_HEADLINE_ACT_RE = compile_scan(
    rf"\s*(?:{_FLASH})?[\"'\u201c]?(?!(?:a|an|the|this|that|these|those|its|their|his|her|our|no|any|every|such)\b)"
    r"(?:[\w'-]+\s+){0,2}?(?:(?<!heart\s)(?<!panic\s)(?<!cyber\s)(?:attack|bombing|blast|explosion|shooting|stabbing|ambush|"
    r"raid|massacre|siege|hostage\s+crisis)\s+(?:on|at|in|against|targeting|targets|kills|wounds|hits|rocks)|"
    r"(?:gunm[ae]n|militants|insurgents|rebels|jihadists|bandits|attackers|assailants|(?:suicide\s+)?bombers?|"
    r"armed\s+men|kidnappers|pirates|terrorists|extremists|separatists|militiam[ae]n|mobs?|rioters|"
    r"blast|bomb|explosion|rockets?|missiles?|drones?|shells)\s+(?:(?:storm|attack|target|hit|"
    r"kill|raid|ambush|rock|shell|abduct|kidnap|seize|wound|injure|strike|bomb|torch|behead|slay|massacre|hijack|"
    r"burn|shoot|invade)s?|lynch(?:es)?|(?:rip|tear)s?\s+through|(?:open|fire)s?\s+(?:fire\s+)?(?:on|at)|guns?\s+down)|"
    # Any subject, such as a group's name ("Boko Haram abducts 20 girls", "Russia shells Kharkiv"), with a verb
    # that is violent whoever does it. Not "attacks" ("Trump attacks media"), "raids" (a search), "storm" (the
    # weather's, or fans on a pitch), "hijack", "invade", "overrun", "ambush" ("Hackers hijack accounts", "Tourists
    # overrun Venice", "Reporters ambush minister") nor "torch" ("Olympic torch arrives").
    rf"{_NOT_MODAL}[\w'-]+\s+(?:behead|abduct|kidnap|massacre|shell)s?(?!\s+(?:to|of|and|as|out)\b))\b"
)
# An opening with no figure must name an attack without doubt: not "shot" or "exploded" alone (a footballer's
# shot, shares that exploded), but the attack words, or "shot" with someone or something hit.
_ATTACK_NOUN_RE = compile_scan(
    rf"\b(?:{_ATTACK_WORDS}|{_VEHICLE_AT_PEOPLE}|{_POSITION_TAKEN}|rebels?|stormed|drone\s+strikes?|shootings?|"
    # "No one was hurt when an explosive device went off outside a police station"
    r"explosive\s+devices?|devices?\s+(?:went\s+off|exploded|detonated)|"
    # "Armed youth broke into a WFP warehouse": a break-in, as a raid is
    r"broke\s+into\s+(?:an?|the|their|its)\s+|"
    # "after reports of a firearm being discharged", "shots fired into a house"
    r"(?:firearms?|guns?|weapons?)\s+(?:being\s+|was\s+|were\s+|had\s+been\s+)?discharged|"
    r"shots\s+(?:were\s+|being\s+|had\s+been\s+)?fired\s+(?:into|at|on)|"
    # "A man fired several shots into the ceiling of a Walmart store", "fired more than a dozen rounds into a house"
    r"fired\s+(?:[\w-]+\s+){0,4}?(?:shots|rounds|bullets)\s+(?:into|at|on|inside)\b|"
    # "Oil refinery hit by drones", "drones struck the facility", "Drones launched by the RSF struck a station"
    r"drones?\s+(?:(?:launched|fired|sent|flown)\s+by\s+[^.;:]{1,60}?\s)?(?:struck|hit|hits|attacked|targeted|slammed)"
    rf"|{_WARPLANES_STRUCK}"
    r"|(?:hit|struck|targeted|attacked)\s+by\s+"
    r"(?:[\w-]+\s+){0,2}?drones?|(?:attempt|plot)(?:ed)?\s+to\s+"
    r"(?:kill|murder)|armed\s+(?:men|group|groups|robbers|bandits|individuals|assailants|elements|gang|gangs|raiders|robbery)|"
    r"carjack(?:ed|ing|ers?)|looted|robbed|ransacked|pillaged|shot\s+(?:and|dead|at|up|in|the|a|an|his|her|their|several|multiple|\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)|fired\s+(?:on|at|upon)|detonated|(?:sexually\s+|physically\s+)?assaulted|"
    r"c[ao]me\s+under\s+(?:fire|attack)|(?:hacked|bludgeoned|lynched|beaten|stabbed)\s+to\s+death|"
    # "shells fired by HTS hit a neighbourhood", "a tank shell struck the house": a shell that landed is an attack
    r"(?:(?:artillery|mortar|tank|howitzer)\s+)?shells?\s+(?:(?:fired|launched)\s+(?:by|from)\s+[^.;:]{1,60}?\s)?"
    r"(?:hit|struck|landed|slammed|fell|rained|exploded)|(?:artillery|mortar|tank|howitzer)\s+shells?)\b"
)
# An opening that frames an old attack: a trial, a sentence, an anniversary, a memorial, a film about it.
_FRAME_RE = compile_scan(
    # (not "demanded the release of jailed militants", "their jailed leader": the kidnappers' demand, not a sentence)
    r"\b(?:sentenced|convicted|(?<!\bof\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bhis\s)jailed|acquitted|on\s+trial|trial\s+of|"
    r"verdict|anniversary|commemorat\w*|"
    # (not "who had stalked a co-worker for years after she rejected him": how long, not when)
    r"memorial|remember(?:ed)?|(?<!for\s)(?:years?|decades?)\s+(?:after|since)|depicts|portrays|film|movie|documentary|"
    r"novel|exhibition)\b"
)
# Drills and tests: "fired live rounds and launched missiles during drills simulating an invasion", "test-fired a
# missile". With no one hurt, weapons used in practice report no incident.
_DRILL_RE = compile_scan(
    r"\b(?:drills|(?:military|naval|joint|live-fire|annual|air|army)\s+(?:drills?|exercises?|manoeuvres|maneuvers)|"
    r"war\s*games|test[- ]fir(?:ed|es|ing)|(?:missile|weapons?|rocket)\s+tests?|launch\s+tests?)\b"
)
# An opening about an attack that was never made: a plot foiled, planned or threatened (a failed attempt was
# made, and is an incident). With no one hurt it reports no incident ("Police foiled a plot to attack a
# synagogue; no one was hurt").
_PLOT_RE = compile_scan(
    r"\b(?:(?:foiled|thwarted|disrupted|uncovered)\s+(?:an?\s+|the\s+)?(?:alleged\s+|suspected\s+)?(?:[\w-]+\s+)?"
    r"(?:plot|plan|conspiracy)|(?:plann|plott)(?:ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attacks?|bombings?|"
    r"shootings?)|plot\s+to\s+(?:attack|bomb)|threat(?:en(?:ed|ing|s)?)?\s+to\s+(?:attack|bomb|kill))\b"
)
# An opening that remembers an attack rather than reports one, whatever figures it repeats.
_RECALL_RE = compile_scan(
    r"\b(?:anniversary|commemorat\w*|memorial\s+(?:service|ceremony|event)|"
    r"(?<!for\s)(?:years?|decades?)\s+(?:after|since|ago))\b"
)
# A court's charge: the killing is what someone is tried, convicted or sentenced for ("accused of killing 10").
# "for crimes including the murder of civilians", "for his role in the bombing": the charge may name the killing
# a few words on.
_JUDGED_RE = compile_scan(
    r"\b(?:of|for|with)\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?(?:killing|murdering|murders?|shooting|stabbing|bombing|attacking)\b"
)
# A match report: two of these near the top and a sport word in the opening.
_SPORT_RE = compile_scan(
    # (not "the death penalty", nor a league of people: "the Anti-Defamation League", "the Awami League")
    r"\b(?:scored|goals?|match|striker|midfielder|stadium|tournament|championship|(?<!death\s)penalty|innings|"
    r"(?<!defamation\s)(?<!muslim\s)(?<!awami\s)(?<!arab\s)league(?!\s+(?:of\s+nations|for\s+democracy))|"
    r"wickets?|quarter-?final|semi-?final|final\s+whistle|kick-?off|halftime|half-time|three-point\w*|rebounds?|"
    r"assists|touchdowns?|free\s+throws?|(?:first|second|third|fourth)\s+quarter|overtime|aces|hat-?tricks?|"
    # golf and boxing: "shot a closing 68", "birdied four holes", "knocked out Dubois in the ninth round"
    r"(?:closing|opening|final-round|first-round|second-round|third-round)\s+[5-8]\d|birdie\w*|bogey\w*|"
    r"(?:under|over)[- ]par|knock(?:ed|s)?\s+out|knockout|referee|heavyweight|"
    # cycling and motor racing: "attacked on the final climb to win the mountain stage"
    r"peloton|(?:mountain|final|queen|opening|sprint)\s+stage|yellow\s+jersey|tour\s+de\s+france|grand\s+prix|"
    r"pole\s+position|podium|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+round(?!\s+of\b)|"
    # a scoreline: "crushed Chile 5-0 in Santiago", "routed Las Vegas 38-10.", "blew out Los Angeles 131-98 on
    # Monday" (not "10-15 people", "2019-20", nor the tail of a date: "Incident date: 2024-08-21.")
    r"(?<![\d-])\d{1,3}-\d{1,3}(?=[,.;:!?)]|\s*$|\s+(?:in|as|at|on|to|with|after|before|win|victory|defeat|draw|loss|lead|"
    r"thrashing|rout|and)\b))\b"
)
# Means of harm no match report uses (not "shot", "attack", "strike" or "shooting", which it does): "A bomb
# exploded outside a stadium during a league match, killing five".
_MEANS_RE = compile_scan(
    r"\b(?:bomb(?:s|ing|ings|er|ers|ed)?|blasts?|explosions?|explosives?|exploded|gunm[ae]n|gunfire|grenades?|"
    r"suicide|militants?|terror\w*|stabb(?:ed|ing)|knifed|machetes?|rockets?|missiles?|mortars?|drones?|"
    r"air\s?strikes?|riot\w*|tear\s+gas|rubber\s+bullets|live\s+(?:ammunition|rounds|bullets)|hooligan\w*|ultras|"
    # "Police opened fire on protesters after the match, killing four": a match report's shots score goals
    r"open(?:ed|s|ing)?\s+fire|shot\s+dead|gunshots?|bullets?|lynch\w*|hacked|"
    # "Two teenagers were wounded when shots rang out in a parking lot outside a high school football stadium"
    r"shots?\s+(?:rang|rung|were\s+fired|was\s+fired)|"
    # "Clashes between fans and police left 20 injured" (not "the clash between Arsenal and Chelsea")
    r"clash(?:es|ed)?\s+(?:between|with)\s+(?:[\w'-]+\s+){0,3}?(?:fans|supporters|police|protesters)|"
    r"(?:fans|supporters)\s+(?:clashed|fought|rioted))\b"
)
# A work of fiction as the opening's frame: "In her new thriller, a gunman storms a wedding", "The novel, her
# fourth, follows a detective". The killings are its plot.
# The work's noun closes its phrase with a comma, a title or an author between ("In the film, ...", "In his
# novel Dark Water, ..."); not "In the series of attacks on Monday, 12 were killed", "In the game reserve, ...".
_FICTION_START_RE = compile_scan(
    r"\s*in\s+(?:(?:his|her|their|its|the|a)\s+)(?:[\w'-]+\s+){0,2}?(?:novel|thriller|whodunn?it|film|movie|"
    r"series|miniseries|sitcom|drama|play|opera|musical|comic|video\s+game|game|screenplay|short\s+story)\b"
    r"(?!\s+(?:of|area|ground|reserve|park|studio|school)\b)(?:\s+[^,.;]{1,40})?,"
)
# "The final season of the crime drama opens with a shootout": a season or an episode opens with its plot.
_FICTION_PLOT_RE = compile_scan(
    r"\bthe\s+(?:[\w'-]+\s+){0,5}?(?:novel|thriller|film|movie|series|miniseries|drama|play|game|book|season|episode)"
    r"\s*(?:,[^,.]{1,40},\s*)?(?:follows|tells\s+the\s+story|is\s+set\s+in|imagines|centres\s+on|centers\s+on|"
    r"(?:opens|begins|ends|closes|climaxes)\s+with)\b"
)
# A work about people or events: "a new film about a US Army sniper who killed 160 enemy fighters", "a
# documentary on the massacre". Only when no act is reported before it ("Gunmen attacked a crew filming a
# documentary about cartels" is an attack).
_WORK_ABOUT_RE = compile_scan(
    r"\b(?:film|movie|biopic|documentary|book|novel|memoir|biography|series|play|drama|musical|opera|podcast|"
    r"exhibition)\s+(?:about|based\s+on|telling|that\s+tells|recounting|which\s+tells)\b"
)
# A death sentence carried out: "Texas executed a man on Thursday for the 2004 murder of a clerk", "Singapore
# hanged a man convicted of trafficking": the state's punishment, not an attack. Not armed groups' killings of
# captives ("Militants executed 11 hostages"), which name their hand (_ARMED_HAND_RE).
_EXECUTION_RE = compile_scan(r"\b(?:executed|executes|execution|hanged|hangs|put\s+to\s+death)\b")
_JUDICIAL_RE = compile_scan(
    r"\b(?:convicted|sentenced|death\s+row|lethal\s+injection|death\s+sentences?|court|clemency|pardon|"
    r"pronounced\s+dead|(?:the\s+)?state's\s+\w+\s+execution|executions?\s+this\s+year)\b"
)
_ARMED_HAND_RE = compile_scan(
    r"\b(?:militants?|insurgents?|rebels?|jihadists?|islamic\s+state|isis|al-shabaab|gunmen|fighters|militia\w*|"
    r"kidnappers|captors|hostages?|captives?|extrajudicial\w*|summar(?:y|ily)|soldiers|troops|army|military|"
    r"security\s+forces|police(?:men)?|"
    # a war-crimes court's: "a former Bosnian Serb policeman ... the execution of more than 200 men"
    r"policem[ae]n|paramilitar\w*|war\s+crimes?|crimes\s+against\s+humanity|genocide|massacres?)\b"
)
# "raid" after a searching hand is a search ("Police raid offices of opposition newspaper"), and an attack on an
# abstract target is a figure of speech ("an attack on press freedom"): no violence named with no one hurt.
_SEARCHER_RE = compile_scan(
    r"\b(?:police|officers|agents|investigators|prosecutors|detectives|tax|customs|regulators|inspectors|fbi|"
    r"anti-?corruption|immigration)\s+(?:[\w'-]+\s+)?$"
)
_ABSTRACT_TARGET_RE = compile_scan(
    r"s?\s+(?:on|against)\s+(?:the\s+)?(?:press\s+freedom|(?:freedom|independence|sovereignty)\b|democracy|"
    r"free\s+(?:speech|expression|press)|(?:the\s+)?rule\s+of\s+law|constitution|judiciary|(?:human\s+)?rights|"
    r"(?:the\s+)?media|journalism|science|truth)\b"
    # "Activist investors had attacked the deal", "attacked the plan as a giveaway": words, not blows
    # (not "attacked the ruling party's offices", "the campaign office", "the plan's office": buildings)
    r"|(?:s|ed)?\s+(?:on\s+|against\s+)?(?:the|his|her|their|its|a|this|that)\s+(?:[\w'-]+\s+)?(?:deal|merger|"
    r"takeover|plan|proposals?|decision|polic(?:y|ies)|bill|report|remarks|comments|speech|idea|budget|reforms?|"
    r"strategy|nomination|appointment|verdict|agreement|manifesto)\b(?!['\u2019]s|\s+(?:offices?|headquarters|"
    r"building|compound|convoy|team|staff)\b)"
)
# "a political massacre", "a jobs massacre", "the box-office massacre": a figure of speech's adjective (before
# "massacre" only: "a political assassination" and "a market bombing" are real).
_FIGURATIVE_BEFORE_RE = compile_scan(
    r"\b(?:political|electoral|corporate|boardroom|box-office|ratings|stock-market|jobs?|verbal|rhetorical)\s+$"
)
# "killed in a helicopter crash", "the death toll from a fire": the report itself names a cause that is not
# an attack. Such a sentence reports no violent event unless it also names violence ("a fire set by gunmen").
_ACCIDENT_RE = compile_scan(
    r"\b(?:killed|died|dead|deaths?|toll|injured|wounded|hurt|fatalities)\s+(?:in|from|after|during|when|by)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:crash|fire|blaze|accident|collision|flood(?:s|ing)?|storm|earthquake|"
    r"landslide|stampede|collapse|derailment)\b"
)

# A fire told as set on purpose, in the sentence after the one that reports its dead.
_FIRE_SET_RE = compile_scan(
    r"\b(?:arson\w*|accelerants?|firebomb\w*|molotov|incendiary|(?:deliberately|intentionally)\s+(?:set|started|lit)|"
    r"poured\s+(?:gasoline|petrol|fuel|kerosene|diesel)|"
    r"(?:set|started|lit)\s+(?:deliberately|intentionally|on\s+purpose))\b"
)
# An accident at work or at home: "Blast at chemical plant kills 5", "Gas cylinder explosion", "Boiler explosion at
# textile factory", "Fire at coal mine". The opening names the industrial cause; an attack would name its own
# means or hand (_DELIBERATE_RE), and then it is one ("Drone strike sets refinery ablaze").
_INDUSTRIAL_RE = compile_scan(
    r"\b(?:(?:gas|boiler|cylinder|fuel|oil|tanker|chemical|fireworks?|firecrackers?|factory|methane|industrial|"
    r"pipeline|reactor|transformer|furnace|kiln|refinery|accidental)\s+(?:[\w-]+\s+)?(?:blasts?|explosions?|fires?|"
    r"blazes?|leaks?|exploded|explodes|blew\s+up|caught\s+fire)|(?:blasts?|explosions?|fires?|blazes?)\s+(?:at|in|hits|rocks|rips\s+through|tears\s+through)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:factory|plant|(?:coal|gold|copper|tin|jade|diamond)\s+mines?|"
    r"colliery|refinery|warehouse|(?:gas|petrol|filling|fuel)\s+stations?|fuel\s+depot|workshop|mill|foundry|"
    r"shipyard)|(?:boilers?|cylinders?|gas\s+tanks?|fuel\s+tanks?|tankers?|transformers?)\s+(?:exploded|explodes|"
    r"blew\s+up))\b"
)
# A wild animal's attack: "An elephant trampled two villagers to death", "mauled by a tiger". Not dogs or bulls (a
# police dog, the Chicago Bulls).
_ANIMALS = (
    r"(?:elephants?|tigers?|tigress|leopards?|lions?|lioness|bears?|crocodiles?|alligators?|sharks?|wolf|wolves|"
    r"hippos?|hippopotamus|jaguars?|pumas?|cougars?|hyenas?|wild\s+boars?|snakes?|cobras?|rhinos?|buffalo(?:es)?)"
)
_ANIMAL_RE = compile_scan(
    rf"\b(?:an?|the|two|three)\s+(?:(?:wild|rogue|stray|male|female|big|giant|hungry|young|adult|injured|"
    rf"man-eating|great\s+white)\s+)?{_ANIMALS}\s+(?:attack(?:s|ed)?|trampl\w+|maul\w+|gor(?:ed|es)|"
    rf"bit|bites|kill(?:s|ed)|dragged)\b|\b(?:trampled|mauled|gored|attacked|killed|bitten)\s+(?:to\s+death\s+)?by\s+"
    rf"(?:an?|the)\s+(?:(?:wild|rogue|stray|male|female|big|giant|hungry|young|adult|injured|man-eating|"
    rf"great\s+white)\s+)?{_ANIMALS}\b"
    # "gored to death by a bull during a street festival": a bull only when it gores (not the Chicago Bulls)
    r"|\bgored\b|\bby\s+(?:an?|the)\s+(?:[\w-]+\s+)?bull\b"
)
_DELIBERATE_RE = compile_scan(
    r"\b(?:bomb(?:s|ing|ings|er|ers|ed)?|attack(?:s|ed|ers?)?|suicide|militants?|gunm[ae]n|terror\w*|explosives?|"
    r"ieds?|improvised|grenades?|rockets?|missiles?|mortars?|shell(?:s|ing|ed)|drones?|(?:air\s?)?strikes?|"
    r"sabotage|arson\w*|set\s+(?:on\s+)?(?:fire|ablaze)|insurgents?|rebels?|jihadists?|targeted|planted|"
    # "opened fire at a warehouse": the fire of a gun, never the blaze _INDUSTRIAL_RE reads in "fire at a warehouse"
    r"detonated|claimed\s+responsibility|shot|gunfire|gunshots?|open(?:s|ed|ing)?\s+fire|shoot(?:er|ers|ing|ings)?|"
    r"stabb(?:ed|ing)|deliberate(?:ly)?)\b"
)


def parse_incidents(
    text: str, published: str | None = None, title: str | None = None, url: str | None = None
) -> list[dict[str, Any]]:
    """Incidents reported in `text` (the `newsfacts facts` contract), main first; [] when none is violent.

    Offsets in evidence always index `text` itself, which is why `title` and `url` are accepted but not
    read: a fact taken from them could carry no evidence. Work is bounded: only the first MAX_CHARS are read.
    """
    if not isinstance(text, str):
        return []
    original = clip(text)
    if not looks_like_prose(original) or not looks_english(original):
        return []
    body = unhash(unfold(original))  # offsets kept: one character stands for one
    spans = sentence_spans(body)
    if not spans:
        return []
    low = ascii_lower(body)
    # A violent incident needs a word of violence; a death toll alone may be a crash, a storm or a disease.
    if not _VIOLENCE_RE.search(low) and not _CONFLICT_ROW_RE.search(low):
        if not _KILLING_RE.search(low) or _NON_VIOLENT_RE.search(low):
            return []
    if ":" in body and len(_CHRONOLOGY_RE.findall(body, 0, 20_000)) >= 3:
        return []  # "January: A car bomb in Baghdad killed 18 ... March: ...": a year's review, no one event
    # "Madrid, Dec 20" over the next morning's paper: the day the story's "this morning" counts from
    published = filing_published(body, published)
    cas = extract_casualties(body, spans)
    when: EventDate | None = None
    other_tolls: frozenset[int] = frozenset()
    if any(m.update and m.sent for m in cas.mentions):
        when = extract_date(body, spans, published)
        other_tolls = _other_event_tolls(body, spans, cas.mentions, when, published)
        if other_tolls:
            cas = extract_casualties(body, spans, cas.mentions, other_tolls)
    if (months := _month_recalls(low, spans, cas.mentions, published)) and (
        (kept := extract_casualties(body, spans, cas.mentions, other_tolls | months)).killed is not None
        or kept.injured is not None
    ):
        # "No one was killed ... In January, a woman was pushed to her death at Times Square": a month long gone
        # tells an older event, whose dead are not the main event's while the main event has a count of its own
        other_tolls, cas = other_tolls | months, kept
    if rows := _dated_rows(body, spans, cas.mentions):
        # "- May 2023: a car bomb kills 8 and wounds 30": a timeline's row under the story is another event
        other_tolls = other_tolls | rows
        cas = extract_casualties(body, spans, cas.mentions, other_tolls)
    # a digest's "Other incidents:" heading, searched once: the items under it are events of their own
    oh = OTHER_ITEMS_HEADING.search(body) if "\n" in body else None
    others_at = oh.end() if oh is not None else len(body)
    digest_at = len(body)  # where the other items start, when the headline above them reports an act
    if oh is not None and _reports_act(low, 0, oh.start()):
        # "Headline: ... abducted five staff members. No one was hurt. ... Other incidents: - Farah: ... 9 police
        # officers were killed": a digest's other items are events of their own, not its headline incident's
        digest_at = others_at
        other_tolls = other_tolls | {si for si, (a, _) in enumerate(spans) if a >= digest_at}
        cas = extract_casualties(body, spans, cas.mentions, other_tolls)
    if cas.killed is not None and (parts := _separate_parts(low, spans, cas.mentions)):
        # "Two separate attacks killed 17. In the first, gunmen killed 11 near Djibo. Hours later, ... six": the
        # main incident is the first attack, not the day's sum
        other_tolls = other_tolls | parts
        cas = extract_casualties(body, spans, cas.mentions, other_tolls)
    # A figure first stated deep in a long text belongs to its background (a policy piece recalling an
    # attack), unless the opening itself reports an event.
    lede0 = lede_start(body, spans)
    early = any(m.sent < lede0 + LEDE_SENTENCES for m in cas.mentions if m.kind in ("killed", "injured", "hit"))
    early = early or any(
        e["start"] < spans[min(lede0 + LEDE_SENTENCES, len(spans)) - 1][1] for e in cas.evidence
    )
    if not early and ("toll" in low or "casualties" in low):
        # a timeline's or a factbox's own section on the toll ("THE TOLL — Officials now say 129 hostages died",
        # "Toll: Six people were killed") states the event's figure, wherever the section stands
        early = any(
            _TOLL_SECTION_RE.match(low, spans[m.sent][0]) for m in cas.mentions if m.kind in ("killed", "injured")
        )
    if not early and (live := live_entries(low)) is not None:
        # a live page tells its event entry by entry, each a lede of its own: a figure in an entry is up front
        # ("Thursday 16:20 GMT — A loud explosion ... 06:50 GMT — nine people were killed")
        early = any(e["start"] >= live[0][0] for e in cas.evidence)
    act_si = _first_act_sentence(low, spans, lede0)  # where the text first reports an act (see below)
    if not early and act_si is not None:
        # a feature's scene-setting lede ("Every Saturday the rooftop car park of the Westgate shopping centre turned
        # into a playground ... Within minutes a small group of gunmen had entered the mall ..., firing on
        # shoppers"): the news begins where the text first reports the act, its figures a lede's length after
        early = any(
            act_si <= m.sent < act_si + LEDE_SENTENCES for m in cas.mentions if m.kind in ("killed", "injured", "hit")
        )
    if (
        # "caused 11 casualties" (killed and injured unsplit) is a figure as much as "11 killed" is
        (cas.killed is None and cas.injured is None and not any(m.kind == "hit" for m in cas.mentions) or not early)
        and not any(
            (_reports_act(low, a, b) or _HARMED_RE.search(low, a, b) or _HEADLINE_ACT_RE.match(low, a, b))
            and not (si and recalls_other_event(low, a, b))
            for si, (a, b) in enumerate(spans[: lede0 + 3])
        )
    ):
        return []  # violence talked about (policy, trials, threats, a war's toll) but no event reported up front
    if not cas.killed and not cas.injured and not any(m.kind == "hit" for m in cas.mentions):
        # With no figure at all, or only "no one was hurt", the opening must name an attack itself: "shot twice
        # from close range" (a footballer), "shares exploded", a trial or an anniversary of an old attack, and a
        # plot foiled with no one hurt are no incidents.
        opening = (spans[0][0], spans[min(2, len(spans) - 1)][1])
        named = (
            _names_attack(low, *opening)
            or _HARMED_RE.search(low, *opening)
            or _HEADLINE_ACT_RE.match(low, *spans[0])  # "Bandits kidnap village head in Katsina"
            # "U.S. forces near Kobani came under artillery fire from Turkish positions ... No one was killed"
            or _UNDER_FIRE_RE.search(low, *opening)
        )
        if not named or _FRAME_RE.search(low, *spans[0]) or _PLOT_RE.search(low, *spans[0]):
            return []
        if _DRILL_RE.search(low, *opening):
            return []  # "Taiwan fired live rounds and launched missiles during drills": practice, no one hurt
    head = (spans[0][0], spans[min(1, len(spans) - 1)][1])
    recalled = False
    # (under a title line, the lede remembers: "Mogadishu remembers victims of deadliest bombing\n\nMOGADISHU -
    # Hundreds of people gathered ... on Sunday to mark one year since a truck bomb tore through ...")
    opening_recalls = _recalls(low, spans[0]) or (
        len(spans) > 1
        and _title_line(body, spans[0])
        and _REMEMBRANCE_TITLE_RE.search(low, *spans[0]) is not None
        and _recalls(low, spans[1])
    )
    if (
        (opening_recalls and not _new_act_after_recall(body, low, spans, cas.mentions, published))
        or (
            _FRAME_RE.search(low, *spans[0])
            and _JUDGED_RE.search(low, *spans[0])
            and not _act_on_remembrance_day(low, spans[0])
        )
    ) and not (
        _days_old_toll_in_opening(low, spans[0], cas.mentions) or _judged_act_this_week(text, low, spans[0], published)
    ):
        # "the trial of a man accused of killing 10", "the anniversary of the bombing that killed 22": the story is
        # about an old attack, reported below only on the day the text dates it to, never as today's
        recalled = True
    if _GENRE_TITLE_RE.match(low, *spans[0]) and not (
        _names_attack(low, *spans[0]) or _KILLING_RE.search(low, *spans[0]) or _HARMED_RE.search(low, *spans[0])
    ):
        return []  # "Analysis: Pakistan's militancy surge strains ties with Kabul": a piece about attacks, not one
    if _FICTION_START_RE.match(low, *spans[0]) or _FICTION_PLOT_RE.search(low, spans[0][0], head[1]):
        return []  # "In her new thriller, a gunman storms a wedding and kills five guests": a plot
    if (wm := _WORK_ABOUT_RE.search(low, *spans[0])) and not _reports_act(low, spans[0][0], wm.start()):
        return []  # "Cooper will star in a film about a sniper who killed 160 fighters": a work about a story
    counted = [m for m in cas.mentions if m.kind in ("killed", "injured", "hit")]
    if counted and all(_running_total(low, m) for m in counted):
        return []  # "where more than 40,000 people have been killed since October 2023": a war's total
    event = spans[min(m.sent for m in counted)] if counted else spans[0]
    if (
        _SPORT_RE.search(low, *spans[0])
        and len(set(_SPORT_RE.findall(low, 0, 1500))) >= 2
        # (or whose opening tells the means: "opened fire at a bowling alley where a youth league was playing")
        # ("Belgian police shot a man suspected of killing two Swedish football supporters ... The gunman ... opened
        # fire with an automatic rifle": the means may come in the opening's next sentences)
        and not (counted and _MEANS_RE.search(low, spans[0][0], max(event[1], spans[min(2, len(spans) - 1)][1])))
    ):
        # "Messi shot ... scored the winner": a match report; "A bomb exploded outside a stadium during a league
        # match, killing five" reports its own figure with its own means
        return []
    if (
        _ACCIDENT_RE.search(low, *event)
        and not _VIOLENCE_RE.search(low, *event)
        # ("opened fire from a hotel suite ... He killed 58 people; many others were hurt in the stampede": the
        # opening told the attack)
        and not (event != spans[0] and _VIOLENCE_RE.search(low, *spans[0]))
        # (the next sentence may say the fire was set: "... injured in a fire at a refugee shelter. Investigators
        # suspect arson.")
        # (or the one after it: "... when a fire swept through a block of flats. Among the injured were two
        # firefighters. Investigators say the blaze was started deliberately")
        and not _FIRE_SET_RE.search(low, event[1], ([b for a, b in spans if a >= event[1]][:2] or [event[1]])[-1])
    ):
        return []  # the report's own sentence blames a crash, a fire, a flood: not an attack
    # Under a title line ("Ayorou market attack (2021)", "Commission of inquiry into the Nimes attack: main
    # conclusions"), the opening is the first sentence of the body.
    opening = spans[1] if len(spans) > 1 and _title_line(body, spans[0]) else spans[0]
    if (
        counted
        and event != opening
        # (a feature that tells the attack's scene before its toll is about that attack, however old: "He remembers
        # that the match was still goalless when the first bomb went off. ... The twin attacks in Kampala on 11 July
        # 2010 ... killed 74")
        and not (act_si is not None and spans[act_si][1] <= event[0])
        and _recalled_first(body, low, opening, event, published)
        # (a court's, an inquiry's or a remembrance's opening tells of the old attack the story is about: "A federal
        # jury on Friday acquitted the widow of the nightclub gunman ... Mateen killed 49 people on June 12, 2016")
        and not _COURT_FRAME_RE.search(low, *opening)
    ):
        return []  # "Peace talks resumed on Monday. They had stalled in January after rebels killed two soldiers."
    if _INDUSTRIAL_RE.search(low, *head) and not _DELIBERATE_RE.search(low, *head):
        return []  # "Blast at chemical plant kills 5", "a boiler exploded": an accident at work
    if _ANIMAL_RE.search(low, *head):
        return []  # "An elephant trampled two villagers to death": no human hand
    if (
        (xm := _EXECUTION_RE.search(low, *head))
        and xm.start() < event[1]
        and _JUDICIAL_RE.search(low, *head)
        and not _ARMED_HAND_RE.search(low, *head)
    ):
        # "Texas executed a man for the 2004 murder of a clerk": a sentence carried out (not "A truck bomb killed
        # 168 people. McVeigh was convicted and executed in 2001": the attack told first, its end after)
        return []
    actors = extract_actors(body, spans[min(2, len(spans) - 1)][1])
    # the places of an attack told apart in a figure's sentence ("while a smaller bomb in the Shaab district ...
    # killed five") vote for the country only, as a group's name does
    muted = actors.spans + [(m.start, m.end) for m in cas.mentions if m.apart]
    # ("one of the deadliest attacks on civilians since the start of Russia's full-scale invasion": the war's parties)
    muted += [m.span() for m in _SINCE_WAR_BEGAN_RE.finditer(low, 0, spans[min(len(spans) - 1, 8)][1])]
    placed_text = _without_old_captions(body, published)
    if digest_at < len(body):
        # a digest's other items ("ALSO - SAADA: 5th bomber blew himself up ...") place events of their own
        placed_text = placed_text[:digest_at] + " " * (len(body) - digest_at)
    loc = resolve_location(placed_text, actors.countries, event, muted, spans, actors.regions)
    if actors.namesakes:
        for a in actors.actors:
            if (alias := actors.namesakes.get(a["name"])) is not None:
                a["name"] = namesake_for(a["name"], alias, loc.country)  # "the Maoists" of Nepal or of India
        # (the group may be named by its own alias too: "the National Liberation Army (NLA)" in Macedonia)
        by_name = {a["name"]: a for a in reversed(actors.actors)}  # the first of each name, in order
        actors.actors[:] = [a for a in actors.actors if by_name[a["name"]] is a]
    day_first = loc.country is not None and loc.country not in MONTH_FIRST_COUNTRIES
    if when is None or (day_first and "/" in body and _AMBIGUOUS_NUMERIC_DATE.search(body)):
        when = extract_date(body, spans, published, loc.country)  # read again only if "3/10" now means 3 October
    pub_day = parse_published(published) if when.value is None or _older_than(when, published, 31) else None
    if pub_day is not None and len(_LIVE_STAMP_RE.findall(body, 0, 20_000)) >= 3:
        # a live blog's entries, stamped by the hour, are of its own day; the month its background entry recalls
        # ("19:55 GMT - Background: the city was attacked in January 2016") is not
        when = EventDate(pub_day.isoformat(), "day")
    elif pub_day is not None and when.value is None and (fm := _FLASH_RE.match(body)) is not None:
        # "BREAKING - Gunmen open fire at a concert hall": a flash alert tells what is happening as it is sent
        when = EventDate(pub_day.isoformat(), "day", fm.start("flash"), fm.end("flash"))
    if (first := live_first_day(low, published)) is not None and (
        when.precision != "day" or str(when.value) > first[0].isoformat()
    ):
        # a live page's oldest entry is where its event begins: "Saturday 16:10 - Reports of multiple people stabbed"
        # under "Sunday 10:30 - Police name the attacker" (a day the text tells earlier still is kept: a recap)
        when = EventDate(first[0].isoformat(), "day", first[1], first[2])
    if not _older_than(when, published, _REMEMBERED_DAYS) and not (
        # "as Iran revised the toll from Wednesday's attack in Kerman": the day of the attack the lede reports, though
        # the crowds it struck marked "the anniversary of the death of" a commander killed years before
        when.start is not None
        and when.end is not None
        and not recalled
        and names_its_attack(low, when.start, when.end)
    ):
        when = _old_attack_day(body, low, spans, lede0, recalled, published, event) or when
        if recalled and (when.value is None or not _older_than(when, published, _REMEMBERED_DAYS)):
            # an anniversary, trial or parole story tells its old attack, dated ("in 2011", "Forty years ago
            # tonight"), as that day's incident; one it does not date is no incident of today
            return []
    lede_end = spans[min(1, len(spans) - 1)][1]
    attack_type, attack_ev = classify_attack(body, lede_end, bool(cas.killed) or bool(cas.injured), event)
    weapon, weapon_ev = find_weapon(body, event)
    one_hurt = (cas.killed or 0) + (cas.injured or 0) == 1
    # a service named only by its kind ("shot dead by police") gives way to the force a text names
    perps = [a["name"] for a in actors.actors if a["role"] == "perpetrator"]
    unnamed = perps in ([], [POLICE], [SECURITY_FORCES])
    shooter = police_shooter(body, spans[min(2, len(spans) - 1)][1]) if one_hurt and unnamed else None
    if shooter:
        # "A man has died after being shot by armed officers ..., West Yorkshire Police has said": the force
        # that shot the one person the report counts
        _force_first(actors.actors, shooter[0])
        actors.evidence.append(shooter[1])
    elif cas.killed and unnamed:
        # (one dead too: "National Police raid on a rural farm killed Juan de Dios Usuga")
        if (police := police_operation(body, spans[min(2, len(spans) - 1)][1])) and police[0]["name"] not in perps:
            # "A police operation against drug traffickers in the Jacarezinho favela left 28 people dead": the
            # force whose raid the dead fell in
            _force_first(actors.actors, police[0])
            actors.evidence.append(police[1])

    inc = empty_incident()
    for k in ("killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high"):
        inc[k] = getattr(cas, k)
    inc["event_date"], inc["date_precision"] = when.value, when.precision
    for k in _PLACE_FIELDS:
        inc[k] = getattr(loc, k)
    inc["actors"] = actors.actors
    if regime := regime_forces(body, spans[min(2, len(spans) - 1)][1], loc.country):
        # "A junta air strike hit Seng Tawng village": whose forces, the place says (Myanmar's). Told in the lede
        # with no other actor there, they are the attacker, not a group a later sentence quotes ("a member of the
        # local People's Defense Force said") or a name the parser took for one.
        lede = spans[lede0]
        in_lede = lede[0] <= regime[1]["start"] < lede[1] and not any(
            e["field"] == "actors"
            and lede[0] <= e["start"] < lede[1]
            and not _SOURCE_BEFORE.search(low, max(lede[0], e["start"] - 50), e["start"])
            for e in actors.evidence
        )
        if in_lede or not any(a["role"] == "perpetrator" for a in actors.actors):
            rest = [a for a in actors.actors if a["name"] != regime[0]["name"]]
            if in_lede:
                rest = [Actor(name=a["name"], role="unknown") if a["role"] == "perpetrator" else a for a in rest]
            inc["actors"] = [regime[0], *rest]
            actors.evidence.append(regime[1])
    inc["attack_type"], inc["weapon"] = attack_type, weapon
    evidence: list[Evidence] = list(cas.evidence) + list(loc.evidence)
    if when.start is not None and when.end is not None:
        evidence.append(Evidence(field="event_date", start=when.start, end=when.end, text=body[when.start : when.end]))
    evidence += actors.evidence + attack_ev + weapon_ev
    inc["evidence"] = sorted(evidence, key=lambda e: (e["start"], e["field"]))
    _check(inc, published)
    others = _separate_incidents(body, spans, cas.mentions, inc, published, others_at)
    split = {si for _, si in others}
    # (unless the opening reports an act of its own and the others are older: "A fire was set at a home on Monday.
    # Nobody was hurt. ... On 11 March, a woman was injured when a device went off" keeps Monday's fire and its zero)
    # ("... No one was hurt. ... Earlier on Sunday, a man was hurt near Metula, in a separate attack": said so)
    # (not an opening about the inquiry into the attack: "Prosecutors on Sunday took over the investigation into a
    # knife attack at a street festival ... Three people were killed ... on Friday" tells one attack, by its days)
    dated_apart = (
        (_reports_act(low, *opening) or bool(_ACT_RE.search(low, *opening)))
        and not _PROBE_OF_ACT_RE.search(low, *opening)
        and all(
            _days_before(o, inc) >= 2 or _SEPARATE_RE.search(low, *spans[si]) or spans[si][0] >= digest_at
            for o, si in others
        )
    )
    if split and all(m.sent in split for m in counted) and not dated_apart:
        # "The council met on Monday. Separately, a drone hit a depot, injuring two": every figure would leave the
        # main incident, whose place and date are already that event's; it is the main one, not another
        others = others[1:]
        split = {si for _, si in others}
    if split:
        _recount_without(inc, extract_casualties(body, spans, cas.mentions, frozenset(split) | other_tolls))
        if counted and all(m.sent in split for m in counted) and event != opening:
            # every figure went to the other incidents, whose sentence had placed this one: the opening places it
            was = inc["country"]
            _relocate(inc, resolve_location(_without_old_captions(body, published), actors.countries, opening,
                                            muted, spans, actors.regions))
            for o, _ in others:
                if o["location"] is None and o["country"] == was:
                    o["country"] = inc["country"]  # they took the main incident's country, now read again
        _check(inc, published)
    incidents = [inc, *(o for o, _ in others)]
    if body is not original:
        for one in incidents:  # the evidence quotes the text as given, its line breaks included
            one["evidence"] = [
                Evidence(field=e["field"], start=e["start"], end=e["end"], text=original[e["start"] : e["end"]])
                for e in one["evidence"]
            ]
    return incidents


# "..., according to residents and the Arakan Army": a group quoted as the source of the report, not its actor.
_SOURCE_BEFORE = compile_scan(r"\baccording\s+to\b[^.;]*$")


def _older_than(when: EventDate, published: str | None, days: int) -> bool:
    """Whether the event's date is more than `days` before publication (False when either is unknown)."""
    pub = parse_published(published)
    if pub is None or when.value is None:
        return False
    try:
        return (pub - date.fromisoformat(when.value)).days > days
    except ValueError:
        return False


# A photo caption on a line of its own: "Photo: Mourners in Bokkos, Plateau state, December 26, 2023. AFP".
_CAPTION_RE = compile_scan(
    r"(?im)^[ \t]*(?:photo(?:\s+caption)?|caption|image|picture|file\s+photo)[ \t]*:[^\n]*"
)
# How many days before publication a caption's date shows another day's picture.
_CAPTION_OLD_DAYS = 2


def _without_old_captions(body: str, published: str | None) -> str:
    """The text with each caption dated days before publication blanked out (same length, so offsets hold): a file
    picture of an earlier attack elsewhere ("Mourners in Bokkos, December 26, 2023") names no place of this one.
    A caption of the day may show the scene itself ("Smoke over Jericho in Idlib, Oct. 7, 2023")."""
    pub = parse_published(published)
    if pub is None or ":" not in body:
        return body
    for cm in _CAPTION_RE.finditer(body, 0, 20_000):
        line = cm.group(0)
        d = extract_date(line, [(0, len(line))], published)
        if d.value is not None and (pub - date.fromisoformat(d.value[:10])).days > _CAPTION_OLD_DAYS:
            body = body[: cm.start()] + " " * len(line) + body[cm.end() :]
    return body


# A title that labels the piece as comment or background ("Analysis: ...", "Explainer: ...", "Opinion | ..."): what
# it recalls is its argument's material, and only an attack its title names is its news.
_GENRE_TITLE_RE = compile_scan(
    r"[ \t]*(?:analysis|explainer|explained|opinion|comment|commentary|editorial|q\s?&\s?a|timeline|fact[- ]?check|"
    r"in\s+depth|long\s+read|perspective)[ \t]*[:|\u2013\u2014-]"
)


# A dated row of a list or timeline: "- May 2023: a car bomb kills 8", "March 21, 2024 - Bombing kills 21".
# The line break before the row opens the pattern: `re` finds that literal by a fast search of its own, where "^"
# in multi-line mode is tried at every position. (The text's first line is in the lede, never a row apart.)
_DATED_ROW_RE = re.compile(
    rf"\n{LINE_MARK}(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:[ \t]+[0-3]?\d)?,?[ \t]+)?(?:19|20)\d\d[ \t]*[:\u2013\u2014-][ \t]"
)


def _dated_rows(body: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> frozenset[int]:
    """Sentences past the lede that are dated rows of a list, when some figure stands outside them: their
    figures are the listed events', never summed into the story's own."""
    if "\n" not in body:
        return frozenset()
    starts = [a for a, _ in spans]
    rows = {bisect_right(starts, m.start() + 1) - 1 for m in _DATED_ROW_RE.finditer(body, 0, 20_000)}
    rows = {si for si in rows if si > 1}
    counted = {m.sent for m in mentions if m.kind in ("killed", "injured", "hit")}
    return frozenset(rows) if rows and counted - rows else frozenset()


def _month_recalls(
    low: str, spans: list[tuple[int, int]], mentions: list[Mention], published: str | None
) -> frozenset[int]:
    """Sentences past the first that open on a month long gone (see dates.opens_on_old_month): a story's own event
    is days old, so such a sentence tells an older one."""
    return frozenset(
        m.sent
        for m in mentions
        if m.sent > 0
        and m.kind in ("killed", "injured", "hit")
        and opens_on_old_month(low, *spans[m.sent], published)
    )


# What a toll update names as its event: "the death toll from that strike had risen to 21" -> "that strike".
_TOLL_OF_RE = compile_scan(
    r"\btoll\s+(?:from|in|of|after|for|at)\s+(?P<ref>[^.;:!?]{1,120}?),?"
    r"(?:\s+(?:has|had|have|now|later|also|then|further))*"
    r"\s+(?:rose|risen|climbed|increased|jumped|reached|grew|soared)\b"
)
# An event the text itself marks as another one: "from another strike", "from an earlier attack", "from a
# bombing two weeks before". Words relative to today ("last week", "two days ago", "the previous day") may name
# the main event itself and are compared as dates instead.
_RECALLED_RE = compile_scan(
    r"\b(?:earlier|another|other|separate|(?:days?|weeks?|months?|years?)\s+(?:earlier|before))\b"
)
# "that strike", "those attacks": an event named before, which the toll's sentence points back to.
_THAT_EVENT_RE = compile_scan(
    r"\b(?:that|those)\s+(?:[\w-]+\s+){0,2}?(?P<n>attack|strike|bombing|blast|explosion|shooting|raid|ambush|"
    r"massacre|assault|shelling|stabbing)s?\b"
)
_YEAR_RE = compile_scan(r"\b(?:19|20)\d\d\b")


def _other_event_tolls(
    text: str, spans: list[tuple[int, int]], mentions: list[Mention], when: EventDate, published: str | None
) -> frozenset[int]:
    """Sentences whose rising toll is another event's: "the death toll from that strike [recalled in the
    paragraph before, three days earlier] had risen to 21" must not replace the lede's two killed today.

    An update supersedes the main count unless the event it names is marked as another ("another strike",
    "an earlier attack"), is dated two or more days from the main event or in another week, month or year
    ("the March 3 bombing", "Friday's strike" in a Sunday story, "a bombing last week" in today's story), or
    is "that strike" pointing back to a sentence that recalls a background event or dates it so. A toll
    naming no event ("the death toll rose to 15"), or the main event's day, is always the main event's; so
    is every toll when the main event has no date and the words mark no other event.
    """
    low = ascii_lower(text)
    out: set[int] = set()
    for m in mentions:
        if not m.update or m.sent == 0 or m.sent in out:
            continue
        tm = _TOLL_OF_RE.search(low, m.start, m.end)
        if tm is None:
            continue
        a, b = tm.span("ref")
        comma = low.find(",", a, b)
        if comma >= 0:
            b = comma  # the event's own words: "the attack, the deadliest since 2019" -> "the attack"
        if _RECALLED_RE.search(low, a, b) or _other_day(text[a:b], when, published):
            out.add(m.sent)
            continue
        ym = _YEAR_RE.search(low, a, b)
        if ym and when.value is not None and ym.group(0) != when.value[:4]:
            out.add(m.sent)  # "the toll from the 2015 attacks"
            continue
        dm = _THAT_EVENT_RE.search(low, a, b)
        if dm is None:
            continue
        # The nearest of the four sentences before that names the event or an act of violence is the one
        # pointed at; the lede never reports another event.
        for si in range(m.sent - 1, max(0, m.sent - 5) - 1, -1):
            sa, sb = spans[si]
            if dm.group("n") not in low[sa:sb] and not _ACT_RE.search(low, sa, sb):
                continue
            if si and (recalls_other_event(low, sa, sb) or _other_day(text[sa:sb], when, published)):
                out.add(m.sent)
            break
    return frozenset(out)


# An act named as what someone must stop or give up reports none: "to stop killing its own people", "cease the
# bombing of insurgent territory", "an end to the shelling" (a demand in a policy piece, not an event).
_DEMANDED_RE = compile_scan(
    r"\b(?:stop|stops|stopping|cease|ceases|ceasing|end|ending|halt|halting|prevent|preventing|renounce|renouncing|"
    r"refrain\s+from|an\s+end\s+to)\s+(?:(?:the|its|their|all|further)\s+)?$"
)


# A war's running total as the text's only figure: "where health officials say more than 40,000 people have been
# killed since October 2023" (a policy story's background, not an event).
_SINCE_AFTER_RE = compile_scan(
    r"\s+(?:[\w,-]+\s+){0,3}?since\s+(?:the\s+)?(?:war|conflict|fighting|start|beginning|outbreak|invasion|"
    r"uprising|coup|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:19|20)\d\d|last\s+year)\b"
)
_PERFECT_IN_RE = compile_scan(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:been\s+)?(?:killed|died|wounded|injured)\b")


def _running_total(low: str, m: Mention) -> bool:
    """Whether the mention is a total "have been killed since" a war's start or a date, not one event's toll."""
    return bool(_PERFECT_IN_RE.search(low, max(0, m.start - 10), m.end) and _SINCE_AFTER_RE.match(low, m.end))


# A present perfect with a mass figure: "have killed thousands", "has killed hundreds of people".
_TREND_RE = compile_scan(r"killed\s+(?:(?:tens|hundreds)\s+of\s+)?(?:thousands|hundreds|millions|countless|scores)\b")
_PERFECT_BEFORE = compile_scan(r"\bha(?:ve|s)\s+(?:[a-z]+\s+)?$")


# A line opened by a bare month as its label: "January: A car bomb in Baghdad killed 18 people" (a timeline, one row
# per month; not "March 3: ..." in a live blog of one event's days).
_CHRONOLOGY_RE = compile_scan(
    r"(?m)^[ \t]*(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?:19|20)\d\d)?[ \t]*[:\u2013\u2014-][ \t]"
)


# A live blog's entry: a line opened by the hour ("11:25 A protester was shot dead in Nakuru").
_LIVE_STAMP_RE = compile_scan(r"(?m)^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


# How far into a text a feature's scene-setting lede may run before the act it leads to.
_FEATURE_LEDE_SENTENCES = 10


def _first_act_sentence(low: str, spans: list[tuple[int, int]], lede0: int) -> int | None:
    """The first sentence past the lede's start that reports an act of its own: not one that remembers another
    event ("In 2014, gunmen killed 28"), nor a trial's or an anniversary's."""
    for si in range(lede0, min(len(spans), lede0 + _FEATURE_LEDE_SENTENCES)):
        a, b = spans[si]
        if (
            _reports_act(low, a, b)
            and not recalls_other_event(low, a, b)
            and not _FRAME_RE.search(low, a, b)
            and not _RECALLING_RE.search(low, a, b)
        ):
            return si
    return None


# A sentence that remembers ("Officials recalled that a bombing killed 12 people in the past").
_RECALLING_RE = compile_scan(r"\b(?:recall(?:s|ed|ing)?|in\s+the\s+past|years?\s+ago)\b")


def _reports_act(low: str, a: int, b: int) -> bool:
    """Whether low[a:b] reports an act (_EVENT_VERB_RE) that is not only demanded ("urged Khartoum to stop
    killing its own people and cease the bombing of rebel areas")."""
    for vm in _EVENT_VERB_RE.finditer(low, a, b):
        if _DEMANDED_RE.search(low, max(a, vm.start() - 30), vm.start()):
            continue
        if _TREND_RE.match(low, vm.start(), b) and _PERFECT_BEFORE.search(low, max(a, vm.start() - 20), vm.start()):
            continue  # "Airstrikes have killed thousands of civilians": a war's sum, not an event
        return True
    return False


# "since the start of Russia's full-scale invasion", "since the outbreak of the civil war": the war a toll is measured
# against, whose parties are named, not where the attack was
_SINCE_WAR_BEGAN_RE = compile_scan(rf"\bsince\s+{WAR_BEGAN}\b")
# "Five weeks after a missile brought down ...": an opening timed from an attack it names.
_SINCE_ACT_OPENING_RE = compile_scan(
    r"\W*(?:[a-z]+(?:-[a-z]+)?|\d{1,2})\s+(?:days|weeks|months)\s+(?:after|since)\s+(?:an?|the)\s"
)
# How long before publication a figure's own date puts it in the past of a text whose opening reports nothing.
_LONG_BEFORE_DAYS = 30


def _title_line(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence is a line of its own, with no end punctuation and a blank line under it: a title."""
    a, b = span
    line = text[a:b].rstrip()
    return bool(line) and line[-1] not in ".!?\"'”’" and text.startswith("\n\n", b) and len(line.split()) <= 20


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)


def _recalled_first(
    text: str, low: str, opening: tuple[int, int], event: tuple[int, int], published: str | None
) -> bool:
    """Whether the text's first figure is a recalled event under an opening that reports none: a talks, policy or
    review story ("The government and the rebels resumed talks on Monday") whose first killing is background
    ("In 2019 ...", "the talks had been suspended in January after the rebels attacked a base, killing two") or
    dated a month or more before publication. A news report's opening names its own act, or the sentence of its
    first figure is recent."""
    a, b = opening
    if _reports_act(low, a, b) or _HARMED_RE.search(low, a, b) or _HEADLINE_ACT_RE.match(low, a, b):
        return False
    if _names_attack(low, a, b) and (
        _SINCE_ACT_OPENING_RE.match(low, a)
        or DATE_HINT_RE.search(text, a, b) is not None
        and first_dated_before(text[a:b], published, _LONG_BEFORE_DAYS) is not None
    ):
        # "The Tokyo subway sarin attack was an act of domestic terrorism carried out on the morning of 20 March
        # 1995", "Five weeks after a missile brought down an entire section of an apartment block, rescuers have
        # finished identifying the dead": an opening about the old attack itself, dated or timed from it
        return False
    if recalls_other_event(low, *event):
        return True
    pub = parse_published(published)
    if pub is None or not DATE_HINT_RE.search(text, *event):
        return False
    d = extract_date(text[event[0] : event[1]], [(0, event[1] - event[0])], published)
    if d.value is None:
        return False
    day = date.fromisoformat(d.value)
    if f" {_MONTH_NAMES[day.month - 1]}" in low[a:b]:
        return False  # "Armed resistance continued at a low level in May. On 2 May, ...": a month's review of its days
    if (
        d.precision == "day"
        and (day.month, day.day) == (pub.month, pub.day)
        or anniversary_date(low[event[0] : event[1]], published) is not None
    ):
        # "Accomarca: 40 years. On 14 August 1985, a patrol ... killed 69 of them", published on 14 August 2025, or
        # "Ten years ago this week, marines found the bodies of 72 migrants": an anniversary piece, published on the
        # day (or in the week) it remembers, is about that attack
        return False
    return (pub - day).days >= _LONG_BEFORE_DAYS


# A lede that sums separate attacks: "Two separate attacks in northern Burkina Faso killed 17", "Two bombs exploded
# in different cities, killing four".
_SEPARATE_SUM_RE = compile_scan(
    r"\b(?:two|three|four|five|twin|2|3|4|5)\s+(?:separate|different|unrelated)\s+(?:[\w-]+\s+)?(?:attacks|bombings|"
    r"blasts|explosions|shootings|ambushes|raids|strikes|incidents)\b|\bin\s+(?:two|three|four|several|separate|"
    r"different)\s+(?:different\s+|separate\s+)?(?:cities|towns|villages|provinces|districts|regions|states|places|"
    r"locations|parts\s+of)\b"
)


_COORDINATED_RE = compile_scan(r"\b(?:coordinated|simultaneous|near-simultaneous|synchronized|synchronised)\b")


def _separate_parts(low: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> frozenset[int]:
    """The sentences to leave out of the main incident when its first death toll sums separate attacks: the sum's
    own and those of every attack but the first, told in the next three sentences ("In the first, ... killing 11.
    Hours later, ... killing six"). Empty when the sum is not followed by parts that fit inside it."""
    first = next((m for m in mentions if m.kind == "killed" and not m.update), None)
    if first is None or not _SEPARATE_SUM_RE.search(low, *spans[first.sent]):
        return frozenset()
    if _COORDINATED_RE.search(low, *spans[first.sent]):
        return frozenset()  # "coordinated attacks on churches and a police post in two cities": one assault, as coded
    parts = [
        m
        for m in mentions
        if m.kind == "killed" and first.sent < m.sent <= first.sent + 3 and not m.update and m.value < first.value
    ]
    if not parts or sum(m.value for m in parts) > first.value:
        return frozenset()
    return frozenset({first.sent} | {m.sent for m in parts if m.sent != parts[0].sent})


# An inquiry named by the act it looks into: "the investigation into a knife attack", "a probe of the shooting".
_PROBE_OF_ACT_RE = compile_scan(
    r"\b(?:investigation|inquiry|probe|inquest)\s+(?:into|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attack|stabbing|shooting|bombing|killings?|massacre)\b"
)
_UNDER_FIRE_RE = compile_scan(rf"\b{_UNDER_FIRE}\b")


def _names_attack(low: str, a: int, b: int) -> bool:
    """Whether low[a:b] names an attack (_ATTACK_NOUN_RE) other than a search ("Police raid offices of a newspaper")
    or a figure of speech ("an attack on press freedom")."""
    for m in _ATTACK_NOUN_RE.finditer(low, a, b):
        w = m.group(0)
        if w.startswith("raid") and _SEARCHER_RE.search(low, max(a, m.start() - 40), m.start()):
            continue
        if w.startswith("attack") and _ABSTRACT_TARGET_RE.match(low, m.end(), b):
            continue
        if w.startswith("massacre") and _FIGURATIVE_BEFORE_RE.search(low, max(a, m.start() - 20), m.start()):
            continue
        return True
    return False


# An opening about a court, an inquiry or a remembrance of an attack, whose day is its own, not the attack's.
_COURT_FRAME_RE = compile_scan(
    # (not a prosecutor's office, a court's or a hearing's word alone: the sources and venues of news of today)
    # ("The Supreme Court of Canada ruled unanimously on Friday that ...": a court's ruling, by the court)
    r"\b(?:inquiry|inquest|jury|trial|sentenced|convicted|jailed|acquitted|verdict|coroner|anniversary|parole|"
    r"to\s+the\s+day|years\s+(?:after|on|since|ago)|court(?:\s+of\s+[A-Za-z]+)?\s+(?:\w+\s+)?ruled)\b"
)
_OLD_ACT_RE = compile_scan(
    r"\b(?:killed|killing|shot|stabbed|detonated|exploded|open(?:ed|ing)\s+fire|attacked|stormed|drove|rammed|"
    # ("A homemade mortar launched by the FARC hit the altar"; "the police operation on 16 August 2012", an
    # inquiry's word for the shooting it judged)
    # ("had pleaded guilty to ordering the assault by units of the HVO militia on Oct. 23, 1993")
    r"ploughed|plowed|bombings?|attacks?|massacres?|shootings?|stabbings?|mortar|police\s+operation|murder|murdered|"
    r"assault|executions?|"
    # ("The uprising began on May 18, 1980, when students ... clashed with paratroopers")
    r"crackdown|clashed\s+with|"
    r"hacked\s+to\s+death|beheaded|lynched|gunned\s+down|machine-gunned|"
    # ("The police fired on the crowd.", after "On 17 April 1996, military police were sent to clear the road")
    r"fired\s+(?:on|at|into)|"
    # ("Explosive devices set off fires in two coaches ... shortly before midnight on 18 February 2007")
    r"explosive\s+devices?|bombs?|blasts?|explosions?|went\s+off|tore\s+through|ripped\s+through|"
    # ("Three bombers blew themselves up outside the Stade de France")
    r"blew\s+(?:(?:himself|herself|themselves)\s+)?up)\b"
)
# "Twenty years ago, on the evening of ...", "Thirty years ago this week": a sentence that goes back to the attack
_YEARS_AGO_OPENING_RE = compile_scan(r"\s*(?:[a-z]+(?:-[a-z]+)?|\d{1,3})\s+(?:years|decades)\s+ago\b")
# "for the 2015 attacks that killed 130 people": the lede's attack, by its year alone
# How far into a court's or a remembrance's story its old act's day is looked for, in sentences.
_RECALLED_SENTENCES = 20
_YEAR_OF_ATTACK_RE = compile_scan(
    r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|bombings?|shootings?|massacres?|sieges?|"
    r"stabbings?|raids?|ambush(?:es)?|rampage|blasts?|explosions?|killings?)\b"
)
# A section on the toll: "THE TOLL — Officials now say ...", "• Toll: Six people were killed", "Casualties:".
_TOLL_SECTION_RE = compile_scan(
    rf"{LINE_MARK}(?:the\s+)?(?:death\s+)?(?:toll|casualties)[ \t]*(?::|--?|\u2013|\u2014)"
)
# "On 2 May 2002, ...", "On August 16, 2012, ...": a sentence that opens on its day.
# ("On the evening of Nov. 13, 2015, three teams of gunmen ... struck": the part of the day first)
_OPENS_ON_DAY_RE = compile_scan(
    r"\s*(?:on|in)\s+(?:the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|hours)\s+of\s+)?"
    r"(?:\d{1,2}\s+[a-z]+|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d\d\b"
)


# An old attack is one dated more than this many days before publication: a story dated only by a nearer day tells
# of that day (a remembrance's, a court's), not of the attack it recalls.
_REMEMBERED_DAYS = 31


def _old_attack_day(
    text: str,
    low: str,
    spans: list[tuple[int, int]],
    lede0: int,
    recalled: bool,
    published: str | None,
    event: tuple[int, int],
) -> EventDate | None:
    """The old attack's day for a story the extracted date places at its own remembrance or court hearing, or
    None to keep that date. An anniversary told on its day in the opening ("Omagh stopped to remember the car bomb
    that tore through the town twenty-five years ago today", though "at ten past three this afternoon" came first),
    or the opening's old dated act under a court, an inquiry or a remembrance ("A federal jury on Tuesday sentenced
    Dylann Roof to death for the massacre ... on June 17, 2015, before opening fire"), or in a piece published on
    that act's day of the year whose figures `event` holds."""
    if (then := anniversary_date(low, published)) is not None and (
        recalled or then.start is not None and then.start < spans[lede0][1]
    ):
        return then
    if (
        recalled
        or _COURT_FRAME_RE.search(low, *spans[lede0])
        # "The mass grave at Barlonyo is fenced now ... Twenty years ago, on the evening of 21 February 2004, fighters
        # of the Lord's Resistance Army attacked the camp": the opening's next sentence goes back to the attack
        or any(_YEARS_AGO_OPENING_RE.match(low, a) for a, _ in spans[lede0 + 1 : lede0 + 3])
    ):
        # (a remembrance's opening too: "held prayers on Sunday one year after the deadliest attack ... Gunmen
        # stormed the village in the early hours of 5 June 2021"; under a title line, the lede and the next)
        first = lede0 + 1 if lede0 + 1 < len(spans) and _title_line(text, spans[lede0]) else lede0
        # (one sentence more, for the act told right after the opening's last sentence gives its day)
        day = _framed_attack_day(text, low, spans[first : first + LEDE_SENTENCES + 1], published)
        if day is None and recalled:
            # "Peru jails 10 ex-soldiers for 1985 Accomarca massacre ... On Aug. 14, 1985, a Peruvian army patrol ...
            # opened fire": a court's or a remembrance's story may tell its old act's day after the opening
            rest = spans[first + LEDE_SENTENCES : first + _RECALLED_SENTENCES]
            day = _framed_attack_day(text, low, rest, published, len(rest), year_in_lede=False)
        return day
    # An anniversary piece is published on the day: "On the night of 16 July 1992 ... two vehicles loaded with
    # explosives blew up" in a text of 16 July 2022 is the attack the piece remembers, whatever "today" it tells of,
    # when the piece's figures are that attack's (not "Gunmen killed six people on Sunday ... On 3 March 2019, an
    # attack on the same market had killed 12": a new attack on the day of an old one)
    old = _framed_attack_day(text, low, spans[lede0 : lede0 + LEDE_SENTENCES + 1], published)
    pub = parse_published(published)
    if (
        old is not None
        and old.precision == "day"
        and pub is not None
        and (old.value or "")[5:10] == pub.isoformat()[5:10]
        and old.start is not None
        and event[1] > old.start
    ):
        return old
    return None


def _framed_attack_day(
    text: str,
    low: str,
    opening: list[tuple[int, int]],
    published: str | None,
    sentences: int = LEDE_SENTENCES,
    year_in_lede: bool = True,
) -> EventDate | None:
    """The day (or month) more than a month before publication that a sentence of the opening gives an act of
    violence ("detonated a rucksack bomb ... at 10.31pm on 22 May 2017"), for a story framed by a court, an inquiry
    or a remembrance; else the year the lede gives the attack by ("sentenced a man ... for the 2015 attacks that
    killed 130 people"); None when no sentence dates one. `sentences`: how many of `opening` may give the day (the
    one after the last may only tell its act); `year_in_lede`: whether the first one's year may stand in for it."""
    for k, (a, b) in enumerate(opening[:sentences]):
        if not DATE_HINT_RE.search(text, a, b):
            continue
        # (an explainer's question on the day itself: "What happened on the night of 26 September 2014?")
        asked = (wh := WHAT_HAPPENED.match(low, a, b)) is not None and wh.group("on") is not None
        if not _OLD_ACT_RE.search(low, a, b) and not asked and not (
            # "On 2 May 2002, during fighting ..., some 300 residents took shelter in the church. A homemade mortar
            # ... hit the altar.": a sentence that opens on its day, whose act the next sentence tells
            _OPENS_ON_DAY_RE.match(low, a)
            and k + 1 < len(opening)
            and _OLD_ACT_RE.search(low, *opening[k + 1])
            # (the next may tell a time of its own, "then set the buildings alight", though no older day)
            and (
                not DATE_HINT_RE.search(text, *opening[k + 1])
                or first_dated_before(text[slice(*opening[k + 1])], published, _REMEMBERED_DAYS) is None
            )
        ):
            continue
        if (d := first_dated_before(text[a:b], published, _REMEMBERED_DAYS)) is not None and d.start is not None:
            return EventDate(d.value, d.precision, a + d.start, a + (d.end or d.start))
    if year_in_lede and opening and (ym := _YEAR_OF_ATTACK_RE.search(low, *opening[0])) is not None:
        year = int(ym.group("year"))
        if (pub := parse_published(published)) is None or year < pub.year:
            return EventDate(f"{year}-01-01", "year", ym.start("year"), ym.end("year"))
    return None


def _force_first(actors: list[Actor], force: Actor) -> None:
    """Put the force named as the perpetrator first, in place of the service named only by its kind."""
    actors[:] = [a for a in actors if not (a["role"] == "perpetrator" and a["name"] in (POLICE, SECURITY_FORCES))]
    actors.insert(0, force)


def _other_day(part: str, when: EventDate, published: str | None) -> bool:
    """Whether `part` dates something two or more days from the main event, or in another week/month/year."""
    if when.value is None or not DATE_HINT_RE.search(part):
        return False
    d = extract_date(part, [(0, len(part))], published)
    if d.value is None:
        return False
    main, other = date.fromisoformat(when.value), date.fromisoformat(d.value)
    # Compared at the coarser precision: a report's date and its event's may be a night apart, and "last
    # week" (read as a week before publication) is never yesterday's attack but may be five days ago.
    coarse = {when.precision, d.precision}
    if "year" in coarse:
        return main.year != other.year
    if "month" in coarse:
        return (main.year, main.month) != (other.year, other.month)
    return abs((other - main).days) >= (4 if "week" in coarse else 2)


_ANNIVERSARY_RE = compile_scan(r"\b(?:anniversary|commemorat\w*)\b")
# A title that says the story remembers: "Mogadishu remembers victims of deadliest bombing", "Qana remembers, 20
# years on", "Bojaya victims laid to rest after 17 years" (not "Five killed in newsroom; suspect had sued paper",
# whose lede's "six years ago" is the suspect's lawsuit).
_REMEMBRANCE_TITLE_RE = compile_scan(
    r"\b(?:remembers?|remembering|remembrance|marks?|commemorat\w*|mourns?|anniversary|memorial|"
    r"(?:years?|decades?)\s+(?:on|after|later)|laid\s+to\s+rest)\b"
)
# "On the anniversary of the 2001 attacks, a gunman killed two people": after the day of remembrance, a clause of
# its own (not "..., which killed", "... that killed") reports a new act; after "Twelve years ago on Friday," the
# clause is the old act itself.
_ACT_AFTER_RECALL_RE = compile_scan(
    r",\s+(?:(?!(?:which|that|who|when|where|in|and|says?|said|recall\w*|remember\w*)\b)[\w-]+\s+){1,4}?"
    r"(?:attacked|killed|opened\s+fire|stormed|bombed|shot|stabbed|exploded|struck|ambushed)\b"
)


# The act's day told as the anniversary: "on Wednesday, the fourth anniversary of", "on 3 January, the anniversary".
_DAY_IS_ANNIVERSARY_RE = compile_scan(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:\s+[a-z]+(?:\s+\d{4})?)?),\s+the\s+"
    r"(?:[a-z]+\s+)?$"
)

# The crowd the act struck, gathered for the day: "as crowds gathered on 3 January 2024 to mark the fourth
# anniversary of his killing".
_GATHERED_TO_MARK_RE = compile_scan(
    r"\b(?:gathered|gathering|assembled|massed|marched|marching|converged|rallied)\b[^.;]{0,60}?\bto\s+"
    r"(?:mark|commemorate|observe|honou?r)\s+the\s+(?:[a-z]+\s+)?$"
    # ("blew themselves up ... among crowds marking the fourth anniversary of his killing")
    r"|\b(?:crowds?|mourners|pilgrims|worshippers|thousands)\s+(?:marking|commemorating|observing|honou?ring)\s+the\s+"
    r"(?:[a-z]+\s+)?$"
)


def _act_on_remembrance_day(low: str, opening: tuple[int, int]) -> bool:
    """Whether the opening reports a new act on a day of remembrance: "On the eve of the anniversary of the siege,
    a gunman killed two", "Two blasts struck the crowd on Wednesday, the fourth anniversary of his killing" (never
    "the anniversary of the bombing, which killed 22")."""
    rm = _ANNIVERSARY_RE.search(low, *opening)
    if rm is None:
        return False
    if (
        _DAY_IS_ANNIVERSARY_RE.search(low, max(opening[0], rm.start() - 40), rm.start())
        and _ACT_RE.search(low, opening[0], rm.start()) is not None
    ):
        return True  # "Two explosions struck crowds ... on Wednesday, the fourth anniversary of his killing"
    if (gm := _GATHERED_TO_MARK_RE.search(low, max(opening[0], rm.start() - 100), rm.start())) and _ACT_RE.search(
        low, opening[0], gm.start()
    ):
        return True  # "Two bombs exploded ... as crowds gathered on 3 January 2024 to mark the fourth anniversary"
    return _ACT_AFTER_RECALL_RE.search(low, rm.end(), opening[1]) is not None


# The past a record is measured against, not an attack remembered: "the worst unrest since independence three
# decades ago", "the deadliest attack since the war ended 15 years ago".
_BENCHMARK_BEFORE = compile_scan(
    r"\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest|most\s+[a-z]+)\b[^.;]{0,60}?\bsince\s+"
    r"(?:[\w'-]+\s+){0,6}$"
)


def _recalls(low: str, opening: tuple[int, int]) -> bool:
    """Whether the opening remembers an attack ("mark the anniversary of the bombing that killed 22") rather than
    reports one; "gunmen attacked a ceremony commemorating ..." reports an attack on the remembrance."""
    rm = _RECALL_RE.search(low, *opening)
    while rm is not None and _BENCHMARK_BEFORE.search(low, max(opening[0], rm.start() - 120), rm.start()):
        rm = _RECALL_RE.search(low, rm.end(), opening[1])  # "the worst unrest since independence three decades ago"
    return (
        rm is not None
        and not _ACT_RE.search(low, opening[0], rm.start())
        and not _act_on_remembrance_day(low, opening)
    )


def _days_old_toll_in_opening(low: str, opening: tuple[int, int], mentions: list[Mention]) -> bool:
    """Whether the opening's own toll is of this week: "remanded in custody ... after three people were stabbed to
    death on Friday evening at a festival marking Solingen's 650th anniversary" reports a new attack, whatever the
    court or the anniversary in the same sentence."""
    # the day told with the toll itself, not with a saying or a gathering elsewhere in the sentence ("Relatives of
    # the 85 people who died ... said on Saturday")
    return any(
        m.sent == 0
        and m.kind in ("killed", "injured")
        and (rm := RELATIVE_RE.search(low, m.start, min(opening[1], m.end + 30))) is not None
        and (rm.group("wd") or rm.group("rel") in ("yesterday", "last night", "this morning", "overnight"))
        for m in mentions
    )


# How close to publication the act told after a remembering opening must be dated to be a new one.
_NEW_ACT_DAYS = 7


def _judged_act_this_week(text: str, low: str, opening: tuple[int, int], published: str | None) -> bool:
    """Whether the opening's charge is for an act of the last few days: "A man has appeared in court charged with
    the murder of a father of three in Cork at the weekend" reports the killing as much as the court, where "the
    trial of a man accused of killing 10 in 2019" does not."""
    jm = _JUDGED_RE.search(low, *opening)
    pub = parse_published(published)
    if jm is None or pub is None or not DATE_HINT_RE.search(text, jm.end(), opening[1]):
        return False
    d = extract_date(text[jm.end() : opening[1]], [(0, opening[1] - jm.end())], published)
    # ("at the weekend" is read as its Saturday, at a week's precision)
    return d.precision in ("day", "week") and d.value is not None and (
        (pub - date.fromisoformat(d.value)).days <= _NEW_ACT_DAYS
    )


def _new_act_after_recall(
    text: str, low: str, spans: list[tuple[int, int]], mentions: list[Mention], published: str | None
) -> bool:
    """Whether, after an opening that remembers ("Mourners gathered on Monday to mark a year since the attack"), the
    first figure's own sentence reports a new act dated in the days before publication ("In Gaza, a strike killed
    12 people on Tuesday"). The remembered attack's figures are undated or dated long before."""
    counted = [m.sent for m in mentions if m.kind in ("killed", "injured", "hit") and m.sent > 0]
    pub = parse_published(published)
    if not counted or pub is None:
        return False
    a, b = spans[min(counted)]
    if not _reports_act(low, a, b) or recalls_other_event(low, a, b) or not DATE_HINT_RE.search(text, a, b):
        return False
    d = extract_date(text[a:b], [(0, b - a)], published)
    return d.precision == "day" and d.value is not None and (pub - date.fromisoformat(d.value)).days <= _NEW_ACT_DAYS


def _recount_without(inc: Incident, cas: Casualties) -> None:
    """The main incident's counts with the sentences of the separate incidents left out: "On Friday, a drone
    strike on Sumy killed two and wounded nine" gives its nine to Sumy's incident, not to Kherson's."""
    for k in ("killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high"):
        inc[k] = getattr(cas, k)
    kept = [e for e in inc["evidence"] if e["field"] not in ("killed", "injured")]
    inc["evidence"] = sorted(kept + list(cas.evidence), key=lambda e: (e["start"], e["field"]))


_SEPARATE_RE = compile_scan(rf"\b(?:{OTHER_EVENT})\b")  # run on the lower-cased text
_SAME_DAY_LATER_RE = compile_scan(
    r"\b(?:hours|minutes)\s+later\b|\blater\s+(?:that|the\s+same)\s+day\b|\b(?:near-)?simultaneous\b|"
    r"\bthe\s+same\s+(?:day|night|morning|evening)\b"
)
_ANOTHER_ACT_RE = compile_scan(
    # "A near-simultaneous truck bomb at the US embassy in Dar es Salaam", "A second, smaller blast"
    # ("Near-simultaneous attacks at the Kadhimiya shrine in Baghdad killed 58 more": the plural, with no article)
    r"\b(?:another|a\s+second|(?:a\s+)?(?:near-)?simultaneous|(?:a\s+)?parallel)\s*,?\s+(?:[\w-]+,?\s+){0,2}?"
    # ("Hours later, a second bomber struck a mosque in Hangu district": the act told by its agent)
    r"(?:attack|blast|explosion|bombing|bomb|shooting|strike|ambush|raid|(?:suicide\s+)?bomber|gunman|attacker)s?\b"
)
# Words that report an act of violence in the sentence itself (a later toll, a body found, does not).
_ACT_RE = compile_scan(
    # ("Kerman bombings: Two suicide bombers blew themselves up ... among crowds marking the fourth anniversary")
    r"\b(?:attack(?:ed|s)?|strikes?|struck|shell(?:ing|ed)|bomb(?:ings?|ed|ers?|s)?|blasts?|explosions?|exploded|"
    r"blew\s+(?:themselves|himself|herself)\s+up|"
    r"shot|shooting|opened\s+fire|stormed|raid(?:ed)?|ambush(?:ed)?|rockets?|missiles?|drones?|airstrikes?|"
    r"gunm[ae]n|stabb(?:ed|ing)|clash(?:es|ed)?|killed|killing|"
    # "when an explosive device went off at a house", "when a shop was set alight": a blast's and a fire's acts
    r"went\s+off|detonated|explosive\s+devices?|grenades?|set\s+(?:alight|ablaze|on\s+fire)|arson|"
    r"firebomb(?:ed|ing)?|petrol\s+bombs?)\b"
)
# Sentences that carry the same event on: more bodies, those who died of wounds, an updated toll.
_SEQUEL_RE = compile_scan(
    r"\b(?:(?:more|further|additional|other)\s+(?:bodies|dead|victims|remains)|bodies|remains|toll|"
    r"of\s+the\s+(?:wounded|injured|dead)|later\s+died|succumbed|died\s+(?:of|from)\s+(?:their|his|her)\s+"
    # ("Thirteen people died in the days after the attack, and a fourteenth victim ... died in 2020": the attack's
    # dead, counted on as they died)
    r"(?:wounds|injuries)|died\s+in\s+the\s+(?:days|weeks|months|hours)\s+(?:after|following))\b"
)


# A sentence opened by its own day: "On Monday, ...", "Late on Sunday, ...", "On Monday night, ...".
_DAY_OPENER = compile_scan(
    r"\W*(?:(?:late|early)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,"
)


def _separate_incidents(
    text: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    main: Incident,
    published: str | None,
    others_at: int,
) -> list[tuple[Incident, int]]:
    """Casualty reports of another event become incidents of their own.

    "Another event" is a sentence that reports an act of its own (not more bodies or a toll update) and
    that the text marks as separate ("Separately, ...") or that happened two or more days away or in
    another admin1/place: a lede total's part reported "after midnight" in the same district stays inside
    the main incident.
    """
    out: list[tuple[Incident, int]] = []
    seen_dates = {main["event_date"]}
    seen_sents: set[int] = set()
    low = ascii_lower(text)
    # A sentence's act, date and place depend on the sentence alone: a sentence that reports both its dead and
    # its wounded is read once, not once per figure.
    read: dict[int, tuple[bool, bool, EventDate]] = {}
    located: dict[int, Location] = {}
    for m in mentions:
        if len(out) >= 5:
            break
        if m.kind not in ("killed", "injured") or m.sent == 0 or m.update or m.sent in seen_sents:
            continue
        a, b = spans[m.sent]
        if m.sent not in read:
            act = not _SEQUEL_RE.search(low, a, b) and bool(_ACT_RE.search(low, a, b))
            separate = act and (
                b > others_at or bool(_SEPARATE_RE.search(low, a, b)) or _continues_other_event(low, spans, m.sent)
            )
            when = EventDate()
            if act and DATE_HINT_RE.search(text, a, b):
                when = extract_date(text[a:b], [(0, b - a)], published)
            read[m.sent] = (act, separate, when)
        act, separate, when = read[m.sent]
        if not act:
            continue
        if when.value is not None and when.start is not None and when.end is not None:
            when = EventDate(when.value, when.precision, when.start + a, when.end + a)
        elif not separate:
            if not _ANOTHER_ACT_RE.search(low, a, b):
                continue
            # "Hours later, another blast at a mosque in Hangu district killed five people": another act of the
            # same day, in another division than the main one's, is an event of its own
            if m.sent not in located:
                located[m.sent] = resolve_location(text[a:b])
            other = located[m.sent]
            if not (
                other.geo_precision in ("place", "admin1")
                and other.country == main["country"]
                and main["admin1"] is not None
                and other.admin1 is not None
                and other.admin1 != main["admin1"]
                # "A near-simultaneous truck bomb at the US embassy in Dar es Salaam, Tanzania": another country
                or other.country is not None
                and main["country"] is not None
                and other.country != main["country"]
            ):
                continue
            separate = True
        if not separate and (main["event_date"] is None or when.value in seen_dates):
            continue
        if not separate and when.start is not None and told_day(text, when.start, a):
            continue  # "an airstrike that killed seven civilians, the organization said today": the day it was said
        if not separate and when.end is not None and step_day(low, when.end):
            continue  # "A federal jury on Wednesday sentenced Bowers to death for the massacre of 11": the court's day
        if m.sent not in located:
            located[m.sent] = resolve_location(text[a:b])
        loc = located[m.sent]
        elsewhere = loc.geo_precision in ("place", "admin1") and (
            (loc.admin1 or loc.location) != (main["admin1"] or main["location"])
        )
        if not separate:
            assert when.value is not None
            days_apart = abs((date.fromisoformat(when.value) - date.fromisoformat(main["event_date"])).days)
            # "On Monday, Russian shelling of the city killed two men" in a report of Tuesday's strike: a sentence
            # the other day opens tells its own event, even the day before
            opened = days_apart == 1 and main["date_precision"] == "day" and _DAY_OPENER.match(low, a) is not None
            if days_apart < 2 and not elsewhere and not opened:
                continue
        if when.value is not None:
            seen_dates.add(when.value)
        seen_sents.add(m.sent)
        inc = empty_incident()
        for k in ("killed", "injured"):
            same = [x for x in mentions if x.sent == m.sent and x.kind == k]
            if same:
                inc[k], inc[k + "_low"], inc[k + "_high"] = same[0].value, same[0].low, same[0].high
                inc["evidence"].append(
                    Evidence(field=k, start=same[0].start, end=same[0].end, text=text[same[0].start : same[0].end])
                )
        inc["event_date"], inc["date_precision"] = when.value, when.precision
        if when.value is None and _SAME_DAY_LATER_RE.search(low, a, b):
            inc["event_date"], inc["date_precision"] = main["event_date"], main["date_precision"]  # "Hours later"
        inc["country"] = main["country"]
        if loc.country is not None and loc.country != main["country"] and loc.geo_precision in ("place", "admin1"):
            inc["country"] = loc.country  # "a near-simultaneous truck bomb at the US embassy in Dar es Salaam"
        if loc.country == inc["country"] and loc.geo_precision:
            for k in ("admin1", "location", "lat", "lon", "geo_precision"):
                inc[k] = getattr(loc, k)
            if inc["admin1"] is None and loc.geo_precision == "place":
                inc["admin1"] = main["admin1"]
            for ev in loc.evidence:
                inc["evidence"].append(
                    Evidence(field=ev["field"], start=ev["start"] + a, end=ev["end"] + a, text=ev["text"])
                )
        if when.start is not None and when.end is not None:
            inc["evidence"].append(
                Evidence(field="event_date", start=when.start, end=when.end, text=text[when.start : when.end])
            )
        attack_type, attack_ev = classify_attack(text[a:b], b - a, True)
        weapon, weapon_ev = find_weapon(text[a:b])
        inc["attack_type"], inc["weapon"] = attack_type, weapon
        for ev in attack_ev + weapon_ev:
            inc["evidence"].append(
                Evidence(field=ev["field"], start=ev["start"] + a, end=ev["end"] + a, text=ev["text"])
            )
        inc["evidence"].sort(key=lambda e: (e["start"], e["field"]))
        _check(inc, published)
        out.append((inc, m.sent))
    return out[:5]


_PLACE_FIELDS = ("country", "admin1", "location", "lat", "lon", "geo_precision")


def _relocate(inc: Incident, loc: Location) -> None:
    """The incident's place, and its evidence, from another reading of the text."""
    for k in _PLACE_FIELDS:
        inc[k] = getattr(loc, k)
    kept = [e for e in inc["evidence"] if e["field"] not in _PLACE_FIELDS]
    inc["evidence"] = sorted(kept + list(loc.evidence), key=lambda e: (e["start"], e["field"]))


def _days_before(other: Incident, main: Incident) -> int:
    """How many days before the main incident another one happened (0 when either is undated or it is later)."""
    if other["event_date"] is None or main["event_date"] is None:
        return 0
    return (date.fromisoformat(main["event_date"]) - date.fromisoformat(other["event_date"])).days


def _continues_other_event(low: str, spans: list[tuple[int, int]], si: int) -> bool:
    """Whether sentence `si` goes on with another event its paragraph opened: "Elsewhere, a drone attack on Sumy
    killed two. A guided bomb also struck Kupiansk, wounding three" is the day's other strikes, not more of
    the lede's. The sentence before must itself report an act marked as separate, in the same paragraph."""
    if si < 2:
        return False
    a, b = spans[si - 1]
    if "\n" in low[b : spans[si][0]]:
        return False  # a new paragraph: the text may be back at its main event
    return bool(_SEPARATE_RE.search(low, a, b) and _ACT_RE.search(low, a, b))


# "3/10/2023": which number is the day depends on the event's country, known only once places are read.
_AMBIGUOUS_NUMERIC_DATE = compile_scan(
    r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b|\b[Oo]n\s+(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])\b(?![/\d])"
)


def _check(inc: Incident, published: str | None) -> None:
    """Enforce the loader's invariants here, so a parser slip nulls a field instead of failing a row."""
    for k in ("killed", "injured"):
        best, lo, hi = inc[k], inc[k + "_low"], inc[k + "_high"]
        if best is not None and best < 0:
            inc[k] = inc[k + "_low"] = inc[k + "_high"] = None
            continue
        if lo is not None and best is not None and lo > best:
            inc[k + "_low"] = best
        if hi is not None and best is not None and hi < best:
            inc[k + "_high"] = best
    pub = parse_published(published)
    if pub and inc["event_date"] and inc["event_date"] > pub.isoformat():
        inc["event_date"] = inc["date_precision"] = None
    for k, lim in (("lat", 90.0), ("lon", 180.0)):
        if inc[k] is not None and not -lim <= inc[k] <= lim:
            inc["lat"] = inc["lon"] = inc["geo_precision"] = None
    if inc["country"] is not None and not re.fullmatch(r"[A-Z]{2}", inc["country"]):
        inc["country"] = None
