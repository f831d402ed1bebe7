"""Round 30 (A, class 4): the time sessions take, asked as time ("how much time do the
q&as take overall", "how many hours will tutorials take"), is the sum of their dated
lengths, which the page gives; the work a coursework or a session needs stays unstated.
Phrasings written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "how much time will the tutorials take altogether?",
    "how many hours do q&a sessions take overall",
])
def test_time_in_sessions_is_summed(ask, question):
    a = ask(question)
    assert a.intent != "not_on_page" and a.answered, a.text
    assert "hours of" in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("question", [
    "how much time should coursework 3 take",  # the work of a task: not stated
    "how much effort do the tutorials need",
])
def test_the_work_needed_stays_unstated(ask, question):
    a = ask(question)
    assert a.intent == "not_on_page", a.text
