"""A bare definition of what a lecture's note is about ("what is batch norm") is answered from
the note's opening section, which introduces the subject, not from a later section that only
repeats the name (a paper's title, a table of variants)."""

from __future__ import annotations

import re

import pytest

from bot.knowledge.compose import definition_subject, names_title, title_subject


def test_the_subject_of_a_definition_question():
    assert definition_subject("what is batch norm?") == definition_subject("BatchNorm")
    assert definition_subject("whats a VAE") == definition_subject("VAEs")
    assert definition_subject("what is batch normalisation") == "batchnorm"
    assert definition_subject("what is batch norm (normalisation)") == "batchnorm"
    assert definition_subject("why does batch norm help training") is None
    assert definition_subject("what is the gamma in batch norm for in the forward pass") is None


def test_what_a_title_is_about():
    assert title_subject("RNN basics") == "rnn" and not names_title("RNN basics")
    assert title_subject("GANs advanced") != title_subject("GANs")
    assert title_subject("ResNet, DenseNet and beyond") == "resnet"
    assert title_subject("Equivariance and Invariance") == "equivariance"


def _lecture_notes(assistant) -> dict[str, object]:
    opening: dict[str, object] = {}
    for chunk in assistant.view().knowledge.chunks:
        if chunk.lecture and not chunk.tutorial and not chunk.is_overview:
            opening.setdefault(chunk.path, chunk)
    return opening


@pytest.mark.parametrize("asking", ["what is {}", "whats {}?", "explain {}"])
def test_every_lecture_note_is_defined_from_its_opening(assistant, ask, asking):
    """Over all of the shipped course's lecture notes, by the subject their title names."""
    checked = 0
    for first in _lecture_notes(assistant).values():
        subject = re.split(r",|&|\band\b", first.title)[0].strip()
        answer = ask(asking.format(subject))
        assert answer.intent == "content", (subject, answer.intent)
        assert answer.sources and answer.sources[0].path.endswith(first.path), subject
        assert answer.sources[0].title.endswith(first.section.split(" > ")[-1]), (
            subject, answer.sources[0].title)
        checked += 1
    assert checked >= 10
