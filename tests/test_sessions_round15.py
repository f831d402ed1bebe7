"""Sessions asked relative to a coursework (a span up to it or from it on, the week it is
handed out), a task's contents, things of the page asked by their name, zones given as bare
or loose offsets, and spans of days said loosely. The phrasings are new, not graded ones."""

from __future__ import annotations

import pytest

from tests.conftest import ids


def _kinds(answer) -> set[str]:
    return {e.kind for e in answer.events}


# --- sessions placed by a coursework ---------------------------------------------------------

@pytest.mark.parametrize(("question", "now", "task", "kind"), [
    ("r there any q&as left before task 2 is due", "2021-02-10T09:00", "CW2", "qa"),
    ("any tutorial before the cw3 deadline?", "2021-02-20T09:00", "CW3", "tutorial"),
    ("what sessions are there until cw1 is in", "2021-01-28T09:00", "CW1", "qa"),
])
def test_sessions_up_to_a_deadline_are_listed(ask, schedule, question, now, task, kind):
    a = ask(question, now=now)
    due = schedule.event(task)
    assert a.intent == "schedule" and a.answered
    assert ids(a)[0] == task and kind in _kinds(a)
    assert all(e.start is None or e.start <= due.start for e in a.events)


def test_what_comes_after_a_deadline_starts_after_it(ask, schedule):
    a = ask("anything live once cw2 is submitted?", now="2021-02-10T09:00")
    due = schedule.event("CW2")
    assert a.intent == "schedule" and ids(a)[0] == "CW2"
    assert all(e.start > due.start for e in a.events[1:]) and len(a.events) > 1


def test_a_week_named_by_a_hand_out_says_the_page_gives_no_hand_out_date(ask, schedule):
    a = ask("whats happening the week task 2 comes out", now="2021-02-01T09:00")
    cw = next(c for c in schedule.coursework if c.id == "CW2")
    week = min(cw.listed_in_weeks)
    assert a.intent == "schedule" and "hand-out" in a.text
    assert {e.week for e in a.events if e.kind != "deadline"} == {week}


def test_an_order_asked_is_not_a_span(ask):
    a = ask("is the tutorial before or after the cw1 deadline", now="2021-01-20T09:00")
    assert "From now until" not in a.text


# --- zones given as offsets written alone -----------------------------------------------------

@pytest.mark.parametrize(("text", "minutes"), [
    ("cw2 deadline +0900", 540), ("when is the q&a for me (-03:30)", -210),
    ("tutorial in +5:45 pls", 345), ("+1030 here, when is cw3 due", 630),
])
def test_an_offset_written_alone_is_a_zone(text, minutes):
    from datetime import datetime

    from bot.core.text import normalize
    from bot.core.zones import find_zone

    found = find_zone(normalize(text))
    assert found is not None
    assert found[0].utcoffset(datetime(2021, 2, 1)).total_seconds() / 60 == minutes


@pytest.mark.parametrize("text", ["is 5+3 the answer", "call me on +44 7700 900",
                                  "cw1 + cw2 deadlines", "my loss went +0.30"])
def test_sums_and_phone_numbers_are_no_zone(text):
    from bot.core.text import normalize
    from bot.core.zones import find_zone

    assert find_zone(normalize(text)) is None


def test_a_deadline_asked_with_an_offset_alone_is_shown_in_it(ask):
    a = ask("cw3 due time +0800 ?", now="2021-02-15T09:00")
    assert "03:00 UTC+08:00" in a.text


# --- things of the page asked by their name ----------------------------------------------------

@pytest.mark.parametrize(("question", "kind"), [
    ("are there tutorials", "tutorial"), ("are there q&as??", "qa"),
])
def test_whether_a_kind_exists_lists_it(ask, schedule, question, kind):
    a = ask(question, now="2021-01-20T09:00")
    assert a.answered and a.intent == "schedule"
    listed = [e for e in a.events if e.kind == kind]
    assert listed and len(listed) == sum(1 for e in schedule.events() if e.kind == kind)


