"""Rich renderings of a week and its activities, for one ``Static`` each.

Long curriculum text goes through Rich (not Textual's Markdown widget, which
costs seconds on long pages; see budgets.md).
"""

from __future__ import annotations

import re

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from biy_tui.core.curriculum import STYLE_LABELS, STYLES, Activity, Program, Week
from biy_tui.core.text import Labels, messages

INTENSITY_MARK = Labels("INTENSITY_MARK")
GROUP_LABELS = Labels("GROUP_LABELS")


_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def prose(text: str) -> Text:
    """Reflow text written across several lines in a TOML file.

    Lines inside a paragraph are joined so the terminal can wrap them; blank
    lines separate paragraphs; list items (``-``, ``*``, ``1.``) stay one per line.

    Args:
        text: the text as written in the curriculum file.
    """
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if lines and not _LIST_ITEM.match(raw):
                lines[-1] += " " + line
            else:
                lines.append(line)
        out.append("\n".join(lines))
    return Text("\n\n".join(out))


def heading(text: str) -> Text:
    """A section heading."""
    return Text(text, style="bold")


def style_counts(week: Week) -> str:
    """``reading 2 · individual 3 …`` for one week."""
    return " · ".join(f"{STYLE_LABELS[s].lower()} {len(week.by_style(s))}" for s in STYLES)


def activity_line(activity: Activity) -> Text:
    """One line: title, style, minutes, intensity and group size."""
    line = Text()
    line.append(activity.title, style="bold")
    line.append(
        f"  {STYLE_LABELS[activity.style]} · "
        + messages.LABEL_MINUTES.format(minutes=activity.minutes)
        + " · "
        + f"{INTENSITY_MARK[activity.intensity]} · {GROUP_LABELS[activity.group_size]}",
        style="dim",
    )
    return line


GROUP_SHORT = Labels("GROUP_SHORT")
INTENSITY_SHORT = {"gentle": "○", "moderate": "◐", "heavy": "●"}


def activity_list_line(activity: Activity) -> Text:
    """A compact list line: title, then minutes, intensity mark and group size."""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(activity.title)
    line.append(
        f"  {activity.minutes}′ {INTENSITY_SHORT[activity.intensity]} "
        f"{GROUP_SHORT[activity.group_size]}",
        style="dim",
    )
    return line


def render_activity(activity: Activity) -> RenderableType:
    """Every detail of an activity, in reading order."""
    from rich.markdown import Markdown  # imported late: it costs ~75 ms at start-up

    parts: list[RenderableType] = [activity_line(activity)]
    if activity.summary:
        parts.append(Text(activity.summary, style="italic"))
    if activity.materials:
        parts.append(Text(messages.LABEL_MATERIALS.format(materials=", ".join(activity.materials))))
    parts += [
        heading(messages.LABEL_TO_OPEN),
        Padding(prose(activity.opening.strip()), (0, 0, 0, 2)),
        heading(messages.LABEL_STEPS),
        Padding(Markdown(activity.steps.strip(), hyperlinks=False), (0, 0, 0, 2)),
        heading(messages.LABEL_TO_CLOSE),
        Padding(prose(activity.closing.strip()), (0, 0, 0, 2)),
        heading(messages.LABEL_GENTLER_OPTION),
        Padding(prose(activity.gentler.strip()), (0, 0, 0, 2)),
        heading(messages.LABEL_ONLINE),
        Padding(prose(activity.online.strip()), (0, 0, 0, 2)),
    ]
    return Group(*parts)


def render_week_intro(week: Week, program: Program) -> RenderableType:
    """The module's heading, content note (first, when the week is not gentle), goals and prep."""
    part = program.part(week.part)
    parts: list[RenderableType] = [
        Text(
            messages.LABEL_WEEK_PART.format(week=week.week, part=part.title if part else week.part),
            style="dim",
        ),
        Text(week.title, style="bold"),
    ]
    if week.summary:
        parts.append(prose(week.summary))
    if week.content_note.strip():
        parts += [
            Text(""),
            heading(f"{messages.CONTENT_NOTE_HEADING} ({INTENSITY_MARK[week.intensity]})"),
            Padding(prose(week.content_note.strip()), (0, 0, 0, 2)),
            Padding(Text(messages.OPTING_OUT, style="italic"), (0, 0, 0, 2)),
        ]
    parts += [
        Text(""),
        heading(messages.RECORD_THEMES),
        Padding(Text(", ".join(program.theme_label(t) for t in week.themes)), (0, 0, 0, 2)),
        heading(messages.LABEL_GOALS),
        *[Padding(Text(f"• {goal}"), (0, 0, 0, 2)) for goal in week.goals],
        heading(messages.LABEL_PREPARATION),
        Padding(prose(week.preparation.strip()), (0, 0, 0, 2)),
        heading(messages.LABEL_GROUNDING_OPTION),
        Padding(prose(week.grounding.strip()), (0, 0, 0, 2)),
    ]
    return Group(*parts)


def render_week(week: Week, program: Program) -> RenderableType:
    """The whole module: intro, then every activity grouped by learning style."""
    parts: list[RenderableType] = [render_week_intro(week, program)]
    for style in STYLES:
        activities = week.by_style(style)
        if not activities:
            continue
        parts += [Text(""), Text(STYLE_LABELS[style], style="bold underline")]
        for activity in activities:
            parts += [Text(""), Padding(render_activity(activity), (0, 0, 0, 2))]
    return Group(*parts)
