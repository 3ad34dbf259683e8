"""The words biy says, in the facilitator's language: gettext for sentences, Babel for dates.

Every sentence lives in :mod:`biy_tui.core.text.messages` (English, the source) and is translated
through the gettext catalogue in ``biy_tui/core/text/locale/<lang>/LC_MESSAGES/biy.mo``.
The language follows ``BIY_LANG``, else the ``language`` setting, else the locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``); anything other than a language biy has falls
back to English. It is chosen once, when biy starts (:func:`use_language`), before the
screens are imported, and stays the same for the whole run.

Nothing here runs at import time: no locale is set and no file is read until
:func:`use_language` is called. Babel (dates, numbers) is imported only when a date or a
number is first formatted, because it is slow to import and start-up must stay quick.
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "Labels",
    "Plural",
    "choose_language",
    "format_date",
    "format_decimal",
    "format_list",
    "format_number",
    "format_signed",
    "format_time",
    "gettext",
    "help_text",
    "language",
    "ngettext",
    "use_language",
]

DOMAIN = "biy"
"""The gettext domain: the catalogue files are named ``biy.po`` / ``biy.mo``."""

LOCALE_DIR = Path(__file__).parent / "locale"
"""Where the compiled catalogues live, one folder per language."""

LANGUAGES: tuple[str, ...] = ("en", "fr")
"""The languages biy speaks; English is the source and needs no catalogue."""

# Babel locales: biy is written for Canadian sites (dates as "2 décembre 2026").
_BABEL_LOCALES = {"en": "en_CA", "fr": "fr_CA"}

_translations: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"


def _code(value: str) -> str:
    """``fr_CA.UTF-8`` → ``fr``; ``C.UTF-8`` → ``c``."""
    return value.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()


def choose_language(setting: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Decide the language: ``BIY_LANG``, else the setting, else the locale.

    Args:
        setting: the ``language`` setting, if the facilitator chose one.
        environ: the environment to read (the process's own by default).

    Returns:
        One of :data:`LANGUAGES`; English when nothing asks for another one biy has.
    """
    env = os.environ if environ is None else environ
    for value in (
        env.get("BIY_LANG"),
        setting,
        env.get("LC_ALL"),
        env.get("LC_MESSAGES"),
        env.get("LANG"),
    ):
        if value:
            code = _code(value)
            return code if code in LANGUAGES else "en"
    return "en"


def use_language(lang: str) -> None:
    """Make ``lang`` the language of every sentence biy says from now on.

    A missing catalogue is not an error: biy then speaks English.
    """
    global _translations, _language
    lang = lang if lang in LANGUAGES else "en"
    if lang == "en":
        _translations = _gettext.NullTranslations()
    else:
        _translations = _gettext.translation(
            DOMAIN, localedir=LOCALE_DIR, languages=[lang], fallback=True
        )
    _language = lang


def language() -> str:
    """The language in use (``en`` until :func:`use_language` says otherwise)."""
    return _language


def gettext(message: str) -> str:
    """The translation of one sentence, or the sentence itself."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a sentence that fits the number ``n`` in the current language."""
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a sentence for the catalogue without translating it yet (module-level text)."""
    return message


HELP_DIR = Path(__file__).parent / "help"
"""One Markdown file per screen and language: ``help/<lang>/<ScreenClass>.md``."""


def help_text(screen: str) -> str | None:
    """What the help screen (``?``) says about a screen, in the current language.

    Args:
        screen: the screen's class name.

    Returns:
        The text of its help file (English when there is no translation), or None when
        the screen has none (then the screen's own ``HELP`` sentence is used).
    """
    for lang in dict.fromkeys((_language, "en")):
        path = HELP_DIR / lang / f"{screen}.md"
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError:
            continue
    return None


_DATE_FORMS = frozenset({"short", "medium", "long", "full"})


def format_date(day: dt.date, form: str = "long") -> str:
    """A date as a person in the current language writes it ("December 2, 2026").

    Args:
        day: the date.
        form: one of Babel's ``short``/``medium``/``long``/``full``, or a CLDR skeleton
            such as ``"yMMMEd"`` ("Wed, Dec 2, 2026" / "mer. 2 déc. 2026") or ``"MMMd"``,
            which each language orders and punctuates its own way.
    """
    from babel.dates import format_date as babel_format_date
    from babel.dates import format_skeleton

    locale = _BABEL_LOCALES[_language]
    if form in _DATE_FORMS:
        return str(babel_format_date(day, form, locale=locale))
    return str(format_skeleton(form, day, locale=locale))


def format_time(moment: dt.datetime | dt.time) -> str:
    """A clock time as the current language writes it ("14:02" / "14 h 02")."""
    from babel.dates import format_skeleton

    return str(format_skeleton("Hm", moment, locale=_BABEL_LOCALES[_language]))


def format_number(value: int) -> str:
    """A whole number with the current language's grouping ("20,000" / "20 000")."""
    from babel.numbers import format_decimal as babel_format_decimal

    return str(babel_format_decimal(value, locale=_BABEL_LOCALES[_language]))


def format_decimal(value: float, digits: int = 1) -> str:
    """A decimal number with ``digits`` places and the current language's decimal sign."""
    from babel.numbers import format_decimal as babel_format_decimal

    pattern = "0." + "0" * digits if digits else "0"
    return str(babel_format_decimal(value, format=pattern, locale=_BABEL_LOCALES[_language]))


def format_signed(value: float, digits: int = 1) -> str:
    """A change with its sign (``+0.6`` / ``+0,6``); one that rounds to nothing has none."""
    if round(value, digits) == 0:
        return format_decimal(0.0, digits)
    return ("-" if value < 0 else "+") + format_decimal(abs(value), digits)


def format_list(parts: list[str]) -> str:
    """Phrases joined as the current language lists them ("a, b and c" / "a, b et c")."""
    from babel.lists import format_list as babel_format_list

    return str(babel_format_list(parts, locale=_BABEL_LOCALES[_language])) if parts else ""


class Labels(Mapping[str, str]):
    """Words for a set of keys, read from the catalogue each time one is looked up.

    A core module keeps ``STYLE_LABELS = Labels("STYLE_LABELS")`` where it used to keep a
    dict: callers index it as before, and the words follow the language in use, even
    though the module was imported before the language was chosen.
    """

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def _words(self) -> Mapping[str, str]:
        from biy_tui.core.text import messages

        words: Mapping[str, str] = getattr(messages, self._name)
        return words

    def __getitem__(self, key: str) -> str:
        return self._words()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._words())

    def __len__(self) -> int:
        return len(self._words())

    def __repr__(self) -> str:
        return f"Labels({self._name!r})"


class Plural:
    """A sentence with a singular and a plural form, chosen by a number when it is said.

    Declared in :mod:`biy_tui.core.text.messages` as
    ``X = Plural("{n} activity", "{n} activities")`` and said as ``messages.X(n=3)``:
    the count decides the form (in French, 0 and 1 take the singular), and every field
    is filled in.
    """

    __slots__ = ("plural", "singular")

    def __init__(self, singular: str, plural: str) -> None:
        self.singular = singular
        self.plural = plural

    def __call__(self, n: int, **fields: object) -> str:
        """The sentence for ``n``, in the current language, with ``{n}`` and ``fields`` filled."""
        return ngettext(self.singular, self.plural, n).format(n=n, **fields)

    def __repr__(self) -> str:
        return f"Plural({self.singular!r}, {self.plural!r})"
