"""The student's own times against the timetable (issue 13): another module's weekly slot
said before the question, being late for a session, an away window said by its two ends. The
phrasings are new, not the graded messages."""

from __future__ import annotations

from tests.conftest import ids

# --- another module's weekly slot, said in the part before the question ------------------------


def test_another_modules_weekly_slot_is_checked_against_every_session(ask):
    a = ask("I have another module tuesdays 10:30-11:30, which sessions clash")
    # every Q&A and tutorial meets it, not only the week where two sessions meet each other
    assert {"QA-W4", "QA-W5", "T06"} <= set(ids(a)) and "Tuesday 10:30-11:30" in a.text
    b = ask("my stats lectures are tuesdays 11:30-13:00. which DL sessions clash?")
    assert "T06" in ids(b) and "QA-W5" not in ids(b)
    c = ask("got a french lesson wednesdays 9-11, which of the sessions conflict with it?")
    assert ids(c) == [] and "Wednesday 09:00-11:00" in c.text


def test_two_sessions_at_once_without_an_own_time_still_is_the_overlap_question(ask):
    a = ask("do any of the sessions clash with each other?")
    assert "QA-W7" in ids(a) and "QA-W5" not in ids(a)
