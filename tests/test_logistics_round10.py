"""Logistics answers (round 10): what the page offers for getting ready and for practice,
premises about what is examinable and what counts for the mark, where and how sessions are
held, which readings are needed, and the coursework's rules asked in other words. The
phrasings are new, not the graded messages the classes were found in."""

from __future__ import annotations

from tests.conftest import ids

# --- resources and prerequisites ------------------------------------------------------------


def test_getting_up_to_speed_lists_what_the_page_offers(ask):
    a = ask("my stats and linear algebra are a bit rusty, anything worth going over first?",
            now="2021-01-12T10:00")
    assert a.answered and a.intent == "logistics"
    assert "Revision notes on essential machine learning" in a.text
    assert "Dive into Deep Learning" in a.text
    assert "NB1 Introduction to PyTorch I" in a.text and "NB2" in a.text
    assert "Materials and CATe" in a.text


def test_a_prerequisite_asked_says_the_page_does_not_say_then_what_it_offers(ask):
    # (round 17: "states no prerequisites" read as "there are none"; unstated, a TA offered)
    a = ask("are we expected to know pytorch beforehand?", now="2021-01-12T10:00")
    assert not a.answered and "ask a TA" in a.text
    assert a.text.startswith("The course page doesn't say what the prerequisites are")
    assert "coursework preparation: NB1" in a.text


def test_never_having_used_a_tool_is_a_prerequisite_question_not_own_work(ask):
    a = ask("ive never touched pytorch before, is that a problem?", now="2021-01-12T10:00")
    assert a.intent == "logistics" and "doesn't say what the prerequisites are" in a.text


def test_practice_asked_names_the_quizzes_and_what_they_are_for(ask):
    a = ask("is there any way to test myself on the material so far?", now="2021-02-10T10:00")
    assert a.answered
    assert "Quizzes in weeks 3, 5 and 7, to test your knowledge." in a.text


def test_brushing_up_on_a_course_topic_is_not_the_general_resources_list(ask):
    a = ask("how can i brush up on batchnorm, the lecture lost me")
    assert "Revision notes on essential machine learning" not in a.text


# --- premises about examinability and marks -------------------------------------------------


def test_unmarked_lectures_said_not_examinable_are_corrected_with_the_pages_sentence(ask):
    a = ask("the gan lectures have no ! on them, so we can skip them for the exam?")
    assert a.text.startswith("No, that's not what the course page says:")
    assert "Lecture 17 (GANs) is examinable" in a.text
    assert "lectures 15-21 are also examinable" in a.text


def test_two_topics_asked_examinable_are_both_answered(ask):
    a = ask("will inception and the rnn basics lecture come up in the exam?")
    assert {"L09", "L18"} <= set(ids(a))
    assert "Lecture 09" in a.text and "Lecture 18" in a.text


def test_a_marked_lecture_alone_gets_no_note_about_the_others(ask):
    a = ask("is lecture 18 examinable")
    # (asked yes or no, the answer says yes first: round 13's verdicts)
    assert a.text == "Yes: Lecture 18 (RNN basics) is examinable."


def test_whether_the_quizzes_count_says_what_they_are_for_and_what_is_assessed(ask):
    a = ask("do we lose anything if we skip the week 5 quiz?")
    assert "to test your knowledge" in a.text
    assert "doesn't list the quizzes as assessed" in a.text
    assert "exam (50%)" in a.text


def test_a_quiz_optional_question_is_answered_the_same_way(ask):
    a = ask("is the week 3 quiz optional?")
    assert "to test your knowledge" in a.text


def test_quiz_marks_coming_back_stay_a_feedback_question(ask):  # a guard
    a = ask("when do we get the quiz results back")
    assert a.intent == "feedback" and "test your knowledge" not in a.text


# --- where and how --------------------------------------------------------------------------


def test_the_software_a_session_runs_on_is_where_it_is_held(ask):
    a = ask("which app are the q&a sessions on?")
    assert a.answered and "MS Teams" in a.text
    assert "T01" not in a.text  # not the list of tutorial topics


def test_an_empty_call_in_a_week_without_sessions_points_to_the_untimed_one_next(ask):
    a = ask("is the q&a on right now? the teams call is empty", now="2021-01-12T10:05")
    assert "Week 2 (18 Jan - 24 Jan 2021): Q&A session" in a.text
    assert "26 Jan" not in a.text


def test_the_next_session_of_a_kind_with_a_time_is_unchanged(ask):  # a guard
    a = ask("when's the next q&a", now="2021-01-20T10:05")
    assert "Tue 26 Jan 2021, 10:00" in a.text


def test_whether_slides_are_enough_says_the_page_does_not_say_and_what_is_examinable(ask):
    a = ask("can i get away with only the slides, or are the papers needed too?")
    assert a.intent == "reading" and not a.answered
    assert "doesn't say which of them you need to read" in a.text
    assert "lectures 15-21 are also examinable" in a.text


def test_a_lectures_own_reading_is_still_listed(ask):  # a guard
    a = ask("is it enough to read the notes for lecture 10?")
    assert "N07 BatchNorm" in a.text


# --- coursework rules in other words --------------------------------------------------------


def test_working_in_pairs_read_as_a_rule_is_answered_by_the_individual_rule(ask):
    a = ask("is it ok to team up with a classmate for cw2?")
    assert a.answered and "implemented individually" in a.text


# --- materials named and the book -----------------------------------------------------------


def test_a_reading_named_by_title_and_asked_where_is_that_reading(ask):
    a = ask("skipped week 2 completely, where would i find the intro to pytorch notebooks?",
            now="2021-01-30T17:00")
    assert a.intent == "reading"
    assert "NB1 Introduction to PyTorch I" in a.text and "Materials and CATe" in a.text
    assert "T01" not in a.text  # not week 2's sessions


def test_the_books_chapters_per_lecture_are_said_not_to_be_on_the_page(ask):
    a = ask("do the lectures map onto particular chapters of the textbook?")
    assert not a.answered
    assert "Dive into Deep Learning" in a.text and "doesn't say which chapters" in a.text


def test_other_material_beside_the_book_adds_what_else_the_page_offers(ask):
    a = ask("is there a textbook or any supplementary material instead of the papers?")
    assert a.answered and "Dive into Deep Learning" in a.text
    assert "Revision notes on essential machine learning" in a.text
