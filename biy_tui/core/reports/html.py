"""A report as one printable HTML page with inline SVG charts (no Textual).

The page is the Markdown report rendered with markdown-it, plus two charts
drawn as inline SVG: people present per week, and the mood shift per week,
each with a line where the next part of the program begins. No script, no
external file, no network (a CSP meta forbids loading anything): it opens the
same on any computer and prints well.
A hidden count is drawn as a dashed outline up to the threshold, never as a
bar of its true height.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from biy_tui.core.reports.model import Hidden, Report
from biy_tui.core.reports.render import decimal, mood_pair, render_md, shift
from biy_tui.core.reports.safe_html import markdown_html, page
from biy_tui.core.text import messages

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 22, 34
INK, MUTED, BAR, GRID = "#222", "#666", "#5b7f95", "#ccc"

_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 46em; margin: 2em auto;
       line-height: 1.45; color: #111; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; margin-bottom: 1em; }
th, td { border: 1px solid #aaa; padding: 0.25em 0.5em; text-align: left; }
td:not(:first-child), th:not(:first-child) { text-align: right; }
blockquote { border-left: 3px solid #999; margin-left: 0; padding-left: 1em; color: #333; }
figure { margin: 1em 0; } figcaption { font-size: 0.9em; color: #444; }
svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; }
               table, figure { page-break-inside: avoid; } }
"""


@dataclass(frozen=True)
class _Bar:
    week: int
    part: str | None
    value: float | None  # None: hidden or missing
    hidden_up_to: float | None = None
    label: str = ""


def _text(x: float, y: float, words: str, anchor: str = "middle", size: int = 11) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{MUTED}">{html.escape(words)}</text>'
    )


def _chart(bars: Sequence[_Bar], title: str, report: Report, signed: bool) -> str:
    """A bar chart per week, with zero line, axis labels and part boundaries."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    values = [abs(b.value) for b in bars if b.value is not None]
    values += [b.hidden_up_to for b in bars if b.hidden_up_to is not None]
    top = max([*values, 1.0])
    if signed:
        top = max(top, 1.0)
    zero = TOP + (plot_h / 2 if signed else plot_h)
    scale = (plot_h / 2 if signed else plot_h) / top
    step = plot_w / max(len(bars), 1)
    parts: list[str] = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{html.escape(title)}">',
        f'<line x1="{LEFT}" y1="{zero:.1f}" x2="{WIDTH - RIGHT}" y2="{zero:.1f}" stroke="{INK}"/>',
        _text(LEFT - 6, TOP + 4, decimal(top, signed=True) if signed else f"{top:.0f}", "end", 10),
        f'<line x1="{LEFT}" y1="{TOP}" x2="{WIDTH - RIGHT}" y2="{TOP}" stroke="{GRID}" '
        'stroke-dasharray="2 3"/>',
    ]
    if signed:
        parts.append(_text(LEFT - 6, HEIGHT - BOTTOM + 4, decimal(-top, signed=True), "end", 10))
    previous: str | None = None
    for n, bar in enumerate(bars):
        x = LEFT + n * step
        if previous is not None and bar.part != previous:
            title_of = report.part_title(bar.part) if bar.part else ""
            parts.append(
                f'<line x1="{x:.1f}" y1="{TOP - 14}" x2="{x:.1f}" y2="{HEIGHT - BOTTOM + 4}" '
                f'stroke="{INK}" stroke-dasharray="5 3" class="part-boundary"/>'
            )
            parts.append(_text(x + 4, TOP - 6, title_of, "start", 10))
        elif previous is None and bar.part:
            parts.append(_text(x + 4, TOP - 6, report.part_title(bar.part), "start", 10))
        previous = bar.part
        width = max(step * 0.7, 1.0)
        bx = x + (step - width) / 2
        if bar.value is not None:
            h = abs(bar.value) * scale
            y = zero - h if bar.value >= 0 else zero
            parts.append(
                f'<rect x="{bx:.1f}" y="{y:.1f}" width="{width:.1f}" height="{max(h, 0.5):.1f}" '
                f'fill="{BAR}"/>'
            )
        elif bar.hidden_up_to is not None:
            h = bar.hidden_up_to * scale
            parts.append(
                f'<rect x="{bx:.1f}" y="{zero - h:.1f}" width="{width:.1f}" height="{h:.1f}" '
                f'fill="none" stroke="{BAR}" stroke-dasharray="3 2"/>'
            )
        if bar.label:
            parts.append(
                _text(x + step / 2, zero - 4 - (bar.hidden_up_to or 0) * scale, bar.label, size=9)
            )
        parts.append(_text(x + step / 2, HEIGHT - BOTTOM + 16, str(bar.week), size=10))
    parts.append(_text(LEFT + plot_w / 2, HEIGHT - 4, messages.REPORT_CHART_WEEK_AXIS, size=10))
    parts.append("</svg>")
    return "".join(parts)


def attendance_chart(report: Report) -> str:
    """People present per week, hidden counts as dashed outlines."""
    bars: list[_Bar] = []
    for row in report.attendance.rows:
        total = row.total
        if isinstance(total, int):
            bars.append(_Bar(int(row.key), row.part, float(total)))
        elif isinstance(total, Hidden):
            up_to = total.hi if total.hi is not None else total.lo
            bars.append(_Bar(int(row.key), row.part, None, float(up_to), "hidden"))
    return _chart(bars, messages.REPORT_CHART_PRESENT, report, signed=False)


def mood_chart(report: Report) -> str:
    """The mood shift (closing minus opening average) per week."""
    pair = mood_pair(report)
    if pair is None:
        return ""
    opening, closing = pair
    after = {w.week: w.mean for w in closing.weeks}
    bars = []
    for w in opening.weeks:
        moved = shift(w.mean, after[w.week]) if w.week in after else None
        bars.append(_Bar(w.week, w.part, moved, None, "" if moved is not None else "–"))
    return _chart(bars, messages.REPORT_CHART_MOOD, report, signed=True)


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{html.escape(caption)}</figcaption></figure>\n"


def render_html(report: Report) -> str:
    """The report as one self-contained, printable HTML page with SVG charts.

    The Markdown report goes through :func:`biy_tui.core.reports.safe_html.markdown_html`: no
    image, link or raw HTML from a label becomes an element, and the page's CSP lets
    nothing load.
    """
    body = markdown_html(render_md(report))
    if report.attendance.rows:
        chart = _figure(
            attendance_chart(report),
            messages.REPORT_CHART_ATTENDANCE,
        )
        heading = f"<h2>{html.escape(messages.REPORT_H_ATTENDANCE, quote=False)}</h2>\n"
        body = body.replace(heading, heading + chart, 1)
    mood = mood_chart(report)
    if mood and report.mood and report.mood[0].weeks:
        chart = _figure(mood, messages.REPORT_CHART_MOOD)
        heading = f"<h2>{html.escape(messages.REPORT_H_MOOD, quote=False)}</h2>\n"
        body = body.replace(heading, heading + chart, 1)
    return page(messages.REPORT_TITLE.format(program=report.program), _CSS, body)
