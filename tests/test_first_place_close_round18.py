"""When the course starts, where a kind is held, when an item closes (round 18): the first
week's sessions the page gives no time for are said, not passed over for the first timed
one; a kind's place comes with its weekly slot; an item's closing is not a disruption."""

from __future__ import annotations

import pytest

from bot.core.lexicon import unstated_predicate


@pytest.mark.parametrize("question", [
    "when does the course start? want to prep",
    "when does term begin",
    "when do things kick off for this module",
])
def test_the_first_sessions_without_a_time_are_said(ask, question):
    a = ask(question, now="2021-01-05T12:00")
    assert "The first sessions are in week 2: the Q&A session" in a.text
    assert "gives no time for it" in a.text
    assert "The first session is Tutorial" not in a.text


@pytest.mark.parametrize("question, slot", [
    ("where do tutorials happen", "tutorials: Tuesdays 11:00-12:00"),
    ("where are the q&as held?", "Q&A sessions: Tuesdays 10:00-11:00"),
    ("tutorials - where do they take place", "tutorials: Tuesdays 11:00-12:00"),
])
def test_a_kinds_place_comes_with_its_slot(ask, question, slot):
    a = ask(question, now="2021-02-10T12:00")
    assert "MS Teams" in a.text
    assert f"weekly slot for {slot}" in a.text


@pytest.mark.parametrize("text", [
    "when do quizzes shut",
    "when does the week 5 quiz close",
    "when is the cw2 submission closed",
    "when does the quiz shut down",
])
def test_an_item_closing_is_no_disruption(text):
    assert unstated_predicate(text) is None


@pytest.mark.parametrize("text", [
    "what if the university closes",
    "will deadlines move if campus is shut down",
    "when the building closes do deadlines move",
    "what happens if there is a strike",
])
def test_a_place_closing_still_is(text):
    assert unstated_predicate(text) == "contingency"


def test_quizzes_shutting_is_answered_of_the_quizzes(ask):
    a = ask("when do quizzes shut", now="2021-02-01T12:00")
    assert "strike" not in a.text
    assert "Week 3 quiz" in a.text
