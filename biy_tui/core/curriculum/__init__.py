"""The curriculum: program file and weekly modules, loaded and validated (no Textual)."""

from biy_tui.core.curriculum.loader import Curriculum, load_curriculum, parse_program, parse_week
from biy_tui.core.curriculum.models import (
    STYLE_LABELS,
    STYLES,
    Activity,
    Part,
    Program,
    Scale,
    Theme,
    Week,
)
from biy_tui.core.curriculum.problems import CurriculumError, Problem

__all__ = [
    "STYLES",
    "STYLE_LABELS",
    "Activity",
    "Curriculum",
    "CurriculumError",
    "Part",
    "Problem",
    "Program",
    "Scale",
    "Theme",
    "Week",
    "load_curriculum",
    "parse_program",
    "parse_week",
]
