"""A second held-out check, written by hand: 60 notes in another voice (issue 12).

Not generated, not tuned on. The realistic corpus (``generate.py``) builds notes
from templates and pools; these were typed one by one, in the voice of a
facilitator who writes short and plain, with bullets, shorthand and the odd
typo, so that its figures tell whether the guard's figures generalise. Names
were written for this file from Somali, Tigrinya, Cree, Blackfoot, Tagalog,
Vietnamese, Ukrainian and Punjabi naming and from working names that are
ordinary words (none taken from the guard's lists or the corpus's pools, though
common names are common); hard negatives throughout (those words used as
words, holidays, nations and languages, program titles, legal and service
roles, cities and provinces). Everything is invented.

Markup: ``[[kind:text]]`` marks one labelled identifier. Do not tune the guard
on this file: it is measured, never read for misses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from tests.unit.privacy.realistic.maker import Label

_MARK = re.compile(r"\[\[(\w+):([^\]]+)\]\]")

RAW = [
    # --- notes with identifiers -------------------------------------------------------
    "Quiet start. [[name:Hibaaq]] brought sambusa for everyone and we ate before the "
    "check-in. Talked about Eid and how the kids are home for it.",
    "Good energy tonight. [[name:Ubah]] and [[name:Nasteexo]] translated for each other in Somali, "
    "which helped the newer women. Will bring more Somali handouts.",
    "[[name:Tirhas]] said her cousin in Eritrea is safe now. She cried a bit but stayed "
    "for the whole circle.",
    "- opened w/ breathing\n- [[name:winta]] asked for the food bank list again\n"
    "- no safety concerns",
    "Mood check went fine. [[name:Yordanos Haile]] wants to switch to the Thursday group "
    "because of her shifts.",
    "Her ex [[name:Kidane]] has been texting her from a new number. We made a plan with "
    "her worker and she has the Crisis Line card.",
    "[[name:Okemaw]] came in late, tired. Said the bus from [[place:Marlborough Park]] "
    "never showed.",
    "We did Strength spotting. [[name:Delphine Crowshoe]] named three strengths for the "
    "woman beside her, which was sweet.",
    "Someone said [[name:Ermineskin]] is her auntie's name and she wants to look up the "
    "family. Kept it general.",
    "[[name:Maricel]] is back from the Philippines! Lots of hugs. She says Tagalog "
    "feels easier for her to pray in.",
    "Talked about Simbang Gabi and Christmas back home. [[name:Jovelyn Macaraeg]] taught "
    "us a song.",
    "f/u: [[name:rowena]] needs a letter for her landlord by friday.",
    "[[name:Thuy]] and her daughter came together today. Her daughter is [[age:9]] and "
    "drew the whole time.",
    "Tet is coming up and [[name:Phuong]] offered to bring banh chung. Yes please.",
    "[[name:Huynh]] from the last cohort dropped by to say hi, she is doing well.",
    "[[name:Oksana]] spoke about Ukraine and her mom still being in Kharkiv. Heavy. "
    "[[name:Halyna Tkachuk]] sat with her after.",
    "Concern: [[name:Nadiia]] said her boyfriend took her health card. Number is "
    "[[phn:43817 2296]], she wants it flagged.",
    "[[name:Gurleen]] shared about Vaisakhi at the gurdwara with her kids. Lovely.",
    "[[name:manpreet]] told me her brother-in-law drives past the house. Safety plan "
    "updated, she has 911 on speed dial.",
    "Her sister [[name:Jaspreet Grewal]] might join next cohort if there's room.",
    "[[name:Velvet]] said she's done with the stroll for good. She's staying at "
    "[[place:Juniper House]] for now.",
    "[[name:Cricket]] and I talked after group. Actually, her name for work is "
    "[[name:Cricket]], but she wants us to call her by her real name here.",
    "she goes by [[name:marmalade]] online, and someone found her ad. [[url:"
    "leolist.cc/calgary/marm-77]] is the link, she wants it gone.",
    "[[name:Sparrow]] texted me at 2am. I called back in the morning; she's ok.",
    "The guy they call [[name:Big Dub]] was hanging around the door again after group. "
    "Told the church staff.",
    "[[name:Dallas]] is her pimp's name, she finally said it out loud. Big step.",
    "Her son [[name:Camden]] is [[age:4]] and starts preschool in the fall.",
    "- [[name:Bex]] needs a ride to court\n- court is the [[case_number:FC-25-00931]] "
    "matter, Tuesday morning",
    "[[name:Jojo]] said the police occurrence number is [[case_number:2025-339104]]. "
    "Wrote it on her card, not here. Oops, redact.",
    "[[name:Kiki]] wasn't here. [[name:Nessa]] said [[name:Kiki]] moved to "
    "[[place:Forest Lawn]] with her mom.",
    "Sunshine yellow walls in the new room, everyone noticed. [[name:Sunshine]] laughed "
    "because that's her street name.",
    "Met [[name:Clover]] at [[place:the Mustard Seed]] drop-in to fill out the AISH form.",
    "[[name:Tremaine]] is the ex. She says he's [[age:41]] and lives on [[place:17 Ave SE]].",
    "Picked [[name:Biscuit]] up at the corner of [[place:Macleod and 34th]]. She was shaking.",
    "[[name:Pixie]] is pregnant, due in March! She's only [[age:19]].",
    "Her worker at CFS is [[name:Bondarenko]], file [[case_number:CFS-0488213]].",
    "Contact for the legal clinic volunteer: [[email:r.dhillon.law@gmail.com]], "
    "[[phone:403-555-0143]].",
    "[[name:Rajvir]] wants the housing navigator to call her at [[phone:(587) 555-0109]].",
    "New intake, goes by [[name:Toffee]]. Age [[age:23]], has a toddler.",
    "[[name:Lualhati]] stayed behind to help stack chairs. She lives out by [[place:Bowness]] now.",
    # --- clean notes ---------------------------------------------------------------------
    "Good group. Eight women, one new. We did Welcome circle and Making our group "
    "agreements. Coffee ran out early.",
    "Talked about Nowruz, Eid al-Fitr and Diwali and which holidays feel hard. Lots of "
    "laughing at the end.",
    "The Crown prosecutor role came up, and duty counsel. I explained both with a "
    "drawing. Nobody shared details.",
    "Sparrows outside the window all night. Someone said they sound like hope. Nice closing.",
    "We made clover and velvet collages with fabric scraps. Messy and fun.",
    "Cold, minus 28. Only five came. Those who did stayed for the whole thing.",
    "Shame grows in silence went deep tonight. Two women left early, which is fine. "
    "Check in next week.",
    "Talked about moving to Edmonton, Regina or Winnipeg in general, what housing costs "
    "there. Saskatchewan is cheaper, someone said.",
    "Black History Month starts Sunday. A volunteer wants to bring a speaker from the library.",
    "Mood meter: mostly 3s and 4s. Snacks were a hit. Ginger tea again.",
    "Nobody wanted to talk about the cycle of abuse tonight, so we did the grounding "
    "and took it slow.",
    "The Elder opened in Blackfoot and Cree. Smudge was optional; most joined.",
    "Lunar New Year and Tet came up, and a few women shared foods from home. Pho and sticky rice.",
    "Our group quilt is almost done! Squares from everyone except the two who were sick.",
    "Victim services, the family court judge and the income support worker: we made a "
    "chart of who does what.",
    "Velvet ropes at the club came up as a memory. Brief, we moved on gently.",
    "I felt tired after. Debriefed with my co-facilitator. Going to rest this weekend.",
    "Orthodox Christmas is in January, so some of the Ukrainian women celebrate twice. Cute.",
    "The National Day for Truth and Reconciliation is a holiday now; we won't meet that Tuesday.",
    "Raven feathers were on the table for the smudge. Very calm night, good turnout.",
]


@dataclass
class HandNote:
    """One handwritten note: its text and labels (kind, start, end)."""

    text: str
    spans: list[Label] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.spans


def parse(raw: str) -> HandNote:
    """Turn one marked-up note into its text and labels."""
    parts: list[str] = []
    labels: list[Label] = []
    pos = size = 0
    for m in _MARK.finditer(raw):
        piece = raw[pos : m.start()]
        parts.append(piece)
        size += len(piece)
        value = m.group(2)
        labels.append(Label(m.group(1), size, size + len(value)))
        parts.append(value)
        size += len(value)
        pos = m.end()
    parts.append(raw[pos:])
    return HandNote("".join(parts), labels)


@cache
def handwritten_notes() -> tuple[HandNote, ...]:
    """The 60 handwritten notes."""
    return tuple(parse(raw) for raw in RAW)
