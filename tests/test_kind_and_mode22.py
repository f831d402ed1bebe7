"""Schedule questions over one kind and, where said, one delivery mode (round 22): the
weeks WITHOUT the kind asked ("is there a week with no deadline" is over deadlines, not
sessions; "which weeks don't have a quiz" lists the weeks without one), the first or last
of a kind in the mode said ("the first live lecture", "the last pre-recorded lecture"),
and "the 4th tutorial session" as the fourth dated session, not tutorial T04."""

from __future__ import annotations

import re

import pytest

NOW = "2021-02-10T12:00"


def _weeks_said(text: str) -> set[int]:
    """The week numbers of the reply's first line ("in weeks 1, 2 and 4-6")."""
    first = text.splitlines()[0]
    said: set[int] = set()
    for a, b in re.findall(r"\b(\d+)(?:-(\d+))?\b", first.split("week", 1)[-1]):
        said |= set(range(int(a), int(b or a) + 1))
    return said


def _without(schedule, kind: str) -> set[int]:
    held = {e.week for e in schedule.events() if e.kind == kind}
    return {w.number for w in schedule.weeks} - held


@pytest.mark.parametrize("question", [
    "is there a week with no deadline",
    "any weeks without a deadline?",
    "which weeks don't have a deadline",
    "are there any deadline-free weeks",
    "what weeks have no deadlines in them",
])
def test_weeks_without_a_deadline(ask, schedule, question):
    answer = ask(question, now=NOW)
    assert answer.intent == "schedule", answer.text
    assert _weeks_said(answer.text) == _without(schedule, "deadline"), answer.text


@pytest.mark.parametrize("question", [
    "which weeks dont have a quiz",
    "what weeks do not have a quiz?",
    "weeks that don't have quizzes?",
    "any quiz-free weeks",
    "is there a week with no quiz",
])
def test_weeks_without_a_quiz(ask, schedule, question):
    answer = ask(question, now=NOW)
    assert answer.intent == "schedule", answer.text
    assert _weeks_said(answer.text) == _without(schedule, "quiz"), answer.text


def _lectures(schedule, delivery: str) -> list[str]:
    return [f"Lecture {lec.number}:" for lec in schedule.lectures if lec.delivery == delivery]


@pytest.mark.parametrize("question", [
    "what's the last prerecorded lecture",
    "the final pre-recorded lecture is which one?",
    "last pre recorded lecture?",
])
def test_last_prerecorded_lecture(ask, schedule, question):
    answer = ask(question, now=NOW)
    recorded = _lectures(schedule, "pre-recorded")
    assert recorded[-1] in answer.text, answer.text
    assert not any(x in answer.text for x in _lectures(schedule, "live")), answer.text


@pytest.mark.parametrize("question", [
    "first week with an actual live lecture?",
    "first week that has a live lecture",
    "which is the earliest week with a live lecture",
])
def test_first_week_with_a_live_lecture(ask, schedule, question):
    answer = ask(question, now=NOW)
    live = [lec for lec in schedule.lectures if lec.delivery == "live"]
    assert f"week {live[0].week}" in answer.text.splitlines()[0], answer.text
    assert "pre-recorded" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "n"), [
    ("what was the 4th tutorial session about", 4),
    ("what did the 3rd tutorial class cover?", 3),
    ("topic of the second tutorial meeting", 2),
])
def test_nth_tutorial_session_by_date(ask, schedule, question, n):
    answer = ask(question, now="2021-03-20T12:00")
    starts = sorted({t.start for t in schedule.tutorials if t.start is not None})
    held = [t for t in schedule.tutorials if t.start == starts[n - 1]]
    assert answer.intent == "schedule", answer.text
    assert all(t.id in answer.text for t in held), answer.text
