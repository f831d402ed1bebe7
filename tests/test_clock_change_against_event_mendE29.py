"""A clock change asked of a session or deadline named, from another zone: each zone's change
is said to come before or after that event, and the converted time given for it is said to
use both zones' clocks on its day. The phrasings are new."""

from __future__ import annotations

from datetime import date

import pytest

_NOW = "2021-02-01T09:00"


@pytest.mark.parametrize(("question", "tz"), [
    ("will daylight saving kick in before task 3 is due for me?", "America/Chicago"),
    ("i'm in auckland, does summer time ending shift the cw3 deadline for me?",
     "Pacific/Auckland"),
    ("does the clock change mess up the coursework 3 deadline where i live", "America/Denver"),
])
def test_each_change_is_set_against_the_event_asked(ask, schedule, question, tz):
    a = ask(question, now=_NOW, tz=tz)
    assert a.intent == "logistics" and a.answered
    due = schedule.event("CW3")
    changes = [line for line in a.text.splitlines() if line.startswith("The clocks change in")]
    assert changes
    for line in changes:
        # (the day of the change, as written, against the deadline's day)
        assert "That is after" in line or "That is before" in line
        assert due.title in line
    assert "already uses both zones' clocks" in a.text
    assert due.start.date() < date(2021, 3, 14)  # (so every change named here comes after)
    assert all("That is after" in line for line in changes)


def test_nothing_named_keeps_the_plain_answer(ask):
    a = ask("does the clock change affect anything left for me?", now=_NOW,
            tz="America/Chicago")
    assert "That is after" not in a.text and "already uses" not in a.text


def test_in_the_course_zone_no_conversion_is_claimed(ask):
    a = ask("do the clocks going forward move the cw3 deadline?", now=_NOW)
    assert "already uses both zones' clocks" not in a.text
