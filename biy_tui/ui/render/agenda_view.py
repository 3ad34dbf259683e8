"""Rich renderings for the agenda: its lines, the time status, style balance, materials."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from biy_tui.core.curriculum.models import STYLE_LABELS, Program, Week
from biy_tui.core.planning import Agenda, Timed, clock, materials, style_balance
from biy_tui.core.text import messages


def agenda_line(timed: Timed, week: Week) -> Text:
    """One agenda line: running times, title, style and minutes."""
    activity = week.activity(timed.item.activity)
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(f"{clock(timed.start):>5}–{clock(timed.end):<5} ", style="dim")
    line.append(activity.title if activity else timed.item.activity)
    detail = STYLE_LABELS[activity.style] if activity else messages.LABEL_NOT_IN_CURRICULUM
    line.append(
        f"  {detail} · {messages.LABEL_MINUTES.format(minutes=timed.item.minutes)}", style="dim"
    )
    return line


def time_status(agenda: Agenda) -> Text:
    """The total against the session length, calmly worded."""
    if not agenda.items:
        return Text(messages.AGENDA_EMPTY)
    values = {
        "total": agenda.total,
        "length": agenda.session_minutes,
        "left": agenda.left,
        "over": agenda.over_by,
    }
    if agenda.over_by:
        over = messages.AGENDA_OVER_ONE if agenda.over_by == 1 else messages.AGENDA_OVER
        return Text(over.format(**values), style="bold")
    if agenda.left == 0:
        return Text(messages.AGENDA_FULL.format(**values))
    fits = messages.AGENDA_FITS_ONE if agenda.left == 1 else messages.AGENDA_FITS
    return Text(fits.format(**values))


def balance_table(agenda: Agenda, week: Week) -> RenderableType:
    """Minutes per learning style as short bars."""
    balance = style_balance(agenda, week)
    most = max(balance.values()) or 1
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    for style, minutes in balance.items():
        bar = "█" * round(6 * minutes / most) if minutes else "·"
        table.add_row(STYLE_LABELS[style], Text(bar, style="bold"), f"{minutes} min")
    return table


def agenda_summary(agenda: Agenda, week: Week, program: Program) -> RenderableType:
    """The side panel: time status, style balance, materials and recorded choices."""
    parts: list[RenderableType] = [time_status(agenda), Text("")]
    if agenda.online:
        parts += [Text(messages.ONLINE_HEADING, style="bold")]
        for note in (program.online_safety, week.online_note):
            if note.strip():
                parts.append(Text(" ".join(note.split())))
        parts.append(Text(""))
    parts += [Text(messages.STYLE_BALANCE, style="bold"), balance_table(agenda, week)]
    things = materials(agenda, week)
    if things:
        parts += [Text(""), Text(messages.MATERIALS, style="bold")]
        parts += [Text(f"• {thing}") for thing in things]
    for item in agenda.items:
        if week.activity(item.activity) is None:
            parts += [Text(""), Text(messages.AGENDA_MISSING_ACTIVITY.format(id=item.activity))]
    if agenda.choices:
        parts += [Text(""), Text(messages.LABEL_GROUP_CHOICES, style="bold")]
        for choice in agenda.choices:
            counts = ", ".join(
                f"{_title(week, option)} {hands}"
                for option, hands in zip(choice.options, choice.tally, strict=False)
            )
            chosen = _title(week, choice.chosen) if choice.chosen else "—"
            parts.append(Text(messages.LABEL_CHOSE.format(activity=chosen, counts=counts)))
    return Group(*parts)


def _title(week: Week, activity_id: str) -> str:
    activity = week.activity(activity_id)
    return activity.title if activity else activity_id
