"""Dates written the way students write them (round 17): a day and month right after a kind
word ("tut 26-01", "lecture 16-2") are a date, never an id; a day's ordinal in words with a
tens word ("the twenty third of feb", "thirty first of march") is that day, not the unit's.
The phrasings are the developer's own."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core.text import normalize
from bot.core.understand import spoken_ids
from bot.core.when import CourseCalendar, clock_guess, clock_minute, parse_time
from tests.conftest import LONDON

_CAL = CourseCalendar(LONDON, {n: date(2021, 1, 11) + timedelta(weeks=n - 1)
                               for n in range(1, 10)})
_NOW = datetime(2021, 1, 20, 12, tzinfo=LONDON)


def _day(text: str) -> date | None:
    w = parse_time(spoken_ids(normalize(text)), _NOW, LONDON, _CAL).window
    return None if w is None or w.end - w.start != timedelta(days=1) else w.start.date()


@pytest.mark.parametrize("text, day", [
    ("tut 26-01 at 11 still on?", date(2021, 1, 26)),
    ("is there a lecture 16-2", date(2021, 2, 16)),
    ("q&a 23-2-21, what time", date(2021, 2, 23)),
    ("tutorial on 02-03?", date(2021, 3, 2)),
])
def test_a_day_and_month_joined_by_a_dash_is_a_date(text, day):
    assert _day(text) == day


@pytest.mark.parametrize("text", ["i work 9-5 on weekdays", "lectures 3-5 please",
                                  "free 10-12", "tasks 1-2"])
def test_a_dash_joining_a_range_or_hours_stays_no_date(text):
    assert _day(text) is None


@pytest.mark.parametrize("text, day", [
    ("is there a tutorial on the twenty third of feb at 10?", date(2021, 2, 23)),
    ("what's on the thirty-first of march", date(2021, 3, 31)),
    ("anything due the twenty first of feb", date(2021, 2, 21)),
    ("feb the twenty second, any sessions", date(2021, 2, 22)),
])
def test_a_day_in_words_with_a_tens_word_is_the_whole_day(text, day):
    assert _day(text) == day


@pytest.mark.parametrize("question", [
    "tut 26-01 at 11 still on?",
    "is tut 26-1 in week 3 at 11?",
    "week 3, tut 26-1 at 11 yeah?",
])
def test_a_date_after_a_kind_word_is_no_id(ask, question):
    a = ask(question, now="2021-01-20T12:00")
    assert "no tutorial 26" not in a.text.lower() and "26 Jan" in a.text


def test_the_twenty_third_in_words_answers_that_day(ask):
    a = ask("is there a tutorial on the twenty third of feb at 10?", now="2021-01-20T12:00")
    assert "23 Feb" in a.text and "3 Feb" not in a.text.replace("23 Feb", "")


# --- clock times said in words -----------------------------------------------------------
@pytest.mark.parametrize("text, hour, minute", [
    ("q&a is at half ten on tuesdays yeah?", 10, 30),
    ("is it half past ten", 10, 30),
    ("tutorial at quarter to eleven?", 10, 45),
    ("lecture at quarter past 10", 10, 15),
    ("is it at ten thirty", 10, 30),
    ("the session at 10.30am", 10, 30),
    ("starts at 2.15 on friday", 2, 15),
    ("is the q&a at twelve o'clock", 12, 0),
])
def test_a_clock_time_in_words_is_read_as_the_clock(text, hour, minute):
    assert (clock_guess(text), clock_minute(text)) == (hour, minute)


@pytest.mark.parametrize("text", ["give me half an hour", "half of the lectures",
                                  "cw is worth 16.7%", "it took 2.5 hours"])
def test_a_half_or_a_decimal_that_is_no_time_stays_none(text):
    assert clock_guess(text) is None


@pytest.mark.parametrize("question, said", [
    ("q&a is at half ten on tuesdays yeah?", "10:30"),
    ("the tutorial is at half past ten on tuesday right?", "10:30"),
    ("is the tutorial at quarter to eleven on tuesday?", "10:45"),
    ("is the tutorial at eleven thirty on tuesday", "11:30"),
])
def test_a_wrong_clock_time_in_words_is_corrected(ask, question, said):
    a = ask(question, now="2021-01-20T12:00")
    assert a.text.startswith(f"No, not at {said}")
