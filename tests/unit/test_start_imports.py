"""Opening the app loads only what the first screen and the overview need."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from biy_tui.cli import build_parser, opens_the_app


@pytest.mark.parametrize(
    ("argv", "app"),
    [
        ([], True),
        (["--data-dir", "x"], True),
        (["--data-dir=x", "--curriculum", "y"], True),
        (["--data-dir"], False),  # the full parser says what is missing
        (["doctor"], False),
        (["--data-dir", "x", "doctor"], False),
        (["--help"], False),
        (["--datadir", "x"], False),
        (["--version"], False),
    ],
)
def test_only_the_apps_own_options_skip_the_commands(argv: list[str], app: bool) -> None:
    assert opens_the_app(argv) is app


def test_the_apps_parser_reads_its_options() -> None:
    args = build_parser(commands=False).parse_args(["--data-dir", "d", "--curriculum", "c"])
    assert (args.data_dir, args.curriculum) == ("d", "c")
    assert getattr(args, "func", None) is None


def test_the_full_parser_still_has_the_commands() -> None:
    args = build_parser().parse_args(["--data-dir", "d", "doctor"])
    assert args.data_dir == "d" and callable(args.func)


def _clean_env() -> dict[str, str]:
    """This environment without biy's own variables (the interpreter's flags stay)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("BIY_")}


def _modules_after(code: str, tmp_path: Path) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        env={**_clean_env(), "BIY_HOME": str(tmp_path / "home")},
    )
    return set(done.stdout.split())


def test_opening_the_records_does_not_load_the_guard_or_the_exchange(tmp_path: Path) -> None:
    code = (
        "from biy_tui.core.store import Store, maintenance\n"
        "maintenance.take_passphrase\n"
        "Store.open(sys.argv[1] + '/data').close()\n"
    )
    loaded = _modules_after(code, tmp_path)
    assert "biy_tui.core.store.facade" in loaded
    for heavy in (
        "biy_tui.core.privacy.guard",
        "biy_tui.core.store.exchange",
        "biy_tui.core.store.doctor",
        "biy_tui.core.store.convert",
    ):
        assert heavy not in loaded


def test_parsing_the_apps_start_loads_no_command_module(tmp_path: Path) -> None:
    code = (
        "from biy_tui.cli import build_parser, opens_the_app\n"
        "build_parser(commands=not opens_the_app([])).parse_args([])\n"
    )
    loaded = _modules_after(code, tmp_path)
    assert "biy_tui.cli" in loaded
    assert not {m for m in loaded if m.startswith("biy_tui.cli.") and m.endswith("_cmds")}


def test_the_lazy_names_are_the_same_objects() -> None:
    from biy_tui.core import privacy
    from biy_tui.core.privacy import guard
    from biy_tui.core.store import envpass, maintenance

    assert privacy.find is guard.find
    assert maintenance.take_passphrase is envpass.take
    with pytest.raises(AttributeError):
        _ = maintenance.no_such_name
