"""``site.toml``: the site's identifying and safe words."""

from __future__ import annotations

from pathlib import Path

import pytest

from biy_tui.privacy import SiteTerms, SiteTermsError, find, load_site_terms


def test_missing_folder_file_or_table(tmp_path: Path) -> None:
    assert load_site_terms(None) == SiteTerms()
    assert load_site_terms(tmp_path) == SiteTerms()
    (tmp_path / "site.toml").write_text('name = "x"\n', encoding="utf-8")
    assert load_site_terms(tmp_path) == SiteTerms()


def test_terms_are_read_and_used(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text(
        '[privacy]\nidentifying = ["Rosewood House", " corner of Main and 5th "]\n'
        'not_identifying = ["Willow"]\n',
        encoding="utf-8",
    )
    site = load_site_terms(tmp_path)
    assert site.identifying == ("Rosewood House", "corner of Main and 5th")
    kwargs = site.guard_kwargs(("Finding Our Voices",))
    assert kwargs["program_terms"] == ("Finding Our Voices", "Willow")
    text = "Willow said we met at ROSEWOOD  HOUSE."
    assert [(s.kind, s.text_in(text)) for s in find(text, **kwargs)] == [
        ("site_term", "ROSEWOOD  HOUSE")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"[privacy\n", "is not valid TOML"),
        (b"\xff", "not UTF-8"),
        (b"privacy = 3\n", "[privacy] privacy"),
        (b'[privacy]\nidentifying = ["a", 2]\n', "[privacy] identifying"),
        (b'[privacy]\nidentifyng = ["a"]\n', "[privacy] identifyng"),
    ],
)
def test_problems_are_one_sentence(tmp_path: Path, body: bytes, expected: str) -> None:
    (tmp_path / "site.toml").write_bytes(body)
    with pytest.raises(SiteTermsError) as caught:
        load_site_terms(tmp_path)
    assert expected in str(caught.value)
