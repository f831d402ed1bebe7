"""Schedule understanding: ordinals inside a week, counts, times named by a deadline, the
session of another kind next to a named one, and a course week said beside a relative one."""

from __future__ import annotations

from tests.conftest import ids


def _tutorials_in(schedule, week: int) -> list:
    return sorted((e for e in schedule.events() if e.kind == "tutorial" and e.week == week),
                  key=lambda e: (e.start, e.id))


def test_an_ordinal_with_a_week_counts_inside_that_week(ask, schedule):
    week4 = _tutorials_in(schedule, 4)
    assert len(week4) == 2 and week4[0].start == week4[1].start  # two topics, one session
    a = ask("2nd tut in wk4 pls, what's it on", now="2021-02-15T09:00")
    assert a.answered and set(ids(a)) == {e.id for e in week4}
    a = ask("the first tutorial of week 3?", now="2021-02-15T09:00")
    assert ids(a) == [e.id for e in _tutorials_in(schedule, 3)]


def test_an_ordinal_past_the_weeks_count_lists_what_there_is(ask, schedule):
    week5 = _tutorials_in(schedule, 5)
    a = ask("which topic is the third tutorial in week 5", now="2021-02-15T09:00")
    assert f"only {len(week5)}" in a.text and ids(a) == [e.id for e in week5]


def test_an_ordinal_of_a_week_or_a_date_is_not_the_sessions(ask):
    a = ask("the q&a in the second week, when is it", now="2021-01-10T09:00")
    assert "number" not in a.text and "only" not in a.text
    a = ask("without a week the second tutorial is T02?", now="2021-01-10T09:00")
    assert "T02" in ids(a)


def test_a_tutorial_asked_names_the_one_sharing_its_session(ask):
    a = ask("which topics does the first tutorial cover", now="2021-01-10T09:00")
    assert "T01" in a.text and "T02" in a.text


def test_how_many_in_a_week_gives_the_number(ask, schedule):
    lectures = [e for e in schedule.events() if e.kind == "lecture" and e.week == 5]
    a = ask("how many lectures are there in week 5", now="2021-02-15T09:00")
    assert f"{len(lectures)} lectures" in a.text


def test_how_many_left_now_counts_from_now(ask):
    a = ask("how many tuts are remaining now?", now="2021-02-10T14:00")
    assert "still to come" in a.text and "right now" not in a.text
    a = ask("is there anything still left for this module now", now="2021-03-10T09:00")
    assert "exam" in a.text


def test_a_day_or_week_named_by_a_deadline(ask, schedule):
    cw1 = schedule.event("CW1")
    a = ask("what's on the day after task 1 is due?", now="2021-02-01T09:00")
    assert "CW1" in a.text and "Sat 6 Feb" in a.text and "CW2" not in a.text
    a = ask("in the week coursework 1 is due, which tutorial is there", now="2021-02-10T09:00")
    assert set(e.id for e in _tutorials_in(schedule, cw1.week)) <= set(ids(a))


def test_the_session_of_another_kind_after_a_named_one(ask, schedule):
    a = ask("which tut comes right after the resnet lecture", now="2021-02-10T09:00")
    assert set(ids(a)) == {e.id for e in _tutorials_in(schedule, 4)}
    a = ask("which tutorial is right after lecture 22", now="2021-02-10T09:00")
    assert ids(a) == [e.id for e in _tutorials_in(schedule, 7)]


def test_a_course_week_said_beside_a_relative_week_wins(ask):
    a = ask("anything on in the last week of term, so week 9?", now="2021-03-06T12:00")
    assert "Week 9" in a.text and "CW3" in ids(a)
