"""Text from curriculum files is inert, and a file biy cannot read makes its week unavailable.

Hostile text (markup, every C0/C1 control, CSI/OSC/DCS sequences, bidi overrides, invalid
UTF-8) is fed through the loader: it either loads with every string clean, or is refused
with a clear problem. A site week that cannot be read (bad UTF-8, bad TOML, too large, not a
file) is never silently replaced by the shipped week.
"""

from __future__ import annotations

import os
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biy_tui.core import paths
from biy_tui.core.curriculum import (
    CurriculumError,
    load_curriculum,
    loader,
    parse_program,
    parse_week,
)
from biy_tui.core.curriculum.models import Program
from biy_tui.core.inert import is_clean
from biy_tui.core.text import messages
from tests.unit.curriculum.helpers import week_text, write

SHIPPED = paths.shipped_curriculum_dir()

CONTROLS = [chr(c) for c in range(0x20)] + [chr(c) for c in range(0x7F, 0xA0)]
NASTY = [
    "\x1b[31m",
    "\x1b[2J",
    "\x1b]0;PWNED\x07",
    "\x1b]52;c;UFdORUQ=\x07",
    "\x1bPq#0;2;0;0;0\x1b\\",
    "\x9b31m",
    "\u202e",
    "\u2066",
    "[@click=app.quit]",
    "[/]",
    "[bold red]",
    "![x](http://example.invalid/x.png)",
    "<script>",
]
hostile = st.lists(
    st.one_of(st.sampled_from(CONTROLS), st.sampled_from(NASTY), st.text(max_size=6)),
    min_size=1,
    max_size=8,
).map("".join)


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string (every character outside printable ASCII escaped)."""
    out = []
    for ch in text:
        if " " <= ch <= "~" and ch not in '"\\':
            out.append(ch)
        else:
            out.append(f"\\U{ord(ch):08X}")
    return '"' + "".join(out) + '"'


@pytest.fixture(scope="module")
def program() -> Program:
    return parse_program((SHIPPED / "program.toml").read_bytes())


def strings_of(value: object) -> list[str]:
    """Every string inside a loaded struct."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for k, v in node.items():
                walk(k)
                walk(v)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(msgspec.to_builtins(value))
    return found


FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(title=hostile, summary=hostile, note=hostile)
def test_hostile_text_loads_clean_or_is_refused(
    program: Program, title: str, summary: str, note: str
) -> None:
    if any(0xD800 <= ord(c) <= 0xDFFF for c in title + summary + note):
        return  # not expressible in TOML at all
    text = week_text(extra=f"summary = {toml_string(summary)}\nonline_note = {toml_string(note)}\n")
    text = text.replace('title = "An activity"', f"title = {toml_string(title)}", 1)
    try:
        week = parse_week(text.encode(), "week-21.toml", program)
    except CurriculumError as exc:
        for problem in exc.problems:
            assert is_clean(str(problem)) and "\n" not in str(problem)
        return
    for value in strings_of(week):
        assert is_clean(value), repr(value)
    assert "\n" not in week.activities[0].title


@FUZZ
@given(label=hostile)
def test_hostile_program_text_is_clean(label: str) -> None:
    if any(0xD800 <= ord(c) <= 0xDFFF for c in label):
        return
    data = (SHIPPED / "program.toml").read_text(encoding="utf-8")
    data = data.replace('label = "Shame and letting it go"', f"label = {toml_string(label)}", 1)
    try:
        program = parse_program(data.encode())
    except CurriculumError as exc:
        assert all(is_clean(str(p)) for p in exc.problems)
        return
    for value in strings_of(program):
        assert is_clean(value), repr(value)


@FUZZ
@given(junk=st.binary(min_size=1, max_size=40))
def test_arbitrary_bytes_are_refused_clearly_or_load_clean(program: Program, junk: bytes) -> None:
    data = week_text().encode().replace(b"A test week", b"A test" + junk, 1)
    try:
        week = parse_week(data, "week-21.toml", program)
    except CurriculumError as exc:
        assert exc.problems and all(is_clean(str(p)) for p in exc.problems)
        assert all(p.week == 21 for p in exc.problems)
        return
    assert all(is_clean(v) for v in strings_of(week))


def test_escape_sequences_from_toml_escapes_are_removed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    extra = 'summary = "\\u001b[2J\\u001b]0;PWNEDTITLE\\u0007 CLEARSCREEN \\u001b[41mRED"\n'
    write(site, "week-21.toml", week_text(extra=extra))
    cur = load_curriculum(SHIPPED, site)
    assert cur.weeks[21].summary == " CLEARSCREEN RED"


