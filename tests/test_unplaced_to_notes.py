"""A message the intent classifier cannot place (its top reading `unknown`, and unsure) is
answered from the notes when they answer it well: a subject named bare, with no question
word, reads to the classifier as no question at all. A message the notes do not answer
stays unplaced."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message", ["bptt"])
def test_a_bare_subject_the_notes_answer_is_answered_from_them(ask, message):
    answer = ask(message)
    assert answer.intent == "content" and answer.quotes


@pytest.mark.parametrize("message", ["hmm", "lol ok", "u there?", "test"])
def test_a_message_with_nothing_the_notes_answer_stays_unplaced(ask, message):
    answer = ask(message)
    assert answer.intent != "content" and not answer.quotes
