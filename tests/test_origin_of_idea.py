"""Who first made an idea the notes teach ("who invented the LSTM", "who came up with
dropout") is a question for the notes, which cite the papers and their authors; not one of
the course's staff, even when a session is titled after the idea. Who made something of
the course (its slides, a lecture, the bot) stays the course's question."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message", [
    "who made LeNet and what was it designed for originally",
    "who introduced the transformer and how did it change NLP",
    "who came up with dropout",
    "who designed AlexNet?",
    "who originally invented GANs",
])
def test_who_made_an_idea_is_answered_from_the_notes(ask, message):
    a = ask(message)
    assert a.intent == "content" and a.quotes, (message, a.intent, a.text)
    assert "doesn't say who gives" not in a.text


@pytest.mark.parametrize("message", [
    "who made the slides for the lenet lecture",
    "who gives the LeNet lecture",
    "who designed the quiz",
])
def test_who_made_a_course_thing_is_not_read_as_an_idea(ask, message):
    a = ask(message)
    assert a.intent != "content", (message, a.text)


def test_what_was_made_is_read_after_the_verb():
    from bot.core.lexicon import COURSE_MADE, ORIGIN_ASKED
    m = ORIGIN_ASKED.search("who first came up with batch norm")
    assert m and m["made"].split() == ["batch", "norm"]
    m = ORIGIN_ASKED.search("who made the videos")
    assert m and m["made"].split()[-1] in COURSE_MADE
