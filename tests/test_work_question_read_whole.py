"""A message of one question about one's own work and parts that only say what the work does
("... do i put a softmax at the end or not? my loss looks weird") is read whole: each part
alone is too little for the notes' search. An exercise put in numbers, with no writer in
it ("input 32x32, 5x5 kernel, stride 1, no padding -> output size?"), is a question about
the material, answered without the own-work wording."""

from __future__ import annotations

import pytest

from bot.core import wording as W


@pytest.mark.parametrize("message", [
    "nn.CrossEntropyLoss — do i put a softmax at the end of my model or not? my loss looks weird",
    "nn.BCEWithLogitsLoss — do i put a sigmoid at the end of my model or not? my loss is odd",
])
def test_a_question_with_what_the_work_does_is_answered_from_the_notes(ask, message):
    a = ask(message)
    assert a.quotes and "couldn't find" not in a.text, (message, a.text)
    assert "softmax" in a.text.lower() or "sigmoid" in a.text.lower()


@pytest.mark.parametrize("message", [
    "input 32x32, 5x5 kernel, stride 1, no padding -> output size is ___ ?",
    "28x28 input, 3x3 kernel, padding 1, stride 2 -> output size = ?",
    "input 10x10, kernel 3x3, stride 1, padding 0, output size ___",
])
def test_an_exercise_in_numbers_is_answered_as_the_material(ask, message):
    a = ask(message)
    assert a.quotes and a.intent == "content", (message, a.intent, a.text)
    assert W.OWN_WORK_FROM_NOTES not in a.text and W.OWN_WORK_TA not in a.text


def test_an_error_pasted_stays_ones_own_work(ask):
    a = ask("RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x512 and 256x10)")
    assert a.intent == "own_work"
