"""A listing of a span of days (part of a month, "from the 10th to the 20th") holds what each
course week it overlaps has with no time, a week the span cuts said to be only partly in it;
dated items outside the span stay out. The phrasings are new (round 30)."""

from __future__ import annotations

from datetime import date, timedelta

from tests.conftest import ids


def _overlapping(schedule, first: date, last: date) -> list:
    return [w for w in schedule.weeks if w.starts <= last and w.starts + timedelta(days=6) >= first]


def test_a_span_cutting_two_weeks_lists_both_weeks_undated_items(ask, schedule):
    a = ask("anything going on from 10 feb till 20 feb?", now="2021-02-01T09:00")
    weeks = _overlapping(schedule, date(2021, 2, 10), date(2021, 2, 20))
    assert len(weeks) == 2
    for w in weeks:
        recorded = {lec.id for lec in schedule.lectures if lec.week == w.number
                    and lec.delivery != "live"}
        assert recorded <= set(ids(a))
        assert f"week {w.number} (" in a.text  # (said to be only partly in the span)
    assert "Only partly in this span" in a.text
    # (dated items outside the span stay out, however much of their week is in)
    for e in schedule.events():
        if e.start is not None and not date(2021, 2, 10) <= e.start.date() <= date(2021, 2, 20):
            assert e.id not in ids(a) or e.start is None


def test_a_whole_month_of_whole_weeks_says_nothing_is_cut(ask):
    a = ask("what's the plan for february", now="2021-01-25T09:00")
    assert "Pre-recorded lectures for week" in a.text
    assert "Only partly in this span" not in a.text


def test_a_week_asked_keeps_its_own_listing(ask):
    a = ask("what's happening this week", now="2021-02-10T09:00")
    assert "Only partly in this span" not in a.text
    assert a.text.count("Pre-recorded lectures for week") == 1
