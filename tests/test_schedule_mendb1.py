"""Issue 13: schedule relations over dated sessions (what comes straight after one, clashes
between two named ones, the course's last session, lists and counts of a kind, the first
week)."""
from __future__ import annotations

import pytest

from tests.conftest import ids

# --- "straight after" a dated session: the next dated thing, whatever its kind ----------------

@pytest.mark.parametrize("question", [
    "what comes straight after the gnn lecture?",
    "what's on right after the live lecture",
    "anything immediately after lecture 22?",
])
def test_straight_after_a_dated_session_is_the_next_thing_of_any_kind(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert set(ids(a)) == {"QA-W7", "T09"}, a.text
    assert "last of its kind" not in a.text, a.text


def test_after_an_undated_lecture_stays_the_next_lecture(ask):
    a = ask("what comes after lecture 14", now="2021-02-10T12:00")
    assert ids(a) == ["L15"], a.text


# --- a clash between two named sessions: yes or no from their times, with both ---------------

@pytest.mark.parametrize(("question", "other"), [
    ("does the gnn lecture clash with the q&a that day", "QA-W7"),
    ("is bronstein's lecture at the same time as the tutorial?", "T09"),
    ("does lecture 22 conflict with the week 7 q&a", "QA-W7"),
])
def test_named_sessions_back_to_back_do_not_clash(ask, question, other):
    a = ask(question, now="2021-02-10T12:00")
    assert a.text.startswith("No"), a.text
    assert set(ids(a)) == {"L22", other}, a.text


def test_named_sessions_at_one_time_clash(ask):
    a = ask("does the gcn tutorial overlap with the q&a?", now="2021-02-10T12:00")
    assert a.text.startswith("Yes"), a.text
    assert set(ids(a)) == {"QA-W7", "T09"}, a.text


@pytest.mark.parametrize("question", [
    "which tutorial came right before the attention one?",
    "the tutorial just before the attention one, what was it on?",
])
def test_a_kind_said_before_right_before_keeps_that_kind(ask, question):
    a = ask(question, now="2021-02-20T12:00")
    assert ids(a) == ["T06"], a.text
    assert "Tutorial T07" in a.text, a.text
