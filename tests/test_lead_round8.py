"""The lead's fixes after merging round 8: behaviours, in new phrasings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "caught up on lectures 1 to 5 until yesterday. what percentage is the exam worth?",
    "i started late and watched up to lecture 9 before the weekend, how much does the exam "
    "count and the coursework?",
])
def test_the_exams_weight_asked_after_lectures_and_times_said_as_context(ask, text):
    # Lectures watched "until now" are context: the question is the weight, not what is
    # examinable and not when the exam is.
    a = ask(text, now="2021-02-15T09:00")
    assert a.answered and "50%" in a.text
    assert "examinable" not in a.text and "date" not in a.text


def test_whether_a_lecture_counts_for_the_exam_is_still_what_is_examinable(ask):
    a = ask("does lecture 19 count for the exam?", now="2021-02-15T09:00")
    assert "examinable" in a.text and "50%" not in a.text


@pytest.mark.parametrize("after", ["i don't want the other students to know pls",
                                   "pls don't tell the whole class"])
def test_a_remark_after_a_personal_matter_is_part_of_it(ask, after):
    # How to treat the matter ("keep it private") asks nothing of its own: no second reply
    # (a refusal was appended to it before).
    a = ask(f"i have a chronic illness and miss some sessions, can i get extra time on the "
            f"coursework? {after}", now="2021-02-15T09:00")
    assert a.intent == "personal"
    assert "\n\n" not in a.text.strip()  # one reply, nothing after it


def test_a_question_after_a_personal_matter_is_still_answered(ask):
    a = ask("i was ill for a week, can i get an extension on task 2? also when is task 3 due",
            now="2021-02-15T09:00")
    assert "CW3" in " ".join(e.id for e in a.events) or "Task 3" in a.text


@pytest.mark.parametrize(("text", "expect"), [
    # a job said as context, then how long one has: the deadline
    ("i work full time so evenings only for me. how long do i have left for task 3?", "CW3"),
    # how "my grade" is made up is the course's weighting
    ("my sponsor wants to know how my grade is calculated here. what is the exam worth?",
     "50%"),
])
def test_first_person_course_questions_after_a_circumstance_are_answered(ask, text, expect):
    a = ask(text, now="2021-02-15T09:00")
    assert a.intent != "personal" and a.answered
    assert expect in a.text or expect in " ".join(e.id for e in a.events)


@pytest.mark.parametrize("text", [
    "i lost my job and cant afford rent, who do i talk to about hardship funding",
    "my grade is lower than i expected, who should i contact",
])
def test_own_circumstances_and_marks_stay_personal(ask, text):
    assert ask(text, now="2021-02-15T09:00").intent == "personal"


def test_a_range_of_lectures_asked_about_the_exam_gets_the_pages_whole_rule(ask):
    # "1-14 are marked, so the rest are NOT examinable?": a line per lecture of 1-14 left
    # the rest unsaid, confirming the misreading.
    a = ask("lectures 1 to 14 have the exclamation marks, so are the later ones not "
            "examinable?", now="2021-02-15T09:00")
    assert "15-21 are also examinable" in a.text
    assert "Lecture 03" not in a.text
