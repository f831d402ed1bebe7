"""Counts asked in other words ("the tally of ...", "total no. of ...", "if I turn up to
each one, how many would that be") get the number; a count over kinds says each kind apart
("6 Q&A sessions and 1 panel discussion", never one number over both) (round 25). Phrasings
written for the test."""

from __future__ import annotations

import re

import pytest

from bot.core.queries import so_many_by_kind
from bot.core.understand import COUNT_NOUN

NOW = "2021-02-10T10:00"


def _kinds_said(schedule) -> tuple[int, int]:
    qas = len([e for e in schedule.events() if e.kind == "qa"])
    panels = len([e for e in schedule.events() if e.kind == "panel"])
    return qas, panels


@pytest.mark.parametrize("question", [
    "if I turn up to each q&a, how many would that be",
    "whats the tally of q&a sessions",
    "total no of q&as over the term?",
    "how many panel discussions and q&a sessions are there",
    "so that's how many q&as altogether?",
])
def test_a_count_over_the_qa_slot_says_each_kind(ask, schedule, question):
    a = ask(question, now=NOW)
    qas, panels = _kinds_said(schedule)
    first = a.text.splitlines()[0]
    assert f"{qas} Q&A sessions" in first and f"{panels} panel discussion" in first, a.text
    assert f"{qas + panels} Q&A" not in first and f"{qas + panels} panel" not in first


@pytest.mark.parametrize(("question", "number"), [
    ("what is the count of lectures", "23 lectures"),
    ("if i attend all the tutorials, what's the number of them", "7 tutorial sessions"),
    ("number of quizzes?", "3 quizzes"),
])
def test_a_count_in_other_words_is_answered_with_the_number(ask, question, number):
    a = ask(question, now=NOW)
    assert number in a.text, a.text
    assert "% of the final mark" not in a.text


@pytest.mark.parametrize("question", [
    "how much does the coursework count?",  # a weight, not a count
    "does the quiz count towards the final mark",
])
def test_count_as_a_verb_stays_a_weight(ask, question):
    a = ask(question, now=NOW)
    assert "Q&A sessions" not in a.text.splitlines()[0], a.text
    assert not re.match(r"\d+ \w+ in all", a.text), a.text


def test_the_words_of_a_count():
    assert COUNT_NOUN.search("the count of lectures")
    assert COUNT_NOUN.search("total number of tutorials")
    assert not COUNT_NOUN.search("how much does it count")
    assert not COUNT_NOUN.search("does the quiz count towards")


def test_kinds_counted_apart(schedule):
    events = [e for e in schedule.events() if e.kind in ("qa", "panel")]
    count, said = so_many_by_kind(events)
    qas, panels = _kinds_said(schedule)
    assert count == qas + panels
    assert said == f"{qas} Q&A sessions and {panels} panel discussion"
