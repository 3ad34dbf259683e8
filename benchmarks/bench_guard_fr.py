"""The guard on French notes: recall per kind, precision, clean notes flagged.

Run: ``uv run python benchmarks/bench_guard_fr.py [--misses]`` (dev and held-out test).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.unit.privacy.realistic_fr import notes
from tests.unit.privacy.scoring import score

STRUCTURED = ("phone", "email", "postal")


def main() -> None:
    show = "--misses" in sys.argv
    for split in ("dev", "test"):
        corpus = notes(split)
        s = score(corpus)
        print(f"== French {split}: {len(corpus)} notes, {s.clean_notes} clean")
        print(f"   recall names       {s.recall(('name',)):.3f} of {s.labelled['name']}")
        print(f"   recall ages        {s.recall(('age',)):.3f} of {s.labelled['age']}")
        print(f"   recall structured  {s.recall(STRUCTURED):.3f}")
        print(f"   precision          {s.precision():.3f} of {sum(s.found.values())} found")
        print(f"   clean notes flagged {s.clean_rate:.1%}")
        if show and split == "dev":
            for kind, what in s.misses:
                print("   miss", kind, what)
            for kind, what in s.false_alarms:
                print("   false", kind, what)


if __name__ == "__main__":
    main()
