"""With the question adapter, the section the adapter ranks first answers (round 17).

The adapter learned from labelled questions which of a note's sections answers; weighing the
first three sections again by the question's own score, heading and best unit (the choice
made without an adapter) moved the section that answers below one that only mentions the
same words ("Leaky ReLU ..." for what the dying-ReLU problem is, a recurrence's definition
for why long dependencies fail)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import bot.core.handlers.notes as notes

TZ = ZoneInfo("Europe/London")
NOW = datetime(2021, 3, 1, 12, 0, tzinfo=TZ)


def _section(view, question: str) -> str:
    q = view.understander.parse(question, NOW, TZ)
    return notes.composed_answer(q, view)[2].chunk.section


@pytest.mark.parametrize(("question", "heading"), [
    ("what's the dying relu thing, and is leaky relu the cure?",
     "ReLU and the dying-ReLU problem"),
    ("what makes plain rnns struggle to learn long-range dependencies",
     "Vanishing and exploding gradients"),
    ("vanilla rnn and long range dependencies, why does it fail",
     "Vanishing and exploding gradients"),
])
def test_the_adapter_s_first_section_answers(assistant, question, heading):
    view = assistant.view()
    assert view.knowledge.adapter is not None
    assert _section(view, question).endswith(heading)


def test_without_the_adapter_the_first_sections_are_weighed_again(assistant, monkeypatch):
    """Another course's notes get no adapter: the choice among the first three stays."""
    view = assistant.view()
    monkeypatch.setattr(view.knowledge, "adapter", None)
    question = "formula for scaled dot product attn"
    chosen = _section(view, question)
    monkeypatch.setattr(notes, "SECTION_CHOICES", 1)  # the search's order alone
    assert chosen.endswith("Scaled dot-product attention")
    assert _section(view, question) != chosen
