"""An abbreviation of a phrase written in the plural ("GCNs", "vaes", "LSTMs") is spelled out
for the notes' search like its singular ("GCN (graph convolutional network)"): left as
written, the plural matched neither the notes' words nor the long form, and the question's
other words ("stack", "layers") pulled the answer to another note. A clipped word's plural
("convs", "norms") is not expanded: its long form is one word, which the search stems."""
from __future__ import annotations

import pytest

from bot.core.handlers.notes import expand_for_search
from tests.conftest import from_notes

EXPANSIONS = {"gcn": "graph convolutional network", "vae": "variational autoencoder",
              "lstm": "long short-term memory recurrent network", "conv": "convolution",
              "norm": "normalisation", "stride": "strides"}


@pytest.mark.parametrize("text, expected", [
    ("why do GCNs oversmooth", "why do GCNs (graph convolutional networks) oversmooth"),
    ("are vaes blurry", "are vaes (variational autoencoders) blurry"),
    ("how do LSTMs remember", "how do LSTMs (long short-term memory recurrent networks) "
     "remember"),
])
def test_the_plural_of_an_abbreviation_is_spelled_out(text, expected):
    assert expand_for_search(text, EXPANSIONS) == expected


@pytest.mark.parametrize("text", ["stacking convs", "gradient norms", "bigger strides"])
def test_a_clipped_words_plural_is_left_as_written(text):
    assert expand_for_search(text, EXPANSIONS) == text


@pytest.mark.parametrize("question, note", [
    ("why do GCNs perform worse the more layers you stack", "gcn"),
    ("why do GCNs get worse with more layers stacked on top", "gcn"),
])
def test_a_question_about_plural_abbreviations_is_answered_from_their_note(
        ask, question, note):
    answer = ask(question)
    assert from_notes(answer)
    assert note in answer.sources[0].title.lower()
