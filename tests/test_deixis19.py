"""Time words read against now (issue 13): "this"/"the current" session is the one on the
asker's day, not the next; a day's own course week holds its week-placed lectures."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.knowledge.base import open_index
from bot.schedule import Schedule, load_schedule
from tests.conftest import ids

COURSE = Path(__file__).resolve().parent / "fixtures" / "second_course"
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(scope="module")
def ask2(embedder, tmp_path_factory):
    """The second fixture course (recitations, office hours, New York time)."""
    schedule = load_schedule(COURSE / "schedule.yaml")
    index, _ = open_index(COURSE / "knowledge", tmp_path_factory.mktemp("idx2"), embedder)
    assistant = Assistant(lambda: schedule, embedder, index)

    def _ask(question: str, now: str):
        return assistant.answer(question, AskContext(
            datetime.fromisoformat(now).replace(tzinfo=NEW_YORK), NEW_YORK))

    return _ask


def _held_on(schedule: Schedule, kind: str, day: str) -> list[str]:
    return [e.id for e in schedule.events() if e.kind == kind and e.start is not None
            and e.start.astimezone(schedule.tz).date().isoformat() == day]


def _first_dated(schedule: Schedule, kind: str) -> str:
    """The day (ISO) of the course's second dated session of a kind: one with others before
    and after it."""
    starts = sorted({e.start.astimezone(schedule.tz).date().isoformat()
                     for e in schedule.events() if e.kind == kind and e.start is not None})
    return starts[1]


@pytest.mark.parametrize("question,at", [
    ("what comes after this Q&A?", "10:30"),
    ("what's after this q&a session", "11:10"),
    ("what happens right after the current Q&A", "10:45"),
    ("whats on after this qa", "10:05"),
])
def test_after_this_session_is_after_todays(ask, schedule, question, at):
    day = _first_dated(schedule, "qa")
    today = _held_on(schedule, "qa", day)
    later = [e for e in schedule.events() if e.start is not None
             and e.start.date().isoformat() == day and e.kind != "qa"]
    answer = ask(question, now=f"{day}T{at}")
    assert later and set(ids(answer)) <= {e.id for e in later}, answer.text
    assert not set(ids(answer)) & set(today)


@pytest.mark.parametrize("question,kind,at", [
    ("is this tutorial recorded?", "tutorial", "11:20"),
    ("will this tut be recorded", "tutorial", "09:00"),
    ("is the current q&a recorded?", "qa", "10:20"),
    ("is this Q&A session recorded or not", "qa", "11:05"),
])
def test_is_this_session_recorded_names_todays(ask, schedule, question, kind, at):
    day = _first_dated(schedule, kind)
    answer = ask(question, now=f"{day}T{at}")
    assert ids(answer) and set(ids(answer)) <= set(_held_on(schedule, kind, day)), answer.text


def test_this_session_with_none_today_is_still_the_next(ask, schedule):
    """No session of that kind on the asker's day: "this" is the next one, as before."""
    day = _first_dated(schedule, "qa")
    answer = ask("is this q&a recorded?", now=f"{day}T09:00")
    answer_next_day = ask("is this q&a recorded?", now=f"{day[:-2]}{int(day[-2:]) + 1:02d}T09:00")
    assert set(ids(answer)) == set(_held_on(schedule, "qa", day))
    assert not set(ids(answer_next_day)) & set(_held_on(schedule, "qa", day))


@pytest.mark.parametrize("question,kind,now", [
    ("is this recitation recorded?", "tutorial", "2023-10-13T11:30"),
    ("are the current office hours recorded", "qa", "2023-10-11T16:30"),
])
def test_this_session_in_another_course(ask2, question, kind, now):
    schedule = load_schedule(COURSE / "schedule.yaml")
    answer = ask2(question, now)
    assert ids(answer) and set(ids(answer)) <= set(_held_on(schedule, kind, now[:10])), \
        answer.text


