"""Shortening a line to fit the terminal: only between words, the sub-title first."""

from __future__ import annotations

from biy_tui.core.text.fit import cells, elide, fit_title

LONG = "Semaine 13 : Safety, part 1: feeling safe and planning for safety"


def test_a_line_that_fits_is_kept_whole() -> None:
    assert elide("Semaine 9", 20) == "Semaine 9"


def test_a_long_line_keeps_whole_words_and_an_ellipsis() -> None:
    shown = elide(LONG, 62)
    assert cells(shown) <= 62
    assert shown.endswith("…")
    assert LONG.startswith(shown.removesuffix("…"))
    assert LONG[len(shown) - 1] == " "  # the cut falls between two words


def test_no_dangling_punctuation_before_the_ellipsis() -> None:
    assert elide("Safety, part 1: feeling safe", 16) == "Safety, part 1…"


def test_the_sub_title_goes_before_the_title_is_cut() -> None:
    assert fit_title("Semaine 9 : How trauma lives", "aide aux rencontres", 40) == (
        "Semaine 9 : How trauma lives",
        "",
    )
    assert fit_title("Le programme", "aide aux rencontres", 62) == (
        "Le programme",
        "aide aux rencontres",
    )
    title, sub = fit_title(LONG, "aide aux rencontres", 62)
    assert sub == "" and cells(title) <= 62 and title.endswith("…")


def test_wide_characters_count_two_cells() -> None:
    assert cells("日本") == 4
    assert cells("é") == 1
    assert cells("e\u0301") == 1


def test_a_sub_title_keeps_its_first_whole_pieces() -> None:
    title = "Agenda · week 3: How we see ourselves"
    assert fit_title(title, "not saved · 75 of 120 minutes", 62) == (title, "not saved")


def test_a_first_piece_that_must_stay_makes_the_title_give_way() -> None:
    title = "Ordre du jour · semaine 4 : Speaking up and listening"
    shown, sub = fit_title(title, "pas enregistré · 40 sur 120 min", 62, keep_first=True)
    assert sub == "pas enregistré"
    assert shown.endswith("…") and len(f"{shown} — {sub}") <= 62
    assert fit_title("Short", "not saved · 40 of 120 min", 62, keep_first=True) == (
        "Short",
        "not saved · 40 of 120 min",
    )
