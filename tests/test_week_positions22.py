"""Weeks placed by their position (round 22): a chain of "next"s or "after"s counts weeks on
from this one ("next next week", "the week after the week after next", "the week before
last"), and a position among the course's weeks ("the penultimate week", "the last week of
term", "the final week of teaching", "the 3rd week of the course") is the course week at that
place in the schedule's weeks (of the weeks with sessions when teaching is said)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import ids

NOW = "2021-02-03T12:00"  # a Wednesday of week 4


def _week_ids(schedule, number: int) -> set[str]:
    return {e.id for e in schedule.events() if e.week == number and e.start is not None}


def _taught(schedule) -> list[int]:
    return sorted({e.week for g in (schedule.lectures, schedule.tutorials, schedule.qa_sessions,
                                    schedule.panels) for e in g if e.week is not None})


def _monday_in(weeks: int) -> str:
    day = date(2021, 2, 1) + timedelta(days=7 * weeks)
    return f"Mon {day.day} {day:%b}"


@pytest.mark.parametrize(("question", "weeks"), [
    ("what's happening next next week", 2),
    ("anything on next-next week?", 2),
    ("what do we have the week after the week after next", 3),
    ("is there a tutorial in the week after the week after next", 3),
    ("what was on the week before last", -2),
])
def test_chained_weeks_count_from_this_week(ask, schedule, question, weeks):
    answer = ask(question, now=NOW)
    assert _monday_in(weeks) in answer.text
    assert _monday_in(1) not in answer.text.split("\n")[0]


@pytest.mark.parametrize(("question", "place"), [
    ("whats in the penultimate week", -2),
    ("what's on in the second-to-last week?", -2),
    ("anything in the last but one week", -2),
    ("what's in the last week of term", -1),
    ("what's on in the very last week of the course", -1),
    ("which tutorial is in the third week of the course", 2),
    ("what happens in the first week of term", 0),
])
def test_a_place_among_the_course_weeks(ask, schedule, question, place):
    number = sorted(w.number for w in schedule.weeks)[place]
    answer = ask(question, now=NOW)
    assert f"week {number}" in answer.text.split("\n")[0]
    assert set(ids(answer)) <= _week_ids(schedule, number) | {e.id for e in schedule.events()
                                                               if e.start is None}
    assert "penultimate\" in" not in answer.text


@pytest.mark.parametrize("question", ["what's in the final week of teaching",
                                      "any sessions in the last teaching week",
                                      "what do we do in the penultimate week of teaching"])
def test_teaching_counts_the_weeks_with_sessions(ask, schedule, question):
    taught = _taught(schedule)
    number = taught[-2] if "penultimate" in question else taught[-1]
    answer = ask(question, now=NOW)
    assert f"week {number}" in answer.text.split("\n")[0]
    assert set(ids(answer)) & _week_ids(schedule, number)


@pytest.mark.parametrize("question", ["what did i miss in the last week",
                                      "what was on last week"])
def test_last_week_in_the_past_is_still_the_week_before(ask, question):
    answer = ask(question, now=NOW)
    assert "Mon 25 Jan" in answer.text
