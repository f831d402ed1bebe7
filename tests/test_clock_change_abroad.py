"""Round 17: a clock change asked of by a student in another zone: each zone's next change,
and whether any session or deadline still to come shows another time on their clock."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.handlers.clock_change import _changes

_NOW = "2021-02-01T10:00"


@pytest.mark.parametrize(("said", "place"), [
    ("I'm in Toronto, does the clock change affect anything left?", "Toronto"),
    ("in new york rn - will the clocks going forward shift any of my sessions", "New York"),
    ("does daylight saving mess up the remaining deadlines for me? (sydney)", "Sydney"),
])
def test_the_clock_change_abroad_is_answered_for_what_is_left(ask, said, place):
    a = ask(said, now=_NOW)
    assert a.answered and a.text.startswith("No:")  # the term ends before either change
    assert f"The clocks change in {place} on" in a.text
    assert "The clocks change in London on Sun 28 Mar 2021" in a.text


def test_the_asker_in_course_time_is_told_what_is_true_on_any_clock(ask):
    # (round 30: "a clock change there moves nothing on your clock" is false abroad)
    a = ask("do the clocks change before term ends?", now=_NOW)
    assert a.answered and "moves nothing on your clock" not in a.text
    assert "in London a clock change moves nothing" in a.text
    assert "a change in London or in your zone" in a.text


def test_each_change_is_found_on_its_day():
    start = datetime(2021, 3, 1, tzinfo=ZoneInfo("UTC"))
    end = datetime(2021, 11, 30, tzinfo=ZoneInfo("UTC"))
    found = [(at.date().isoformat(), a, b)
             for at, a, b in _changes(ZoneInfo("America/Toronto"), start, end)]
    assert found == [("2021-03-14", "EST", "EDT"), ("2021-11-07", "EDT", "EST")]
