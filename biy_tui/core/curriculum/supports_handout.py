"""The "Someone needs help now" card as a handout to print: Markdown or one HTML page (no Textual).

A printed card works when the laptop is shut, the battery is flat or biy will not open, so
the facilitator can keep it in her folder. It holds only the steps and the supports list,
never a record. Every value comes from a file a coordinator edits, so it is data: cleaned of
control characters, escaped for Markdown, and escaped for HTML one value at a time (the HTML
is built by hand, never from rendered Markdown). The page has no script, no external file,
and a Content-Security-Policy that forbids everything but its own inline style.
"""

from __future__ import annotations

import html
import re
from typing import Literal

from biy_tui.core import text
from biy_tui.core.curriculum.supports import Support, SupportsCard
from biy_tui.core.inert import clean_line
from biy_tui.core.text import messages

Format = Literal["md", "html"]

CSP = "default-src 'none'; style-src 'unsafe-inline'"

# Only what could act as Markdown inside a line we start ourselves (numbers keep their dashes).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")


def _md(text: str) -> str:
    """Plain text that Markdown shows as it is (no emphasis, links, HTML or headings)."""
    return _MD_SPECIAL.sub(r"\\\1", clean_line(text))


def _details(support: Support) -> list[str]:
    """The lines under a support's name: when, what for, languages, the check mark."""
    out = []
    if support.hours:
        out.append(messages.SUPPORTS_HOURS.format(hours=support.hours))
    if support.for_what:
        out.append(messages.SUPPORTS_FOR.format(what=support.for_what))
    if support.languages:
        out.append(messages.SUPPORTS_LANGUAGES.format(languages=", ".join(support.languages)))
    return out


def source_note(card: SupportsCard) -> str:
    """Where the list comes from, in the words shown above it."""
    if not card.supports:
        return messages.SUPPORTS_NONE
    if card.site:
        return messages.SUPPORTS_SITE_NOTE.format(file=card.supports_from)
    return messages.SUPPORTS_SHIPPED_NOTE


def problems_note(card: SupportsCard) -> str:
    """A sentence about problems in the files, or "" when there are none."""
    if not card.problems:
        return ""
    return messages.SUPPORTS_PROBLEMS_NOTE(n=len(card.problems))


def card_markdown(card: SupportsCard) -> str:
    """The card as Markdown."""
    lines = [
        f"# {_md(messages.SUPPORTS_TITLE)}",
        "",
        f"**{_md(messages.SUPPORTS_DANGER_NOW)}**",
        "",
    ]
    note = problems_note(card)
    if note:
        lines += [f"> {_md(note)}", ""]
    for group in card.steps:
        lines += [f"## {_md(group.title)}", ""]
        lines += [f"{n}. {_md(item)}" for n, item in enumerate(group.items, 1)]
        lines.append("")
    lines += [f"## {_md(messages.SUPPORTS_LIST_HEADING)}", "", _md(source_note(card)), ""]
    for support in card.supports:
        mark = f" ({_md(messages.SUPPORTS_CHECK_MARK)})" if support.check else ""
        lines.append(f"- **{_md(support.name)}: {_md(support.number)}**{mark}  ")
        lines += [f"  {_md(detail)}  " for detail in _details(support)]
    lines.append("")
    return "\n".join(lines)


_CSS = """
body { font-family: sans-serif; max-width: 46em; margin: 2em auto; line-height: 1.4; color: #000; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.4em; border-bottom: 1px solid #999; }
.now { font-size: 1.2em; font-weight: bold; border: 2px solid #000; padding: 0.4em 0.6em; }
.note { border-left: 3px solid #999; padding-left: 0.8em; }
ol li { margin-bottom: 0.3em; }
ul.supports { list-style: none; padding-left: 0; }
ul.supports li { margin-bottom: 0.7em; page-break-inside: avoid; }
.number { font-weight: bold; white-space: nowrap; }
.check { font-style: italic; }
.detail { display: block; margin-left: 1em; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
"""


def _h(text: str) -> str:
    return html.escape(clean_line(text), quote=True)


def card_html(card: SupportsCard) -> str:
    """The card as one self-contained, printable HTML page (every value escaped)."""
    parts = [
        f"<h1>{_h(messages.SUPPORTS_TITLE)}</h1>",
        f'<p class="now">{_h(messages.SUPPORTS_DANGER_NOW)}</p>',
    ]
    note = problems_note(card)
    if note:
        parts.append(f'<p class="note">{_h(note)}</p>')
    for group in card.steps:
        parts.append(f"<h2>{_h(group.title)}</h2>")
        parts.append("<ol>" + "".join(f"<li>{_h(item)}</li>" for item in group.items) + "</ol>")
    parts.append(f"<h2>{_h(messages.SUPPORTS_LIST_HEADING)}</h2>")
    parts.append(f'<p class="note">{_h(source_note(card))}</p>')
    if card.supports:
        items = []
        for support in card.supports:
            mark = (
                f' <span class="check">({_h(messages.SUPPORTS_CHECK_MARK)})</span>'
                if support.check
                else ""
            )
            details = "".join(f'<span class="detail">{_h(d)}</span>' for d in _details(support))
            items.append(
                f"<li><strong>{_h(support.name)}</strong>: "
                f'<span class="number">{_h(support.number)}</span>{mark}{details}</li>'
            )
        parts.append('<ul class="supports">' + "".join(items) + "</ul>")
    body = "\n".join(parts)
    return (
        f'<!doctype html>\n<html lang="{text.language()}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f"<title>{_h(messages.SUPPORTS_TITLE)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def render_card(card: SupportsCard, fmt: Format = "md") -> str:
    """The card in the asked format (``md`` or ``html``)."""
    return card_html(card) if fmt == "html" else card_markdown(card)


def summary(card: SupportsCard) -> str:
    """One line for ``biy curriculum check`` when the card has no problem."""
    steps = messages.SUPPORTS_STEP_GROUPS(n=len(card.steps))
    return messages.SUPPORTS_OK(n=len(card.supports), steps=steps, file=card.supports_from)
