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


@pytest.mark.parametrize("text", [
    "msc student from edinburgh here - would it be ok if i watched the transformer lecture on "
    "your module?",
    "undergrad at kings, is it possible to get access to your lectures on attention?",
    "phd student at another college, heard the GNN lecture is live - could i come along?",
    "hi, I'm not registered on this course but could I listen in on the next Q&A?",
])
def test_an_outsider_asking_to_join_gets_the_sit_in_hand_off(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal", a.text
    assert "sitting in" in a.text, a.text
    assert "appears on the course page for" not in a.text, a.text


@pytest.mark.parametrize("text", [
    "can i join the tutorial on teams",
    "am i allowed to join the q&a late",
    "im a student at home this week, can i join the tutorial remotely?",
    "could i watch the recording of lecture 5 later?",
])
def test_a_student_asking_how_to_come_is_not_asked_leave(text):
    from bot.core.personal import asks_to_sit_in
    assert not asks_to_sit_in(text)
