"""Harmless sentences for the notes, many of them hard negatives for the guard.

Nothing here identifies anyone, but a lot of it looks as if it might: words that
are also names ("hope", "Grace", "ginger tea", "lucky"), holidays, nations and
languages, program and activity titles, legal and service roles, cities and
provinces, weekdays and months, and numbers that are not identifiers (times,
minutes, counts, week numbers). ``{slot}`` values come from the lists below
(unlabelled). Like the templates, even entries are ``dev``, odd are ``test``.
"""

from __future__ import annotations

from tests.unit.privacy.realistic.people import _words

OPEN = [
    "{count} women came tonight, {new} of them new.",
    "Started at {time} sharp, which never happens.",
    "Week {week}, and the room felt settled from the start.",
    "Only {count} of us tonight because of the snow.",
    "The room was cold again so we kept our coats on for the check-in.",
    "We opened with the grounding and everyone joined in.",
    "Energy was low at first, a lot of people came straight from work.",
    "It was a full room, {count} of us, and we ran out of chairs.",
    "Quiet start; people were still thinking about last week.",
    "We began {minutes} minutes late because the door was locked.",
    "Good mood tonight, maybe because of the sunshine.",
    "The {weekday} group was smaller than usual.",
    "Grace before the meal was led by the Elder, which people liked.",
    "We had {count} women and two volunteers from victim services.",
    "{weekday} night, {count} women, and lots of laughing at the start.",
    "Tonight was week {week} of {weeks}, so we are past halfway.",
]

WORKED = [
    "{activity} went really well, people wanted more time.",
    "We did {activity} and it landed better than last time.",
    "The talk about {theme} opened things up.",
    "People said they felt hope for the first time in a while.",
    "There was real joy in the room during the movement piece.",
    "Faith came up as a source of strength for a few women.",
    "We talked about grace, and giving it to ourselves.",
    "The ginger tea was a hit, bring more.",
    "Someone said she felt lucky to have found this group.",
    "The treasure box activity with small stones worked well.",
    "We made bracelets with amber and jade beads.",
    "The {nation} women taught the group a few words in their language.",
    "The Elder opened with a smudge and a prayer in {nation}.",
    "Lots of sharing about {holiday} and how hard it can be.",
    "We read the poem about the dawn and sat with it for {minutes} minutes.",
    "Summer plans came up, mostly parks and rest.",
    "The drawing piece took {minutes} minutes and nobody wanted to stop.",
    "People liked working in pairs more than in the big circle.",
    "Honey on the toast at break went down well.",
    "The bunny ears on the craft were silly and everyone laughed.",
    "Having the Crown prosecutor explain court in general terms helped.",
    "The child welfare worker answered questions without naming anyone, which was good.",
    "{count} of us stayed after to finish the group quilt.",
    "Victim services explained what a peace bond is, in general.",
    "Rose petals on the table were a nice touch for {activity}.",
    "The part on {theme} got people talking.",
]

CHANGE = [
    "Next time start {activity} earlier, we rushed it.",
    "Shorter check-in, it took {minutes} minutes.",
    "I talked too much, leave more silence.",
    "Bring a timer; the writing part ran {minutes} minutes over.",
    "The room by the kitchen is too loud, ask for room {room}.",
    "Maybe skip {activity} for this group, it was too much.",
    "Need more snacks: {count} people and only one box of crackers.",
    "Set up the chairs in a circle before {time}.",
    "Print the handout in large text, page {page} was hard to read.",
    "Ask the coordinator about moving to {weekday} nights in {month}.",
    "Less paperwork at the start, it felt like an office.",
    "Check the interpreter schedule for {nation} for week {week}.",
    "Do not plan anything big around {holiday}, people will be away.",
    "Try the {activity} warm-up again but slower.",
]

SAFETY = [
    "No safety concerns tonight.",
    "Nothing came up about safety that needs follow-up.",
    "One woman was upset after the video, we took a break and she was okay.",
    "A couple of people mentioned court dates, we kept it general.",
    "Reminded everyone about the crisis line and the safety plan handout.",
    "We talked about safety planning around {holiday} in general terms.",
    "Someone asked how victim services works; I gave the general number sheet.",
    "The legal advocate will come in {month} to talk about protection orders.",
    "A few women talked about the stroll in general, not about anyone.",
    "Talked about trusting your gut, and green and red flags.",
    "The child welfare worker stuff is a big fear for a lot of the moms.",
    "Nobody shared anything that needs reporting.",
    "We had {count} women say they feel safer than at the start of the program.",
    "People talked about moving to {city} or back to {province} to be safe.",
    "Someone mentioned the shelters in {city} are full most nights.",
    "Probation officers came up as a stress, in general.",
]

