"""A bare weekday asked of in the past tense, after that weekday in the same week, is the
one just gone; present or future tense keeps the one ahead."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core.text import normalize
from bot.core.when import CourseCalendar, parse_time
from tests.conftest import LONDON

_CAL = CourseCalendar(LONDON, {n: date(2021, 1, 11) + timedelta(weeks=n - 1)
                               for n in range(1, 10)})
_THURSDAY = datetime(2021, 2, 18, 15, 0, tzinfo=LONDON)


def _day(text: str) -> date:
    window = parse_time(normalize(text), _THURSDAY, LONDON, _CAL).window
    assert window is not None
    return window.start.date()


@pytest.mark.parametrize("text, day", [
    ("what went on tuesday? i was ill", date(2021, 2, 16)),
    ("did we cover anything important on monday", date(2021, 2, 15)),
    ("were there any sessions on wednesday", date(2021, 2, 17)),
    ("what happened in the class tuesday", date(2021, 2, 16)),
    ("hey, what was on monday?", date(2021, 2, 15)),
    ("what happened on friday", date(2021, 2, 12)),  # not yet come this week: last week's
])
def test_past_tense_is_the_day_just_gone(text: str, day: date) -> None:
    assert _day(text) == day


@pytest.mark.parametrize("text, day", [
    ("what's on tuesday", date(2021, 2, 23)),
    ("is there anything on monday", date(2021, 2, 22)),
    ("i was told the quiz is on wednesday", date(2021, 2, 24)),
    ("i missed the last one, will there be a tutorial tuesday?", date(2021, 2, 23)),
    ("what did i miss last monday", date(2021, 2, 15)),
    ("what was on thursday", date(2021, 2, 18)),  # today
])
def test_other_tenses_keep_todays_reading(text: str, day: date) -> None:
    assert _day(text) == day
