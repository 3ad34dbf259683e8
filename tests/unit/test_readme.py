"""The README stays a true guide: the two commands, every command of the CLI, and the
sections a facilitator or coordinator looks for (a rewrite once dropped 474 lines of it)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from biy_tui.cli import build_parser

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser, prefix: str = "biy") -> list[str]:
    found: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found.append(f"{prefix} {name}")
                found.extend(_commands(child, f"{prefix} {name}"))
    return found


def test_the_two_commands_are_there() -> None:
    assert "uv run biy" in README
    assert "uv run pytest" in README


@pytest.mark.parametrize("command", _commands(build_parser()))
def test_every_command_of_the_cli_is_described(command: str) -> None:
    assert command in README, f"the README never mentions `{command}`"


@pytest.mark.parametrize(
    "topic",
    [
        "## Install",
        "## The command line",
        "## The curriculum",
        "## Where your data lives",
        "### Backups",
        "### Encryption",
        "### Reports",
        "biy serve",
        "biy export",
        "### Language",
    ],
)
def test_the_sections_people_look_for_are_there(topic: str) -> None:
    assert topic in README
