"""Typed YAML files: nodes kept for line numbers, dataclass hints say what each field must be.

Shared by the schedule and the reminder policy, so both report faults the same way:
`file:line: field: message`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class FileProblems(ValueError):
    """A configuration file that cannot be used; `problems` lists every fault found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class Invalid(Exception):
    pass


_DATE_FORMATS = {date: ("%Y-%m-%d", "YYYY-MM-DD"), datetime: ("%Y-%m-%d %H:%M", "YYYY-MM-DD HH:MM"),
                 time: ("%H:%M", "HH:MM")}


class Converter:
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
            if is_null(node):
                return None
            return self.convert(node, options[0], path)
        if is_null(node):
            raise self._invalid(node, path, "is required and may not be empty")
        if origin is list:
            if not isinstance(node, yaml.SequenceNode):
                raise self._invalid(node, path, f"must be a list, not {describe(node)}")
            (item,) = typing.get_args(hint)
            out = []
            for i, child in enumerate(node.value):
                with contextlib.suppress(Invalid):  # recorded; keep checking the others
                    out.append(self.convert(child, item, f"{path}[{i}]"))
            return out
        if origin is dict:
            if not isinstance(node, yaml.MappingNode):
                raise self._invalid(node, path, f"must be a mapping, not {describe(node)}")
            key_hint, value_hint = typing.get_args(hint)
            out_map: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                with contextlib.suppress(Invalid):  # recorded; keep checking the others
                    key = self.convert(key_node, key_hint, f"{path} key")
                    where = f"{path}.{key}"
                    if key in out_map:
                        raise self._invalid(key_node, where, "is given twice")
                    out_map[key] = self.convert(value_node, value_hint, where)
            return out_map
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
                                f"must be a mapping, not {describe(node)}")
        hints = typing.get_type_hints(cls)
        # A field marked `metadata={"yaml": False}` is filled from elsewhere, never the file.
        fields = {f.name: f for f in dataclasses.fields(cls) if f.metadata.get("yaml", True)}
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
            except Invalid:
                broken = True
        if broken:
            raise Invalid()
        return cls(**values)

    def _scalar(self, node: yaml.Node, path: str) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self._invalid(node, path, f"must be a single value, not {describe(node)}")
        return str(node.value)

    def _invalid(self, node: yaml.Node, path: str, message: str) -> Invalid:
        self.fail(node, path, message)
        return Invalid()


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    return f"{node.value!r}"


def compose(text: str, file: str, error: type[FileProblems]) -> yaml.Node:
    """The YAML node tree; syntax errors and empty files raise `error` with a line."""
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
        raise error([Problem(file, line, "(syntax)", message)]) from None
    except yaml.YAMLError as exc:
        raise error([Problem(file, 1, "(syntax)", str(exc))]) from None
    if root is None or (is_null(root) and not root.value):  # nothing, or only "---"
        raise error([Problem(file, 1, "(top level)", "the file is empty")])
    return root


def parse_typed(text: str, cls: type[T], file: str,
                error: type[FileProblems]) -> tuple[T, dict[str, int]]:
    """Build `cls` from YAML text; also returns each field path's line for later checks."""
    root = compose(text, file, error)
    conv = Converter(file)
    try:
        value = conv.build(root, cls, "")
    except Invalid:
        raise error(conv.problems) from None
    if conv.problems:
        raise error(conv.problems)
    return value, conv.lines


def read_text(path: str | Path, error: type[FileProblems]) -> str:
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error([Problem(path.name, 0, "(file)", f"{path} does not exist")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error([Problem(path.name, 0, "(file)", f"cannot be read: {exc}")]) from None
