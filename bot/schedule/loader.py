"""Load `schedule.yaml` into the typed model, with errors that name file, line and field.

The YAML is composed into nodes (not constructed) so every value keeps its line, and the
dataclass type hints in `model.py` say what each field must be. Cross-checks (duplicate
ids, dangling references, dates outside their week) run after the structural pass. The
course's vocabulary (`vocabulary.yaml` beside the schedule, optional) is loaded with it.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.schedule.model import Schedule
from bot.schedule.vocabulary import (
    Vocabulary,
    VocabularyError,
    load_vocabulary,
    vocabulary_beside,
)
from bot.typed_yaml import FileProblems, Problem, parse_typed, read_text

__all__ = ["Problem", "ScheduleError", "load_schedule", "parse_schedule"]


class ScheduleError(FileProblems):
    """A schedule file that cannot be used; `problems` lists every fault found."""


def parse_schedule(text: str, file: str = "schedule.yaml",
                   vocabulary: Vocabulary | None = None) -> Schedule:
    """Parse and validate schedule text; raise ScheduleError listing every problem."""
    schedule, lines = parse_typed(text, Schedule, file, ScheduleError)
    problems = _cross_check(schedule, lines, file)
    if problems:
        raise ScheduleError(problems)
    if vocabulary is not None:
        schedule = dataclasses.replace(schedule, vocabulary=vocabulary)
    return schedule


def load_schedule(path: str | Path) -> Schedule:
    """The schedule file with the vocabulary beside it (none when there is no such file);
    a fault in either raises ScheduleError naming its file."""
    path = Path(path)
    vocabulary, problems = None, []
    if (words := vocabulary_beside(path)).is_file():
        try:
            vocabulary = load_vocabulary(words)
        except VocabularyError as exc:
            problems = exc.problems
    try:
        schedule = parse_schedule(read_text(path, ScheduleError), path.name, vocabulary)
    except ScheduleError as exc:
        raise ScheduleError(exc.problems + problems) from None
    if problems:
        raise ScheduleError(problems)
    return schedule


def _cross_check(s: Schedule, lines: dict[str, int], file: str) -> list[Problem]:
    problems: list[Problem] = []

    def add(where: str, message: str) -> None:
        problems.append(Problem(file, lines.get(where, 0), where, message))

    try:
        ZoneInfo(s.course.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        add("course.timezone", f"{s.course.timezone!r} is not a known IANA time zone")
        return problems  # every date below depends on it

    week_numbers: set[int] = set()
    for i, w in enumerate(s.weeks):
        if w.number in week_numbers:
            add(f"weeks[{i}].number", f"week {w.number} is given twice")
        week_numbers.add(w.number)

    collections = {"lectures": s.lectures, "materials": s.materials,
                   "qa_sessions": s.qa_sessions, "tutorials": s.tutorials, "panels": s.panels,
                   "coursework": s.coursework, "quizzes": s.quizzes}
    first_seen: dict[str, str] = {}
    for name, items in collections.items():
        for i, item in enumerate(items):
            where = f"{name}[{i}].id"
            if item.id in first_seen:
                add(where, f"duplicate id {item.id!r} (first used at {first_seen[item.id]})")
            else:
                first_seen[item.id] = where
            week = getattr(item, "week", None)
            if week is not None and week not in week_numbers:
                add(f"{name}[{i}].week", f"week {week} is not defined under weeks")

    lecture_ids = {lec.id for lec in s.lectures}

    def check_lecture_refs(where: str, refs: list[str]) -> None:
        for j, ref in enumerate(refs):
            if ref not in lecture_ids:
                add(f"{where}[{j}]", f"{ref!r} is not a lecture id")

    for i, m in enumerate(s.materials):
        check_lecture_refs(f"materials[{i}].lectures", m.lectures)
    check_lecture_refs("assessment.examinable_marked", s.assessment.examinable_marked)
    check_lecture_refs("assessment.examinable_unmarked", s.assessment.examinable_unmarked)
    if s.assessment.examinable_marked and not s.assessment.examinable_marking:
        add("assessment.examinable_marked", "lists lectures, so assessment.examinable_marking "
            "must say how their examinable material is marked")
    for i, cw in enumerate(s.coursework):
        for j, listing in enumerate(cw.assessors):
            if listing.week not in week_numbers:
                add(f"coursework[{i}].assessors[{j}].week",
                    f"week {listing.week} is not defined under weeks")
        for j, wk in enumerate(cw.listed_in_weeks):
            if wk not in week_numbers:
                add(f"coursework[{i}].listed_in_weeks[{j}]",
                    f"week {wk} is not defined under weeks")

    # A dated item must fall inside the week it is listed under.
    for name in ("lectures", "qa_sessions", "tutorials", "panels"):
        for i, item in enumerate(collections[name]):
            week = s.week(item.week)
            if item.start is None or week is None:
                continue
            found = s.week_of(item.start.date())
            if found is None or found.number != item.week:
                add(f"{name}[{i}].start", f"{item.start:%Y-%m-%d %H:%M} is not in week "
                    f"{item.week} (starting {week.starts:%Y-%m-%d})")
    for i, slot in enumerate(s.course.timetable):
        if slot.end <= slot.start:
            add(f"course.timetable[{i}].end", "must be after start")
    if s.course.session_minutes <= 0:
        add("course.session_minutes", "must be positive")
    return problems
