"""Hypothesis fuzzes the loader: it raises nothing but CurriculumError, whatever it is given."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biy_tui.core.curriculum import CurriculumError, parse_program, parse_week
from biy_tui.core.curriculum.models import Program
from tests.unit.curriculum.helpers import week_text

_PROGRAM_PATH = Path(__file__).resolve().parents[3] / "curriculum" / "program.toml"


@pytest.fixture(scope="module")
def program() -> Program:
    return parse_program(_PROGRAM_PATH.read_bytes())


def _must_be_clear(call) -> None:  # type: ignore[no-untyped-def]
    try:
        call()
    except CurriculumError as exc:
        assert exc.problems
        for problem in exc.problems:
            text = str(problem)
            assert text and "\n" not in text and "Traceback" not in text


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

toml_scalars = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.text(max_size=20),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.one_of(st.text(max_size=8), st.integers()), max_size=4),
)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return repr(value)


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes(program: Program, data: bytes) -> None:
    _must_be_clear(lambda: parse_week(data, "week-99.toml", program))
    _must_be_clear(lambda: parse_program(data))


@FUZZ
@given(st.text(max_size=400))
def test_any_text(program: Program, text: str) -> None:
    _must_be_clear(lambda: parse_week(text.encode("utf-8", "surrogatepass"), "w.toml", program))


@FUZZ
@given(
    st.data(),
    st.sampled_from(
        [
            "week",
            "part",
            "title",
            "intensity",
            "themes",
            "goals",
            "minutes",
            "style",
            "id",
            "materials",
            "group_size",
            "steps",
            "check_in_scales",
        ]
    ),
    toml_scalars,
)
def test_one_field_replaced(program: Program, data: st.DataObject, key: str, value: object) -> None:
    lines = week_text().splitlines()
    candidates = [i for i, line in enumerate(lines) if line.startswith(f"{key} =")]
    if not candidates:
        lines.insert(1, f"{key} = {_toml_value(value)}")
    else:
        index = data.draw(st.sampled_from(candidates))
        lines[index] = f"{key} = {_toml_value(value)}"
    text = "\n".join(lines)
    _must_be_clear(lambda: parse_week(text.encode(), "w.toml", program))


@FUZZ
@given(st.data())
def test_lines_dropped_or_duplicated(program: Program, data: st.DataObject) -> None:
    lines = week_text().splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        if data.draw(st.booleans()):
            del lines[i]
        else:
            lines.insert(i, lines[i])
        if not lines:
            break
    text = "\n".join(lines)
    _must_be_clear(lambda: parse_week(text.encode(), "w.toml", program))


@FUZZ
@given(st.text(min_size=1, max_size=30))
def test_program_fields_fuzzed(value: str) -> None:
    text = _PROGRAM_PATH.read_text(encoding="utf-8")
    broken = text.replace("default_session_minutes = 120", f"default_session_minutes = {value}")
    _must_be_clear(lambda: parse_program(broken.encode("utf-8", "surrogatepass")))
