"""A circumstance told with a question the page answers (issue 13): the question is answered,
and a circumstance that needs a person (one's illness, a loss, an arrangement one may need) is
offered a TA privately, before the facts; one that needs no person (where one lives) gets the
answer alone. And one mark of "a person + a private attribute" for the refusals and the policy."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.core import wording as W
from bot.nlu import safety
from bot.nlu.safety import refusal
from tests.test_nlu_round11 import normalized

NOW = "2021-02-15T09:00"


@pytest.mark.parametrize("text", [
    pytest.param(
        "i've had a horrible flu since thursday and can barely get up. what's the next deadline?",
        marks=pytest.mark.xfail(strict=True, reason=(
            "round 30: 'since thursday' is now read as the Thursday gone by (right), and the "
            "illness told with a past day loses its sympathy and TA offer; only the deadline "
            "is answered. Left open: find where a personal part holding a past day is dropped"))),
    "I've been off with a chest infection since monday, which coursework is due next?",
])
def test_ones_own_illness_is_offered_a_ta_before_the_answer(ask, text):
    a = ask(text, NOW)
    assert a.text.startswith(W.PERSONAL_UNWELL.strip().rstrip("."))  # sympathy first
    assert 'say "ask a TA"' in a.text
    assert "CW2" in a.text and a.text.index("CW2") > a.text.index("ask a TA")


def test_a_loss_is_heard_and_offered_a_ta_before_the_date(ask):
    a = ask("my aunt passed away at the weekend. when does the next coursework close?", NOW)
    assert a.intent == "personal"
    assert "sorry" in a.text.split("\n")[0].lower()
    assert "ask a TA" in a.text and "23 Feb" in a.text
    assert a.text.index("23 Feb") > a.text.index("ask a TA")


@pytest.mark.parametrize("text, due", [
    ("i'm dyslexic and will probably need extra time on coursework. when is task 3 due?",
     "9 Mar"),
    ("I have ADHD so may need more time for the deadlines - when's the next coursework due?",
     "23 Feb"),
])
def test_an_arrangement_one_may_need_is_offered_a_ta_and_the_date_given(ask, text, due):
    assert personal.course_request(text) is not None
    a = ask(text, NOW)
    assert a.intent == "personal" and 'say "ask a TA"' in a.text
    assert due in a.text and a.text.index(due) > a.text.index("ask a TA")


def test_asking_for_the_arrangement_itself_stays_a_persons(ask):
    text = "i'm dyslexic and need extra time, can i have a week more for task 3?"
    assert personal.course_request(text) is None
    a = ask(text, NOW)
    assert a.intent == "personal" and "ask a TA" in a.text and "19:00" not in a.text


@pytest.mark.parametrize("text", [
    "I'm living in Bristol this year, will I need to travel to London for the module?",
    "i'm up in glasgow, do i ever have to come in for this course?",
    "do I need to come into college at any point?",
])
def test_whether_one_must_come_in_is_how_the_course_is_given(ask, text):
    assert personal.asks_to_come_in(text)
    a = ask(text, NOW)
    assert a.intent == "logistics" and a.answered
    assert "online" in a.text and "ask a TA" not in a.text


@pytest.mark.parametrize("text", [
    "do i have to go to the tutorials", "will i need to go to the exam hall early",
    "do we have to be in the q&a",
])
def test_going_to_a_session_is_no_question_of_coming_in(text):
    assert not personal.asks_to_come_in(text)


# --- one mark of a person and a private attribute -------------------------------------------

@pytest.mark.parametrize("text", [
    "does priya have a boyfriend",
    "where does she live",
    "is the tutor married",
    "how old is prof smith",
    "whats the ta's mobile number",
])
def test_a_person_with_a_private_attribute_is_marked_without_names(text):
    assert safety.private_life(text)
    assert refusal(text) == "others_data"


@pytest.mark.parametrize("text", [
    "are the quizzes at home or in person", "where does the output live in the notebook",
    "is the encoder single layer", "how old is resnet", "where do i put my home address",
    "my housemate lost his phone, when is cw2 due",
])
def test_a_thing_or_the_writers_own_is_no_ones_private_life(text):
    assert not safety.private_life(text)


def test_names_the_schedule_gives_are_persons_for_the_policy(assistant):
    text = normalized(assistant, "is barmpas on holiday next week")
    assert not safety.private_life(text)
    assert safety.private_life(text, ["barmpas"])


@pytest.mark.parametrize("text", [
    "im taking this and the robotics module and lost track, which one has something due on "
    "9 march?",
    "i am in this and the signal processing module, which module has a deadline on the 23rd "
    "of feb?",
])
def test_which_of_ones_courses_has_a_date_is_answered_for_ours(ask, text):
    a = ask(text, "2021-02-10T09:00")
    assert any(e.kind == "deadline" for e in a.events)
    assert "9 Mar" in a.text or "23 Feb" in a.text


def test_an_arrangement_asked_after_itself_stays_a_persons():
    assert personal.course_request("i have extra time agreed with disability services, will "
                                   "they carry over to this module's exam?") is None


def test_a_question_told_as_what_one_wants_to_know_is_answered_after_a_long_story(ask):
    text = ("awful fortnight: my partner has been in hospital, my bike got stolen and the wifi "
            "in my flat died. i just want to know when the next q&a is so i can plan around it")
    assert personal.course_request(text) == "when the next q&a is"
    a = ask(text, "2021-02-10T09:00")
    assert a.text.startswith(W.PERSONAL_KIND) and "16 Feb" in a.text
    # wanting to know whether one gets something for oneself stays a person's
    assert personal.course_request("been ill all week, i want to know if i can get an "
                                   "extension") is None
