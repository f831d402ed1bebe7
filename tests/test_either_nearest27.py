"""Alternatives offered by the student ("tonight or tomorrow morning?") when the event lies
just outside one side's part of the day: the nearer side is answered with the exact time in
the asker's zone, never "neither"; a side wrong by its date or clock stays wrong."""

from __future__ import annotations

import pytest

# Tuesday sessions at 10:00 and 11:00 London are 04:00 and 05:00 in Chicago.
CHICAGO_MONDAY_NIGHT = "2021-02-15T20:30-06:00"


@pytest.mark.parametrize("question, lead", [
    ("tut: this evening or early tomorrow morning for me?",
     "Tomorrow morning, not in the evening: at 05:00 on Tue 16 Feb"),
    ("will the q&a be tonight or tomorrow morning my time",
     "Tomorrow morning, not tonight: at 04:00 on Tue 16 Feb"),
    ("for me is the next tutorial in the morning or in the afternoon",
     "In the morning, not in the afternoon: at 05:00 on Tue 16 Feb"),
])
def test_the_nearer_side_is_answered_with_the_time(ask, question, lead):
    text = ask(question, now=CHICAGO_MONDAY_NIGHT, tz="America/Chicago").text
    assert text.startswith(lead), text
    assert "neither" not in text.lower(), text


@pytest.mark.parametrize("question", [
    "is the next tutorial at 8 or at 9 for me",  # a clock said: wrong is wrong
    "is the next tutorial in the afternoon or in the evening",  # far from both
])
def test_sides_wrong_by_clock_or_date_stay_neither(ask, question):
    text = ask(question, now=CHICAGO_MONDAY_NIGHT, tz="America/Chicago").text
    assert text.startswith("No, neither"), text


def test_a_side_that_holds_is_still_picked_as_before(ask):
    text = ask("is the tutorial morning or afternoon?", now="2021-02-15T10:00").text
    assert text.startswith("In the morning, not in the afternoon:"), text


def test_relative_days_in_the_small_hours_get_no_neither_verdict(ask):
    """After midnight a student's 'tomorrow' may mean the coming daytime: no 'No, neither'
    lead on the words, only the listing; the same words the evening before are answered."""
    early = ask("is the tutorial tonight or tomorrow, cant remember", now="2021-02-16T01:10").text
    assert not early.startswith("No, neither"), early
    assert "Tue 16 Feb" in early
    evening = ask("is the tutorial tonight or tomorrow, cant remember",
                  now="2021-02-15T20:00").text
    assert evening.startswith("Tomorrow, not tonight"), evening
