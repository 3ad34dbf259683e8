"""A generated, labelled corpus of facilitator notes for measuring the guard.

Everything here is fake. Names, streets and e-mail users come from Faker (a
different source from the guard's own lists, so the test is honest), in several
locales; numbers are made up here, with valid check digits where real ones have
them. Identifying notes mix a few labelled pieces with ordinary group-level
sentences; clean notes are full of words that only look like names ("hope",
"Grace", "Dawn", "April", "Rose's poem", "45 minutes", "week 3").

``generate()`` is deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from faker import Faker

STRUCTURED = ("phone", "email", "url", "handle", "address", "postal", "date", "id_number")
SITE_TERMS = ("Rosewood House", "the Dollarama on King")
PROGRAM_TERMS = (
    "Finding Our Voices",
    "Growth Circle",
    "Joy, fun and rest",
    "Hopes and plans for the future",
    "Compassion for self and others",
    "A kinder picture",
    "5 Senses Walk",
)
LOCALES = {
    "en_CA": 50,
    "fr_CA": 12,
    "es_MX": 8,
    "en_IN": 10,
    "yo_NG": 6,
    "zu_ZA": 5,
    "tw_GH": 3,
    "vi_VN": 6,
}


@dataclass
class Note:
    """One note and the labelled spans it holds: ``(start, end, kind)``."""

    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, piece: str, kind: str | None = None) -> None:
        if kind is not None:
            self.spans.append((len(self.text), len(self.text) + len(piece), kind))
        self.text += piece

    @property
    def clean(self) -> bool:
        return not self.spans


# --- ordinary sentences ---------------------------------------------------------

FILLER = [
    "Eight women came tonight and the room felt calm.",
    "We opened with the grounding card and everyone took a breath.",
    "The group chose the discussion activity over the collage.",
    "Energy was low at the start but lifted after the break.",
    "Two people stepped out for air during the second activity, which is fine.",
    "We ran about 15 minutes over, so next week I will trim the opening.",
    "Tea and snacks went fast; bring more next time.",
    "Several women talked about how hard the holidays can be.",
    "The closing round was short and warm.",
    "I felt tired afterwards and went for a walk before writing this.",
    "We used the large-text view for choosing, and it worked well.",
    "A few people asked for the handout from week 3.",
    "Someone brought up court dates; we kept it general and pointed to the legal clinic.",
    "Attendance was down a little, probably the weather.",
    "People laughed a lot during the movement piece.",
]

LOOKALIKE = [
    "There is hope in this room, and people said so.",
    "Hope came up again and again in the closing round.",
    "By the grace of the group, we stayed with a hard topic.",
    "Grace and kindness were the words people chose for the wall.",
    "We read Rose's poem about the garden and sat with it for a while.",
    "Victoria Day is coming, so the centre will be closed that Monday.",
    "In April we start the Growth Circle part.",
    "May is usually a busy month for the centre.",
    "Faith came up for a few women, as a source of strength.",
    "The Joy, fun and rest check-in went really well.",
    "We talked about finding joy in small things.",
    "At dawn, some of us are already up with kids.",
    "Summer plans came up: camp, parks, rest.",
    "Destiny was a word one woman rejected: she wants choices, not destiny.",
    "Crystal meth came up in the substance use talk, in general terms.",
    "We used amber and ruby beads for the bracelet activity.",
    "The sky was clear, so we did the 5 Senses Walk outside.",
    "Autumn leaves were on the table for the creative piece.",
    "Will we keep the same room next week? I will ask.",
    "Mark the date for the potluck on the calendar.",
    "The hydro bill came up when we talked about money stress.",
    "Art supplies are running low: glue sticks and markers.",
    "We did 45 minutes of discussion and 20 minutes of drawing.",
    "Week 3 went well; week 4 is about communication.",
    "Finding Our Voices is nearly over, 2 weeks left.",
    "We talked for 2 hours and nobody wanted to leave.",
    "12 women came, 3 were new, and 9 had been before.",
    "The bus fare is $3.50 now, which is a lot for some.",
    "We met in room 4 because room 2 was booked.",
    "Page 12 of the workbook has the safety plan template.",
    "Step 2 of 5 in the plan is about safe people.",
    "The session ran from 6:30 to 8:30.",
    "Since 2019 the program has changed rooms three times.",
    "Ages ranged from 19 to 52 tonight.",
    "Most of the group was in their thirties.",
    "Several said they were 14 or younger when it started.",
    "We played some music by the window; people hummed along.",
    "The Compassion for self and others theme landed well.",
    "One woman said Hopes and plans for the future felt too big today.",
    "A kinder picture was the activity most people chose.",
    "Dawn to dusk, the shelter is busy, so evenings work best.",
    "Bill payments and rent were big worries this week.",
    "Sunny weather helped the mood.",
    "Honey and lemon tea was a hit.",
    "The rose on the table was from the garden.",
    "Patience was the theme of the closing words.",
    "Mercy and forgiveness came up; we did not push it.",
    "The group wants more art and movement next week.",
    "We said goodbye to the spring group today.",
    "Charity shops were suggested for winter coats.",
    "Everyone said it felt good to laugh.",
    "Nobody shared anything heavy tonight, and that is okay.",
    "Somebody asked about Christmas hours at the centre.",
    "Hope is what kept a lot of us going.",
    "We got Tim Hortons gift cards from the church for everyone.",
    "The Shoppers Drug Mart on the corner donated hand cream.",
    "Someone recommended a podcast on Spotify about boundaries.",
    "We watched a short video from the YWCA about safety planning.",
    "The Ottawa Food Bank has new hours this month.",
    "Next month is Pride, and some want to go together.",
    "We looked at the Canada Child Benefit forms as a group.",
    "Some people use Signal instead of WhatsApp to stay safe.",
    "The Salvation Army store has free coats this week.",
    "Dollarama has cheap art supplies, so we stocked up.",
    "Ramadan started, so we kept the snacks light and saved some for later.",
    "A few of us talk about Grey's Anatomy at the break.",
    "Someone mentioned Oprah's book club and a memoir she liked.",
    "The Bell bill was a big stress for a few people.",
    "Legal Aid Ontario came up when we talked about court.",
    "The group wants to visit the Art Gallery in June.",
    "Mother's Day is hard for many in the group.",
    "Her Majesty's Prison was mentioned in general terms, no details.",
]


class Generator:
    """Make notes from templates with fake people, places and numbers."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, locale in enumerate([*LOCALES, "en_US"]):
            fake = Faker(locale)
            fake.seed_instance(seed + i)
            self.fakers[locale] = fake
        self.en = self.fakers["en_CA"]

    # -- people --------------------------------------------------------------
    def _person_faker(self) -> Faker:
        locales = list(LOCALES)
        return self.fakers[self.rng.choices(locales, weights=list(LOCALES.values()))[0]]

    def first(self) -> str:
        return str(self._person_faker().first_name_female())

    def last(self) -> str:
        return str(self._person_faker().last_name())

    # -- numbers ---------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def luhn(self, n: int) -> str:
        body = [self.rng.randint(0, 9) for _ in range(n - 1)]
        body[0] = self.rng.randint(1, 9)
        for check in range(10):
            total = 0
            for i, d in enumerate(reversed([*body, check])):
                if i % 2:
                    d = d * 2 - 9 if d > 4 else d * 2
                total += d
            if total % 10 == 0:
                return "".join(map(str, body)) + str(check)
        raise AssertionError("unreachable")

    def phone(self) -> str:
        area = f"{self.rng.choice('23456789')}{self.digits(2)}"
        ex = f"{self.rng.choice('23456789')}{self.digits(2)}"
        line = self.digits(4)
        forms = [
            f"({area}) {ex}-{line}",
            f"{area}-{ex}-{line}",
            f"{area}.{ex}.{line}",
            f"{area} {ex} {line}",
            f"{area}{ex}{line}",
            f"+1 {area} {ex} {line}",
            f"+1-{area}-{ex}-{line}",
            f"1-{area}-{ex}-{line}",
            f"+1 ({area}) {ex}-{line}",
            f"1 ({area}) {ex}-{line}",
            f"{area}-{ex}-{line} ext. {self.rng.randint(1, 999)}",
            f"({area}) {ex}-{line} x{self.rng.randint(1, 99)}",
            f"{ex}-{line}",
        ]
        return self.rng.choice(forms)

    def email(self) -> str:
        fake = self._person_faker()
        user = fake.user_name()
        domain = self.rng.choice(
            ["gmail.com", "hotmail.ca", "outlook.com", "yahoo.ca", "icloud.com"]
        )
        forms = [str(fake.email()), f"{user}@{domain}", f"{user}.{self.digits(2)}@{domain}"]
        return self.rng.choice(forms)

    def url(self) -> str:
        user = self.en.user_name()
        word = self.en.domain_word()
        forms = [
            str(self.en.url()).rstrip("/"),
            f"www.{word}.ca",
            f"facebook.com/{user}",
            f"https://instagram.com/{user}",
            f"https://www.{word}.com/profile/{user}",
            f"{word}.org/about",
        ]
        return self.rng.choice(forms)

    def handle(self) -> str:
        return "@" + str(self._person_faker().user_name()).replace("-", "_")

    def street(self) -> str:
        fake = self.fakers[self.rng.choice(["en_CA", "en_CA", "fr_CA", "en_US"])]
        street = str(fake.street_address())
        if self.rng.random() < 0.15:
            street = street.lower()
        return street

    def postal(self) -> str:
        code = str(self.en.postcode())
        roll = self.rng.random()
        if roll < 0.3:
            code = code.replace(" ", "")
        elif roll < 0.45:
            code = code.lower()
        return code

    def dob(self) -> str:
        day = self.en.date_of_birth(minimum_age=18, maximum_age=70)
        month = day.strftime("%B")
        forms = [
            f"{month} {day.day}, {day.year}",
            f"{day.day} {month} {day.year}",
            day.strftime("%Y-%m-%d"),
            day.strftime("%m/%d/%Y"),
            day.strftime("%d/%m/%Y"),
            f"{day.strftime('%b')}. {day.day}, {day.year}",
            f"{month} {day.day} {day.year}",
        ]
        return self.rng.choice(forms)

    def health_card(self) -> str:
        n = self.luhn(10)
        forms = [f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n[:4]} {n[4:7]} {n[7:]}", n]
        form = self.rng.choice(forms)
        if self.rng.random() < 0.4:
            form += self.rng.choice(["", " ", "-"]) + self.rng.choice(["AB", "XY", "KM"])
        return form

    def sin(self) -> str:
        n = self.luhn(9)
        return self.rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def plate(self) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4))
        return self.rng.choice(
            [
                f"{letters} {self.digits(3)}",
                f"{letters[:3]}-{self.digits(4)}",
                f"{letters}{self.digits(3)}",
            ]
        )

    def site_rosewood(self) -> str:
        return self.rng.choice(["Rosewood House", "rosewood house", "ROSEWOOD HOUSE"])

    def case_number(self) -> tuple[str, str]:
        return self.rng.choice(
            [
                ("case #", f"{self.rng.randint(2015, 2026)}-{self.digits(4)}"),
                ("file no. ", self.digits(5)),
                ("CAS file ", f"{self.digits(2)}-{self.digits(4)}"),
                ("court file number ", f"CR-{self.digits(2)}-{self.digits(5)}"),
                ("client ID ", self.digits(6)),
            ]
        )