def test_what_a_thing_is_for_is_what_the_page_says_of_it(ask, schedule):
    a = ask("wat are the quizes for", now="2021-01-20T09:00")
    term = next(t for t in schedule.course.terms if "quiz" in t.names)
    assert a.answered and term.means in a.text


# --- what a coursework covers -------------------------------------------------------------------

@pytest.mark.parametrize(("question", "task"), [
    ("is vae stuff part of task 2??", "CW2"), ("does coursework 1 involve resnets", "CW1"),
    ("what is cw3 about", "CW3"), ("is cw2 on generative models?", "CW2"),
])
def test_what_a_task_covers_is_not_on_the_page_and_its_weeks_are(ask, schedule, question, task):
    a = ask(question, now="2021-02-01T09:00")
    cw = next(c for c in schedule.coursework if c.id == task)
    assert not a.answered and schedule.assessment.notebooks_note in a.text
    assert ids(a)[0] == task and f"weeks {cw.listed_in_weeks[0]}" in a.text


def test_which_task_covers_a_topic_places_the_topic_by_week(ask, schedule):
    a = ask("which cw is the gan one", now="2021-02-01T09:00")
    gan = next(lec for lec in schedule.lectures if lec.title == "GANs")
    listed = [c.id for c in schedule.coursework if gan.week in c.listed_in_weeks]
    assert not a.answered and f"week {gan.week}, a week the page lists {listed[0]}" in a.text


def test_a_task_asked_by_its_date_is_not_a_contents_question(ask):
    a = ask("when is cw2 due", now="2021-02-01T09:00")
    assert a.answered and a.intent == "deadline"


# --- spans of days said loosely ----------------------------------------------------------------

def _window(text: str, now: str):
    from datetime import date, datetime, timedelta

    from bot.core.text import normalize
    from bot.core.when import CourseCalendar, parse_time
    from tests.conftest import LONDON

    cal = CourseCalendar(LONDON, {n: date(2021, 1, 11) + timedelta(weeks=n - 1)
                                  for n in range(1, 10)})
    return parse_time(normalize(text), datetime.fromisoformat(now).replace(tzinfo=LONDON),
                      LONDON, cal).window


@pytest.mark.parametrize("text", ["anything over the rest of the month?",
                                  "what's on for the rest of this month"])
def test_the_rest_of_the_month_is_from_now_to_its_end(text):
    w = _window(text, "2021-02-10T09:00")
    assert w is not None and w.start.day == 10 and (w.end.month, w.end.day) == (3, 1)


@pytest.mark.parametrize("text", ["whats on the coming fortnight",
                                  "sessions in the next fortnight"])
def test_a_fortnight_ahead_is_the_next_14_days(text):
    w = _window(text, "2021-02-10T09:00")
    assert w is not None and (w.end - w.start).days == 14


def test_the_end_of_the_month_is_still_its_last_week():
    w = _window("anything on at the end of the month", "2021-02-03T09:00")
    assert w is not None and w.start.day == 22 and (w.end.month, w.end.day) == (3, 1)


def test_due_by_the_end_of_the_month_is_all_of_it_from_now():
    # (round 27: what is due by a date is everything up to it, not only its last week)
    w = _window("anything due by the end of the month", "2021-02-03T09:00")
    assert w is not None and w.start.day == 3 and (w.end.month, w.end.day) == (3, 1)


def test_a_loose_span_is_answered_from_the_timetable(ask):
    a = ask("whats happening the coming fortnight?", now="2021-02-03T09:00")
    assert a.answered and a.intent == "schedule" and {"qa", "tutorial"} <= _kinds(a)


def test_a_day_before_a_deadline_with_nothing_on_gives_the_last_sessions_before(ask, schedule):
    a = ask("day before cw1 is due - any live sessions i can ask at?", now="2021-01-29T11:00")
    due = schedule.event("CW1")
    assert a.intent == "schedule" and "The last ones before" in a.text
    qa = max((e for e in schedule.events() if e.kind == "qa" and e.start
              and e.start < due.start), key=lambda e: e.start)
    assert qa.start.strftime("%a %-d %b %Y, %H:%M") in a.text
