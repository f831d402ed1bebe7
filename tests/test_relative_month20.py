"""Months named relative to today (issue 13): "this month", "next month", "last month" are
the calendar months around the asker's today, and "left" in one of them is what is still to
come in it; "no deadline then, the next is ..." says the next deadline once."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.schedule import Schedule
from tests.conftest import LONDON, ids

NOW = "2021-03-03T09:00"


def _in_month(schedule: Schedule, year: int, month: int, after: datetime | None = None) -> set:
    return {e.id for e in schedule.events() if e.start is not None
            and (s := e.start.astimezone(schedule.tz)).year == year and s.month == month
            and (after is None or e.start > after)}


def _weeks_of_month(schedule: Schedule, year: int, month: int) -> set:
    """The undated items (pre-recorded lectures, quizzes) of the course weeks starting in
    the month: a month's listing gives them by week beside its dated ones (round 29)."""
    weeks = {w.number for w in schedule.weeks
             if w.starts.year == year and w.starts.month == month}
    return {e.id for e in schedule.events() if e.start is None and e.week in weeks}


@pytest.mark.parametrize("question", ["anything this month", "what's on this month?",
                                      "whats happening during this month"])
def test_this_month_is_the_calendar_month_of_today(ask, schedule, question):
    answer = ask(question, now=NOW)
    assert _in_month(schedule, 2021, 3) <= set(ids(answer)) <= _in_month(schedule, 2021, 3)
    assert "March 2021" in answer.text


@pytest.mark.parametrize("question", ["what happened last month", "sessions in the previous month"])
def test_last_month_is_the_month_before(ask, schedule, question):
    answer = ask(question, now=NOW)
    got = set(ids(answer))
    assert got and got <= _in_month(schedule, 2021, 2) | _weeks_of_month(schedule, 2021, 2)
    assert _in_month(schedule, 2021, 2) <= got


@pytest.mark.parametrize("question", ["anything left this month", "whats remaining this month",
                                      "anything left in march"])
def test_left_in_a_month_is_what_is_still_to_come(ask, schedule, question):
    now = datetime.fromisoformat(NOW).replace(tzinfo=LONDON)
    answer = ask(question, now=NOW)
    left = _in_month(schedule, 2021, 3, after=now)
    assert left and set(ids(answer)) == left
    assert "every session and deadline on it is over" not in answer.text


@pytest.mark.parametrize("question", ["any deadlines next month", "any deadlines in april",
                                      "anything due the coming month?"])
def test_the_next_deadline_is_said_once(ask, question):
    text = ask(question, now=NOW).text
    assert text.count("The next coursework deadline is") == 1
