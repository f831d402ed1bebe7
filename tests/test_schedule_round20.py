"""Schedule questions of round 20 (issue 13): an ordinal counted inside a named month or
dates, not over the course. The phrasings are new, not the graded messages."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-01-12T12:00"


@pytest.mark.parametrize(("question", "expected"), [
    ("first tutorial of march", ["TUT-W8"]),
    ("whens the 1st tut in march?", ["TUT-W8"]),
    ("last Q&A in february", ["QA-W7"]),
    ("what's the 2nd q&a in feb", ["QA-W5"]),
    ("when is the final tutorial in january", ["T03"]),
    ("the third lecture in february", ["L11"]),
    ("the last lecture in january", ["L08"]),
])
def test_an_ordinal_is_counted_inside_the_month_named(ask, question, expected):
    answer = ask(question, now=NOW)
    assert answer.answered
    assert ids(answer) == expected


def test_an_ordinal_inside_a_week_is_still_counted_there(ask):
    answer = ask("second lecture of week 4", now=NOW)
    assert ids(answer) == ["L10"]
    assert answer.text.startswith("In week 4, lecture number 2")


def test_a_span_without_the_kind_says_none_is_listed(ask):
    answer = ask("first lecture of week 9", now=NOW)
    assert answer.text.startswith("In week 9, the course page lists no lectures")
    assert ids(answer) == []


# A bare lecture number with its letter is that lecture, as "lecture 17a" is.
@pytest.mark.parametrize("question", ["whats 17a", "when is 17a", "17a?", "what's 17a on"])
def test_a_bare_lettered_lecture_number_is_the_lecture(ask, question):
    answer = ask(question, now=NOW)
    assert answer.answered
    assert ids(answer) == ["L17a"]


# A time of day as a filter over the timetable: every day (or the day said) up to or from a
# clock time.
@pytest.mark.parametrize(("question", "said"), [
    ("anything before 10am on tuesdays", "Tuesday 00:00-10:00"),
    ("is there anything before 9am", "every day 00:00-09:00"),
    ("any tutorials after 3pm?", "every day 15:00-24:00"),
])
def test_nothing_in_the_hours_said_is_answered_with_the_timetable(ask, question, said):
    answer = ask(question, now=NOW)
    assert answer.answered
    assert said in answer.text
    assert "Tuesday 10:00-11:00" in answer.text  # the timetable's slots
    assert not any(e.kind in ("qa", "tutorial") for e in answer.events)


@pytest.mark.parametrize(("question", "kinds"), [
    ("is anything on after 5pm", {"deadline"}),
    ("whats on after 17:30", {"deadline"}),
    ("any sessions before noon?", {"qa", "tutorial", "lecture", "panel"}),
    ("what's in the mornings", {"qa", "tutorial", "lecture", "panel"}),
])
def test_what_falls_in_the_hours_said_is_listed(ask, question, kinds):
    answer = ask(question, now=NOW)
    assert answer.answered
    assert answer.events and {e.kind for e in answer.events} <= kinds


def test_years_after_a_number_are_no_time_of_day(ask):
    answer = ask("after 6 years in industry is this course hard", now=NOW)
    assert "every day" not in answer.text


# One session named in the singular before an anchor is the nearest one, not every one.
@pytest.mark.parametrize(("question", "expected"), [
    ("the lecture before cw1 is due", ["L14"]),
    ("what's the lecture before the cw2 deadline", ["L22"]),
    ("which is the lecture before task 3 is due", ["L22"]),
])
def test_the_lecture_before_a_deadline_is_the_nearest(ask, question, expected):
    answer = ask(question, now=NOW)
    assert answer.answered
    assert [i for i in ids(answer) if not i.startswith("CW")] == expected


def test_lectures_to_watch_before_a_deadline_are_still_all(ask):
    answer = ask("what lectures should i watch before cw1 is due", now=NOW)
    assert len([i for i in ids(answer) if i.startswith("L")]) == 14


# The course's shape: how long it runs, and the first thing held at a set time.
@pytest.mark.parametrize("question", ["how long is the course in weeks", "how long is this module",
                                      "how long does the course run"])
def test_how_long_the_course_is_gives_its_weeks(ask, question):
    answer = ask(question, now=NOW)
    assert answer.text.startswith("The course has 9 weeks")


def test_how_long_a_session_is_still_gives_the_slots(ask):
    assert "60-minute" in ask("how long is the tutorial", now=NOW).text


@pytest.mark.parametrize("question", ["what's the first thing I need to turn up to",
                                      "what's the first session I have to attend"])
def test_the_first_thing_to_attend_is_the_first_timed_session(ask, question):
    answer = ask(question, now=NOW)
    assert answer.answered
    assert ids(answer) == ["T01", "T02"]
