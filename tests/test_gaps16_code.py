"""Round 16 code notes: whether a writer may be in danger is judged once per message, and
the last sessions before a time are grouped by the course's day, not by the offset a start
happens to be written with."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from bot.core import personal
from bot.core.course import Reader
from bot.core.handlers.course_wide import _last_before
from bot.schedule.model import Event

UTC = ZoneInfo("UTC")
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize("message", [
    "i don't want to be here anymore. when is cw2 due",
    "what's on tomorrow and who runs the tutorial",
    "can't do this anymore, the loss is nan again",
])
def test_danger_is_judged_once_per_message(ask, monkeypatch, message):
    calls: list[str] = []
    judged = personal._judged_in_crisis

    def counting(text: str) -> bool:
        calls.append(text)
        return judged(text)

    monkeypatch.setattr(personal, "_judged_in_crisis", counting)
    personal.in_crisis.cache_clear()
    ask(message, now="2021-02-10T09:00")
    assert calls.count(message) == 1, calls


def _session(ident: str, start: datetime) -> Event:
    return Event(id=ident, kind="tutorial", title=ident, start=start,
                 end=start + timedelta(hours=1), week=1)


@pytest.mark.parametrize("early, late", [
    # 00:30 and 10:00 on Tue 30 Mar 2021 in London (summer time): 23:30 UTC the day before
    (datetime(2021, 3, 29, 23, 30, tzinfo=UTC), datetime(2021, 3, 30, 9, 0, tzinfo=UTC)),
    # the autumn change: 00:15 and 18:00 on Sun 31 Oct 2021 in London
    (datetime(2021, 10, 30, 23, 15, tzinfo=UTC), datetime(2021, 10, 31, 18, 0, tzinfo=UTC)),
])
def test_the_last_sessions_before_a_time_are_those_of_the_courses_day(early, late):
    before_them = datetime(2021, 3, 1, tzinfo=LONDON)
    older = _session("A", before_them)
    view = SimpleNamespace(tz=LONDON, events=[older, _session("B", early), _session("C", late)])
    reader = Reader(now=before_them - timedelta(days=1), tz=LONDON)
    last = _last_before(view, {"tutorial"}, late + timedelta(days=1), reader)
    assert [e.id for e in last] == ["B", "C"]
