"""Rich renderings of saved records: a one-line summary for lists, and a full read-only view.

Check-ins show their counts and tallies with the level words of the program's
scales; debriefs and self-care entries show their text as saved (it already
passed the privacy review); plans show their agenda with activity titles.
Self-care entries are marked as the facilitator's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from biy_tui.core.curriculum import STYLE_LABELS, Curriculum, Program
from biy_tui.core.inert import clean, clean_line
from biy_tui.core.planning import agenda_from_plan, style_balance
from biy_tui.core.reports.tallies import answered, mean_level, mood_shift
from biy_tui.core.store.records import CheckIn, Debrief, Plan, Record, SelfCare, kind_of
from biy_tui.core.text import Labels, format_date, format_decimal, format_signed, messages
from biy_tui.core.text.fit import cells

KIND_LABELS = Labels("RECORD_KIND_LABELS")


def when(day: dt.date) -> str:
    """``Wed, Nov 25, 2026`` / ``mer. 25 nov. 2026``: in the language biy speaks (Babel)."""
    return format_date(day, "yMMMEd")


def short_date(day: dt.date) -> str:
    """``Mar 2, 2026`` / ``2 mars 2026``, for sentences."""
    return format_date(day, "medium")


def signed(value: float) -> str:
    """``+0.6`` / ``-1.2`` / ``0.0``."""
    return format_signed(value)


def first_words(text: str, width: int = 60) -> str:
    """The start of a text on one line."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def self_care_word(value: int, words: Sequence[str]) -> str:
    """The word for a self-care level (1–5), or the number for other values."""
    return words[value - 1] if 1 <= value <= len(words) else str(value)


def group_mood_shift(check_in: CheckIn, program: Program) -> float | None:
    """The shift from the first opening scale to the first closing scale, if both were counted."""
    openings, closings = program.scales_of("opening"), program.scales_of("closing")
    if not openings or not closings:
        return None
    return mood_shift(check_in.opening, check_in.closing, openings[0].id, closings[0].id)


# --- one line in a list --------------------------------------------------------


def record_line(record: Record, curriculum: Curriculum) -> Text:
    """One line for the history list: date, week, kind and a short summary."""
    kind = kind_of(record)
    week = getattr(record, "week", None)
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(when(record.date))
    week_text = messages.HISTORY_WEEK.format(week=week) if week is not None else ""
    line.append(f"  {week_text:<8} ", style="dim")
    # The kind column is as wide as the language's longest label ("Tour de table").
    width = max(10, *(cells(label) for label in KIND_LABELS.values()))
    label = KIND_LABELS[kind]
    line.append(label + " " * (width - cells(label)), style="bold")
    line.append(" ")
    line.append(_summary(record, curriculum))
    return line


def _summary(record: Record, curriculum: Curriculum) -> Text:
    if isinstance(record, CheckIn):
        bits = [messages.HISTORY_PRESENT.format(present=record.attendance.present)]
        if record.attendance.first_time:
            bits.append(messages.HISTORY_FIRST_TIME.format(count=record.attendance.first_time))
        change = group_mood_shift(record, curriculum.program)
        if change is not None:
            bits.append(messages.HISTORY_MOOD.format(shift=signed(change)))
        return Text(" · ".join(bits))
    if isinstance(record, Debrief):
        text = next(
            (t for t in (record.what_worked, record.follow_ups, record.what_to_change) if t), ""
        )
        return Text(clean_line(first_words(text)) or messages.RECORD_EMPTY_TEXT, style="italic")
    if isinstance(record, Plan):
        total = sum(item.minutes for item in record.items)
        return Text(
            messages.HISTORY_ACTIVITIES.format(
                count=len(record.items), total=total, length=record.session_minutes
            )
        )
    summary = Text(f"({messages.HISTORY_PRIVATE}) ", style="italic")
    summary.append(
        messages.HISTORY_ENERGY_STRESS.format(
            energy=self_care_word(record.energy, messages.SELFCARE_ENERGY_LEVELS),
            stress=self_care_word(record.stress, messages.SELFCARE_STRESS_LEVELS),
        ),
        style="dim",
    )
    return summary


