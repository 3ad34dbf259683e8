"""``site.toml``: the site's identifying and safe words."""

from __future__ import annotations

from pathlib import Path

import pytest

from biy_tui.core.privacy import SiteTerms, SiteTermsError, find, load_site_terms


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


def test_site_vocabulary_lists_are_all_identifying(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text(
        '[privacy]\nneighbourhoods = ["Penbrooke Meadows"]\nfacilities = ["Calgary Drop-In"]\n'
        'streets = ["the Deerfoot"]\nnicknames = ["Sugarfoot"]\nnot_identifying = ["Sage"]\n',
        encoding="utf-8",
    )
    site = load_site_terms(tmp_path)
    assert site.neighbourhoods == ("Penbrooke Meadows",) and site.nicknames == ("Sugarfoot",)
    kwargs = site.guard_kwargs()
    text = "sugarfoot walked from penbrooke meadows to the calgary drop in, off the deerfoot."
    found = [s.text_in(text) for s in find(text, **kwargs)]
    for piece in ("sugarfoot", "penbrooke meadows", "calgary drop in", "the deerfoot"):
        assert piece in found, found
    assert find("Sage said hi", **kwargs) == []


def test_the_calgary_example_in_the_readme_loads(tmp_path: Path) -> None:
    import re

    readme = Path(__file__).resolve().parents[3] / "curriculum" / "README.md"
    blocks = re.findall(r"```toml\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
    calgary = next(b for b in blocks if "Forest Lawn" in b)
    (tmp_path / "site.toml").write_text(calgary, encoding="utf-8")
    site = load_site_terms(tmp_path)
    assert "Alpha House" in site.facilities and "Macleod Trail" in site.streets
    text = "She moved from Ogden to a room near International Avenue."
    assert {s.text_in(text) for s in find(text, **site.guard_kwargs())} >= {
        "Ogden",
        "International Avenue",
    }


def test_an_unknown_list_is_one_clear_sentence(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text('[privacy]\nstreet = ["x"]\n', encoding="utf-8")
    with pytest.raises(SiteTermsError) as caught:
        load_site_terms(tmp_path)
    assert "street" in str(caught.value)
