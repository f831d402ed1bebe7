"""Trouble with the course's provided code run unchanged is not called a problem in the
student's own work: the staff should look at it, with a TA and the forum offered (round 25).
Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core.provided_code import provided_untouched

OWN = "problem in your own work"


@pytest.mark.parametrize("question", [
    "the starter notebook for cw2 throws an IndexError in the loader cell and i haven't "
    "edited anything",
    "running the supplied notebook as-is gives ModuleNotFoundError: No module named 'tqdm'",
    "the given helper function errors with a dtype mismatch before i even wrote any code",
])
def test_the_provided_code_unchanged_is_the_staffs_to_look_at(ask, schedule, question):
    a = ask(question)
    assert a.intent == "own_work", a.text
    assert OWN not in a.text, a.text
    assert "course staff should look at it" in a.text and '"ask a TA"' in a.text
    assert schedule.course.forum.name in a.text


@pytest.mark.parametrize("question", [
    "I edited the provided cell and now it throws a shape mismatch error",
    "my training loop gives nan loss after a few epochs",
])
def test_ones_own_code_stays_ones_own_work(ask, question):
    a = ask(question)
    assert "course staff should look at it" not in a.text, a.text


def test_the_words_of_provided_code_untouched():
    assert provided_untouched("the template code crashes, I have not modified it")
    assert provided_untouched("your skeleton notebook fails out of the box")
    assert not provided_untouched("the provided notebook crashes after I changed the loss")
    assert not provided_untouched("my notebook crashes and i haven't changed anything")
