"""Messages that ask several things or lean on a turn before (round 14): an abbreviation's
full stop ends no sentence; a place said as where the writer is ("<city> here - ...") is
their zone, and asking whether the course leaves one free by a time is the timetable's
question; a fragment with nothing before it is asked back (or, naming its subject, answered
about that); in a chat it is asked as the turn before was; a session set against another
("same day as the q&a?") is compared."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core import wording as W
from bot.core.answer import AskContext
from bot.core.multipart import meant_alone
from bot.nlu.dialogue import Dialogue

NOW = "2021-02-15T09:00"
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize("text", [
    "do the recorded lectures have accessibility options, e.g. captions?",
    "are the lecture recordings accessible, i.e. subtitled?",
    "Are the lecture vids accessible e.g. closed captions?",
])
def test_an_abbreviation_ends_no_sentence(ask, text):
    a = ask(text, NOW)
    assert "doesn't say whether the lecture videos have captions" in a.text


@pytest.mark.parametrize(("text", "tz"), [
    ("Lagos here - will i be done with the dl sessions by 2pm on tuesday?", "Africa/Lagos"),
    ("dhaka here, will i be done with the course stuff by 6pm tuesday", "Asia/Dhaka"),
    ("karachi based - am i free by 5pm on tuesday?", "Asia/Karachi"),
])
def test_a_place_said_first_and_being_free_by_a_time_is_the_timetable(ask, text, tz):
    a = ask(text, NOW, tz)
    assert a.intent == "schedule" and a.answered
    assert "Tutorial" in a.text and "personal circumstances" not in a.text


@pytest.mark.parametrize("text", [
    "and the other one?",
    "what about the other one",
    "ok but what time",
    "wait which one",
    "and the week after?",
    "thats not right",
    "when is it?",
    "and who marks it",
    "how does it work?",
])
def test_a_fragment_with_nothing_before_it_is_asked_back(ask, text):
    a = ask(text, NOW)
    assert a.intent == "clarify" and not a.answered
    assert a.text.startswith(W.NO_CONTEXT.split(",")[0])
    assert not a.events


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("no i meant cw1", "CW1", "CW2"),
    ("No I meant task 3, not task 2!", "CW3", "CW2"),
    ("nah i meant the cw3 deadline not the cw2 one", "CW3", "CW2"),
])
def test_a_correction_with_nothing_before_it_answers_what_it_names(ask, text, expected,
                                                                   not_expected):
    a = ask(text, NOW)
    assert a.answered and a.intent == "deadline"
    assert expected in a.text and not_expected not in a.text


def test_a_correction_is_read_as_what_it_names():
    assert meant_alone("sorry i meant the q&a, not the tutorial") == "what about the q&a"
    assert meant_alone("no i meant when is cw1 due") == "when is cw1 due"
    assert meant_alone("no thanks") == "no thanks"


@pytest.fixture
def chat(assistant):
    assistant.dialogue = Dialogue()

    def _say(text: str, conversation: str = "c1"):
        when = datetime.fromisoformat(NOW).replace(tzinfo=LONDON)
        return assistant.answer(text, AskContext(when, LONDON, user="u",
                                                 conversation=conversation))
    return _say


def test_in_a_chat_the_other_one_is_the_other_coursework(chat):
    chat("when's cw2 due?")
    a = chat("and the other one?")
    assert a.intent == "deadline" and a.answered
    assert {e.id for e in a.events} == {"CW1", "CW3"}


def test_in_a_chat_the_others_are_asked_as_the_turn_before(chat):
    chat("who is marking task 2")
    a = chat("and the other ones?")
    assert a.intent == "people" and "CW1" in a.text and "CW3" in a.text


@pytest.mark.parametrize(("text", "verdict"), [
    ("1) when's the week 3 tutorial 2) who's running it 3) same day as the week 3 q&a?",
     W.SAME_AS_YES.format(unit="day")),
    ("- when is tutorial T07\n- is it the same day as the week 6 q&a?\n- where are the slides",
     W.SAME_AS_YES.format(unit="day")),
    ("when is the week 5 tut? and is it on the same day as the week 5 q&a",
     W.SAME_AS_YES.format(unit="day")),
])
def test_a_session_set_against_another_is_compared(ask, text, verdict):
    a = ask(text, NOW)
    assert verdict in a.text
    assert "No." not in a.text
