"""Round 25, issue 13: schedule questions from a blind set. Totals count a session the page
gives no date by its kind's weekly slot; a "how many" asked in any form leads with the count.
The phrasings are new, not the graded messages."""

from __future__ import annotations

import re

import pytest

WEEK4 = "2021-02-03T10:00"


@pytest.mark.parametrize("question", [
    "in total how many hours of Q&A sessions does the course have",
    "what's the total number of hours spent in q&as",
    "q&a hours overall?",
])
def test_undated_session_counted_by_its_weekly_slot(ask, question):
    a = ask(question, now=WEEK4)
    assert a.text.startswith("7 hours")
    assert "weekly timetable slot" in a.text and "week 2" in a.text


@pytest.mark.parametrize("question", [
    "how many hours of tutorials are there overall",
    "how many hours of q&a are still to come",  # (week 2's is past: nothing by the slot)
])
def test_dated_sessions_only_no_slot_note(ask, question):
    a = ask(question, now=WEEK4)
    assert "weekly timetable slot" not in a.text
    assert re.match(r"\d+ hours", a.text)


@pytest.mark.parametrize("question", [
    "say I attend each q&a session, how many is that",
    "turning up to every single q&a, how many would i go to",
    "how many q&as are there if i go to all of them",
])
def test_how_many_in_any_form_leads_with_the_count(ask, question):
    a = ask(question, now=WEEK4)
    assert re.match(r"(?:The course page lists )?(?:7 |6 Q&A sessions and 1 panel)", a.text), a.text


def test_every_session_listed_without_a_count_keeps_its_heading(ask):
    a = ask("list every q&a session", now=WEEK4)
    assert a.text.startswith("Q&A sessions:")


# The session that goes with a lecture is the one of the lecture's week.
@pytest.mark.parametrize(("question", "week", "kind"), [
    ("lecture 1 - is there a tutorial for that", 2, "tutorial"),
    ("finished lecture 14, which q&a goes with it?", 4, "qa"),
    ("is there a tutorial accompanying the inception lecture", 4, "tutorial"),
    ("is there a tutorial that goes with the VAE lecture", 5, "tutorial"),
    ("the lecture about resnets - what week is it and is there a tutorial for it?", 4,
     "tutorial"),
])
def test_session_for_a_lecture_is_its_weeks(ask, question, week, kind):
    a = ask(question, now=WEEK4)
    assert "same week" in a.text
    sessions = [e for e in a.events if e.kind == kind]
    assert sessions and {e.week for e in sessions} == {week}


@pytest.mark.parametrize(("question", "tutorial"), [
    ("is there a tutorial for GANs", "T06"),  # (a topic, no lecture: the tutorial on it)
    ("when is the tutorial for batch norm", "T05"),
])
def test_tutorial_for_a_topic_is_not_a_weeks(ask, question, tutorial):
    a = ask(question, now=WEEK4)
    assert "same week" not in a.text and tutorial in a.text


def test_same_week_as_keeps_its_reading(ask):
    a = ask("is there a q&a in the same week as lecture 5", now=WEEK4)
    assert "Yes" in a.text and {e.week for e in a.events if e.kind == "qa"} == {3}


# A weekday with a kind of session, when now is outside the course or the kind never falls
# on that day, asks the course's weekly timetable (and, asked where, how it is held).
YEARS_LATER = "2026-12-07T10:00"


@pytest.mark.parametrize(("question", "now"), [
    ("where is the friday tutorial held", YEARS_LATER),
    ("which building is the tuesday tutorial in", YEARS_LATER),
    ("what room is monday's q&a in", YEARS_LATER),
    ("where is the friday tutorial held", WEEK4),  # (never on a friday)
])
def test_weekday_and_place_is_the_timetable(ask, question, now):
    a = ask(question, now=now)
    assert "The timetable puts" in a.text and "Tuesdays" in a.text
    assert "MS Teams" in a.text and "no room" in a.text
    assert "2026" not in a.text


@pytest.mark.parametrize("question", [
    "where is the tuesday tutorial held",  # (in term, on its day: the coming one)
    "where is the q&a on tuesday",
])
def test_weekday_of_the_kind_in_term_keeps_its_date(ask, question):
    a = ask(question, now=WEEK4)
    assert "Tue 9 Feb 2021" in a.text and "The timetable puts" not in a.text


# An assessment named by a common word the page does not use: none listed, and what is.
@pytest.mark.parametrize("question", [
    "when is the mid-term test",
    "how much is the midsem worth",
    "is there a viva for the coursework?",
])
def test_unlisted_assessment_is_said_missing(ask, question):
    a = ask(question, now=WEEK4)
    assert a.text.startswith("The course page lists no ")
    assert "50%" in a.text and "3 tasks" in a.text


@pytest.mark.parametrize("question", [
    "my other module has a midterm on 9 feb 10-11, will I miss anything here?",
    "i've got a viva for my degree project on 2 mar at 11, does that clash with anything",
])
def test_ones_own_assessment_elsewhere_is_a_busy_time_not_ours(ask, question):
    a = ask(question, now=WEEK4)
    assert not a.text.startswith("The course page lists no "), a.text


def test_a_midterm_asked_of_my_module_is_this_courses(ask):
    # ("my module" is this one: only another course's words set the question aside)
    a = ask("is there a midterm in my module?", now=WEEK4)
    assert a.text.startswith("The course page lists no midterm"), a.text


def test_exam_date_keeps_its_reading(ask):
    a = ask("what date is the exam", now=WEEK4)
    assert "lists no" not in a.text and "doesn't give the exam's date" in a.text


@pytest.mark.parametrize("question", [
    "is everything on the final exam?",
    "will the exam test every lecture?",
    "is the exam on all of the course",
])
def test_exam_over_the_whole_course_is_the_examinable_lectures(ask, question):
    a = ask(question, now=WEEK4)
    assert "examinable" in a.text and "doesn't say" not in a.text


# This course's code beside another's in one question: this course's fact, the other unknown.
@pytest.mark.parametrize("question", [
    "is the 70010 exam and the 70050 exam both 50 percent?",
    "are 70050 and 70010 exams each worth half the mark?",
])
def test_two_courses_in_one_question(ask, question):
    a = ask(question, now=WEEK4)
    assert not a.text.startswith("Yes") and "50%" in a.text.splitlines()[0]
    assert "says nothing about 70050" in a.text


@pytest.mark.parametrize(("question", "start"), [
    ("is the 70010 exam worth 50%", "Yes"),  # (this course alone: as before)
    ("is the 70050 exam worth 50%", "I only know about 70010"),  # (another alone)
])
def test_one_course_named_keeps_its_reading(ask, question, start):
    assert ask(question, now=WEEK4).text.startswith(start)
