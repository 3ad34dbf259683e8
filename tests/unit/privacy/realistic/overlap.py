"""How many of the corpus's names the guard already knows (its own lists).

Run: ``uv run python -m tests.unit.privacy.realistic.overlap``

For each pool of each split: how many entries have every word on the guard's
first-name or surname lists (US Census 1990 plus its curated lists), and how
many have a word in its English lexicon (SCOWL) instead. A corpus drawn from the
guard's own lists would flatter it; this shows how far ours is from that.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from biy_tui.core.privacy.lexicon import lexicon
from tests.unit.privacy.realistic.pools import pools
from tests.unit.privacy.realistic.score import Finder, Labelled, caught, guard

POOLS = ("women", "nicknames", "working", "surnames", "men", "street_names", "city_men")


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def known(value: str) -> tuple[bool, bool]:
    """(every word is on a guard name list, some word is an ordinary English word)."""
    lex = lexicon()
    names = lex.first_names | lex.surnames
    words = [_ascii(w) for w in value.replace("-", " ").split()]
    return all(w in names for w in words), any(w in lex.words for w in words)


def report() -> list[str]:
    """One line per pool and split: size, share on the name lists, share that are words."""
    lines = [f"{'split':<5} {'pool':<13} {'size':>5} {'on name lists':>14} {'are words':>10}"]
    total = on_lists = 0
    for split in ("dev", "test"):
        p = pools(split)
        for name in POOLS:
            values = getattr(p, name)
            flags = [known(v) for v in values]
            listed = sum(a for a, _ in flags)
            worded = sum(b for _, b in flags)
            total += len(values)
            on_lists += listed
            lines.append(
                f"{split:<5} {name:<13} {len(values):>5} {listed:>6} ({listed / len(values):>4.0%})"
                f" {worded:>4} ({worded / len(values):>4.0%})"
            )
    lines.append(f"all pools: {on_lists} of {total} names ({on_lists / total:.0%}) on the lists")
    return lines


if __name__ == "__main__":
    print("\n".join(report()))


def name_recall_by_source(
    notes: Iterable[Labelled], finder: Finder = guard
) -> dict[str, tuple[int, int]]:
    """(caught, labelled) for names on the guard's lists, and for names not on them."""
    out = {"on the lists": [0, 0], "not on the lists": [0, 0]}
    for note in notes:
        names = [s for s in note.spans if s.kind == "name"]
        if not names:
            continue
        found = [(s.start, s.end) for s in finder(note.text)]
        for label in names:
            listed, _ = known(note.text[label.start : label.end])
            counts = out["on the lists" if listed else "not on the lists"]
            counts[1] += 1
            counts[0] += caught(note.text, label.start, label.end, found)
    return {k: (v[0], v[1]) for k, v in out.items()}
