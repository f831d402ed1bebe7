"""Times are shown in the asker's zone with course time beside, across clock changes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.core.timefmt import format_instant, format_span
from bot.schedule import load_schedule
from tests.conftest import FIXTURES, ids

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(scope="module")
def dst_assistant(embedder) -> Assistant:
    s = load_schedule(FIXTURES / "dst_course.yaml")
    return Assistant(lambda: s, embedder)


def _ask(a: Assistant, q: str, now: datetime, tz: str):
    return a.answer(q, AskContext(now, ZoneInfo(tz)))


@pytest.mark.parametrize("qa_id, new_york, london", [
    # Before the US change: 5 hours apart.
    ("QA-W1", "Wed 10 Mar 2021, 05:00-06:00 EST", "10:00-11:00 GMT course time"),
    # US on summer time, UK not yet: 4 hours apart.
    ("QA-W2", "Wed 17 Mar 2021, 06:00-07:00 EDT", "10:00-11:00 GMT course time"),
    # Both on summer time: 5 hours apart again, and the course zone reads BST.
    ("QA-W4", "Wed 31 Mar 2021, 05:00-06:00 EDT", "10:00-11:00 BST course time"),
])
def test_session_rendered_across_dst(dst_assistant, qa_id, new_york, london):
    week = {"QA-W1": 1, "QA-W2": 2, "QA-W4": 4}[qa_id]
    a = _ask(dst_assistant, f"q&a in week {week}?", datetime(2021, 3, 1, tzinfo=LONDON),
             "America/New_York")
    assert ids(a) == [qa_id]
    assert f"{new_york} ({london})" in a.text


def test_event_json_offsets_follow_dst(dst_assistant):
    a = _ask(dst_assistant, "list all the q&a sessions", datetime(2021, 3, 1, tzinfo=LONDON),
             "Europe/London")
    starts = [e.start.isoformat() for e in a.events]
    assert starts == ["2021-03-10T10:00:00+00:00", "2021-03-17T10:00:00+00:00",
                      "2021-03-31T10:00:00+01:00"]
    assert "(" not in a.text.split("\n")[1]  # same zone: no course time in brackets


def test_deadline_on_the_night_of_the_uk_change(dst_assistant):
    # 23:30 BST on 28 March 2021 is 22:30 UTC; in New York (EDT) it is 18:30.
    a = _ask(dst_assistant, "when is cw1 due", datetime(2021, 3, 27, 22, 30, tzinfo=LONDON),
             "America/New_York")
    assert "Sun 28 Mar 2021, 18:30 EDT (23:30 BST course time)" in a.text
    # 25 hours later by the clock on the wall, but 24 real hours: the clocks went forward.
    assert "1 day from now" in a.text


def test_course_day_differs_from_asker_day(ask):
    # Tutorial T07 is Tue 16 Feb 11:00 London = 22:00 the same day in Sydney (AEDT, +11).
    a = ask("when is T07", tz="Australia/Sydney")
    assert "Tue 16 Feb 2021, 22:00-23:00 AEDT (11:00-12:00 GMT course time)" in a.text
    # CW2 at 19:00 London is 06:00 the next morning in Sydney: course day shown in full.
    a = ask("when is cw2 due", tz="Australia/Sydney")
    assert "Wed 24 Feb 2021, 06:00 AEDT (Tue 23 Feb 2021, 19:00 GMT course time)" in a.text


def test_tomorrow_is_the_askers_tomorrow(ask):
    # 23:30 Monday in London is already Tuesday 10:30 in Sydney: "tomorrow" is Wednesday there,
    # so nothing; for a London asker tomorrow is Tuesday 2 Feb, with the Q&A and tutorial.
    assert ids(ask("what's on tomorrow", now="2021-02-01T23:30")) == ["QA-W4", "T04", "T05"]
    a = ask("what's on tomorrow", now="2021-02-01T23:30", tz="Australia/Sydney")
    assert "Nothing is scheduled tomorrow" in a.text
    a = ask("what's on today", now="2021-02-01T23:30", tz="Australia/Sydney")
    assert "22:00-23:00 AEDT" in a.text and "T04" in ids(a)


def test_zone_without_abbreviation_gets_its_place():
    dt = datetime(2021, 2, 2, 10, 0, tzinfo=LONDON)
    text = format_instant(dt, ZoneInfo("Asia/Dubai"), LONDON)
    assert text == "Tue 2 Feb 2021, 14:00 Dubai time (10:00 GMT course time)"
    assert format_span(dt, dt.replace(hour=11), LONDON, LONDON) == "Tue 2 Feb 2021, 10:00-11:00 GMT"


@pytest.mark.parametrize(("question", "said"), [
    ("im on utc+5:30, when is the weekly q&a", "15:30"),  # the weekly slot in the zone named
    ("is utc+5:30 the same time as london?", "5h30 ahead"),  # how two zones relate
    ("the q&a is at 3:30pm for me right? im on utc+5:30", "15:30"),  # one's own clock time
])
def test_an_offset_with_minutes_is_a_zone_like_any_other(ask, question, said):
    # such an offset is a fixed zone with no IANA name: compared and shown by its own name
    a = ask(question, "2021-02-15T09:00")
    assert "UTC+05:30" in a.text and said in a.text
