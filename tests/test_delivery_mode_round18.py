"""How the course is delivered, asked outright (round 18): in person, on campus, remotely,
online. The schedule's course mode and where its sessions are held answer it; a later run
("next term", "next year") is said not to be described, not the whole question "not on the
page", nor a live session on Teams a "yes" to being there in person."""

from __future__ import annotations

import pytest

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question", [
    "will deep learning be taught in person next term? thinking of moving to london early",
    "is this module going to be on campus next year",
    "will tutorials be in person next year",
    "any chance the course is face to face in the following term",
])
def test_a_later_run_gets_this_runs_delivery_and_is_said_unknown(ask, question):
    a = ask(question, now=NOW)
    assert "The course runs online" in a.text
    assert "MS Teams" in a.text
    assert "later term or year" in a.text
    assert "doesn't say that, so I can't tell you" not in a.text


@pytest.mark.parametrize("question", [
    "can i attend remotely",
    "do we have to be physically there for the course",
])
def test_being_there_is_answered_with_how_the_course_runs(ask, question):
    a = ask(question, now=NOW)
    assert a.answered and "The course runs online" in a.text
    assert "later term" not in a.text


@pytest.mark.parametrize("question", [
    "are the q&as in person?",
    "do i need to be on campus for the tutorials",
])
def test_sessions_on_teams_are_no_yes_to_in_person(ask, question):
    a = ask(question, now=NOW)
    assert not a.text.startswith("Yes")
    assert "MS Teams" in a.text


def test_already_answered_before_round_18_stays_so(ask):
    # (a guard: answered from the page before this round's change too)
    a = ask("is the teaching held in person or remote", now=NOW)
    assert a.answered and "The course runs online" in a.text
