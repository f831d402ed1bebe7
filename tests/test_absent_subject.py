"""A question about a kind of a note's subject that the notes never name ("<modifier>
<head>", the modifier a word the notes never use, the head a word of a note's title) is
not answered with a passage about the head: the reply says the notes don't cover it, names
at most the note titled after its kind, and offers a TA. Known subjects said in other
words, and words that only look like modifiers, are still answered from the notes."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.handlers.notes import unknown_name
from tests.conftest import LONDON, from_notes

NOW = datetime(2021, 2, 15, 9, tzinfo=LONDON)


@pytest.mark.parametrize("text, kind", [
    ("how do octave convolutions split an image into frequencies", "octave convolutions"),
    ("what is a hypernetwork transformer and who uses one", "hypernetwork transformer"),
    ("when should I pick a quantile loss over mse?", "quantile loss"),
    # only the sentence that asks counts; accents and capitals as the notes' own words
    ("I read a blog post yesterday. How do Octave convolutions work?", "octave convolutions"),
])
def test_a_kind_the_notes_never_name_is_unknown(assistant, text, kind):
    view = assistant.view()
    assert unknown_name(view.understander.parse(text, NOW, LONDON), view) == kind


@pytest.mark.parametrize("text", [
    # subjects of the notes, in the student's own words
    "why does multi-head attention use several heads",
    "what does a dilated convolution do",
    "what is the wasserstein loss in a gan",
    # a verb after a pronoun is said of the writer, not a kind of a subject
    "i figured batchnorm was only for cnns, can it go in a transformer",
    # a sibling of a word the notes use ("closest and furthest"), and a head that names no
    # note ("example")
    "in high dimensions are the closest and furthest neighbour distances nearly equal",
    "give me a concrete everyday example of translation equivariance",
    # a word the notes use once (a paraphrase as often as a missing subject)
    "how does a vision transformer cut an image into patches",
])
def test_known_subjects_and_near_misses_are_not(assistant, text):
    view = assistant.view()
    assert unknown_name(view.understander.parse(text, NOW, LONDON), view) is None


@pytest.mark.parametrize("question, subject, note", [
    # the note pointed to is one titled after the kind ("Convolutional Neural Networks")
    ("could you explain how octave convolutions reduce compute?", "octave convolutions",
     "Convolution"),
    ("what's the point of a quantile loss in regression", "quantile loss", None),
])
def test_the_reply_names_the_missing_subject_and_offers_a_ta(ask, question, subject, note):
    a = ask(question)
    assert not from_notes(a) and not a.answered, a.text
    assert f"don't cover {subject}" in a.text and "ask a TA" in a.text, a.text
    if note:
        assert "nearest they come is" in a.text and note in a.text, a.text


@pytest.mark.parametrize("question", [
    "why does multi-head attention use several heads",
    "what does a dilated convolution do",
])
def test_known_subjects_are_still_answered(ask, question):
    a = ask(question)
    assert from_notes(a) and "don't cover" not in a.text, a.text
