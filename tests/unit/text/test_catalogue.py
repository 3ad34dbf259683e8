"""The French catalogue is complete, current, and keeps what the English relies on.

A translation is only useful if every sentence has one, if it still matches the English
it was made from, and if it keeps the pieces the code fills in (``{path}``, ``{count}``),
the keys a person presses and the commands they type. The voice is chosen once for the
whole catalogue: biy speaks to the facilitator as a peer, with "tu" (tutoiement), so no
French sentence may say "vous".
"""

from __future__ import annotations

import importlib.util
import re
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Message
from babel.messages.pofile import read_po

from biy_tui.core import text
from biy_tui.core.text import messages

ROOT = Path(__file__).resolve().parents[3]
PO = text.LOCALE_DIR / "fr" / "LC_MESSAGES" / f"{text.DOMAIN}.po"


def _i18n_script() -> ModuleType:
    """``scripts/i18n.py``, loaded by path (``scripts`` is not a package)."""
    name = "biy_i18n_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _entries() -> list[Message]:
    with PO.open("rb") as fh:
        catalog = read_po(fh, locale="fr", domain=text.DOMAIN)
    return [m for m in catalog if m.id]


def _pairs() -> Iterator[tuple[str, str]]:
    """Every (English, French) pair; a plural entry gives one pair per form."""
    for entry in _entries():
        if isinstance(entry.id, tuple):
            singular, plural = entry.id
            forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            for n, form in enumerate(forms):
                yield (singular if n == 0 else plural), form
        else:
            yield entry.id, str(entry.string)


_FORMATTER = string.Formatter()


def _fields(sentence: str) -> set[str]:
    return {field for _, field, _, _ in _FORMATTER.parse(sentence) if field is not None}


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    text.use_language("en")


def test_every_sentence_has_a_current_french_translation() -> None:
    """No missing, fuzzy or stale entry, and biy.mo is compiled from today's biy.po."""
    found = _i18n_script().problems()
    assert found == [], "\n".join(found[:20])


def test_the_catalogue_is_not_empty() -> None:
    assert len(_entries()) > 300


def test_french_keeps_exactly_the_placeholders_of_the_english() -> None:
    wrong = [
        (english, french)
        for english, french in _pairs()
        if french and _fields(english) != _fields(french)
    ]
    assert wrong == []


def test_french_keeps_leading_and_trailing_spaces() -> None:
    """A prompt ending in a space, or a fragment glued after another, keeps its edges."""
    wrong = [
        (english, french)
        for english, french in _pairs()
        if french
        and (
            english[:1].isspace() != french[:1].isspace()
            or english[-1:].isspace() != french[-1:].isspace()
        )
    ]
    assert wrong == []


_KEYS = re.compile(r"\b(?:Ctrl\+\w+|F\d{1,2}|Escape|Enter|Tab)\b")
_OPTIONS = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
# A command in quotes ('biy curriculum check'), and the two said without quotes.
_COMMANDS = re.compile(r"'biy [a-z]+|\bbiy (?:serve|scrub)\b")


@pytest.mark.parametrize(
    ("what", "pattern"), [("keys", _KEYS), ("options", _OPTIONS), ("commands", _COMMANDS)]
)
def test_french_keeps_keys_options_and_commands(what: str, pattern: re.Pattern[str]) -> None:
    """The French names the same keys, command-line options and biy commands."""
    wrong = [
        (english, french)
        for english, french in _pairs()
        if french and sorted(pattern.findall(english)) != sorted(pattern.findall(french))
    ]
    assert wrong == [], what


def test_sentences_are_translated_not_copied() -> None:
    """A sentence of three words or more must not come back in English."""
    words = re.compile(r"[A-Za-z]{2,}")
    copied = [
        english
        for english, french in _pairs()
        if len(words.findall(_FORMATTER.vformat(english, (), _Blank()))) >= 3 and french == english
    ]
    assert copied == []


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def test_the_french_says_tu_never_vous() -> None:
    """Tutoiement is chosen once: no "vous" (nor "votre", "vos") in any sentence."""
    vous = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
    found = [french for _, french in _pairs() if vous.search(french)]
    assert found == []
    assert any(re.search(r"\b(?:tu|tes|ton|ta|toi)\b", f) for _, f in _pairs())