def _week_lectures(schedule: Schedule, week: int) -> list[str]:
    return [lec.title for lec in schedule.lectures if lec.week == week and lec.start is None]


@pytest.mark.parametrize("question,offset_days", [
    ("what's on the {day} of {month}", -6),
    ("what's on {weekday}", -4),
    ("anything on the {day}?", -4),
    ("is there anything happening on {weekday}", -2),
])
def test_a_days_lectures_are_its_weeks(ask, schedule, question, offset_days):
    """A day at the start of a week, asked the week before: the week-placed lectures named are
    that week's, not the following week's."""
    from datetime import timedelta
    weeks = [w for w in schedule.weeks if _week_lectures(schedule, w.number)
             and _week_lectures(schedule, w.number + 1)]
    week = weeks[1]
    start = week.starts
    asked = start + timedelta(days=offset_days)
    text = question.format(day=_ordinal(start.day), month=start.strftime("%B"),
                           weekday=start.strftime("%A"))
    answer = ask(text, now=f"{asked.isoformat()}T12:00")
    assert any(t in answer.text for t in _week_lectures(schedule, week.number)), answer.text
    assert not any(t in answer.text for t in _week_lectures(schedule, week.number + 1)), \
        answer.text


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


AFTER_COURSE = "2026-12-06T12:00"  # a Sunday long after both courses: no "now" given


@pytest.mark.parametrize("question", [
    "are the tuesday Q&A sessions recorded?",
    "when are the friday deadlines?",
    "what time are the tuesday tutorials",
    "who runs the tuesday tutorials?",
    "is the friday deadline at 7pm?",
])
def test_a_weekday_naming_a_recurring_kind_is_not_a_date(ask, question):
    answer = ask(question, now=AFTER_COURSE)
    assert "2026" not in answer.text, answer.text
    assert answer.events or "Tuesdays" in answer.text, answer.text


def test_weekday_kinds_are_those_held_that_day(ask, schedule):
    tutorials = {e.id for e in schedule.events() if e.kind == "tutorial" and e.start
                 and e.start.astimezone(schedule.tz).weekday() == 1}
    assert set(ids(ask("who runs the tuesday tutorials?", now=AFTER_COURSE))) == tutorials
    fridays = {e.id for e in schedule.events() if e.kind == "deadline"
               and e.start.astimezone(schedule.tz).weekday() == 4}
    assert set(ids(ask("when are the friday deadlines?", now=AFTER_COURSE))) == fridays


def test_a_qualified_weekday_is_still_a_date(ask):
    answer = ask("are next friday's deadlines at 7pm?", now="2021-01-29T12:00")
    assert "5 Feb 2021" in answer.text and "on a Friday" not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "who runs the friday recitations?",
    "when are the thursday lectures",
])
def test_weekday_kinds_in_another_course(ask2, question):
    answer = ask2(question, "2026-12-06T12:00")
    assert "2026" not in answer.text and answer.events, answer.text


@pytest.mark.parametrize("question", [
    "starting the week {week} lectures on saturday {day} {month}, done before the q&a?",
    "doing the week {week} lectures on {weekday} {day} {month}, are they done before the q&a?",
])
def test_a_week_named_beside_the_day_keeps_its_lectures(ask, schedule, question):
    """The weekend before a week, with that week's lectures named: those, not the day's own
    week's."""
    from datetime import timedelta
    weeks = [w for w in schedule.weeks if _week_lectures(schedule, w.number)
             and _week_lectures(schedule, w.number - 1)]
    week = weeks[1]
    day = week.starts - timedelta(days=2)
    text = question.format(week=week.number, day=day.day, month=day.strftime("%b").lower(),
                           weekday=day.strftime("%A").lower())
    answer = ask(text, now=f"{(day - timedelta(days=3)).isoformat()}T12:00")
    assert not any(t in answer.text for t in _week_lectures(schedule, week.number - 1)), \
        answer.text
