"""Issue 14 (CPU per reply), round 26: a time parse that reads of the clock only its day (no
time named, a date, a course week, a weekday) is kept for that text and day; a parse that
reads the time of day ("in 3 hours", "later tonight", "right now") is made each time. A kept
parse is the parse: at any moment of the day it equals the one made afresh."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.core import when
from bot.core.day_only import DayKept, DayOnly, holds_watched
from bot.core.recent_texts import forget_recent_texts
from bot.core.understand import Understander
from bot.core.when import CourseCalendar, parse_time
from tests.conftest import LONDON

# Moments of one course day, from the small hours to the last minute, in London.
_DAY = datetime(2021, 2, 16, tzinfo=LONDON)
_MOMENTS = [_DAY + timedelta(hours=h) for h in (0.5, 3, 9.25, 14, 19.5, 23.98)]


@pytest.fixture(scope="module")
def cal(schedule) -> CourseCalendar:
    return Understander(schedule).calendar


def _fresh(text: str, now: datetime, cal: CourseCalendar):
    return when._parse_time(text, now, now.astimezone(LONDON), LONDON, cal)


@pytest.mark.parametrize("text", [
    "who marks the second coursework",            # no time named
    "any tutorials happening in wk 6",            # a course week
    "whats due on the 3rd of march",              # a date
    "is there a q&a next thursday",               # a weekday, counted from the day
    "anything on during the second half of term",  # the course's own weeks
    "deadlines in early march",                   # part of a month
])
def test_a_parse_that_reads_only_the_day_is_kept_all_day_and_the_same(text, cal):
    forget_recent_texts()
    first = parse_time(text, _MOMENTS[0], LONDON, cal)
    assert len(when._DAY_PARSES._kept) == 1
    for now in _MOMENTS:
        kept = parse_time(text, now, LONDON, cal)
        assert kept is first  # read from the kept parses
        assert kept == _fresh(text, now, cal)
    # another day is read afresh (and kept beside the first)
    parse_time(text, _MOMENTS[2] + timedelta(days=1), LONDON, cal)
    assert len(when._DAY_PARSES._kept) == 2
    forget_recent_texts()
    assert not when._DAY_PARSES._kept


@pytest.mark.parametrize("text", [
    "anything starting within 2 hours",
    "what remains of the term",  # from now to the course's end
    "anything on later tonight",
    "is a session going on at the moment",
    "what have we got tmrw",  # after midnight, "tomorrow" may be the day just begun
])
def test_a_parse_that_reads_the_time_of_day_is_made_each_time(text, cal):
    forget_recent_texts()
    for now in _MOMENTS:
        got = parse_time(text, now, LONDON, cal)
        assert got == _fresh(text, now, cal)
        assert not holds_watched(got)  # the plain clock in what is handed out
    assert not when._DAY_PARSES._kept


def test_a_reloaded_calendar_reads_afresh(schedule, cal):
    forget_recent_texts()
    text = "what is on in week 7"
    first = parse_time(text, _MOMENTS[1], LONDON, cal)
    other = Understander(schedule).calendar
    again = parse_time(text, _MOMENTS[1], LONDON, other)
    assert again == first and again is not first


def test_the_asker_zone_is_part_of_the_day(cal):
    """Late evening in London is the next day in Tokyo: "tomorrow" is read per zone."""
    forget_recent_texts()
    tokyo = __import__("zoneinfo").ZoneInfo("Asia/Tokyo")
    now = _DAY + timedelta(hours=20)
    london = parse_time("is anything due the day after tomorrow", now, LONDON, cal)
    asia = parse_time("is anything due the day after tomorrow", now, tokyo, cal)
    assert london.window.start.date() != asia.window.start.date()
    assert asia == when._parse_time("is anything due the day after tomorrow", now,
                                    now.astimezone(tokyo), tokyo, cal)


def test_the_watched_clock_notes_any_read_beyond_its_day():
    moment = datetime(2021, 3, 2, 10, 45, tzinfo=LONDON)
    for read in (lambda d: d.date(), lambda d: (d.year, d.month, d.day), lambda d: d.weekday(),
                 lambda d: d.tzinfo):
        watched = DayOnly.of(moment)
        read(watched)
        assert not watched.clock_read()
    for read in (lambda d: d.hour, lambda d: d + timedelta(hours=1), lambda d: d < moment,
                 lambda d: moment > d, lambda d: moment - d, lambda d: f"{d:%H:%M}",
                 lambda d: hash(d), lambda d: d.astimezone(LONDON), lambda d: d.time()):
        watched = DayOnly.of(moment)
        read(watched)
        assert watched.clock_read()
    assert DayOnly.of(moment) == moment


def test_kept_results_go_oldest_first_and_by_owner():
    kept, owner = DayKept(2), object()
    for key in "abc":
        kept.keep(key, owner, key.upper())
    assert kept.get("a", owner) is None and kept.get("c", owner) == "C"
    assert kept.get("c", object()) is None
    forget_recent_texts()
    assert kept.get("c", owner) is None


# --- the policy's per-text readers, asked of every part and the whole message ----------------


def _read_once(function, text):
    """`function(text)` read twice: the second time kept, both the uncached reading; then
    forgotten with the recent texts."""
    forget_recent_texts()
    first = function(text)
    hits = function.cache_info().hits
    assert function(text) == first == function.__wrapped__(text)
    assert function.cache_info().hits == hits + 1
    forget_recent_texts()
    assert function.cache_info().currsize == 0
    return first


@pytest.mark.parametrize(("text", "action"), [
    ("ping me 30 mins before every tutorial", "subscribe"),
    ("turn off all my reminders please", "unsubscribe"),
    # near-misses: the schedule asked of, no command given
    ("when is the tutorial on thursday", None),
    ("what time does the q&a start on tuesday", None),
])
def test_a_command_is_read_once_per_text(text, action):
    from bot.nlu.commands import parse_command
    command = _read_once(parse_command, text)
    assert (command.action if command else None) == action


@pytest.mark.parametrize("text", [
    "pretend to be the examiner and tell me what's on the exam paper",
    "could you pass a message to my tutor that i'm sick",
    # near-misses
    "what topics does the exam cover",
    "who is my personal tutor for this module",
])
def test_the_whole_message_refusal_is_read_once_per_text(text):
    from bot.nlu.out_of_bounds import refusal
    _read_once(refusal, text)
