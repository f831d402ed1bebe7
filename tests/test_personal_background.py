"""Personal circumstances told as the background of a course question (an illness that is
over, shifts at work, where one lives) leave the question to be answered; the same words in
a request for oneself, or an illness still going on, stay a personal matter."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.nlu.commands import is_forget_me


@pytest.mark.parametrize("text", [
    "I had flu the week before last, all better now. Which tutorial covers attention?",
    "was ill for a few days last week so catching up. is the GAN lecture live or recorded, "
    "and when",
    "came back from covid on monday. who runs this week's q&a?",
])
def test_an_illness_told_as_past_is_background(text):
    assert personal.rule_verdict(text) is None


@pytest.mark.parametrize("text", [
    # still going on
    "I'm recovering from an operation and can't sit for long. What happens for the exam?",
    # over, but something is asked for oneself
    "I was ill last week. Can I hand in task 2 a few days late?",
    "was sick all last week, what should I do about the quiz I missed?",
])
def test_an_illness_still_going_on_or_a_request_stays_personal(text):
    assert personal.rule_verdict(text) is not None


def test_a_time_zone_said_with_a_question_about_times_is_no_rule():
    assert personal.rule_verdict("im in perth, so the q&a would be 6pm for me? or 7pm") is None
    # asking to be given another time is a request
    assert personal.rule_verdict(
        "the quiz is at 4am for me, can I take it at another time?") is not None


@pytest.mark.parametrize("text, background", [
    ("need to sort out my shifts", True),
    ("my shifts clash, can I swap tutorial group", False),
    ("got sick on the weekend, fine now", True),
    ("I have a fever", False),
])
def test_a_remark_of_background_only(text, background):
    assert personal.background_only(text) is background


def test_a_background_remark_after_a_question_is_its_context(ask):
    answer = ask("which tutorials are still to come? need to sort out my shifts",
                 now="2021-02-16T12:30")
    assert answer.answered and answer.intent != "personal"
    assert "T09" in answer.text and "personal circumstances" not in answer.text


@pytest.mark.parametrize("text", ["forget everything about me", "please forget all you know "
                                  "about me", "delete everything about me"])
def test_forget_me_in_other_words(text):
    assert is_forget_me(text)
    assert not is_forget_me("forget it, when is the quiz")
