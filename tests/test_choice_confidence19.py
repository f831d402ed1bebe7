"""A question asking to pick among things the notes each have a section about is not answered
confidently from a section that never names one of them (`comparison.unshown_choices`,
`notes.ONE_SIDED_CHOICE_CONFIDENCE`): the answer model does not see which things were asked
about, and one side's own section leaves the choice unweighed."""
from __future__ import annotations

import pytest

from bot.knowledge.comparison import unshown_choices
from bot.knowledge.confidence import CONFIDENT_THRESHOLD


@pytest.mark.parametrize("question", [
    "tanh or relu vs sigmoid, which is best for hidden units?",
    "tanh vs sigmoid vs relu as the hidden activation, which is best and why?",
    "tanh vs relu vs sigmoid, which one and why",
])
def test_a_choice_answered_from_one_sides_section_is_hedged(ask, question):
    # (before: given as the answer, 0.91-0.96, from a section naming two of the three)
    a = ask(question)
    assert a.quotes, "the passage is still shown"
    assert not a.answered and a.confidence < CONFIDENT_THRESHOLD


@pytest.mark.parametrize("question", [
    "convolution vs cross-correlation, which one do cnns compute",
    "relu vs leaky relu vs elu which is better",
])
def test_a_choice_whose_answer_names_every_side_stays_confident(ask, question):
    assert ask(question).answered


@pytest.mark.parametrize("question, shown, missing", [
    ("lstm vs gru vs vanilla rnn, which one should i use",
     "GRU: the gated recurrent unit merges the gates of an rnn", {"lstm"}),
    ("should i go for gru or lstm, which one trains faster",
     "GRU: the gated recurrent unit has two gates", {"lstm"}),
    ("relu vs tanh, pros and cons", "Sigmoid and tanh: tanh is zero-centred", {"relu"}),
])
def test_the_sides_an_answer_never_names(knowledge, question, shown, missing):
    assert [set(s) for s in unshown_choices(question, shown, knowledge)] == [missing]


@pytest.mark.parametrize("question, shown", [
    # every side named
    ("lstm vs gru, which one should i use", "LSTM and GRU: both gate the state"),
    # not a pick: how they differ, or "better than" in another part of the message
    ("lstm vs gru, what is the difference", "GRU: the gated recurrent unit"),
    ("what does the wasserstein gan change vs the original gan, and why is it better than js",
     "Wasserstein distance and WGAN"),
    # sides the notes head no section with: any section may weigh them
    ("which augmentations for satellite photos vs street photos", "Why augment?"),
])
def test_no_side_missing(knowledge, question, shown):
    assert unshown_choices(question, shown, knowledge) == []
