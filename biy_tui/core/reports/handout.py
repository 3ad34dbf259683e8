"""The printable handout of a session plan, as Markdown or HTML (no Textual).

The handout carries the agenda with times, each activity's steps and opening
and closing words, and the combined materials list: what a facilitator needs on
paper. It holds no record of anyone: only curriculum text and the plan's times.
The HTML is one self-contained page (no scripts, no external files) that prints
cleanly.
"""

from __future__ import annotations

from typing import Literal

from biy_tui.core.curriculum.models import STYLE_LABELS, Program, Week
from biy_tui.core.inert import clean
from biy_tui.core.planning import Agenda, clock, materials, parse_start, style_balance
from biy_tui.core.reports.safe_html import markdown_html, md_inert, page
from biy_tui.core.text import messages

Format = Literal["md", "html"]


def _md(text: str) -> str:
    return md_inert(text)


def _cell(text: str) -> str:
    return md_inert(" ".join(text.split())).replace("|", "\\|")


def _start(start: str | None) -> tuple[int, int] | None:
    """The start time, or None for times from the start (callers check it first)."""
    if not start:
        return None
    try:
        return parse_start(start)
    except ValueError:
        return None


def _time(minutes: int, start: tuple[int, int] | None) -> str:
    return clock(minutes, *start) if start else clock(minutes)


def handout_markdown(agenda: Agenda, week: Week, program: Program, start: str | None = None) -> str:
    """The handout as Markdown.

    Args:
        agenda: the plan to print.
        week: the week it belongs to.
        program: the program (for scale-free context such as the part's title).
        start: an optional wall-clock start (``"18:30"``) for the times column.
    """
    at = _start(start)
    part = program.part(week.part)
    lines = [
        f"# {messages.HANDOUT_TITLE.format(week=week.week, title=_md(week.title))}",
        "",
        f"*{_md(part.title if part else week.part)}* · "
        + messages.HANDOUT_SESSION_LENGTH.format(minutes=agenda.session_minutes)
        + (" · " + messages.HANDOUT_PLANNED.format(minutes=agenda.total) if agenda.items else ""),
        "",
    ]
    if agenda.over_by:
        lines += [f"> {messages.HANDOUT_OVER.format(minutes=agenda.over_by)}", ""]
    if week.content_note.strip():
        lines += [f"## {messages.HANDOUT_BEFORE}", "", _md(week.content_note.strip()), ""]
    if agenda.online:
        notes = [_md(n.strip()) for n in (program.online_safety, week.online_note) if n.strip()]
        lines += [f"## {messages.HANDOUT_ONLINE}", "", *[line for n in notes for line in (n, "")]]
        if not notes:
            lines.append("")
    lines += [
        f"## {messages.HANDOUT_AGENDA}",
        "",
        "| " + " | ".join(messages.HANDOUT_COLUMNS) + " |",
        "|---|---|---|---|",
    ]
    for timed in agenda.timeline():
        activity = week.activity(timed.item.activity)
        title = activity.title if activity else timed.item.activity
        style = STYLE_LABELS[activity.style] if activity else ""
        lines.append(
            f"| {_time(timed.start, at)}–{_time(timed.end, at)} | {_cell(title)} | {style} "
            f"| {timed.item.minutes} |"
        )
    balance = style_balance(agenda, week)
    lines += [
        "",
        messages.HANDOUT_STYLES.format(
            styles=", ".join(
                messages.HANDOUT_STYLE_MINUTES.format(style=STYLE_LABELS[s].lower(), minutes=m)
                for s, m in balance.items()
            )
        ),
        "",
    ]
    things = materials(agenda, week)
    if things:
        lines += [
            f"## {messages.HANDOUT_MATERIALS}",
            "",
            *[f"- {_md(thing)}" for thing in things],
            "",
        ]
    lines += [f"## {messages.HANDOUT_GROUNDING}", "", _md(week.grounding.strip()), ""]
    for timed in agenda.timeline():
        activity = week.activity(timed.item.activity)
        if activity is None:
            continue
        lines += [
            f"## {_time(timed.start, at)} · {_md(activity.title)} "
            + messages.HANDOUT_ACTIVITY_MINUTES.format(minutes=timed.item.minutes),
            "",
            f"{_label(messages.LABEL_TO_OPEN)} {_md(' '.join(activity.opening.split()))}",
            "",
            _md(activity.steps.strip()),
            "",
            f"{_label(messages.LABEL_TO_CLOSE)} {_md(' '.join(activity.closing.split()))}",
            "",
            f"{_label(messages.LABEL_GENTLER_OPTION)} {_md(' '.join(activity.gentler.split()))}",
            "",
        ]
        if agenda.online and activity.online.strip():
            lines += [f"{_label(messages.LABEL_ONLINE)} {' '.join(activity.online.split())}", ""]
    return "\n".join(lines).rstrip() + "\n"


def _label(field: str) -> str:
    """A bold label before what it names ("**To open:**"; in French "**Pour ouvrir :**")."""
    return f"**{messages.FIELD_LABEL.format(field=field)}**"


_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 44em; margin: 2em auto;
       line-height: 1.45; color: #111; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; }
blockquote { border-left: 3px solid #999; margin-left: 0; padding-left: 1em; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
"""


def handout_html(agenda: Agenda, week: Week, program: Program, start: str | None = None) -> str:
    """The handout as one self-contained, printable HTML page (nothing in it can load)."""
    body = markdown_html(handout_markdown(agenda, week, program, start))
    return page(messages.HANDOUT_TITLE.format(week=week.week, title=week.title), _CSS, body)


def render_handout(
    agenda: Agenda, week: Week, program: Program, fmt: Format = "md", start: str | None = None
) -> str:
    """The handout in the asked format (``md`` or ``html``)."""
    if fmt == "html":
        return handout_html(agenda, week, program, start)
    return clean(handout_markdown(agenda, week, program, start))
