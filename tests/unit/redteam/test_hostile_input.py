"""Red-team pass: hostile files and odd arguments get one sentence, never a traceback."""

from __future__ import annotations

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
