"""Another commitment's weekly time set against a stretch the question names ("which would
i miss next week"): the sessions of that stretch that fall in the time, then those that do
not; a day said once with its clock time ("tuesday 10am") recurs within the stretch. The
phrasings are new."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.conftest import LONDON, ids

_NOW = "2021-02-01T09:00"


def _next_week(schedule):
    start = datetime(2021, 2, 8, tzinfo=LONDON)
    return [e for e in schedule.events() if e.start and start <= e.start
            < start + timedelta(days=7) and e.kind != "deadline"]


def _held_at(events, weekday, hour):
    return {e.id for e in events if e.start.astimezone(LONDON).weekday() == weekday
            and e.start.astimezone(LONDON).hour == hour}


@pytest.mark.parametrize("question", [
    "i have a seminar for another module on tuesdays at 10am, what would i miss next week?",
    "i've got a lab for another class tuesday 10am. which of next week's sessions clash?",
    "another module's lecture is every tuesday 10-11, which sessions next week would i miss",
])
def test_the_sessions_in_the_time_and_those_clear_of_it(ask, schedule, question):
    week = _next_week(schedule)
    hit = _held_at(week, 1, 10)
    assert hit and len(week) > len(hit)
    a = ask(question, now=_NOW)
    assert a.intent == "schedule" and a.answered
    assert hit <= set(ids(a))
    assert "Outside that time" in a.text
    clear = a.text.split("Outside that time")[1]
    for e in week:
        if e.id not in hit:
            assert e.start.astimezone(LONDON).strftime("%-d %b %Y, %H:%M") in clear


def test_a_time_nothing_falls_in_names_the_stretchs_sessions_as_clear(ask, schedule):
    a = ask("i have a stats seminar on fridays at 3pm, which sessions would i miss next week?",
            now=_NOW)
    assert a.answered and ids(a) == []
    assert a.text.startswith("None of the course's")
    assert "Outside that time, next week" in a.text


@pytest.mark.parametrize("question", [
    "which sessions are on next week?",
    "is the q&a tuesday 10am next week?",
])
def test_no_commitment_said_keeps_the_listing(ask, question):
    a = ask(question, now=_NOW)
    assert "Outside that time" not in a.text and "In the time you gave" not in a.text
