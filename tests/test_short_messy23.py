"""Short and messy messages (round 23, issue 13)."""

from __future__ import annotations

import pytest

from tests.conftest import ids

# Sundays, the last day of a Monday-to-Sunday week: CW1 is due Fri 5 Feb, CW2 Tue 23 Feb.
SUNDAY_BEFORE_CW1 = "2021-01-31T16:00"
SUNDAY_BEFORE_CW2 = "2021-02-21T10:00"


@pytest.mark.parametrize(("question", "now", "due"), [
    ("my son says there's a big assignment due this week, when is it?", SUNDAY_BEFORE_CW1,
     "CW1"),
    ("any coursework coming up this week?", SUNDAY_BEFORE_CW2, "CW2"),
    ("whats due this week", SUNDAY_BEFORE_CW2, "CW2"),
])
def test_this_week_on_a_sunday_is_the_week_ahead(ask, question, now, due):
    answer = ask(question, now=now)
    assert ids(answer) == [due]
    assert "no coursework deadline this week" not in answer.text.lower()
    assert answer.text.startswith("The next coursework deadline is")


@pytest.mark.parametrize(("question", "now"), [
    # a Sunday with nothing in the seven days ahead either
    ("anything due this week?", "2021-02-14T15:00"),
    # a Saturday: more than a day of the week is left
    ("anything due this week?", "2021-02-20T11:00"),
])
def test_this_week_stays_the_calendar_week_otherwise(ask, question, now):
    answer = ask(question, now=now)
    assert answer.text.startswith("There is no coursework deadline this week.")


def test_what_was_due_this_week_keeps_its_week(ask):
    answer = ask("what was due this week?", now="2021-02-07T11:00")
    assert ids(answer) == ["CW1"]
