"""A listing of a month, or of part of one, holds what each course week inside it has with
no time (its pre-recorded lectures, its quiz), by week, as a listing of several weeks does;
a day or a week asked keeps its own listing. The phrasings are new."""

from __future__ import annotations

import pytest

from tests.conftest import ids


def _week_starts_in(schedule, first, last):
    return [w.number for w in schedule.weeks if first <= w.starts <= last]


@pytest.mark.parametrize("question", [
    "what have we got on in february?",
    "anything happening during feb",
    "what is on over february?",
])
def test_a_month_lists_its_weeks_recorded_lectures(ask, schedule, question):
    a = ask(question, now="2021-01-25T09:00")
    weeks = {lec.week for lec in schedule.lectures if lec.delivery != "live"}
    feb = [n for n in weeks if n in {w.number for w in schedule.weeks
                                     if w.starts.month == 2}]
    assert feb
    for n in feb:
        assert f"Pre-recorded lectures for week {n}:" in a.text
    recorded = {lec.id for lec in schedule.lectures if lec.week in feb
                and lec.delivery != "live"}
    assert recorded <= set(ids(a))
    quizzes = {qz.id for qz in schedule.quizzes if qz.week in feb}
    assert quizzes and quizzes <= set(ids(a))


def test_the_later_half_of_a_month_lists_the_weeks_mostly_in_it(ask, schedule):
    a = ask("what is happening in the second half of february?", now="2021-02-01T09:00")
    assert a.answered
    # (a week begun the day before the half starts is mostly inside it)
    inside = {w.number for w in schedule.weeks if w.starts.month == 2 and w.starts.day >= 15}
    assert inside
    assert {qz.id for qz in schedule.quizzes if qz.week in inside} <= set(ids(a))
    assert {lec.id for lec in schedule.lectures if lec.week in inside
            and lec.delivery != "live"} <= set(ids(a))
    early = {w.number for w in schedule.weeks if w.starts.month == 2 and w.starts.day < 8}
    assert not any(f"Pre-recorded lectures for week {n}:" in a.text for n in early)


@pytest.mark.parametrize("question", ["what's on this week?", "anything on tuesday 9 feb?"])
def test_a_week_or_a_day_keeps_its_own_listing(ask, question):
    a = ask(question, now="2021-02-08T09:00")
    # (a day lists no pre-recorded week; a week lists its own one only)
    assert a.text.count("Pre-recorded lectures for week") <= 1
