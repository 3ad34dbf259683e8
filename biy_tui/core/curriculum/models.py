"""The curriculum as typed data: the program file and one module per week.

These structs are the schema of the TOML files a coordinator edits (see
``curriculum/README.md``). Unknown keys are refused so that a typo is reported
instead of silently ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

import msgspec

from biy_tui.core.text import Labels

Style = Literal["reading", "individual", "discussion", "creative-movement"]
"""The four learning styles every week offers activities in."""

STYLES: tuple[Style, ...] = ("reading", "individual", "discussion", "creative-movement")
STYLE_LABELS: Mapping[str, str] = Labels("STYLE_LABELS")

Intensity = Literal["gentle", "moderate", "heavy"]
INTENSITIES: tuple[Intensity, ...] = ("gentle", "moderate", "heavy")

GroupSize = Literal["whole-group", "pairs", "alone"]
GROUP_SIZES: tuple[GroupSize, ...] = ("whole-group", "pairs", "alone")

ScaleKind = Literal["opening", "closing", "feedback"]

Slug = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=60)]
Text = Annotated[str, msgspec.Meta(min_length=1)]
Minutes = Annotated[int, msgspec.Meta(ge=1, le=600)]


class _Base(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    """Shared settings: frozen, keyword-only, unknown keys refused."""


class Part(_Base, frozen=True):
    """A part of the program (e.g. Finding Our Voices, weeks 1-6)."""

    id: Slug
    title: Text
    first_week: Annotated[int, msgspec.Meta(ge=1)]
    last_week: Annotated[int, msgspec.Meta(ge=1)]
    summary: str = ""


class Scale(_Base, frozen=True):
    """A check-in scale: levels are plain words, lowest first."""

    id: Slug
    label: Text
    kind: ScaleKind
    levels: Annotated[list[Text], msgspec.Meta(min_length=2, max_length=10)]
    question: str = ""


class Theme(_Base, frozen=True):
    """A theme in the controlled vocabulary used to tag check-ins and debriefs."""

    id: Slug
    label: Text


class Grounding(_Base, frozen=True):
    """The grounding card any screen can open with one key."""

    title: Text
    steps: Annotated[list[Text], msgspec.Meta(min_length=1)]
    pause_words: Text


class Program(_Base, frozen=True):
    """The program file: name, parts, session length, scales and themes."""

    name: Text
    default_session_minutes: Minutes
    parts: Annotated[list[Part], msgspec.Meta(min_length=1)]
    scales: Annotated[list[Scale], msgspec.Meta(min_length=1)]
    themes: Annotated[list[Theme], msgspec.Meta(min_length=1)]
    grounding: Grounding
    description: str = ""
    online_safety: str = ""
    """Safety steps for every session held online (shown on the agenda and handout)."""

    def part(self, part_id: str) -> Part | None:
        """Return the part with this id, if any."""
        return next((p for p in self.parts if p.id == part_id), None)

    def scale(self, scale_id: str) -> Scale | None:
        """Return the scale with this id, if any."""
        return next((s for s in self.scales if s.id == scale_id), None)

    def scales_of(self, kind: ScaleKind) -> list[Scale]:
        """Return the scales used at one moment of the check-in."""
        return [s for s in self.scales if s.kind == kind]

    def theme_label(self, theme_id: str) -> str:
        """Return the plain label of a theme id (the id itself when unknown)."""
        return next((t.label for t in self.themes if t.id == theme_id), theme_id)


class Activity(_Base, frozen=True):
    """One activity a group can choose for a session."""

    id: Slug
    title: Text
    style: Style
    minutes: Minutes
    intensity: Intensity
    group_size: GroupSize
    steps: Text
    opening: Text
    closing: Text
    gentler: Text
    online: Text
    materials: list[Text] = msgspec.field(default_factory=list)
    summary: str = ""


class Week(_Base, frozen=True):
    """One weekly module of the program."""

    week: Annotated[int, msgspec.Meta(ge=0, le=9999)]
    part: Slug
    title: Text
    intensity: Intensity
    themes: Annotated[list[Slug], msgspec.Meta(min_length=1)]
    goals: Annotated[list[Text], msgspec.Meta(min_length=1)]
    preparation: Text
    grounding: Text
    activities: Annotated[list[Activity], msgspec.Meta(min_length=1)]
    content_note: str = ""
    summary: str = ""
    check_in_scales: list[Slug] = msgspec.field(default_factory=list)
    online_note: str = ""
    """This week's own advice for an online session, shown after the program's."""

    def activity(self, activity_id: str) -> Activity | None:
        """Return the activity with this id, if any."""
        return next((a for a in self.activities if a.id == activity_id), None)

    def by_style(self, style: str) -> list[Activity]:
        """Return the activities of one learning style, in file order."""
        return [a for a in self.activities if a.style == style]
