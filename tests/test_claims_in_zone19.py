"""What a student states, checked as they mean it (round 19, issue 13): a day said with one
of several clock times is that clock's day ("7pm london = 4am wednesday here": Wednesday of
the asker's own clock), and the minutes of a clock time said count."""

from __future__ import annotations

import pytest

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize(("question", "tz", "lead"), [
    # CW2 is due Tue 23 Feb 19:00 GMT: Wed 04:00 in Seoul, Tue 11:00 in LA, Wed 00:30 in India
    ("cw2 due 7pm london = 4am wednesday here right?", "Asia/Seoul", "Yes"),
    ("so cw2 is 7pm uk, which is 4am on wednesday for me, correct?", "Asia/Seoul", "Yes"),
    ("cw3 due 7pm london = 6am wednesday here right?", "Australia/Sydney", "Yes"),
    ("cw2 due 7pm london = 4am tuesday here right?", "Asia/Seoul", "No"),
    ("cw2 is 7pm uk, so 12:30am wednesday my time, right?", "Asia/Kolkata", "Yes"),
])
def test_a_day_said_with_the_askers_clock_is_the_askers_day(ask, question, tz, lead):
    a = ask(question, NOW, tz)
    assert a.text.startswith(lead), a.text


@pytest.mark.parametrize(("question", "tz", "lead"), [
    # the hour holds but not the minutes: 00:30 in India, not 00:00
    ("cw2 is 7pm uk so midnight-ish 12am for me right?", "Asia/Kolkata", "No, not at 00:00"),
    ("cw2 deadline is 7pm uk = 12am wednesday for me right?", "Asia/Kolkata", "No, not at 00:00"),
])
def test_the_minutes_said_count(ask, question, tz, lead):
    a = ask(question, NOW, tz)
    assert a.text.startswith(lead), a.text


@pytest.mark.parametrize(("question", "tz", "lead"), [
    # a claim split off a list: its clock time in the zone it names, and one that restates
    # the claim before ("so ...") is of the same deadline
    ("cw2 is 7pm uk, so 12:30am wednesday my time, right?", "Asia/Kolkata", "Yes, all 2"),
    ("cw2 is 7pm london; cw3 is 7pm london too, correct?", "Asia/Tokyo", "Yes, all 2"),
    ("cw2 is 7pm uk, i.e. 11am tuesday here, right?", "America/Los_Angeles", "Yes, all 2"),
    ("cw2 is 7pm uk, so 11pm tuesday here, right?", "America/Los_Angeles",
     'Not all: 1 of 2 is wrong:\n✓'),
])
def test_each_claim_in_the_zone_it_names(ask, question, tz, lead):
    a = ask(question, NOW, tz)
    assert a.text.startswith(lead), a.text