FOLLOW = [
    "Bring the {activity} cards next week.",
    "Remind everyone that week {week} is the potluck.",
    "Order more workbooks, we are down to {count}.",
    "Check with the coordinator about bus tickets for {month}.",
    "Ask the Elder if she can come back for week {week}.",
    "Print {count} copies of the safety plan template.",
    "Find a {nation} interpreter for the next intake.",
    "Look up the {holiday} hours for the building.",
    "Book the big room for {weekday}, {month} {day}.",
    "Email the coordinator the attendance count, {count} tonight.",
    "Get more ginger tea and honey.",
    "Make sure the {activity} supplies are in the cupboard.",
    "Ask victim services for the new brochures.",
    "Next week is week {week}, {theme}.",
]

SELF = [
    "I felt tired but good afterwards.",
    "Went for a walk after, needed the air.",
    "Heavy night, I will call my support person tomorrow.",
    "I am proud of this group.",
    "Note to self: rest this weekend, it has been a lot.",
    "Supervision on {weekday} will help.",
    "I had a cry in the car, then felt better.",
    "Hope is a practice, not a feeling, I need to remember that.",
    "Grateful for my co-facilitator tonight.",
    "Made myself ginger tea and went to bed early.",
    "Took {minutes} minutes to sit quietly before driving home.",
    "I felt lucky to be part of tonight.",
]

SECTIONS: dict[str, list[str]] = {
    "open": OPEN,
    "worked": WORKED,
    "change": CHANGE,
    "safety": SAFETY,
    "follow": FOLLOW,
    "self": SELF,
}


def for_split(split: str) -> dict[str, list[str]]:
    """The harmless sentences of one split: even positions and first of each pair for ``dev``."""
    from tests.unit.privacy.realistic import plain_more

    offset = 0 if split == "dev" else 1
    more = plain_more.for_split(split)
    return {name: items[offset::2] + more.get(name, []) for name, items in SECTIONS.items()}


HEADERS = {
    "open": ("Session:", "Group:", "Check-in:"),
    "worked": ("What worked:", "Went well:", "Good:"),
    "change": ("What to change:", "Next time:", "Change:"),
    "safety": ("Safety:", "Concerns:", "Safety concerns:"),
    "follow": ("Follow-up:", "To do:", "Follow ups:"),
    "self": ("Self-care:", "Me:", "For me:"),
}
"""Headings some facilitators put in front of each part."""

HOLIDAYS = _words(
    """
    Christmas, Thanksgiving, Family Day, Easter, Eid, Diwali, Vaisakhi, Canada Day, Mother's Day,
    National Indigenous Peoples Day, Orange Shirt Day, New Year's, Halloween, Ramadan,
    Remembrance Day, Victoria Day, Lunar New Year, Boxing Day, Labour Day, Heritage Day,
    """
)
NATIONS = _words(
    """
    Cree, Blackfoot, Siksika, Stoney Nakoda, Tsuut'ina, Métis, Dene, Ojibwe, Punjabi, Somali,
    Tigrinya, Amharic, Tagalog, Ukrainian, Vietnamese, French, Arabic, Spanish, Inuktitut,
    Michif, Filipino, Eritrean, Kainai, Piikani, Nakota, Saulteaux,
    """
)
CITIES = _words(
    """
    Calgary, Edmonton, Red Deer, Lethbridge, Medicine Hat, Airdrie, Grande Prairie,
    Fort McMurray, Saskatoon, Regina, Winnipeg, Vancouver, Cochrane, Okotoks, Brooks, Camrose,
    """
)
PROVINCES = _words("Alberta, Saskatchewan, BC, Manitoba, Ontario, the Maritimes, Quebec")
WEEKDAYS = _words("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday")
MONTHS = _words(
    "January, February, March, April, May, June, July, August, September, October, "
    "November, December"
)
