"""Issue 12, round 29. A question about what a method costs gets its note's section on cost,
shown rather than declined; its drawbacks, where the note has no section of drawbacks, keep
the passage that names them."""

from __future__ import annotations

from datetime import datetime

import pytest

import bot.core.handlers.notes as notes
from tests.conftest import LONDON, from_notes

NOW = datetime(2021, 3, 1, 12, tzinfo=LONDON)


def _section(view, question: str) -> str:
    q = view.understander.parse(question, NOW, LONDON)
    return notes.composed_answer(q, view)[2].chunk.section.rsplit(" > ", 1)[-1]


@pytest.mark.parametrize("question, heading", [
    ("why is vgg so heavy?", "Parameter and compute budget of VGG-16"),
    ("how expensive is vgg16 really", "Parameter and compute budget of VGG-16"),
    # a drawback asked where the note has no section of drawbacks: not its cost table
    ("what's the catch with vgg, any cons?", "Findings and legacy"),
    ("how costly is self-attention for long inputs", "Complexity and path length"),
    # a section of drawbacks is still preferred to one on cost
    ("biggest downside of batch normalisation?", "Drawbacks"),
])
def test_the_cost_section_answers(assistant, question, heading):
    assert _section(assistant.view(), question) == heading


@pytest.mark.parametrize("question", [
    "why are transformers so expensive to train?",
    "what makes vgg so memory hungry",
])
def test_a_cost_question_is_shown_not_declined(ask, question):
    a = ask(question)
    assert from_notes(a), a.text
    assert any(w in a.text for w in ("compute", "Complexity", "parameters")), a.text


@pytest.mark.parametrize("question", [
    # "cost function" names a loss, not a cost
    "what is the cost function of a vae",
    "which cost function does a gan minimise",
])
def test_near_misses_keep_their_section(assistant, question):
    heading = _section(assistant.view(), question).lower()
    assert "budget" not in heading and "complexity" not in heading, heading

