"""The week asked together with what is on: both answered, the week and then its listing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "which week is it currently and what is going on",
    "what week are we in? what have we got",
    "what week is this and anything happening",
])
def test_week_then_its_listing(ask, question):
    a = ask(question, now="2021-02-10T10:00")
    assert "week 5" in a.text.lower()
    assert "This week (Mon 8 Feb 2021" in a.text
    assert "Pre-recorded lectures for week 5" in a.text


def test_week_now_with_now(ask):
    a = ask("which week is it right now", now="2021-02-17T15:00")
    assert "week 6 of the course" in a.text
    assert "Nothing is on" not in a.text


@pytest.mark.parametrize(("question", "absent"), [
    ("what week is it and what's on on friday", "This week (Mon"),  # its own day
    ("what week is it and when is cw3 due", "This week (Mon"),     # another question
])
def test_near_misses_keep_their_own_question(ask, question, absent):
    a = ask(question, now="2021-02-08T10:00")
    assert "week 5 of the course" in a.text
    assert absent not in a.text
