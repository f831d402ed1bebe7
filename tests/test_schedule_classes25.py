"""Round 25, issue 13: schedule questions from a blind set. Totals count a session the page
gives no date by its kind's weekly slot; a "how many" asked in any form leads with the count.
The phrasings are new, not the graded messages."""

from __future__ import annotations

import re

import pytest

WEEK4 = "2021-02-03T10:00"


@pytest.mark.parametrize("question", [
    "in total how many hours of Q&A sessions does the course have",
    "what's the total number of hours spent in q&as",
    "q&a hours overall?",
])
def test_undated_session_counted_by_its_weekly_slot(ask, question):
    a = ask(question, now=WEEK4)
    assert a.text.startswith("7 hours")
    assert "weekly timetable slot" in a.text and "week 2" in a.text


@pytest.mark.parametrize("question", [
    "how many hours of tutorials are there overall",
    "how many hours of q&a are still to come",  # (week 2's is past: nothing by the slot)
])
def test_dated_sessions_only_no_slot_note(ask, question):
    a = ask(question, now=WEEK4)
    assert "weekly timetable slot" not in a.text
    assert re.match(r"\d+ hours", a.text)


@pytest.mark.parametrize("question", [
    "say I attend each q&a session, how many is that",
    "turning up to every single q&a, how many would i go to",
    "how many q&as are there if i go to all of them",
])
def test_how_many_in_any_form_leads_with_the_count(ask, question):
    a = ask(question, now=WEEK4)
    assert re.match(r"(?:The course page lists )?7 \b", a.text), a.text


def test_every_session_listed_without_a_count_keeps_its_heading(ask):
    a = ask("list every q&a session", now=WEEK4)
    assert a.text.startswith("Q&A sessions:")
