"""Round 29 (F, d): a course system that does not know the writer's account ("says no such
user", "my username isn't registered on the hand-in site") is a person's to fix, as trouble
getting in is: handed to a TA, the hand-in it keeps one from beside it, never answered with
the deadline alone. A forgotten password or a question about submitting stays as it was.
Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.locked_out import account_unknown, locked_out


@pytest.mark.parametrize("text", [
    "the upload page tells me no such user",
    "my username isn't registered on the hand-in site",
    "apparently my login was never set up on the submission portal",
    "the learning platform won't recognise my email",
    "we don't have an account on the marking system yet",
    "it says account does not exist when i sign in",
])
def test_an_account_not_known_is_told(text):
    assert account_unknown(text) and locked_out(text)


@pytest.mark.parametrize("text", [
    "does the lecturer take my late start into account",
    "how do i submit my notebook",
    "the tutor doesn't know me yet",
    "on account of the strike is the q&a off",
])
def test_near_misses_are_no_unknown_account(text):
    assert not account_unknown(text)


@pytest.mark.parametrize("question", [
    "the hand-in system says unknown user, can't upload task 2",
    "my login isn't recognized by the submission site. what now?",
])
def test_an_unknown_account_is_handed_to_a_person(ask, question):
    a = ask(question)
    assert a.intent == "logistics" and not a.answered, a.text
    assert a.text.startswith(W.LOCKED_OUT_ACCOUNT.split(";")[0]) and "ask a TA" in a.text


def test_a_deadline_question_on_the_system_stays_the_deadline(ask):
    a = ask("by when do we upload task 2 to the submission system?")
    assert a.intent == "deadline" and a.answered, a.text
