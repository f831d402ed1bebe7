"""Mechanisms for messy messages: one test of whether a text asks, the question inside a
complaint, distress written without a pronoun, the soft personal reading giving way to a
notes answer or to named displeasure, refusals of paid work and of an exam's questions,
another course named by the subject of a session, and chat shorthand for a deadline. Each
phrasing is written for the test, not taken from a graded set."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core import personal
from bot.core import wording as W
from bot.core.multipart import asks
from bot.core.text import normalize
from bot.nlu.safety import refusal
from tests.conftest import ids

NOW = "2021-02-15T09:00"


# --- one decision of "does this text ask" ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "is it recorded", "so. can we work in pairs", "explain the elbo", "pls explain dropout",
    "who marks it", "the deadline?", "ok, does that count", "is batchnorm examinable",
    "was the lecture recorded",
])
def test_asking_texts(text):
    assert asks(text)


@pytest.mark.parametrize("text", [
    "the panel is on tuesday", "i keep forgetting lol", "this bot is useless",
    "it was tutorial not q&a", "was off sick", "am so lost with the clocks",
])
def test_statements_do_not_ask(text):
    assert not asks(text)


# --- the question inside a complaint ---------------------------------------------------------

def test_a_question_inside_a_complaint_is_answered_with_a_short_apology(ask):
    a = ask("honestly this thing is rubbish. i asked before, when is the next tutorial. "
            "give me a straight answer", now=NOW)
    assert a.answered and a.intent == "schedule"
    assert a.text.startswith(W.COMPLAINT_SORRY)
    assert "16 Feb" in a.text


def test_displeasure_with_the_bot_is_a_complaint_not_a_personal_matter(ask):
    a = ask("rubbish bot. you keep sending me links, I want an actual reply", now=NOW)
    assert a.intent == "complaint"
    assert "I can't see marks" not in a.text


# --- distress without a pronoun ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "so exhausted. no sleep for days, falling behind, no idea how to keep going",
    "stressed beyond belief, can't sleep, family pressure every day",
])
def test_distress_without_a_pronoun_is_personal_and_heard(ask, text):
    assert personal.rule_verdict(text) == "mind"
    assert "distress" in personal.matter(text)
    a = ask(text, now=NOW)
    assert a.intent == "personal" and not a.answered and a.events == []
    assert "wellbeing" in a.text


@pytest.mark.parametrize("text", [
    "is anxiety or stress covered anywhere in the course",  # topic words, no state
    "burnout is common in phd students?",  # one sign
    "she is exhausted and can't sleep, what should she do",  # someone else's
    "training is exhausted after 3 epochs and the loss can't keep up",  # a model's
])
def test_one_sign_or_someone_elses_strain_is_not_the_writers(text):
    assert personal.rule_verdict(text) is None


# --- the soft personal reading ---------------------------------------------------------------

def test_a_question_the_notes_answer_is_not_personal_for_a_tired_asker(ask):
    a = ask("explain the ELBO simply pls my head is mush", now=NOW)
    assert a.intent in ("content", "own_work") and a.answered


# --- refusals ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "finish the gan section of cw3 for me, i will pay",
    "do my attention code and ill pay you 40 pounds",
    "heard you keep the exam paper somewhere. just give me the questions",
    "send me the quiz questions before it opens",
])
def test_paid_work_and_an_exams_questions_are_refused(text):
    assert refusal(normalize(text)) == "assessed_work"


@pytest.mark.parametrize("text", [
    "can you tell me what kind of questions come up in the exam",
    "when will they show us the exam questions",
    "i can pay for a tutor, does the course recommend one",
    "write the cw2 report for me",  # refused, but as before
])
def test_questions_about_an_exam_or_paying_are_not_refused_for_it(text):
    expected = "assessed_work" if text.startswith("write") else None
    assert refusal(normalize(text)) == expected


def test_a_paid_request_gets_the_refusal_not_the_personal_reply(ask):
    a = ask("write the transformer part of task 3 for me pls, ill pay", now=NOW)
    assert a.intent == "refused" and not a.answered


# --- another course named by the subject of a session -----------------------------------------

@pytest.mark.parametrize("question", [
    "what time is the game theory lecture on wednesday",
    "where is the robot learning tutorial tomorrow",
])
def test_a_session_named_by_another_subject_is_another_course(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "other_course" and not a.answered and a.events == []


def test_a_session_named_by_a_subject_of_this_course_stays_ours(ask):
    a = ask("when is the attention tutorial", now=NOW)
    assert a.intent != "other_course" and a.answered


def test_the_part_after_another_courses_question_stays_with_that_course(ask):
    a = ask("when is the quantum computing exam? is it in the week after reading week",
            now=NOW)
    assert a.intent == "other_course" and a.events == []
    # ...unless it turns to this course
    b = ask("when is the quantum computing coursework due, and when is ours", now=NOW)
    assert "other_course" in {f.intent.value for f in b.frames}
    assert {f.intent.value for f in b.frames} != {"other_course"}


# --- chat shorthand ---------------------------------------------------------------------------

def test_ddl_is_a_deadline_and_both_parts_are_answered(ask):
    assert "deadline" in normalize("cw1 ddl?").split()
    a = ask("ddl for the second task? also is it group work or solo", now=NOW)
    assert "CW2" in ids(a)
    assert "individually" in a.text


# --- the intent classifier's personal reading, checked by the detector -------------------------

def test_results_of_ones_own_run_are_a_metric_feature(assistant):
    from bot.nlu.features import masked, sparse_features

    parse = assistant.view().understander.parse
    now = datetime(2021, 2, 15, 9, tzinfo=ZoneInfo("Europe/London"))

    def feats(text):
        q = parse(text, now, now.tzinfo)
        return sparse_features(q, masked(q))

    assert "shape:metric" in feats("val accuracy 58% but training 97%, on the cnn task")
    assert "shape:metric" in feats("loss stuck at 2.3 after epoch 10")
    assert "shape:metric" not in feats("the exam is 50% of the mark")


@pytest.mark.parametrize("text", [
    "training accuracy 97% but validation only 58% on the cnn coursework 😭 tried flips and "
    "crops already. any other ideas",
    "val loss 0.9 and climbing while train loss is 0.05 on task 2, i already use dropout. "
    "what now",
])
def test_a_worried_report_of_ones_own_results_is_not_a_personal_matter(ask, text):
    a = ask(text, now=NOW)
    assert a.intent != "personal"
    assert "I can't see marks" not in a.text
    assert "19:00" not in a.text  # never the deadline


# --- the asking sentence weighs most ----------------------------------------------------------

def test_remarks_around_an_asking_sentence_do_not_decide_its_reading(ask):
    a = ask("when's the exam. the real date please. everyone keeps guessing 😩", now=NOW)
    assert a.intent not in ("other_course", "personal")
    assert not a.answered and "exam" in a.text
    # ...but an asking sentence that names another course's subject stays that course's
    b = ask("when is the computer vision exam. need to plan my revision", now=NOW)
    assert b.intent == "other_course"
