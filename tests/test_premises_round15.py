"""A yes/no question's premise checked against the facts the reply lists (round 15): the
weekday and the clock time (with its minutes) of a session where the asker is, the person
named for a session of a kind, and marks or earlier years the page does not give, which no
nearby rule (the weighting, a deadline) answers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, now, tz, verdict, listed", [
    ("in perth the week 5 tutorial is wednesday for me yeah?", "2021-02-03T09:00",
     "Australia/Perth", "No, not on Wednesday", "Tue 9 Feb 2021, 19:00"),
    ("the q and a next week falls on monday for me in vancouver, right", "2021-02-10T09:00",
     "America/Vancouver", "No, not on Monday", "Tue 16 Feb 2021, 02:00"),
    ("kathmandu here - the GCN lecture is at 4pm tuesday my time correct?", "2021-02-18T09:00",
     "Asia/Kathmandu", "No, not at 16:00", "15:45"),
    ("the week 6 tutorial is at 7pm on tuesday for me in manila, yes?", "2021-02-10T09:00",
     "Asia/Manila", "Yes", "19:00"),
])
def test_a_stated_day_or_time_is_checked_where_the_asker_is(ask, question, now, tz, verdict,
                                                             listed):
    a = ask(question, now=now, tz=tz)
    assert a.answered and a.text.startswith(verdict) and listed in a.text


def test_a_person_named_for_a_tutorial_on_a_topic_is_checked_against_that_tutorial(ask):
    a = ask("spies is running the vae tutorial isnt it", now="2021-02-03T09:00")
    assert a.text.startswith("No") and "T06" in a.text and "Schmidtke" in a.text


@pytest.mark.parametrize("question", [
    "whats the cutoff for a distinction in this module",
    "how much do i need on the exam to end up with a merit overall",
    "are there grade boundaries published",
])
def test_marks_for_a_classification_are_not_answered_with_the_weighting(ask, question):
    a = ask(question, now="2021-02-10T09:00")
    assert "doesn't mention the marks a distinction" in a.text


@pytest.mark.parametrize("question", [
    "previous years the third task was an rnn one, will it be again?",
    "my friend says last year cw1 used cifar, is it the same for us",
])
def test_an_earlier_year_of_the_course_is_said_not_to_be_on_the_page(ask, question):
    a = ask(question, now="2021-02-10T09:00")
    assert a.intent == "not_on_page" and "earlier years of the course" in a.text


@pytest.mark.parametrize("question, now, expected", [
    ("whats the recommended compute for the tasks", "2021-02-10T09:00", "Google Colab"),
    ("what do we run the coursework on", "2021-02-10T09:00", "Google Colab"),
    ("is any of this in person or all online", "2021-02-10T09:00", "The course runs online"),
    ("is the tutorial tomorrow actually on, someone said not all slots are used",
     "2021-02-22T09:00", "Yes: Tomorrow"),
])
def test_logistics_the_page_states_asked_in_other_words(ask, question, now, expected):
    a = ask(question, now=now)
    assert a.answered and expected in a.text.splitlines()[0]


def test_no_yes_for_a_person_named_for_a_session_they_do_not_run(ask):
    a = ask("the attention tutorial is with srinivasan isnt it", now="2021-02-10T09:00")
    assert not a.text.startswith("Yes") and "T03" in a.text
