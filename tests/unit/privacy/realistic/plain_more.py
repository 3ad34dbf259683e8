"""More harmless sentences, as (dev, test) pairs: hard negatives of every sort.

Names that are words used as words, service and legal roles, benefits and
acronyms, numbers that are not identifiers (911, 211, years, money, ages of a
whole group), holidays, nations and languages. Nothing here identifies anyone.
"""

from __future__ import annotations

PAIRS: dict[str, list[tuple[str, str]]] = {
    "open": [
        (
            "Hope was the word most people picked at check-in.",
            "Grace, patience and rest were the words on the board tonight.",
        ),
        (
            "Overall a calm night, {count} women and no one new.",
            "Afterwards a few stayed for tea, the rest had buses to catch.",
        ),
        (
            "Stormy weather, so only {count} made it.",
            "Snow day energy, people were cosy and chatty.",
        ),
        (
            "We started with the sunshine check-in, one good thing from the week.",
            "Started with the weather report check-in, sunny, cloudy or stormy.",
        ),
    ],
    "worked": [
        (
            "The angel cards were a hit, everyone picked one for the week.",
            "Diamond painting at the break kept hands busy.",
        ),
        (
            "Canned peaches and cherry tomatoes from the food bank made a good snack.",
            "Candy bowl was empty by the break, as usual.",
        ),
        (
            "We shared the Raven story the Elder told last month.",
            "The Elder told a story about the buffalo, and people were quiet after.",
        ),
        (
            "People wore their bunny hugs and it felt like a sleepover.",
            "Everyone got a gold star sticker for showing up, silly but they loved it.",
        ),
        (
            "Treasure hunt for strengths was fun, {count} strengths each on average.",
            "The lucky dip with kind notes worked well again.",
        ),
        (
            "Sugar and caffeine at 8 pm was not my best idea, but people laughed.",
            "The honey and ginger tea went fast again.",
        ),
        (
            "Talking about {theme} in {nation} and English at the same time worked well.",
            "Two women translated for each other in {nation}, which was lovely.",
        ),
        (
            "Finding Our Voices is really coming together as a group.",
            "The Growth Circle part is starting to feel like a real circle.",
        ),
        (
            "Joy came back into the room after the music.",
            "Faith and family came up a lot, in a good way.",
        ),
        (
            "The summer picnic idea got everyone excited.",
            "Dawn walks came up as a self-care idea, for the early risers.",
        ),
    ],
    "change": [
        (
            "The video was {minutes} minutes, too long for a Thursday.",
            "Keep the break to {minutes} minutes, we lost people last time.",
        ),
        (
            "Maybe do the amber and sage smudge at the start, not the end.",
            "Skip the sky drawing, nobody liked it.",
        ),
        (
            "Book the interpreter for {nation} two weeks ahead next time.",
            "Ask for a {nation} speaker for the intake day.",
        ),
    ],
    "safety": [
        (
            "Reminded everyone they can call 911 or 211, and the crisis line is on the card.",
            "Went over 988 and the sexual assault line again.",
        ),
        (
            "Ages in the group range from about 19 to 55.",
            "Most of the group is in their twenties and thirties.",
        ),
        (
            "The Crown prosecutor talk is booked for week {week}, general questions only.",
            "Duty counsel and Legal Aid came up, in general.",
        ),
        (
            "AISH and income support came up a lot, money is tight for everyone.",
            "People asked about EI and the GST cheque.",
        ),
        (
            "Child welfare came up again, it is the biggest fear in the room.",
            "The police liaison role came up, some want it and some do not.",
        ),
        (
            "Since 2019 the program has moved rooms three times.",
            "The shelter count in {city} went up this year, someone read about it.",
        ),
        (
            "Kids under 12 can come to the family night with a parent.",
            "The program is for women 18 and over, we said it again.",
        ),
    ],
    "follow": [
        (
            "Buy a box of ginger tea and some honey, about $20.",
            "Bus tickets cost $3.60 each now, ask for 40.",
        ),
        (
            "Ask the Elder if she can come for {holiday}.",
            "Plan something small for {holiday}, people asked.",
        ),
        (
            "Tell the coordinator we need {count} chairs, not {count}.",
            "Room {room} is booked for weeks {week} and {week}.",
        ),
        (
            "Call victim services on {weekday} for the general brochure order.",
            "Email the outreach team about the {month} schedule.",
        ),
        (
            "Print the {activity} sheet, {count} copies.",
            "Check the cupboard for {activity} supplies.",
        ),
    ],
    "self": [
        (
            "I am lucky to do this work.",
            "Summer cannot come soon enough, I need the sun.",
        ),
        (
            "Grace for myself tonight, I was not at my best.",
            "Joy and tiredness at the same time, a good night.",
        ),
    ],
}


