"""Round 24: a choice between methods asked in the first person, or an exam-style
instruction, with no run of one's own reported, is a question about the material (not help
with one's own work); and a list's first item opening a message is no name greeted (it was
taken out of the search text: "Sigmoid, tanh or ReLU ..." searched without "sigmoid")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.nlu.checks import asks_of_method

NOW = "2021-02-10T12:00"

METHOD = [
    "Adam or plain SGD for a small CNN on MNIST - how do I choose?",
    "how would I pick between max pooling and average pooling for the last layer?",
    "which activation should I use in the output layer for multi-label classification, "
    "softmax or sigmoid?",
    "when should I use layer norm rather than batch norm?",
    "Derive the gradient of the cross-entropy loss with respect to the logits.",
    "state the reparameterisation trick and explain why a VAE needs it",
    "List the steps of one LSTM update, with its gates.",
]

NOT_METHOD = [
    # a run of one's own reported, a symptom, a thing of one's own named
    "my lstm overfits after 3 epochs, how do i choose between dropout and weight decay",
    "val acc is 61% and train acc 99%, which regulariser should i use?",
    "how do i choose the learning rate? the loss explodes to nan after epoch 2",
    # no choice and no instruction
    "what is batch normalisation",
    "my generator keeps giving the same blob for every z",
]


@pytest.mark.parametrize("message", METHOD)
def test_a_choice_or_an_instruction_asks_of_method(message):
    assert asks_of_method(message), message


@pytest.mark.parametrize("message", NOT_METHOD)
def test_a_run_a_symptom_or_a_plain_question_does_not(message):
    assert not asks_of_method(message), message


@pytest.mark.parametrize("message", [
    "GRU or LSTM for short sensor sequences, how do I decide between them?",
    "how do i choose between dropout and weight decay for regularising a convnet?",
    "Write down the LSTM gate equations, including the cell state update.",
])
def test_a_question_of_method_is_answered_as_content(ask, message):
    a = ask(message, now=NOW)
    assert a.intent == "content", (a.intent, a.text)
    assert "your own work" not in a.text


@pytest.mark.parametrize("message", [
    "my gan's generator outputs the same image for every z after 2 epochs, what should i "
    "change",
    "which loss should i use, my VAE's KL term goes to inf after 100 steps",
])
def test_own_work_reported_stays_own_work(ask, message):
    assert ask(message, now=NOW).intent == "own_work", message


def test_a_personal_matter_stays_personal(ask):
    a = ask("I've been in hospital all week, how do I choose which lectures to catch up on "
            "first?", now=NOW)
    assert a.intent == "personal", (a.intent, a.text)


def _parsed(assistant, message):
    tz = ZoneInfo("Europe/London")
    return assistant.view().understander.parse(message, datetime(2021, 2, 10, 12, tzinfo=tz),
                                               tz)


@pytest.mark.parametrize(("message", "first"), [
    ("Tanh, ReLU or GELU in a small MLP: which one?", "tanh"),
    ("Adam, RMSprop, or SGD - which converges fastest?", "adam"),
    ("Dropout, weight decay and early stopping: how do they differ", "dropout"),
])
def test_a_list_first_item_is_no_name_greeted(assistant, message, first):
    q = _parsed(assistant, message)
    assert q.addressed == "" and q.text.startswith(first), q.text


@pytest.mark.parametrize(("message", "name"), [
    ("Sarah, is cw2 or cw3 due first?", "sarah"),
    ("Tom, when is the next tutorial?", "tom"),
])
def test_a_name_greeted_stays_greeted(assistant, message, name):
    assert _parsed(assistant, message).addressed == name, message


def test_the_first_item_of_a_list_is_searched_for(ask):
    a = ask("Tanh, ReLU or GELU in an MLP: which one should I use?", now=NOW)
    assert a.intent == "content" and a.sources, (a.intent, a.text)
    assert a.sources[0].title.startswith("Activation functions"), [s.title for s in a.sources]
