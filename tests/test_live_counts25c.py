"""A count of live sessions, or of those on a day of the week, leaves out what the page gives
as pre-recorded (those have no day); a day with none is said so, with the days they are on
(round 25, mend25c). Phrasings written for the test."""

from __future__ import annotations

import re

import pytest

from bot.core.course_parts import recorded

NOW = "2021-02-10T09:00"


def _first_number(text: str) -> int:
    return int(re.search(r"\d+", text.splitlines()[0]).group(0))


def _recorded_ids(schedule) -> set[str]:
    return {e.id for e in schedule.events() if recorded(e, schedule)}


@pytest.mark.parametrize("question", [
    "overall, how many live sessions does this module run?",
    "number of live sessions across the term?",
    "how many sessions are actually live in all",
])
def test_live_sessions_counted_without_the_recorded(ask, schedule, question):
    a = ask(question, now="2021-01-04T09:00")
    assert not {e.id for e in a.events} & _recorded_ids(schedule), a.text
    assert a.events and _first_number(a.text) < len(
        [e for e in schedule.events() if e.kind in ("lecture", "qa", "tutorial", "panel")])


@pytest.mark.parametrize("question", [
    "how many tuesday sessions remain?",
    "how many more sessions on tuesdays are left",
])
def test_weekday_sessions_left_have_that_day(ask, schedule, question):
    a = ask(question, now=NOW)
    assert a.events, a.text
    assert all(e.start is not None and e.start.weekday() == 1 for e in a.events), a.text


@pytest.mark.parametrize("question", [
    "how many friday sessions are left?",
    "how many sessions on wednesdays in total",
])
def test_a_day_without_sessions_is_none(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("None:") and "Tuesday" in a.text, a.text


@pytest.mark.parametrize("question", [
    "how many sessions are there altogether?",
    "how many sessions are left?",
])
def test_near_miss_sessions_still_count_the_recorded(ask, schedule, question):
    a = ask(question, now=NOW)
    assert {e.id for e in a.events} & _recorded_ids(schedule), a.text