# Working names and nicknames used as words, general places, and numbers that look
# like ages or file numbers but are not.
PAIRS_WORDS: dict[str, list[tuple[str, str]]] = {
    "open": [
        (
            "Lucky for us the heat came back on just before {time}.",
            "Misty morning, misty moods, but people warmed up.",
        ),
        (
            "Ginger cookies were gone in ten minutes.",
            "Candy canes on the table because it is nearly {holiday}.",
        ),
        (
            "Met in room 204 again, bus 23 was late for a few.",
            "Route 301 is still on detour, so {count} came late.",
        ),
    ],
    "worked": [
        (
            "The butterfly hug for grounding worked for almost everyone.",
            "Star of the night was the drumming, the Elder brought two hand drums.",
        ),
        (
            "We made paper snow flakes and a sky full of stars for the wall.",
            "Blossom and seed cards for the hopes activity looked lovely.",
        ),
        (
            "Pages 12-14 of the workbook took the whole second half.",
            "Step 3 of the safety plan got a lot of questions.",
        ),
        (
            "Sage and sweetgrass for the smudge, thanks to the Elder.",
            "Willow branches and beads for the dream catchers, it was calm.",
        ),
        (
            "The kids' corner with princess colouring books kept {count} little ones busy.",
            "Cookie decorating at the break, so silly and so good.",
        ),
        (
            "Passion came up when we talked about what we want to do with our lives.",
            "Precious time together, someone said, and others agreed.",
        ),
    ],
    "change": [
        (
            "Start at 6:30 not 7, people need to leave by 8:30.",
            "The 20-week length feels long for some, ask the coordinator.",
        ),
        (
            "Midnight curfew at the shelters means some leave early, plan for it.",
            "Honey, lemon and ginger next time instead of coffee.",
        ),
    ],
    "safety": [
        (
            "Pepper spray came up, we talked about what the law allows in general.",
            "The storm of feelings after the video was real, we slowed down.",
        ),
        (
            "A few talked about the north end and the east side in general, no details.",
            "Downtown came up as unsafe at night for a lot of the group.",
        ),
        (
            "Some have been in the life for 10 years or more, they said.",
            "Three of the moms have kids in care, which we talked about generally.",
        ),
        (
            "Rent of $1,200 a month is out of reach for most in the group.",
            "The 2024 report on shelters in {province} came up.",
        ),
        (
            "We talked about angels and guardians, and who feels safe.",
            "Sunshine and fresh air came up as simple things that help.",
        ),
    ],
    "follow": [
        (
            "Bring chapter 4 of the workbook and {count} pens.",
            "Photocopy pages 20-22 for week {week}.",
        ),
        (
            "Ask about Highway 2 rides to {city} for the conference.",
            "Look into the bus from {city} to {city} for the family visit day.",
        ),
        (
            "Order more Raven and Coyote story books for the kids' corner.",
            "Get the Treasure Chest game from the resource room.",
        ),
    ],
    "self": [
        (
            "Blessed to do this, even on hard nights.",
            "Sky was pink driving home, I stopped to look.",
        ),
    ],
}


def for_split(split: str) -> dict[str, list[str]]:
    """The sentences of one split: first of each pair for ``dev``, second for ``test``."""
    index = 0 if split == "dev" else 1
    out: dict[str, list[str]] = {}
    for table in (PAIRS, PAIRS_WORDS):
        for section, pairs in table.items():
            out.setdefault(section, []).extend(pair[index] for pair in pairs)
    return out
