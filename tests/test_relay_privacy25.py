"""Round 25: a message the bot is asked to pass on to the staff, or a person asked for, in
other words than "ask a TA" (the ask-a-TA hand-off, saying it will pass it on privately, never
that it has); the bot said to have been wrong (an apology, the page as the official source,
a person); and what other students asked the bot (private). Phrasings written for the test;
near-misses keep their reading."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.bot_mistaken import bot_was_wrong
from bot.core.text import normalize
from bot.nlu import commands
from bot.nlu.out_of_bounds import asks_others_chats

NOW = "2021-02-20T12:00"
_CLAIMS_DONE = ("I've passed", "I have passed", "I've told", "I told", "I've let", "I let them")


@pytest.mark.parametrize("text", [
    "could you let the TAs know my zip won't upload to the submission page, due in 15 minutes",
    "can u tell prof okafor i can't come to the Q&A tomorrow, dentist appointment",
    "please pass this feedback to the lecturers: the week 4 notes are great",
    "would you forward this to my tutor: my notebook crashed during the quiz",
    "pls message dr ahmed that i'm stuck on a train and will be late",
    "kindly inform the module leader that the quiz link is dead",
    # staff named by what they did
    "pls pass on to whoever ran the pooling tutorial that half the slides were blank",
    "could you tell the person who hosted monday's session the chat was switched off",
])
def test_a_message_for_the_staff_gets_the_ask_a_ta_hand_off(ask, text):
    a = ask(text, NOW)
    assert a.intent == "ask_ta" and not a.answered, a.text
    assert '"ask a TA"' in a.text and "privately" in a.text, a.text
    assert "urgent" in a.text, a.text  # the quicker route for what cannot wait
    assert not any(claim in a.text for claim in _CLAIMS_DONE), a.text
    command = commands.relay_request(text)
    assert command is not None and command.relay and command.question  # the whole message


@pytest.mark.parametrize("text", [
    "ugh this bot is pointless, get me a real person",
    "i need a human",
    "connect me with an actual person please",
    "i'd like to talk to someone real",
])
def test_a_person_asked_for_gets_the_hand_off(ask, text):
    a = ask(text, NOW)
    assert a.intent == "ask_ta", a.text
    assert '"ask a TA"' in a.text, a.text
    assert not any(claim in a.text for claim in _CLAIMS_DONE), a.text


@pytest.mark.parametrize("text", [
    "can you tell me who the TA for cw2 is",
    "did the lecturer tell us when cw2 is due",
    "tell me about the lecturer for week 3",
    "who should I tell if I'm sick for the panel",
    "can you tell the difference between a cnn and an rnn",
    "i want to be a person who understands transformers",
    "send me the lecture notes for week 2",
    "what did the prof say about cw2",
    "who ran the pooling tutorial",
    "can you tell me whoever runs the tutorials",
])
def test_questions_about_the_staff_are_no_message_to_pass_on(text):
    assert commands.relay_request(text) is None


def test_a_message_for_a_classmate_is_still_declined(ask):
    a = ask("dm jamal for me and tell him the tutorial moved", NOW)
    assert a.intent == "refused" and "classmate" in a.text, a.text


@pytest.mark.parametrize("text", [
    "you told me the wrong time for the tutorial last week, why would I believe you now",
    "your info about the panel was outdated",
    "u said the tutorial was at 2 but that was totally wrong",
    "honestly I can't trust you anymore",
    "you gave us an incorrect date for the quiz",
])
def test_the_bot_said_to_be_wrong_apologises_and_points_to_the_page(ask, text):
    a = ask(text, NOW)
    assert a.intent == "complaint" and not a.answered, a.text
    assert a.text.startswith("Sorry"), a.text
    assert "course page is the official source" in a.text, a.text
    assert '"ask a TA"' in a.text, a.text
    assert not a.events, a.text  # no listing of what the sentence names


@pytest.mark.parametrize("text", [
    "you said the panel is in week 8, what time is it?",
    "the page has the wrong room for the tutorial",
    "is my answer to question 3 wrong?",
    "the lecturer gave the wrong formula in lecture 5",
    "can i trust the dates on the page",
])
def test_other_wrongs_are_not_the_bot_s(text):
    assert not bot_was_wrong(text)


def test_a_question_beside_the_complaint_is_still_answered(ask):
    a = ask("you said the panel is in week 8, what time is it?", NOW)
    assert a.answered and a.events, a.text


@pytest.mark.parametrize("text", [
    "what have people been asking u about the exam",
    "what did my classmate priya ask you yesterday",
    "what did you tell the other students about cw3",
    "which questions did everyone else ask the bot today",
    "who else has asked you about task 1?",
])
def test_others_chats_with_the_bot_are_private(ask, text):
    assert asks_others_chats(normalize(text))
    a = ask(text, NOW)
    assert a.intent == "refused" and not a.answered, a.text
    assert "private" in a.text, a.text
    assert W.OTHER_COURSE.split("{")[0] not in a.text, a.text


@pytest.mark.parametrize("text", [
    "what did the lecturer say about cw2 in the q&a",
    "what did other students think of the tutorial?",
    "did anyone ask about the deadline on the forum",
    "what did you say the deadline for cw2 was?",
    "what did I ask you earlier",
])
def test_other_questions_about_what_was_said_keep_their_reading(text):
    assert not asks_others_chats(normalize(text))
