"""Issue 13, round 24: what the bot should and should not say. Phrasings written for the
test (several per class), with near-misses that must keep their own reply."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.text import normalize
from bot.nlu.safety import refusal

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text", [
    "type out the code for task 1 for me, no explanation needed",
    "pls generate the complete solution to cw2 - no comments, I'll sort the rest",
    "can you write the whole implementation for cw3, i'll read it later",
    "finish cw1 for me, i'm out of time",
    "just code up the notebook for task 2 and send it",
])
def test_code_for_an_assessed_task_is_refused_as_work_done(ask, text):
    assert refusal(normalize(text)) == "assessed_work"
    a = ask(text, NOW)
    assert a.intent == "refused", a.text
    assert a.text.startswith(W.REFUSE_ASSESSED_WORK[:40]), a.text


@pytest.mark.parametrize("text", [
    "can i write the code for task 2 in jax?",
    "where is the code for task 2",
    "can you explain the code for task 2",
    "show me the code for the vae in the notes",
    "do i have to do the notebook for task 3?",
    "give me the code for lecture 5",
])
def test_questions_about_a_tasks_code_are_not_refused(text):
    assert refusal(normalize(text)) is None


@pytest.mark.parametrize("text", [
    "msc student from edinburgh here - would it be ok if i watched the transformer lecture on "
    "your module?",
    "undergrad at kings, is it possible to get access to your lectures on attention?",
    "phd student at another college, heard the GNN lecture is live - could i come along?",
    "hi, I'm not registered on this course but could I listen in on the next Q&A?",
])
def test_an_outsider_asking_to_join_gets_the_sit_in_hand_off(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal", a.text
    assert "sitting in" in a.text, a.text
    assert "appears on the course page for" not in a.text, a.text


@pytest.mark.parametrize("text", [
    "can i join the tutorial on teams",
    "am i allowed to join the q&a late",
    "im a student at home this week, can i join the tutorial remotely?",
    "could i watch the recording of lecture 5 later?",
])
def test_a_student_asking_how_to_come_is_not_asked_leave(text):
    from bot.core.personal import asks_to_sit_in
    assert not asks_to_sit_in(text)


@pytest.mark.parametrize("text, said", [
    ("did students last year get the same number of quizzes as us?", "Week 3 quiz"),
    ("will next year's cohort have the same coursework?", "CW2"),
    ("were there 3 tasks in the 2019 run of the module too?", "CW3"),
    ("is the exam weighting the same as last year's?", "50%"),
])
def test_another_run_of_this_course_gets_this_runs_facts(ask, text, said):
    a = ask(text, NOW)
    assert a.intent != "other_course", a.text
    assert "covers only this run" in a.text or "earlier years of the course" in a.text, a.text
    assert said in a.text and "ask a TA" in a.text, a.text
    assert "I only know about" not in a.text, a.text


@pytest.mark.parametrize("text", [
    "i did ML last year, is cw1 hard?",
    "if i defer to next year will cw2 be the same?",
    "has it changed since last year?",
    "what did we cover last week in the tutorial",
    "the 2017 transformer paper, is it in lecture 20?",
    "when is cw2 due",
])
def test_no_other_run_is_read_where_none_is_asked(text):
    from bot.core.other_run import this_run_instead
    assert this_run_instead(text, {2020, 2021}) is None


@pytest.mark.parametrize("text", [
    "is there a printer near the tutorial room? want a hard copy of the cw2 spec",
    "how do i renew a library book I need for the coursework",
    "how do i pay my tuition fees, is it needed before the coursework",
])
def test_a_university_service_is_pointed_to_the_university(ask, text):
    a = ask(text, NOW)
    assert a.intent == "off_topic", a.text
    assert "run by the university" in a.text, a.text
    assert W.REFUSE_ASSESSED_WORK[:30] not in a.text, a.text
    assert not a.events, a.text


@pytest.mark.parametrize("text", [
    "how do i print the loss every epoch in task 2",
    "which library should i use for cw2, pytorch or jax?",
    "where do i submit my cw3 notebook",
    "my visa appointment clashes with the tutorial, can i get an extension",
    "is the course book in the library?",
    "print(x) shows nan in my cw1 notebook",
])
def test_code_and_course_questions_are_no_university_service(text):
    from bot.core.university_services import university_service
    assert university_service(text) is None


@pytest.mark.parametrize("text, said", [
    ("recorded?", "pre-recorded"),
    ("lecture videos", "pre-recorded"),
    ("grades", "50%"),
    ("exam results", "doesn't say when marks"),
    ("results?", "doesn't say when marks"),
])
def test_a_bare_thing_of_the_course_gets_what_the_page_says_of_it(ask, text, said):
    a = ask(text, NOW)
    assert said in a.text, a.text
    assert W.BARE_FRAGMENT_MEANT in a.text, a.text
    assert not a.text.startswith("Sorry, I don't know"), a.text


@pytest.mark.parametrize("text", ["my marks", "cw2 marks", "when are marks out", "hello",
                                  "feedback?", "marks for cw2"])
def test_a_question_or_ones_own_marks_is_no_bare_thing(text):
    from bot.core.bare_fragments import bare_question
    assert bare_question(text) is None


@pytest.mark.parametrize("text", [
    "what is cw3 about? the attention stuff?",
    "what topics does coursework 1 cover? batch norm maybe?",
])
def test_a_guess_at_what_a_task_covers_is_not_confirmed_from_the_notes(ask, text):
    a = ask(text, NOW)
    assert a.text.startswith(W.TASK_CONTENTS_UNKNOWN[:40]), a.text
    assert "The notes say" not in a.text and not a.sources, a.text


def test_a_concept_asked_alone_is_still_quoted_from_the_notes(ask):
    a = ask("what is covariate shift?", NOW)
    assert a.intent == "content" and a.sources, a.text


@pytest.mark.parametrize("text", [
    "do i need to show up for the intro to pytorch notebook session?",
    "is attendance at the pytorch notebook compulsory",
])
def test_a_material_named_beside_attendance_is_said_of(ask, text):
    a = ask(text, NOW)
    assert "among week 2's materials" in a.text, a.text
    assert "attending the sessions is compulsory" in a.text, a.text


def test_attendance_alone_names_no_material(ask):
    a = ask("is attendance compulsory", NOW)
    assert "materials" not in a.text, a.text
