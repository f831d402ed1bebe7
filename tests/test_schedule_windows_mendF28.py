"""Round 28 (F): a named third of a month ("early march", "mid-feb", "late jan") is a window
of days whose sessions and deadlines are listed; a numbered course week asked about whole
("what's in week N") lists its reading and the coursework it lists too. Phrasings written
for the test; events found from the schedule, not named."""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from tests.conftest import ids

NOW = "2021-01-05T09:00"


def _dated_between(schedule, first: date, last: date) -> set[str]:
    return {e.id for e in schedule.events()
            if e.start is not None and first <= e.start.date() <= last}


@pytest.mark.parametrize(("question", "month", "third"), [
    ("anything going on in early feb?", 2, 0),
    ("what's happening round about mid-february", 2, 1),
    ("i'm off in the middle of january, what would i miss", 1, 1),
    ("what do we have late february", 2, 2),
    ("sessions at the start of march?", 3, 0),
])
def test_a_third_of_a_month_lists_what_falls_in_it(ask, schedule, question, month, third):
    a = ask(question, now=NOW)
    last_day = calendar.monthrange(2021, month)[1]
    first, last = [(1, 10), (11, 20), (21, last_day)][third]
    expected = _dated_between(schedule, date(2021, month, first), date(2021, month, last))
    assert expected and expected <= set(ids(a)), a.text
    assert not (set(ids(a)) - expected - {e.id for e in schedule.events() if e.start is None})
    assert a.text.startswith("In "), a.text  # the window itself, not a weekly pattern


def test_a_kind_asked_in_a_third_of_a_month_keeps_its_kind(ask, schedule):
    a = ask("any tutorials late feb", now=NOW)
    expected = {e.id for e in schedule.events() if e.kind == "tutorial" and e.start
                and date(2021, 2, 21) <= e.start.date() <= date(2021, 2, 28)}
    assert expected and set(ids(a)) == expected, a.text


def test_by_a_third_of_a_month_is_from_now_to_its_end(ask, schedule):
    a = ask("is anything due by mid march", now="2021-02-10T09:00")
    due = {c.id for c in schedule.coursework if date(2021, 2, 10) <= c.deadline.date()
           <= date(2021, 3, 20)}
    assert due and due <= set(ids(a)), a.text


@pytest.mark.parametrize("question", [
    "what's in the first half of february",  # a half, read as before
    "when is the midterm",                   # no month said
    "in march what is due",                  # the whole month
])
def test_near_misses_are_not_a_third_of_a_month(ask, question):
    a = ask(question, now=NOW)
    assert "early" not in a.text.split("\n")[0] and "mid " not in a.text.split("\n")[0] \
        and "late " not in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("question", [
    "what's in week 5?",
    "everything for week 6 pls",
    "what happens in week 3",
])
def test_a_numbered_week_asked_whole_lists_its_reading(ask, schedule, question):
    number = int(question.split("week ")[1][0])
    a = ask(question, now=NOW)
    reading = [m.id for m in schedule.materials if m.week == number]
    assert reading and all(m in a.text for m in reading), a.text
    listed = [c for c in schedule.coursework if number in c.listed_in_weeks]
    assert all(c.id in a.text for c in listed), a.text


@pytest.mark.parametrize("question", [
    "tutorials in week 5?",        # a kind named: that kind alone
    "what's on this week",         # not a numbered week
])
def test_near_misses_keep_their_sessions_only(ask, schedule, question):
    a = ask(question, now="2021-02-09T09:00")
    assert "Reading:" not in a.text and "is listed this week" not in a.text, a.text


def test_from_a_third_of_a_month_onwards_runs_to_the_course_end(ask, schedule):
    a = ask("what's on from late feb onwards", now=NOW)
    later = {e.id for e in schedule.events() if e.start is not None
             and e.start.date() >= date(2021, 2, 21)}
    assert later and later <= set(ids(a)), a.text
    assert "2022" not in a.text, a.text
