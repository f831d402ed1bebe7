"""Whether anything on a weekday must be attended: a schedule question (what falls on that
weekday), not the unstated attendance rule; a rule asked of a named session stays a rule."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "is there anything on fridays I need to attend",
    "is there something on thursdays that I'm supposed to turn up for",
    "anything on saturdays we should go to?",
])
def test_weekday_without_sessions(ask, question):
    a = ask(question, now="2021-02-08T10:00")
    assert a.intent == "schedule"
    assert "compulsory" not in a.text
    assert "Tuesday" in a.text  # the weekday the timetabled sessions are on


def test_weekday_with_sessions(ask):
    a = ask("anything on tuesdays i must go to", now="2021-02-08T10:00")
    assert a.intent == "schedule"
    assert "T06" in a.text


@pytest.mark.parametrize("question", [
    "do I have to attend the tutorials on tuesdays",
    "is attendance compulsory for anything on tuesdays",
])
def test_rule_asked_stays_a_rule(ask, question):
    a = ask(question, now="2021-02-08T10:00")
    assert "compulsory" in a.text
