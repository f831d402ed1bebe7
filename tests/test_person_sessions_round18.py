"""A person's sessions asked outside the term (round 18): "spies - what sessions is he on"
after the course (or before it) lists that person's sessions, not the weekly slot of every
kind the question names."""

from __future__ import annotations

import pytest

from tests.conftest import ids


@pytest.mark.parametrize("question, now", [
    ("spies - what sessions is he/she on", "2021-06-01T12:00"),
    ("spies: sessions?", "2021-06-01T12:00"),
    ("Stacey, which tutorials is she on", "2021-05-10T09:00"),
    ("kainz - sessions pls", "2020-12-01T09:00"),
    ("sessions with barmpas?", "2021-07-01T09:00"),
])
def test_a_persons_sessions_outside_the_term_are_theirs(ask, question, now):
    a = ask(question, now=now)
    assert a.intent == "people"
    assert "The timetable puts" not in a.text
    assert ids(a)


def test_the_slot_of_a_kind_outside_the_term_stays_the_slot(ask):
    a = ask("when are the tutorials", now="2021-06-01T12:00")
    assert "The timetable puts tutorials on Tuesdays" in a.text
