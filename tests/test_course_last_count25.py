"""The last N of a kind over the whole course ("the final two lectures", "the last three
tutorials of the module"): the course's last ones, over or not, those placed only in a week
in their place; "the last two tutorials" alone stays the most recent ones (round 25).
Phrasings written for the test."""

from __future__ import annotations

from bot.core.count_asked import course_end_asked, past_count_asked
from tests.conftest import ids

NOW = "2021-02-03T12:00"


def test_the_last_lectures_of_the_course_include_the_pre_recorded_ones(ask):
    a = ask("which are the very last 3 lectures", now=NOW)
    assert a.text.startswith("The last 3 lectures of the course:"), a.text
    assert ids(a) == ["L20", "L21", "L22"], ids(a)


def test_the_final_sessions_of_a_dated_kind_are_the_courses_last(ask):
    a = ask("show me the final two tutorials", now=NOW)
    assert a.text.startswith("The last 2 tutorials of the course:"), a.text
    assert "T09" in ids(a) and "TUT-W8" in ids(a) and "T06" not in ids(a), ids(a)
    a = ask("the last 2 q&as of this module?", now=NOW)
    assert a.text.startswith("The last 2 Q&A sessions of the course:"), a.text


def test_the_last_few_alone_are_the_most_recent(ask):
    a = ask("the last two tutorials", now=NOW)
    assert "of the course" not in a.text and "T09" not in ids(a), a.text


def test_the_count_and_its_scope_are_read_from_the_words():
    assert past_count_asked("the final four quizzes") == 4
    assert course_end_asked("the final four quizzes")
    assert course_end_asked("last two lectures in the whole course")
    assert not course_end_asked("the last two tutorials")
    assert past_count_asked("final mark split?") is None
