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


JANUARY = "2021-01-28T12:00"


@pytest.mark.parametrize("question, task", [
    ("whenis cw3due", "CW3"),
    ("wheniscw2due", "CW2"),
    ("cw1deadline?", "CW1"),
    ("when is task3due", "CW3"),
])
def test_an_id_glued_to_its_words_is_read(ask, question, task):
    a = ask(question, now=JANUARY)
    assert a.answered
    assert [e.id for e in a.events] and all(e.id == task for e in a.events)
    assert "can't find" not in a.text


@pytest.mark.parametrize("question", [
    "whattt lecturess are in weeek 4",
    "which lecturesss r in weeeek 4",
])
def test_letters_drawn_out_are_the_word(ask, question):
    a = ask(question, now=JANUARY)
    got = {e.id for e in a.events}
    assert got and all(e.week == 4 for e in a.events), (question, got)


@pytest.mark.parametrize("question", [
    "was the first tutorial on the 19th?",
    "did the tutorial happen on the 19th",
])
def test_a_past_day_of_the_month_asked_in_a_message(ask, question):
    a = ask(question, now=JANUARY)
    assert "19 Feb" not in a.text
    assert "19 Jan" in a.text
