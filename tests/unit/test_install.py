"""biy installs the way its peers do: a wheel with everything biy runs and nothing it does not,
and ``uv tool install`` putting a working ``biy`` on the PATH, usable from any folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import biy_tui

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.serial,
    pytest.mark.skipif(shutil.which("uv") is None, reason="uv is needed to build the wheel"),
]


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "BIY_", "UV_"))}
    env["UV_PYTHON_DOWNLOADS"] = "never"
    env["BIY_HOME"] = str(tmp / "home")
    env["UV_TOOL_DIR"] = str(tmp / "tools")
    env["UV_TOOL_BIN_DIR"] = str(tmp / "bin")
    env["PATH"] = f"{tmp / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        env=_env(dist),
    )
    [built] = dist.glob("biy-*.whl")
    yield built


def test_the_wheel_holds_what_biy_runs_and_not_the_build_scripts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert wheel.name.startswith(f"biy-{biy_tui.__version__}-")
    weeks = {n for n in names if n.startswith("biy_tui/_curriculum/week-")}
    assert len(weeks) >= 20 and "biy_tui/_curriculum/program.toml" in names
    for shipped in (ROOT / "biy_tui" / "privacy" / "data").glob("*.txt"):
        assert f"biy_tui/core/privacy/data/{shipped.name}" in names, shipped.name
    for catalogue in (ROOT / "biy_tui" / "text" / "locale").rglob("*.mo"):
        assert catalogue.relative_to(ROOT).as_posix() in names
    assert any(n.endswith("/licenses/LICENSE") for n in names)
    assert not [n for n in names if n.endswith("build_lists.py") or n.startswith("scripts/")]
    assert not [n for n in names if "__pycache__" in n or n.startswith(("tests/", "benchmarks/"))]


def test_uv_tool_install_puts_a_working_biy_on_the_path(wheel: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    install = subprocess.run(
        ["uv", "tool", "install", "--offline", "--python", sys.executable, str(wheel)],
        capture_output=True,
        text=True,
        env=env,
    )
    if install.returncode != 0:  # the cache lacks a package: fetch it from the registry
        subprocess.run(
            ["uv", "tool", "install", "--python", sys.executable, str(wheel)],
            check=True,
            capture_output=True,
            env=env,
        )
    biy = shutil.which("biy", path=env["PATH"])
    assert biy is not None and biy.startswith(str(tmp_path / "bin"))
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [biy, *args], capture_output=True, text=True, env=env, cwd=elsewhere, input=stdin
        )

    assert run("--version").stdout.strip() == f"biy {biy_tui.__version__}"
    assert "serve" in run("--help").stdout
    checked = run("curriculum", "check")
    assert checked.returncode == 0 and checked.stdout.startswith("Curriculum is fine: 20 weeks")
    scrubbed = run("scrub", stdin="Call her on 403-555-0142 tonight.\n")
    assert "403-555-0142" not in scrubbed.stdout and "[phone]" in scrubbed.stdout
    served = subprocess.Popen(
        [biy, "serve", "--no-open"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=elsewhere,
    )
    try:
        assert served.stdout is not None
        assert served.stdout.readline().startswith("http://127.0.0.1:")
    finally:
        served.send_signal(signal.SIGINT)
        assert served.wait(timeout=30) == 0
