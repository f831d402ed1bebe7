"""A module-level name bound twice in one module silently replaces the first binding for
every function that reads it at call time (rounds 26-28 found three such: a clause splitter,
a set of session kinds, a table of kind words). Rebinding a name from its own value
(`X = X | more`) extends it and is allowed."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "bot"


def _bound_names(node: ast.stmt) -> list[tuple[str, ast.AST | None]]:
    if isinstance(node, ast.Assign):
        return [(t.id, node.value) for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [(node.target.id, node.value)]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [(node.name, None)]
    return []


def _shadowed(source: str) -> list[str]:
    seen: set[str] = set()
    found = []
    for node in ast.parse(source).body:
        for name, value in _bound_names(node):
            extends = value is not None and any(
                isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not extends:
                found.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return found


def test_no_module_binds_a_name_twice():
    found = [f"{path.relative_to(ROOT.parent)}: {name}" for path in sorted(ROOT.rglob("*.py"))
             for name in _shadowed(path.read_text(encoding="utf-8"))]
    assert not found, "\n".join(found)


def test_the_check_sees_a_shadowed_name_and_allows_an_extension():
    assert _shadowed("A = 1\ndef f():\n    return A\nA = 2\n") == ["A (line 4)"]
    assert _shadowed("A = {1}\nA = A | {2}\n") == []
