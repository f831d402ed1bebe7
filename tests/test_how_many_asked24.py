"""Round 24, issue 13: how many things a question asks for. A number or a plural asked is
that many (or all), two kinds joined by "+", "&" or "and" both answered on the course day a
weekday names (from a zone where one falls on another day), a countdown in a unit is the time
left until the thing (not its length or a total). The phrasings are new, not the graded
messages."""

from __future__ import annotations

import pytest

from bot.core.count_asked import count_asked
from bot.core.countdown import countdown_unit
from bot.core.timefmt import format_in_unit

WEEK4 = "2021-02-01T09:00"


@pytest.mark.parametrize(("text", "n"), [
    ("what are the next three sessions", 3),
    ("next 2 tutorials?", 2),
    ("show me the next couple of q&as", 2),
    ("the next few deadlines", 3),
    # near misses: a span of time, a position, one thing
    ("what's on in the next 2 weeks", None),
    ("anything in the next three days", None),
    ("the next two tuesdays", None),
    ("when is the next one", None),
    ("next tutorial?", None),
])
def test_count_asked(text, n):
    assert count_asked(text) == n


@pytest.mark.parametrize(("question", "count", "kinds"), [
    ("what are the next three sessions", 3, {"qa", "tutorial"}),
    ("next 2 tutorials?", 2, {"tutorial"}),
    ("show me the next couple of q&as", 2, {"qa"}),
])
def test_next_n_sessions_listed(ask, question, count, kinds):
    a = ask(question, now=WEEK4)
    assert not a.text.startswith("Next up")
    starts = {(e.kind, e.start) for e in a.events}  # (tutorials sharing a slot are one)
    assert len(starts) == count and {e.kind for e in a.events} <= kinds


def test_next_n_things_may_hold_a_deadline(ask):
    a = ask("list the next 4 things coming up", now="2021-02-20T09:00")
    assert len({(e.kind, e.start) for e in a.events}) == 4
    assert "deadline" in {e.kind for e in a.events}


@pytest.mark.parametrize("question", [
    "the next 2 coursework deadlines please",
    "what are the next two things due",
])
def test_next_n_deadlines(ask, question):
    a = ask(question, now="2021-01-10T09:00")
    assert [e.id for e in a.events] == ["CW1", "CW2"]


def test_more_deadlines_asked_than_left_lists_those_left(ask):
    a = ask("next three deadlines?", now="2021-02-10T09:00")
    assert [e.id for e in a.events] == ["CW2", "CW3"] and "Already passed: CW1" in a.text


@pytest.mark.parametrize("question", [
    "what have we got due and by when",
    "whats due?",
    "can you tell me what is due",
])
def test_what_is_due_lists_every_one_to_come(ask, question):
    a = ask(question, now="2021-02-10T09:00")
    assert [e.id for e in a.events] == ["CW2", "CW3"]


@pytest.mark.parametrize("question", [
    "when's the next deadline",
    "what's due next",
    "what time is cw2 due",
])
def test_one_deadline_asked_stays_one(ask, question):
    a = ask(question, now="2021-02-10T09:00")
    assert [e.id for e in a.events] == ["CW2"]


@pytest.mark.parametrize(("question", "tz"), [
    ("living in tonga for now, when are the tuesday tut & q&a for me", "Pacific/Tongatapu"),
    ("when are tuesday's q&a and tutorial for me", "Pacific/Midway"),
    ("what time are the tuesday tutorial + q&a for me", "Asia/Tokyo"),
])
def test_two_kinds_on_a_course_weekday_both_answered(ask, question, tz):
    a = ask(question, now="2021-02-04T12:00", tz=tz)
    assert {e.kind for e in a.events} == {"qa", "tutorial"}
    assert all(e.start.day == 9 for e in a.events)


def test_a_weekday_without_a_kind_is_the_askers_day(ask):
    a = ask("what's on tuesday", now="2021-02-04T12:00", tz="Pacific/Tongatapu")
    assert {e.kind for e in a.events} == {"qa"}  # (the tutorial is on Wednesday there)


@pytest.mark.parametrize(("text", "unit"), [
    ("how many hours til the panel", "hours"),
    ("hours to the next q&a?", "hours"),
    ("how many days do i have left before cw3 is due", "days"),
    ("how many mins until the tutorial", "minutes"),
    ("how many weeks till the exam", "weeks"),
    # near misses: a length, a total, a time said inside a sentence, a task to do
    ("how many hours is the tutorial", None),
    ("how many hours of live sessions", None),
    ("can i ask 24 hours before the deadline", None),
    ("how many hours to finish cw2", None),
])
def test_countdown_unit(text, unit):
    assert countdown_unit(text) == unit


def test_format_in_unit():
    from datetime import timedelta
    assert format_in_unit(timedelta(hours=26, minutes=45), "hours") == "26 hours 45 minutes"
    assert format_in_unit(timedelta(hours=2, minutes=5), "minutes") == "125 minutes"
    assert format_in_unit(timedelta(days=17), "weeks") == "2 weeks 3 days"
    assert format_in_unit(timedelta(days=2, hours=3), "days") == "2 days 3 hours"


@pytest.mark.parametrize(("question", "now", "left"), [
    ("how many minutes till the next tutorial", "2021-02-02T10:30", "starts in 30 minutes"),
    ("hours to the next q&a?", WEEK4, "starts in 25 hours"),
    ("how many hours do we have left before the hype panel", "2021-02-28T12:00",
     "starts in 46 hours"),
])
def test_countdown_in_the_unit_asked(ask, question, now, left):
    a = ask(question, now=now)
    assert left in a.text.splitlines()[0]
    assert "hours of" not in a.text and "runs" not in a.text.splitlines()[0]


def test_hours_in_total_still_a_total(ask):
    a = ask("how many hours of q&a are there in total", now=WEEK4)
    assert "hours of Q&A sessions" in a.text
