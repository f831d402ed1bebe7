"""Messy messages, by mechanism (round 7): a life arrangement said as context (a job, shifts,
caring, an appointment, a time zone) is not a personal matter, and the question after it is
answered from that question; a letter about oneself stays the staff's; another course named
only as "my other module" is another course's, and this course's things named by a general
subject or generically stay ours; counting events is a schedule question; numbered questions
are parts; "like the others" compares tasks, not students; code copied from the course's
notebooks is how a bug came about, not misconduct. Each phrasing is written for the test,
not taken from a graded set."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.core import personal
from bot.core import wording as W
from bot.core.multipart import split_question
from bot.nlu.intents import Intent
from bot.nlu.model import Prediction
from bot.nlu.pipeline import _ask_after_context, _asks_of_another_course
from bot.nlu.policy import _displeased
from bot.nlu.safety import refusal

NOW = "2021-02-15T09:00"
FORUM = {"forum": "Piazza", "forum_course": "70010/460 Deep Learning [Spring 2021]"}


def _personal_reply(text: str) -> bool:
    return W.PERSONAL.format(**FORUM)[:50] in text


# --- 1. a life arrangement said as context is no personal matter ---------------------------

@pytest.mark.parametrize("text", [
    # the background in a clause of the asking sentence
    "my placement runs monday to wednesday, what days are the tutorials on",
    "i do night shifts at a garden centre so when are the lectures put up",
    "how many q&as are still to come, sorting out my work shifts",
    # what one would miss is what is on, not a request to miss it
    "got a visa appointment friday morning, will i miss anything that day",
])
def test_background_in_a_clause_before_a_course_question_is_no_rule(text):
    assert personal.rule_verdict(text) is None


@pytest.mark.parametrize("text", [
    "my job changed my hours, can i switch tutorial group",
    "i have a visa appointment during the quiz, can i take it another day",
    "I seem to be missing from the course list on Teams, could you add me",  # asks of it
    "is it ok if task 3 is a day late, i've been working double shifts",
])
def test_a_request_of_ones_own_beside_the_background_stays_personal(text):
    assert personal.rule_verdict(text) is not None


@pytest.mark.parametrize("text", [
    "please send me a confirmation of enrolment listing the lectures i take",
    "who writes the attendance letter i need for the home office",
])
def test_a_letter_about_oneself_is_the_staffs(text):
    assert personal.rule_verdict(text) is not None


def test_the_question_after_a_clause_of_context_is_read_alone():
    assert _ask_after_context("i babysit on wednesday evenings, is anything on then?") \
        == "is anything on then?"
    assert _ask_after_context("hey, is there a lecture today") is None  # a greeting


def test_a_job_before_a_schedule_question_gets_the_schedule(ask):
    a = ask("i work mornings at a bakery, is anything on on fridays?", now=NOW)
    assert a.intent == "schedule" and a.answered
    assert not _personal_reply(a.text)


def test_caring_before_a_schedule_question_gets_the_schedule_after_a_ta_offer(ask):
    # (round 13: what one lives with, told beside a question, is offered a TA for an
    # arrangement first; the question is still answered in the same reply)
    a = ask("i look after my nan on thursdays, is anything scheduled on thursdays?", now=NOW)
    offer, _, rest = a.text.partition("Here's what the course page says:")
    assert "ask a TA" in offer
    assert "Thursday" in rest and "Tuesday" in rest  # nothing on Thursdays; sessions are Tuesdays


def test_no_personal_reply_for_a_question_with_its_context_after_it(ask):
    a = ask("how many tutorials are still to come, sorting out my work shifts", now=NOW)
    assert a.answered and a.intent in ("schedule", "logistics")
    assert not _personal_reply(a.text)


def test_the_lectures_a_letter_mentions_are_not_listed(ask):
    a = ask("could the course send me a confirmation of enrolment that lists my lectures? "
            "it's for my bank", now=NOW)
    assert a.intent == "personal"
    assert "Lecture 0" not in a.text


def test_context_before_the_question_does_not_list_its_lectures(ask):
    a = ask("Hi, I started late because of visa delays and I've only done lectures 1 to 5. "
            "I'm trying to catch up now. When's the next tutorial?", now=NOW)
    assert a.intent == "schedule" and a.answered
    assert "Lecture 0" not in a.text and "Tutorial" in a.text


# --- 2. another course named only as another; this course's things named generally --------

@pytest.mark.parametrize("text", [
    "when's the exam for my other module",
    "my second course has a lab tomorrow, what time is it",
    "who sets the coursework in the other module i take",
])
def test_another_courses_thing(text):
    assert _asks_of_another_course(text)


@pytest.mark.parametrize("text", [
    "i have a seminar for another module on tuesday mornings, what will i miss",
    "my other module has a lab on tuesdays, which of our sessions clash",
    "when is the exam",
])
def test_not_another_courses_thing(text):
    assert not _asks_of_another_course(text)


def test_a_deadline_of_my_other_module_is_another_course(ask):
    a = ask("when's the exam for my other module", now=NOW)
    assert a.intent == "other_course"


def test_what_i_miss_here_after_another_modules_session_is_ours(ask):
    a = ask("i have a seminar for another module on tuesday mornings, what will i miss in dl",
            now=NOW)
    assert a.intent != "other_course"


def test_this_courses_notes_named_by_a_general_subject_are_ours(ask):
    a = ask("where do i find that essential machine learning revision stuff", now=NOW)
    assert a.intent == "logistics" and a.answered


# --- 3. counting events ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["how many tutorials have we got over the whole term",
                                  "how many q&as have there been so far"])
def test_counting_events_is_answered_from_the_schedule(ask, text):
    a = ask(text, now=NOW)
    assert a.answered and a.intent in ("schedule", "logistics")


# --- 4. parts: numbered questions, comparisons with the other tasks, copied code ------------

def test_numbered_questions_are_parts_and_their_announcement_is_none():
    assert split_question("my gan draws the same digit (a 1) whatever z i give it") == [
        "my gan draws the same digit (a 1) whatever z i give it"]  # no list
    assert split_question("quick ones: 1) how much does the coursework count 2) what does "
                          "dropout do") == ["how much does the coursework count",
                                            "what does dropout do"]
    assert split_question("(1) when is cw1 due (2) who marks it") == ["when is cw1 due",
                                                                        "who marks it"]


def test_numbered_questions_are_both_answered(ask):
    a = ask("two things: 1) how much does the coursework count 2) what does dropout do",
            now=NOW)
    assert "50%" in a.text and a.sources  # the notes answer the second
    assert not a.text.startswith("Hello")


@pytest.mark.parametrize("text", ["is cw2 marked by the same people like the others",
                                  "and is task 3 also submitted on cate like the others"])
def test_like_the_others_compares_tasks_not_students(text):
    assert refusal(text) is None


def test_the_others_data_is_still_refused():
    assert refusal("send me the others' notebooks for task 2") == "others_data"


def test_code_copied_from_the_notebook_is_a_bug_not_misconduct():
    assert personal.rule_verdict("ValueError: expected 4D input (got 2D input). i copied the "
                                 "conv block from the tutorial notebook") is None
    assert personal.rule_verdict("i copied parts of a friend's code for task 2, am i in "
                                 "trouble") is not None
    assert personal.rule_verdict("my notebook was flagged, i copied a function from the "
                                 "tutorial") is not None


def test_displeasure_is_read_in_its_own_clause():
    said = SimpleNamespace(text="this bot is rubbish. i asked about my vae and it gave me a date")
    mine = SimpleNamespace(text="my wifi is rubbish, when is the q&a")
    for q in (said, mine):
        q.words = q.text.replace(".", " ").replace(",", " ").split()
    complaint = Prediction(((Intent.COMPLAINT, 0.5), (Intent.UNKNOWN, 0.5)), embedded=True)
    assert _displeased(said, complaint)
    assert not _displeased(mine, complaint)


# --- 5. what is said around a question ------------------------------------------------------

def test_a_later_part_naming_nothing_asks_more_of_the_part_before(ask):
    a = ask("cw2 was the 23rd wasnt it?? what time", now=NOW)
    assert a.intent == "deadline" and "19:00" in a.text
    assert "Next up" not in a.text and len(a.frames) == 1


def test_a_part_after_help_with_the_work_that_asks_nothing_is_its_context(ask):
    a = ask("my vae reconstructions are all blurry, is my kl term too strong? cw2 stuff",
            now=NOW)
    assert a.intent == "own_work"
    assert "due" not in a.text and len(a.frames) == 1


def test_a_statement_of_ones_own_after_an_answer_is_its_context(ask):
    a = ask("is there a tutorial every week? my tuesday shifts keep moving", now=NOW)
    assert a.answered
    assert "Nothing is scheduled" not in a.text
