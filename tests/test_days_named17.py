"""Single days named relative to now or in words (round 17): "the thursday after next", "a
week on monday", "wednesday fortnight", "the second of march", "over the weekend" are one
day (or the weekend's two), answered for that day with what is just before and after when
nothing is on it. The phrasings are the developer's own."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core.text import normalize
from bot.core.when import CourseCalendar, parse_time
from tests.conftest import LONDON

_CAL = CourseCalendar(LONDON, {n: date(2021, 1, 11) + timedelta(weeks=n - 1)
                               for n in range(1, 10)})
_THU = datetime(2021, 1, 28, 15, tzinfo=LONDON)  # a Thursday


def _days(text: str) -> tuple[date, date] | None:
    w = parse_time(normalize(text), _THU, LONDON, _CAL).window
    return None if w is None else (w.start.date(), (w.end - timedelta(days=1)).date())


@pytest.mark.parametrize("text, day", [
    ("is there anything the monday after next", date(2021, 2, 8)),
    ("the thursday after next, what's on", date(2021, 2, 11)),
    ("what about a week on monday", date(2021, 2, 8)),
    ("tuesday week, any sessions?", date(2021, 2, 9)),
    ("what's happening a fortnight tomorrow", date(2021, 2, 12)),
    ("same day next week: anything due?", date(2021, 2, 4)),
    ("anything this day fortnight", date(2021, 2, 11)),
    ("two weeks on tuesday is what", date(2021, 2, 16)),
    ("whats on the second of march", date(2021, 3, 2)),
    ("anything on feb the twenty-third", date(2021, 2, 23)),
    ("what's on the ninth of feb", date(2021, 2, 9)),
])
def test_one_day_named_by_weeks_on_or_in_words_is_that_day(text, day):
    assert _days(text) == (day, day)


def test_the_weekend_asked_about_is_the_coming_one_not_one_told_of_or_every_one():
    assert _days("is anything due over the weekend") == (date(2021, 1, 30), date(2021, 1, 31))
    assert _days("what's on at the weekend?") == (date(2021, 1, 30), date(2021, 1, 31))
    assert _days("was ill at the weekend, what did i miss") is None
    assert _days("i work at the weekend, when is the q&a") is None


def test_a_course_week_or_a_word_that_begins_like_a_month_stays_as_it_was():
    assert _days("which task should i mark first") is None
    assert _days("the first week of march") == (date(2021, 3, 1), date(2021, 3, 7))


def test_a_day_after_next_is_answered_for_that_day(ask):
    a = ask("what's on the tuesday after next?", now="2021-01-20T10:00")
    assert "Tue 2 Feb 2021" in a.text and "26 Jan" not in a.text


def test_a_day_in_words_with_nothing_on_says_so_with_what_is_just_before_and_after(ask):
    a = ask("anything happening on the fourth of march", now="2021-01-20T10:00")
    assert a.text.startswith("Nothing is scheduled on Thu 4 Mar 2021")
    assert "Just before it: Tue 2 Mar 2021" in a.text and "Tue 9 Mar 2021" in a.text
    w = ask("anything on over the weekend?", now="2021-02-03T10:00")
    assert "Sat 6 Feb" in w.text and "Fri 5 Feb 2021, 19:00" in w.text  # CW1 just before
