"""Dates asked when the asker's today is outside the course (round 15): a day of the month
or a weekday said alone is read as the course's date that holds the thing asked, and
"anything live left" after the last session says none is. The phrasings are the
developer's own, not graded messages."""

from __future__ import annotations

from tests.conftest import ids

AFTER = "2026-12-06T04:00"  # a clock long after the course, as a batch without `now` runs


def test_a_day_of_the_month_alone_is_read_as_the_courses_date_holding_the_thing(ask):
    a = ask("tut on the 16th still at 11?", now=AFTER)
    assert "outside the course, which runs" not in a.text
    assert "read as Tue 16 Feb 2021" in a.text
    assert set(ids(a)) == {"T07", "T08"}
    late = ask("who is running the q&a on the 26th", now="2021-06-10T12:00")
    assert ids(late) == ["QA-W3"] and "Vlontzos" in late.text


def test_a_weekday_alone_with_a_one_off_named_is_that_ones_day_in_the_askers_zone(ask):
    a = ask("i'm in tokyo - the hype panel on tuesday, when is that for me", now=AFTER,
            tz="Asia/Tokyo")
    assert "read as Tue 2 Mar 2021" in a.text
    assert ids(a) == ["PANEL-W8"] and "19:00-20:00 JST" in a.text


def test_a_date_no_course_day_holds_or_a_weekly_day_stays_as_it_was(ask):
    none = ask("anything on the 30th?", now=AFTER)
    assert "outside the course" in none.text and "read as" not in none.text
    weekly = ask("what's on tuesday", now=AFTER)
    assert "read as" not in weekly.text  # every course tuesday holds one: no one date
    inside = ask("is there a q&a on the 23rd", now="2021-02-20T10:00")
    assert ids(inside) == ["QA-W7"] and "read as" not in inside.text


def test_live_sessions_left_after_the_last_one_says_none_not_the_weekly_slot(ask):
    for question, tz in (("just moved to montreal, any live sessions left to go to?",
                          "America/Toronto"),
                         ("anything live left?", "Europe/London"),
                         ("which live sessions remain for me in sydney", "Australia/Sydney")):
        a = ask(question, now="2021-03-16T10:00", tz=tz)
        assert "The timetable puts" not in a.text, question
        assert a.text.startswith(("No", "Nothing")), question
        assert "exam" in a.text, question
    ahead = ask("anything live left?", now="2021-02-20T10:00")
    assert "still to come" in ahead.text.lower() or "Tue 23 Feb 2021" in ahead.text
