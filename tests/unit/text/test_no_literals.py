"""No English sentence is written straight into the shell: it comes from the catalogue.

Every label, key description, palette command, notification and command-line help in
``biy_tui/ui`` and ``biy_tui/cli`` must be read from :mod:`biy_tui.core.text.messages`, so
that it is translated. :mod:`tests.unit.text.literals` finds the ones that are not.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.unit.text.literals import find, find_anywhere, is_text

ROOT = Path(__file__).resolve().parents[3]
SHELL = [ROOT / "biy_tui" / "ui", ROOT / "biy_tui" / "cli"]

# The few literals a person reads that are rightly not in the catalogue, with the reason.
ALLOWED: dict[tuple[str, str], str] = {}


def _shell_files() -> list[Path]:
    return sorted(p for root in SHELL for p in root.rglob("*.py"))


def test_the_shell_has_no_english_sentence_outside_the_catalogue() -> None:
    found = [
        str(lit)
        for path in _shell_files()
        for lit in find(path)
        if (path.relative_to(ROOT).as_posix(), lit.value) not in ALLOWED
    ]
    assert not found, "English text outside messages.py:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'Binding("q", "quit", "Quit")',
        'Binding("h", "hide", messages.KEY_HIDE, tooltip="Cover the screen at once")',
        'SystemCommand("History: search", "Key /", cb)',
        'Static("About this week")',
        'TabPane("Activities", id="a")',
        'Text(f"Feels: {mark}")',
        'Text.assemble(("Themes: ", "bold"), themes)',
        'self.notify("The file was written.")',
        'parser.add_argument("--out", help="write here instead of printing")',
        'sub.add_parser("x", description="Check every file.")',
        'self.title = f"Week {n}"',
    ],
)
def test_the_finder_catches_english_where_a_person_reads_it(tmp_path: Path, source: str) -> None:
    path = tmp_path / "screen.py"
    path.write_text(source + "\n", encoding="utf-8")
    assert list(find(path)), source


@pytest.mark.parametrize(
    "source",
    [
        'Binding("q", "quit", messages.KEY_QUIT, id="app.quit")',
        'self.query_one("#activity-list")',
        'Text(messages.LABEL_FEELS.format(mark=m), style="bold dim")',
        'Static(id="week-detail", classes="form-intro")',
        'parser.add_argument("--out", metavar="FILE", help=messages.CLI_OUT)',
        'log = logging.getLogger("biy.serve")',
        'Text(f"  {detail} · {minutes}")',
    ],
)
def test_the_finder_leaves_ids_styles_and_catalogue_reads_alone(
    tmp_path: Path, source: str
) -> None:
    path = tmp_path / "screen.py"
    path.write_text(source + "\n", encoding="utf-8")
    assert not list(find(path)), source


REPORTS = ROOT / "biy_tui" / "core" / "reports"


def test_the_report_modules_have_no_english_label_outside_the_catalogue() -> None:
    """Reports are read by people too: every title, column, row and total is translated."""
    found = [str(lit) for path in sorted(REPORTS.glob("*.py")) for lit in find_anywhere(path)]
    assert not found, "English text in a report module, outside messages.py:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'SESSION_COLUMNS = (("sessions", "Sessions"), ("in_person", "In person"))',
        'FIELD_LABELS = {"what_worked": "What worked"}',
        'def label(week):\n    return f"Week {week}"',
        'lines += [f"**Online:** {text}"]',
        'yield (key, "", "All weeks", f"{label}: hands", n)',
    ],
)
def test_the_report_finder_catches_labels_in_tuples_dicts_and_fstrings(
    tmp_path: Path, source: str
) -> None:
    path = tmp_path / "report.py"
    path.write_text(source + "\n", encoding="utf-8")
    assert list(find_anywhere(path)), source


@pytest.mark.parametrize(
    "source",
    [
        '"""A module docstring, in English."""',
        'def f():\n    """What this does."""\n    return 1',
        '__all__ = ["ReportFileError", "merge_reports"]',
        'parts.append(f\'<rect x="{x}" fill="none" stroke="{c}"/>\')',
        'yield ("report", "", "min_cell", "", str(n))',
        'css = "body { font-family: Georgia, serif; }"',
        "text = messages.REPORT_WEEK_N.format(week=w)",
    ],
)
def test_the_report_finder_leaves_keys_markup_and_docstrings_alone(
    tmp_path: Path, source: str
) -> None:
    path = tmp_path / "report.py"
    path.write_text(source + "\n", encoding="utf-8")
    assert not list(find_anywhere(path)), source


def test_every_allowed_exception_still_exists() -> None:
    """An allow-list entry that no longer matches anything is removed, not kept as a loophole."""
    present = {
        (path.relative_to(ROOT).as_posix(), lit.value)
        for path in _shell_files()
        for lit in find(path)
    }
    assert set(ALLOWED) <= present


def test_is_text_tells_words_from_identifiers() -> None:
    assert is_text("Back")
    assert is_text("all shown")
    assert is_text("Feels: {}")
    assert not is_text("week.back")
    assert not is_text("#activity-list")
    assert not is_text("bold dim")
    assert not is_text("{n}")
    assert ast.parse("x = 1")  # the finder only reads code, it never imports it
