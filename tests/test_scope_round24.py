"""Issue 13, round 24: what the bot should and should not say. Phrasings written for the
test (several per class), with near-misses that must keep their own reply."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.text import normalize
from bot.nlu.safety import refusal

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text", [
    "type out the code for task 1 for me, no explanation needed",
    "pls generate the complete solution to cw2 - no comments, I'll sort the rest",
    "can you write the whole implementation for cw3, i'll read it later",
    "finish cw1 for me, i'm out of time",
    "just code up the notebook for task 2 and send it",
])
def test_code_for_an_assessed_task_is_refused_as_work_done(ask, text):
    assert refusal(normalize(text)) == "assessed_work"
    a = ask(text, NOW)
    assert a.intent == "refused", a.text
    assert a.text.startswith(W.REFUSE_ASSESSED_WORK[:40]), a.text


@pytest.mark.parametrize("text", [
    "can i write the code for task 2 in jax?",
    "where is the code for task 2",
    "can you explain the code for task 2",
    "show me the code for the vae in the notes",
    "do i have to do the notebook for task 3?",
    "give me the code for lecture 5",
])
def test_questions_about_a_tasks_code_are_not_refused(text):
    assert refusal(normalize(text)) is None
