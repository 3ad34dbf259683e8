"""Sentences that carry an identifier, in a facilitator's voice, by part of the note.

``{slot}`` marks where a labelled value goes (see ``maker.py`` for the slots).
Each list is split between the corpora by position: even entries are ``dev``
templates, odd entries ``test`` templates, so the held-out split never reuses a
sentence the guard could be tuned on. Write new templates in pairs.
"""

from __future__ import annotations

OPEN = [
    "{first} came in late but stayed for the whole circle.",
    "Nine of us tonight, and {nick} brought her little one in the stroller.",
    "{full} was back after missing two weeks.",
    "{nick} and {first} arrived together, first time both came.",
    "we started late because {first} had to find parking.",
    "{work} showed up right at the start and took the chair by the door.",
    "New face tonight: {full}, referred by her outreach worker.",
    "{first}'s sister dropped her off, she looked tired.",
    "{nick} was the first one here and helped set up the chairs.",
    "Small group, only six, {first} and {nick} were missing.",
    "{first} brought {kid} because the sitter cancelled.",
    "Good turnout; {work} came back for the first time since spring.",
    "{nick} was in a good mood and joked the whole check-in.",
    "Everyone seemed tired except {first}, who was buzzing after her interview.",
]

WORKED = [
    "{first} said the breathing piece helped her more than she expected.",
    "The collage went well, {work} and {first} made one together.",
    "{nick} opened up about her mom for the first time.",
    "I liked how {first} jumped in to support {nick} when she got stuck.",
    "When we went around, {full} shared a poem she wrote last week.",
    "{work} goes by that name out there, she asked us to use it in group too.",
    "She goes by {work} on the street, and says it feels safer.",
    "{nick}'s drawing of the tree was beautiful and she let us keep it.",
    "The role play landed: {first} practised saying no to her landlord.",
    "{work} said she is not ready to share but liked listening.",
    "Having {nick} co-lead the closing was a good call.",
    "{full} talked about getting her daughter back, and the room was with her.",
    "Small groups worked; {first}, {nick} and {work} stayed in theirs past the break.",
    "{first} laughed so hard at the warm-up that everyone joined in.",
    "{kid}, who is {kidage}, coloured quietly at the side table the whole time.",
    "The mirror exercise was hard but {first} pushed through it.",
]

CHANGE = [
    "Next time I would pair {nick} with someone newer, she is ready to mentor.",
    "The timing was off, {first} had to leave before the closing round.",
    "{work} found the writing piece too long, so shorten it.",
    "I should check in with {first} before group instead of after.",
    "Move the break earlier; {nick} and {full} were both fading.",
    "Too much talking from me, I want to leave more room for {first}.",
    "{first} asked if we could do more art and less paperwork.",
    "Seating matters: keep {nick} away from the door, it makes her jumpy.",
    "Do not put {work} on the spot again, she froze.",
    "Ask {full} privately about the workbook, she may not read well.",
]

SAFETY = [
    "{first} says her ex {man} has been parked outside her building again.",
    "Her ex, {mfull}, got out last month and she is scared.",
    "{nick} mentioned a guy called {sname} who is pressuring her to go back out.",
    "{sname} has been texting her from new numbers, she showed me.",
    "She thinks {cityman} knows where she is staying now.",
    "{cityman} is her ex and he is not supposed to contact her.",
    "{first} is staying at the {facility} for now.",
    "She moved into {facility} last week and has a bed until the end of the month.",
    "{work} still works the stroll on {road}, she says nights are worse lately.",
    "She was picked up on {road} twice this month.",
    "She has been sleeping at {facility} since the fire.",
    "{nick} said she is back in {hood} with her mom, which is close to him.",
    "She just moved to {hood} and does not know anyone there yet.",
    "She was at the corner of {corner} at 2 am when the police came.",
    "They met near {corner}, so she avoids that area now.",
    "{first} was at the {facility} on Saturday after he hurt her.",
    "She ended up in emergency at the {facility} over the weekend.",
    "He waits for her outside {facility} most mornings.",
    "The motel is the {facility} on {road}, she goes there with clients.",
    "Her worker has her on the list for {facility}, but it could be weeks.",
    "{first} told me her pimp, {sname}, took her phone again.",
    "Police gave her an occurrence number, {case}, and said someone would call.",
    "The protection order file is {case}, she wanted me to write it down for her.",
    "Her court file number is {case} and the next date is in two weeks.",
    "CFS opened a file on her, number {case}, after the school called.",
    "Her legal aid file no. {case} got closed by mistake.",
    "Docket {case}, first appearance got moved again.",
    "Her file # is {case} with victim services.",
    "{first} found his profile online at {url} and it upset her.",
    "Her ad is still up at {url}, she wants it taken down.",
    "Someone posted her picture on {url} without asking.",
    "He contacts her through {url}, so she blocked it.",
    "He messages her from {handle} even though she blocked the last account.",
    "{nick} is {age} and says she has been out there since she was {teen}.",
    "She just turned {age} and says she feels too old for this life.",
    "She is only {teen}, I need to talk to the coordinator about that.",
    "He is {age} and she is {teen}, and he calls her his girlfriend.",
]