def test_biy_speaks_french_when_asked_and_english_again_after() -> None:
    english = (messages.OVERVIEW_TITLE, messages.HELP_TITLE, messages.HISTORY_KINDS)
    text.use_language("fr")
    assert messages.OVERVIEW_TITLE == "Le programme"
    assert messages.HELP_TITLE.format(screen="X") == "Aide : X"
    assert messages.DEBRIEF_SAVED.format(week=3) == "Bilan de la semaine 3 enregistré."
    assert messages.HISTORY_KINDS["checkin"] == "Tours de table"
    assert messages.APP_TITLE == "biy"
    text.use_language("en")
    assert english == (messages.OVERVIEW_TITLE, messages.HELP_TITLE, messages.HISTORY_KINDS)
    assert messages.OVERVIEW_TITLE == "The program"


def test_plural_entries_choose_the_french_form() -> None:
    """French takes the singular for 0 and 1, the plural from 2."""
    plurals = [e for e in _entries() if isinstance(e.id, tuple)]
    text.use_language("fr")
    for entry in plurals:
        singular, plural = entry.id
        one, other = entry.string
        assert text.ngettext(singular, plural, 0) == one
        assert text.ngettext(singular, plural, 1) == one
        assert text.ngettext(singular, plural, 2) == other


def _memory_pairs() -> list[tuple[str, str]]:
    path = _i18n_script().memory_path("fr")
    if not path.exists():
        return []
    with path.open("rb") as fh:
        memory = read_po(fh, locale="fr", domain=text.DOMAIN)
    return [(str(m.id), str(m.string)) for m in memory if m.id and isinstance(m.id, str)]


def test_translations_made_ahead_keep_placeholders_and_say_tu() -> None:
    vous = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
    for english, french in _memory_pairs():
        assert french, english
        assert _fields(english) == _fields(french), english
        assert sorted(_KEYS.findall(english)) == sorted(_KEYS.findall(french)), english
        assert not vous.search(french), french
        assert english[:1].isspace() == french[:1].isspace(), english
        assert english[-1:].isspace() == french[-1:].isspace(), english


def test_update_fills_an_empty_or_fuzzy_entry_from_memory(tmp_path: Path) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    i18n = _i18n_script()
    memory = Catalog(locale="fr", domain=text.DOMAIN)
    memory.add("Saved.", "Enregistré.")
    memory.add("Week {week}", "Semaine {week}")
    memory.add("Not yet", "")
    memory_file = tmp_path / "memory.po"
    with memory_file.open("wb") as fh:
        write_po(fh, memory)

    catalog = Catalog(locale="fr", domain=text.DOMAIN)
    catalog.add("Saved.", "")
    catalog.add("Week {week}", "Semaine {week} (old)", flags=["fuzzy"])
    catalog.add("Kept", "Gardé")
    catalog.add("Not yet", "")
    assert i18n.fill_from_memory(catalog, memory_file) == 2
    assert catalog.get("Saved.").string == "Enregistré."
    assert catalog.get("Week {week}").string == "Semaine {week}"
    assert not catalog.get("Week {week}").fuzzy
    assert catalog.get("Kept").string == "Gardé"
    assert catalog.get("Not yet").string == ""
    assert i18n.fill_from_memory(catalog, tmp_path / "none.po") == 0


def test_no_sentence_name_is_defined_twice() -> None:
    """A second ``NAME = ...`` silently replaces the first (the report screen once showed
    "{program}" in its header because REPORT_TITLE was written twice)."""
    import ast
    from collections import Counter
    from pathlib import Path

    import biy_tui.core.text.messages as module

    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.isupper()
    )
    assert not [n for n, count in names.items() if count > 1]
