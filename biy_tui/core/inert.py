"""Text from files is data: the one rule that makes it inert.

Curriculum files come from coordinators, exports and merged reports from other machines.
Whatever they hold, biy never sends a control character to the terminal or writes one to a
file it produces. :func:`clean` is applied where text enters biy (curriculum loading, import,
report merge) and again where it leaves (screens, notices, handouts, reports), so a slip on
one side is caught by the other.

What is removed: every C0 control except newline and tab, DEL, every C1 control, whole
escape sequences (CSI, OSC, DCS, SOS, PM, APC and two-byte ESC forms, so no ``[31m`` debris
is left), bidirectional overrides and isolates (which can make text read differently from
what it is), and lone surrogates left by undecodable bytes. Carriage returns become newlines.

Markup is a separate matter: text is never parsed as Rich/Textual markup, because the shell
builds ``Text``/``Content`` objects from plain strings; this module only deals with bytes
that would act on a terminal or a reader.
"""

from __future__ import annotations

import re

__all__ = ["clean", "clean_line", "is_clean"]

# Whole escape sequences first, so their parameters do not survive as visible debris.
_SEQUENCES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?              # CSI ... final byte (ESC [)
    | \x9b[0-?]*[ -/]*[@-~]?              # CSI as one C1 byte
    | \x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC ... BEL or ST
    | \x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?     # OSC as one C1 byte
    | \x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?        # DCS, SOS, PM, APC ... ST
    | [\x90\x98\x9e\x9f][^\x1b\x9c]*(?:\x1b\\|\x9c)?  # the same as C1 bytes
    | \x1b[ -/]*[0-~]?                    # two-byte and nF escapes, or a lone ESC
    """,
    re.VERBOSE,
)
# Single characters that must never pass: C0 (but \t and \n), DEL, C1, bidi controls,
# lone surrogates, and the Unicode line/paragraph separators (made newlines below).
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NEWLINES = re.compile("\r\n|[\r\u2028\u2029\x85]")
_ANY_BAD = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069"
    "\ud800-\udfff]"
)


def clean(text: str) -> str:
    """Return ``text`` with nothing that could act on a terminal or mislead a reader.

    Newlines and tabs are kept; carriage returns and Unicode line separators become
    newlines; escape sequences and every other control character are removed.

    Args:
        text: any text read from a file or typed in.

    Returns:
        The same text, inert. Clean text is returned unchanged (and quickly).
    """
    if not _ANY_BAD.search(text):
        return text
    text = _NEWLINES.sub("\n", text)
    text = _SEQUENCES.sub("", text)
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """Like :func:`clean`, for text shown on one line (titles, labels, notices)."""
    text = clean(text)
    if "\n" in text or "\t" in text:
        text = " ".join(text.split())
    return text


def is_clean(text: str) -> bool:
    """True when :func:`clean` would leave ``text`` as it is."""
    return _ANY_BAD.search(text) is None