# --- templates ------------------------------------------------------------------

Template = Callable[[Generator, Note], None]


def _t(*parts: str | tuple[str, str]) -> Template:
    """A template: plain strings, and ``(slot, kind)`` pairs filled by the generator."""

    def fill(gen: Generator, note: Note) -> None:
        for part in parts:
            if isinstance(part, str):
                note.add(part)
            else:
                slot, kind = part
                note.add(getattr(gen, slot)(), kind)

    return fill


def _name_template(gen: Generator, note: Note) -> None:
    form = gen.rng.random()
    first, last = gen.first(), gen.last()
    choice = gen.rng.randrange(20)
    lower = form < 0.12
    name = first.lower() if lower else first
    if choice == 0:
        note.add(name, "name")
        note.add(" said she felt heard today.")
    elif choice == 1:
        note.add("Talked with ")
        note.add(name, "name")
        note.add(" after group about housing.")
    elif choice == 2:
        note.add(first, "name")
        note.add("'s sister picked her up after the session.")
    elif choice == 3:
        note.add(gen.rng.choice(["Ms. ", "Mrs. ", "Dr. ", "Ms "]))
        note.add(last, "name")
        note.add(" from the legal clinic came to speak to the group.")
    elif choice == 4:
        note.add(first, "name")
        note.add(" and ")
        note.add(gen.first(), "name")
        note.add(" led the check-in together.")
    elif choice == 5:
        note.add("Remind ")
        note.add(name, "name")
        note.add(" to bring her forms next week.")
    elif choice == 6:
        note.add("check in with ")
        note.add(first.lower(), "name")
        note.add(" on tuesday, she seemed low.")
    elif choice == 7:
        note.add(f"{first} {last}", "name")
        note.add(" asked about the food bank hours.")
    elif choice == 8:
        note.add(first, "name")
        note.add(" was quiet, then shared a poem near the end.")
    elif choice == 9:
        note.add("Gave ")
        note.add(name, "name")
        note.add(" two bus tickets for next week.")
    elif choice == 10:
        note.add(first, "name")
        note.add(" left early because of her kids.")
    elif choice == 11:
        note.add("Heads up: ")
        note.add(first, "name")
        note.add(" might not come back, her worker is moving her.")
    elif choice == 12:
        note.add("Her friend ")
        note.add(first, "name")
        note.add(" came along and sat in.")
    elif choice == 14:
        note.add(f"{first} {last}", "name")
        note.add("'s court date is next week, she is scared.")
    elif choice == 15:
        note.add("I sat with ")
        note.add(name, "name")
        note.add(" during the break.")
    elif choice == 16:
        note.add("Note for next week: ")
        note.add(first, "name")
        note.add(" wants to share her poem.")
    elif choice == 17:
        note.add(first, "name")
        note.add(", ")
        note.add(gen.first(), "name")
        note.add(" and ")
        note.add(gen.first(), "name")
        note.add(" stayed after to help clean up.")
    elif choice == 18:
        note.add(gen.rng.choice(["Her daughter ", "Her sister ", "Her friend ", "her cousin "]))
        note.add(first, "name")
        note.add(" is starting at a new school.")
    else:
        note.add("Follow up with ")
        note.add(f"{first} {last}", "name")
        note.add(" about the counselling list.")


