"""A question that asks for a kind of section by name (what goes against a method, what
came of it, how it relates to something else, how it behaves at test time) is answered
from the section of that kind in the chosen section's note, not the note's opening or
definition."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import bot.core.handlers.notes as notes
from bot.knowledge.compose import asked_section_kind, heading_of_kind

TZ = ZoneInfo("Europe/London")
NOW = datetime(2021, 3, 1, 12, 0, tzinfo=TZ)


def _section(view, question: str) -> str:
    q = view.understander.parse(question, NOW, TZ)
    return notes.composed_answer(q, view)[2].chunk.section


@pytest.mark.parametrize("question, heading", [
    ("what r the disadvantages of BN??", "Drawbacks"),
    ("limitations of batch normalization?", "Drawbacks"),
    ("batchnorm at test time which mean and variance does it use",
     "Training versus inference"),
    ("how does internal covariate shift relate to real domain shift",
     "Link back: BatchNorm and real domain shift"),
    ("Could you explain how the internal covariate shift story connects to real domain "
     "shift?", "Link back: BatchNorm and real domain shift"),
    ("what was the influence of vgg on later networks", "Findings and legacy"),
    ("lessons learned from the VGG experiments?", "Findings and legacy"),
    ("what did the vgg paper find in the end", "Findings and legacy"),
    ("how is the gan minimax game related to the JS divergence",
     "Connection to the Jensen–Shannon divergence"),
    ("whats the link between signals and CNNs", "Link to convolutional networks"),
    # a comparison too: the section of the kind answers it alone
    ("how does batch norm behave differently at inference?", "Training versus inference"),
])
def test_a_kind_of_section_asked_for_is_the_section_shown(assistant, question, heading):
    assert _section(assistant.view(), question).endswith(f"> {heading}")


@pytest.mark.parametrize("question", [
    "what does a residual connection actually do",  # a connection, not a relation
    "how do I find the output size of a conv layer",
    "what are skip connections",
    "how do i train a cnn",
])
def test_a_question_naming_no_kind_of_section_asks_for_none(question):
    assert asked_section_kind(question) is None


def test_headings_of_a_kind_and_not():
    inference = asked_section_kind("bn at inference")
    relation = asked_section_kind("how does x relate to y")
    assert inference is not None and relation is not None
    assert heading_of_kind(inference, "Notes > Training versus inference")
    assert heading_of_kind(inference, "Train and eval mode in PyTorch")
    assert not heading_of_kind(inference, "Testing against `nn.MultiheadAttention`")
    assert heading_of_kind(relation, "Connection to the Jensen–Shannon divergence")
    assert not heading_of_kind(relation, "Residual learning: shortcut (skip) connections")
