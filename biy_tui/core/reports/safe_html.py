"""Markdown to HTML that can load nothing: the one renderer for reports and handouts.

Report and handout text comes from curriculum files and merged reports, written on other
machines. Opened in a browser, an ``<img>`` or a stylesheet link from that text would
fetch from the network (a beacon that can carry a site's name). So:

- markdown-it runs with raw HTML off (``<script>`` in data is shown as text) and without
  the rules that make images, links, autolinks and link references: ``![x](http://…)``
  stays the literal text a coordinator wrote;
- every value biy puts into the page itself (the title) is escaped;
- whatever is rendered is checked once more: an element that could load anything is
  turned back into text (a slip in a future rule cannot fetch either);
- every page carries a Content-Security-Policy ``default-src 'none'`` (styles inline
  only), so even a browser that met such an element would load nothing;
- the whole page goes through :func:`biy_tui.core.inert.clean`: no escape byte in any file.
"""

from __future__ import annotations

import html
import re

from biy_tui.core.inert import clean
from biy_tui.core.text import language

CSP = "default-src 'none'; style-src 'unsafe-inline'"
"""The Content-Security-Policy of every HTML page biy writes."""
CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'

_DISABLED_RULES = ["image", "link", "autolink", "reference", "html_inline", "html_block"]
_LOADING = re.compile(
    r"<(/?)(img|a|link|script|iframe|object|embed|frame|frameset|video|audio|source|"
    r"picture|base|meta|form|input|style|svg|math|portal|track)\b[^>]*>",
    re.I,
)


_MD_LOADING = re.compile(r"\\|!\[|\]\(|\]:|<(?=[A-Za-z/!?])|^(\s{0,3})\[(?=[^\]]*\]:)", re.M)


def md_inert(text: str) -> str:
    """Data text for a Markdown file, with every construct that could load made literal.

    Escapes backslashes (so data cannot undo an escape), image starts ``![``, link
    targets ``](``, a ``<`` that could open a tag or an autolink, and link-reference
    definitions ``[x]: url`` (also inside a quote or a list: every ``]:``); everything
    else (lists, emphasis, ``<5`` counts, ``[its kind]`` placeholders) reads as written.
    """
    return _MD_LOADING.sub(_escape_match, clean(text))


def _escape_match(m: re.Match[str]) -> str:
    found = m.group(0)
    if found == "\\":
        return "\\\\"
    if found == "![":
        return "!\\["
    if found == "](":
        return "]\\("
    if found == "<":
        return "\\<"
    if found == "]:":
        return "]\\:"  # no link-reference definition, even inside a quote or a list
    return f"{m.group(1)}\\["


def markdown_html(text: str) -> str:
    """Render Markdown from data to HTML with nothing that can load or run.

    Args:
        text: Markdown whose values came from files (escaped or not).

    Returns:
        The HTML body: headings, paragraphs, lists, tables, emphasis; never an element
        that loads (``img``, ``a``, ``link``, ``script``, ``iframe`` …).
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    md.disable(_DISABLED_RULES, ignoreInvalid=True)
    body = md.render(clean(text))
    return _LOADING.sub(lambda m: html.escape(m.group(0)), body)


def page(title: str, css: str, body: str, extra_head: str = "") -> str:
    """One self-contained HTML page with the CSP meta; ``title`` is escaped here.

    Args:
        title: the page title (plain text).
        css: the page's own inline style sheet (biy's, never from data).
        body: HTML from :func:`markdown_html` (plus biy's own inline SVG, if any).
        extra_head: nothing from data; reserved for biy's own head elements.
    """
    return clean(
        f'<!doctype html>\n<html lang="{language()}">\n<head>\n<meta charset="utf-8">\n'
        f"{CSP_META}\n"
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{html.escape(clean(title))}</title>\n{extra_head}<style>{css}</style>\n"
        f"</head>\n<body>\n{body}</body>\n</html>\n"
    )
