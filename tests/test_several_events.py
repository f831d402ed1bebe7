"""Questions over several events of the schedule (issue 13): each event a message joins
converted to the asker's zone, two events compared by day, a pre-recorded lecture set
against a session by week, who is named the week of a lecture the page gives nobody for,
the tutorial beside the notes on a topic, and the last tutorial's (missing) topic."""

from __future__ import annotations

import pytest

from tests.conftest import ids

MID_TERM = "2021-02-15T09:00"  # Monday of week 6


# --- each event named, in the asker's zone ----------------------------------------------------

@pytest.mark.parametrize(("question", "tz", "both", "local"), [
    ("brisbane here - the gcn tutorial and bronstein's q&a, what time for me?",
     "Australia/Brisbane", {"T09", "QA-W7"}, "21:00-22:00 AEST"),
    ("when r the week 5 q&a + the vae tut in my time", "Asia/Kolkata",
     {"QA-W5", "T06"}, "15:30-16:30 IST"),
    ("what times are lecture 22 and the cw3 deadline for me", "America/New_York",
     {"L22", "CW3"}, "05:00 EST"),
])
def test_each_event_joined_is_converted(ask, question, tz, both, local):
    a = ask(question, now=MID_TERM, tz=tz)
    assert both <= set(ids(a)), a.text
    assert local in a.text and "course time" in a.text, a.text


def test_deadlines_alone_keep_the_deadline_answer(ask):
    a = ask("when are cw2 and cw3 due", now=MID_TERM)
    assert a.intent == "deadline" and "from now" in a.text, a.text


# --- the same day ------------------------------------------------------------------------------

def test_deadline_and_lecture_on_the_same_day(ask):
    a = ask("is task 2 due on the same day as bronstein's lecture?", now=MID_TERM)
    assert a.text.startswith("Yes") and "Tue 23 Feb 2021" in a.text.splitlines()[0], a.text
    assert {"CW2", "L22"} <= set(ids(a))


def test_the_same_day_is_the_askers_day(ask):
    a = ask("does cw2 fall on the same day as the gnn lecture", now=MID_TERM, tz="Asia/Tokyo")
    head = a.text.splitlines()[0]
    assert head.startswith("No") and "Wed 24 Feb 2021" in head, a.text
    assert "course time both are on Tue 23 Feb 2021" in head, a.text


def test_different_days(ask):
    a = ask("is the cw1 deadline the same date as the batch norm tutorial", now=MID_TERM)
    head = a.text.splitlines()[0]
    assert head.startswith("No") and "Fri 5 Feb 2021" in head and "Tue 2 Feb 2021" in head


# --- a pre-recorded lecture against a session ------------------------------------------------

@pytest.mark.parametrize(("question", "lecture", "session"), [
    ("do i have to watch lecture 6 before tutorial 3?", "L06", "T03"),
    ("is the lenet lecture before or after tut 3", "L06", "T03"),
    ("gans lecture needed before the week 5 tutorial?", "L17", "T06"),
])
def test_lecture_in_the_sessions_week(ask, question, lecture, session):
    a = ask(question, now=MID_TERM)
    assert ids(a)[:2] == [lecture, session], a.text
    assert "same week" in a.text.splitlines()[0], a.text


def test_lecture_of_an_earlier_week(ask):
    a = ask("do i need the resnet lecture before tutorial 7", now=MID_TERM)
    assert ids(a)[:2] == ["L11", "T07"], a.text
    assert "comes before" in a.text and "week 4" in a.text, a.text


def test_lecture_of_a_later_week(ask):
    a = ask("should lecture 20 come before the cnn tutorial", now=MID_TERM)
    assert ids(a)[:2] == ["L20", "T03"], a.text
    assert "comes after" in a.text, a.text


# --- who gives a pre-recorded lecture ----------------------------------------------------------

@pytest.mark.parametrize(("question", "week_sessions", "qa_staff"), [
    ("who does the vae stuff", {"T06"}, "Li, Schmidtke"),
    ("who's the lecturer for the resnet lecture", {"T04", "T05"}, "Kainz, Reynaud"),
])
def test_recorded_lecture_gives_that_weeks_staff(ask, question, week_sessions, qa_staff):
    a = ask(question, now=MID_TERM)
    assert "doesn't say who gives the pre-recorded lectures" in a.text, a.text
    assert all(session in a.text for session in week_sessions), a.text
    assert "Q&A session (Tue" in a.text and qa_staff in a.text, a.text
    assert not a.answered  # who gives the lecture is still not on the page


# --- the notes on a topic, with its tutorial ---------------------------------------------------

def test_notes_on_a_topic_name_its_tutorial(ask):
    a = ask("what notes cover batch norm?", now=MID_TERM)
    assert "N07" in a.text and "T05" in a.text, a.text


# --- the last tutorial's topic -----------------------------------------------------------------

def test_last_tutorial_has_no_topic(ask):
    a = ask("what's the final tut about", now=MID_TERM)
    assert "no topic" in a.text and "T09 GCNs" in a.text, a.text
    assert "T01" not in a.text, a.text
