"""Round 26 (E): which weeks hold anything, no kind named ("what weeks is something
happening"): the weeks with sessions and those with none, from the schedule. Phrasings
written for the test."""

from __future__ import annotations

import pytest

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question", [
    "what weeks is something actually happening",
    "which weeks have things going on",
    "so which weeks have any activities",
])
def test_the_weeks_with_sessions_and_those_without(ask, question, schedule):
    a = ask(question, now=NOW)
    empty = [w.number for w in schedule.weeks
             if not any(e.week == w.number and e.kind in {"lecture", "qa", "tutorial", "panel"}
                        for e in schedule.events())]
    assert "Week 2 (" in a.text and "no sessions at all in weeks" in a.text, a.text
    assert all(str(w) in a.text.splitlines()[-1] for w in empty), a.text


def test_after_the_slots_it_is_the_weeks_not_the_slots_again(ask):
    ask("when are the weekly timetable slots", now=NOW)
    a = ask("and which weeks actually have things on", now=NOW)
    assert "no sessions at all" in a.text and "Timetabled" not in a.text, a.text


def test_a_kind_named_keeps_its_weeks_alone(ask):
    a = ask("which weeks have tutorials", now=NOW)
    assert "no sessions at all" not in a.text, a.text
