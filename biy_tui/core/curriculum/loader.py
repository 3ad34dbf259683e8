"""Loading and validating the curriculum folder(s).

The shipped weeks are the base; a site folder can add weeks, replace a week
(same number) or replace the program file. Every problem in every file is
collected as a :class:`Problem`; a broken week is unavailable while the others
load. Only a program file that cannot be used at all stops loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import msgspec

from biy_tui.core.curriculum.models import Activity, Program, Week
from biy_tui.core.curriculum.problems import (
    CurriculumError,
    Problem,
    at_line,
    field_problem,
    find_line,
)
from biy_tui.core.curriculum.reading import (
    MAX_FILE_BYTES as MAX_FILE_BYTES,
)
from biy_tui.core.curriculum.reading import (
    decode,
    file_label,
    name_hint,
    parse_toml,
    read_file,
    week_number_hint,
)
from biy_tui.core.inert import clean
from biy_tui.core.text import LANGUAGES, messages

PROGRAM_FILE = "program.toml"
NOT_WEEK_FILES = frozenset(
    {
        PROGRAM_FILE,
        "site.toml",
        "supports.toml",
        # The card in another language (supports.fr.toml), shipped or in a site folder.
        *(f"supports.{lang}.toml" for lang in LANGUAGES if lang != "en"),
    }
)

_KNOWN: dict[str, tuple[str, ...]] = {
    "": tuple(Week.__struct_fields__),
    "activities": tuple(Activity.__struct_fields__),
}
_KNOWN_PROGRAM: dict[str, tuple[str, ...]] = {
    "": tuple(Program.__struct_fields__),
    "parts": ("id", "title", "first_week", "last_week", "summary"),
    "scales": ("id", "label", "kind", "levels", "question"),
    "themes": ("id", "label"),
}


@dataclass(frozen=True)
class Curriculum:
    """The program and its weeks, with every problem found while loading."""

    program: Program
    weeks: dict[int, Week]
    problems: list[Problem] = field(default_factory=list)
    unavailable: dict[int, Problem] = field(default_factory=dict)
    sources: dict[int, Path] = field(default_factory=dict)
    unplaced: list[Problem] = field(default_factory=list)
    """Problems of files that could not be used and whose week number is unknown."""

    @property
    def week_numbers(self) -> list[int]:
        """Every week number, available or not, in order."""
        return sorted(set(self.weeks) | set(self.unavailable))

    def week(self, number: int) -> Week | None:
        """Return an available week by number."""
        return self.weeks.get(number)

    def program_terms(self) -> tuple[str, ...]:
        """The program's own words, never flagged by the privacy guard.

        The program's name, part titles, theme labels, and every week and
        activity title ("Rose's poem" as an activity title is not a person).
        """
        terms: list[str] = [self.program.name, *(p.title for p in self.program.parts)]
        terms += [t.label for t in self.program.themes]
        for week in self.weeks.values():
            terms.append(week.title)
            terms += [a.title for a in week.activities]
        return tuple(terms)

    def part_of(self, number: int) -> str | None:
        """Return the id of the part a week number belongs to."""
        week = self.weeks.get(number)
        if week is not None:
            return week.part
        for part in self.program.parts:
            if part.first_week <= number <= part.last_week:
                return part.id
        return None


def parse_program(data: bytes, file: str = PROGRAM_FILE) -> Program:
    """Parse and validate a program file.

    Args:
        data: the file's bytes.
        file: the name used in messages.

    Returns:
        The program.

    Raises:
        CurriculumError: with every problem found.
    """
    text = decode(data, file)
    raw = parse_toml(text, file)
    try:
        program = msgspec.convert(raw, Program)
    except msgspec.ValidationError as exc:
        raise CurriculumError([field_problem(file, text, raw, str(exc), _KNOWN_PROGRAM)]) from None
    problems: list[Problem] = []
    for collection, items in (
        ("parts", program.parts),
        ("scales", program.scales),
        ("themes", program.themes),
    ):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                line = find_line(text, [collection, 0], key=None)
                problems.append(
                    Problem(
                        file,
                        messages.CURRICULUM_FIELD.format(
                            file=file,
                            line="",
                            where=messages.CURRICULUM_WHERE_LIST_ID.format(
                                list=collection, id=item.id
                            ),
                            what=messages.CURRICULUM_ID_TWICE,
                        ),
                        line=line,
                    )
                )
            seen.add(item.id)
    for part in program.parts:
        if part.first_week > part.last_week:
            problems.append(
                Problem(
                    file,
                    messages.CURRICULUM_FIELD.format(
                        file=file,
                        line="",
                        where=messages.CURRICULUM_WHERE_PART.format(id=part.id),
                        what=messages.CURRICULUM_WEEKS_SWAPPED,
                    ),
                )
            )
    for kind in ("opening", "closing"):
        if not program.scales_of(kind):
            problems.append(
                Problem(
                    file,
                    messages.CURRICULUM_FIELD.format(
                        file=file,
                        line="",
                        where="scales",
                        what=messages.CURRICULUM_NO_SCALE_KIND.format(kind=kind),
                    ),
                )
            )
    if problems:
        raise CurriculumError(problems)
    return program


def parse_week(data: bytes, file: str, program: Program) -> Week:
    """Parse and validate one week file against the program.

    Args:
        data: the file's bytes.
        file: the name used in messages.
        program: the program whose parts, themes and scales the week may use.

    Returns:
        The week.

    Raises:
        CurriculumError: with every problem found in this file.
    """
    text = decode(data, file)
    try:
        raw = parse_toml(text, file)
    except CurriculumError as exc:
        hint = week_number_hint(text)
        raise CurriculumError([replace(p, week=hint) for p in exc.problems]) from None
    number = raw.get("week") if isinstance(raw.get("week"), int) else week_number_hint(text)
    problems: list[Problem] = []

    def problem(message: str) -> None:
        problems.append(field_problem(file, text, raw, message, _KNOWN, week=number))

    # Validate each activity on its own, so one bad activity does not hide the others.
    acts = raw.get("activities")
    good: list[Activity] = []
    if isinstance(acts, list):
        for index, item in enumerate(acts):
            try:
                good.append(msgspec.convert(item, Activity))
            except msgspec.ValidationError as exc:
                what = str(exc)
                if " - at `$" in what:
                    what = what.replace(" - at `$", f" - at `$.activities[{index}]", 1)
                else:
                    what += f" - at `$.activities[{index}]`"
                problem(what)
    head = dict(raw)
    if isinstance(acts, list):
        head["activities"] = good
    try:
        week = msgspec.convert(head, Week)
    except msgspec.ValidationError as exc:
        msg = str(exc)
        if not (problems and msg.endswith("`$.activities`")):
            problem(msg)
        raise CurriculumError(problems) from None
    if problems:
        raise CurriculumError(problems)

    def line_of(*parts: str | int) -> str:
        return at_line(find_line(text, list(parts)))

    def report(message: str) -> None:
        problems.append(Problem(file, message, week=week.week))

    if program.part(week.part) is None:
        report(
            messages.CURRICULUM_UNKNOWN_PART.format(
                file=file,
                line=line_of("part"),
                value=week.part,
                choices=", ".join(p.id for p in program.parts),
            )
        )
    theme_ids = {t.id for t in program.themes}
    for theme in week.themes:
        if theme not in theme_ids:
            report(
                messages.CURRICULUM_UNKNOWN_THEME.format(
                    file=file, line=line_of("themes"), where="themes", value=theme
                )
            )
    scale_ids = {s.id for s in program.scales}
    for scale in week.check_in_scales:
        if scale not in scale_ids:
            report(
                messages.CURRICULUM_UNKNOWN_SCALE.format(
                    file=file,
                    line=line_of("check_in_scales"),
                    where="check_in_scales",
                    value=scale,
                )
            )
    seen: set[str] = set()
    for index, activity in enumerate(week.activities):
        if activity.id in seen:
            report(
                messages.CURRICULUM_DUPLICATE_ACTIVITY.format(
                    file=file, line=line_of("activities", index), id=activity.id
                )
            )
        seen.add(activity.id)
    if week.intensity != "gentle" and not week.content_note.strip():
        report(
            messages.CURRICULUM_NOTE_NEEDED.format(
                file=file, line=line_of("intensity"), intensity=week.intensity
            )
        )
    if problems:
        raise CurriculumError(problems)
    return week


def week_files(folder: Path) -> list[Path]:
    """Return the week files of a curriculum folder, sorted by name."""
    try:
        return sorted(
            p
            for p in folder.iterdir()
            if p.suffix.lower() == ".toml" and p.name.lower() not in NOT_WEEK_FILES
        )
    except OSError:
        return []


def load_curriculum(base: Path, site: Path | None = None) -> Curriculum:
    """Load the shipped curriculum, then apply a site folder over it.

    Args:
        base: the shipped curriculum folder (must hold ``program.toml``).
        site: an optional site folder: its weeks add to or replace the base
            weeks; its ``program.toml``, if any, replaces the base program.

    Returns:
        The curriculum with every problem found; broken weeks are listed in
        ``unavailable`` when their number is known.

    Raises:
        CurriculumError: no usable program file, or a folder is missing.
    """
    problems: list[Problem] = []
    for folder in (base, site):
        if folder is not None and not folder.is_dir():
            text = messages.CURRICULUM_NO_FOLDER
            if folder.exists():
                text = messages.CURRICULUM_NOT_FOLDER
            raise CurriculumError([Problem(str(folder), text.format(path=folder))])
    program: Program | None = None
    if site is not None and (site / PROGRAM_FILE).is_file():
        label = file_label(site / PROGRAM_FILE, True)
        try:
            program = parse_program(read_file(site / PROGRAM_FILE, label), label)
        except CurriculumError as exc:
            problems.extend(exc.problems)
            problems.append(
                Problem(label, messages.CURRICULUM_SITE_PROGRAM_BROKEN.format(file=label))
            )
    if program is None:
        if not (base / PROGRAM_FILE).is_file():
            raise CurriculumError(
                [*problems, Problem(str(base), messages.CURRICULUM_NO_PROGRAM.format(path=base))]
            )
        try:
            program = parse_program(read_file(base / PROGRAM_FILE, PROGRAM_FILE), PROGRAM_FILE)
        except CurriculumError as exc:
            raise CurriculumError([*problems, *exc.problems]) from None

    weeks: dict[int, Week] = {}
    sources: dict[int, Path] = {}
    unavailable: dict[int, Problem] = {}
    unplaced: list[Problem] = []
    for folder, is_site in ((base, False), (site, True)):
        if folder is None:
            continue
        defined_here: dict[int, str] = {}
        for path in week_files(folder):
            label = file_label(path, is_site)
            try:
                week = parse_week(read_file(path, label, name_hint(path)), label, program)
            except CurriculumError as exc:
                problems.extend(exc.problems)
                number = next((p.week for p in exc.problems if p.week is not None), None)
                if number is None:
                    number = name_hint(path)
                if number is None:
                    unplaced.append(exc.problems[0])
                elif number not in defined_here:
                    weeks.pop(number, None)
                    sources[number] = path
                    unavailable[number] = exc.problems[0]
                continue
            if week.week in defined_here:
                problems.append(
                    Problem(
                        label,
                        messages.CURRICULUM_DUPLICATE_WEEK.format(
                            file=label, week=week.week, other=defined_here[week.week]
                        ),
                        week=week.week,
                    )
                )
                continue
            defined_here[week.week] = label
            weeks[week.week] = week
            sources[week.week] = path
            unavailable.pop(week.week, None)
    return Curriculum(
        program=program,
        weeks=dict(sorted(weeks.items())),
        problems=problems,
        unavailable=dict(sorted(unavailable.items())),
        sources=sources,
        unplaced=unplaced,
    )


def notice_for(curriculum: Curriculum) -> str | None:
    """The one notice the app shows about curriculum problems (None when there are none).

    It says exactly what happened: which weeks are unavailable, which files could not be
    placed in a week, or that every week still opens although a file has a problem.
    """
    if not curriculum.problems:
        return None
    sentences: list[str] = []
    if curriculum.unavailable:
        numbers = list(curriculum.unavailable)
        weeks = ", ".join(str(n) for n in numbers)
        sentences.append(messages.CURRICULUM_NOTICE_UNAVAILABLE(n=len(numbers), weeks=weeks))
    if curriculum.unplaced:
        count = len(curriculum.unplaced)
        sentences.append(
            messages.CURRICULUM_NOTICE_UNPLACED(n=count, count=count, first=curriculum.unplaced[0])
        )
    if not sentences:
        count = len(curriculum.problems)
        sentences.append(
            messages.CURRICULUM_NOTICE_OTHER(n=count, count=count, first=curriculum.problems[0])
        )
    sentences.append(messages.CURRICULUM_NOTICE_CHECK)
    return clean(" ".join(sentences))
