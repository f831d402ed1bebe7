"""A statement checked by a tag ("task 3 is due this thursday right?") or a yes/no guess is
answered under its premise: Yes or No first, then what the page says; a premise the page
contradicts ("so lecture 17 won't be examined?") is said to be wrong before the page's own
sentence."""

from __future__ import annotations

import pytest

from bot.core import personal

NOW = "2021-02-15T09:00"


@pytest.mark.parametrize("question, verdict, date", [
    ("task 3 is due this thursday right?", "No:", "9 Mar"),
    ("the second coursework deadline is tuesday 23 feb, correct?", "Yes:", "23 Feb"),
    ("cw2's due in february isn't it", "Yes:", "23 Feb"),
    ("task 1 closed on the 5th, didn't it", "Yes:", "5 Feb"),
    ("is cw3 due in week 7?", "No:", "9 Mar"),
])
def test_a_guessed_deadline_is_confirmed_or_corrected(ask, question, verdict, date):
    a = ask(question, now=NOW)
    assert a.intent == "deadline" and a.answered
    assert a.text.startswith(verdict) and date in a.text


def test_a_choice_between_two_dates_is_no_yes_or_no(ask):
    a = ask("is task 2 due on the 22nd or the 23rd?", now=NOW)
    assert "23 Feb" in a.text and not a.text.startswith(("Yes", "No"))


@pytest.mark.parametrize("question", [
    "lecture 19 won't be examined then, is that right?",
    "lectures 20 and 21 wont come up in the exam right?",
    "so lecture 17 isn't examinable because it has no exclamation mark?",
])
def test_a_premise_the_page_contradicts_is_corrected(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "logistics" and a.answered
    assert a.text.startswith("No, that's not what the course page says:")
    assert "examinable" in a.text


def test_a_plain_question_about_what_is_examinable_gets_no_correction(ask):
    a = ask("is lecture 19 examinable?", now=NOW)
    assert a.answered and "not what the course page says" not in a.text


@pytest.mark.parametrize("text", [
    "the deadline for task 3 is in march right",
    "cw1 closed on the 5th, didn't it",
    "q&a is at ten on tuesdays yeah",
])
def test_a_tag_makes_a_statement_ask(text):
    assert personal._ASKING_SENTENCE.search(personal.normalise(text))


@pytest.mark.parametrize("question, now, verdict", [
    ("the first task is due on the 5th of march isn't it?", "2021-01-28T14:05", "No:"),
    ("cw3 is due april 9th yeah?", "2021-02-20T10:00", "No:"),
    ("cw1 is due march the 5th isn't it?", "2021-01-28T14:05", "No:"),
    ("cw1 was the 5th right?", "2021-02-07T14:05", "Yes:"),  # no month: the day is guessed
])
def test_a_day_guessed_with_its_month_is_checked_with_that_month(ask, question, now, verdict):
    assert ask(question, now).text.startswith(verdict)
