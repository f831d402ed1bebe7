"""A time the student says they are taken (a job, an exam of another module, an observance, a
stay away), set against the course: the time is read from the statement even when the
question comes in another sentence, the course query lists the sessions and deadlines that
overlap it (a weekly time over the whole term), and the answer says plainly when nothing
does. The phrasings are new, not the graded messages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core.queries import overlapping
from bot.core.text import normalize
from bot.core.when import CourseCalendar, busy_time, parse_time
from tests.conftest import LONDON, ids

_CAL = CourseCalendar(LONDON, {n: date(2021, 1, 11) + timedelta(weeks=n - 1)
                               for n in range(1, 10)})
_NOW = datetime(2021, 2, 3, 9, tzinfo=LONDON)


def _busy(text: str, tz=LONDON):
    return busy_time(text, parse_time(normalize(text), _NOW, tz, _CAL), tz)


# --- reading the time ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "label"), [
    ("my bar job is mondays 6 till 11", "Monday 18:00-23:00"),
    ("i volunteer every wednesday at 3", "Wednesday 15:00-16:00"),
    ("orchestra rehearsal on thursday evenings", "Thursday evenings"),
    ("a resit for another module on 4 march 9am-11", "Thu 4 Mar 2021 09:00-11:00"),
    ("dentist on 17th feb from about 2.30 till 4", "Wed 17 Feb 2021 14:30-16:00"),
    ("i'm never free at weekends", "weekends"),
    ("i drive a taxi nights", "nights, every day"),
])
def test_a_stated_time_is_read_with_its_hours(text, label):
    assert _busy(text).label.startswith(label)


def test_a_stretch_over_two_days_recurs_each_week():
    busy = _busy("no screens from saturday evening to sunday evening, will anything land then")
    assert busy is not None and busy.weekly
    sat_night = datetime(2021, 2, 13, 21, tzinfo=LONDON)
    sun_noon = datetime(2021, 2, 14, 12, tzinfo=LONDON)
    mon = datetime(2021, 2, 15, 12, tzinfo=LONDON)
    assert busy.overlaps(sat_night, sat_night) and busy.overlaps(sun_noon, sun_noon)
    assert not busy.overlaps(mon, mon)


def test_numbers_of_things_are_no_hours():
    assert _busy("i skipped lectures 3-5 on tuesdays").label == "Tuesday"  # the whole day


def test_days_alone_are_no_busy_time():
    # (a day or a range without hours: the window answers, as any question about days)
    assert _busy("away from 3 feb to 9 feb") is None
    assert _busy("what is on tomorrow") is None


def test_the_overlap_query_takes_sessions_for_their_length(schedule):
    busy = _busy("a lab on tuesdays 11:30 to 1")
    hits = overlapping(schedule.events(), busy)
    assert hits and all(e.start.astimezone(LONDON).weekday() == 1 for e in hits)
    assert all(e.start.astimezone(LONDON).hour == 11 for e in hits)  # 11-12 meets 11:30


def test_a_date_span_without_from_is_read():
    for text in ("off 22 feb - 3 march", "camping 2nd to 6th march"):
        window = parse_time(text, _NOW, LONDON, _CAL).window
        assert window is not None and window.granularity == "range"


# --- answering -------------------------------------------------------------------------------

def test_a_weekly_job_with_hours_lists_the_sessions_it_overlaps(ask, schedule):
    a = ask("my café shifts are tuesdays 10:30 to 3. will that get in the way of anything",
            now="2021-02-10T09:00")
    assert a.answered and a.intent == "schedule"
    now = datetime(2021, 2, 10, 9, tzinfo=LONDON)
    expected = {e.id for e in schedule.events() if e.start and e.start > now
                and e.start.astimezone(LONDON).weekday() == 1
                and 10 <= e.start.astimezone(LONDON).hour < 15}
    assert expected and set(ids(a)) == expected


def test_a_time_with_nothing_in_it_says_so(ask):
    a = ask("i tutor kids on wednesday afternoons 1 to 5, is that a problem for this module",
            now="2021-02-01T09:00")
    assert a.answered and ids(a) == []
    # (asked whether it is a problem: the answer says no first)
    assert a.text.startswith("No: none of the course") and "Wednesday 13:00-17:00" in a.text


def test_an_exam_elsewhere_on_a_date_with_hours(ask, schedule):
    a = ask("got a viva for my other course on 16 feb 9am-10:30. does it overlap with anything?",
            now="2021-02-01T09:00")
    assert a.intent == "schedule" and a.answered
    day = [e for e in schedule.events() if e.start
           and e.start.astimezone(LONDON).date() == date(2021, 2, 16)]
    assert set(ids(a)) == {e.id for e in day if e.start.astimezone(LONDON).hour < 11}


def test_deadlines_in_a_weekly_stretch(ask, schedule):
    a = ask("we keep shabbos, so friday sundown until saturday night i'm offline. "
            "any deadlines then?", now="2021-01-20T09:00")
    fridays = {e.id for e in schedule.events() if e.kind == "deadline"
               and e.start.astimezone(LONDON).weekday() == 4
               and e.start.astimezone(LONDON).hour >= 16}
    assert fridays and set(ids(a)) == fridays
    assert "sunset taken as" in a.text


def test_a_stay_said_before_the_question_is_what_is_asked(ask, schedule):
    a = ask("off to a wedding abroad 15 feb - 19 feb. what's due or on?",
            now="2021-02-01T09:00")
    start, end = datetime(2021, 2, 15, tzinfo=LONDON), datetime(2021, 2, 20, tzinfo=LONDON)
    expected = {e.id for e in schedule.events() if e.start and start <= e.start < end}
    assert expected and set(ids(a)) == expected


def test_a_weekly_time_is_read_in_the_askers_zone(ask):
    a = ask("i have classes every tuesday 2am to 4am, what would i miss", now="2021-02-10T09:00",
            tz="America/Los_Angeles")
    assert a.answered and ids(a)
    assert all(e.start.astimezone(LONDON).hour in (10, 11) for e in a.events)


def test_what_is_left_after_a_loss_is_not_asked_of_its_week(ask):
    a = ask("my aunt passed away last week and i'm behind. what's still left to hand in?",
            now="2021-02-25T09:00")
    assert "CW3" in ids(a) and "last week" not in a.text


def test_a_part_of_every_day_said_in_passing_is_no_clash(ask):
    a = ask("my laptop is slow, training takes all my evenings. is there any way to speed up "
            "the task 2 model?", now="2021-02-15T09:00")
    assert "time you gave" not in a.text


# --- a day named: what is due is counted from it, not from today ------------------------------

def test_nothing_due_on_a_later_day_names_the_first_after_it(ask, schedule):
    a = ask("third monday in february: is anything due?", now="2021-02-01T09:00")
    day = datetime(2021, 2, 16, tzinfo=LONDON)
    deadlines = sorted((e for e in schedule.events() if e.kind == "deadline"),
                       key=lambda e: e.start)
    first_after = next(e for e in deadlines if e.start >= day)
    next_now = deadlines[0]  # due before that day: said too, with its countdown
    assert ids(a) == [] and "Mon 15 Feb 2021" in a.text
    assert f"({first_after.id})" in a.text and f"({next_now.id})" in a.text


def test_a_weekday_question_without_a_commitment_is_no_clash(ask):
    a = ask("do deadlines ever land on a friday?", now="2021-01-20T09:00")
    assert "time you gave" not in a.text


def test_a_stay_until_part_of_a_month_ends_on_a_stated_day():
    window = parse_time("in lisbon from 22 feb, back roughly early march", _NOW, LONDON,
                        _CAL).window
    assert window is None or "early" not in window.label  # "back" is no "till"
    window = parse_time("in lisbon from 22 feb till early march", _NOW, LONDON, _CAL).window
    assert window is not None and window.start.date() == date(2021, 2, 22)
    assert window.end.date() == date(2021, 3, 11) and "taking early March as 10 Mar" in \
        window.label
