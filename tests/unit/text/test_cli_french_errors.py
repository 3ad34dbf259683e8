"""argparse's own error words (an unknown option, a missing argument) read French too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from biy_tui.core import text
from biy_tui.core.text import messages


@pytest.fixture(autouse=True)
def _french() -> Iterator[None]:
    text.use_language("fr")
    yield
    text.use_language("en")


def _error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from biy_tui.cli import build_parser

    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert stopped.value.code == 2
    return capsys.readouterr().err


def test_an_unknown_option_is_said_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(["report", "--bogus"], capsys)
    assert "unrecognized" not in err
    assert "--bogus" in err and "Essaie 'biy --help'" in err


def test_a_wrong_choice_is_said_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(["report", "--format", "pdf"], capsys)
    assert "invalid choice" not in err and "choose from" not in err
    assert "'pdf'" in err


def test_every_argparse_word_has_its_placeholders_in_french() -> None:
    for english, french in messages.CLI_ARGPARSE_WORDS.items():
        for field in ("%s", "%r", "%(value)r", "%(choices)s", "%(argument_name)s", "%(message)s"):
            assert english.count(field) == french.count(field), (english, french)


def test_each_command_in_french_help_starts_with_an_infinitive(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """One voice for the list of commands: "vérifier…", "écrire…", never "ouvre…"."""
    from biy_tui.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    helps = [choice.help for choice in sub._choices_actions]  # type: ignore[attr-defined]
    assert helps
    first = {str(h).split()[0] for h in helps}
    infinitive = {"écrire", "lire", "faire", "dire", "mettre"}  # the -re verbs biy uses
    assert all(w.endswith(("er", "ir")) or w in infinitive for w in first), first