# --- the whole record -----------------------------------------------------------


def record_title(record: Record) -> str:
    """The screen title for a record: kind, week and date."""
    kind = KIND_LABELS[kind_of(record)]
    week = getattr(record, "week", None)
    label = f"{kind} · {messages.HISTORY_WEEK.format(week=week)}" if week is not None else kind
    return messages.RECORD_TITLE.format(kind=label, when=when(record.date))


def heading(text: str) -> Text:
    """A section heading."""
    return Text(text, style="bold")


def indent(renderable: RenderableType) -> Padding:
    """Indent a section's body."""
    return Padding(renderable, (0, 0, 0, 2))


def tally_table(tally: Sequence[int], levels: Sequence[str]) -> RenderableType:
    """A tally with each level's word, a bar of hands and the count, lowest level first."""
    table = Table.grid(padding=(0, 1))
    table.add_column()
    table.add_column(no_wrap=True)
    table.add_column(justify="right")
    widest = max(tally, default=0)
    scale = 20 / widest if widest > 20 else 1
    for n, count in enumerate(tally):
        word = levels[n] if n < len(levels) else messages.RECORD_LEVEL.format(n=n + 1)
        table.add_row(word, "█" * round(count * scale), str(count))
    mean = mean_level(tally)
    if mean is None:
        return Group(table)
    words = list(levels) or [messages.RECORD_LEVEL.format(n=n + 1) for n in range(len(tally))]
    word = words[max(0, min(len(words) - 1, round(mean) - 1))]
    note = Text(messages.RECORD_AVERAGE(n=answered(tally), word=word), style="dim")
    return Group(table, note)


def _tallies(title: str, tallies: dict[str, list[int]], program: Program) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(""), heading(title)]
    if not any(answered(t) for t in tallies.values()):
        parts.append(indent(Text(messages.RECORD_NO_TALLY, style="dim")))
        return parts
    for scale_id, tally in tallies.items():
        scale = program.scale(scale_id)
        parts.append(indent(Text(scale.label if scale else scale_id, style="italic")))
        parts.append(indent(tally_table(tally, scale.levels if scale else [])))
    return parts


def _themes(themes: Sequence[str], program: Program) -> list[RenderableType]:
    body = (
        Text("\n".join(f"• {program.theme_label(t)}" for t in themes))
        if themes
        else Text(messages.RECORD_NO_THEMES, style="dim")
    )
    return [Text(""), heading(messages.RECORD_THEMES), indent(body)]


def _text(title: str, text: str) -> list[RenderableType]:
    body = (
        Text(clean(text.strip())) if text.strip() else Text(messages.RECORD_EMPTY_TEXT, style="dim")
    )
    return [Text(""), heading(title), indent(body)]


def render_check_in(record: CheckIn, program: Program) -> list[RenderableType]:
    """Counts, the three sets of tallies with level words, the mood shift and themes."""
    a = record.attendance
    parts: list[RenderableType] = [
        heading(messages.RECORD_ATTENDANCE),
        indent(
            Text(
                messages.RECORD_ATTENDANCE_LINE.format(
                    present=a.present,
                    first_time=a.first_time,
                    online=a.online,
                    in_person=a.in_person,
                )
            )
        ),
    ]
    parts += _tallies(messages.RECORD_OPENING, record.opening, program)
    parts += _tallies(messages.RECORD_CLOSING, record.closing, program)
    change = group_mood_shift(record, program)
    if change is not None:
        if round(change, 1) > 0:
            sentence = messages.RECORD_SHIFT_UP.format(amount=format_decimal(change))
        elif round(change, 1) < 0:
            sentence = messages.RECORD_SHIFT_DOWN.format(amount=format_decimal(-change))
        else:
            sentence = messages.RECORD_SHIFT_SAME
        parts += [Text(""), indent(Text(sentence, style="italic"))]
    parts += _tallies(messages.RECORD_FEEDBACK, record.feedback, program)
    parts += _themes(record.themes, program)
    return parts


