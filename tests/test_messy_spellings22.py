"""Round 22: messy messages. A day of the month asked about in the past tense is the nearest
such day gone by ("was the first tutorial on the 19th?" on 28 January is 19 January, not 19
February); ids typed glued to the words around them ("wheniscw2due") and letters drawn out
("weeek") are read as the words. Phrasings are the developer's own."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core.text import normalize
from bot.core.understand import spoken_ids
from bot.core.when import CourseCalendar, parse_time
from tests.conftest import LONDON

_CAL = CourseCalendar(LONDON, {n: date(2021, 1, 11) + timedelta(weeks=n - 1)
                               for n in range(1, 10)})
_NOW = datetime(2021, 1, 28, 12, tzinfo=LONDON)


def _day(text: str) -> date | None:
    w = parse_time(spoken_ids(normalize(text)), _NOW, LONDON, _CAL).window
    return None if w is None or w.end - w.start != timedelta(days=1) else w.start.date()


@pytest.mark.parametrize("text, day", [
    ("was the first tutorial on the 19th?", date(2021, 1, 19)),
    ("what did we cover on the 22nd", date(2021, 1, 22)),
    ("which lecture happened on the 25th", date(2021, 1, 25)),
    ("were there any sessions on the 20th", date(2021, 1, 20)),
    ("what was on the 30th", date(2020, 12, 30)),
])
def test_a_day_of_the_month_in_the_past_tense_is_the_one_gone_by(text, day):
    assert _day(text) == day


@pytest.mark.parametrize("text, day", [
    ("is there a tutorial on the 19th?", date(2021, 2, 19)),
    ("what's on the 2nd", date(2021, 2, 2)),
    ("will the q&a be on the 30th", date(2021, 1, 30)),
    ("is the last lecture on the 23rd", date(2021, 2, 23)),
])
def test_a_day_of_the_month_otherwise_is_the_next(text, day):
    assert _day(text) == day
