"""Round 29 (F, c): a line of the timetable quoted back, then a short question about it
("is this a weekly thing?", "what's that in my time?", "is that online?"): the question is
about the quoted session. Asked whether it recurs, the answer is its kind's weekly slot and
the weeks the page lists, with the quoted session first. Phrasings written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "first"), [
    ("> Tue 16 Feb 2021, 11:00-12:00 GMT: Tutorial\ndoes this happen every week?", "week 6's"),
    ("Tue 2 Feb 10:00 Q&A session\nis that on weekly?", "week 4's"),
    ("tutorial 8: will it be every week or just once?", "week 6's"),
])
def test_a_quoted_session_asked_to_recur_gets_its_kinds_weeks(ask, question, first):
    a = ask(question)
    assert a.intent == "schedule" and a.answered, a.text
    lines = a.text.split("\n")
    assert first in lines[0] and len(lines) > 1, a.text  # the session, then its kind's weeks
    assert "week" in lines[1], a.text


def test_a_quoted_line_converted_to_the_askers_zone(ask):
    a = ask("> Tue 16 Feb 2021, 10:00-11:00 GMT: Q&A session\nwhen is that where i am?",
            tz="America/Chicago")
    assert "04:00-05:00 CST" in a.text, a.text


@pytest.mark.parametrize("question", [
    "is the tutorial on tue 16 feb at 11?",  # one session's time, not its recurrence
    "what's on every week?",  # no session pointed back to
])
def test_no_session_pointed_back_is_no_recurrence_of_one(ask, question):
    a = ask(question)
    assert "That one is week" not in a.text, a.text
