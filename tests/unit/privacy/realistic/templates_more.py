"""More identifying templates, written as (dev, test) pairs so the splits stay balanced.

Each pair carries the same kinds of slot in different words, so the held-out
split tests the same skills with sentences the guard was never tuned on.
"""

from __future__ import annotations

PAIRS: dict[str, list[tuple[str, str]]] = {
    "open": [
        (
            "{full} and her cousin {first} came together tonight.",
            "Two sisters came tonight, {first} and {full}.",
        ),
        (
            "ran into {nick} at the bus stop and we walked in together.",
            "{work} was waiting outside when I got there, so we set up together.",
        ),
        (
            "Welcomed back {full}, who has been away since her surgery.",
            "Nice to see {full} again, it has been months.",
        ),
    ],
    "worked": [
        (
            "Later {work} said she might try the journal at home.",
            "After the break {work} told the group she has a job interview.",
        ),
        (
            "I loved that {nick} brought her own drawings for the wall.",
            "The best bit was {first} reading her letter out loud.",
        ),
        (
            "{first} and {work} did the role play and nailed it.",
            "{nick}, {first} and {work} sang during the cleanup, which was lovely.",
        ),
        (
            "When {first}'s turn came she said she was proud of herself.",
            "Even {nick}'s friend, who was just visiting, joined the circle.",
        ),
    ],
    "change": [
        (
            "Give {first} a heads up before we do the body map, it is triggering for her.",
            "I should warn {nick} next time before the video, it hit her hard.",
        ),
        (
            "Next week let {work} pick the music, she asked.",
            "Let {first} lead the grounding next time, she offered.",
        ),
    ],
    "safety": [
        (
            "Her ex {man} got a new girlfriend who follows her on the bus.",
            "{man}, the guy she was with before, is out on bail.",
        ),
        (
            "{first} is afraid of {mfull}, he threatened her sister too.",
            "She said {mfull} is the one who got her into the life.",
        ),
        (
            "She owes {sname} money and he keeps showing up at the shelter.",
            "She calls him {sname}, he runs the girls out of a house in {hood}.",
        ),
        (
            "{cityman} called the front desk pretending to be her brother.",
            "She is scared {cityman} will find out about the new place.",
        ),
        (
            "Her boyfriend {man} takes all her money, she said it lightly but I noticed.",
            "{first} said {man} hit her again on the weekend.",
        ),
        (
            "{first} is {age} and says {man} is twice her age.",
            "She told us she just turned {age} and he made her work on her birthday.",
        ),
        (
            "She was {teen} when she started at the {facility}.",
            "She has been on her own since she was {teen}.",
        ),
        (
            "Her baby is {kidage} months old and with her mom in {hood}.",
            "Her kids are {kidage} and {kidage} and in care right now.",
        ),
        (
            "She sees clients at the {facility} off {road}.",
            "She is staying at a motel on {road} by the week.",
        ),
        (
            "She got jumped near {corner} on Tuesday night.",
            "She works the corner at {corner} most nights.",
        ),
        (
            "She stays between her aunt's place in {hood} and the {facility}.",
            "She is couch surfing in {hood} since the {facility} kicked her out.",
        ),
        (
            "Her probation officer has her occurrence {case} wrong on the paperwork.",
            "The peace bond application is file {case}, hearing in the spring.",
        ),
    ],
    "follow": [
        (
            "Ms. {sur} at victim services wants to meet {first} next week.",
            "Check with Mrs. {sur}, the CFS worker, about {nick}'s visits.",
        ),
        (
            "Drive {first} to the {facility} on Monday for intake.",
            "Pick up {nick} at the {facility} at 5:30 for the court support night.",
        ),
        (
            "{work}'s worker is Ms. {sur}, call her about the daycare subsidy.",
            "Ask {first} if {kid} got into the after-school program.",
        ),
        (
            "{kid} turns {kidage} soon, {first} wants help finding a cheap present.",
            "Her daughter {kid} is {kidage} and needs a winter coat, size 8.",
        ),
        (
            "{full}, born {dob}, needs a letter for housing, do not file this.",
            "{first}'s number changed to {phone}, text before calling.",
        ),
        (
            "Her new place is {address}, basement suite, side door.",
            "She wants the donation pick-up at {address}, after 4.",
        ),
        (
            "Case number for the ID clinic: {case}.",
            "The Legal Aid file is {case}, her lawyer is new.",
        ),
        (
            "Her AHS number is {phn}, for the dental referral.",
            "She needs her Alberta health card replaced, number {phn}.",
        ),
    ],
    "self": [
        (
            "I dreamt about {first} last night, I need to talk to someone about it.",
            "Still thinking about what {work} said about {man}.",
        ),
    ],
}


