"""Loading the curriculum: every mistake gets one clear sentence; other weeks still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from biy_tui.core.curriculum import (
    STYLES,
    CurriculumError,
    load_curriculum,
    parse_program,
    parse_week,
)
from tests.unit.curriculum.helpers import week_text, write


@pytest.fixture
def program(shipped_curriculum: Path):
    return parse_program((shipped_curriculum / "program.toml").read_bytes())


def problems_of(text: str | bytes, program, file: str = "week-21.toml") -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(CurriculumError) as info:
        parse_week(data, file, program)
    return [str(p) for p in info.value.problems]


def test_shipped_curriculum_has_twenty_complete_weeks(shipped_curriculum: Path) -> None:
    cur = load_curriculum(shipped_curriculum)
    assert [str(p) for p in cur.problems] == []
    assert sorted(cur.weeks) == list(range(1, 21))
    for week in cur.weeks.values():
        for style in STYLES:
            assert len(week.by_style(style)) >= 2, (week.week, style)
        if week.intensity != "gentle":
            assert week.content_note.strip()
    parts = {w.week: w.part for w in cur.weeks.values()}
    assert {parts[n] for n in range(1, 7)} == {"finding-our-voices"}
    assert {parts[n] for n in range(7, 21)} == {"growth-circle"}


def test_shipped_weeks_can_fill_a_session_several_ways(shipped_curriculum: Path) -> None:
    cur = load_curriculum(shipped_curriculum)
    length = cur.program.default_session_minutes
    for week in cur.weeks.values():
        assert sum(a.minutes for a in week.activities) >= length * 1.5, week.week
        assert any(a.minutes <= 15 for a in week.activities), week.week


def test_valid_week_parses(program) -> None:
    week = parse_week(week_text().encode(), "week-21.toml", program)
    assert week.week == 21
    assert [a.id for a in week.by_style("reading")] == ["read-one", "read-two"]


def test_minutes_in_words_names_file_activity_field_and_line(program) -> None:
    text = week_text().replace("minutes = 20", 'minutes = "twenty"', 1)
    [message] = problems_of(text, program, "week-07.toml")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "twenty" in ln)
    assert message == (
        f'week-07.toml (line {line}), activity "read-two", minutes: '
        'expected a whole number, got "twenty".'
    )


def test_each_broken_activity_is_reported(program) -> None:
    text = week_text().replace('style = "discussion"', 'style = "singing"')
    messages = problems_of(text, program)
    assert len(messages) == 2
    assert all("expected one of: reading, individual, discussion" in m for m in messages)
    assert 'activity "talk-one", style' in messages[0]
    assert 'got "singing"' in messages[0]


def test_typo_in_a_key_suggests_the_field(program) -> None:
    text = week_text().replace("minutes = 10", "minuts = 10", 1)
    [message] = problems_of(text, program)
    assert '"minuts" is not a field here; did you mean "minutes"?' in message
    assert 'activity "read-one"' in message
    assert "(line " in message


def test_unknown_top_level_key(program) -> None:
    [message] = problems_of(week_text(extra='colour = "blue"\n'), program)
    assert message.startswith('week-21.toml (line 9): "colour" is not a field here;')


def test_missing_field(program) -> None:
    text = week_text().replace('title = "A test week"\n', "")
    [message] = problems_of(text, program)
    assert "title: this field is required; add it." in message


def test_duplicate_activity_id(program) -> None:
    text = week_text().replace('id = "read-two"', 'id = "read-one"')
    [message] = problems_of(text, program)
    assert 'activity "read-one": the id is used twice' in message


def test_undefined_theme_and_scale(program) -> None:
    text = week_text(themes='["resilience", "gardening"]', extra='check_in_scales = ["mood"]\n')
    messages = problems_of(text, program)
    assert any('"gardening" is not a theme in the program file' in m for m in messages)
    assert any('"mood" is not a check-in scale in the program file' in m for m in messages)


def test_unknown_part(program) -> None:
    [message] = problems_of(week_text(part="part-three"), program)
    assert '"part-three" is not a part in the program file' in message
    assert "finding-our-voices, growth-circle" in message


def test_heavy_week_needs_a_content_note(program) -> None:
    [message] = problems_of(week_text(intensity="heavy"), program)
    assert "content_note: a heavy week needs a content note" in message
    parse_week(
        week_text(intensity="heavy", content_note="This may be hard.").encode(), "w", program
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "week-21.toml: the file is empty"),
        (b"   \n\n", "week-21.toml: the file is empty"),
        (
            b'week = 21\ntitle = "caf\xe9"\n',
            "week-21.toml (line 2): the file is not plain UTF-8 text",
        ),
        (b"week = 21\ntitle = \n", "week-21.toml (line 2): the file is not valid TOML"),
        (b"[[activities]\n", "week-21.toml (line 1): the file is not valid TOML"),
        (b"week = [1, 2]\n", "week: expected a whole number, got a list"),
    ],
)
def test_bad_files(program, data: bytes, expected: str) -> None:
    messages = problems_of(data, program)
    assert any(expected in m for m in messages), messages
    assert all("Traceback" not in m for m in messages)


def test_broken_week_is_unavailable_and_others_load(tmp_path: Path, shipped_curriculum) -> None:
    site = tmp_path / "site"
    write(site, "week-21.toml", week_text(21))
    write(site, "week-22.toml", week_text(22).replace("minutes = 10", 'minutes = "ten"', 1))
    write(site, "week-23.toml", "week = 23\nthis is not toml\n")
    cur = load_curriculum(shipped_curriculum, site)
    assert 21 in cur.weeks
    assert 22 not in cur.weeks and 23 not in cur.weeks
    assert set(cur.unavailable) == {22, 23}
    assert "week-22.toml (site folder)" in str(cur.unavailable[22])
    assert len(cur.problems) == 2
    assert 22 in cur.week_numbers


def test_site_replaces_and_adds_weeks(tmp_path: Path, shipped_curriculum) -> None:
    site = tmp_path / "site"
    write(site, "week-03.toml", week_text(3, part="finding-our-voices"))
    write(site, "week-21.toml", week_text(21))
    cur = load_curriculum(shipped_curriculum, site)
    assert cur.problems == []
    assert cur.weeks[3].title == "A test week"
    assert cur.weeks[21].title == "A test week"
    assert cur.sources[3] == site / "week-03.toml"


def test_broken_site_week_does_not_fall_back_silently(tmp_path: Path, shipped_curriculum) -> None:
    site = tmp_path / "site"
    write(site, "week-03.toml", week_text(3, part="nowhere"))
    cur = load_curriculum(shipped_curriculum, site)
    assert 3 not in cur.weeks
    assert 3 in cur.unavailable


def test_duplicate_week_numbers_in_one_folder(tmp_path: Path, shipped_curriculum) -> None:
    site = tmp_path / "site"
    write(site, "a.toml", week_text(21))
    write(site, "b.toml", week_text(21))
    cur = load_curriculum(shipped_curriculum, site)
    [problem] = cur.problems
    assert str(problem) == (
        "b.toml (site folder): week 21 is also defined in a.toml (site folder); "
        "keep one of them or change the number."
    )
    assert 21 in cur.weeks


def test_site_program_replaces_shipped(tmp_path: Path, shipped_curriculum) -> None:
    site = tmp_path / "site"
    text = (shipped_curriculum / "program.toml").read_text(encoding="utf-8")
    write(site, "program.toml", text.replace('name = "Believe In You"', 'name = "Site program"'))
    cur = load_curriculum(shipped_curriculum, site)
    assert cur.program.name == "Site program"


def test_broken_site_program_falls_back_with_a_message(tmp_path: Path, shipped_curriculum) -> None:
    site = tmp_path / "site"
    write(site, "program.toml", "name = 3\n")
    cur = load_curriculum(shipped_curriculum, site)
    assert cur.program.name == "Believe In You"
    assert any("shipped program file is used instead" in str(p) for p in cur.problems)
    assert len(cur.weeks) == 20


def test_program_without_closing_scale(shipped_curriculum: Path) -> None:
    text = (shipped_curriculum / "program.toml").read_text(encoding="utf-8")
    with pytest.raises(CurriculumError) as info:
        parse_program(text.replace('kind = "closing"', 'kind = "feedback"').encode())
    assert 'no scale has kind = "closing"' in str(info.value)


def test_missing_folder_and_program(tmp_path: Path) -> None:
    with pytest.raises(CurriculumError) as info:
        load_curriculum(tmp_path / "nope")
    assert "does not exist" in str(info.value)
    with pytest.raises(CurriculumError) as info:
        load_curriculum(tmp_path)
    assert "No program.toml was found" in str(info.value)


def test_site_toml_and_readme_are_not_weeks(tmp_path: Path, shipped_curriculum) -> None:
    site = tmp_path / "site"
    write(site, "site.toml", "[privacy]\nidentifying = []\n")
    write(site, "README.md", "# notes\n")
    cur = load_curriculum(shipped_curriculum, site)
    assert cur.problems == []


def test_a_value_with_a_line_break_stays_on_one_line(program) -> None:
    text = week_text().replace('intensity = "gentle"', 'intensity = "\\n"', 1)
    [message] = problems_of(text, program)
    assert "\n" not in message
    assert 'got "\\n"' in message


def test_a_quoted_key_with_a_line_break_stays_on_one_line(program) -> None:
    [message] = problems_of(week_text(extra='"odd\\nkey" = 1\n'), program)
    assert "\n" not in message and "odd\\nkey" in message
