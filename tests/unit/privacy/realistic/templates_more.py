"""More identifying templates, written as (dev, test) pairs so the splits stay balanced.

Each pair carries the same kinds of slot in different words, so the held-out
split tests the same skills with sentences the guard was never tuned on.
"""

from __future__ import annotations

PAIRS: dict[str, list[tuple[str, str]]] = {
    "open": [
        (
            "{full} and her cousin {first} came together tonight.",
            "Two sisters came tonight, {first} and {nick} {sur}.",
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


def for_split(split: str) -> dict[str, list[str]]:
    """The templates of one split: first of each pair for ``dev``, second for ``test``."""
    index = 0 if split == "dev" else 1
    return {section: [pair[index] for pair in pairs] for section, pairs in PAIRS.items()}
