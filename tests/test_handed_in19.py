"""Round 19: a hand-in time the writer states, checked against the deadline, in the zone it is
said in: plainly before or after it, and a TA offered when it was late. Phrasings written
for the test."""

from __future__ import annotations

import pytest

NOW = "2021-03-12T12:00"


@pytest.mark.parametrize(("text", "lead"), [
    ("CATe shows I submitted cw3 at 2:30pm my time (NY) on March 9, was that before the "
     "deadline?", "No:"),
    # (asked whether it was late: it was, so yes; round 28)
    ("handed in coursework 3 at 11am tokyo time on march 10, was that late?", "Yes:"),
])
def test_a_hand_in_after_the_deadline_is_said_late(ask, text, lead):
    a = ask(text, NOW)
    assert a.intent == "deadline", a.text
    assert a.text.startswith(lead) and "after the CW3 deadline" in a.text, a.text
    assert "ask a TA" in a.text


@pytest.mark.parametrize("text", [
    "i uploaded task 2 at 6:45pm on the day it was due, was i in time?",
    "submitted cw2 at 1:30pm new york time on feb 23, was that before the deadline?",
])
def test_a_hand_in_before_the_deadline_is_said_in_time(ask, text):
    a = ask(text, NOW)
    assert a.intent == "deadline", a.text
    assert a.text.startswith("Yes:") and "before the CW2 deadline" in a.text, a.text
    assert "ask a TA" not in a.text
