"""A clock time said with "at" and a half of the day ("at 3 pm") has one reading, as "3pm" has;
a bare "at 7" keeps both; a hand-in time said so is checked against the deadline."""
from __future__ import annotations

import pytest

from bot.core.when import clock_minute, clock_readings


@pytest.mark.parametrize("text, hours, minute", [
    ("is the q&a at 10 am tuesday", {10}, 0),
    ("submitted at 11 pm", {23}, 0),
    ("at 3 pm on friday", {15}, 0),
    ("at 7:30 pm", {19}, 30),
    ("see you at 7", {7, 19}, 0),
])
def test_a_clock_time_said_with_at(text, hours, minute):
    assert clock_readings(text) == frozenset(hours)
    assert clock_minute(text) == minute


@pytest.mark.parametrize("question, lead", [
    ("i uploaded cw1 at 8 pm on 5 feb, was that before the deadline?", "No:"),
    ("handed in cw1 at 6 pm on 5 feb, was that in time?", "Yes:"),
])
def test_a_hand_in_said_at_an_hour_with_its_half_of_the_day(ask, question, lead):
    a = ask(question, now="2021-02-06T10:00")
    assert a.text.startswith(lead), a.text
