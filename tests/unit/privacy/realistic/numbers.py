"""Made-up structured identifiers: phones, e-mails, links, addresses, health and case numbers.

Every value is invented with the corpus's own random generator. Shapes follow
what an Alberta facilitator would see: 403/587/780/825 phone numbers, Alberta
personal health numbers written ``12345 6789`` or ``123456789``, postal codes
starting with T, police occurrence, court docket, child-welfare and
legal-aid file numbers in many shapes, and links typed without ``https://``.

Span convention: the identifier itself. For a case number that is the number
with any letters that belong to it ("CR-24-00187", "CFS-2026-0042"), not the
words that introduce it ("file no.", "occurrence").
"""

from __future__ import annotations

import random

AREA = ("403", "587", "780", "825", "368")
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "icloud.com", "shaw.ca", "telus.net")
STREET_TYPES = ("St", "Ave", "Dr", "Cres", "Way", "Rd", "Blvd", "Close", "Pl")
MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
QUADRANTS = ("SE", "NE", "NW", "SW", "")


class Numbers:
    """Structured identifiers drawn from one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def phone(self) -> str:
        area, ex, line = self.rng.choice(AREA), f"{self.rng.randint(200, 999)}", self.digits(4)
        forms = (
            f"{area}-{ex}-{line}",
            f"({area}) {ex}-{line}",
            f"{area} {ex} {line}",
            f"{area}.{ex}.{line}",
            f"{area}{ex}{line}",
            f"+1 {area} {ex} {line}",
            f"1-{area}-{ex}-{line}",
            f"{ex}-{line}",
        )
        return self.rng.choice(forms)

    def email(self, name: str) -> str:
        user = "".join(c for c in name.lower() if c.isascii() and c.isalpha()) or "mama"
        tail = self.rng.choice(("", self.digits(2), str(self.rng.randint(1975, 2008)), "_xo"))
        sep = self.rng.choice(("", ".", "_"))
        word = self.rng.choice(("", "", "babe", "queen", "yyc", "yeg", "lady"))
        return f"{user}{sep}{word}{tail}@{self.rng.choice(MAIL)}"

    def url(self, name: str) -> str:
        user = "".join(c for c in name.lower() if c.isascii() and c.isalnum()) or "sweet"
        user += self.rng.choice(("", self.digits(2), "yyc", "_official", "x"))
        post = self.digits(self.rng.randint(6, 9))
        city = self.rng.choice(("calgary", "edmonton", "reddeer", "lethbridge"))
        forms = (
            f"leolist.cc/personals/female-escorts/{city}/{user}",
            f"www.leolist.cc/{city}/{post}",
            f"skipthegames.com/posts/{city}-ab/{post}",
            f"megapersonals.eu/public/post_detail/{post}/{user}",
            f"facebook.com/{user}",
            f"m.facebook.com/profile.php?id=1000{self.digits(11)}",
            f"instagram.com/{user}",
            f"tiktok.com/@{user}",
            f"onlyfans.com/{user}",
            f"linktr.ee/{user}",
            f"www.{user}.ca",
            f"{user}.carrd.co",
            f"snapchat.com/add/{user}",
            f"tryst.link/escort/{user}",
        )
        return self.rng.choice(forms)

    def handle(self, name: str) -> str:
        user = "".join(c for c in name.lower() if c.isascii() and c.isalnum()) or "babe"
        return "@" + user + self.rng.choice(("", "_", "__x", self.digits(2), "yyc", ".official"))

    def phn(self) -> str:
        n = self.rng.choice("123456789") + self.digits(8)
        return self.rng.choice((f"{n[:5]} {n[5:]}", n, f"{n[:5]}-{n[5:]}", f"{n[:5]} {n[5:]}"))

    def case_number(self) -> str:
        year = self.rng.randint(2019, 2026)
        yy = f"{year % 100:02d}"
        forms = (
            f"{yy}-{self.digits(4)}",
            f"{year}-{self.digits(6)}",
            f"CR-{yy}-{self.digits(5)}",
            f"CR {yy}-{self.digits(5)}",
            f"{yy}{self.digits(2)} {self.digits(5)}",
            f"{yy}0{self.digits(6)}P1",
            f"CFS-{year}-{self.digits(4)}",
            f"#{self.digits(4)}-{yy}",
            f"{self.digits(7)}",
            f"E{self.digits(6)}",
            f"LAA-{self.digits(6)}",
            f"{yy}-{self.digits(6)}",
            f"FL{yy}-{self.digits(5)}",
            f"{self.rng.choice(('CPS', 'EPS', 'RCMP'))}{yy}-{self.digits(6)}",
            f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
        )
        return self.rng.choice(forms)

    def postal(self) -> str:
        letters = "ABCEGHJKLMNPRSTVXY"
        code = (
            f"T{self.rng.randint(1, 9)}{self.rng.choice(letters)} "
            f"{self.rng.randint(0, 9)}{self.rng.choice(letters)}{self.rng.randint(0, 9)}"
        )
        roll = self.rng.random()
        return code.replace(" ", "") if roll < 0.3 else code.lower() if roll < 0.4 else code

    def address(self, street: str) -> str:
        number = self.rng.choice(
            (str(self.rng.randint(10, 9999)), f"{self.rng.randint(100, 999)}-{self.digits(4)}")
        )
        quadrant = self.rng.choice(QUADRANTS)
        kind = self.rng.choice(STREET_TYPES)
        forms = (
            f"{number} {self.rng.randint(1, 130)} {kind} {quadrant}".strip(),
            f"{number} {street} {kind} {quadrant}".strip(),
            f"#{self.rng.randint(101, 2410)}, {self.rng.randint(1000, 12999)} "
            f"{self.rng.randint(50, 170)} Ave NW",
            f"unit {self.rng.randint(1, 40)}, {number} {street} {kind}",
        )
        return self.rng.choice(forms)

    def birth_date(self) -> str:
        year, day = self.rng.randint(1960, 2008), self.rng.randint(1, 28)
        month = self.rng.choice(MONTHS)
        m = self.rng.randint(1, 12)
        return self.rng.choice(
            (f"{month} {day}, {year}", f"{day}/{m:02d}/{year}", f"{year}-{m:02d}-{day:02d}")
        )
