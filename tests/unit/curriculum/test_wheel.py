"""The shipped curriculum is found from an installed wheel, not only from a checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.skipif(shutil.which("uv") is None, reason="uv is needed to build the wheel")
def test_wheel_installs_and_checks_curriculum(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "BIY_"))}
    env["UV_PYTHON_DOWNLOADS"] = "never"
    dist = tmp_path / "dist"
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        env=env,
    )
    [wheel] = dist.glob("biy-*.whl")
    venv = tmp_path / "venv"
    subprocess.run(
        ["uv", "venv", "--python", sys.executable, str(venv)],
        check=True,
        capture_output=True,
        env=env,
    )
    python = venv / "bin" / "python"
    install = subprocess.run(
        ["uv", "pip", "install", "--offline", "--python", str(python), str(wheel)],
        capture_output=True,
        text=True,
        env=env,
    )
    if install.returncode != 0:  # the cache lacks a package: fetch it from the registry
        subprocess.run(
            ["uv", "pip", "install", "--python", str(python), str(wheel)],
            check=True,
            capture_output=True,
            env=env,
        )
    env["BIY_HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [str(venv / "bin" / "biy"), "curriculum", "check"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Curriculum is fine: 20 weeks")
    located = subprocess.run(
        [
            str(python),
            "-c",
            "from biy_tui.core import paths; print(paths.shipped_curriculum_dir())",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    ).stdout.strip()
    assert "site-packages" in located
