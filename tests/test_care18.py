"""Round 18: a mishap that keeps the writer from a hand-in is a personal matter with the
deadline it bears on; another student's work asked for is declined with the rule that the
work is individual; a way into the staff's systems or their private numbers is declined.
Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.core.lexicon import COURSE_JUDGEMENT
from bot.core.text import normalize
from bot.nlu import safety

NOW = "2021-02-10T12:00"

_MISHAP_BESIDE_HAND_IN = [
    "my macbook crashed and won't turn on, task 2 is due on tuesday",
    "there's been a power outage in my building since this morning and cw2 is due soon",
    "no internet at home all week, can't hand in task 3",
    "kitchen fire at my flat yesterday, missed the task 2 deadline",
    "lost all my notebooks when my hard drive failed, cw2 is due on the 23rd",
    "wifi has been down since sunday and the cw3 deadline is coming up",
]


@pytest.mark.parametrize("text", _MISHAP_BESIDE_HAND_IN)
def test_a_mishap_beside_a_hand_in_gets_a_ta_and_the_deadline(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal", a.text
    assert "ask a TA" in a.text and "For reference" in a.text


@pytest.mark.parametrize("text", _MISHAP_BESIDE_HAND_IN)
def test_a_mishap_beside_a_hand_in_is_found(text):
    assert personal.hardship_beside_hand_in(text)
    assert personal.rule_verdict(text) is not None


@pytest.mark.parametrize("text", [
    "my colab runtime died halfway through training for task 2",
    "the training run crashed right before the cw2 deadline, why would the loss be nan",
    "what happens if the power goes out during the exam",   # no hand-in told
    "my laptop died last night",                             # no hand-in named
])
def test_the_work_going_wrong_is_no_mishap_of_ones_own(text):
    assert not personal.hardship_beside_hand_in(text)


_OTHERS_WORK = [
    "could somebody pm me their task 3 notebook pls",
    "send over your cw1 code, i'll rename stuff",
    "anyone finished task 2? can i copy yours",
    "pls share your solutions for cw3",
    "can anyone email me their coursework zip, just want to compare",
]


@pytest.mark.parametrize("text", _OTHERS_WORK)
def test_another_students_work_is_declined_with_the_individual_rule(ask, text):
    a = ask(text, NOW)
    assert a.intent == "refused", a.text
    assert "individually" in a.text and "unwell" not in a.text
    assert "another student" in a.text


@pytest.mark.parametrize("text", [
    "can someone explain the code from the tutorial",
    "where do i upload my notebook for task 2",
    "send me the lecture notes for week 3",
    "can you show me the formula for the output size of a conv layer",
])
def test_the_courses_material_or_ones_own_work_is_not_anothers(text):
    assert not safety.asks_for_others_work(normalize(text))


@pytest.mark.parametrize("text", [
    "how can i log into the staff portal to see the exam questions",
    "what's the admin password for the marks database",
    "anyone know the lecturer's login details",
    "how do i get access to the department drive where the marking scheme is",
])
def test_a_way_into_the_staffs_systems_is_declined(ask, text):
    a = ask(text, NOW)
    assert a.intent == "refused", a.text
    assert "break into" in a.text


@pytest.mark.parametrize("text", [
    "how do i access past exam papers",
    "i forgot my password for the submission system",
    "how do i log into my account on the lab machines",
    "is the marking scheme for cw2 published",
])
def test_ones_own_account_and_past_papers_are_no_break_in(text):
    assert not safety.breaks_into_staff_side(normalize(text))


@pytest.mark.parametrize("text", [
    "whats the phone number of the lecturer",
    "can i have the phone number for dr kainz",
    "whatsapp of the TA pls",
])
def test_a_staff_members_numbers_are_private(ask, text):
    a = ask(text, NOW)
    assert a.intent == "refused" and "private details" in a.text, a.text


@pytest.mark.parametrize("text", [
    "is this module difficult",
    "should i take this course if my linear algebra is rusty",
    "would this class be manageable for a beginner",
    "how tough is the module honestly",
    "is this module worth taking if my python is weak",
])
def test_a_judgement_of_the_course_is_not_on_the_page_with_a_ta(ask, text):
    a = ask(text, NOW)
    assert a.intent == "not_on_page", a.text
    assert "doesn't say" in a.text and "ask a TA" in a.text


@pytest.mark.parametrize("text", [
    "is it hard to implement a gan",
    "is it ok for me to submit late",
    "is the q&a worth attending",
])
def test_how_hard_a_thing_is_to_do_is_no_judgement_of_the_course(text):
    assert not COURSE_JUDGEMENT.search(normalize(text))


def test_office_hours_asked_casually_are_not_off_topic(ask):
    a = ask("yo do yall have office hours outside tuesday", NOW)
    assert a.intent != "off_topic", a.text
    assert "doesn't mention office hours" in a.text and "ask a TA" in a.text
