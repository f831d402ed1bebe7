"""Round 26 (B): what only a person can grant is theirs to decide, not their sessions'
listing; a reminder asked by the person whose sessions it is for."""

from __future__ import annotations

import pytest

from bot.core.their_call import asks_their_grant
from bot.nlu.commands import parse_command

DURING = "2021-02-10T10:00"


# --- 7. what only the person can grant ----------------------------------------------------
@pytest.mark.parametrize("text, staff_named", [
    ("would Spies be my project supervisor", True),
    ("can the prof write me a letter of recommendation for my masters", False),
    ("do you think she'd be a referee for my grad school application", False),
    ("could Li take me on for a summer internship", True),
    ("will the lecturer supervise my individual project next year", False),
])
def test_a_grant_of_theirs_is_told(text, staff_named):
    assert asks_their_grant(text, staff_named)


@pytest.mark.parametrize("text, staff_named", [
    ("who supervises the tutorials", False),       # a role on the page, asked of
    ("does Li run the q&a", True),
    ("is there a reference list for the notes", False),
    ("who marks task 2", False),
    ("write me a summary of lecture 5", False),     # nobody asked of
])
def test_not_a_grant(text, staff_named):
    assert not asks_their_grant(text, staff_named)


def test_a_named_person_is_theirs_to_decide_with_their_next_session(ask):
    a = ask("could Spies maybe supervise my thesis?", now=DURING)
    assert a.intent == "not_on_page" and not a.answered
    assert a.text.startswith("I can't speak for Spies") and "ask a TA" in a.text
    assert [e.id for e in a.events] == ["QA-W6"]   # their next session, where to ask


def test_a_role_is_theirs_to_decide(ask):
    a = ask("would my lecturer be willing to write me a reference letter?", now=DURING)
    assert a.text.startswith("I can't speak for the staff") and "marks" not in a.text


# --- 8. a reminder asked for a person's sessions --------------------------------------------
@pytest.mark.parametrize("text", [
    "set an alarm for the Spies thing",
    "set me a reminder before the Li session",
    "alert me before Kainz's stuff",
])
def test_a_reminder_in_other_words_is_a_command(text):
    command = parse_command(text)
    assert command is not None and command.action == "subscribe"


@pytest.mark.parametrize("text", [
    "my alarm didn't go off and i missed the q&a",
    "what time should i set my alarm for",
])
def test_an_alarm_told_of_is_no_command(text):
    assert parse_command(text) is None


def test_the_reminder_lists_that_persons_sessions(ask):
    a = ask("set an alarm for the Spies thing", now=DURING)
    assert a.intent == "remind"
    assert "Sessions with Spies still to come" in a.text
    assert {e.id for e in a.events} == {"QA-W6", "T07", "T08"}
    assert a.commands and a.commands[0].kinds == frozenset({"qa", "tutorial"})


def test_none_of_that_kind_is_said(ask):
    a = ask("ping me 30 min before Spies's lecture", now=DURING)
    assert "no session of that kind with Spies" in a.text and not a.events


# --- 2. a group the page never names ---------------------------------------------------------
@pytest.mark.parametrize("question, said", [
    ("do BSc students sit the same quizzes", "Week 3 quiz"),
    ("do part-timers have to go to the tutorials too", "Tutorial (T01"),
    ("is the exam/coursework weighting the same for MRes students", "exam (50%)"),
])
def test_a_group_the_page_never_names_gets_the_rule_and_a_ta(ask, question, said):
    a = ask(question, now=DURING)
    assert a.intent == "not_on_page" and "doesn't say anything specific to" in a.text
    assert said in a.text and "ask a TA" in a.text


@pytest.mark.parametrize("question", [
    "BSc student here, when is the next tutorial?",
    "exchange student here, when is cw2 due",
])
def test_a_group_told_of_oneself_keeps_the_question(ask, question):
    a = ask(question, now=DURING)
    assert a.answered and "doesn't say anything specific" not in a.text


# --- 3. a thing the page does not list, told as missing ----------------------------------------
@pytest.mark.parametrize("question", [
    "N13 isn't up on the materials page",
    "where did N12 go?? the notes jump from N11 to N15",
    "cant find N14 anywhere, is it missing",
])
def test_a_missing_thing_reported_gets_a_person(ask, question):
    a = ask(question, now=DURING)
    assert a.intent == "missing" and "the course staff can check" in a.text
    assert a.text.count("ask a TA") == 1 and a.text.count("the course staff can check") == 1


def test_a_missing_thing_asked_of_is_only_said_missing(ask):
    # said missing; a gap in the numbering offers a TA once (why it is skipped is theirs),
    # without the "staff can check" of a thing reported missing
    a = ask("what is N13 about", now=DURING)
    assert a.intent == "missing" and a.text.count("ask a TA") <= 1
    assert "the course staff can check" not in a.text


# --- 4. the quiz's own question in a message of two parts ---------------------------------------
@pytest.mark.parametrize("question", [
    "who's at the q&a tomorrow and is the quiz even graded?",
    "when is task 2 due and does that quiz count for anything",
])
def test_the_quiz_part_is_answered_of_the_quiz(ask, question):
    a = ask(question, now=DURING)
    assert "doesn't list the quizzes as assessed" in a.text
    assert "No graded coursework is due" not in a.text


def test_graded_work_in_a_time_keeps_its_reading(ask):
    a = ask("is there a graded quiz next week", now=DURING)
    assert "No graded coursework is due next week" in a.text
