"""The supports list and safety steps: shipped defaults, site lists, one sentence per problem."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biy_tui.__main__ import run
from biy_tui.core.curriculum import load_curriculum
from biy_tui.core.curriculum.supports import (
    SupportsCard,
    load_supports,
    parse_supports_text,
)
from biy_tui.core.curriculum.supports_handout import CSP, card_html, card_markdown
from tests.unit.curriculum.helpers import write

SITE_ENTRY = """
[[supports]]
name = "Riverside Women's Line"
number = "555-0142"
hours = "Weekdays, 9 to 5"
for = "Someone to talk to."
languages = ["English", "French"]
"""

# Every number the content review verified (shared/reviews/2026-12-content.md §4.4).
VERIFIED = {
    "911",
    "988",
    "310-1818",
    "1-866-403-8000",
    "211",
    "1-833-900-1010",
    "1-855-242-3310",
    "1-866-925-4419",
    "1-844-413-6649",
    "403-266-4357",
}


def shipped(shipped_curriculum: Path) -> SupportsCard:
    return load_supports(shipped_curriculum)


def parse(text: str | bytes, file: str = "supports.toml (site folder)"):  # type: ignore[no-untyped-def]
    data = text.encode() if isinstance(text, str) else text
    return parse_supports_text(data, file)


# --- the shipped defaults --------------------------------------------------------------


def test_shipped_list_has_every_verified_number_marked_check(shipped_curriculum: Path) -> None:
    card = shipped(shipped_curriculum)
    assert card.problems == ()
    assert not card.site
    numbers = {s.number for s in card.supports}
    assert numbers >= VERIFIED
    assert all(s.check for s in card.supports)
    assert all(s.name and s.for_what for s in card.supports)
    sexual = next(s for s in card.supports if s.number == "1-866-403-8000")
    assert "9 a.m. to 9 p.m." in sexual.hours


def test_shipped_steps_cover_danger_children_suicide_self_harm_and_overdose(
    shipped_curriculum: Path,
) -> None:
    card = shipped(shipped_curriculum)
    text = " ".join(" ".join([g.title, *g.items]) for g in card.steps).lower()
    for words in (
        "believe her",
        "co-facilitator",
        "what she wants",
        "call 911",
        "child",
        "section 4",
        "1-800-387-5437",
        "write nothing in biy",
        "coordinator",
        "suicide",
        "988",
        "hurting herself",
        "overdos",
        "naloxone",
        "good samaritan",
        "stay with her",
    ):
        assert words in text, words


def test_shipped_file_names_a_source_for_every_support(shipped_curriculum: Path) -> None:
    text = (shipped_curriculum / "supports.toml").read_text(encoding="utf-8")
    blocks = text.split("[[supports]]")[1:]
    before = text.split("[[supports]]")
    # The comment block just above each [[supports]] names where the number was checked.
    for index in range(1, len(blocks)):
        comment = before[index].rsplit("\n\n", 1)[-1]
        if '"911"' in blocks[index - 1] or index == 1:
            continue
        assert "Source" in comment, blocks[index - 1][:60]


def test_supports_file_is_not_a_week_file(tmp_path: Path, shipped_curriculum: Path) -> None:
    site = tmp_path / "site"
    write(site, "supports.toml", SITE_ENTRY)
    cur = load_curriculum(shipped_curriculum, site)
    assert cur.problems == []
    assert sorted(cur.weeks) == list(range(1, 21))


# --- a site's own list ---------------------------------------------------------------


def test_site_supports_file_replaces_the_shipped_list(
    tmp_path: Path, shipped_curriculum: Path
) -> None:
    write(tmp_path, "supports.toml", SITE_ENTRY)
    card = load_supports(shipped_curriculum, tmp_path)
    assert card.problems == ()
    assert card.site and card.supports_from == "supports.toml (site folder)"
    [only] = card.supports
    assert only.name == "Riverside Women's Line" and only.number == "555-0142"
    assert only.languages == ("English", "French") and not only.check
    assert card.steps == shipped(shipped_curriculum).steps  # the shipped steps stay


def test_site_toml_supports_are_used_next_to_privacy_words(
    tmp_path: Path, shipped_curriculum: Path
) -> None:
    write(tmp_path, "site.toml", '[privacy]\nidentifying = ["Rosewood House"]\n' + SITE_ENTRY)
    card = load_supports(shipped_curriculum, tmp_path)
    assert card.problems == ()
    assert card.supports_from == "site.toml (site folder)"
    assert [s.number for s in card.supports] == ["555-0142"]


def test_supports_file_wins_over_site_toml_and_says_so(
    tmp_path: Path, shipped_curriculum: Path
) -> None:
    write(tmp_path, "supports.toml", SITE_ENTRY)
    write(tmp_path, "site.toml", SITE_ENTRY.replace("555-0142", "555-0199"))
    card = load_supports(shipped_curriculum, tmp_path)
    assert [s.number for s in card.supports] == ["555-0142"]
    [problem] = card.problems
    assert problem.message.startswith("site.toml (site folder): [[supports]] is written here")


def test_site_steps_replace_the_shipped_steps(tmp_path: Path, shipped_curriculum: Path) -> None:
    write(
        tmp_path,
        "supports.toml",
        '[[steps]]\ntitle = "Our steps"\nitems = ["Find the on-call worker."]\n',
    )
    card = load_supports(shipped_curriculum, tmp_path)
    assert [g.title for g in card.steps] == ["Our steps"]
    assert not card.site  # no [[supports]] there: the shipped lines stay
    assert card.supports == shipped(shipped_curriculum).supports


def test_site_toml_with_only_privacy_words_changes_nothing(
    tmp_path: Path, shipped_curriculum: Path
) -> None:
    write(tmp_path, "site.toml", '[privacy]\nidentifying = ["Rosewood House"]\n')
    assert load_supports(shipped_curriculum, tmp_path) == shipped(shipped_curriculum)


@pytest.mark.parametrize(
    "text",
    [
        "supports = []\n",
        '[[supports]]\nname = "No number"\nfor = "x"\n',
    ],
)
def test_site_list_with_nothing_usable_falls_back_to_shipped(
    tmp_path: Path, shipped_curriculum: Path, text: str
) -> None:
    write(tmp_path, "supports.toml", text)
    card = load_supports(shipped_curriculum, tmp_path)
    assert card.supports == shipped(shipped_curriculum).supports and not card.site
    assert any("the card shows the shipped list" in p.message for p in card.problems)


def test_broken_site_file_falls_back_and_names_the_line(
    tmp_path: Path, shipped_curriculum: Path
) -> None:
    write(tmp_path, "supports.toml", SITE_ENTRY + "\nnumber = = 3\n")
    card = load_supports(shipped_curriculum, tmp_path)
    assert card.supports == shipped(shipped_curriculum).supports
    messages = [p.message for p in card.problems]
    assert messages[0].startswith(
        "supports.toml (site folder) (line 9): the file is not valid TOML"
    )
    assert "fix the line shown" in messages[0]
    assert any("the card shows the list from supports.toml" in m for m in messages)


def test_unreadable_site_file_is_one_sentence(
    tmp_path: Path, shipped_curriculum: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "supports.toml", SITE_ENTRY)
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    card = load_supports(shipped_curriculum, tmp_path)
    assert card.supports == shipped(shipped_curriculum).supports
    assert card.problems[0].message == (
        "supports.toml (site folder): the file could not be read (permission denied); "
        "make sure your user account can open it, or ask your coordinator."
    )


def test_missing_shipped_file_leaves_an_empty_card_not_a_crash(tmp_path: Path) -> None:
    card = load_supports(tmp_path)
    assert card.supports == () and card.steps == ()
    assert any("shipped supports file" in p.message for p in card.problems)


# --- one sentence per problem: file, line, field, fix --------------------------------


def test_missing_name_and_bad_number_name_line_and_field() -> None:
    parsed = parse(
        '[[supports]]\nnumber = "310-1818"\nfor = "x"\n\n'
        '[[supports]]\nname = "Letters"\nnumber = "403-266-HELP"\nfor = "x"\n'
    )
    assert parsed.supports == ()
    first, second = (p.message for p in parsed.problems)
    assert first == (
        "supports.toml (site folder) (line 1), support 1: the name field is missing; "
        'add a line like name = "Alberta Family Violence Info Line".'
    )
    assert second.startswith(
        'supports.toml (site folder) (line 7), support "Letters", number: "403-266-HELP" '
        "is not a phone number biy can show"
    )
    assert [p.line for p in parsed.problems] == [1, 7]


def test_unknown_field_suggests_the_right_one_and_keeps_the_entry() -> None:
    parsed = parse(SITE_ENTRY.replace("languages", "langauges"))
    assert parsed.supports is not None and len(parsed.supports) == 1
    [problem] = parsed.problems
    assert problem.message == (
        'supports.toml (site folder) (line 7), support "Riverside Women\'s Line": '
        '"langauges" is not a field here; did you mean "languages"?'
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('hours = "Weekdays, 9 to 5"', "hours = 9"), "hours: expected text in quotes, got 9"),
        (('for = "Someone to talk to."', 'for = "   "'), "for: there is nothing here"),
        (('languages = ["English", "French"]', "languages = 3"), "languages: expected text"),
        (('"French"]\n', "\"French\"]\ncheck = 'yes'\n"), "check: expected true or false"),
        (('hours = "Weekdays, 9 to 5"', f'hours = "{"x" * 200}"'), "200 characters is too long"),
    ],
)
def test_field_problems(change: tuple[str, str], expected: str) -> None:
    parsed = parse(SITE_ENTRY.replace(*change, 1))
    [problem] = parsed.problems
    assert expected in problem.message
    assert problem.message.startswith("supports.toml (site folder) (line ")
    assert "Traceback" not in problem.message


def test_number_may_be_written_without_quotes() -> None:
    parsed = parse(SITE_ENTRY.replace('number = "555-0142"', "number = 911"))
    assert parsed.problems == [] and parsed.supports is not None
    assert parsed.supports[0].number == "911"


def test_supports_as_one_table_says_use_two_brackets() -> None:
    parsed = parse('[supports]\nname = "x"\n')
    [problem] = parsed.problems
    assert "with two square brackets" in problem.message


def test_unknown_top_level_table_in_a_supports_file() -> None:
    parsed = parse("[privacy]\nidentifying = []\n" + SITE_ENTRY)
    [problem] = parsed.problems
    assert '"privacy" is not part of a supports file' in problem.message


def test_duplicate_names_keep_the_first() -> None:
    parsed = parse(SITE_ENTRY + SITE_ENTRY.replace("555-0142", "555-0199"))
    assert parsed.supports is not None and [s.number for s in parsed.supports] == ["555-0142"]
    [problem] = parsed.problems
    assert "(line 9)" in problem.message and "listed twice" in problem.message


def test_steps_problems() -> None:
    parsed = parse('[[steps]]\ntitle = "Ours"\n\n[[steps]]\nitems = ["One."]\n')
    assert parsed.steps == ()
    first, second = (p.message for p in parsed.problems)
    assert first.startswith('supports.toml (site folder) (line 1), steps "Ours": the items field')
    assert second.startswith("supports.toml (site folder) (line 4), steps 2: the title field")


def test_not_utf8_names_the_line() -> None:
    parsed = parse(b'[[supports]]\nname = "\xff"\n')
    [problem] = parsed.problems
    assert problem.message.startswith("supports.toml (site folder) (line 2): the file is not plain")
    assert not parsed.usable


def test_control_characters_and_markup_are_data() -> None:
    parsed = parse(
        '[[supports]]\nname = "\\u001b[31mRed [bold]line[/bold]\\u0007"\n'
        'number = "555-0100"\nfor = "<script>alert(1)</script>"\n'
    )
    assert parsed.problems == [] and parsed.supports is not None
    support = parsed.supports[0]
    assert support.name == "Red [bold]line[/bold]"
    assert "\x1b" not in support.name and "\x07" not in support.name


values = st.one_of(
    st.text(max_size=30),
    st.integers(),
    st.booleans(),
    st.lists(st.text(max_size=10), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)


@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["name", "number", "hours", "for", "languages", "check", "nmae"]),
            values,
            max_size=7,
        ),
        max_size=5,
    )
)
def test_any_entries_give_supports_or_sentences_never_an_exception(
    entries: list[dict[str, object]],
) -> None:
    import tomllib

    def toml_value(value: object) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, str):
            return '"' + value.encode("unicode_escape").decode().replace('"', '\\"') + '"'
        if isinstance(value, list):
            return "[" + ", ".join(toml_value(v) for v in value) + "]"
        assert isinstance(value, dict)
        return "{" + ", ".join(f"{toml_value(k)} = {toml_value(v)}" for k, v in value.items()) + "}"

    text = "".join(
        "[[supports]]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in e.items())
        for e in entries
    )
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return  # not a file a person could write; covered by the bytes test below
    parsed = parse(text)
    for problem in parsed.problems:
        assert problem.message.startswith("supports.toml (site folder)")
        assert "\n" not in problem.message
    for support in parsed.supports or ():
        assert support.name.strip() and support.number.strip()
        assert sum(c.isdigit() for c in support.number) >= 3


@given(st.binary(max_size=300))
def test_any_bytes_never_raise(data: bytes) -> None:
    parsed = parse_supports_text(data, "supports.toml")
    for problem in parsed.problems:
        assert "\n" not in problem.message


# --- the handout ----------------------------------------------------------------------

HOSTILE = """
[[supports]]
name = "<script>alert('x')</script> & \\"Co\\""
number = "555-0100"
hours = "<img src=x onerror=alert(1)>"
for = "**bold** [link](http://example.org) # not a heading"
languages = ["<b>English</b>"]
"""


def test_html_escapes_every_value_and_carries_the_csp(tmp_path: Path) -> None:
    write(tmp_path, "supports.toml", HOSTILE)
    card = load_supports(Path(__file__).resolve().parents[3] / "curriculum", tmp_path)
    page = card_html(card)
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'"
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Co&quot;" in page
    assert "http-equiv" in page and "<a " not in page


def test_markdown_shows_values_as_text(tmp_path: Path) -> None:
    write(tmp_path, "supports.toml", HOSTILE)
    card = load_supports(Path(__file__).resolve().parents[3] / "curriculum", tmp_path)
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(card_markdown(card))
    assert "<script" not in rendered and "<strong>bold</strong>" not in rendered
    assert "<a " not in rendered and "<img" not in rendered
    assert "555-0100" in rendered


# --- the command line -------------------------------------------------------------------


def test_biy_supports_prints_the_card(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["supports"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Someone needs help now")
    assert "1-866-403-8000" in out and "check with your coordinator" in out


def test_biy_supports_writes_an_owner_only_html_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "card.html"
    assert run(["supports", "--format", "html", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert str(out) in capsys.readouterr().out


def test_biy_supports_uses_the_site_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "supports.toml", SITE_ENTRY)
    assert run(["--curriculum", str(tmp_path), "supports"]) == 0
    out = capsys.readouterr().out
    assert "555-0142" in out and "1-866-403-8000" not in out


def test_biy_supports_out_to_a_bad_place_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = write(tmp_path, "file", "x")
    assert run(["supports", "--out", str(blocker / "card.md")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"biy could not write {blocker / 'card.md'}") and "Traceback" not in err


def test_curriculum_check_reports_supports_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = SITE_ENTRY.replace('number = "555-0142"', 'number = "call"')
    write(tmp_path, "supports.toml", broken + SITE_ENTRY.replace("Riverside", "Other"))
    assert run(["curriculum", "check", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("Curriculum is fine: 20 weeks")
    assert (
        'supports.toml (site folder) (line 4), support "Riverside Women\'s Line", number: "call"'
        in captured.err
    )
    assert "1 problem found in the supports list" in captured.err


def test_curriculum_check_summarises_the_card(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["curriculum", "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("Supports card is fine: 4 lists of steps and 11 supports")


@given(
    st.lists(
        st.tuples(st.text(min_size=1, max_size=40), st.text(max_size=40), st.text(max_size=40)),
        min_size=1,
        max_size=4,
    )
)
def test_any_values_stay_text_in_the_html(rows: list[tuple[str, str, str]]) -> None:
    import html as html_module
    import re

    from biy_tui.core.curriculum.supports import Steps, Support
    from biy_tui.core.inert import clean_line

    card = SupportsCard(
        steps=(Steps(rows[0][0], tuple(r[1] or "x" for r in rows)),),
        supports=tuple(Support(n, "555-0100", h, f) for n, h, f in rows),
        supports_from="supports.toml",
        site=True,
    )
    page = card_html(card)
    body = page.split("<body>", 1)[1]
    tags = set(re.findall(r"</?([a-zA-Z0-9]+)", body))
    assert tags <= {"h1", "h2", "p", "ol", "li", "ul", "strong", "span", "body", "html"}
    for name, _, _ in rows:
        assert html_module.escape(clean_line(name), quote=True) in page
    assert "\x1b" not in page


# --- the card in French ---------------------------------------------------------------

PHONE = re.compile(r"(?<![\d-])(?:\d{1,3}-)*\d{3,4}(?![\d-])")


@pytest.fixture
def french() -> Iterator[None]:
    from biy_tui.core import text

    text.use_language("fr")
    yield
    text.use_language("en")


def _parsed(shipped_curriculum: Path, name: str):  # type: ignore[no-untyped-def]
    data = (shipped_curriculum / name).read_bytes()
    return parse_supports_text(data, name, shipped=True)


def test_in_french_the_card_has_the_french_steps_and_lines(
    shipped_curriculum: Path, french: None
) -> None:
    card = load_supports(shipped_curriculum)
    assert card.problems == ()
    assert card.supports_from == "supports.fr.toml" and not card.site
    assert card.steps[0].title == "Quoi faire en premier"
    assert card.steps[0].items[0] == "Reste calme. Crois-la. Remercie-la de t'en avoir parlé."
    names = [s.name for s in card.supports]
    assert "988 : Ligne d'aide en cas de crise de suicide" in names
    assert all(s.check for s in card.supports)


def test_in_english_the_card_stays_english(shipped_curriculum: Path) -> None:
    card = load_supports(shipped_curriculum)
    assert card.supports_from == "supports.toml"
    assert card.steps[0].title == "What to do first"


def test_french_file_has_the_same_numbers_in_the_same_order(shipped_curriculum: Path) -> None:
    english = _parsed(shipped_curriculum, "supports.toml")
    french = _parsed(shipped_curriculum, "supports.fr.toml")
    assert english.problems == [] and french.problems == []
    assert english.supports and french.supports
    assert [s.number for s in french.supports] == [s.number for s in english.supports]
    # The numbers inside the steps too (911, the Child Abuse Hotline, 988), group by group.
    assert english.steps and french.steps
    assert len(french.steps) == len(english.steps)
    for en_group, fr_group in zip(english.steps, french.steps, strict=True):
        assert PHONE.findall(" ".join(fr_group.items)) == PHONE.findall(" ".join(en_group.items))
    assert [bool(s.languages) for s in french.supports] >= [
        bool(s.languages) for s in english.supports
    ]


def test_french_file_copies_every_source_comment(shipped_curriculum: Path) -> None:
    def comments(name: str) -> list[list[str]]:
        blocks = (shipped_curriculum / name).read_text(encoding="utf-8").split("[[supports]]")
        return [b.split("\n\n")[-1].splitlines() for b in blocks[:-1]]

    english, french = comments("supports.toml"), comments("supports.fr.toml")
    assert len(french) == len(english)
    # The comment above each entry starts with the English one, word for word (the French
    # file may add lines after it, saying where the French name was checked).
    for en_lines, fr_lines in zip(english[1:], french[1:], strict=True):
        assert fr_lines[: len(en_lines)] == en_lines


def test_french_steps_keep_the_duties_and_the_law_names(shipped_curriculum: Path) -> None:
    french = _parsed(shipped_curriculum, "supports.fr.toml")
    text = " ".join(" ".join([g.title, *g.items]) for g in french.steps or ())
    for words in (
        "Crois-la",
        "coanimatrice",
        "appelle le 911",
        "Child, Youth and Family Enhancement Act",
        "article 4",
        "1-800-387-5437",
        "N'écris rien dans biy",
        "coordonnatrice",
        "suicide",
        "988",
        "naloxone",
        "Loi sur les bons samaritains secourant les victimes de surdose",
        "Reste avec elle",
    ):
        assert words in text, words
    assert not re.search(r"\b(?:vous|votre|vos)\b", text, re.IGNORECASE)


def test_in_french_a_site_list_still_wins(
    tmp_path: Path, shipped_curriculum: Path, french: None
) -> None:
    write(tmp_path, "supports.toml", SITE_ENTRY)
    card = load_supports(shipped_curriculum, tmp_path)
    assert card.site and card.supports_from == "supports.toml (site folder)"
    assert [s.number for s in card.supports] == ["555-0142"]
    assert card.steps[0].title == "Quoi faire en premier"  # no site steps: the French ones


def test_in_french_site_toml_supports_and_steps_still_win(
    tmp_path: Path, shipped_curriculum: Path, french: None
) -> None:
    write(
        tmp_path,
        "site.toml",
        SITE_ENTRY + '\n[[steps]]\ntitle = "Our steps"\nitems = ["Find the on-call worker."]\n',
    )
    card = load_supports(shipped_curriculum, tmp_path)
    assert card.problems == ()
    assert [s.number for s in card.supports] == ["555-0142"]
    assert [g.title for g in card.steps] == ["Our steps"]


def _copy_shipped(shipped_curriculum: Path, tmp_path: Path) -> Path:
    import shutil

    folder = tmp_path / "shipped"
    shutil.copytree(shipped_curriculum, folder)
    return folder


def test_a_broken_french_file_falls_back_to_the_english_card(
    tmp_path: Path, shipped_curriculum: Path, french: None
) -> None:
    folder = _copy_shipped(shipped_curriculum, tmp_path)
    (folder / "supports.fr.toml").write_text("[[supports]\n", encoding="utf-8")
    card = load_supports(folder)
    assert card.supports == load_supports(shipped_curriculum, lang="en").supports
    assert card.steps == load_supports(shipped_curriculum, lang="en").steps
    assert card.problems and card.problems[0].file == "supports.fr.toml"


def test_a_missing_french_file_means_the_english_card(
    tmp_path: Path, shipped_curriculum: Path, french: None
) -> None:
    folder = _copy_shipped(shipped_curriculum, tmp_path)
    (folder / "supports.fr.toml").unlink()
    card = load_supports(folder)
    assert card.supports_from == "supports.toml" and card.problems == ()


def test_a_change_to_the_french_file_is_seen_at_once(
    tmp_path: Path, shipped_curriculum: Path, french: None
) -> None:
    folder = _copy_shipped(shipped_curriculum, tmp_path)
    path = folder / "supports.fr.toml"
    assert load_supports(folder).steps[0].title == "Quoi faire en premier"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Quoi faire en premier", "D'abord"),
        encoding="utf-8",
    )
    assert load_supports(folder).steps[0].title == "D'abord"


def test_french_supports_files_are_not_week_files(tmp_path: Path, shipped_curriculum: Path) -> None:
    from biy_tui.core.curriculum.loader import week_files

    assert (shipped_curriculum / "supports.fr.toml").is_file()
    assert all("supports" not in p.name for p in week_files(shipped_curriculum))
    site = tmp_path / "site"
    write(site, "supports.fr.toml", SITE_ENTRY)
    cur = load_curriculum(shipped_curriculum, site)
    assert cur.problems == []
    assert sorted(cur.weeks) == list(range(1, 21))


def test_biy_supports_prints_the_card_in_french(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], french: None
) -> None:
    monkeypatch.setenv("BIY_LANG", "fr")
    assert run(["supports"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Quelqu'un a besoin d'aide maintenant")
    assert "Reste calme. Crois-la." in out and "1-866-403-8000" in out


def test_biy_supports_html_is_marked_french(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], french: None
) -> None:
    monkeypatch.setenv("BIY_LANG", "fr")
    assert run(["supports", "--format", "html"]) == 0
    assert '<html lang="fr">' in capsys.readouterr().out


def _check_with_french_changed(
    tmp_path: Path,
    shipped_curriculum: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
) -> str:
    """Run ``biy curriculum check`` on a shipped folder whose French card has ``old``
    changed to ``new``; return what it said on standard error (it must fail)."""
    from biy_tui.core import paths

    folder = _copy_shipped(shipped_curriculum, tmp_path)
    path = folder / "supports.fr.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    monkeypatch.setattr(paths, "shipped_curriculum_dir", lambda: folder)
    assert run(["curriculum", "check"]) == 1
    return capsys.readouterr().err


def test_curriculum_check_checks_the_french_file_in_english_too(
    tmp_path: Path,
    shipped_curriculum: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = _check_with_french_changed(
        tmp_path, shipped_curriculum, monkeypatch, capsys, 'number = "310-1818"', 'number = "call"'
    )
    assert "supports.fr.toml (line " in err and 'number: "call"' in err


def test_curriculum_check_says_when_a_french_number_differs(
    tmp_path: Path,
    shipped_curriculum: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = _check_with_french_changed(
        tmp_path, shipped_curriculum, monkeypatch, capsys, '"1-866-403-8000"', '"1-866-402-8000"'
    )
    assert "supports.fr.toml" in err and "1-866-402-8000" in err and "supports.toml" in err


def test_curriculum_check_is_fine_with_the_shipped_files_in_french(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], french: None
) -> None:
    monkeypatch.setenv("BIY_LANG", "fr")
    assert run(["curriculum", "check"]) == 0
    assert "supports.fr.toml" in capsys.readouterr().out


def test_curriculum_check_says_a_site_french_file_is_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "supports.fr.toml", SITE_ENTRY)
    assert run(["curriculum", "check", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("Curriculum is fine: 20 weeks")  # not read as a week
    assert "supports.fr.toml (site folder): biy does not read this file" in captured.err
