"""``biy scrub``: redact text from files or standard input, or check documents.

- ``biy scrub [FILE…]`` prints each file (or standard input) with everything
  that could identify someone replaced by ``[kind]``.
- ``biy scrub --jsonl`` reads one JSON object per line with a ``"text"`` field
  and writes ``{"spans": [{"start", "end", "kind"}], "redacted": "…"}`` per
  line (offsets in characters). A line that is not a JSON object with a text
  ``"text"`` gets ``{"error": "…"}`` instead; the rest are still processed and
  the exit code is 1. Blank lines are skipped (no output line), so piping a
  file that ends in an empty line is harmless.
- ``biy scrub --check FILE…`` lists ``file:line:col kind`` for everything found
  and exits 1 if anything was found, 0 otherwise.

Errors are one sentence on standard error and never quote the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from biy_tui.core.privacy import GuardKwargs

from biy_tui.core.text import messages


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``scrub`` command."""
    scrub = sub.add_parser(
        "scrub",
        help=messages.CLI_SCRUB_REDACT_NAMES_NUMBERS_AND_ADDRESSES_FROM,
        description=messages.CLI_SCRUB_PRINT_TEXT_WITH_ANYTHING_THAT_COULD,
    )
    scrub.add_argument(
        "files", nargs="*", metavar="FILE", help=messages.CLI_SCRUB_TEXT_FILES_DEFAULT_STDIN
    )
    mode = scrub.add_mutually_exclusive_group()
    mode.add_argument(
        "--jsonl",
        action="store_true",
        help=messages.CLI_SCRUB_READ_JSON_LINES_WITH_A_TEXT,
    )
    mode.add_argument(
        "--check",
        action="store_true",
        help=messages.CLI_SCRUB_LIST_WHAT_WAS_FOUND_AS_FILE,
    )
    scrub.set_defaults(func=scrub_command)


def _guard_kwargs(args: argparse.Namespace) -> GuardKwargs:
    """Site words from ``--curriculum DIR/site.toml`` and the program's own words."""
    from biy_tui.core.privacy import load_site_terms

    folder = getattr(args, "curriculum", None)
    site = load_site_terms(Path(folder).expanduser() if folder else None)
    return site.guard_kwargs(_program_terms(folder))


def _program_terms(folder: str | None) -> tuple[str, ...]:
    """Week and activity titles and theme labels: never flagged. Empty if unloadable."""
    from biy_tui.core import paths
    from biy_tui.core.curriculum import CurriculumError, load_curriculum

    try:
        site = Path(folder).expanduser() if folder else None
        cur = load_curriculum(paths.shipped_curriculum_dir(), site)
    except (CurriculumError, OSError):
        return ()
    return cur.program_terms()


def _read(name: str) -> str | None:
    """Return a file's text, or None after one sentence on stderr."""
    from biy_tui.cli.files import read_plain
    from biy_tui.core.text import messages

    try:
        data = sys.stdin.buffer.read() if name == "-" else read_plain(Path(name))
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        print(messages.SCRUB_UNREADABLE.format(file=name, why=why), file=sys.stderr)
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        print(messages.SCRUB_NOT_TEXT.format(file=name), file=sys.stderr)
        return None


def _stdin_lines() -> Iterator[str]:
    for raw in sys.stdin.buffer:
        yield raw.decode("utf-8", errors="replace")


def scrub_command(args: argparse.Namespace) -> int:
    """Run ``biy scrub`` in the mode asked for; return the exit code."""
    from biy_tui.core.privacy import SiteTermsError

    try:
        kwargs = _guard_kwargs(args)
    except SiteTermsError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.jsonl:
        return _jsonl(args.files, kwargs)
    if args.check:
        return _check(args.files, kwargs)
    return _redact_files(args.files or ["-"], kwargs)


def _redact_files(files: list[str], kwargs: GuardKwargs) -> int:
    from biy_tui.core import inert
    from biy_tui.core.privacy import redact

    # Into a file or a pipe the text stays as it was; on a terminal nothing from
    # the file may act (escape sequences, clipboard writes, bidi overrides).
    shown = inert.clean if sys.stdout.isatty() else str
    code = 0
    for name in files:
        text = _read(name)
        if text is None:
            code = 1
            continue
        sys.stdout.write(
            shown(
                redact(text, site_terms=kwargs["site_terms"], program_terms=kwargs["program_terms"])
            )
        )
    sys.stdout.flush()
    return code


def _jsonl(files: list[str], kwargs: GuardKwargs) -> int:
    from biy_tui.core.privacy import find, redact
    from biy_tui.core.text import messages

    errors = 0
    code = 0
    number = 0
    out = sys.stdout
    sources: list[Iterator[str]] = []
    for name in files or ["-"]:
        if name == "-":
            sources.append(_stdin_lines())
            continue
        text = _read(name)
        if text is None:
            code = 1
            continue
        sources.append(iter(text.splitlines()))
    for lines in sources:
        for line in lines:
            number += 1
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                obj = None
                error = messages.SCRUB_JSON_BAD.format(line=number)
            else:
                error = messages.SCRUB_JSON_NO_TEXT.format(line=number)
            text = obj.get("text") if isinstance(obj, dict) else None
            if not isinstance(text, str):
                errors += 1
                out.write(json.dumps({"error": error}, ensure_ascii=False) + "\n")
                continue
            spans = find(text, **kwargs)
            record = {"spans": [s.as_dict() for s in spans], "redacted": redact(text, spans)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    if errors:
        print(messages.SCRUB_JSON_ERRORS(n=errors), file=sys.stderr)
        code = 1
    return code


def _check(files: list[str], kwargs: GuardKwargs) -> int:
    from biy_tui.core.privacy import find
    from biy_tui.core.text import messages

    if not files:
        print(messages.SCRUB_CHECK_NEEDS_FILES, file=sys.stderr)
        return 2
    found = 0
    code = 0
    for name in files:
        text = _read(name)
        if text is None:
            code = 1
            continue
        line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        for span in find(text, **kwargs):
            line = _line_of(line_starts, span.start)
            col = span.start - line_starts[line - 1] + 1
            print(messages.SCRUB_FOUND.format(file=name, line=line, col=col, kind=span.kind))
            found += 1
    if found:
        print(messages.SCRUB_CHECK_FOUND(n=found), file=sys.stderr)
        return 1
    if code == 0:
        print(messages.SCRUB_CHECK_CLEAN(n=len(files)))
    return code


def _line_of(line_starts: list[int], offset: int) -> int:
    """Return the 1-based line holding ``offset``."""
    from bisect import bisect_right

    return bisect_right(line_starts, offset)
