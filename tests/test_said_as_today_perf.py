"""`_said_as_today` finds the named time as plain text between compiled cue patterns: the
same verdicts as one pattern built around the phrase, with no pattern compiled per question."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from bot.core.handlers import course_wide


def _q(text: str, phrase: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, time=SimpleNamespace(phrase=phrase))


@pytest.mark.parametrize(("text", "phrase", "said"), [
    ("joined late, it's week 4 now, what did i miss", "week 4", True),
    ("we're in week 5 already, what have i missed", "in week 5", True),
    ("currently the third week, catch me up", "third week", True),
    ("week 6 now, anything to catch up on", "week 6", True),
    ("what did i miss in week 4", "in week 4", False),
    ("it's week 45 now", "week 4", False),
    ("since week 3 what was on", "week 3", False),
])
def test_said_as_today(text: str, phrase: str, said: bool) -> None:
    assert course_wide._said_as_today(_q(text, phrase)) is said


def test_no_pattern_compiled_per_question(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = re._compiler.compile  # type: ignore[attr-defined]

    def counting(pattern, flags=0):  # noqa: ANN001, ANN202
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)  # type: ignore[attr-defined]
    for n in range(3):
        course_wide._said_as_today(_q(f"it's week {n + 37} now", f"week {n + 37}"))
    assert compiled == []
