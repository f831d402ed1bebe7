"""A task asked to be in by a day placed relative to now (round 22): "three days from now do i
need cw2 submitted already", "in 5 days will cw1 be due already", "do i need cw2 submitted by
friday": the task named is the one asked of ("cw2 submitted" after "need" is no task done, so
not the point the next one follows), a time said first still leaves a yes/no question, and
"by"/"already"/"before" checks the deadline against the end of that day, not its date."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-03T12:00"  # CW1 is due Fri 5 Feb, CW2 Tue 23 Feb


@pytest.mark.parametrize("question", [
    "three days from now do I need cw2 submitted already",
    "do I need cw2 submitted by friday",
    "do i have to have task 2 done by the day after tomorrow?",
    "in 5 days, do i need cw2 handed in already",
])
def test_a_later_task_is_not_due_by_that_day(ask, question):
    answer = ask(question, now=NOW)
    assert ids(answer) == ["CW2"]
    assert answer.text.startswith("No, not by")


@pytest.mark.parametrize("question", [
    "in 5 days will cw1 be due already",
    "a week from now, will cw1 be due already?",
    "is cw1 due by next week",
])
def test_an_earlier_task_is_due_by_then(ask, question):
    answer = ask(question, now=NOW)
    assert ids(answer) == ["CW1"]
    assert answer.text.startswith("Yes")


def test_on_a_day_is_still_that_day(ask):
    answer = ask("is cw2 due on friday?", now=NOW)
    assert answer.text.startswith("No:")


def test_a_task_done_still_points_at_the_next(ask):
    answer = ask("cw1 submitted, what's due next?", now="2021-02-06T12:00")
    assert ids(answer) == ["CW2"]
