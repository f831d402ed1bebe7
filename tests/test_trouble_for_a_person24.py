"""Issue 13, trouble a person must sort out: the individual-work rule only for working
together (never a Teams team or another group's room); not reaching the course's own
systems (channel, enrolment list, hand-in page) handed to a person with the session or
deadline concerned; registering late asked as a matter for the staff; no compute to be had
answered with the page's advice, the deadline and a TA offer."""

from __future__ import annotations

import pytest

from bot.core import wording as W

_LOCKED = W.LOCKED_OUT.split(":")[0]
_COMPUTE = W.COMPUTE_TROUBLE.split(".")[0]
_ADMIN_WORDS = "a change to your place on the course"


@pytest.mark.parametrize("message", [
    "where's the deep learning channel on teams? i don't see it anywhere",
    "can someone send me the link to the team chat for the tutorials",
    "is there a recording of the breakout group from the other tutorial?",
    "which tutorial group am i in?",
])
def test_a_team_or_group_that_is_a_place_gets_no_individual_rule(ask, message):
    a = ask(message, now="2021-02-09T09:30")
    assert W.INDIVIDUAL not in a.text, a.text


@pytest.mark.parametrize("message", [
    "can we do the coursework in groups?",
    "is task 3 a group project?",
    "can my flatmate and i work together on cw1?",
])
def test_working_together_still_gets_the_individual_rule(ask, message):
    a = ask(message, now="2021-02-09T09:30")
    assert "implemented individually" in a.text, a.text


@pytest.mark.parametrize("message", [
    "can't see the course channel on teams, where is it? the q&a's about to start",
    "i cannot find the deep learning team in teams, what do i do? q&a starts now",
])
def test_no_channel_told_with_a_follow_up_is_handed_on_with_the_session(ask, message):
    a = ask(message, now="2021-02-09T09:58")
    assert a.text.startswith(_LOCKED), a.text
    assert [e.kind for e in a.events] == ["qa"], a.text


@pytest.mark.parametrize("message, task", [
    ("the portal says i'm not enrolled on the module so there is no upload link for cw2",
     "CW2"),
    ("there's no hand-in page for task 3 on the system, due next week", "CW3"),
    ("it shows i am not registered, can't see a submission button for task 2", "CW2"),
])
def test_no_way_to_hand_in_is_handed_on_with_the_deadline(ask, message, task):
    a = ask(message, now="2021-02-15T10:00")
    assert a.text.startswith(_LOCKED), a.text
    assert [e.id for e in a.events] == [task], a.text


@pytest.mark.parametrize("message", [
    "where do i submit task 2?",
    "when is the next q&a?",
    "is there a recording of the tutorial?",
])
def test_questions_without_trouble_are_not_handed_on(ask, message):
    a = ask(message, now="2021-02-15T10:00")
    assert not a.text.startswith(_LOCKED), a.text
    assert not a.text.startswith(_COMPUTE), a.text


@pytest.mark.parametrize("message", [
    "i'm doing a masters in the chemistry faculty, can i still enrol on deep learning?",
    "too late for me to sign up for this module? it's week 4 already",
    "is it too late to register for the course now that term has started?",
])
def test_registering_late_goes_to_the_staff(ask, message):
    a = ask(message, now="2021-02-22T10:00")
    assert a.intent == "personal" and _ADMIN_WORDS in a.text, a.text


@pytest.mark.parametrize("message, intent", [
    ("is it too late to submit task 1?", "deadline"),
    ("is it too late to join the q&a? it began 5 minutes ago", "schedule"),
])
def test_too_late_for_a_hand_in_or_a_session_is_not_registration(ask, message, intent):
    a = ask(message, now="2021-02-09T10:05")
    assert a.intent == intent and _ADMIN_WORDS not in a.text, a.text


@pytest.mark.parametrize("message, task", [
    ("the cloud notebook won't give me a gpu anymore, says i'm over my quota. task 3 due soon",
     "CW3"),
    ("ran out of compute units on colab and cw2 is due thursday, any ideas??", "CW2"),
    ("paperspace: no gpus available all day, can't get a machine. cw2 deadline tomorrow",
     "CW2"),
])
def test_no_compute_gets_the_advice_the_deadline_and_a_ta(ask, message, task):
    a = ask(message, now="2021-02-22T09:00")
    assert a.text.startswith(_COMPUTE) and "ask a TA" in a.text, a.text
    assert [e.id for e in a.events] == [task], a.text


@pytest.mark.parametrize("message", [
    "which gpu should i use for the coursework?",
    "cuda out of memory when i train my cw2 model",
    "i have no gpu on my laptop",
])
def test_gpu_questions_without_compute_trouble_keep_their_answers(ask, message):
    a = ask(message, now="2021-02-22T09:00")
    assert not a.text.startswith(_COMPUTE), a.text