FOLLOW = [
    "Call {first} on Thursday about the housing list, her number is {phone}.",
    "{nick}'s new number is {phone}, the old one got cut off.",
    "She asked me to e-mail the handout to {email}.",
    "Send {first} the food bank info at {email}.",
    "Her health card is {phn}, she needs help getting a new one.",
    "{full} read out her health number, {phn}, so we could book the clinic.",
    "PHN {phn} was on the form she left on the table, I shredded it.",
    "She gave her address as {address}, in case we mail the certificate.",
    "Drop the donated coats at {address} for her.",
    "Her mail goes to {address} now, postal code {postal}.",
    "Follow up with {first} about the dentist, she is booked at the {facility}.",
    "Ask {nick} if she still wants the ride to {hood} on Friday.",
    "Find out if {work} got into {facility}.",
    "Check on {first}'s daughter, she is {kidage} and not in school yet.",
    "Her twins are {kidage}, so she needs a daycare spot near {hood}.",
    "Her son is {kidage} and the school wants a meeting.",
    "{first}'s daughter just turned {kidage} and they had a party at the shelter.",
    "Remind {first} to bring her ID, her birthday is {dob} and the form needs it.",
    "She wrote her date of birth, {dob}, on the sign-in sheet, I crossed it out.",
    "Text {nick} at {phone} if group moves to the other room.",
    "{full} called the office about her bus pass.",
    "Ms. {sur} from the legal clinic can come on week 12.",
    "Get {full} the number for Legal Aid, she has court for file {case}.",
]

SELF = [
    "I left feeling heavy after what {first} shared, so I walked home the long way.",
    "Talked it over with my co-facilitator, {nick} is in good hands.",
    "I keep thinking about {first}'s kids, I should bring that to supervision.",
    "Worried about {work} tonight, she did not look well.",
    "Proud of {first}, she has come so far since week 1.",
    "Hard night; what {nick} said about {hood} stayed with me.",
    "I need to stop checking {url} to see if her ad is back up.",
    "Going to debrief with the coordinator about {full} before next week.",
]

# More pairs (dev, test), so every kind has several templates in each split.
SAFETY_MORE = [
    "He found her new place through {handle}, so she changed all her accounts.",
    "Someone keeps tagging her from {handle}, she thinks it is his cousin.",
    "Her case worker at CFS gave her file number {case} to quote when she calls.",
    "She asked me to keep her occurrence # {case} safe, she keeps losing it.",
    "The officer wrote {case} on a card for her, that is the occurrence number.",
    "Her family court matter is {case}, duty counsel has it now.",
    "She said she was {teen} when {sname} first put her on the stroll.",
    "She was {teen} when she came to {hood}, and she is {age} now.",
    "He is staying at the {facility} on {road}, a block from her.",
    "She does not go near {corner} any more because his friends hang out there.",
    "Her youngest is {kidage} and he still has visits every second weekend.",
    "Her girls are {kidage} and {kidage}, and they ask about their dad.",
    "His truck is always parked on {road} near {facility}.",
    "She was sleeping in the stairwell at the {facility} before she got a bed.",
]

FOLLOW_MORE = [
    "Her postal code is {postal}, for the bus pass form.",
    "Mail the certificate to {address}, {postal}.",
    "Her personal health number is {phn}, the clinic needs it on the referral.",
    "Health card # {phn} so the nurse can check her coverage.",
    "{nick} wants the group list sent to {email} and not her old account.",
    "Her new e-mail is {email}, the old one he can get into.",
    "Call the shelter at {phone} to check if there is a bed for {first}.",
    "She left a message from {phone}, call back after 5.",
    "Send {work} the link to the group page, her Instagram is {handle}.",
    "{first} wants us to follow her art page, {handle}, which is sweet.",
    "Ask if she wants her ad link {url} reported, she was not sure.",
    "She wrote {url} on the board by mistake, I wiped it off.",
    "Her lawyer wants the file number, {case}, before Monday.",
    "Write the docket number on her folder: {case}.",
    "Her date of birth is {dob} for the ID clinic.",
    "DOB {dob}, needed for the birth certificate form, do not keep this.",
    "She is {age} and wants to go back to school for her GED.",
    "{first} turns {age} next week, maybe a card from the group.",
    "{kid} is {kidage} now and starting kindergarten at the school in {hood}.",
    "Her son {kid} turned {kidage} in the shelter, so we brought a cake.",
    "Book the ride from {facility} to the legal clinic for {first}.",
    "Ask {nick} about her move to {address}.",
]

SECTIONS: dict[str, tuple[list[str], ...]] = {
    "open": (OPEN,),
    "worked": (WORKED,),
    "change": (CHANGE,),
    "safety": (SAFETY, SAFETY_MORE),
    "follow": (FOLLOW, FOLLOW_MORE),
    "self": (SELF,),
}


def for_split(split: str) -> dict[str, list[str]]:
    """The templates of one split: even positions for ``dev``, odd for ``test``."""
    from tests.unit.privacy.realistic import templates_more

    offset = 0 if split == "dev" else 1
    more = templates_more.for_split(split)
    return {
        name: [t for items in lists for t in items[offset::2]] + more.get(name, [])
        for name, lists in SECTIONS.items()
    }
