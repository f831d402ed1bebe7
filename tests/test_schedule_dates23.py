"""Dates and spans of dates as students write them (round 23): a numeric date with a part
past 12 is that day whichever order the course writes; an ambiguous one is read the
course's way unless only the other way falls in the course; a span written month first
("apr 3 to apr 19", "from may 2 till 9") or a half of a month is the whole span. The
phrasings are the developer's own."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core.text import normalize
from bot.core.understand import spoken_ids
from bot.core.when import CourseCalendar, parse_time
from tests.conftest import LONDON

_CAL = CourseCalendar(LONDON, {n: date(2021, 1, 11) + timedelta(weeks=n - 1)
                               for n in range(1, 10)})
_US = CourseCalendar(LONDON, _CAL.week_starts, month_first=True)
_NOW = datetime(2021, 1, 20, 12, tzinfo=LONDON)


def _span(text: str, cal: CourseCalendar = _CAL) -> tuple[date, date] | None:
    w = parse_time(spoken_ids(normalize(text)), _NOW, LONDON, cal).window
    return None if w is None else (w.start.date(), (w.end - timedelta(days=1)).date())


@pytest.mark.parametrize("text, day", [
    ("anything on 1/26?", date(2021, 1, 26)),        # month first, day past 12
    ("what's happening 2/17", date(2021, 2, 17)),
    ("tutorial on 19/1?", date(2021, 1, 19)),        # day first, as the course writes
    ("which q&a was on 2/9", date(2021, 2, 9)),      # 2 Sep is far from the course: 9 Feb
])
def test_a_numeric_date_is_a_day_of_the_course(text, day):
    assert _span(text) == (day, day)


def test_a_numeric_date_past_12_is_read_in_a_month_first_course_too():
    assert _span("anything on 22/2", _US) == (date(2021, 2, 22), date(2021, 2, 22))
    assert _span("anything on 2/22", _US) == (date(2021, 2, 22), date(2021, 2, 22))


def test_an_ambiguous_numeric_date_in_the_course_is_read_the_courses_way():
    assert _span("what about 2/3") == (date(2021, 3, 2), date(2021, 3, 2))
    assert _span("what about 2/3", _US) == (date(2021, 2, 3), date(2021, 2, 3))


@pytest.mark.parametrize("text, first, last", [
    ("anything due jan 20 to feb 12", date(2021, 1, 20), date(2021, 2, 12)),
    ("tutorials from feb 2 till feb 16?", date(2021, 2, 2), date(2021, 2, 16)),
    ("what's on between jan 25 and feb 5", date(2021, 1, 25), date(2021, 2, 5)),
    ("any sessions feb 1 - 7", date(2021, 2, 1), date(2021, 2, 7)),
    ("anything from march 2 until 12", date(2021, 3, 2), date(2021, 3, 12)),
])
def test_a_span_written_month_first_is_every_day_of_it(text, first, last):
    assert _span(text) == (first, last)


@pytest.mark.parametrize("text, first, last", [
    ("deadlines in the first half of feb", date(2021, 2, 1), date(2021, 2, 15)),
    ("anything in the latter half of january?", date(2021, 1, 16), date(2021, 1, 31)),
    ("what's on during the second half of march", date(2021, 3, 16), date(2021, 3, 31)),
])
def test_a_half_of_a_month_is_its_days(text, first, last):
    assert _span(text) == (first, last)


@pytest.mark.parametrize("text", [
    "feb 3 and the quiz, same day?",      # "and" joins a span only after "between"
    "jan 26 10 to 11 anything?",          # hours after the day
    "is the q&a on feb 9 at 10 to 11",
])
def test_a_day_with_hours_or_another_thing_stays_one_day(text):
    span = _span(text)
    assert span is not None and span[0] == span[1]


def test_a_half_of_the_course_is_still_its_weeks():
    assert _span("deadlines in the second half of term") == (date(2021, 2, 15),
                                                             date(2021, 3, 14))


def test_a_span_answers_every_event_in_it(ask):
    answer = ask("anything due jan 30 to feb 20?", now="2021-01-25T09:00")
    assert [e.id for e in answer.events] == ["CW1"]
    answer = ask("what's on from feb 15 till feb 17", now="2021-01-25T09:00")
    assert "QA-W6" in [e.id for e in answer.events]
