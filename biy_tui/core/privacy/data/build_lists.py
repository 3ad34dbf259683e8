"""Rebuild the guard's word lists (a maintainer's tool; never run by biy itself).

Usage (from the project root, with the three public sources unpacked)::

    uv run python biy_tui/core/privacy/data/build_lists.py CENSUS_DIR SCOWL_WORDS

``CENSUS_DIR`` holds ``dist.female.first``, ``dist.male.first`` and
``dist.all.last`` (the 1990 US Census name lists, public domain; the PyPI package
``names`` 0.3.0 bundles them). ``SCOWL_WORDS`` is the Canadian English word list
of SCOWL (Debian package ``wcanadian``, file ``canadian-english``). The curated
lists in ``sources/`` are added. See ``NOTICE.md`` for licences.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SURNAME_LIMIT = 40_000  # the census list is sorted by frequency; the tail is noise


def wordset(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Dictionary words that, in a facilitator's note, are nearly always someone's name.
MOSTLY_NAMES = wordset(
    "maria martin peter harry sally derrick jarred garret victor ken mike nick terry bobby billy "
    "jimmy johnny tony heather eddy earl glen john sherry marina hector roger homer"
)
# Not in the dictionary, yet ordinary words in these notes (drug slang, shorthand).
EXTRA_WORDS = wordset("molly percs xanax meth fent")


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _curated(name: str) -> set[str]:
    words: set[str] = set()
    for line in (HERE / "sources" / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for word in wordset(line):
            word = word.casefold()
            words.add(word)
            words.add(_ascii(word))
    words.discard("")
    return words


def _census(path: Path, limit: int | None = None) -> set[str]:
    lines = path.read_text(encoding="ascii").splitlines()[:limit]
    return {line.split()[0].casefold() for line in lines if line.strip()}


def _write(name: str, words: set[str]) -> None:
    text = "\n".join(sorted(words)) + "\n"
    (HERE / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(words)} entries, {len(text.encode())} bytes")


def main(argv: list[str]) -> int:
    census, scowl = Path(argv[0]), Path(argv[1])
    first = _census(census / "dist.female.first") | _census(census / "dist.male.first")
    first |= _curated("curated_first_names.txt")
    last = _census(census / "dist.all.last", SURNAME_LIMIT) | _curated("curated_surnames.txt")
    words = {
        w
        for w in scowl.read_text(encoding="utf-8", errors="replace").splitlines()
        if w and w.islower() and w.isalpha()
    }
    words |= _curated("not_names.txt") | EXTRA_WORDS
    words -= MOSTLY_NAMES
    _write("first_names.txt", first)
    _write("surnames.txt", last)
    _write("words.txt", words)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
