"""Which of two topics the course teaches first (round 18): "do we do VAEs before GANs or
the other way" is answered from the page's lectures and tutorials that name them, in order
with their dates (yes or no first to "is X taught after Y"); a question comparing the two
things themselves stays the notes'."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question, first, second", [
    ("do we do VAEs before GANs or the other way", "L16", "L17"),
    ("which comes first, attention or RNNs", "L18", "L20"),
    ("what comes first in the course, alexnet or vgg", "L07", "L08"),
    ("are transformers covered before or after RNNs", "L18", "L20"),
])
def test_which_topic_comes_first_is_the_pages_order(ask, question, first, second):
    a = ask(question, now=NOW)
    found = ids(a)
    assert first in found and second in found and found.index(first) < found.index(second)
    assert "comes first" in a.text and not a.text.startswith(("Yes", "No"))
    assert "Week" in a.text  # with the weeks or dates they are in


@pytest.mark.parametrize("question, verdict", [
    ("is batchnorm taught after resnet", "No"),
    ("do we cover RNNs before transformers", "Yes"),
    ("do we learn about convolutions before lenet", "Yes"),
    ("is the GCN stuff after transformers", "Yes"),
])
def test_a_guessed_order_is_confirmed_or_corrected(ask, question, verdict):
    a = ask(question, now=NOW)
    assert a.text.startswith(verdict + ":") and "comes first" in a.text


@pytest.mark.parametrize("question", [
    "is a VAE better than a GAN",
    "which is better, vae or gan",
])
def test_comparing_the_things_themselves_stays_content(ask, question):
    a = ask(question, now=NOW)
    assert "comes first" not in a.text