def _age_template(gen: Generator, note: Note) -> None:
    n = gen.rng.randint(17, 68)
    choice = gen.rng.randrange(5)
    if choice == 0:
        note.add("The ")
        note.add(f"{n}-year-old", "age")
        note.add(" from the north end moved into the shelter last week.")
    elif choice == 1:
        note.add("She's ")
        note.add(str(n), "age")
        note.add(" and has twins, and the daycare fell through.")
    elif choice == 2:
        note.add("New member, ")
        note.add(f"{n} years old", "age")
        note.add(", lives with her boyfriend's family.")
    elif choice == 3:
        note.add("One woman, aged ")
        note.add(str(n), "age")
        note.add(", is pregnant and worried about housing.")
    else:
        note.add("She just turned ")
        note.add(str(n), "age")
        note.add(" and works nights at the hospital.")


IDENTIFYING: list[tuple[str, Template]] = [
    ("name", _name_template),
    ("name", _name_template),
    ("name", _name_template),
    ("name", _name_template),
    ("name", _name_template),
    ("name", _name_template),
    (
        "phone",
        _t("She gave me her new number, ", ("phone", "phone"), ", in case she misses group."),
    ),
    ("phone", _t("Call ", ("phone", "phone"), " to confirm the ride.")),
    ("email", _t("Her e-mail for the handouts is ", ("email", "email"), ".")),
    ("email", _t("send the list to ", ("email", "email"), " before friday")),
    ("url", _t("She shared her page ", ("url", "url"), " with the group.")),
    ("url", _t("Someone posted a link, ", ("url", "url"), ", which we should not share.")),
    ("handle", _t("She is on Instagram as ", ("handle", "handle"), " if anyone wants to connect.")),
    ("handle", _t("Her ex keeps messaging from ", ("handle", "handle"), ".")),
    ("address", _t("She moved to ", ("street", "address"), " last month.")),
    ("address", _t("Pick-up is at ", ("street", "address"), " at 5.")),
    ("postal", _t("Her mail goes to the postal code ", ("postal", "postal"), " now.")),
    ("postal", _t("Ottawa ", ("postal", "postal"), " is on the form she left behind.")),
    ("date", _t("She was born on ", ("dob", "date"), " and needs ID renewed.")),
    ("date", _t("DOB ", ("dob", "date"), " was written on the intake sheet by mistake.")),
    ("date", _t("Her birthday ", ("dob", "date"), " is coming up.")),
    ("age", _age_template),
    ("id_number", _t("Her health card number ", ("health_card", "id_number"), " was on the form.")),
    ("id_number", _t("She read out her SIN, ", ("sin", "id_number"), ", by accident.")),
    ("id_number", _t("His truck, plate ", ("plate", "id_number"), ", was parked outside again.")),
    ("id_number", _t("He drives a blue car, licence ", ("plate", "id_number"), ".")),
    ("site_term", _t("We met at ", ("site_rosewood", "site_term"), " again this week.")),
]