# Names and places in every position, and the shorthand of a note typed in a hurry.
PAIRS_SHORT: dict[str, list[tuple[str, str]]] = {
    "open": [
        (
            "{count} tonight incl. {nick} w/ her baby.",
            "{count} ppl, {first} late b/c of the bus.",
        ),
        (
            "sat w/ {first} before group, she was shaky.",
            "Quick chat w/ {work} at the door, she is ok.",
        ),
    ],
    "worked": [
        (
            'Big moment: "{first}, you did that," said her partner in the pair work.',
            "The others clapped for {nick}, and she went red.",
        ),
        (
            "Her auntie {first} came to the open night and stayed for the circle.",
            "Her worker {first} dropped her off and said the group is helping.",
        ),
        (
            "Paired {nick} with {full}, good match.",
            "The letter exercise worked for everyone, even {work}.",
        ),
    ],
    "change": [
        (
            "Talk to my co-facilitator about how {first} gets talked over.",
            "I cut {nick} off by accident, apologise next week.",
        ),
    ],
    "safety": [
        (
            "{first} aka {work} is back on the stroll on {road}.",
            "Her street name is {work}, she said {sname} gave it to her.",
        ),
        (
            "She's at {facility} til the 15th, then nothing lined up.",
            "Staying at {facility} again, third time this yr.",
        ),
        (
            "She's moving back in w/ him in {hood}, I am worried.",
            "Her mom lives near {corner}, she might go there.",
        ),
        (
            "Occ # {case} from the assault last wk.",
            "CFS file {case}, worker changed again.",
        ),
        (
            "Said she's {age} but looks younger, check w/ coordinator.",
            "{nick} is pregnant, {age}, due in the spring.",
        ),
        (
            "He goes by {sname} and drives a black truck.",
            "The man she calls {sname} is back in town.",
        ),
    ],
    "follow": [
        (
            "f/u w/ {first} re: housing, ph {phone}.",
            "call {nick} back, {phone}, after 3.",
        ),
        (
            "Her PHN is {phn} - shred the intake copy.",
            "AB health # {phn} for the clinic form.",
        ),
        (
            "Check {url} is down, she asked.",
            "She wants help deleting {url}.",
        ),
        (
            "{full}'s lawyer called the office, call back.",
            "Letter for {full} for the landlord, no details.",
        ),
        (
            "Her son is {kidage}, she wants info on the summer camp.",
            "Her girl is {kidage} and starting grade 1 in {hood}.",
        ),
    ],
    "self": [
        (
            "Heavy one. {first}'s story stuck with me.",
            "I am worried about {nick} over the long weekend.",
        ),
    ],
}


def for_split(split: str) -> dict[str, list[str]]:
    """The templates of one split: first of each pair for ``dev``, second for ``test``."""
    index = 0 if split == "dev" else 1
    out: dict[str, list[str]] = {}
    for table in (PAIRS, PAIRS_SHORT):
        for section, pairs in table.items():
            out.setdefault(section, []).extend(pair[index] for pair in pairs)
    return out
