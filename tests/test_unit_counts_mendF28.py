"""Round 28 (F): a count asked in weeks, days or a weekday ("how many weeks have a Q&A",
"how many more fridays with something on", "how many days have a deadline") is counted in
that unit, with the weeks or days behind it; a count not of that form keeps its reading.
Phrasings written for the test; expected figures computed from the schedule."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

NOW = "2021-02-03T12:00"
HELD = {"lecture", "qa", "tutorial", "panel", "quiz"}


def test_weeks_holding_a_kind_are_counted_in_weeks(ask, schedule):
    a = ask("how many weeks have a tutorial", now=NOW)
    weeks = {e.week for e in schedule.events() if e.kind == "tutorial"}
    assert a.text.startswith(f"{len(weeks)} weeks have tutorials"), a.text
    assert all(f"Week {w} (" in a.text for w in weeks), a.text


def test_weeks_with_sessions_leave_deadlines_out(ask, schedule):
    a = ask("how many weeks of the course actually have sessions", now=NOW)
    weeks = {e.week for e in schedule.events() if e.kind in HELD and e.week is not None}
    assert a.text.startswith(f"{len(weeks)} weeks have sessions"), a.text


def test_days_with_a_deadline_are_counted_in_days(ask, schedule):
    a = ask("so how many days have deadlines on them", now=NOW)
    days = {c.deadline.date() for c in schedule.coursework}
    assert a.text.startswith(f"{len(days)} days have deadlines"), a.text


@pytest.mark.parametrize("weekday", [1, 3])
def test_more_of_a_weekday_counts_the_dates_ahead(ask, schedule, weekday):
    name = ["monday", "tuesday", "wednesday", "thursday", "friday"][weekday]
    a = ask(f"how many more {name}s with anything on?", now=NOW)
    now = datetime.fromisoformat(NOW).replace(tzinfo=ZoneInfo("Europe/London"))
    kinds = HELD if " have sessions" in a.text.splitlines()[0] else HELD | {"deadline"}
    days = {e.start.date() for e in schedule.events() if e.kind in kinds
            and e.start is not None and e.start > now and e.start.weekday() == weekday}
    assert a.text.startswith(f"{len(days)} more {name.capitalize()}"), a.text


@pytest.mark.parametrize("question", [
    "how many weeks is the course",
    "how many days until task 3 is due",
    "how many days have we got left before cw1 is due",
    "how many tutorials are there",
])
def test_near_misses_keep_their_reading(ask, question):
    a = ask(question, now=NOW)
    assert " have " not in a.text.splitlines()[0], a.text
