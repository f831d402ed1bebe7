"""What one missed over a past span, and parts of the day: a catch-up names the span it covers
("since week 4", "was away 15-26 feb", "back after three weeks off") and lists only that; what
is left of the course and its final week are read as the course's own; a dated day's morning
is a busy span, days one works recur, and a time said by its start alone also shows the
session right after the hour assumed. The phrasings are new, not the graded messages."""

from __future__ import annotations

from tests.conftest import ids


def test_a_catch_up_since_a_week_lists_from_that_week(ask):
    a = ask("had flu since week 5, what did i miss?", now="2021-02-24T10:00")
    assert "Week 5 (" in a.text and "Week 6 (" in a.text and "Week 7 (" in a.text
    assert "Week 4 (" not in a.text and "Week 2 (" not in a.text
    assert "unwell" in a.text  # the illness is heard too


def test_a_catch_up_over_dated_days_lists_only_them(ask):
    a = ask("i was travelling 15-26 feb, did anything happen in the course?",
            now="2021-03-01T09:00")
    assert "Week 6 (" in a.text and "Week 7 (" in a.text and "Week 5 (" not in a.text
    assert "T09" in a.text and "Coursework Task 2 due" in a.text


def test_a_catch_up_counted_in_weeks_goes_back_from_now(ask):
    a = ask("back after three weeks abroad, what have i missed", now="2021-02-26T09:00")
    assert "Week 5 (" in a.text and "Week 7 (" in a.text and "Week 3 (" not in a.text


def test_the_final_week_is_the_course_s_last(ask):
    a = ask("is anything timetabled in the final week of the course?", now="2021-02-01T09:00")
    assert "Week 9" in a.text and "CW3" in ids(a)


def test_what_remains_from_now_on_is_the_rest_of_the_course(ask):
    a = ask("what remains of the module from now on?", now="2021-02-25T09:00")
    assert "rest of the course" in a.text and "CW3" in ids(a)
    a = ask("rest of term from today? planning my shifts", now="2021-03-02T13:00")
    assert "rest of the course" in a.text and "CW3" in ids(a)


def test_a_dated_morning_is_a_busy_span(ask):
    a = ask("optician appointment tue 16 feb in the morning, will i miss anything?",
            now="2021-02-10T09:00")
    assert "morning 06:00-12:00" in a.text
    assert "10:00-11:00" in a.text and "11:00-12:00" in a.text


def test_days_one_works_joined_by_plus_recur(ask):
    a = ask("i work thu + fri, will that clash with any live sessions?", now="2021-01-15T09:00")
    assert a.text.startswith("No: none of the course's sessions"), a.text


def test_a_part_of_a_weekday_with_nothing_in_it_says_so(ask):
    a = ask("what's on monday evenings?", now="2021-01-20T09:00")
    assert "None of the course's" in a.text and "Tuesday 10:00-11:00" in a.text


def test_a_start_alone_shows_the_session_right_after_the_hour(ask):
    a = ask("i've got a driving test tue 9 feb at 10, what would i miss?",
            now="2021-02-03T09:00")
    assert "an hour from the time you said" in a.text
    assert "Right after that hour" in a.text and "11:00-12:00" in a.text


def test_a_catch_up_before_the_course_says_when_it_starts(ask):
    a = ask("when does this course actually begin, nothing's going on", now="2021-01-12T09:00")
    assert "Teaching starts in week 2" in a.text
