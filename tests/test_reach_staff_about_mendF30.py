"""A request to reach the staff ABOUT something ("how do I message the tutors about the
readings"): the route is what is asked (the forum, the Q&A sessions, a TA); the subject only
colours it, and is not answered as a question of its own. The phrasings are new (round 30)."""

from __future__ import annotations

import pytest

_NOW = "2021-02-18T10:00"


@pytest.mark.parametrize(("question", "subject"), [
    ("what's the proper way to contact the lecturers about the slides?", "the slides"),
    ("how do i reach the teaching team regarding lecture 22", "lecture 22"),
    ("can i email a tutor about the tutorial sheets", "the tutorial sheets"),
    ("best way to get in touch with the staff about the readings", "the readings"),
])
def test_the_route_is_given_coloured_by_the_subject(ask, schedule, question, subject):
    a = ask(question, now=_NOW)
    assert a.intent == "logistics" and a.answered
    assert f"about {subject}" in a.text
    assert schedule.course.forum.name in a.text
    assert "ask a TA" in a.text


def test_without_about_the_plain_route(ask, schedule):
    a = ask("how would i get hold of the lecturer", now=_NOW)
    assert a.answered and schedule.course.forum.name in a.text
    assert "the same routes as for any question" not in a.text


@pytest.mark.parametrize("question", [
    "what is lecture 22 about",  # a lecture's subject, no staff to reach
    "who marks task 2",
])
def test_near_misses_keep_their_answers(ask, question):
    a = ask(question, now=_NOW)
    assert "To reach the teaching team" not in a.text
