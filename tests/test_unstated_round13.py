"""Round 13: what the page does not state of a thing it lists, a clash it shows asked how it
works, and a message meant for someone else (phrasings written for these tests)."""

from __future__ import annotations

import pytest

NOW = "2021-02-15T09:00"


# --- a thing the page lists, asked something it has no field for -------------------------

@pytest.mark.parametrize("question", [
    "is coursework task 2 more work than task 1?",
    "how many hours should task 3 take?",
    "which coursework is the longest?",
    "how big is coursework task 1 compared to task 2",
])
def test_effort_of_a_task_is_not_answered_with_its_deadline(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "not_on_page" and not a.answered
    assert "how much work" in a.text and "ask a TA" in a.text
    assert "deadline" in a.text  # what the page does say of the tasks


@pytest.mark.parametrize("question", [
    "if there's a strike will the coursework deadlines be pushed back?",
    "will the task 2 deadline move if the uni closes because of disruption?",
])
def test_dates_under_a_disruption_are_not_stated(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "not_on_page" and not a.answered
    assert "strike or other disruption" in a.text and "ask a TA" in a.text


@pytest.mark.parametrize("question", [
    "how are the tutorial groups decided?",
    "can I swap to a different TA for tutorials?",
    # ("can i change my tutorial group?" asks a decision for oneself: a person's, privately,
    # since round 16's grading; tests/test_care_round16.py)
])
def test_how_groups_are_formed_is_not_stated(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "not_on_page" and not a.answered
    assert "tutorial groups" in a.text and "50%" not in a.text


def test_a_task_deadline_is_still_answered(ask):
    a = ask("when is task 2 due?", now=NOW)
    assert a.intent == "deadline" and a.answered and "how much work" not in a.text


# --- a clash the page shows, asked how it works -------------------------------------------

@pytest.mark.parametrize("question", [
    "the tutorial and the Q&A are both at 11 on 23 feb? how does that work",
    "on 23/02 the Q&A and the tutorial are at the same time, which one do I go to?",
    "both the Q&A and tutorial at 11:00 in week 7, how am I supposed to attend both",
    "there are two things at 11 on 23/02, is that a mistake?",
])
def test_a_clash_asked_how_it_works_says_the_page_does_not(ask, question):
    a = ask(question, now=NOW)
    assert "11:00" in a.text
    assert "doesn't say how that works" in a.text and "ask a TA" in a.text


def test_a_day_with_the_clash_asked_plainly_is_not_told_so(ask):
    a = ask("what's on 23 feb?", now=NOW)
    assert a.answered and "doesn't say how that works" not in a.text


# --- a message meant for someone else -----------------------------------------------------

@pytest.mark.parametrize("question", [
    "Hi Mark, the boiler in flat 4 is broken again, can you send someone?",
    "Hey Mark, rent for March is transferred, let me know if it arrived",
    "Dear Grace, the landlord says we can move in on Friday",
    "hi Mark are we still on for football tonight?",
    "Mark, the washing machine in flat 2 is leaking, please call the plumber",
    "Hi Mark, can you tell the landlord the window is broken",
])
def test_a_message_to_someone_else_is_declined_politely(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "off_topic" and not a.answered
    assert "meant for someone else" in a.text and "50%" not in a.text


def test_a_course_question_greeting_someone_by_name_is_answered(ask):
    a = ask("Hi Mark, when is cw2 due?", now=NOW)
    assert a.intent == "deadline" and a.answered and "23 Feb" in a.text
