"""The help paragraphs, one Markdown file per screen, in English and in French.

``biy_tui/core/text/help/<lang>/<ScreenClass>.md`` holds what the help screen (``?``) says
about a screen. Until every screen reads its file, a screen that still spells its ``HELP``
out in Python must say the same as its English file, so the two never drift apart.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from biy_tui.core import text

HELP_DIR = Path(text.__file__).parent / "help"
UI = Path(text.__file__).parent.parent.parent / "ui"


def _names(lang: str) -> set[str]:
    return {path.stem for path in (HELP_DIR / lang).glob("*.md")}


def _literal_help() -> dict[str, str]:
    """Each screen class whose ``HELP`` is still a string literal, with that string."""
    found: dict[str, str] = {}
    for path in sorted([*(UI / "screens").glob("*.py"), *(UI / "dialogs").glob("*.py")]):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            for statement in node.body:
                if (
                    isinstance(statement, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "HELP" for t in statement.targets)
                    and isinstance(statement.value, ast.Constant)
                    and isinstance(statement.value.value, str)
                    and statement.value.value
                ):
                    found[node.name] = statement.value.value
    return found


def _read(lang: str, name: str) -> str:
    return (HELP_DIR / lang / f"{name}.md").read_text(encoding="utf-8")


def test_every_help_file_is_in_both_languages() -> None:
    assert len(_names("en")) >= 18
    assert _names("en") == _names("fr")


def test_no_screen_spells_out_its_help_in_python() -> None:
    """Help paragraphs live in the Markdown files (or the catalogue), never in a screen."""
    assert _literal_help() == {}


def test_the_help_screen_reads_the_file_in_the_language_in_use() -> None:
    try:
        text.use_language("fr")
        assert text.help_text("CheckInScreen") == _read("fr", "CheckInScreen").strip()
        assert text.help_text("NoSuchScreen") is None
    finally:
        text.use_language("en")
    assert text.help_text("CheckInScreen") == _read("en", "CheckInScreen").strip()


@pytest.mark.parametrize("name", sorted(_names("fr")))
def test_the_french_help_is_whole_keeps_its_keys_and_says_tu(name: str) -> None:
    english, french = _read("en", name), _read("fr", name)
    assert french.strip() and french.endswith("\n") and french != english
    keys = re.compile(r"\b(?:Ctrl\+\w+|F\d{1,2}|Escape|Enter|Tab|Page (?:Up|Down))\b")
    assert sorted(keys.findall(french)) == sorted(keys.findall(english))
    assert not re.search(r"\b(?:vous|votre|vos)\b", french, re.IGNORECASE)
