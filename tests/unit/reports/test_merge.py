"""Merging reports: the same as one report of all the data, where nothing was hidden."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from biy_tui.core.reports.aggregate import build_report, gather
from biy_tui.core.reports.merge import ReportFileError, merge_reports, read_report, refuse_repeats
from biy_tui.core.reports.model import Hidden, Report, high, low
from biy_tui.core.reports.render import render_as, render_json
from tests.unit.reports.fixtures import big_site, curriculum, small_site

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def cur():  # type: ignore[no-untyped-def]
    return curriculum()


def figures(report: Report) -> dict[str, object]:
    """Everything but the heading (program, scope, date, sources)."""
    return {
        "tables": report.tables(),
        "mood": report.mood,
        "feedback": [s for s in report.feedback if s.scale == "overall"],
        "notes": report.notes,
    }


def via_json(report: Report) -> Report:
    return read_report(render_json(report).encode(), "site.json")


def test_merge_without_suppression_is_exact(cur) -> None:  # type: ignore[no-untyped-def]
    a, b = small_site(cur), big_site(cur, offset=1)
    merged = merge_reports(
        [via_json(build_report(a, cur, min_cell=1)), via_json(build_report(b, cur, min_cell=1))],
        1,
        today=TODAY,
    )
    whole = build_report(a + b, cur, min_cell=1, today=TODAY)
    assert figures(merged) == figures(whole)
    assert merged.sources == 2


def test_merge_of_two_reports_equals_the_report_of_the_merged_data(cur) -> None:  # type: ignore[no-untyped-def]
    a, b = big_site(cur), big_site(cur, offset=1)
    parts = [via_json(build_report(x, cur, include_text=True)) for x in (a, b)]
    merged = merge_reports(parts, 5, today=TODAY)
    whole = build_report(a + b, cur, include_text=True, today=TODAY)
    # Where neither site hid anything, the merge is the report of all the data;
    # a theme hidden at one site stays a range in the merge (never more precise).
    same, whole_same = figures(merged), figures(whole)
    assert same["tables"][:-1] == whole_same["tables"][:-1]  # type: ignore[index]
    assert {k: v for k, v in same.items() if k != "tables"} == {
        k: v for k, v in whole_same.items() if k != "tables"
    }
    assert isinstance(merged.attendance.grand, int) and merged.attendance.grand > 400


def test_hidden_counts_stay_hidden_and_bracket_the_truth(cur) -> None:  # type: ignore[no-untyped-def]
    a, b = small_site(cur), big_site(cur, offset=1)
    merged = merge_reports([via_json(build_report(x, cur)) for x in (a, b)], 5)
    truth = gather(a + b, cur)
    for got, exact in zip(merged.tables(), truth.tables(), strict=True):
        for row in got.rows:
            real = next(r for r in exact.rows if r.key == row.key)
            for cell, value in zip([*row.cells, row.total], [*real.cells, real.total], strict=True):
                if cell is None:
                    continue
                assert isinstance(value, int)
                assert low(cell) <= value and (high(cell) is None or value <= high(cell))
                if isinstance(cell, int):
                    assert cell == value and (cell >= 5 or not got.protected)
    week2 = next(r for r in merged.attendance.rows if r.key == "2")
    assert isinstance(week2.cells[0], Hidden)  # small at one site: still not exact


def test_merge_takes_the_highest_threshold(cur) -> None:  # type: ignore[no-untyped-def]
    a = via_json(build_report(big_site(cur), cur, min_cell=8))
    b = via_json(build_report(big_site(cur, 1), cur, min_cell=5))
    assert merge_reports([a, b], 5).min_cell == 8


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"not json at all", "x.json is not a biy report"),
        (b'{"format": "something-else", "schema": 1}', "x.json is not a biy report"),
        (b"[1, 2]", "x.json is not a biy report"),
        (b'{"format": "biy-report", "schema": 3}', "x.json was made by a different version of biy"),
        (b'{"format": "biy-report", "schema": 1}', "x.json was made by a different version of biy"),
        (b'{"format": "biy-report", "schema": 2, "program": 3}', "x.json has a problem at program"),
    ],
)
def test_refuses_other_files_in_one_sentence(data: bytes, says: str) -> None:
    with pytest.raises(ReportFileError) as caught:
        read_report(data, "x.json")
    message = str(caught.value)
    assert message.startswith(says) and message.count(". ") == 0 and "\n" not in message


# --- checked inputs (issue 11, review F19) -------------------------------------------


def _site_json(cur) -> dict:  # type: ignore[no-untyped-def]
    return msgspec.json.decode(render_json(build_report(big_site(cur), cur, today=TODAY)))


def _mangled(raw: dict, change) -> bytes:  # type: ignore[no-untyped-def, type-arg]
    change(raw)
    return msgspec.json.encode(raw)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda r: r["attendance"]["rows"][0]["cells"].pop(), "attendance.rows[0].cells"),
        (
            lambda r: r["sessions"]["rows"][1]["cells"].__setitem__(0, -6),
            "sessions.rows[1].cells[0]",
        ),
        (
            lambda r: r["attendance"]["rows"][0]["cells"].__setitem__(
                0, {"why": "range", "lo": 9, "hi": 2}
            ),
            "attendance.rows[0].cells[0]",
        ),
        (
            lambda r: r["attendance"]["rows"][0].__setitem__("total", "many"),
            "attendance.rows[0].total",
        ),
        (
            lambda r: r["mood"][0]["weeks"][0]["mean"].__setitem__("sum", 10**6),
            "mood[0].weeks[0].n",
        ),
        (
            lambda r: r["attendance"]["rows"][0]["cells"].__setitem__(0, 2),
            "attendance.rows[0].cells[0]",
        ),
    ],
)
def test_a_crafted_file_is_refused_naming_the_file_and_the_field(cur, change, field) -> None:  # type: ignore[no-untyped-def]
    data = _mangled(_site_json(cur), change)
    with pytest.raises(ReportFileError) as caught:
        read_report(data, "crafted.json")
    message = str(caught.value)
    assert message.startswith("crafted.json has a problem at " + field), message
    assert message.count(". ") == 0 and "\n" not in message and "unexpected" not in message


def test_deep_nesting_and_huge_files_are_refused_in_one_sentence(cur) -> None:  # type: ignore[no-untyped-def]
    deep = b'{"format": "biy-report", "schema": 2, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(ReportFileError) as caught:
        read_report(deep, "deep.json")
    assert str(caught.value).startswith("deep.json is nested too deeply")
    with pytest.raises(ReportFileError) as caught:
        read_report(b" " * (11 * 1024 * 1024), "huge.json")
    assert str(caught.value).startswith("huge.json is larger than 10 MB")


def test_an_edited_figure_breaks_the_digest(cur) -> None:  # type: ignore[no-untyped-def]
    def edit(r: dict) -> None:  # type: ignore[type-arg]
        r["sessions"]["rows"][0]["cells"][0] += 1

    with pytest.raises(ReportFileError) as caught:
        read_report(_mangled(_site_json(cur), edit), "edited.json")
    assert str(caught.value).startswith("edited.json carries no digest (or one that does not match")


def test_the_same_report_twice_is_refused_even_inside_a_merge(cur) -> None:  # type: ignore[no-untyped-def]
    text = render_json(build_report(big_site(cur), cur, today=TODAY)).encode()
    other = render_json(build_report(big_site(cur, 1), cur, today=TODAY)).encode()
    a, b = read_report(text, "a.json"), read_report(other, "b.json")
    # made again on another day: the same figures, the same digest
    again = render_json(build_report(big_site(cur), cur, today=TODAY + dt.timedelta(days=3)))
    for files in (
        [("a.json", a), ("copy.json", read_report(text, "copy.json"))],
        [("a.json", a), ("again.json", read_report(again.encode(), "again.json"))],
    ):
        with pytest.raises(ReportFileError) as caught:
            refuse_repeats(files)
        assert str(caught.value) == (
            f"{files[1][0]} and a.json hold the same report (or one is already merged into "
            "the other); give each report once."
        )
    merged = read_report(render_json(merge_reports([a, b], 5)).encode(), "ab.json")
    with pytest.raises(ReportFileError):
        refuse_repeats([("ab.json", merged), ("b.json", b)])
    refuse_repeats([("a.json", a), ("b.json", b)])  # two different reports: fine


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value, prefix=()):  # type: ignore[no-untyped-def]
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


_VALID = msgspec.json.decode(render_json(build_report(small_site(curriculum()), curriculum())))
_PLACES = [p for p in _paths(_VALID) if p]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_PLACES), _JSON)
def test_any_change_to_any_field_is_read_or_refused_in_one_sentence(place, value) -> None:  # type: ignore[no-untyped-def]
    raw = msgspec.json.decode(msgspec.json.encode(_VALID))
    target = raw
    for key in place[:-1]:
        target = target[key]
    target[place[-1]] = value
    try:
        report = read_report(msgspec.json.encode(raw), "fuzz.json")
    except ReportFileError as exc:
        message = str(exc)
        assert message.startswith("fuzz.json ") and "\n" not in message
        return
    merged = merge_reports([report], 5)
    for fmt in ("md", "csv", "json"):
        assert "\x1b" not in render_as(merged, fmt)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
@example(b'"\x80"')  # found by Hypothesis: a string that is not UTF-8 raised UnicodeDecodeError
def test_any_bytes_are_refused_in_one_sentence(data: bytes) -> None:
    with pytest.raises(ReportFileError):
        read_report(data, "bytes.json")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_text_from_a_report_file_is_inert(text: str) -> None:
    from biy_tui.core.inert import is_clean
    from biy_tui.core.reports.digest import content_digest

    raw = msgspec.json.decode(msgspec.json.encode(_VALID))
    raw["program"] = "\x1b]2;owned\x07" + text
    raw["attendance"]["rows"][0]["label"] = "\x1b[2J" + text
    raw["digest"] = ""
    report = msgspec.convert(raw, Report)
    raw["digest"] = content_digest(report)  # made by a biy that let escapes through
    back = read_report(msgspec.json.encode(raw), "escapes.json")
    assert is_clean(back.program) and is_clean(back.attendance.rows[0].label)
