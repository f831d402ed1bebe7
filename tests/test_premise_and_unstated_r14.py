"""A premise about the weighting is checked number by number ("No: ..." with each wrong
number corrected, "Yes" when right); something of the exam or of the materials after term
that the page does not state is said not stated first, never answered with a nearby fact (the
weighting, how lectures are given) as if it answered. Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W

NOW = "2021-02-15T09:00"


@pytest.mark.parametrize(("question", "wrong"), [
    ("so cw is 20 percent each and the exam makes up the other 40?", ["20%", "40%"]),
    ("exam's worth 75% innit", ["75%"]),
    ("i heard coursework was 35% of the module, true?", ["35%"]),
    ("we only get two courseworks right", ["2"]),
    ("the three tasks are 10% each, so exam 70%?", ["10%", "70%"]),
])
def test_a_wrong_premise_is_corrected_with_every_number(ask, question, wrong):
    a = ask(question, NOW)
    first = a.text.splitlines()[0]
    assert first.startswith(W.CONFIRM_NO)
    for said in wrong:
        assert f"not {said}" in first
    assert "50%" in a.text


@pytest.mark.parametrize("question", [
    "exam counts 50 percent yeah?",
    "coursework is 50% of the final grade right",
])
def test_a_right_premise_is_confirmed(ask, question):
    assert ask(question, NOW).text.startswith(W.CONFIRM_YES)


@pytest.mark.parametrize("question", [
    "are the three tasks weighted equally within the 50%?",
    "if i get 45% on the exam do i pass",
    "how are the 3 courseworks weighted?",
])
def test_no_premise_is_read_into_a_question(ask, question):
    text = ask(question, NOW).text
    assert not text.startswith(W.CONFIRM_NO) and not text.startswith(W.CONFIRM_YES)


@pytest.mark.parametrize("question", [
    "will there be a resit exam in the summer",
    "is the exam gonna need lots of calculus",
    "can we bring notes into the exam",
])
def test_something_of_the_exam_not_stated_is_not_answered_with_its_weight(ask, question):
    a = ask(question, NOW)
    assert not a.answered
    assert a.text.startswith(W.EXAM_ASKED_NOT_STATED[:40]) or "doesn't" in a.text.split(".")[0]
    assert not a.text.startswith(W.ASSESSMENT[:20])


def test_an_assessment_the_page_does_not_list_is_said_not_listed(ask):
    # (round 25: the page lists its whole assessment, so a midterm is said not to be on it)
    a = ask("is there a midterm for this module?", NOW)
    assert a.text.startswith(W.ASSESSMENT_NOT_LISTED.format(what="midterm")), a.text


def test_whether_there_is_an_exam_is_answered(ask):
    a = ask("is there actually an exam or just coursework", NOW)
    assert a.answered and "50%" in a.text


@pytest.mark.parametrize("question", [
    "are the lectures recorded and kept online after the term?",
    "will the recorded lectures still be up after the module finishes",
    "recorded lectures forever?",  # (raised AttributeError: a misspelt wording name)
])
def test_recordings_after_term_are_said_not_stated_first(ask, question):
    a = ask(question, NOW)
    assert a.text.startswith(W.KEPT_AFTER_TERM_UNKNOWN)
    assert "pre-recorded" in a.text


@pytest.mark.parametrize("question", [
    "can two of us hand in one coursework between us?",
    "is it ok to submit one task as a pair",
])
def test_one_coursework_as_an_article_is_no_count_to_correct(ask, question):
    assert not ask(question, NOW).text.startswith(W.CONFIRM_NO)


def test_a_count_of_one_said_outright_is_corrected(ask):
    assert ask("there's only one task this year right?", NOW).text.startswith(W.CONFIRM_NO)
