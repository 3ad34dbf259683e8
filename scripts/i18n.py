"""Keep biy's translations in step with its English sentences (a developer tool, not shipped).

    uv run python scripts/i18n.py update    # extract the English, merge into every .po
    uv run python scripts/i18n.py compile   # write the .mo files biy reads
    uv run python scripts/i18n.py check     # exit 1 if a translation is missing or stale

``update`` also fills an empty or fuzzy entry from ``locale/<lang>/memory.po`` when that
file holds a translation of exactly the same English (made ahead of a merge).

The English source is :mod:`biy_tui.core.text.messages` (every constant, lists and dicts included,
and every ``Plural``) plus any ``_()``, ``N_()`` or ``ngettext()`` call elsewhere in the
package. Translators edit ``biy_tui/core/text/locale/<lang>/LC_MESSAGES/biy.po``.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "biy_tui"
sys.path.insert(0, str(ROOT))

from biy_tui.core.text import (  # noqa: E402
    DOMAIN,
    LANGUAGES,
    LOCALE_DIR,
    Plural,
    messages,
)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        if value:
            yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def source_catalog() -> Catalog:
    """Every English sentence biy can say, as a gettext template."""
    catalog = Catalog(project="biy", domain=DOMAIN, fuzzy=False)
    for name, value in messages.source().items():
        for text in _strings(value):
            catalog.add(
                text, locations=[("biy_tui/core/text/messages.py", 0)], auto_comments=[name]
            )
    plurals = [(n, v) for n, v in vars(messages).items() if isinstance(v, Plural)]
    plurals += [  # Plurals kept in a dict, like COUNT_KIND["plan"]
        (f"{name}[{key!r}]", item)
        for name, value in messages.source().items()
        if isinstance(value, dict)
        for key, item in value.items()
        if isinstance(item, Plural)
    ]
    for name, value in plurals:
        catalog.add(
            (value.singular, value.plural),
            locations=[("biy_tui/core/text/messages.py", 0)],
            auto_comments=[name],
        )
    keywords = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(PACKAGE), method_map=[("**.py", "python")], keywords=keywords
    ):
        if message:
            catalog.add(message, locations=[(f"biy_tui/{filename}", lineno)])
    return catalog


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain=DOMAIN)
    with path.open("rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


# gettext's usual French rule (0 and 1 singular); CLDR's extra "millions" form is not
# something any sentence of biy needs.
_PLURALS = {"fr": (2, "(n > 1)")}


def _set_header(catalog: Catalog, lang: str) -> None:
    catalog.fuzzy = False
    catalog.project = "biy"
    catalog.version = ""
    catalog.msgid_bugs_address = ""
    catalog.copyright_holder = "the biy developers"
    catalog.last_translator = "the biy developers"
    catalog.language_team = f"biy ({lang})"
    catalog.header_comment = f"# biy's sentences in {lang}: edit msgstr only; see scripts/i18n.py."
    if lang in _PLURALS:
        catalog._num_plurals, catalog._plural_expr = _PLURALS[lang]


def memory_path(lang: str) -> Path:
    """Translations made ahead of time, for English sentences not merged yet."""
    return LOCALE_DIR / lang / "memory.po"


def _complete(texts: object) -> bool:
    return bool(texts) and (not isinstance(texts, tuple) or all(texts))


def fill_from_memory(catalog: Catalog, memory_file: Path) -> int:
    """Give every empty or fuzzy entry the translation made ahead of time for exactly its
    English, if ``memory_file`` has one; returns how many entries were filled."""
    if not memory_file.exists():
        return 0
    with memory_file.open("rb") as fh:
        memory = read_po(fh, locale=catalog.locale, domain=DOMAIN)
    filled = 0
    for message in catalog:
        known = memory.get(message.id) if message.id else None
        if known is None or not _complete(known.string):
            continue
        if message.fuzzy or not _complete(message.string):
            message.string = known.string
            message.flags.discard("fuzzy")
            message.previous_id = []
            filled += 1
    return filled


def update() -> None:
    template = source_catalog()
    for lang in LANGUAGES[1:]:
        catalog = read(lang)
        catalog.update(template, update_header_comment=False)
        catalog.obsolete.clear()
        fill_from_memory(catalog, memory_path(lang))
        _set_header(catalog, lang)
        path = po_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            write_po(fh, catalog, width=100, omit_header=False, sort_output=False)


def compiled(lang: str) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, read(lang), use_fuzzy=False)
    return buffer.getvalue()


def compile_all() -> None:
    for lang in LANGUAGES[1:]:
        po_path(lang).with_suffix(".mo").write_bytes(compiled(lang))


def problems() -> list[str]:
    """What is missing or stale, one line each (empty when every language is complete)."""
    template = source_catalog()
    found: list[str] = []
    for lang in LANGUAGES[1:]:
        catalog = read(lang)
        for message in template:
            if not message.id:
                continue
            have = catalog.get(message.id)
            texts = have.string if have else None
            missing = have is None or not texts or (isinstance(texts, tuple) and not all(texts))
            if missing:
                found.append(f"{lang}: no translation for {message.id!r}")
            elif have.fuzzy:
                found.append(f"{lang}: fuzzy (needs review) {message.id!r}")
        for message in catalog:
            if message.id and message.id not in template:
                found.append(f"{lang}: stale entry no longer in the source {message.id!r}")
        mo = po_path(lang).with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled(lang):
            found.append(f"{lang}: {mo.name} is out of date; run scripts/i18n.py compile")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} translation problems")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
