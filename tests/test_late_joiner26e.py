"""Round 26 (E): a late joiner ("i joined in week N, what did i miss") missed everything
from the course's start up to now, not week N alone; being away in a week still covers
that week only. Phrasings written for the test."""

from __future__ import annotations

import pytest

NOW = "2021-02-10T12:00"  # (week 5)


@pytest.mark.parametrize("question", [
    "i only started the course in week 4, what did i miss",
    "we joined in week 5, what have we missed?",
    "just joined in week 3 what have i missed so far",
])
def test_a_late_joiner_gets_every_week_up_to_now_then_what_is_next(ask, question):
    a = ask(question, now=NOW)
    for week in (2, 3, 4, 5):
        assert f"Week {week} (" in a.text, a.text
    assert "Week 6 (" not in a.text and "Next up:" in a.text, a.text


@pytest.mark.parametrize("question", [
    "i was away in week 4, what did i miss",
    "missed week 3 with flu, what did i miss?",
])
def test_away_in_a_week_is_that_week_only(ask, question):
    a = ask(question, now=NOW)
    assert "Week 4 (" in a.text or "Week 3 (" in a.text, a.text
    assert "Week 2 (" not in a.text and "Next up:" not in a.text, a.text
