"""A bare "l1"/"l2" in a message about losses or penalties is the norm wherever the loss word
stands (before it in a list as well as after it), never lectures 1 and 2; without such a word
it still names the lecture."""
from __future__ import annotations

import pytest

from tests.conftest import ids


@pytest.mark.parametrize("question", [
    "which loss for regression when the data has a few big outliers - mse, l1 or huber?",
    "huber or l1, which is more robust?",
    "is mse or l2 better when the noise is gaussian",
    "for sparse weights would you pick l1 over l2?",
])
def test_a_norm_among_losses_is_no_lecture(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert not {"L01", "L02"} & set(ids(a)), a.text
    assert a.intent not in ("schedule", "topic", "reading"), (a.intent, a.text)


@pytest.mark.parametrize("question", ["when is l1", "what's l2 about", "when are l1 and l2"])
def test_a_bare_id_without_loss_words_is_still_the_lecture(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert {"L01", "L02"} & set(ids(a)), a.text