def _case(gen: Generator, note: Note) -> None:
    label, number = gen.case_number()
    note.add(f"She asked about her {label}")
    note.add(number, "id_number")
    note.add(".")


IDENTIFYING.append(("id_number", _case))


def _note(gen: Generator, templates: list[Template], filler: list[str]) -> Note:
    note = Note()
    pieces: list[Template | str] = [*templates, *gen.rng.sample(filler, k=gen.rng.randint(1, 3))]
    gen.rng.shuffle(pieces)
    for i, piece in enumerate(pieces):
        if i:
            note.add(gen.rng.choice([" ", " ", "\n", "  "]))
        if isinstance(piece, str):
            note.add(piece)
        else:
            piece(gen, note)
    return note


def generate(seed: int = 20261125, identifying: int = 360, clean: int = 200) -> list[Note]:
    """Return ``identifying`` notes with labelled spans and ``clean`` notes with none.

    Every kind appears in many notes; each identifying note holds one to three
    labelled pieces among ordinary sentences.
    """
    gen = Generator(seed)
    notes: list[Note] = []
    for i in range(identifying):
        first = IDENTIFYING[i % len(IDENTIFYING)][1]
        extra = [t for _, t in gen.rng.sample(IDENTIFYING, k=gen.rng.randint(0, 2))]
        notes.append(_note(gen, [first, *extra], FILLER + LOOKALIKE))
    for _ in range(clean):
        k = gen.rng.randint(3, 6)
        note = Note()
        for j, sentence in enumerate(gen.rng.sample(LOOKALIKE + FILLER, k=k)):
            if j:
                note.add(gen.rng.choice([" ", "\n"]))
            note.add(sentence)
        notes.append(note)
    return notes
