"""Find English text written straight into the shell's code instead of the catalogue.

A literal counts when it sits where a person will read it: a Binding description or
tooltip, a palette command's title or help, a widget's label or placeholder, a
notification, a ``Text`` piece, a printed line, an argparse help or description, or a
screen's ``HELP``/``TITLE``/``border_title``. It must hold a word of letters; lowercase
identifiers, dotted names, CSS selectors and format fields alone do not count.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Calls whose positional arguments (by index) a person reads.
POSITIONAL: dict[str, tuple[int, ...]] = {
    "Binding": (2,),
    "SystemCommand": (0, 1),
    "Static": (0,),
    "Label": (0,),
    "Button": (0,),
    "TabPane": (0,),
    "Tab": (0,),
    "Checkbox": (0,),
    "RadioButton": (0,),
    "Option": (0,),
    "ListItem": (0,),
    "Markdown": (0,),
    "Text": (0,),
    "Content": (0,),
    "append": (0,),
    "notify": (0,),
    "print": (0,),
    "echo": (0,),
    "write": (0,),
    "update": (0,),
    "error": (0,),
    "exit": (1,),
    "assemble": (0, 1, 2, 3, 4, 5, 6, 7),
    "heading": (0,),
}
# Keyword arguments a person reads, whatever the call.
KEYWORDS = frozenset(
    {
        "description",
        "tooltip",
        "title",
        "help",
        "label",
        "placeholder",
        "message",
        "prompt",
        "epilog",
        "sub_title",
        "severity_text",
    }
)
# Attributes a person reads when they are assigned.
ATTRIBUTES = frozenset(
    {
        "HELP",
        "TITLE",
        "title",
        "sub_title",
        "SUB_TITLE",
        "border_title",
        "border_subtitle",
        "tooltip",
    }
)

_WORD = re.compile(r"[A-Za-z]{2,}")
_FIELDS = re.compile(r"\{[^{}]*\}")
# One token of lower-case letters, digits and _ . - # : / * ( ) ' [ ] = , : an id, a key
# name, an action, a CSS selector or a path; never a sentence.
_TOKEN = re.compile(r"^[a-z0-9_.\-#:/*()'\[\]=,]*$")
# Rich style words: "bold dim", "italic underline"...
_STYLE_WORDS = frozenset(
    {
        *("bold", "dim", "italic", "underline", "reverse", "strike", "blink", "on", "not"),
        *("red", "green", "yellow", "blue", "magenta", "cyan", "white", "black", "grey"),
        *("gray", "bright", "default", "none", "auto"),
    }
)


def is_text(value: str) -> bool:
    """True when ``value`` holds words a person reads (not an id, key, style or field)."""
    bare = _FIELDS.sub("", value).strip()
    if not _WORD.search(bare):
        return False
    words = bare.split()
    if len(words) == 1 and _TOKEN.match(bare):
        return False  # "week.back", "#activity-list", "dim"
    return not all(word in _STYLE_WORDS for word in words)  # "bold dim"


@dataclass(frozen=True)
class Literal:
    path: Path
    line: int
    col: int
    end_line: int
    end_col: int
    value: str
    where: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.where}: {self.value!r}"


def _strings(node: ast.expr) -> Iterator[ast.Constant | ast.JoinedStr]:
    if (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(
        node, ast.JoinedStr
    ):
        yield node
    elif isinstance(node, ast.Tuple) and node.elts:  # Text.assemble(("Feels: ", "bold"))
        yield from _strings(node.elts[0])
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from _strings(node.left)
        yield from _strings(node.right)


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def find(path: Path) -> Iterator[Literal]:
    """Every English text literal in one file, where a person reads it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def hit(const: ast.Constant | ast.JoinedStr, where: str) -> Iterator[Literal]:
        if isinstance(const, ast.JoinedStr):
            value = "".join(
                str(part.value) if isinstance(part, ast.Constant) else "{}" for part in const.values
            )
        else:
            value = str(const.value)
        if is_text(value):
            yield Literal(
                path,
                const.lineno,
                const.col_offset,
                const.end_lineno or const.lineno,
                const.end_col_offset or 0,
                value,
                where,
            )

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            for index in POSITIONAL.get(name, ()):
                if index < len(node.args):
                    for const in _strings(node.args[index]):
                        yield from hit(const, f"{name}() argument {index}")
            for keyword in node.keywords:
                if keyword.arg in KEYWORDS:
                    for const in _strings(keyword.value):
                        yield from hit(const, f"{name}({keyword.arg}=)")
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                attr = (
                    target.attr
                    if isinstance(target, ast.Attribute)
                    else target.id
                    if isinstance(target, ast.Name)
                    else ""
                )
                if attr in ATTRIBUTES and node.value is not None:
                    for const in _strings(node.value):
                        yield from hit(const, f"{attr} =")


# Markup and code a report module writes around the words: HTML/SVG tags and
# attributes, CSS, regular expressions, Markdown code spans. Never a label.
_MARKUP = re.compile(r"[<>;\\\"`]")
_CLASS_NAME = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")  # "ReportFileError" in __all__


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
        for stmt in body if isinstance(body, list) else []:
            # an attribute's docstring: a bare string right after an assignment
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                found.add(id(stmt.value))
    return found


def find_anywhere(path: Path) -> Iterator[Literal]:
    """Every English word literal in a core module that writes for a reader (a report).

    Stricter than :func:`find`: a core module has no widget calls to point at, so any
    string holding a word counts (a table title in a tuple, a label in a dict, a piece of
    an f-string), except docstrings, markup around the words, and class names in ``__all__``.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        value = node.value
        if id(node) in skip or _MARKUP.search(value) or _CLASS_NAME.match(value.strip()):
            continue
        if is_text(value):
            yield Literal(
                path,
                node.lineno,
                node.col_offset,
                node.end_lineno or node.lineno,
                node.end_col_offset or 0,
                value,
                "string",
            )
