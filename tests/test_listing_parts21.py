"""Round 21: listings that left out part of the answer. A span of days a week or longer
("the next fortnight", "the next 10 days") names the course weeks starting in it, so what the
page places only in a week (the pre-recorded lectures, a quiz) is listed with it; and a word the
vocabulary lacks made of two cue words ("bookmarks") is no two words ("book marks") that turn
a question on where the materials are into one on the weighting and the book."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message, now, weeks", [
    ("what is happening over the next fortnight?", "2021-01-27T12:00", [4, 5]),
    ("anything on in the next 10 days", "2021-02-10T12:00", [6]),
    ("what have we got coming up in the next three weeks", "2021-02-01T08:00", [4, 5, 6]),
    ("schedule for the coming 2 weeks pls", "2021-01-18T09:00", [2, 3]),
])
def test_a_span_of_days_lists_the_lectures_placed_in_its_weeks(ask, message, now, weeks):
    answer = ask(message, now=now)
    for week in weeks:
        assert f"Pre-recorded lectures for week {week}:" in answer.text, answer.text
    # (a week begun before the span: its lectures are out already)
    assert f"Pre-recorded lectures for week {weeks[0] - 1}:" not in answer.text, answer.text


def test_a_span_of_days_says_what_the_page_notes_of_its_weeks(ask):
    answer = ask("whats happening the next 2 weeks", now="2021-01-09T08:00")
    assert "No lectures, no tutorials." in answer.text, answer.text
    assert "Pre-recorded lectures for week 2:" in answer.text, answer.text


def test_a_short_span_adds_no_weeks(ask):
    answer = ask("anything on in the next 3 days", now="2021-02-10T12:00")
    assert "Pre-recorded lectures for week 5" not in answer.text, answer.text


@pytest.mark.parametrize("message", [
    "lost my bookmarks, where are the recordings and slides kept",
    "my browser wiped all my bookmarks lol where do i find the notes and coursework again",
    "where are the tutorial notebooks kept? bookmarks gone after a reinstall",
])
def test_lost_bookmarks_ask_where_the_materials_are(ask, message):
    answer = ask(message, now="2021-02-03T18:00")
    assert "Materials and CATe" in answer.text, answer.text
    assert "50%" not in answer.text and "Dive into" not in answer.text, answer.text


# Whether anything must be attended, asked of a day or a week: what it holds (week 1 has no
# sessions and a note saying so), not how the course is given nor whether attendance is
# compulsory; an ordinal week before a day ("first week tomorrow") counts no weeks on.
@pytest.mark.parametrize("message, now", [
    ("first wk starts tomorrow, will i need to be online for anything?", "2021-01-10T18:00"),
    ("do we need to be on teams for anything this week?", "2021-01-12T09:00"),
    ("week 1 starts on monday, do i have to attend anything live?", "2021-01-09T12:00"),
    ("do i need to show up to anything tomorrow", "2021-01-10T19:00"),
])
def test_attending_anything_then_is_what_that_time_holds(ask, message, now):
    answer = ask(message, now=now)
    assert answer.intent == "schedule", (answer.intent, answer.text)
    assert "Week 1 (11 Jan - 17 Jan 2021): No lectures, no tutorials." in answer.text, answer.text


def test_attending_anything_on_a_day_with_sessions_lists_them(ask):
    answer = ask("do i need to be online for anything tomorrow", now="2021-02-01T19:00")
    assert answer.intent == "schedule", (answer.intent, answer.text)
    assert "Tue 2 Feb 2021, 10:00-11:00 GMT: Q&A session" in answer.text, answer.text


@pytest.mark.parametrize("message", ["do i have to attend the tutorials?",
                                     "is attendance compulsory for anything tomorrow"])
def test_whether_attendance_is_required_stays_a_rule_not_stated(ask, message):
    assert ask(message, now="2021-01-10T19:00").intent == "not_on_page"
