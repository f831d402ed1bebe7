"""Whether work not one's own may be used (copied, reused with a citation, done together) is a
rule the page may not state: never made up, answered with what the page says and a TA. A size
limit the page does not give is said to be missing; "more" that compares is not "what is
left"; displeasure before a question the page cannot answer is still heard."""

from __future__ import annotations

import pytest

from bot.nlu.safety import asks_integrity

NOW = "2021-02-15T09:00"


@pytest.mark.parametrize("text", [
    "is it ok to lift a transformer implementation off github for task 3 if i link the source?",
    "may we take snippets from a blog post for the coursework as long as we credit them",
    "am i allowed to get copilot to write parts of my notebook",
    "can two of us collaborate on cw1 and hand in the same code?",
    "what counts as plagiarism in this module",
])
def test_using_work_not_one_s_own_is_an_integrity_question(text):
    assert asks_integrity(text)


@pytest.mark.parametrize("text", [
    "can we use an online gpu service for the coursework",  # a service, not work
    "is the exam online",
    "what is the reparameterisation trick",
    "can i use pytorch's built-in lstm for task 2",
    "i copied the loss from the tutorial notebook and it gives nan",  # told, not asked
])
def test_other_questions_are_not(text):
    assert not asks_integrity(text)


@pytest.mark.parametrize("question", [
    "is it ok to lift a transformer implementation off github for task 3 if i link the source?",
    "may we take snippets from a blog post for the coursework as long as we credit them",
    "can two of us collaborate on cw1 and hand in the same code?",
    "what counts as plagiarism in this module",
])
def test_an_integrity_question_gets_no_invented_rule(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "policy" and not a.answered
    assert "doesn't state a rule" in a.text and "individually" in a.text
    assert "ask a TA" in a.text and "late penalties" not in a.text


@pytest.mark.parametrize("question", [
    "how big is the zip allowed to be for cw3?",
    "is there a size limit on the upload",
    "whats the maximum file size for submissions",
])
def test_a_size_limit_the_page_does_not_give_is_said_to_be_missing(ask, question):
    a = ask(question, now=NOW)
    assert not a.answered
    assert "doesn't mention a size limit" in a.text


def test_more_that_compares_is_not_what_is_left(ask):
    a = ask("does the coursework count for more than the exam?", now=NOW)
    assert a.answered and "50%" in a.text and "still to come" not in a.text


@pytest.mark.parametrize("question", [
    "honestly this bot is so frustrating. what format is the exam?",
    "ugh the page is so confusing, when is the exam",
])
def test_displeasure_before_an_unstated_fact_is_heard(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("Sorry for the trouble.")
    assert "doesn't give the exam's date" in a.text
