"""Schedule questions from round 21's blind set (issue 13): a day listing includes a
session the page lists that week with no time when its weekly timetable slot falls on that
day (marked "no time given")."""

from __future__ import annotations

import pytest

from tests.conftest import ids


@pytest.mark.parametrize("question, now", [
    ("what was on 19 January?", "2021-03-01T12:00"),
    ("anything on jan 19th", "2021-01-15T12:00"),
    ("what's happening on tuesday 19/01", "2021-01-15T12:00"),
    ("what did we have on the 19th of january", "2021-02-01T09:00"),
])
def test_a_day_lists_the_untimed_session_in_its_slot(ask, question, now):
    a = ask(question, now=now)
    found = ids(a)
    assert "QA-W2" in found and "T01" in found
    assert found.index("QA-W2") < found.index("T01")  # the Q&A slot comes first
    assert "no time given" in a.text


@pytest.mark.parametrize("question", [
    "what's on wednesday 20 jan",
    "anything on 26 jan?",
])
def test_other_days_do_not_gain_it(ask, question):
    assert "QA-W2" not in ids(ask(question, now="2021-01-15T12:00"))


@pytest.mark.parametrize("question", [
    "who gives the guest lecture?",
    "who's the speaker for the live lecture?",
    "who is presenting the guest lecture in week 7",
])
def test_the_live_lectures_speaker_is_named(ask, question):
    a = ask(question, now="2021-01-15T12:00")
    assert a.answered and "L22" in ids(a)
    assert all(e.staff for e in a.events)  # only the lectures the page names a speaker for
