"""Each reply text is defined once in bot/core/wording.py: a second assignment of a name
silently replaced the first ("Nothing of that kind has happened yet." became a sentence with
a `{title}` no caller filled, shown to students as written)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import bot.core.wording as W


def test_no_wording_name_is_assigned_twice():
    tree = ast.parse(Path(W.__file__).read_text(encoding="utf-8"))
    names = Counter(t.id for node in tree.body if isinstance(node, ast.Assign)
                    for t in node.targets if isinstance(t, ast.Name))
    assert not [n for n, c in names.items() if c > 1]


def test_no_previous_session_yet_shows_no_placeholder(ask):
    a = ask("what was the previous tutorial", now="2021-01-12T09:00")
    assert "{" not in a.text and "happened yet" in a.text, a.text
