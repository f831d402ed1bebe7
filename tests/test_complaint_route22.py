"""Asking how (or wishing) to raise a complaint, a problem or feedback needs a person: the
reply says whose it is (by what it is about), what the page says of the session named (who
ran it), and the private way to the staff; never the staff list of a session as if the
question were who teaches it, nor a marks-and-extensions reply. Phrasings written for the
test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.complaint_route import asks_to_raise

NOW = "2021-02-17T09:00"  # (a Wednesday: Tuesday's Q&A and tutorial are past)

PRIVATE_WAY = 'say "ask a TA"'


SESSION = [
    "our whole group wants to complain about how yesterday's tutorial was run, who do we go to",
    "we'd like to make a complaint about the way the last tutorial was handled",
    "several of us aren't happy with how the q&a went yesterday, who should we tell?",
    "how can we complain about yesterdays tutorial, it was chaos",
    "yesterday's q&a started late and none of the questions got answered, who do i escalate "
    "this to",
]


@pytest.mark.parametrize("text", SESSION)
def test_a_complaint_about_a_session_gets_the_private_way_to_the_staff(ask, text):
    a = ask(text, NOW)
    assert a.intent == "complaint" and not a.answered
    assert a.text.startswith(W.COMPLAINT_ROUTE["session"])
    assert PRIVATE_WAY in a.text and "only the course staff" in a.text
    assert "Staff named on the course page" not in a.text


def test_the_session_complained_of_is_named_with_who_ran_it(ask):
    a = ask("our group wants to complain about how yesterday's tutorial was run, who do we "
            "talk to", NOW)
    assert a.events and all(e.kind == "tutorial" for e in a.events)
    assert all(e.start.date().isoformat() == "2021-02-16" for e in a.events)
    assert W.COMPLAINT_FACTS in a.text and "with " in a.text


def test_a_session_still_to_come_is_not_the_one_complained_of(ask):
    # ("on monday" read forward is next week's; what is complained of has happened)
    a = ask("how do i complain about the lecture on monday, it was awful", "2021-02-10T12:00")
    assert a.intent == "complaint"
    assert all(e.start is None or e.start.isoformat() < "2021-02-10" for e in a.events)


@pytest.mark.parametrize("text", [
    "who should i talk to about my cw1 being marked unfairly",
    "who do we speak to about unfair marking on task 2",
    "i want to complain about the marking of coursework 1, how do i do that",
])
def test_a_complaint_about_marking_goes_to_the_staff(ask, text):
    a = ask(text, NOW)
    assert a.intent == "complaint" and not a.answered
    assert a.text.startswith(W.COMPLAINT_ROUTE["marking"])
    assert PRIVATE_WAY in a.text and "extension" not in a.text


@pytest.mark.parametrize("text", [
    "i'd like to report an error in the task 3 notebook",
    "there is a typo in the coursework spec, who should i tell",
    "where do we report mistakes in the lecture slides?",
])
def test_a_problem_with_the_material_is_for_the_staff_to_look_at(ask, text):
    a = ask(text, NOW)
    assert a.intent == "complaint" and not a.answered
    assert a.text.startswith(W.COMPLAINT_ROUTE["material"])
    assert PRIVATE_WAY in a.text


@pytest.mark.parametrize("text", [
    "who do i complain to about one of the lecturers",
    "how do we make a complaint about a tutor",
])
def test_a_complaint_about_a_member_of_staff_names_the_department_too(ask, text):
    a = ask(text, NOW)
    assert a.intent == "complaint" and not a.answered
    assert "department" in a.text and PRIVATE_WAY in a.text


@pytest.mark.parametrize("text", [
    "is it possible to give anonymous feedback on the tutorials?",
    "can we leave feedback about the course anonymously",
    "how do i send feedback on the lectures without my name on it, anonymously",
])
def test_anonymous_feedback_is_said_unstated_and_the_nameless_hand_off_offered(ask, text):
    a = ask(text, NOW)
    assert a.intent == "complaint" and not a.answered
    assert a.text.startswith(W.COMPLAINT_ROUTE_FEEDBACK)
    assert W.COMPLAINT_ROUTE_ANONYMOUS in a.text and "ask a TA anonymously" in a.text


@pytest.mark.parametrize("text", [
    "where can i give feedback on the tutorials",
    "is there somewhere to leave comments about the course",
])
def test_feedback_asked_where_to_give_goes_to_the_staff(ask, text):
    a = ask(text, NOW)
    assert a.intent == "complaint" and a.text.startswith(W.COMPLAINT_ROUTE_FEEDBACK)
    assert PRIVATE_WAY in a.text


# --- guards (kept as they were) --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "when do we get feedback on cw2",
    "has the feedback for task 1 been released yet?",
    "who do i talk to about an extension",
    "i have a problem with my code for task 2, who should i ask",
    "who is running the tutorial today",
    "how do i write the report for cw3",
    "the tutorial today was a mess",
])
def test_what_raises_nothing_is_not_read_as_asking_to_raise(text):
    assert asks_to_raise(text) is None


def test_how_a_member_of_staff_treated_the_writer_stays_personal(ask):
    a = ask("the TA in my breakout room was rude to me, where can i raise it", NOW)
    assert a.intent == "personal" and a.text.startswith(W.PERSONAL_CONDUCT.split(".")[0])


def test_a_complaint_about_a_member_of_staff_lists_no_session_staff(ask):
    a = ask("i want to make a complaint about how a TA spoke to our group in yesterday's "
            "tutorial", NOW)
    assert a.intent == "complaint" and not a.events and "department" in a.text
