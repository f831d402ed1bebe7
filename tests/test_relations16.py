"""Round 16: questions that relate sessions and deadlines to each other. Each phrasing is the
developer's own; each failed on the start of the round."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-01T09:00"


# --- one thing placed by another, whatever kind the anchor is ---------------------------------

@pytest.mark.parametrize(("question", "expected", "not_expected"), [
    ("what's the first session after task 1 is handed in?", ["QA-W5"], ["CW2"]),
    ("which class comes next once task 1 is handed in?", ["QA-W5"], ["CW2"]),
    ("which tutorial comes straight after the hype panel", ["TUT-W8"], ["T04"]),
    ("the tutorial right after the panel discussion - who runs it?", ["TUT-W8"], ["T04"]),
    ("the q&a just before the one bronstein runs: who ran it?", ["QA-W6"], ["QA-W7"]),
    ("which q&a comes just after cw1 is handed in", ["QA-W5"], ["QA-W4"]),
    ("the last q&a before coursework 3 is due - when is it", ["QA-W7"], ["QA-W4"]),
    ("the lecture right before the week 7 tutorial, when is it?", ["L22"], ["L21"]),
])
def test_the_thing_nearest_an_anchor_of_another_kind(ask, question, expected, not_expected):
    answer = ask(question, now=NOW)
    assert answer.answered
    assert set(expected) <= set(ids(answer)), answer.text
    assert not set(not_expected) & set(ids(answer)), answer.text


@pytest.mark.parametrize("question", [
    "first lecture after cw2 is due?",
    "any lecture straight after task 2's deadline?",
])
def test_none_of_the_kind_after_the_anchor_is_said(ask, question):
    answer = ask(question, now=NOW)
    assert "no lectures after" in answer.text, answer.text
    assert "L01" not in ids(answer)


# --- the time from one thing to a task's deadline ---------------------------------------------

@pytest.mark.parametrize(("question", "gap", "anchor", "task"), [
    ("if I begin task 2 after the week 5 tutorial, how long do I have", "14 days 7 hours",
     "T06", "CW2"),
    ("starting cw3 right after the gnn lecture, how much time do i get?", "14 days 8 hours",
     "L22", "CW3"),
    ("say i only start coursework 3 once the hype panel is over - how many days is that?",
     "7 days 8 hours", "PANEL-W8", "CW3"),
    ("how long do i have for task 2 if i start after the cw1 deadline", "18 days", "CW1",
     "CW2"),
])
def test_time_from_a_thing_to_a_deadline(ask, question, gap, anchor, task):
    answer = ask(question, now=NOW)
    assert answer.text.lower().startswith(gap), answer.text
    assert {anchor, task} <= set(ids(answer))


# --- the hours the dated sessions take --------------------------------------------------------

@pytest.mark.parametrize("question", [
    "how many hours of live sessions are there overall",
    "total hours of live teaching in the course?",
    "how much time in live classes altogether, in hours?",
])
def test_live_hours_in_all(ask, question):
    answer = ask(question, now=NOW)
    # 14 dated sessions and the week 2 Q&A counted by its weekly slot (round 25); the week 7
    # Q&A and tutorial share one hour
    assert answer.text.startswith("14 hours"), answer.text
    assert "15 sessions, 1 of them counted by the weekly timetable slot" in answer.text
    assert "week 2" in answer.text  # the Q&A the page gives no time, said apart


def test_live_hours_of_one_kind_and_still_to_come(ask):
    tutorials = ask("how many hours of tutorials are there in total", now=NOW)
    assert tutorials.text.startswith("7 hours of tutorials"), tutorials.text
    left = ask("how many contact hours are still left?", now="2021-02-10T09:00")
    assert left.text.startswith("6 hours of live sessions still to come"), left.text
    weekly = ask("how many hours a week is the course", now=NOW)
    assert not weekly.text.startswith("13 hours")


# --- a range over more than one kind: what was missed, what falls due -------------------------

@pytest.mark.parametrize(("question", "now", "held", "not_held"), [
    ("which tutorials have I missed so far", "2021-02-10T09:00", ["T01", "T06"], ["T07"]),
    ("started late (week 4 now) - what tutorials did i miss?", "2021-02-03T09:00",
     ["T01", "T04"], ["T06", "QA-W3"]),
    ("which q&as did we miss before I registered", "2021-02-10T09:00", ["QA-W3", "QA-W5"],
     ["QA-W6", "T03"]),
])
def test_the_sessions_of_a_kind_missed_are_those_held(ask, question, now, held, not_held):
    answer = ask(question, now=now)
    assert set(held) <= set(ids(answer)), answer.text
    assert not set(not_held) & set(ids(answer)), answer.text


@pytest.mark.parametrize("question", [
    "what will I miss if I'm off between 1 and 10 march, including deadlines",
    "off 1-10 march: what would i miss, deadlines too?",
])
def test_a_span_ahead_lists_sessions_and_deadlines(ask, question):
    answer = ask(question, now=NOW)
    assert {"PANEL-W8", "TUT-W8", "CW3"} <= set(ids(answer)), answer.text


# --- a question on the material with one on where it is taught -------------------------------

@pytest.mark.parametrize(("question", "taught", "not_named"), [
    ("what's dropout for and which lecture covers it", "Lecture 07", "Tutorial T09 covers"),
    ("how does dropout work? which lecture is that in?", "Lecture 07", "Tutorial T09 covers"),
])
def test_where_the_material_is_taught_is_the_notes_answers_lecture(ask, question, taught,
                                                                    not_named):
    answer = ask(question, now=NOW)
    assert answer.quotes, answer.text  # the material itself, from the notes
    assert taught in answer.text and not_named not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "rnn = recurrent net right? who teaches it and when",
    "gru is a gated rnn, correct? who teaches that and when",
    "rnns = recurrent networks yeah? who lectures it and when",
])
def test_who_and_when_after_a_content_check_is_this_course(ask, question):
    answer = ask(question, now=NOW)
    assert answer.quotes, answer.text
    assert "another course" not in answer.text and "only know about" not in answer.text
    # the week 6 sessions where recurrent networks are taught, with their staff
    assert "Tue 16 Feb 2021" in answer.text and "Spies" in answer.text, answer.text
