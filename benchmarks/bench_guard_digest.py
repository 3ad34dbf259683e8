"""Print a digest of every span the guard finds on the dev, test, handwritten and templated corpora.

Run: ``uv run python benchmarks/bench_guard_digest.py [--dump FILE]``

A change meant only to make the guard faster must leave this digest as it was.
``--dump`` writes the spans, one note a line, to compare two versions by diff.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biy_tui.core.privacy import find  # noqa: E402
from tests.unit.privacy import corpus as old_corpus  # noqa: E402
from tests.unit.privacy import realistic  # noqa: E402
from tests.unit.privacy.realistic.handwritten import handwritten_notes  # noqa: E402
from tests.unit.privacy.realistic.score import program_terms  # noqa: E402


def lines() -> list[str]:
    out: list[str] = []
    program = program_terms()
    texts = [n.text for n in realistic.notes("dev")] + [n.text for n in realistic.notes("test")]
    texts += [n.text for n in handwritten_notes()]
    for text in texts:
        out.append(repr([(s.start, s.end, s.kind) for s in find(text, program_terms=program)]))
    for note in old_corpus.generate():
        spans = find(
            note.text, site_terms=old_corpus.SITE_TERMS, program_terms=old_corpus.PROGRAM_TERMS
        )
        out.append(repr([(s.start, s.end, s.kind) for s in spans]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    got = lines()
    if args.dump:
        args.dump.write_text("\n".join(got) + "\n", encoding="utf-8")
    print(len(got), hashlib.sha256("\n".join(got).encode()).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