def test_markup_in_titles_is_kept_as_plain_text(tmp_path: Path) -> None:
    site = tmp_path / "site"
    text = week_text().replace('title = "An activity"', 'title = "[@click=app.quit]Click[/]"', 1)
    write(site, "week-21.toml", text)
    cur = load_curriculum(SHIPPED, site)
    assert cur.weeks[21].activities[0].title == "[@click=app.quit]Click[/]"


def test_site_week_that_is_not_utf8_is_unavailable_not_the_shipped_one(tmp_path: Path) -> None:
    site = tmp_path / "site"
    data = week_text(number=3).encode().replace(b"A test week", b"A test \xff\xfe week")
    write(site, "week-03.toml", data)
    cur = load_curriculum(SHIPPED, site)
    assert 3 not in cur.weeks
    assert 3 in cur.unavailable
    assert "week-03.toml (site folder)" in str(cur.unavailable[3])
    assert "UTF-8" in str(cur.unavailable[3])


def test_not_utf8_week_found_by_its_file_name_when_the_number_line_is_broken(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    write(site, "week-04.toml", b"\xff\xfe garbage without a number")
    cur = load_curriculum(SHIPPED, site)
    assert 4 not in cur.weeks and 4 in cur.unavailable


def test_site_week_with_bad_toml_is_unavailable(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write(site, "week-05.toml", "week = 5\ntitle = \n")
    cur = load_curriculum(SHIPPED, site)
    assert 5 not in cur.weeks and 5 in cur.unavailable


def test_a_file_over_the_size_limit_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    site = tmp_path / "site"
    path = write(site, "week-01.toml", week_text(number=1))
    with path.open("ab") as handle:
        handle.truncate(loader.MAX_FILE_BYTES + 10)  # sparse: big on paper, cheap to make
    cur = load_curriculum(SHIPPED, site)
    assert 1 not in cur.weeks and 1 in cur.unavailable
    why = str(cur.unavailable[1])
    assert "week-01.toml (site folder)" in why and "too large" in why
    assert is_clean(why)


def test_a_large_file_without_a_week_name_is_still_named(tmp_path: Path) -> None:
    site = tmp_path / "site"
    path = write(site, "extra.toml", week_text(number=22))
    with path.open("ab") as handle:
        handle.truncate(loader.MAX_FILE_BYTES * 3)
    cur = load_curriculum(SHIPPED, site)
    assert 22 in cur.unavailable
    assert any("extra.toml" in str(p) for p in cur.problems)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_and_never_read(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    os.mkfifo(site / "week-06.toml")
    cur = load_curriculum(SHIPPED, site)  # would block forever if it were opened
    assert 6 in cur.unavailable and "not a plain file" in str(cur.unavailable[6])


def test_file_names_with_controls_are_cleaned_in_problems(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write(site, "week-07\x1b[31m.toml", b"\xff")
    cur = load_curriculum(SHIPPED, site)
    assert cur.problems and all(is_clean(str(p)) for p in cur.problems)


def test_notice_names_unavailable_weeks_and_never_claims_what_did_not_happen(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    write(site, "week-03.toml", b"\xff\xfe")
    cur = load_curriculum(SHIPPED, site)
    notice = loader.notice_for(cur)
    assert notice is not None and "3" in notice and "(s)" not in notice
    assert load_curriculum(SHIPPED).problems == []
    assert loader.notice_for(load_curriculum(SHIPPED)) is None
    # A problem that makes no week unavailable does not say "unavailable".
    write(tmp_path / "site2", "program.toml", "name = 1\n")
    cur2 = load_curriculum(SHIPPED, tmp_path / "site2")
    assert not cur2.unavailable
    notice2 = loader.notice_for(cur2)
    assert notice2 is not None and "unavailable" not in notice2
    assert messages.CURRICULUM_NOTICE_CHECK in notice2


def test_the_cache_file_holds_no_escape_byte(tmp_path: Path) -> None:
    from biy_tui.core.curriculum.cache import CACHE_FILE, load_curriculum_cached

    site = tmp_path / "site"
    extra = 'summary = "\\u001b]0;PWNED\\u0007 words \\u009b2J"\n'
    write(site, "week-21.toml", week_text(extra=extra))
    first = load_curriculum_cached(SHIPPED, site)
    again = load_curriculum_cached(SHIPPED, site)  # from the cache
    assert first.weeks[21].summary == again.weeks[21].summary == " words "
    data = (paths.cache_dir() / CACHE_FILE).read_bytes()
    # MessagePack is binary (0x1b can be a length byte): look at every string in it.
    decoded = msgspec.msgpack.decode(data)
    assert b"PWNED" not in data
    assert all(is_clean(s) for s in strings_of(decoded))
