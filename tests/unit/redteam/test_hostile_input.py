"""Red-team pass: hostile files and odd arguments get one sentence, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from biy_tui.__main__ import run


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = run(list(args))
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    return code, text


def test_import_of_a_deeply_nested_file_is_one_plain_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / "deep.json"
    hostile.write_text("[" * 100_000 + "]" * 100_000)
    code, text = _run(capsys, "--data-dir", str(tmp_path / "data"), "import", str(hostile))
    assert code != 0
    assert "unexpected problem" not in text
    assert "not a biy export" in text


@pytest.mark.parametrize(
    "command",
    [["import"], ["report", "merge"], ["scrub"], ["scrub", "--check"]],
    ids=["import", "report-merge", "scrub", "scrub-check"],
)
def test_a_fifo_given_as_a_file_is_refused_not_waited_on(
    tmp_path: Path, command: list[str]
) -> None:
    # Opening a named pipe for reading blocks until someone writes to it: biy must
    # look before it reads and say in one sentence that this is not a plain file.
    fifo = tmp_path / "records.json"
    os.mkfifo(fifo)
    env = {
        **os.environ,
        "BIY_DATA_DIR": str(tmp_path / "data"),
        "BIY_LANG": "en",
        "HOME": str(tmp_path),
    }
    try:
        done = subprocess.run(
            [sys.executable, "-m", "biy_tui", *command, str(fifo)],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=60,  # a guard against hanging the suite, not a timing assertion
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"biy {' '.join(command)} waited on a named pipe instead of refusing it")
    text = done.stdout + done.stderr
    assert done.returncode != 0
    assert "Traceback" not in text
    assert "not a plain file" in text
    assert len(text.strip().splitlines()) == 1


def test_scrub_never_writes_escape_sequences_or_bidi_overrides_to_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # OSC 52 sets the clipboard, OSC 8 makes a link, U+202E reverses what follows.
    hostile = tmp_path / "notes.txt"
    hostile.write_text(
        "we met \x1b]52;c;aGVsbG8=\x07 and \x1b]8;;http://x.example\x1b\\here\x1b]8;;\x1b\\"
        " then \u202eevil\u202c and \x1b[2J done\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, text = _run(capsys, "--data-dir", str(tmp_path / "data"), "scrub", str(hostile))
    assert code == 0
    assert "\x1b" not in text
    assert "\x07" not in text
    assert "\u202e" not in text
    assert "we met" in text
    assert "done" in text


def test_a_curriculum_path_that_is_a_file_is_not_called_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "week-01.toml"
    not_a_folder.write_text("[week]\n", encoding="utf-8")
    code, text = _run(
        capsys,
        "--data-dir",
        str(tmp_path / "data"),
        "--curriculum",
        str(not_a_folder),
        "curriculum",
        "check",
    )
    assert code != 0
    assert "does not exist" not in text
    assert "not a folder" in text


def test_a_data_dir_that_is_a_file_is_described_the_right_way_round(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "records"
    a_file.write_text("x", encoding="utf-8")
    code, text = _run(capsys, "--data-dir", str(a_file), "export")
    assert code != 0
    assert "where a file should be" not in text  # it said a folder is where a file should be
    assert "where a folder should be" in text


def test_doctor_on_a_data_folder_under_a_file_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "home"
    a_file.write_text("x", encoding="utf-8")
    code, text = _run(capsys, "--data-dir", str(a_file / "data"), "doctor")
    assert code == 1
    assert "unexpected problem" not in text
    assert str(a_file / "data") in text
    assert len(text.strip().splitlines()) == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize(
    "command",
    [["export"], ["report"], ["supports"], ["curriculum", "check"]],
    ids=["export", "report", "supports", "curriculum-check"],
)
def test_output_onto_a_full_disk_is_one_sentence_that_says_it_is_incomplete(
    tmp_path: Path, command: list[str]
) -> None:
    # `biy export > /media/usb/backup.json` on a full stick: the backup is not whole.
    env = {
        **os.environ,
        "BIY_DATA_DIR": str(tmp_path / "data"),
        "BIY_LANG": "en",
        "HOME": str(tmp_path),
    }
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "biy_tui", *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,  # a guard against hanging the suite, not a timing assertion
        )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "unexpected problem" not in done.stderr
    assert "incomplete" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


HOSTILE_NAME = "notes\x1b]52;c;aGVsbG8=\x07\x1b[2J\u202eevil"
"""A folder name that would set the clipboard, clear the screen and reverse the text."""


@pytest.mark.parametrize(
    "args",
    [
        ["--data-dir", "{tmp}/" + HOSTILE_NAME, "doctor"],
        ["--data-dir", "{tmp}/data", "export", "--out", "{tmp}/" + HOSTILE_NAME + "/x/y.json"],
        ["--data-dir", "{tmp}/data", "--curriculum", "{tmp}/" + HOSTILE_NAME, "check"],
        ["--data-dir", "{tmp}/data", "import", "{tmp}/" + HOSTILE_NAME + ".json"],
        ["--data-dir", "{tmp}/data", "report", "--part", "\x1b[2J"],
    ],
    ids=["doctor", "export", "check", "import", "argparse"],
)
def test_a_hostile_path_or_argument_never_reaches_the_terminal_raw(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    """A path or a word she typed comes back in biy's sentences: on a terminal, and in
    the messages on standard error wherever they go, it is shown inert."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    _code, text = _run(capsys, *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert text.strip()
    for raw in ("\x1b", "\x07", "\u202e"):
        assert raw not in text
