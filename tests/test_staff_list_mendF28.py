"""Round 28 (F): the staff asked for as a whole ("name all the tutors", "full list of the
teaching staff", "every staff member on the page") get the names the schedule holds, by role;
a way to reach them is still not on the page. Phrasings written for the test."""

from __future__ import annotations

import pytest


def _all_staff(schedule) -> set[str]:
    return {p.removesuffix(" & team") for e in schedule.events() for p in e.staff}


@pytest.mark.parametrize("question", [
    "could you list all the staff members listed on the page",
    "who are all of the lecturers and tutors",
    "complete list of tutors pls",
    "name all of the teaching team",
])
def test_the_whole_staff_is_listed_by_role(ask, schedule, question):
    a = ask(question)
    assert a.intent == "people" and a.answered, a.text
    assert all(p in a.text for p in _all_staff(schedule)), a.text
    assert "doesn't say that" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "phone numbers of all the TAs?",     # a way to reach them: not on the page
    "list all the deadlines",            # not staff
])
def test_near_misses_are_not_the_staff_list(ask, question):
    a = ask(question)
    assert not a.text.startswith("Staff named on the course page"), a.text


@pytest.mark.parametrize(("question", "kind"), [
    ("show me the tutorials and who is leading each of them", "tutorial"),
    ("what q&as are there, plus who runs each one", "qa"),
])
def test_sessions_with_who_runs_each_give_staff_beside_each(ask, schedule, question, kind):
    a = ask(question)
    sessions = [e for e in schedule.events() if e.kind == kind and e.staff]
    lines = [line for line in a.text.splitlines() if "(" in line and ":" in line]
    assert len(lines) >= len(sessions), a.text
    assert not a.text.startswith("Staff named on the course page"), a.text
    assert "Staff named on the course page" not in a.text, a.text


def test_who_runs_a_named_other_kind_stays_its_own_question():
    from bot.core.multipart import split_question

    assert len(split_question("when is the next tutorial and who runs the q&a")) == 2
    assert len(split_question("list the tutorials and who runs each")) == 1
