"""Round 29 (F, e): a request to the staff about the writer's career, outside the course's
teaching (a reference, an internship or research placement, a doctorate with them), is a
request for a person: the page does not cover it, the staff decide, a TA can pass it on;
never another course's, off topic or a listing of the person's sessions. Phrasings written
for the test."""

from __future__ import annotations

import pytest

from bot.core.their_call import asks_their_grant


@pytest.mark.parametrize(("text", "staff_named"), [
    ("is professor x recruiting new phd students this year", False),
    ("does she accept masters students for summer projects? asking for me", False),
    ("who would i ask for a letter of recommendation for grad school", False),
    ("could you recommend me for a job at a startup", False),
    ("are there research opportunities in their lab over the summer", False),
    ("i'd like to start a phd under one of the lecturers", False),
    ("is <name> accepting phd students", True),
])
def test_a_career_request_asks_a_persons_grant(text, staff_named):
    assert asks_their_grant(text, staff_named)


@pytest.mark.parametrize("text", [
    "can you recommend a good paper on attention",
    "who is taking the q&a this week",
    "what is the research paper for lecture 5 about",
    "do the tas take questions at the tutorial",
])
def test_near_misses_ask_no_grant(text):
    assert not asks_their_grant(text, False)


@pytest.mark.parametrize("question", [
    "is the lecturer of the gan lecture taking on phd students next year?",
    "any summer internship going in the lecturers' research group?",
    "i need someone to be my referee for a masters application, who should i ask",
])
def test_a_career_request_is_passed_to_a_person(ask, question):
    a = ask(question)
    assert a.intent == "not_on_page" and not a.answered, a.text
    assert "ask a TA" in a.text and "course page says nothing" in a.text, a.text


def test_a_staff_members_sessions_still_answer_who_takes_a_session(ask):
    a = ask("who is taking the tutorial next tuesday?")
    assert a.intent == "people" and a.answered, a.text
