"""Small, valid curriculum texts to break in tests (fake content only)."""

from __future__ import annotations

from pathlib import Path

ACTIVITY = """
[[activities]]
id = "{id}"
title = "An activity"
style = "{style}"
minutes = {minutes}
intensity = "gentle"
group_size = "whole-group"
materials = ["paper"]
opening = "Let's begin."
steps = \"\"\"
1. Do the first thing.
2. Do the next thing.
\"\"\"
closing = "Thank you."
gentler = "Just listen."
online = "Use the chat."
"""


def week_text(
    number: int = 21,
    part: str = "growth-circle",
    themes: str = '["resilience"]',
    intensity: str = "gentle",
    content_note: str = "",
    activities: list[tuple[str, str, str]] | None = None,
    extra: str = "",
) -> str:
    """Return the text of a valid week file, with optional changes."""
    acts = activities or [
        ("read-one", "reading", "10"),
        ("read-two", "reading", "20"),
        ("alone-one", "individual", "15"),
        ("alone-two", "individual", "25"),
        ("talk-one", "discussion", "30"),
        ("talk-two", "discussion", "20"),
        ("move-one", "creative-movement", "10"),
        ("move-two", "creative-movement", "30"),
    ]
    note = f'content_note = "{content_note}"\n' if content_note else ""
    head = (
        f"week = {number}\n"
        f'part = "{part}"\n'
        'title = "A test week"\n'
        f'intensity = "{intensity}"\n'
        f"{note}"
        f"themes = {themes}\n"
        'goals = ["Take part in a way that suits you."]\n'
        'preparation = "Read the activities."\n'
        'grounding = "Feel your feet on the floor."\n'
        f"{extra}"
    )
    return head + "".join(ACTIVITY.format(id=i, style=s, minutes=m) for i, s, m in acts)


def write(folder: Path, name: str, text: str | bytes) -> Path:
    """Write a file into a folder (created if needed) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
