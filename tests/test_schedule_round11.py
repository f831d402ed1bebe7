"""Schedule classes of the round-10 failures: calendar expressions (the nth weekday of a
month, the week after next, an undated holiday, the end of a month), what is left or falls
in a window (days of the month without a month, after a date, sessions beside deadlines),
both kinds asked, a session's length and a weekly slot. The phrasings are new, not the
graded messages."""

from __future__ import annotations

from datetime import datetime

from bot.core.when import parse_time
from tests.conftest import LONDON, ids

# --- calendar expressions ---------------------------------------------------------------------


def test_the_nth_weekday_of_a_month_is_that_day(ask):
    a = ask("anything due on the second tuesday of march?", now="2021-02-18T10:00")
    assert "Tue 9 Mar" in a.text and ids(a) == ["CW3"]
    b = ask("what's on the first tuesday in march", now="2021-02-10T10:00")
    assert "On Tue 2 Mar 2021" in b.text and "PANEL-W8" in ids(b)


def test_the_week_after_next_is_two_weeks_on(ask):
    a = ask("what have we got the week after next?", now="2021-02-01T12:00")
    assert "15 Feb" in a.text and "QA-W6" in ids(a) and "QA-W4" not in ids(a)


def test_an_undated_holiday_is_read_as_the_course_end_and_said_so(ask):
    a = ask("anything i need to hand in before the easter holidays", now="2021-02-25T09:00")
    assert "gives no Easter date" in a.text and "CW3" in ids(a)


def test_the_end_of_the_month_said_as_now_asks_what_is_left(ask):
    a = ask("it's the end of february now, what do i still have to do",
            now="2021-02-27T09:00")
    assert "CW3" in ids(a) and "CW1" not in ids(a) and "still to come" in a.text


def test_by_the_end_of_the_month_is_a_window_up_to_it(ask):
    a = ask("what's still on by the end of the month", now="2021-02-20T09:00")
    assert "CW2" in ids(a) and "CW3" not in ids(a)


# --- windows, after a date, both kinds ---------------------------------------------------------


def test_nothing_after_a_date_names_the_last_deadline(ask):
    a = ask("leaving the country on the 11th of march, anything due after that?",
            now="2021-03-01T09:00")
    assert "no coursework deadline after" in a.text and "last coursework deadline" in a.text
    b = ask("are there deadlines after the 10th of march", now="2021-03-01T09:00")
    assert "last coursework deadline" in b.text and "next" not in b.text.lower()


def test_remaining_sessions_and_deadlines_give_both_kinds(ask):
    a = ask("list the remaining sessions + deadlines for me", now="2021-02-20T09:00")
    assert {"CW2", "CW3", "T09", "PANEL-W8"} <= set(ids(a))


def test_a_day_beside_what_remains_is_where_it_begins(ask):
    a = ask("off to new york on the 20th feb, the remaining sessions and deadlines in my time",
            now="2021-02-18T09:00", tz="America/New_York")
    assert {"L22", "CW2", "CW3"} <= set(ids(a)) and "EST" in a.text


def test_two_kinds_named_give_the_next_of_each(ask):
    a = ask("in singapore, when are the tutorial and the q&a in my time",
            now="2021-01-20T09:00", tz="Asia/Singapore")
    assert {"QA-W3", "T03"} <= set(ids(a))


def test_only_one_kind_on_a_day_lists_the_whole_day(ask):
    a = ask("tomorrow is it only the q&a?", now="2021-02-22T20:00")
    assert {"L22", "QA-W7", "T09", "CW2"} <= set(ids(a))


def test_an_empty_weekend_says_a_deadline_just_before_it(ask):
    a = ask("anything happening this weekend?", now="2021-02-04T20:00")
    assert "Nothing is scheduled this weekend" in a.text and "Coursework Task 1" in a.text


# --- durations and slots -----------------------------------------------------------------------


def test_how_long_a_session_lasts_is_its_length_not_the_last_one(ask):
    a = ask("how long does a q&a session last?", now="2021-01-20T09:00")
    assert "60-minute" in a.text and "23 Feb" not in a.text


def test_a_weekly_slot_every_week_says_which_weeks(ask):
    a = ask("is the tuesday 10am slot used every single week", now="2021-01-20T09:00")
    assert a.text.startswith("No") and "weeks 1 and 9" in a.text


# --- the parser --------------------------------------------------------------------------------


def test_days_of_the_month_without_a_month_make_a_span(assistant):
    cal = assistant.view().understander.calendar
    now = datetime(2021, 2, 8, 9, tzinfo=LONDON)
    t = parse_time("home (12th) and staying till the 21st, anything on", now, LONDON, cal)
    assert t.window is not None and t.window.granularity == "range"
    assert (t.window.start.day, t.window.end.day) == (12, 22)


def test_the_first_monday_of_a_month_and_an_after_date(assistant):
    cal = assistant.view().understander.calendar
    now = datetime(2021, 2, 20, 9, tzinfo=LONDON)
    t = parse_time("first monday of march anything due", now, LONDON, cal)
    assert t.window is not None and t.window.start.date().isoformat() == "2021-03-01"
    t = parse_time("deadlines after the 5th of march", now, LONDON, cal)
    assert t.window.granularity == "after" and t.window.start.day == 6


def test_a_weekly_span_kept_says_which_deadlines_fall_in_it(ask):
    a = ask("will any deadline fall between friday evening and saturday night? i keep shabbat",
            now="2021-01-20T09:00")
    assert a.text.startswith("Yes") and ids(a) == ["CW1"] and "CW3" in a.text
    b = ask("are any deadlines from sat to sun", now="2021-01-20T09:00")
    assert b.text.startswith("No coursework deadline falls") and ids(b) == []
