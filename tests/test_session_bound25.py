"""A session's time against a clock time said as a bound (round 25): "before"/"after" its
start, "over/done/finished by" its end, compared in the asker's zone as deadlines are.
Phrasings written for the test; near-misses keep their readings."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-03T12:00"  # (next: Q&A W5 Tue 9 Feb 10:00-11:00, tutorial T06 11:00-12:00)


@pytest.mark.parametrize(("question", "lead", "event"), [
    ("does the tutorial kick off before 1pm?", "Yes, it starts 2 hours before 13:00", "T06"),
    ("is the q&a after 10:30?", "No, it starts 30 minutes before 10:30", "QA-W5"),
    ("will the tut be finished by 11:30", "No, it ends 30 minutes after 11:30", "T06"),
    ("is the q&a session over before noon", "Yes, it ends 1 hour before 12:00", "QA-W5"),
    ("the week 7 tutorial starts after 10 right?", "Yes, it starts 1 hour after 10:00", "T09"),
])
def test_a_sessions_start_or_end_is_compared_with_the_bound(ask, question, lead, event):
    a = ask(question, now=NOW)
    assert a.text.startswith(lead), (question, a.text)
    assert event in ids(a), (question, ids(a))


def test_the_bound_is_read_in_the_askers_zone(ask):
    a = ask("is the q&a done by 6am my time?", now=NOW, tz="America/New_York")
    assert a.text.startswith("Yes, it ends exactly at 06:00 (EST)"), a.text


def test_equalities_deadlines_and_every_one_keep_their_answers(ask):
    a = ask("is the tutorial at 11?", now=NOW)
    assert "it starts" not in a.text, a.text
    a = ask("is task 2 due before 9pm?", now=NOW)
    assert a.intent == "deadline" and a.text.startswith("Yes, 2 hours before 21:00"), a.text
    a = ask("are the tutorials always before 12?", now=NOW)
    assert "it starts" not in a.text, a.text
