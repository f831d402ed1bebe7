"""Issue 13: schedule relations named by a person (what comes right after one's lecture or
tutorial), against a boundary of the term (the last live session before teaching stopped),
and counts of what is left asked with the deadlines."""
from __future__ import annotations

import pytest

from tests.conftest import ids

# --- next to a session named by who gives it -------------------------------------------------


@pytest.mark.parametrize("question", [
    "what happens straight after bronsteins lecture",
    "anything immediately after the lecture by bronstein?",
    "whats on directly after bronstein's lecture",
])
def test_right_after_a_persons_lecture_is_the_next_dated_thing(ask, question):
    a = ask(question, now="2021-03-12T10:00")  # (asked after the course)
    assert set(ids(a)) == {"QA-W7", "T09"}, a.text
    assert "last of its kind" not in a.text, a.text


@pytest.mark.parametrize(("question", "expected"), [
    ("what is straight after srinivasan's tutorial?", {"QA-W4"}),
    ("what comes right after the tutorial with Schmidtke", {"QA-W6"}),
    ("what's the session right after budd's tutorial", {"QA-W3"}),
])
def test_right_after_a_persons_tutorial_is_the_next_dated_thing(ask, question, expected):
    a = ask(question, now="2021-02-10T12:00")
    assert set(ids(a)) == expected, a.text


@pytest.mark.parametrize(("question", "expected"), [
    ("what comes after Schmidtke's tutorial", {"T07", "T08"}),
    ("which comes after the tutorial by schmidtke?", {"T07", "T08"}),
])
def test_after_a_persons_tutorial_is_the_next_tutorial(ask, question, expected):
    a = ask(question, now="2021-02-10T12:00")
    assert set(ids(a)) == expected, a.text


# --- the last session before a boundary of the term -----------------------------------------


@pytest.mark.parametrize("question", [
    "final live session before teaching ended?",
    "when was the last live session before the break",
    "which live session was the last one before classes finished",
])
def test_last_live_session_before_teaching_ended(ask, question):
    a = ask(question, now="2021-03-12T10:00")
    assert ids(a) == ["TUT-W8"], a.text


@pytest.mark.parametrize(("question", "expected"), [
    ("whats the last tutorial before the exam", ["TUT-W8"]),
    ("last q&a before the exams?", ["PANEL-W8"]),
])
def test_last_of_a_kind_before_the_undated_exam(ask, question, expected):
    a = ask(question, now="2021-02-12T10:00")
    assert ids(a) == expected, a.text
    assert "exam's date" in a.text, a.text


# --- how many are left, asked with the deadlines: both, each session listed once ---------------


@pytest.mark.parametrize("question", [
    "how many tutorials remain + what's still due",
])
def test_tutorials_left_counted_as_listed_with_the_deadlines(ask, question):
    a = ask(question, now="2021-02-10T10:00")
    # (the count said as a line of its own or as the lead of the list of those to come)
    assert "3 still to come" in a.text, a.text
    assert all(t in a.text for t in ("T07", "T09", "Tue 2 Mar 2021")), a.text
    assert "CW2" in a.text and "CW3" in a.text, a.text
