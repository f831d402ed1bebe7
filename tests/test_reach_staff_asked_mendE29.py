"""How to put a question to the teaching staff, in other words than "contact": the page's
channels for it (its forum, the live Q&A sessions in their weekly slot), never an invented
address; a message to pass on stays the hand-off. The phrasings are new."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "how would i get hold of the teaching staff if something in the notes confuses me?",
    "what's the right way to ask a lecturer a question about the material",
    "where do i go to ask questions about the lectures",
    "who on the staff can i contact when i have a doubt?",
])
def test_the_pages_channels_for_questions(ask, schedule, question):
    a = ask(question)
    assert a.intent == "logistics" and a.answered
    assert schedule.course.forum.name in a.text
    assert "Q&A" in a.text and "@" not in a.text
    assert not a.sources  # (no listing of notes)


@pytest.mark.parametrize("question", [
    "can you let the lecturer know my upload failed",
    "please tell the TAs i'll be late to the tutorial",
])
def test_a_message_to_pass_on_stays_the_hand_off(ask, question):
    assert ask(question).intent == "ask_ta"
