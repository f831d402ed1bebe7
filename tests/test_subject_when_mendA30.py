"""Round 30 (A, class 3): a subject with a bare schedule question beside it ("<subject>
when??", "<subject> - what week") asks when the course covers it: the lecture or tutorial
that does, not the notes' text of it nor another course's subject. A question of the
subject itself ("when does <subject> hurt", "what are they") keeps the notes' answer.
Phrasings written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "normalizing flows?? when",
    "backpropagation - when?",
    "graph neural nets, when exactly",
    "so, the attention mechanism - what week?",
])
def test_a_subject_asked_when_is_where_it_is_taught(ask, question):
    a = ask(question)
    assert a.intent == "topic" and a.answered, a.text
    assert ("Lecture" in a.text or "Tutorial" in a.text), a.text
    assert "From the course notes" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "when does dropout hurt generalisation?",  # the subject's own question
    "normalising flows: what are they?",
    "dropout, when to use it?",
])
def test_a_question_of_the_subject_keeps_the_notes(ask, question):
    a = ask(question)
    assert a.intent == "content", a.text
