"""Round 23: people in other roles and the bot itself. Leave asked to come to the sessions
from outside the course goes to the staff; who built the bot is not known; a forget-me
asked of "everything i told you" starts the forget-me flow; trouble getting into a session's
room or link is handed to a person, with the session. Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.locked_out import locked_out
from bot.core.personal import asks_admin, asks_to_sit_in
from bot.core.text import normalize
from bot.nlu import commands
from bot.nlu.commands import ForgetMe

_MONDAY = "2021-02-08T10:00"


# --- leave to come to the sessions ---------------------------------------------------------

@pytest.mark.parametrize("message", [
    "would anyone mind if I audited the Q&A sessions?",
    "Is it okay for me to sit in on the lectures next week?",
    "I work in the biology department, can I come along to the tutorials?",
    "postdoc here, could I attend the Q&A sessions?",
    "Not enrolled on this module but may I join the Q&A on Tuesday?",
    "doing a DPhil at another university - could I perhaps observe a couple of the tutorials?",
])
def test_leave_to_come_to_sessions_goes_to_the_staff(ask, message):
    assert asks_to_sit_in(message) and asks_admin(message)
    a = ask(message, now=_MONDAY)
    assert a.intent == "personal" and not a.answered, a.text
    assert "ask a TA" in a.text and "sitting in" in a.text


@pytest.mark.parametrize("message", [
    "can I join the tutorial on teams?",
    "I'm auditing from physics, can you explain how dropout works?",
    "am i allowed to join the q&a late?",
    "can I attend the Q&A remotely?",
    "my friend from another department asked when the lectures are",
    "how do I join the tutorial?",
])
def test_a_student_asking_how_to_come_asks_no_leave(message):
    assert not asks_to_sit_in(message)


# --- who built the bot ---------------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "who's behind this bot? the lecturers?",
    "did the course staff build you?",
    "is this assistant run by the department?",
    "who made you",
    "who programmed this thing anyway",
])
def test_who_built_the_bot_is_not_known(ask, message):
    a = ask(message, now=_MONDAY)
    assert a.intent == "help" and not a.answered and not a.events, a.text
    assert "who built or runs me" in a.text and "ask a TA" in a.text


def test_what_the_bot_is_is_still_answered(ask):
    a = ask("are you a human or a program?", now=_MONDAY)
    assert a.answered and "who built" not in a.text


# --- forget me in plain words --------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "could u delete everything i have told you? bit awkward",
    "please wipe all i asked you today",
    "can you erase our whole conversation",
    "forget everything I've said to you pls",
])
def test_forgetting_what_one_said_starts_the_forget_me_flow(ask, message):
    a = ask(message, now=_MONDAY)
    assert a.intent == "forget_me" and a.text == W.FORGET_CONFIRM, a.text
    assert not any(isinstance(c, ForgetMe) and c.confirmed for c in a.commands)


@pytest.mark.parametrize("message", [
    "forget what i said, when is cw2 due",
    "i forgot everything i learned about cnns",
    "ignore that last message",
])
def test_one_remark_taken_back_is_no_deletion(message):
    assert not commands.asks_to_forget(normalize(message))


# --- trouble getting in --------------------------------------------------------------------

@pytest.mark.parametrize(("message", "now", "wanted"), [
    ("i can't get into the teams channel and the tutorial is starting now",
     "2021-02-09T10:58", "T06"),
    ("can't access the teams channel, Q&A begins in 5 minutes, help!", "2021-02-09T09:55",
     "QA-W5"),
    ("the meeting link for the q&a isn't working", "2021-02-09T10:05", "QA-W5"),
    ("never got added to the team for this module, tutorial soon", "2021-02-09T10:40", "T06"),
])
def test_trouble_getting_in_is_handed_to_a_person_with_the_session(ask, message, now, wanted):
    a = ask(message, now=now)
    assert "ask a TA" in a.text and "can't give you access" in a.text, a.text
    assert wanted in {e.id for e in a.events}


@pytest.mark.parametrize("message", [
    "I can't join the tutorial on tuesday, I have a clash",
    "can't see why batchnorm helps",
    "i don't see the point of the tutorial",
    "where is the tutorial held?",
])
def test_not_coming_or_not_understanding_is_no_trouble_getting_in(message):
    assert not locked_out(message)


# --- a topic said loosely, a name with a slip ----------------------------------------------

@pytest.fixture(scope="module")
def topic_index():
    from pathlib import Path

    from bot.core.topics import TopicIndex
    from bot.schedule.loader import load_schedule

    return TopicIndex(load_schedule(Path(__file__).parent.parent / "schedule.yaml"))


@pytest.mark.parametrize(("phrase", "wanted"), [
    ("graph conv nets", "L22"),
    ("recurrent nets", "L18"),
    ("generative adversarial nets", "L17"),
    ("variational autoenc", "L16"),
])
def test_an_abbreviation_said_in_loose_words_names_its_title(topic_index, phrase, wanted):
    best = topic_index.search(phrase, limit=1)[0]
    assert best.item.id == wanted and best.named


@pytest.mark.parametrize("phrase", ["batch size", "diffusion models", "graph theory"])
def test_words_that_say_no_abbreviation_are_not_stretched(topic_index, phrase):
    assert not any(m.named for m in topic_index.search(phrase))


@pytest.mark.parametrize(("word", "name", "same"), [
    ("bronstone", "bronstein", True),   # three slips, the first four letters right
    ("bronsen", "bronstein", True),
    ("brandon", "bronstein", False),    # the start differs
    ("brownie", "bronstein", False),
    ("vlontzas", "vlontzos", True),
    ("spice", "spies", False),          # short names allow one slip only
])
def test_a_long_name_with_a_few_slips_is_still_the_name(word, name, same):
    from bot.core.understand import _rough_match

    assert _rough_match(word, name) is same


# --- earlier runs and other modules ---------------------------------------------------------

@pytest.mark.parametrize("message", [
    "took this module back in 2018, has the syllabus changed since then?",
    "was this course harder in previous years?",
    "graduated last year - is Kainz still teaching it, and is the content any different now?",
])
def test_an_earlier_run_is_said_to_be_off_the_page(ask, message):
    a = ask(message, now=_MONDAY)
    assert a.intent == "not_on_page" and not a.answered, a.text
    assert "nothing about earlier years" in a.text and "ask a TA" in a.text
    if "Kainz" in message:
        assert "Kainz appears on the course page" in a.text  # this year's, as the page says


@pytest.mark.parametrize("message", [
    "is this course tougher than computer vision?",
    "is deep learning more work than the NLP module?",
])
def test_another_module_compared_is_said_to_be_off_the_page(ask, message):
    a = ask(message, now=_MONDAY)
    assert a.intent == "not_on_page" and "doesn't compare this course" in a.text, a.text


@pytest.mark.parametrize("message", [
    "is the q&a still on tuesday?",
    "I took ML last year, will that help me here?",
    "is task 2 more work than task 1?",
])
def test_no_earlier_run_or_other_module_compared(ask, message):
    a = ask(message, now=_MONDAY)
    assert "earlier years" not in a.text and "doesn't compare this course" not in a.text
