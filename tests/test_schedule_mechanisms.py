"""Classes of schedule question answered by the course queries (bot/core/queries.py) rather
than by one phrasing each: what remains (counted, relative to now), two tasks compared, a
yes/no about a session answered yes or no first, the last of a kind whose slot a panel takes,
context said around a question, "where" for things without a place, the exam's order
against dated things, and whether a message is about the course at all before its time is
read. The phrasings are new ones, not the graded messages they were learnt from."""

from __future__ import annotations

from datetime import datetime

from bot.core.course import understander_for
from tests.conftest import LONDON, ids

# --- what remains --------------------------------------------------------------------------

def test_deadlines_still_to_come_are_all_listed_and_counted(ask):
    a = ask("how many cw deadlines are still ahead of me", now="2021-02-10T09:00")
    assert a.intent == "deadline" and a.answered
    assert ids(a) == ["CW2", "CW3"]
    assert a.text.startswith("2 of the 3")
    assert "Already passed: CW1" in a.text


def test_the_only_task_left_is_said_to_be_the_only_one(ask):
    a = ask("which of the courseworks are still left for me to submit?", now="2021-03-01T09:00")
    assert ids(a) == ["CW3"] and a.text.startswith("1 of the 3")
    assert "CW1" in a.text and "CW2" in a.text  # as passed


def test_sessions_left_after_a_day_are_counted_by_session(ask):
    # after 16 Feb: 23 Feb (T09) and 2 Mar (week 8): two tutorial sessions
    a = ask("once tomorrow's tut is done how many tutorials are left", now="2021-02-15T09:00")
    assert a.answered and a.text.startswith("Tutorials still to come after tomorrow: 2")
    assert set(ids(a)) == {"T09", "TUT-W8"}


def test_qas_left_include_the_panel_in_their_slot(ask):
    a = ask("after tomorrow's q&a how many q&as are left", now="2021-02-15T09:00")
    assert set(ids(a)) == {"QA-W7", "PANEL-W8"} and ": 2" in a.text.splitlines()[0]


def test_counting_qas_over_the_term_counts_the_panel_in_their_slot(ask):
    a = ask("how many q&a sessions does the course have in total")
    # (kinds counted apart: the panel in the week 8 Q&A slot, round 25)
    assert "lists 6 Q&A sessions and 1 panel discussion" in a.text


# --- two tasks compared --------------------------------------------------------------------

def test_one_noun_for_two_tasks_names_both(ask):
    a = ask("do cw1 and 2 share the same deadline time?", now="2021-02-15T09:00")
    assert ids(a) == ["CW1", "CW2"]
    assert "Both are due at the same time of day: 19:00" in a.text


def test_which_task_is_due_first_is_said(ask):
    a = ask("which comes first: task 3 or task 2?", now="2021-02-15T09:00")
    assert "CW2 is due first, 14 days before CW3" in a.text


def test_a_count_before_of_is_no_id(schedule):
    u = understander_for(schedule)
    now = datetime(2021, 2, 15, 9, tzinfo=LONDON)
    assert u.parse("is the gnn lecture one of the recorded ones", now, LONDON).lectures == []
    assert u.parse("is lecture one recorded", now, LONDON).lectures == ["L01"]
    assert u.parse("task 1 of 3, when is it due", now, LONDON).coursework == ["CW1"]


# --- yes or no first -----------------------------------------------------------------------

def test_a_session_asked_about_by_topic_and_day_is_confirmed(ask):
    a = ask("is tomorrow's tutorial the attention one?", now="2021-02-15T09:00")
    assert a.text.startswith("Yes:") and "T07" in ids(a)
    assert "doesn't name" not in a.text


def test_a_session_asked_about_by_the_wrong_topic_is_denied_with_both(ask):
    a = ask("is next week's tut on batch norm?", now="2021-02-08T09:00")
    assert a.text.startswith("No.")
    assert {"T07", "T05"} <= set(ids(a))  # what is on then, and when batch norm is


def test_a_session_starting_soon_is_confirmed_in_the_askers_zone(ask):
    a = ask("tutorial is in like half an hour yeah?", now="2021-02-09T10:35",
            tz="Europe/Berlin")
    assert a.text.startswith("Yes:") and "12:00" in a.text and ids(a) == ["T06"]


def test_either_or_and_properties_get_no_bare_yes(ask):
    either = ask("is the q&a at 10 or 11 tomorrow", now="2021-02-22T09:00")
    assert not either.text.startswith(("Yes", "No")) and "11:00" in either.text
    live = ask("are the week 5 lectures live streamed?", now="2021-02-15T09:00")
    assert not live.text.startswith("Yes")


def test_a_person_asked_about_later_sessions_is_answered_yes_first(ask):
    a = ask("does li run any more sessions after this week", now="2021-02-24T09:00")
    assert a.text.startswith("Yes:") and set(ids(a)) == {"PANEL-W8", "TUT-W8"}


# --- the last of a kind --------------------------------------------------------------------

def test_the_last_qa_is_the_panel_in_its_slot(ask):
    a = ask("when does the last q&a happen", now="2021-02-15T09:00")
    assert ids(a) == ["PANEL-W8"]
    assert "Tue 2 Mar 2021" in a.text.splitlines()[0]


# --- context said around the question ------------------------------------------------------

def test_a_statement_after_a_question_is_its_context(ask):
    a = ask("q&a is at 10 tomorrow right? im in madrid so confused with the hours",
            now="2021-02-15T09:00", tz="Europe/Madrid")
    assert a.answered and a.intent == "schedule" and a.text.startswith("Yes:")
    assert "11:00" in a.text  # 10:00 London is 11:00 in Madrid
    assert "personal circumstances" not in a.text and "Sorry to hear" not in a.text


def test_what_one_owns_after_a_question_is_no_personal_matter(ask):
    a = ask("what gpu does the course suggest for the cw? mine is an old macbook")
    assert a.answered and "Colab" in a.text and "personal circumstances" not in a.text


def test_what_the_session_on_now_is_about(ask):
    a = ask("i'm late, is the tutorial on right now and what is it about",
            now="2021-02-09T11:15")
    assert "T06 covers VAEs, GANs" in a.text and "T01" not in a.text


# --- where, for things without a place -----------------------------------------------------

def test_where_the_quizzes_are_is_not_where_sessions_are_held(ask):
    a = ask("where can i find the quizzes?")
    assert "quizzes" in a.text and "MS Teams" not in a.text


def test_where_the_recordings_are_says_the_page_gives_no_place(ask):
    a = ask("where do I watch the lecture recordings")
    assert not a.answered and "MS Teams" not in a.text and "no place" in a.text


# --- the exam against dated things ---------------------------------------------------------

def test_before_the_exam_says_the_exam_is_undated_and_the_task_date(ask):
    a = ask("is task 3 due before the exam?")
    assert not a.answered and "doesn't give the exam's date" in a.text
    assert "CW3" in ids(a) and "9 Mar 2021" in a.text


# --- about the course at all, before its time ----------------------------------------------

def test_everyday_life_with_a_time_is_off_topic_not_a_deadline(ask):
    for question in ("whats for lunch tomorrow", "is it going to rain in london tmrw"):
        a = ask(question, now="2021-02-15T09:00")
        assert a.intent == "off_topic" and not a.answered and a.events == []


def test_a_course_question_with_a_common_word_is_still_answered(ask):
    a = ask("when's the vision coursework due and when's ours", now="2021-02-15T09:00")
    assert "CW2" in a.text  # "ours" is no everyday matter
