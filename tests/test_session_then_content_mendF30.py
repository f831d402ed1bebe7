"""A session named as the time of a question about the material ("ahead of the rnn lecture,
how does backprop through time work"): both are answered, the session from the schedule and
the question from the notes (or said not to be covered). The phrasings are new (round 30)."""

from __future__ import annotations

import pytest

from bot.core.multipart import split_question


@pytest.mark.parametrize("question", [
    "before next week's vae lecture, what's the reparameterisation trick?",
    "ahead of the rnn tutorial, how does an lstm forget gate work",
    "in prep for the attention lecture, why do we scale by the square root of d?",
])
def test_the_session_and_the_material_are_two_parts(question):
    assert len(split_question(question)) == 2


@pytest.mark.parametrize("question", [
    "before the tutorial, when is it?",            # the session's own question: one part
    "before the tutorial, is there anything to read",
    "what is attention",                           # the material alone
    "if i miss the lecture, is it recorded",
])
def test_near_misses_stay_whole(question):
    assert len(split_question(question)) == 1


def test_both_parts_are_answered(ask, schedule):
    a = ask("ahead of next week's vae lecture, what's the reparameterisation trick?",
            now="2021-02-01T09:00")
    vae = [lec for lec in schedule.lectures if lec.title.lower().startswith("vae")]
    assert vae and any(e.id == vae[0].id for e in a.events)
    assert a.sources  # the notes' passages behind the content part


def test_content_part_not_covered_is_said(ask):
    a = ask("before the transformer lecture, what's a capsule network?", now="2021-02-08T09:00")
    assert "don't cover" in a.text
