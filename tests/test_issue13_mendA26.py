"""Issue 13, round 26 (mend A): facts stated in passing that the page contradicts are
corrected first; a deadline or session set against a course week gets the relation said; a
date named from abroad as the page gives it is that deadline; the panel in the last Q&A slot
is the last Q&A; a session whose end the page does not give has no end stated."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-10T12:00"


# --- 1. a fact stated in passing, contradicted by the page ------------------------------------

@pytest.mark.parametrize(("question", "fixed"), [
    ("since cw only counts for 25% i'll mostly revise for the exam, what's examinable?",
     "coursework counts 50%"),
    ("seeing as the exam is 80% of the grade, which lectures do i revise", "exam counts 50%"),
    ("because there are five courseworks i'm stressed, when is the next one due", "3 coursework"),
])
def test_a_wrong_share_or_count_stated_in_passing_is_corrected_first(ask, question, fixed):
    a = ask(question, now=NOW)
    first = a.text.splitlines()[0]
    assert first.startswith(("Actually,", "No:")) and fixed in first, a.text


@pytest.mark.parametrize("question", [
    "since the exam is half the mark i'll revise hard, which lectures are examinable",
    "since the coursework is 50% i'll start early, when's cw2 due",
])
def test_a_right_share_stated_gets_no_correction(ask, question):
    a = ask(question, now=NOW)
    assert "Actually" not in a.text and not a.text.startswith("No:"), a.text


@pytest.mark.parametrize("question", [
    "as the weekly quizzes go towards our final mark, where do i find them",
    "since tutorial attendance counts for marks, when is the next tut",
])
def test_something_said_to_count_towards_the_mark_is_corrected(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("Actually, the course page doesn't list the"), a.text
    assert "exam (50%)" in a.text.splitlines()[0]


@pytest.mark.parametrize("question", [
    "since the quizzes don't count towards the grade can i skip them",
    "what if the quiz counted for marks?",
])
def test_a_denied_or_hypothetical_count_is_no_claim(ask, question):
    assert not ask(question, now=NOW).text.startswith("Actually"), question


@pytest.mark.parametrize(("question", "week", "expected"), [
    ("given there's no tut in week 5 i'll work on cw2 that tuesday", 5, {"T06", "QA-W5"}),
    ("as there are no q&a sessions in week 4, who do i ask about batchnorm?", 4,
     {"QA-W4", "T04"}),
])
def test_a_week_said_to_have_none_lists_the_whole_week(ask, question, week, expected):
    a = ask(question, now="2021-01-20T12:00")
    assert a.text.startswith(f"Actually, week {week}"), a.text
    assert expected <= set(ids(a)), a.text


def test_a_week_said_to_have_a_session_it_lacks_is_corrected(ask):
    a = ask("since there's a tutorial in week 9 i'll bring my questions there", now=NOW)
    assert a.text.startswith("Actually, the course page lists no tutorials in week 9"), a.text


def test_a_week_asked_about_is_the_handlers_not_a_correction(ask):
    a = ask("is there no tut in week 5?", now="2021-01-20T12:00")
    assert not a.text.startswith("Actually"), a.text


# --- 2. a deadline or session set against a course week ----------------------------------------

@pytest.mark.parametrize(("question", "lead", "said"), [
    ("is coursework 3 due before week 9 starts?", "No:", "falls in week 9"),
    ("does task 1 land in week 3", "No:", "falls after week 3 ends"),
    ("is cw2 due by the end of week 7?", "Yes:", "falls in week 7"),
    ("is the cw3 deadline after week 8 is over?", "Yes:", "falls after week 8 ends"),
])
def test_a_yes_no_against_a_week_says_the_relation(ask, question, lead, said):
    a = ask(question, now=NOW)
    assert a.text.startswith(lead) and said in a.text.splitlines()[0], a.text
    assert "Mar 2021" in a.text or "Feb 2021" in a.text


def test_a_choice_of_relations_gets_the_relation_and_no_verdict(ask):
    a = ask("cw2: is it due before week 7 or during it?", now=NOW)
    first = a.text.splitlines()[0]
    assert "falls in week 7 (22 Feb - 28 Feb 2021)" in first and not first.startswith(
        ("Yes", "No")), a.text


def test_a_kind_filtered_by_week_gets_no_relation_line(ask):
    a = ask("is there a q&a in week 6?", now=NOW)
    assert "falls in week" not in a.text


# --- 3. a date named from abroad as the page gives it ------------------------------------------

@pytest.mark.parametrize(("question", "tz", "local"), [
    ("the feb 23 deadline is 4am for me in tokyo, yes?", "Asia/Tokyo", "Wed 24 Feb 2021, 04:00"),
    ("anything due on 5th feb? i'm in sydney", "Australia/Sydney", "Sat 6 Feb 2021, 06:00"),
])
def test_a_course_day_named_from_abroad_is_that_deadline(ask, question, tz, local):
    a = ask(question, now="2021-02-01T12:00", tz=tz)
    assert "There is no coursework deadline" not in a.text, a.text
    assert local in a.text and "19:00 GMT course time" in a.text


def test_a_day_with_no_deadline_in_either_zone_is_still_none(ask):
    a = ask("is anything due on 15 feb?", now="2021-02-01T12:00", tz="Asia/Tokyo")
    assert "There is no coursework deadline" in a.text


# --- 4. the last Q&A --------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "when's the last q and a session",
    "the very last q and a, what date is it on?",
])
def test_the_panel_in_the_last_qa_slot_is_the_last_qa_once(ask, question):
    a = ask(question, now=NOW)
    assert ids(a) == ["PANEL-W8"], a.text
    assert a.text.lower().count("last") == 1


def test_the_last_tutorial_is_unchanged(ask):
    assert ids(ask("when's the final tut?", now=NOW)) == ["TUT-W8"]


# --- 5. a length the page does not give ------------------------------------------------------

@pytest.mark.parametrize("question", [
    "how long will the live lecture in week 7 last?",
    "what time is lecture 22 over",
])
def test_a_start_only_session_has_no_end_stated(ask, question):
    a = ask(question, now=NOW)
    assert "gives only the start" in a.text and "10:00-11:00" not in a.text, a.text
    assert "starts at 11:00" in a.text and "ask a TA" in a.text


@pytest.mark.parametrize("question", [
    "how long is the tutorial next tuesday",
    "when does the panel finish",
])
def test_a_session_in_its_timetable_slot_keeps_its_end(ask, question):
    a = ask(question, now=NOW)
    assert "gives only the start" not in a.text and ("-11:00" in a.text or "-12:00" in a.text)


def test_a_session_of_a_week_is_no_relation_to_the_week(ask):
    a = ask("does cw2 come before or after the week 6 tutorial?", now=NOW)
    assert "falls after week 6" not in a.text, a.text
