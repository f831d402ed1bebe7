"""Issue 13: listing and aggregate questions over the schedule's tables. The weeks that hold
a kind ("which weeks are the quizzes in"), the week chosen by a count of a kind ("which week
has the fewest lectures") and an item asked for in general ("cw2 info", "tell me about
lecture 5"): its main facts, not one side of it."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.knowledge.base import open_index
from bot.schedule import load_schedule

NOW = "2021-02-10T12:00"
COURSE = Path(__file__).resolve().parent / "fixtures" / "second_course"
NEW_YORK = ZoneInfo("America/New_York")


def _weeks_holding(schedule, kinds: set[str]) -> set[int]:
    return {e.week for e in schedule.events() if e.kind in kinds and e.week is not None}


def _weeks_said(text: str) -> set[int]:
    head = text.split("\n", 1)[0]
    return {int(n) for n in re.findall(r"\b\d+\b", head.split("week", 1)[-1])}


@pytest.mark.parametrize("question, kinds", [
    ("which weeks are the quizzes in", {"quiz"}),
    ("what weeks have quizzes?", {"quiz"}),
    ("in which weeks are there tutorials", {"tutorial"}),
    ("what wk are the tuts in", {"tutorial"}),
])
def test_weeks_of_a_kind(ask, schedule, question, kinds):
    a = ask(question, now=NOW)
    assert a.answered, a.text
    assert _weeks_said(a.text) == _weeks_holding(schedule, kinds), a.text
    assert {e.kind for e in a.events} == kinds


def _per_week(schedule, kind: str, keep=lambda e: True) -> dict[int, int]:
    counts: dict[int, int] = {}
    for e in schedule.events():
        if e.kind == kind and e.week is not None and keep(e):
            counts[e.week] = counts.get(e.week, 0) + 1
    return counts


@pytest.mark.parametrize("question, most", [
    ("which week has the most lectures", True),
    ("which week contains the most lectures?", True),
    ("which week has the fewest lectures", False),
    ("which week had the least lectures in it", False),
])
def test_week_by_count_of_lectures(ask, schedule, question, most):
    a = ask(question, now=NOW)
    counts = _per_week(schedule, "lecture")
    top = (max if most else min)(counts.values())
    assert a.answered, a.text
    assert _weeks_said(a.text) - {top} == {w for w, n in counts.items() if n == top}, a.text
    assert {e.kind for e in a.events} == {"lecture"}


@pytest.mark.parametrize("question", [
    "which week has the most pre-recorded lectures",
    "what week has the most recorded lectures to watch",
])
def test_week_by_count_of_recorded_lectures(ask, schedule, question):
    a = ask(question, now=NOW)
    live = {lec.id for lec in schedule.lectures if lec.delivery == "live"}
    counts = _per_week(schedule, "lecture", lambda e: e.id not in live)
    top = max(counts.values())
    assert a.answered, a.text
    assert _weeks_said(a.text) - {top} == {w for w, n in counts.items() if n == top}, a.text
    assert not {e.id for e in a.events} & live


@pytest.mark.parametrize("question, task", [
    ("cw2 info", "CW2"),
    ("any details on task 3 pls", "CW3"),
    ("tell me about cw1", "CW1"),
    ("coursework 2 details?", "CW2"),
])
def test_coursework_in_general(ask, schedule, question, task):
    a = ask(question, now=NOW)
    cw = next(c for c in schedule.coursework if c.id == task)
    lines = a.text.split("\n")
    assert a.intent == "deadline", a.text
    assert "due" in lines[0], a.text  # the deadline first
    staff = {name for listing in cw.assessors for name in listing.staff}
    assert staff and all(name in a.text for name in staff), a.text


@pytest.mark.parametrize("question, lecture", [
    ("lecture 5 details", "L05"),
    ("info on lecture 22", "L22"),
    ("give me the rundown on lec 10", "L10"),
])
def test_lecture_in_general(ask, schedule, question, lecture):
    a = ask(question, now=NOW)
    lec = schedule.lecture(lecture)
    assert a.answered and a.intent == "schedule", a.text
    assert lec.title in a.text, a.text


@pytest.fixture(scope="module")
def ask2(embedder, tmp_path_factory):
    second = load_schedule(COURSE / "schedule.yaml")
    index, _ = open_index(COURSE / "knowledge", tmp_path_factory.mktemp("index2"), embedder)
    assistant = Assistant(lambda: second, embedder, index)

    def _ask(question: str, now: str = "2023-10-09T09:00"):
        when = datetime.fromisoformat(now).replace(tzinfo=NEW_YORK)
        return assistant.answer(question, AskContext(when, NEW_YORK)), second

    return _ask


@pytest.mark.parametrize("question", ["hw2 info", "tell me about homework 2",
                                      "details on pset 2 please"])
def test_second_course_homework_in_general(ask2, question):
    a, second = ask2(question)
    cw = next(c for c in second.coursework if c.id == "HW2")
    assert a.intent == "deadline" and "due" in a.text.split("\n")[0], a.text
    assert all(name in a.text for listing in cw.assessors for name in listing.staff), a.text


@pytest.mark.parametrize("question", ["which weeks have homework due",
                                      "what weeks are the recitations in"])
def test_second_course_weeks_of_a_kind(ask2, question):
    a, second = ask2(question)
    kinds = {e.kind for e in a.events}
    assert len(kinds) == 1, a.text
    assert _weeks_said(a.text) == _weeks_holding(second, kinds), a.text