def render_debrief(record: Debrief, program: Program) -> list[RenderableType]:
    """The four debrief texts and the themes."""
    parts: list[RenderableType] = []
    parts += _text(messages.DEBRIEF_WHAT_WORKED, record.what_worked)
    parts += _text(messages.DEBRIEF_WHAT_TO_CHANGE, record.what_to_change)
    parts += _text(messages.DEBRIEF_SAFETY, record.safety_concerns)
    parts += _text(messages.DEBRIEF_FOLLOW_UPS, record.follow_ups)
    parts += _themes(record.themes, program)
    return parts[1:]


def render_plan(record: Plan, curriculum: Curriculum) -> list[RenderableType]:
    """The agenda with activity titles and minutes, the style balance, choices and notes."""
    week = curriculum.week(record.week)
    total = sum(item.minutes for item in record.items)
    agenda = Table.grid(padding=(0, 1))
    agenda.add_column(justify="right")
    agenda.add_column()

    def title(activity_id: str) -> str:
        activity = week.activity(activity_id) if week else None
        if activity is None:
            return messages.RECORD_UNKNOWN_ACTIVITY.format(id=activity_id)
        return activity.title

    for item in record.items:
        agenda.add_row(f"{item.minutes} min", title(item.activity))
    parts: list[RenderableType] = [
        Text(messages.RECORD_PLAN_LENGTH.format(total=total, length=record.session_minutes)),
        Text(""),
        heading(messages.RECORD_PLAN_AGENDA),
        indent(agenda),
    ]
    if week is not None and record.items:
        balance = style_balance(agenda_from_plan(record), week)
        mix = " · ".join(f"{STYLE_LABELS[s].lower()} {m} min" for s, m in balance.items() if m)
        parts += [Text(""), heading(messages.RECORD_PLAN_STYLES), indent(Text(mix))]
    if record.choices:
        lines = []
        for choice in record.choices:
            options = ", ".join(
                f"{title(o)} ({n})"
                for o, n in zip(
                    choice.options, choice.tally or [0] * len(choice.options), strict=False
                )
            )
            chosen = title(choice.chosen) if choice.chosen else messages.RECORD_PLAN_NO_CHOICE
            lines.append("• " + messages.RECORD_PLAN_CHOICE.format(options=options, chosen=chosen))
        parts += [Text(""), heading(messages.RECORD_PLAN_CHOICES), indent(Text("\n".join(lines)))]
    if record.label:
        parts += _text(messages.RECORD_PLAN_LABEL, record.label)
    if record.notes:
        parts += _text(messages.RECORD_PLAN_NOTES, record.notes)
    return parts


def render_self_care(record: SelfCare) -> list[RenderableType]:
    """Energy, stress and her three texts, under a note that this is hers alone."""
    levels = Table.grid(padding=(0, 2))
    levels.add_column(style="bold")
    levels.add_column()
    levels.add_row(
        messages.RECORD_ENERGY, self_care_word(record.energy, messages.SELFCARE_ENERGY_LEVELS)
    )
    levels.add_row(
        messages.RECORD_STRESS, self_care_word(record.stress, messages.SELFCARE_STRESS_LEVELS)
    )
    parts: list[RenderableType] = [
        Text(messages.HISTORY_PRIVATE_BANNER, style="italic"),
        Text(""),
        levels,
    ]
    parts += _text(messages.SELFCARE_NEED, record.what_i_need)
    parts += _text(messages.SELFCARE_BOUNDARIES, record.boundaries)
    parts += _text(messages.SELFCARE_PLAN, record.my_plan)
    return parts


def render_record(record: Record, curriculum: Curriculum) -> RenderableType:
    """A saved record in full, read-only."""
    program = curriculum.program
    parts: list[RenderableType] = [Text(record_title(record), style="bold"), Text("")]
    if isinstance(record, CheckIn):
        parts += render_check_in(record, program)
    elif isinstance(record, Debrief):
        parts += render_debrief(record, program)
    elif isinstance(record, Plan):
        parts += render_plan(record, curriculum)
    else:
        parts += render_self_care(record)
    parts += [Text(""), Text(messages.RECORD_READ_ONLY, style="dim")]
    return Group(*parts)
