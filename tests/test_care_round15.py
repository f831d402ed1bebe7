"""Messages with a person behind them (round 15): someone who may be in danger, a long
backstory before a schedule question, a submission gone wrong, a greeting alone. Phrasings
written for the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from tests.test_second_course import ask2, second  # noqa: F401 (the second course's fixtures)

NOW = "2021-02-10T22:00"

_CRISIS = [
    "i honestly cant do this any more",
    "whats even the point. i feel like giving up on everything",
    "i dont want to be here anymore tbh",
    "ive been hurting myself again",
    "everyone would be better off without me",
    "I just want it all to stop. i don't see a way out",
    "im so tired, i dont think i can keep going. when is cw2 due",
]


@pytest.mark.parametrize("text", _CRISIS)
def test_someone_who_may_be_in_danger_is_answered_with_care_and_help_not_the_course(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal" and not a.answered and not a.events
    assert "emergency services" in a.text and "trust" in a.text
    assert 'say "ask a TA"' in a.text and "privately" in a.text
    # the support named comes from the course data
    assert "Samaritans" in a.text
    # nothing of the course: no marks or extensions template, no deadline, no forum
    assert "extension" not in a.text and "marks" not in a.text and "CW2" not in a.text
    assert "Piazza" not in a.text


def test_without_support_in_the_course_data_the_help_is_named_in_general_words(
        ask2):  # noqa: F811 (the imported fixture)
    a = ask2("i can't do this anymore, nobody would notice if i was gone")
    assert a.intent == "personal"
    assert W.CRISIS_EMERGENCY in a.text and W.CRISIS_SUPPORT in a.text


@pytest.mark.parametrize("text", [
    "cant do this anymore, my loss is nan again after 3 epochs",
    "whats the point of the pooling layer",
    "my gan is hopeless, the generator collapses every time",
])
def test_despair_over_a_bug_or_a_point_asked_is_no_crisis(ask, text):
    a = ask(text, NOW)
    assert "emergency services" not in a.text


# --- a long backstory, then a question of the schedule --------------------------------------

@pytest.mark.parametrize(("text", "event"), [
    ("sorry this is long. i've been so isolated lately, living on my own and had a bad cold, "
     "really stressed and behind. anyway when is the week 5 tutorial, is it this week?", "T06"),
    ("been feeling really low and isolated, havent been out much. anyway when is the next "
     "q&a session?", "QA-W5"),
])
def test_a_backstory_before_a_schedule_question_gets_the_answer_too(ask, text, event):
    a = ask(text, "2021-02-08T09:00")
    assert event in [e.id for e in a.events]
    assert "emergency services (" not in a.text  # no crisis reply for a hard week


# --- a hand-in gone wrong ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "cw"), [
    ("submitted an empty zip for task 1 by accident, the deadline was 25 mins ago", "CW1"),
    ("wifi cut out while submitting cw1 and now its late", "CW1"),
    ("the system keeps giving an error when i try to upload my cw1 notebook", "CW1"),
    ("uploaded the old version of my notebook, deadline just passed", "CW1"),
])
def test_a_hand_in_gone_wrong_is_offered_a_ta_with_the_deadline(ask, text, cw):
    a = ask(text, "2021-02-05T19:25")
    assert a.intent == "personal" and not a.answered
    assert 'say "ask a TA"' in a.text and "privately" in a.text
    assert W.PERSONAL_SUBMISSION in a.text
    assert [e.id for e in a.events] == [cw]
    assert "marks" not in a.text  # not the marks template


# --- a greeting or a mention alone ----------------------------------------------------------

@pytest.mark.parametrize("text", ["@CourseBot", "hey @DLhelper you awake?", "anyone home??",
                                  "<at>Course Assistant</at> hello? u there", "ping",
                                  "hello?? is this thing on"])
def test_a_greeting_or_mention_alone_is_greeted_with_what_the_bot_does(ask, text):
    a = ask(text, NOW)
    assert a.intent == "greeting" and a.text == W.GREETING


@pytest.mark.parametrize("text", ["hey, when is cw2 due?", "ok", "good"])
def test_a_greeting_with_a_question_or_a_word_alone_is_not_greeted(ask, text):
    assert ask(text, NOW).text != W.GREETING


# --- what to catch up on before a session named by its week ---------------------------------

@pytest.mark.parametrize(("text", "tutorial"), [
    ("revision notes? also what should i catch up on before the week 4 tutorial", "T04"),
    ("what do i need to know for the week 5 tutorial", "T06"),
    ("anything i should review before the tutorial in week 3?", "T03"),
])
def test_what_to_catch_up_on_before_a_weeks_tutorial_is_its_lectures(ask, text, tutorial):
    a = ask(text, "2021-01-20T10:00")
    assert tutorial in [e.id for e in a.events]
    assert "can't tell which" not in a.text
