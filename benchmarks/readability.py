"""Reading level of the shipped curriculum, by the kind of text (issue 15).

Usage: ``uv run python benchmarks/readability.py [--each]``

Prints the Flesch–Kincaid grade of the text a facilitator reads aloud, grouped by
kind: content notes (read first, on the heaviest days), the program's online safety
note, each week's online note, the grounding card, the scale questions, and the
facilitator-only text (preparation, steps, gentler, online). ``--each`` also prints
every content note and online note. The ceiling for content and online notes is
grade 6; the tests in ``tests/unit/curriculum/test_content.py`` enforce it.

The grade uses the small syllable counter in ``tests/unit/curriculum/readability.py``
(no dictionary download); it agrees with textstat + CMU dictionary to within about
half a grade on these texts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biy_tui.core.curriculum import load_curriculum  # noqa: E402
from tests.unit.curriculum.readability import fk_grade, words  # noqa: E402

CEILING = 6.0


def _row(label: str, texts: list[str]) -> str:
    texts = [t for t in texts if t.strip()]
    if not texts:
        return f"{label:<34} (none)"
    grades = [fk_grade(t) for t in texts]
    joined = fk_grade("\n\n".join(texts))
    n_words = sum(len(words(t)) for t in texts)
    return (
        f"{label:<34} {len(texts):>4} texts {n_words:>6} words  "
        f"grade {joined:4.1f} (mean {statistics.mean(grades):4.1f}, max {max(grades):4.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--each", action="store_true", help="print every note's grade")
    args = parser.parse_args()
    cur = load_curriculum(ROOT / "curriculum")
    weeks = [w for n in cur.week_numbers if (w := cur.week(n)) is not None]
    acts = [a for w in weeks for a in w.activities]
    p = cur.program
    notes = [w.content_note for w in weeks]
    online = [w.online_note for w in weeks]
    print(_row("content notes", notes))
    print(_row("program online_safety", [p.online_safety]))
    print(_row("week online notes", online))
    print(_row("grounding card", [" ".join(p.grounding.steps), p.grounding.pause_words]))
    print(_row("scale questions", [s.question for s in p.scales]))
    print(
        _row(
            "openings and closings (said aloud)",
            [a.opening for a in acts] + [a.closing for a in acts],
        )
    )
    print(
        _row(
            "facilitator-only text",
            [w.preparation for w in weeks]
            + [a.steps for a in acts]
            + [a.gentler for a in acts]
            + [a.online for a in acts],
        )
    )
    over = [w.week for w in weeks if w.content_note.strip() and fk_grade(w.content_note) > CEILING]
    over += [w.week for w in weeks if w.online_note.strip() and fk_grade(w.online_note) > CEILING]
    print(f"notes above grade {CEILING:g}: {sorted(set(over)) or 'none'}")
    if args.each:
        for w in weeks:
            line = f"week {w.week:>2}: content note {fk_grade(w.content_note):4.1f}"
            if w.online_note.strip():
                line += f", online note {fk_grade(w.online_note):4.1f}"
            print(line)


if __name__ == "__main__":
    main()
