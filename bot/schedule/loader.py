"""Load `schedule.yaml` into the typed model, with errors that name file, line and field.

The YAML is composed into nodes (not constructed) so every value keeps its line, and the
dataclass type hints in `model.py` say what each field must be. Cross-checks (duplicate
ids, dangling references, dates outside their week) run after the structural pass.
"""

from __future__ import annotations

import contextlib
import dataclasses
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from bot.schedule.model import Schedule


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class ScheduleError(ValueError):
    """A schedule file that cannot be used; `problems` lists every fault found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class _Invalid(Exception):
    pass


_DATE_FORMATS = {date: ("%Y-%m-%d", "YYYY-MM-DD"), datetime: ("%Y-%m-%d %H:%M", "YYYY-MM-DD HH:MM"),
                 time: ("%H:%M", "HH:MM")}


class _Converter:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.lines: dict[str, int] = {}  # field path -> line, for the cross-checks

    def fail(self, node: yaml.Node, path: str, message: str) -> None:
        self.problems.append(Problem(self.file, node.start_mark.line + 1, path, message))

    def convert(self, node: yaml.Node, hint: Any, path: str) -> Any:
        self.lines[path] = node.start_mark.line + 1
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(hint) if a is not type(None)]
            if _is_null(node):
                return None
            return self.convert(node, options[0], path)
        if _is_null(node):
            raise self._invalid(node, path, "is required and may not be empty")
        if origin is list:
            if not isinstance(node, yaml.SequenceNode):
                raise self._invalid(node, path, f"must be a list, not {_describe(node)}")
            (item,) = typing.get_args(hint)
            out = []
            for i, child in enumerate(node.value):
                with contextlib.suppress(_Invalid):  # recorded; keep checking the others
                    out.append(self.convert(child, item, f"{path}[{i}]"))
            return out
        if origin is Literal:
            allowed = typing.get_args(hint)
            value = self._scalar(node, path)
            if value not in allowed:
                choices = ", ".join(repr(a) for a in allowed)
                raise self._invalid(node, path, f"{value!r} is not one of {choices}")
            return value
        if dataclasses.is_dataclass(hint):
            return self.build(node, hint, path)
        value = self._scalar(node, path)
        if hint is str:
            return value
        if hint is bool:
            if value.lower() in ("true", "yes"):
                return True
            if value.lower() in ("false", "no"):
                return False
            raise self._invalid(node, path, f"{value!r} is not true or false")
        if hint is int:
            try:
                return int(value)
            except ValueError:
                raise self._invalid(node, path, f"{value!r} is not a whole number") from None
        if hint in _DATE_FORMATS:
            fmt, shown = _DATE_FORMATS[hint]
            try:
                parsed = datetime.strptime(value.strip(), fmt)
            except ValueError:
                noun = "time" if hint is time else "date"
                raise self._invalid(
                    node, path, f"{value!r} is not a valid {noun} ({shown})") from None
            return parsed.date() if hint is date else parsed.time() if hint is time else parsed
        raise TypeError(f"unsupported field type {hint!r} at {path}")

    def build(self, node: yaml.Node, cls: type, path: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            raise self._invalid(node, path or "(top level)",
                                f"must be a mapping, not {_describe(node)}")
        hints = typing.get_type_hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            where = f"{path}.{key}" if path else key
            if key in seen:
                self.fail(key_node, where, "is given twice")
            elif key not in fields:
                known = ", ".join(fields)
                self.fail(key_node, where, f"is not a known field (expected one of: {known})")
            else:
                seen[key] = value_node
        values: dict[str, Any] = {}
        broken = False
        for name, f in fields.items():
            where = f"{path}.{name}" if path else name
            if name not in seen:
                required = (f.default is dataclasses.MISSING
                            and f.default_factory is dataclasses.MISSING)
                if required:
                    self.fail(node, where, "is missing")
                    broken = True
                continue
            try:
                values[name] = self.convert(seen[name], hints[name], where)
            except _Invalid:
                broken = True
        if broken:
            raise _Invalid()
        return cls(**values)

    def _scalar(self, node: yaml.Node, path: str) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self._invalid(node, path, f"must be a single value, not {_describe(node)}")
        return str(node.value)

    def _invalid(self, node: yaml.Node, path: str, message: str) -> _Invalid:
        self.fail(node, path, message)
        return _Invalid()


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    return f"{node.value!r}"


def parse_schedule(text: str, file: str = "schedule.yaml") -> Schedule:
    """Parse and validate schedule text; raise ScheduleError listing every problem."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = f"{exc.problem}"
        # The parser often notices a fault lines later (an unclosed bracket or quote): name
        # where the construct it was reading began, too.
        if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            message += f" ({exc.context} on line {exc.context_mark.line + 1})"
        raise ScheduleError([Problem(file, line, "(syntax)", message)]) from None
    except yaml.YAMLError as exc:
        raise ScheduleError([Problem(file, 1, "(syntax)", str(exc))]) from None
    if root is None or (_is_null(root) and not root.value):  # nothing, or only "---"
        raise ScheduleError([Problem(file, 1, "(top level)", "the file is empty")])
    conv = _Converter(file)
    try:
        schedule = conv.build(root, Schedule, "")
    except _Invalid:
        raise ScheduleError(conv.problems) from None
    if conv.problems:
        raise ScheduleError(conv.problems)
    problems = _cross_check(schedule, conv.lines, file)
    if problems:
        raise ScheduleError(problems)
    return schedule


def load_schedule(path: str | Path) -> Schedule:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScheduleError([Problem(path.name, 0, "(file)", f"{path} does not exist")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScheduleError([Problem(path.name, 0, "(file)", f"cannot be read: {exc}")]) from None
    return parse_schedule(text, path.name)


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
